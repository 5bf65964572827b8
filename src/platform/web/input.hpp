// platform/web: browser input events (html5.h) → Dear ImGui's input queue.
#pragma once

#include <functional>

namespace fiche::web {

// Registers mouse, wheel, touch, keyboard, focus and visibility listeners, the clipboard and
// the hidden text field. Each event is queued into the current ImGui context's IO, then
// `onInput` runs so the frame loop wakes up. Events are prevented from reaching the page
// only when ImGui uses them, so browser shortcuts ImGui does not want (reload, zoom, find,
// tab switching, copy/paste) keep working. `drawNow` runs the frames a tap needs right
// inside the touchend handler: a phone opens its keyboard only for a focus() made there.
void installInputHandlers(std::function<void()> onInput, std::function<void()> drawNow);

// Runs once per animation frame before the app's frame: advances touch long-press and
// momentum. Returns true while they need more frames.
bool stepInput(double nowMs);

// Runs after each frame: follows ImGui's wish for text entry (hidden field focus).
void afterFrameInput();

}  // namespace fiche::web
