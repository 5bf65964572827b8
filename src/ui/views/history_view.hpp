// ui: the whole history — search box, grouping and duration lens, the loading and indexing
// meters, the table of every loaded intervention (multi-key sort headers, group rows,
// selection), and the pinned totals and selection line.
#pragma once

#include <array>
#include <cstdint>
#include <string>

#include "core/app/app_state.hpp"
#include "ui/intent_sink.hpp"

namespace fiche::ui {

class HistoryView {
 public:
  // keyboard: whether this view owns the arrow keys this frame (no text field is active).
  // narrow: a phone-sized window (fewer columns, controls wrap).
  void draw(const core::AppState& state, bool keyboard, bool narrow, IntentSink& intents);

 private:
  void drawToolbar(const core::AppState& state, IntentSink& intents);
  void drawProgress(const core::AppState& state);
  void drawTable(const core::AppState& state, bool narrow, IntentSink& intents);
  void syncSortSpecs(const core::AppState& state, IntentSink& intents);
  void drawFooter(const core::AppState& state, IntentSink& intents);
  void handleKeys(const core::AppState& state, IntentSink& intents);
  void reportVisibleRows(const core::AppState& state, int first, int last, IntentSink& intents);

  std::array<char, 256> m_search{};
  std::string m_searchShown;  // the route's search last copied into the box
  bool m_searchSeeded = false;
  std::string m_openId;    // the open row last seen in the route
  std::string m_cursorId;  // the row the keyboard is on
  bool m_scrollToCursor = false;
  bool m_headersShown = false;  // sort specs seen once: later changes come from clicks
  // The visible range last reported for hydration, and the results it was computed on.
  int m_visibleFirst = -1;
  int m_visibleLast = -1;
  std::uint64_t m_visibleVersion = 0;
  std::string m_copiedLine;  // the selection line last copied ("Copied" feedback)
};

}  // namespace fiche::ui
