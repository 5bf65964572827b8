// platform/web: input translation.
#include "platform/web/input.hpp"

#include <emscripten/html5.h>

#include <cstring>
#include <string_view>

#include "imgui.h"
#include "platform/web/key_codes.hpp"

namespace fiche::web {
namespace {

std::function<void()>& wakeCallback() {
  static std::function<void()> callback;
  return callback;
}

void wake() {
  if (wakeCallback()) wakeCallback()();
}

// The canvas fills the window from its top-left corner (web/app.css), so client
// coordinates are canvas coordinates in CSS pixels, ImGui's units.
void queueMousePosition(const EmscriptenMouseEvent& event) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
  io.AddMousePosEvent(static_cast<float>(event.clientX), static_cast<float>(event.clientY));
}

int imguiButton(unsigned short button) {
  // DOM: 0 left, 1 middle, 2 right. ImGui: 0 left, 1 right, 2 middle.
  switch (button) {
    case 0:
      return 0;
    case 1:
      return 2;
    case 2:
      return 1;
    default:
      return button;
  }
}

void queueModifiers(bool ctrl, bool shift, bool alt, bool meta) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(ImGuiMod_Ctrl, ctrl);
  io.AddKeyEvent(ImGuiMod_Shift, shift);
  io.AddKeyEvent(ImGuiMod_Alt, alt);
  io.AddKeyEvent(ImGuiMod_Super, meta);
}

EM_BOOL onMouseMove(int, const EmscriptenMouseEvent* event, void*) {
  queueMousePosition(*event);
  wake();
  return EM_FALSE;
}

EM_BOOL onMouseButton(int type, const EmscriptenMouseEvent* event, void*) {
  queueMousePosition(*event);
  queueModifiers(event->ctrlKey, event->shiftKey, event->altKey, event->metaKey);
  ImGui::GetIO().AddMouseButtonEvent(imguiButton(event->button),
                                     type == EMSCRIPTEN_EVENT_MOUSEDOWN);
  wake();
  return EM_FALSE;  // let the page keep focus handling
}

EM_BOOL onMouseLeave(int, const EmscriptenMouseEvent*, void*) {
  ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
  wake();
  return EM_FALSE;
}

EM_BOOL onWheel(int, const EmscriptenWheelEvent* event, void*) {
  // ImGui scrolls by "notches"; browsers report pixels, lines or pages.
  double scale = 1.0 / 100.0;
  if (event->deltaMode == DOM_DELTA_LINE) scale = 1.0 / 3.0;
  if (event->deltaMode == DOM_DELTA_PAGE) scale = 1.0;
  ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(-event->deltaX * scale),
                                    static_cast<float>(-event->deltaY * scale));
  wake();
  return EM_TRUE;  // the canvas is the page: never scroll the document behind it
}

EM_BOOL onTouch(int type, const EmscriptenTouchEvent* event, void*) {
  if (event->numTouches < 1) return EM_FALSE;
  const EmscriptenTouchPoint& touch = event->touches[0];
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  // Position before press, so the first tap hits what is under the finger.
  io.AddMousePosEvent(static_cast<float>(touch.clientX), static_cast<float>(touch.clientY));
  if (type == EMSCRIPTEN_EVENT_TOUCHSTART) io.AddMouseButtonEvent(0, true);
  if (type == EMSCRIPTEN_EVENT_TOUCHEND || type == EMSCRIPTEN_EVENT_TOUCHCANCEL) {
    io.AddMouseButtonEvent(0, false);
  }
  wake();
  return EM_TRUE;  // no emulated mouse events after touches
}

// Shortcuts that belong to the browser unless ImGui is editing text (copy/paste there).
bool isBrowserShortcut(const EmscriptenKeyboardEvent& event) {
  return (event.ctrlKey || event.metaKey) && !ImGui::GetIO().WantTextInput;
}

EM_BOOL onKey(int type, const EmscriptenKeyboardEvent* event, void*) {
  ImGuiIO& io = ImGui::GetIO();
  const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
  queueModifiers(event->ctrlKey, event->shiftKey, event->altKey, event->metaKey);
  const ImGuiKey key = keyFromCode(event->code);
  if (key != ImGuiKey_None) io.AddKeyEvent(key, down);
  // Printable characters arrive as a one-character `key` (UTF-8) without Ctrl/Meta.
  const bool printable =
      down && !event->ctrlKey && !event->metaKey && std::strlen(event->key) > 0 &&
      std::strlen(event->key) <= 4 && static_cast<unsigned char>(event->key[0]) >= 0x20 &&
      (std::strlen(event->key) == 1 || static_cast<unsigned char>(event->key[0]) >= 0x80);
  if (printable) io.AddInputCharactersUTF8(event->key);
  wake();
  if (isBrowserShortcut(*event)) return EM_FALSE;
  // Tab and arrows would move the page's focus or scroll; the canvas owns them.
  return io.WantCaptureKeyboard || key == ImGuiKey_Tab ? EM_TRUE : EM_FALSE;
}

EM_BOOL onFocus(int type, const EmscriptenFocusEvent*, void*) {
  // Leaving the page must release held keys and buttons, or they stay "down".
  ImGui::GetIO().AddFocusEvent(type == EMSCRIPTEN_EVENT_FOCUS);
  wake();
  return EM_FALSE;
}

EM_BOOL onResize(int, const EmscriptenUiEvent*, void*) {
  wake();
  return EM_FALSE;
}

}  // namespace

void installInputHandlers(std::function<void()> onInput) {
  wakeCallback() = std::move(onInput);
  const char* canvas = "#canvas";
  const char* window = EMSCRIPTEN_EVENT_TARGET_WINDOW;
  emscripten_set_mousedown_callback(canvas, nullptr, true, onMouseButton);
  // Moves and releases are followed on the window so drags that leave the canvas end well.
  emscripten_set_mouseup_callback(window, nullptr, true, onMouseButton);
  emscripten_set_mousemove_callback(window, nullptr, true, onMouseMove);
  emscripten_set_mouseleave_callback(canvas, nullptr, true, onMouseLeave);
  emscripten_set_wheel_callback(canvas, nullptr, false, onWheel);
  emscripten_set_touchstart_callback(canvas, nullptr, false, onTouch);
  emscripten_set_touchmove_callback(canvas, nullptr, false, onTouch);
  emscripten_set_touchend_callback(canvas, nullptr, false, onTouch);
  emscripten_set_touchcancel_callback(canvas, nullptr, false, onTouch);
  emscripten_set_keydown_callback(window, nullptr, true, onKey);
  emscripten_set_keyup_callback(window, nullptr, true, onKey);
  emscripten_set_focus_callback(window, nullptr, true, onFocus);
  emscripten_set_blur_callback(window, nullptr, true, onFocus);
  emscripten_set_resize_callback(window, nullptr, false, onResize);
}

}  // namespace fiche::web
