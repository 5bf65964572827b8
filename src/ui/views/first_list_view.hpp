// ui: the first page of interventions as a table (the full browser comes with filters,
// sorting and paging in a later step).
#pragma once

#include "core/app/app_state.hpp"
#include "ui/intent_sink.hpp"

namespace fiche::ui {

void drawFirstList(const core::ListState& list, IntentSink& intents);

}  // namespace fiche::ui
