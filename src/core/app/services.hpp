// core/app: what the Controller needs from its surroundings besides HTTP — the clocks, the
// browser's file hand-over and this device's storage. The web platform implements them;
// tests use fakes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/util/clock.hpp"

namespace fiche::core {

// Hands a fetched document to the user. Called from Controller::poll() on the frame thread.
class DocumentSink {
 public:
  virtual ~DocumentSink() = default;
  // Offers the bytes as a download named fileName (already sanitised).
  virtual void save(std::string_view fileName, const std::string& bytes,
                    std::string_view mimeType) = 0;
  // Shows the bytes in a new tab. False when the browser refused (e.g. a popup blocker).
  virtual bool open(std::string_view fileName, const std::string& bytes,
                    std::string_view mimeType) = 0;
};

// Credentials the user asked this device to remember.
struct SavedCredentials {
  std::string apiRoot{};
  std::string token{};
};

class CredentialStore {
 public:
  virtual ~CredentialStore() = default;
  virtual std::optional<SavedCredentials> load() const = 0;
  virtual void save(const SavedCredentials& credentials) = 0;
  virtual void forget() = 0;
};

}  // namespace fiche::core
