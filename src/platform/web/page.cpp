// platform/web: page glue.
#include "platform/web/page.hpp"

#include <emscripten/emscripten.h>

#include <string>

namespace fiche::web {
namespace {

// The bodies below are JavaScript, which clang-format would mangle.
// clang-format off
EM_JS(int, js_page_flag, (const char* name), {
  const params = new URLSearchParams(window.location.search);
  return params.get(UTF8ToString(name)) === "1" ? 1 : 0;
});

EM_JS(void, js_page_ready, (), {
  if (window.ficheShell) window.ficheShell.ready();
});

EM_JS(void, js_page_fatal, (const char* message), {
  const text = UTF8ToString(message);
  if (window.ficheShell) window.ficheShell.fail(text);
  else console.error(text);
});

EM_JS(void, js_page_cursor, (const char* cursor), {
  const canvas = document.getElementById("canvas");
  if (canvas) canvas.style.cursor = UTF8ToString(cursor);
});

// Writes the name into out (NUL-terminated, at most capacity bytes); returns its UTF-8 length.
EM_JS(int, js_page_file_url, (const char* name, char* out, int capacity), {
  const key = UTF8ToString(name);
  const files = window.ficheShell && window.ficheShell.files;
  const url = files && typeof files[key] === "string" ? files[key] : key;
  stringToUTF8(url, out, capacity);
  return lengthBytesUTF8(url);
});

// Strings come back from C++ as pointers into the wasm heap, copied at once.
EM_JS(void, js_page_test_surface, (), {
  window.fiche = {
    state: () => JSON.parse(UTF8ToString(Module["_fiche_test_state"]())),
    items: () => JSON.parse(UTF8ToString(Module["_fiche_test_items"]())),
    metrics: () => JSON.parse(UTF8ToString(Module["_fiche_test_metrics"]())),
  };
});

EM_JS(void, js_page_watch_environment, (), {
  const changed = () => Module["_fiche_page_environment_changed"]();
  // A resolution query matches one ratio only: re-arm it for the new ratio each time.
  const watchRatio = () => {
    const query = window.matchMedia("(resolution: " + window.devicePixelRatio + "dppx)");
    query.addEventListener("change", () => {
      changed();
      watchRatio();
    }, { once: true });
  };
  watchRatio();
  window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", changed);
});

// The origins wait in a queue until C++ takes them (strings cannot be passed up directly).
EM_JS(void, js_page_watch_blocked, (), {
  const blocked = [];
  Module["ficheBlockedOrigins"] = blocked;
  document.addEventListener("securitypolicyviolation", (event) => {
    if (event.effectiveDirective !== "connect-src") return;
    let origin = event.blockedURI;
    try { origin = new URL(event.blockedURI).origin; } catch (e) {}
    blocked.push(origin);
    Module["_fiche_page_connection_blocked"]();
  });
});

// Writes the oldest blocked origin into out; returns its UTF-8 length, -1 when none waits.
EM_JS(int, js_page_blocked_origin, (char* out, int capacity), {
  const blocked = Module["ficheBlockedOrigins"];
  if (!blocked || blocked.length === 0) return -1;
  const origin = blocked[0];
  const length = lengthBytesUTF8(origin);
  if (length < capacity) blocked.shift();
  stringToUTF8(origin, out, capacity);
  return length;
});

EM_JS(int, js_page_prefers_dark, (), {
  return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? 1 : 0;
});

EM_JS(void, js_page_theme, (int dark), {
  const root = document.documentElement;
  root.dataset.theme = dark ? "dark" : "light";
  for (const meta of document.querySelectorAll('meta[name="theme-color"]')) {
    meta.setAttribute("content", dark ? "#1c1e21" : "#2c5f9e");
  }
});
// clang-format on

}  // namespace

bool pageFlag(const char* name) {
  return js_page_flag(name) != 0;
}
void pageShowReady() {
  js_page_ready();
}
void pageShowFatal(std::string_view message) {
  js_page_fatal(std::string(message).c_str());
}
void pageSetCursor(const char* cssCursor) {
  js_page_cursor(cssCursor);
}
std::string pageFileUrl(const char* name) {
  std::string url(256, '\0');
  int length = js_page_file_url(name, url.data(), static_cast<int>(url.size()));
  if (length >= static_cast<int>(url.size())) {
    url.assign(static_cast<std::size_t>(length) + 1, '\0');
    length = js_page_file_url(name, url.data(), static_cast<int>(url.size()));
  }
  url.resize(static_cast<std::size_t>(length));
  return url;
}
void pagePublishTestSurface() {
  js_page_test_surface();
}

namespace {
void (*g_onEnvironmentChange)() = nullptr;
}  // namespace

void pageWatchEnvironment(void (*onChange)()) {
  g_onEnvironmentChange = onChange;
  js_page_watch_environment();
}
namespace {
void (*g_onConnectionBlocked)(const std::string&) = nullptr;
}  // namespace

void pageWatchBlockedConnections(void (*onBlocked)(const std::string& origin)) {
  g_onConnectionBlocked = onBlocked;
  js_page_watch_blocked();
}

bool pagePrefersDark() {
  return js_page_prefers_dark() != 0;
}
void pageShowTheme(bool dark) {
  js_page_theme(dark ? 1 : 0);
}

}  // namespace fiche::web

extern "C" EMSCRIPTEN_KEEPALIVE void fiche_page_connection_blocked() {
  std::string origin(256, '\0');
  int length = fiche::web::js_page_blocked_origin(origin.data(), static_cast<int>(origin.size()));
  if (length >= static_cast<int>(origin.size())) {
    origin.assign(static_cast<std::size_t>(length) + 1, '\0');
    length = fiche::web::js_page_blocked_origin(origin.data(), static_cast<int>(origin.size()));
  }
  if (length < 0) return;
  origin.resize(static_cast<std::size_t>(length));
  if (fiche::web::g_onConnectionBlocked) fiche::web::g_onConnectionBlocked(origin);
}

extern "C" EMSCRIPTEN_KEEPALIVE void fiche_page_environment_changed() {
  if (fiche::web::g_onEnvironmentChange) fiche::web::g_onEnvironmentChange();
}
