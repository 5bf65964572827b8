// core/app: the user wishes views emit; the Controller applies them between frames.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "core/app/route.hpp"

namespace fiche::core {

// Connect (or reconnect) to an OBAPI server. apiRoot is what the user typed. remember asks to
// keep root and token on this device (an explicit opt-in; otherwise the token lives in memory).
struct ConnectIntent {
  std::string apiRoot{};
  std::string token{};
  bool remember = false;
};

// Connect to the server the deployment's config.json names, with its token (offered when a
// link pointed Fiche at another origin).
struct ConnectConfiguredIntent {};

// Reload what is on screen (the list page and the open detail) with the current route; also
// "retry now" after a failure, which skips any wait for an automatic retry.
struct RefreshIntent {};

// Stop loading: cancels the list and detail requests in flight, their automatic retries and
// recovery. What is on screen stays, marked as not up to date.
struct StopLoadingIntent {};

// Show another view: filters, sort, page, open detail. Emitted by views (a click) and by the
// platform (Back/Forward, a pasted link). The Controller sends only the requests whose inputs
// changed: at most one list request and one detail request.
// replaceHistory: the change must not add a history entry (each keystroke of the search box).
struct NavigateIntent {
  Route route{};
  bool replaceHistory = false;
};

enum class DocumentAction { Save, Open };

// Fetch the PDF report of an intervention and hand it to the browser.
struct DocumentIntent {
  std::string id{};
  std::string ref{};  // names the file when the server sends no Content-Disposition
  DocumentAction action = DocumentAction::Save;
};

// Remove the remembered root and token from this device.
struct ForgetDeviceIntent {};

// The rows the list shows now (the whole history): their details are fetched first.
struct VisibleRowsIntent {
  std::vector<std::string> ids{};
};

// A change of the list's selection (the whole history): a click, Ctrl-click, Shift-click...
struct SelectIntent {
  enum class Action { Only, Toggle, RangeTo, AddRangeTo, AllShown, Clear };
  Action action = Action::Only;
  std::string id{};  // the row clicked (unused by AllShown and Clear)
};

using Intent = std::variant<ConnectIntent, ConnectConfiguredIntent, RefreshIntent,
                            StopLoadingIntent, NavigateIntent, DocumentIntent, ForgetDeviceIntent,
                            VisibleRowsIntent, SelectIntent>;

}  // namespace fiche::core
