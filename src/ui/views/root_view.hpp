// ui: the page: header with the provider, then the connection form or the interventions.
#pragma once

#include <string_view>

#include "core/app/app_state.hpp"
#include "ui/intent_sink.hpp"
#include "ui/views/connection_view.hpp"

namespace fiche::ui {

class RootView {
 public:
  // Draws the whole page over the main viewport from the state; never changes the state.
  // `bootProblem` is shown above everything when the page's own files were unusable.
  void draw(const core::AppState& state, std::string_view bootProblem, IntentSink& intents);

 private:
  ConnectionView m_connection;
};

}  // namespace fiche::ui
