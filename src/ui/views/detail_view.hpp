// ui: one intervention — its fields, its lines with their total, the PDF report actions.
#pragma once

#include <string>

#include "core/app/app_state.hpp"
#include "ui/intent_sink.hpp"

namespace fiche::ui {

class DetailView {
 public:
  // backLabel names the control that closes the detail ("Close" beside the list, "Back" when
  // the detail replaces it on narrow screens).
  void draw(const core::AppState& state, const char* backLabel, IntentSink& intents);

 private:
  void drawHeader(const core::AppState& state, const char* backLabel, IntentSink& intents);
  void drawDocuments(const core::AppState& state, IntentSink& intents);

  std::string m_copiedRef;  // the ref last copied, to confirm it on its button
};

}  // namespace fiche::ui
