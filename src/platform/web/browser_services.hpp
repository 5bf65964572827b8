// platform/web: the browser behind core's and app's service interfaces — today's date, PDF
// hand-over, remembered credentials (localStorage) and the URL hash history.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "app/app.hpp"
#include "core/app/services.hpp"

namespace fiche::web {

// The user's local calendar and wall clock (JavaScript Date); performance.now() for timers.
class BrowserClock final : public core::Clock {
 public:
  core::CivilDate today() const override;
  core::LocalDateTime localNow() const override;
  double monotonicMs() const override;
};

// Bytes -> Blob -> object URL -> <a download> click (or a new tab); the URL is revoked once
// the browser had time to take it.
class BrowserDocuments final : public core::DocumentSink {
 public:
  void save(std::string_view fileName, const std::string& bytes,
            std::string_view mimeType) override;
  bool open(std::string_view fileName, const std::string& bytes,
            std::string_view mimeType) override;
};

// localStorage["fiche.credentials"]; every storage failure (private mode, disabled storage,
// quota) is treated as "nothing remembered".
class LocalStorageCredentials final : public core::CredentialStore {
 public:
  std::optional<core::SavedCredentials> load() const override;
  void save(const core::SavedCredentials& credentials) override;
  void forget() override;
};

// history.pushState/replaceState on the hash; Back/Forward and hand edits (popstate,
// hashchange) are reported to the listener with the new hash.
class BrowserHistory final : public app::History {
 public:
  void push(const std::string& hash) override;
  void replace(const std::string& hash) override;
  // Installs the page listeners; one listener per page.
  void listen(std::function<void(const std::string& hash)> listener);
};

// location.origin, location.search, location.hash.
std::string pageOrigin();
std::string pageSearch();
std::string pageHash();

}  // namespace fiche::web
