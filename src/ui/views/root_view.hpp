// ui: the page — header, then the connection form or the interventions browser.
#pragma once

#include <string_view>

#include "core/app/app_state.hpp"
#include "ui/intent_sink.hpp"
#include "ui/views/connection_view.hpp"
#include "ui/views/detail_view.hpp"
#include "ui/views/filter_bar_view.hpp"
#include "ui/views/history_view.hpp"
#include "ui/views/list_view.hpp"

namespace fiche::ui {

// Below this width (in font units) list and detail are shown one at a time.
inline constexpr float kNarrowWidthEm = 56.0f;

class RootView {
 public:
  // bootProblem: a problem with the deployment's files (e.g. an invalid config.json), shown
  // above everything.
  void draw(const core::AppState& state, std::string_view bootProblem, IntentSink& intents);

  bool narrow() const { return m_narrow; }

 private:
  void drawHeader(const core::AppState& state, IntentSink& intents);
  void drawBrowser(const core::AppState& state, IntentSink& intents);
  // The whole history or the server's pages, as the route says.
  void drawList(const core::AppState& state, bool keyboard, IntentSink& intents);

  ConnectionView m_connection;
  FilterBarView m_filters;
  ListView m_list;
  HistoryView m_history;
  DetailView m_detail;
  bool m_changingServer = false;  // the connection form was asked for while connected
  bool m_narrow = false;
};

}  // namespace fiche::ui
