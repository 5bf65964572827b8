// core/kiosk: what the wallboard draws from — the last complete board, how its loading goes,
// and when it was last fresh. Part of AppState; changed only by the KioskController.
#pragma once

#include <cstdint>
#include <optional>

#include "core/config/kiosk_config.hpp"
#include "core/kiosk/board.hpp"
#include "core/util/clock.hpp"
#include "core/util/result.hpp"

namespace fiche::core {

enum class KioskLoad { Idle, Loading, Done, Failed };

// board is replaced only by a complete new set (both queries loaded to their last page), so a
// refresh never empties or half-updates the screen; boardVersion counts those replacements.
// A round is one load of both queries; after a failure it is resumed at recoverAtMs
// (monotonic, 0 = none) with growing pauses, until it completes. error is the last failure; it
// stays until a round completes.
//
// Staleness is judged on arrival, not on age: a board is stale once no new one arrived by
// freshUntilMs (two refresh intervals after the last one). While the page is hidden nothing
// is loaded, and showing it again gives the data one more interval before it counts as stale.
struct KioskState {
  bool enabled = false;  // kiosk mode: the board replaces the interventions browser
  KioskConfig config{};
  std::optional<Board> board{};
  std::uint64_t boardVersion = 0;
  KioskLoad status = KioskLoad::Idle;
  std::optional<Error> error{};
  int pagesLoaded = 0;  // this round, both queries
  int pagesTotal = -1;  // -1 until both queries said how many pages they have
  std::uint64_t rounds = 0;
  std::optional<LocalDateTime> lastSuccess{};  // wall clock, for "as of 09:42"
  double lastSuccessMs = 0;                    // monotonic
  double freshUntilMs = 0;
  double nextRefreshAtMs = 0;
  double recoverAtMs = 0;
};

inline bool isBoardStale(const KioskState& kiosk, double nowMs) {
  return kiosk.board.has_value() && kiosk.freshUntilMs > 0 && nowMs > kiosk.freshUntilMs;
}

}  // namespace fiche::core
