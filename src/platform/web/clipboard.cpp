// platform/web: system clipboard behind ImGui's clipboard functions.
#include "platform/web/clipboard.hpp"

#include <emscripten/emscripten.h>

#include <string>

#include "imgui.h"

namespace fiche::web {
namespace {

// What ImGui reads back on paste: the last text copied from Fiche or pasted into the page.
std::string g_text;
// Filled by JavaScript before fiche_clipboard_pasted() is called.
std::string g_incoming;
bool g_pasteShortcutPending = false;
void (*g_onPaste)() = nullptr;

// The bodies below are JavaScript, which clang-format would mangle.
// clang-format off
EM_JS(void, js_clipboard_write, (const char* text), {
  const value = UTF8ToString(text);
  // Without the async clipboard API (or without permission), a copy command whose event we
  // fill ourselves still reaches the system clipboard while the user gesture lasts.
  const viaCopyEvent = () => {
    const onCopy = (event) => {
      event.clipboardData.setData("text/plain", value);
      event.preventDefault();
    };
    document.addEventListener("copy", onCopy, true);
    try {
      document.execCommand("copy");
    } catch (e) {
    } finally {
      document.removeEventListener("copy", onCopy, true);
    }
  };
  if (navigator.clipboard && navigator.clipboard.writeText) {
    navigator.clipboard.writeText(value).catch(viaCopyEvent);
  } else {
    viaCopyEvent();
  }
});

EM_JS(void, js_clipboard_listen, (), {
  document.addEventListener("paste", (event) => {
    if (!event.clipboardData) return;
    const text = event.clipboardData.getData("text/plain");
    // The hidden text field must not receive the text as well: Fiche inserts it.
    event.preventDefault();
    const size = lengthBytesUTF8(text) + 1;
    const buffer = Module["_fiche_clipboard_buffer"](size);
    stringToUTF8(text, buffer, size);
    Module["_fiche_clipboard_pasted"]();
  }, true);
});
// clang-format on

const char* getText(void*) {
  return g_text.c_str();
}

void setText(void*, const char* text) {
  g_text = text != nullptr ? text : "";
  js_clipboard_write(g_text.c_str());
}

}  // namespace

void installClipboard(void (*onPaste)()) {
  g_onPaste = onPaste;
  ImGuiIO& io = ImGui::GetIO();
  io.GetClipboardTextFn = &getText;
  io.SetClipboardTextFn = &setText;
  io.ClipboardUserData = nullptr;
  js_clipboard_listen();
}

void clipboardNoteKeyDown(bool pasteShortcut) {
  g_pasteShortcutPending = pasteShortcut;
}

}  // namespace fiche::web

extern "C" {
// Returns a buffer of `size` bytes for JavaScript to write the pasted text into.
EMSCRIPTEN_KEEPALIVE char* fiche_clipboard_buffer(int size) {
  fiche::web::g_incoming.assign(static_cast<size_t>(size > 0 ? size : 1), '\0');
  return fiche::web::g_incoming.data();
}

EMSCRIPTEN_KEEPALIVE void fiche_clipboard_pasted() {
  using namespace fiche::web;
  g_text = g_incoming.c_str();
  // Ctrl/Cmd+V reached ImGui as a key press: its own paste reads g_text on the next frame.
  // Any other paste (context menu, phone keyboard) is typed into the active field here.
  if (!g_pasteShortcutPending && ImGui::GetIO().WantTextInput) {
    ImGui::GetIO().AddInputCharactersUTF8(g_text.c_str());
  }
  g_pasteShortcutPending = false;
  if (g_onPaste) g_onPaste();
}
}
