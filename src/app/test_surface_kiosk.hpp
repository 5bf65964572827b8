// app: the kiosk part of the test snapshot (fiche.state().kiosk with ?test=1).
#pragma once

#include <nlohmann/json.hpp>

#include "app/app.hpp"

namespace fiche::app {

// The board as core computed it, what the view drew from it (figures, the page's rows, the
// banner), paging, the cursor, the drift, the wake lock and the font atlas's size. null
// outside kiosk mode.
nlohmann::json kioskJson(App& app);

}  // namespace fiche::app
