// ui: the connection form (API root and token) shown when Fiche has no working server.
#pragma once

#include <array>

#include "core/app/app_state.hpp"
#include "ui/intent_sink.hpp"

namespace fiche::ui {

class ConnectionView {
 public:
  // Fills the root field from the state the first time it is shown (the link's root when a
  // link asked for another server than the configured one).
  void draw(const core::AppState& state, IntentSink& intents);

 private:
  void drawLinkNotice(const core::ConnectionState& connection, IntentSink& intents);

  // Edit buffers only: what the user is typing, not yet applied.
  std::array<char, 512> m_root{};
  std::array<char, 512> m_token{};
  bool m_remember = false;
  bool m_seeded = false;
};

}  // namespace fiche::ui
