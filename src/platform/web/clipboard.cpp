// platform/web: clipboard.
#include "platform/web/clipboard.hpp"

#include <emscripten/emscripten.h>

#include <string>

#include "imgui.h"

namespace fiche::web {
namespace {

// clang-format off
EM_JS(void, js_clipboard_write, (const char* text), {
  const value = UTF8ToString(text);
  const fallback = () => {
    const area = document.createElement("textarea");
    area.value = value;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } catch (e) {}
    area.remove();
  };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(value).catch(fallback);
  } else {
    fallback();
  }
});
// clang-format on

std::string& lastCopied() {
  static std::string text;
  return text;
}

void setClipboard(void*, const char* text) {
  lastCopied() = text != nullptr ? text : "";
  js_clipboard_write(lastCopied().c_str());
}

const char* getClipboard(void*) {
  return lastCopied().c_str();
}

}  // namespace

void installClipboard() {
  ImGuiIO& io = ImGui::GetIO();
  io.SetClipboardTextFn = &setClipboard;
  io.GetClipboardTextFn = &getClipboard;
}

}  // namespace fiche::web
