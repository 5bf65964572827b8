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

// Strings come back from C++ as pointers into the wasm heap, copied at once.
EM_JS(void, js_page_test_surface, (), {
  window.fiche = {
    state: () => JSON.parse(UTF8ToString(Module["_fiche_test_state"]())),
    items: () => JSON.parse(UTF8ToString(Module["_fiche_test_items"]())),
  };
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
void pagePublishTestSurface() {
  js_page_test_surface();
}

}  // namespace fiche::web
