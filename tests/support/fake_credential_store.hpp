// tests/support: a CredentialStore in memory that counts how it was used.
#pragma once

#include <optional>
#include <utility>

#include "core/app/services.hpp"

namespace fiche::test {

class FakeCredentialStore : public core::CredentialStore {
 public:
  std::optional<core::SavedCredentials> load() const override { return m_saved; }
  void save(const core::SavedCredentials& credentials) override {
    m_saved = credentials;
    ++m_saves;
  }
  void forget() override {
    m_saved.reset();
    ++m_forgets;
  }

  // What is stored, as if a previous session had saved it (not counted as a save).
  void preset(core::SavedCredentials credentials) { m_saved = std::move(credentials); }
  const std::optional<core::SavedCredentials>& saved() const { return m_saved; }
  int saves() const { return m_saves; }
  int forgets() const { return m_forgets; }

 private:
  std::optional<core::SavedCredentials> m_saved;
  int m_saves = 0;
  int m_forgets = 0;
};

}  // namespace fiche::test
