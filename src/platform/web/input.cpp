// platform/web: input translation.
#include "platform/web/input.hpp"

#include <emscripten/html5.h>

#include <cfloat>
#include <cstring>
#include <string_view>

#include "imgui.h"
#include "imgui_internal.h"
#include "platform/web/clipboard.hpp"
#include "platform/web/key_codes.hpp"
#include "platform/web/text_input.hpp"
#include "platform/web/touch.hpp"
#include "ui/fonts.hpp"

namespace fiche::web {
namespace {

// ImGui scrolls a window by 5 lines of text per wheel notch (while the window is taller than
// that); the body font is ui::kFontSize CSS pixels. Wheel and touch deltas are divided by it
// so content moves by the pixels the browser would have scrolled.
constexpr float kWheelStep = 5.0f * ui::kFontSize;
// A "line" of DOM_DELTA_LINE (Firefox's unit for mouse wheels) is about one line of text.
constexpr float kLinePixels = 1.25f * ui::kFontSize;

// The body below is JavaScript, which clang-format would mangle.
// clang-format off
EM_JS(int, js_input_is_apple, (), {
  // iPadOS presents itself as "MacIntel" too, and wants the same shortcuts.
  return /Mac|iPhone|iPad|iPod/.test(navigator.platform || "") ? 1 : 0;
});
// clang-format on

std::function<void()>& wakeCallback() {
  static std::function<void()> callback;
  return callback;
}

std::function<void()>& drawNowCallback() {
  static std::function<void()> callback;
  return callback;
}

void wake() {
  if (wakeCallback()) wakeCallback()();
}

TouchInput& touchInput() {
  static TouchInput touch(kWheelStep);
  return touch;
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
  const bool down = type == EMSCRIPTEN_EVENT_MOUSEDOWN;
  ImGui::GetIO().AddMouseButtonEvent(imguiButton(event->button), down);
  wake();
  // While ImGui edits text the hidden field keeps the focus (a click on the canvas would
  // move it away and close a phone keyboard); otherwise the canvas takes it as usual.
  return down && textInputFocused() ? EM_TRUE : EM_FALSE;
}

EM_BOOL onMouseLeave(int, const EmscriptenMouseEvent*, void*) {
  ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
  wake();
  return EM_FALSE;
}

EM_BOOL onWheel(int, const EmscriptenWheelEvent* event, void*) {
  // Browsers report pixels, lines or pages; ImGui counts notches of kWheelStep pixels.
  const ImGuiIO& constIo = ImGui::GetIO();
  float pixelsPerUnit = 1.0f;
  if (event->deltaMode == DOM_DELTA_LINE) pixelsPerUnit = kLinePixels;
  if (event->deltaMode == DOM_DELTA_PAGE) {
    // A page is most of the view being scrolled: the window under the pointer last frame.
    const ImGuiWindow* hovered = GImGui->HoveredWindow;
    const float view = hovered != nullptr ? hovered->InnerRect.GetHeight() : constIo.DisplaySize.y;
    pixelsPerUnit = 0.9f * view;
  }
  float x = static_cast<float>(-event->deltaX) * pixelsPerUnit / kWheelStep;
  float y = static_cast<float>(-event->deltaY) * pixelsPerUnit / kWheelStep;
  const EmscriptenMouseEvent& mouse = event->mouse;
  // With Shift, browsers already turn a vertical wheel into deltaX; ImGui (except in its
  // macOS mode) would swap the axes again, so hand it the vertical value it expects.
  if (mouse.shiftKey && y == 0.0f && !constIo.ConfigMacOSXBehaviors) {
    y = x;
    x = 0.0f;
  }
  ImGuiIO& io = ImGui::GetIO();
  queueMousePosition(mouse);
  queueModifiers(mouse.ctrlKey, mouse.shiftKey, mouse.altKey, mouse.metaKey);
  io.AddMouseWheelEvent(x, y);
  wake();
  // The canvas is the page: never scroll the document behind it. Ctrl+wheel stays the
  // browser's zoom.
  return mouse.ctrlKey ? EM_FALSE : EM_TRUE;
}

EM_BOOL onTouch(int type, const EmscriptenTouchEvent* event, void*) {
  const bool tapped = touchInput().onEvent(type, *event, emscripten_get_now());
  wake();
  if (tapped) {
    // A phone opens its keyboard only for a focus() inside the touch's own handler: draw
    // the tap's frames now, so a tap on a text field focuses the hidden field in time.
    if (drawNowCallback()) drawNowCallback()();
    syncTextInputFocus(ImGui::GetIO().WantTextInput);
  }
  return EM_TRUE;  // no emulated mouse events, no page scrolling or zooming
}

// A one-character `key` (UTF-8, at most 4 bytes; named keys such as "Enter" are longer
// ASCII words) is the text the key types.
void queuePrintable(const EmscriptenKeyboardEvent& event) {
  const std::size_t length = std::strlen(event.key);
  const auto first = static_cast<unsigned char>(event.key[0]);
  const bool printable =
      length > 0 && length <= 4 && first >= 0x20 && (length == 1 || first >= 0x80);
  if (printable) ImGui::GetIO().AddInputCharactersUTF8(event.key);
}

// Keys ImGui uses with Ctrl/Cmd while editing text; every other Ctrl/Cmd combination
// (reload, zoom, find, new tab, tab switching, copy, cut, paste) belongs to the browser.
// Copy, cut and paste reach ImGui as key presses and, unprevented, fire the page's
// clipboard events too.
bool isImGuiTextShortcut(ImGuiKey key) {
  switch (key) {
    case ImGuiKey_A:
    case ImGuiKey_Z:
    case ImGuiKey_Y:
    case ImGuiKey_LeftArrow:
    case ImGuiKey_RightArrow:
    case ImGuiKey_UpArrow:
    case ImGuiKey_DownArrow:
    case ImGuiKey_Home:
    case ImGuiKey_End:
    case ImGuiKey_Backspace:
    case ImGuiKey_Delete:
      return true;
    default:
      return false;
  }
}

// Keys that make no text: ImGui acts on them, so the browser must not (scrolling, leaving
// the field, submitting).
bool isEditingKey(ImGuiKey key) {
  switch (key) {
    case ImGuiKey_Tab:
    case ImGuiKey_LeftArrow:
    case ImGuiKey_RightArrow:
    case ImGuiKey_UpArrow:
    case ImGuiKey_DownArrow:
    case ImGuiKey_PageUp:
    case ImGuiKey_PageDown:
    case ImGuiKey_Home:
    case ImGuiKey_End:
    case ImGuiKey_Backspace:
    case ImGuiKey_Delete:
    case ImGuiKey_Enter:
    case ImGuiKey_KeypadEnter:
    case ImGuiKey_Escape:
    case ImGuiKey_Space:
      return true;
    default:
      return false;
  }
}

EM_BOOL onKey(int type, const EmscriptenKeyboardEvent* event, void*) {
  ImGuiIO& io = ImGui::GetIO();
  const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
  queueModifiers(event->ctrlKey, event->shiftKey, event->altKey, event->metaKey);
  const ImGuiKey key = keyFromCode(event->code);
  if (key != ImGuiKey_None) io.AddKeyEvent(key, down);
  const bool command = event->ctrlKey || event->metaKey;
  if (down) clipboardNoteKeyDown(command && key == ImGuiKey_V);
  wake();
  // AltGr arrives as Ctrl+Alt on Windows and types characters (@, €, ...) through the
  // hidden field: never a shortcut.
  if (event->ctrlKey && event->altKey) return EM_FALSE;
  // Characters come from the hidden text field's input events (IME compositions, dead
  // keys and phone keyboards with them) once it has the focus. Until then (the frame
  // between a click on a field and its focus) a printable key's text is taken from here.
  if (down && !command && !textInputFocused()) queuePrintable(*event);
  if (command) return io.WantTextInput && isImGuiTextShortcut(key) ? EM_TRUE : EM_FALSE;
  if (event->altKey) return EM_FALSE;  // menus and history shortcuts of the browser
  if (io.WantTextInput) return isEditingKey(key) && key != ImGuiKey_Space ? EM_TRUE : EM_FALSE;
  // Tab and arrows would move the page's focus or scroll; the canvas owns them.
  return io.WantCaptureKeyboard && isEditingKey(key) ? EM_TRUE : EM_FALSE;
}

EM_BOOL onFocus(int type, const EmscriptenFocusEvent*, void*) {
  // Leaving the page must release held keys and buttons, or they stay "down".
  ImGui::GetIO().AddFocusEvent(type == EMSCRIPTEN_EVENT_FOCUS);
  wake();
  return EM_FALSE;
}

EM_BOOL onVisibility(int, const EmscriptenVisibilityChangeEvent* event, void*) {
  if (event->hidden) ImGui::GetIO().AddFocusEvent(false);
  wake();
  return EM_FALSE;
}

EM_BOOL onResize(int, const EmscriptenUiEvent*, void*) {
  wake();
  return EM_FALSE;
}

}  // namespace

void installInputHandlers(std::function<void()> onInput, std::function<void()> drawNow) {
  wakeCallback() = std::move(onInput);
  drawNowCallback() = std::move(drawNow);
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
  emscripten_set_visibilitychange_callback(nullptr, true, onVisibility);
  emscripten_set_resize_callback(window, nullptr, false, onResize);
  // On Apple systems Cmd is the shortcut key and Option moves by words: ImGui's macOS mode.
  ImGui::GetIO().ConfigMacOSXBehaviors = js_input_is_apple() != 0;
  installClipboard([] { wake(); });
  installTextInput([] { wake(); });
}

bool stepInput(double nowMs) {
  return touchInput().step(nowMs);
}

void afterFrameInput() {
  syncTextInputFocus(ImGui::GetIO().WantTextInput);
}

}  // namespace fiche::web
