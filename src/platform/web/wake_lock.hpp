// platform/web: the Screen Wake Lock of a kiosk — asked for while the page is visible, asked
// again each time it becomes visible (browsers release it when it is hidden).
#pragma once

#include <functional>

#include "ui/views/kiosk_view.hpp"

namespace fiche::web {

// Starts holding the lock; `onChange` hears every change (requesting, on, released, refused,
// or why it cannot be had: not a secure context, no API). Once per page.
void startWakeLock(std::function<void(ui::WakeLock)> onChange);

}  // namespace fiche::web
