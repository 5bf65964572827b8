// platform/web: hidden text field.
#include "platform/web/text_input.hpp"

#include <emscripten/emscripten.h>

#include <string>

#include "imgui.h"

namespace fiche::web {
namespace {

std::string g_incoming;  // written by JavaScript before fiche_text_input_commit()
void (*g_onText)() = nullptr;
bool g_focused = false;

// The bodies below are JavaScript, which clang-format would mangle.
// clang-format off
EM_JS(void, js_text_input_create, (), {
  if (document.getElementById("fiche-text-input")) return;
  const input = document.createElement("input");
  input.id = "fiche-text-input";
  input.type = "text";
  input.setAttribute("aria-label", "Text entry");
  input.setAttribute("autocomplete", "off");
  input.setAttribute("autocapitalize", "off");
  input.setAttribute("autocorrect", "off");
  input.setAttribute("spellcheck", "false");
  input.setAttribute("enterkeyhint", "done");
  document.body.appendChild(input);

  const send = (text) => {
    if (!text) return;
    const size = lengthBytesUTF8(text) + 1;
    const buffer = Module["_fiche_text_input_buffer"](size);
    stringToUTF8(text, buffer, size);
    Module["_fiche_text_input_commit"]();
  };
  // ImGuiKey values of the editing keys, passed from C++ when the listeners are installed.
  const keys = Module["ficheEditingKeys"];
  let composing = false;
  // A keydown with a real key code reached ImGui already; Android IMEs send keyCode 229
  // ("Unidentified") instead, and the edit only shows up as an input event.
  let keyReachedImGui = false;
  input.addEventListener("keydown", (event) => {
    keyReachedImGui = !(event.isComposing || event.keyCode === 229 || event.key === "Unidentified");
  });
  input.addEventListener("compositionstart", () => { composing = true; });
  input.addEventListener("compositionend", (event) => {
    composing = false;
    send(event.data);
    input.value = "";
  });
  input.addEventListener("input", (event) => {
    if (composing || event.isComposing) return;
    const type = event.inputType || "insertText";
    if (type.startsWith("insert")) {
      if (type === "insertLineBreak" || type === "insertParagraph") {
        if (!keyReachedImGui) Module["_fiche_text_input_key"](keys.enter);
      } else {
        send(event.data !== null && event.data !== undefined ? event.data : input.value);
      }
    } else if (type === "deleteContentBackward" && !keyReachedImGui) {
      Module["_fiche_text_input_key"](keys.backspace);
    } else if (type === "deleteContentForward" && !keyReachedImGui) {
      Module["_fiche_text_input_key"](keys.del);
    }
    keyReachedImGui = false;
    input.value = "";
  });
});

EM_JS(void, js_text_input_focus, (int focus), {
  const input = document.getElementById("fiche-text-input");
  if (!input) return;
  if (focus) {
    if (document.activeElement !== input) input.focus({ preventScroll: true });
  } else if (document.activeElement === input) {
    input.value = "";
    const canvas = document.getElementById("canvas");
    if (canvas) canvas.focus({ preventScroll: true });
    else input.blur();
  }
});

EM_JS(void, js_text_input_place, (float x, float y, float height), {
  // IME candidate windows open at the field's position: keep it at ImGui's text cursor.
  const input = document.getElementById("fiche-text-input");
  if (!input) return;
  input.style.left = x + "px";
  input.style.top = y + "px";
  input.style.height = height + "px";
});

EM_JS(void, js_text_input_keys, (int enter, int backspace, int del), {
  Module["ficheEditingKeys"] = { enter: enter, backspace: backspace, del: del };
});
// clang-format on

// ImGui tells the platform where the text cursor is whenever that changes.
void placeImeWindow(ImGuiViewport*, ImGuiPlatformImeData* data) {
  if (data == nullptr || !data->WantVisible) return;
  js_text_input_place(data->InputPos.x, data->InputPos.y, data->InputLineHeight);
}

}  // namespace

void installTextInput(void (*onText)()) {
  g_onText = onText;
  js_text_input_keys(ImGuiKey_Enter, ImGuiKey_Backspace, ImGuiKey_Delete);
  js_text_input_create();
  ImGui::GetIO().SetPlatformImeDataFn = &placeImeWindow;
}

void syncTextInputFocus(bool imguiWantsText) {
  if (imguiWantsText == g_focused) return;
  g_focused = imguiWantsText;
  js_text_input_focus(imguiWantsText ? 1 : 0);
}

bool textInputFocused() {
  return g_focused;
}

}  // namespace fiche::web

extern "C" {
// Returns a buffer of `size` bytes for JavaScript to write committed text into.
EMSCRIPTEN_KEEPALIVE char* fiche_text_input_buffer(int size) {
  fiche::web::g_incoming.assign(static_cast<size_t>(size > 0 ? size : 1), '\0');
  return fiche::web::g_incoming.data();
}

EMSCRIPTEN_KEEPALIVE void fiche_text_input_commit() {
  ImGui::GetIO().AddInputCharactersUTF8(fiche::web::g_incoming.c_str());
  if (fiche::web::g_onText) fiche::web::g_onText();
}

// An editing key from a virtual keyboard: a press and a release.
EMSCRIPTEN_KEEPALIVE void fiche_text_input_key(int key) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(static_cast<ImGuiKey>(key), true);
  io.AddKeyEvent(static_cast<ImGuiKey>(key), false);
  if (fiche::web::g_onText) fiche::web::g_onText();
}
}
