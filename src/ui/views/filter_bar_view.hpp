// ui: the list's server-side filters — period (presets or custom dates), status, page size —
// with a summary of what is active and one control to clear it all.
#pragma once

#include <array>
#include <string>

#include "core/app/app_state.hpp"
#include "ui/intent_sink.hpp"

namespace fiche::ui {

class FilterBarView {
 public:
  // Every change emits one NavigateIntent (page back to 1). narrow: one control per line.
  void draw(const core::AppState& state, bool narrow, IntentSink& intents);

 private:
  void drawPeriod(const core::Route& route, IntentSink& intents);
  void drawCustomDates(const core::Route& route, IntentSink& intents);
  void drawStatus(const core::Route& route, IntentSink& intents);
  void drawLoading(const core::AppState& state, IntentSink& intents);
  void drawPageSize(const core::AppState& state, IntentSink& intents);
  void drawSummary(const core::Route& route, IntentSink& intents);

  // Custom date fields being typed; re-seeded from the route when it changes.
  std::array<char, 16> m_from{};
  std::array<char, 16> m_to{};
  std::string m_seededFrom;
  std::string m_seededTo;
  bool m_seeded = false;
};

}  // namespace fiche::ui
