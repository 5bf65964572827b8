// ui: the interventions table — sortable headers, rows, keyboard selection — and the pager.
#pragma once

#include <string>

#include "core/app/app_state.hpp"
#include "ui/intent_sink.hpp"

namespace fiche::ui {

class ListView {
 public:
  // Clicking a row (or Enter on the selected one) opens it; Escape closes the open detail.
  // keyboard: whether this view owns the arrow keys this frame (no text field is active).
  void draw(const core::AppState& state, bool keyboard, IntentSink& intents);

 private:
  void drawStatusLine(const core::AppState& state, IntentSink& intents);
  void drawTable(const core::AppState& state, IntentSink& intents);
  void syncSortSpecs(const core::AppState& state, IntentSink& intents);
  void handleKeys(const core::AppState& state, IntentSink& intents);
  void drawPager(const core::AppState& state, IntentSink& intents);

  std::string m_openId;    // the open row last seen in the route
  std::string m_cursorId;  // row selected with the keyboard (may differ from the open one)
  bool m_scrollToCursor = false;
  bool m_headersShown = false;  // sort specs seen once: later changes come from clicks
};

}  // namespace fiche::ui
