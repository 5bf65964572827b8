// platform/web: what the C++ side asks of the HTML page (web/index.html and its script).
#pragma once

#include <string>
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
// The URL the page shell gives for one of its files ("fonts/inter.otf"): a release build
// renames files after their content (web/boot.js's file table); `name` itself otherwise.
std::string pageFileUrl(const char* name);
// Installs window.fiche = {state(), items(), metrics()} for browser tests and benchmarks.
void pagePublishTestSurface();

// Calls `onChange` whenever devicePixelRatio (zoom, another monitor) or the system colour
// scheme changes: neither necessarily fires a resize event, and the loop may be asleep.
void pageWatchEnvironment(void (*onChange)());
// True when the system asks for dark colours (prefers-color-scheme: dark).
bool pagePrefersDark();
// Calls `onBlocked` with the origin (scheme://host[:port]) of each connection the page's
// Content-Security-Policy refused (connect-src): the browser then fails the request like a
// network error, and only the page's securitypolicyviolation event says why.
void pageWatchBlockedConnections(void (*onBlocked)(const std::string& origin));
// Puts the page around the canvas (background, browser theme colour) in the app's theme.
void pageShowTheme(bool dark);

}  // namespace fiche::web
