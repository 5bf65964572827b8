// ui: collects the intents views emit during a frame; the app applies them after rendering.
#pragma once

#include <utility>
#include <vector>

#include "core/app/intent.hpp"

namespace fiche::ui {

// Views never change shared state: they describe what the user asked for, here.
class IntentSink {
 public:
  void emit(core::Intent intent) { m_intents.push_back(std::move(intent)); }
  // Hands the frame's intents over and leaves the sink empty.
  std::vector<core::Intent> take() { return std::exchange(m_intents, {}); }
  bool empty() const { return m_intents.empty(); }

 private:
  std::vector<core::Intent> m_intents;
};

}  // namespace fiche::ui
