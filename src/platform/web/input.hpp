// platform/web: browser input events (html5.h) → Dear ImGui's input queue.
#pragma once

#include <functional>

namespace fiche::web {

// Registers mouse, wheel, touch, keyboard and focus listeners. Each event is queued into
// the current ImGui context's IO, then `onInput` runs so the frame loop wakes up.
// Events are prevented from reaching the page only when ImGui uses them, so browser
// shortcuts ImGui does not want (reload, zoom, find, tab switching) keep working.
void installInputHandlers(std::function<void()> onInput);

}  // namespace fiche::web
