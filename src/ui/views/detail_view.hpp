// ui: one intervention — its fields, its lines with their total, the PDF report actions.
#pragma once

#include <string>

#include "core/app/app_state.hpp"
#include "ui/intent_sink.hpp"

namespace fiche::ui {

class DetailView {
 public:
  // replacesList: on narrow screens the detail is shown instead of the list, and its closing
  // control is "Back"; beside the list it is "Close".
  void draw(const core::AppState& state, bool replacesList, IntentSink& intents);

 private:
  void drawHeader(const core::AppState& state, bool replacesList, IntentSink& intents);
  void drawDocuments(const core::AppState& state, IntentSink& intents);

  std::string m_copiedRef;  // the ref last copied, to confirm it on its button
};

}  // namespace fiche::ui
