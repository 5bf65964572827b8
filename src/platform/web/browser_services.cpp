// platform/web: browser services.
#include "platform/web/browser_services.hpp"

#include <emscripten/emscripten.h>

#include <nlohmann/json.hpp>
#include <string>
#include <utility>

namespace fiche::web {
namespace {

constexpr const char* kCredentialsKey = "fiche.credentials";

// The bodies below are JavaScript, which clang-format would mangle.
// clang-format off
EM_JS(int, js_today, (), {
  const now = new Date();
  return now.getFullYear() * 10000 + (now.getMonth() + 1) * 100 + now.getDate();
});

// Seconds since local midnight (the date comes from js_today; both read the same clock).
EM_JS(int, js_local_seconds, (), {
  const now = new Date();
  return now.getHours() * 3600 + now.getMinutes() * 60 + now.getSeconds();
});

// Copies the bytes out of the wasm heap: the Blob must not alias memory that may move.
EM_JS(int, js_hand_over, (const char* name, const char* data, int length, const char* mime,
                          int openInTab), {
  const blob = new Blob([HEAPU8.slice(data, data + length)], {type: UTF8ToString(mime)});
  const url = URL.createObjectURL(blob);
  if (openInTab) {
    const tab = window.open(url, "_blank");
    if (!tab) {
      URL.revokeObjectURL(url);
      return 0;
    }
    tab.opener = null;
    setTimeout(() => URL.revokeObjectURL(url), 5 * 60 * 1000);
    return 1;
  }
  const link = document.createElement("a");
  link.href = url;
  link.download = UTF8ToString(name);
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60 * 1000);
  return 1;
});

// Writes the value into out (NUL-terminated, at most capacity bytes) and returns its full
// UTF-8 length, or -1 when there is none.
EM_JS(int, js_storage_get, (const char* key, char* out, int capacity), {
  let value = null;
  try { value = window.localStorage.getItem(UTF8ToString(key)); } catch (e) { return -1; }
  if (value === null) return -1;
  stringToUTF8(value, out, capacity);
  return lengthBytesUTF8(value);
});

EM_JS(void, js_storage_set, (const char* key, const char* value), {
  try { window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value)); } catch (e) {}
});

EM_JS(void, js_storage_remove, (const char* key), {
  try { window.localStorage.removeItem(UTF8ToString(key)); } catch (e) {}
});

EM_JS(void, js_history_set, (const char* hash, int replace), {
  const url = window.location.pathname + window.location.search + UTF8ToString(hash);
  if (replace) window.history.replaceState(null, "", url);
  else window.history.pushState(null, "", url);
});

EM_JS(void, js_history_listen, (), {
  const notify = () => Module["_fiche_history_changed"]();
  window.addEventListener("popstate", notify);
  window.addEventListener("hashchange", notify);
});

// 0 origin, 1 search, 2 hash.
EM_JS(int, js_location_part, (int part, char* out, int capacity), {
  const value = [window.location.origin, window.location.search, window.location.hash][part];
  stringToUTF8(value, out, capacity);
  return lengthBytesUTF8(value);
});
// clang-format on

std::string locationPart(int part) {
  std::string value(256, '\0');
  int length = js_location_part(part, value.data(), static_cast<int>(value.size()));
  if (length >= static_cast<int>(value.size())) {
    value.assign(static_cast<std::size_t>(length) + 1, '\0');
    length = js_location_part(part, value.data(), static_cast<int>(value.size()));
  }
  value.resize(static_cast<std::size_t>(length));
  return value;
}

std::function<void(const std::string&)>& historyListener() {
  static std::function<void(const std::string&)> listener;
  return listener;
}

}  // namespace

core::CivilDate BrowserClock::today() const {
  const int packed = js_today();
  return {.year = packed / 10000, .month = packed / 100 % 100, .day = packed % 100};
}

core::LocalDateTime BrowserClock::localNow() const {
  const int seconds = js_local_seconds();
  return {
      .date = today(), .hour = seconds / 3600, .minute = seconds / 60 % 60, .second = seconds % 60};
}

double BrowserClock::monotonicMs() const {
  return emscripten_get_now();  // performance.now()
}

void BrowserDocuments::save(std::string_view fileName, const std::string& bytes,
                            std::string_view mimeType) {
  js_hand_over(std::string(fileName).c_str(), bytes.data(), static_cast<int>(bytes.size()),
               std::string(mimeType).c_str(), 0);
}

bool BrowserDocuments::open(std::string_view fileName, const std::string& bytes,
                            std::string_view mimeType) {
  return js_hand_over(std::string(fileName).c_str(), bytes.data(), static_cast<int>(bytes.size()),
                      std::string(mimeType).c_str(), 1) != 0;
}

std::optional<core::SavedCredentials> LocalStorageCredentials::load() const {
  std::string text(1024, '\0');
  int length = js_storage_get(kCredentialsKey, text.data(), static_cast<int>(text.size()));
  if (length < 0) return std::nullopt;
  if (length >= static_cast<int>(text.size())) {
    text.assign(static_cast<std::size_t>(length) + 1, '\0');
    length = js_storage_get(kCredentialsKey, text.data(), static_cast<int>(text.size()));
    if (length < 0) return std::nullopt;
  }
  text.resize(static_cast<std::size_t>(length));
  const nlohmann::json stored = nlohmann::json::parse(text, nullptr, false);
  if (!stored.is_object()) return std::nullopt;
  const auto api = stored.find("api");
  const auto token = stored.find("token");
  if (api == stored.end() || !api->is_string() || token == stored.end() || !token->is_string()) {
    return std::nullopt;
  }
  return core::SavedCredentials{.apiRoot = api->get<std::string>(),
                                .token = token->get<std::string>()};
}

void LocalStorageCredentials::save(const core::SavedCredentials& credentials) {
  const nlohmann::json stored = {{"api", credentials.apiRoot}, {"token", credentials.token}};
  js_storage_set(kCredentialsKey,
                 stored.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
}

void LocalStorageCredentials::forget() {
  js_storage_remove(kCredentialsKey);
}

void BrowserHistory::push(const std::string& hash) {
  js_history_set(hash.c_str(), 0);
}

void BrowserHistory::replace(const std::string& hash) {
  js_history_set(hash.c_str(), 1);
}

void BrowserHistory::listen(std::function<void(const std::string& hash)> listener) {
  historyListener() = std::move(listener);
  js_history_listen();
}

std::string pageOrigin() {
  return locationPart(0);
}
std::string pageSearch() {
  return locationPart(1);
}
std::string pageHash() {
  return locationPart(2);
}

}  // namespace fiche::web

extern "C" EMSCRIPTEN_KEEPALIVE void fiche_history_changed() {
  auto& listener = fiche::web::historyListener();
  if (listener) listener(fiche::web::pageHash());
}
