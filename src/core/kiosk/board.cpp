// core/kiosk: board figures — weeks, counts per status, hours, waiting interventions.
#include "core/kiosk/board.hpp"

#include <algorithm>
#include <limits>
#include <optional>
#include <set>
#include <string_view>

namespace fiche::core {
namespace {

constexpr std::string_view kKnownStatuses[] = {"draft", "validated", "done", "billed"};

CivilDate plusDays(CivilDate date, std::int64_t days) {
  return civilFromDays(daysFromCivil(date) + days);
}

// Ids already counted; items without an id cannot be told apart and all count.
class SeenIds {
 public:
  bool firstTime(const InterventionSummary& item) {
    return item.id.empty() || m_ids.insert(item.id).second;
  }

 private:
  std::set<std::string> m_ids;
};

StatusCount& countFor(std::vector<StatusCount>& counts, std::string_view status) {
  auto found = std::find_if(counts.begin(), counts.end(),
                            [&](const StatusCount& c) { return c.status == status; });
  if (found != counts.end()) return *found;
  counts.push_back({.status = std::string(status)});
  return counts.back();
}

}  // namespace

BoardWeeks boardWeeks(CivilDate today) {
  const CivilDate monday = plusDays(today, -weekday(today));
  return {.today = today,
          .weekStart = monday,
          .lastWeekStart = plusDays(monday, -7),
          .lastWeekEnd = plusDays(monday, -1),
          .lastWeekSameDay = plusDays(today, -7),
          .yesterday = plusDays(today, -1)};
}

std::int64_t addDuration(std::int64_t sum, std::int64_t seconds) {
  if (seconds <= 0) return sum;
  constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
  return sum > kMax - seconds ? kMax : sum + seconds;
}

Board computeBoard(CivilDate today, const KioskConfig& config,
                   std::span<const InterventionSummary> period,
                   std::span<const InterventionSummary> validated) {
  Board board;
  board.weeks = boardWeeks(today);
  const BoardWeeks& weeks = board.weeks;
  board.waitingDays = config.waitingDays;
  board.showsWaiting = config.shows("validated");

  if (!config.statuses.empty()) {
    for (const std::string& status : config.statuses) {
      if (config.shows(status)) countFor(board.statuses, status);
    }
  } else {
    for (std::string_view status : kKnownStatuses) {
      if (config.shows(status)) countFor(board.statuses, status);
    }
  }
  const std::size_t fixedStatuses = board.statuses.size();

  SeenIds seen;
  for (const InterventionSummary& item : period) {
    if (!config.shows(item.status)) continue;
    const std::optional<CivilDate> date = parseIsoDate(item.date);
    if (!date) {
      if (seen.firstTime(item)) ++board.undated;
      continue;
    }
    // The server's date filter is not trusted to be exact (SPEC §15.5): re-checked here.
    if (*date < weeks.lastWeekStart || *date > today) continue;
    if (!seen.firstTime(item)) continue;
    const std::int64_t seconds = std::max<std::int64_t>(item.durationSeconds, 0);
    if (*date == weeks.yesterday) {
      ++board.yesterdayCount;
      board.yesterdaySeconds = addDuration(board.yesterdaySeconds, seconds);
    }
    if (*date < weeks.weekStart) {
      ++board.lastWeekCount;
      board.lastWeekSeconds = addDuration(board.lastWeekSeconds, seconds);
      if (*date <= weeks.lastWeekSameDay) {
        board.lastWeekToDateSeconds = addDuration(board.lastWeekToDateSeconds, seconds);
      }
      continue;
    }
    ++board.weekCount;
    board.weekSeconds = addDuration(board.weekSeconds, seconds);
    if (*date == today) {
      ++board.todayCount;
      board.todaySeconds = addDuration(board.todaySeconds, seconds);
    }
    StatusCount& count = countFor(board.statuses, item.status);
    ++count.count;
    count.seconds = addDuration(count.seconds, seconds);
    board.rows.push_back({.id = item.id,
                          .ref = item.ref,
                          .date = *date,
                          .durationSeconds = seconds,
                          .status = item.status,
                          .today = *date == today});
  }
  std::sort(board.statuses.begin() + static_cast<std::ptrdiff_t>(fixedStatuses),
            board.statuses.end(),
            [](const StatusCount& a, const StatusCount& b) { return a.status < b.status; });
  std::stable_sort(board.rows.begin(), board.rows.end(), [](const BoardRow& a, const BoardRow& b) {
    if (a.date != b.date) return a.date > b.date;
    return a.ref < b.ref;
  });

  if (board.showsWaiting) {
    const std::int64_t todayDays = daysFromCivil(today);
    SeenIds waitingSeen;
    for (const InterventionSummary& item : validated) {
      if (item.status != "validated") continue;
      const std::optional<CivilDate> date = parseIsoDate(item.date);
      if (!date) continue;
      const std::int64_t age = todayDays - daysFromCivil(*date);
      if (age <= config.waitingDays || !waitingSeen.firstTime(item)) continue;
      ++board.waitingCount;
      const int days = static_cast<int>(std::min<std::int64_t>(age, 1'000'000));
      if (days > board.oldestWaitingDays ||
          (days == board.oldestWaitingDays && item.ref < board.oldestWaitingRef)) {
        board.oldestWaitingDays = days;
        board.oldestWaitingRef = item.ref;
      }
    }
  }
  return board;
}

}  // namespace fiche::core
