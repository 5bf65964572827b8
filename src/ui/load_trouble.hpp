// ui: a request that is not going well — what happened, what Fiche is doing about it (an
// automatic retry, a recovery later) and the user's way out (Retry now, Stop).
#pragma once

#include <optional>

#include "core/app/app_state.hpp"
#include "ui/intent_sink.hpp"
#include "ui/user_message.hpp"

namespace fiche::ui {

// What one slot of the state (connection, list, detail) says about its trouble.
struct LoadTrouble {
  Subject subject = Subject::List;
  std::optional<core::Error> error{};      // the last final error, if any
  std::optional<core::RetryInfo> retry{};  // set while between automatic attempts
  double recoverAtMs = 0;                  // a later attempt planned by itself (0 = none)
  bool failed = false;                     // the slot's status is Failed
  bool trying = false;                     // a background attempt after `error` is in flight
};

// True when there is something to say (an error, a retry, an attempt or a planned recovery).
bool hasTrouble(const LoadTrouble& trouble);

// Draws the sentence (in the error colour, with the server's own words when it gave some),
// then what happens next ("Retrying in 3 s, attempt 2 of 4." / "Trying again by itself in
// 40 s.") and the buttons: "Retry now" + "Stop" while Fiche keeps trying; once it stopped,
// "Retry" for a list, and for a detail when retrying may help (never on the connection form,
// which has Connect). Retry emits RefreshIntent, Stop StopLoadingIntent.
void drawLoadTrouble(const core::AppState& state, const LoadTrouble& trouble, IntentSink& intents);

// "Not up to date: showing the interventions as of 14:02 (5 min ago)." in the warning
// colour, when the list is stale (core::isStale); nothing otherwise.
void drawStaleMarker(const core::AppState& state);

// The list's stale marker, then its trouble (drawLoadTrouble), as both list views show them.
void drawListTrouble(const core::AppState& state, IntentSink& intents);

}  // namespace fiche::ui
