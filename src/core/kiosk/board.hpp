// core/kiosk: the wallboard's figures and list, computed from the interventions loaded for it.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/config/kiosk_config.hpp"
#include "core/obapi/types.hpp"
#include "core/util/date.hpp"

namespace fiche::core {

// The weeks a board looks at, in the local calendar; weeks run Monday..Sunday.
struct BoardWeeks {
  CivilDate today{};
  CivilDate weekStart{};        // this week's Monday (today when today is a Monday)
  CivilDate lastWeekStart{};    // the Monday before
  CivilDate lastWeekEnd{};      // the Sunday before weekStart
  CivilDate lastWeekSameDay{};  // today − 7: "last week by this day" ends here
  CivilDate yesterday{};
};
BoardWeeks boardWeeks(CivilDate today);

// How many interventions with one status, and their hours.
struct StatusCount {
  std::string status{};  // raw, as the server sent it
  int count = 0;
  std::int64_t seconds = 0;
};

// One line of the board's list.
struct BoardRow {
  std::string id{};
  std::string ref{};
  CivilDate date{};
  std::int64_t durationSeconds = 0;  // never negative
  std::string status{};
  bool today = false;
};

// Everything the board shows. Counts and hours cover the statuses the kiosk shows
// (KioskConfig::shows). Hours are sums of `duration`: a negative duration counts as 0 and
// sums saturate at INT64_MAX, so hostile values cannot wrap into nonsense.
struct Board {
  BoardWeeks weeks{};
  int todayCount = 0;
  std::int64_t todaySeconds = 0;
  int yesterdayCount = 0;  // the day before (always inside the period loaded)
  std::int64_t yesterdaySeconds = 0;
  int weekCount = 0;  // this week: Monday to today
  std::int64_t weekSeconds = 0;
  int lastWeekCount = 0;  // the whole of last week
  std::int64_t lastWeekSeconds = 0;
  std::int64_t lastWeekToDateSeconds = 0;  // last week, Monday to lastWeekSameDay
  // This week's interventions per status: the configured statuses in their order (zeros
  // included); without a list, draft, validated, done, billed (zeros included, drafts left out
  // when hidden), then any other status found, in alphabetical order.
  std::vector<StatusCount> statuses{};
  // Validated interventions whose date is more than waitingDays before today; only when the
  // kiosk shows validated ones (showsWaiting).
  bool showsWaiting = false;
  int waitingDays = 0;
  int waitingCount = 0;
  int oldestWaitingDays = 0;       // age in days of the oldest one (0 when none)
  std::string oldestWaitingRef{};  // its ref (the first in ref order among equally old ones)
  // This week's interventions, newest day first (today's at the top), ref order within a day.
  std::vector<BoardRow> rows{};
  // Items left out because their date is not a YYYY-MM-DD date (they cannot be placed).
  int undated = 0;
};

// `period` is what the server returned for last week's Monday .. today, `validated` what it
// returned for status=validated (empty when not loaded). Either may hold anything: items are
// re-checked here (dates inside the period, status validated), and an id seen twice (an item
// that moved between pages while they loaded) counts once.
Board computeBoard(CivilDate today, const KioskConfig& config,
                   std::span<const InterventionSummary> period,
                   std::span<const InterventionSummary> validated);

// a + b for non-negative durations, capped at INT64_MAX.
std::int64_t addDuration(std::int64_t sum, std::int64_t seconds);

}  // namespace fiche::core
