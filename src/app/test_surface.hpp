// app: JSON snapshots for browser tests (published only when the page has ?test=1).
#pragma once

#include <string>

#include "app/app.hpp"

namespace fiche::app {

// The app state as tests see it: connection, list (query, pagination, rows), errors and the
// number of frames drawn. Never contains the token.
std::string stateJson(App& app);

// The widgets of the last frame: [{id, label, x, y, w, h}] in CSS pixels of the canvas.
std::string itemsJson(App& app);

}  // namespace fiche::app
