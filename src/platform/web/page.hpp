// platform/web: what the C++ side asks of the HTML page (web/index.html and its script).
#pragma once

#include <string_view>

namespace fiche::web {

// True when the page URL's query has `name=1` (e.g. ?test=1).
bool pageFlag(const char* name);
// Hides the loading overlay once the first real frame is on screen.
void pageShowReady();
// Replaces the page with a readable error (the app cannot run at all).
void pageShowFatal(std::string_view message);
// Sets the canvas's CSS cursor ("default", "text", "pointer", ...).
void pageSetCursor(const char* cssCursor);
// Installs window.fiche = {state(), items()} for browser tests.
void pagePublishTestSurface();

}  // namespace fiche::web
