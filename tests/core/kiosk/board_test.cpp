// tests/core/kiosk: the board's figures — weeks from Monday in the local calendar, across a
// year's end, counts per status, hours, waiting validated interventions, and hostile data.
#include "core/kiosk/board.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace fiche::core {
namespace {

constexpr CivilDate kThursday{2026, 6, 18};

InterventionSummary item(std::string id, std::string date, std::string status = "done",
                         std::int64_t seconds = 3600, std::string ref = "") {
  return {.id = id,
          .ref = ref.empty() ? "FI-" + id : std::move(ref),
          .date = std::move(date),
          .durationSeconds = seconds,
          .status = std::move(status)};
}

const StatusCount* countOf(const Board& board, std::string_view status) {
  for (const StatusCount& count : board.statuses) {
    if (count.status == status) return &count;
  }
  return nullptr;
}

std::vector<std::string> statusOrder(const Board& board) {
  std::vector<std::string> order;
  for (const StatusCount& count : board.statuses) order.push_back(count.status);
  return order;
}

TEST(BoardWeeks, StartOnMondayOfTheLocalWeek) {
  const BoardWeeks weeks = boardWeeks(kThursday);
  EXPECT_EQ(weeks.weekStart, (CivilDate{2026, 6, 15}));
  EXPECT_EQ(weeks.lastWeekStart, (CivilDate{2026, 6, 8}));
  EXPECT_EQ(weeks.lastWeekEnd, (CivilDate{2026, 6, 14}));
  EXPECT_EQ(weeks.lastWeekSameDay, (CivilDate{2026, 6, 11}));
  // A Monday is its own week's start; a Sunday belongs to the week that began six days before.
  EXPECT_EQ(boardWeeks({2026, 6, 15}).weekStart, (CivilDate{2026, 6, 15}));
  EXPECT_EQ(boardWeeks({2026, 6, 21}).weekStart, (CivilDate{2026, 6, 15}));
  EXPECT_EQ(boardWeeks({2026, 6, 21}).lastWeekEnd, (CivilDate{2026, 6, 14}));
}

TEST(BoardWeeks, AcrossTheYearsEndAndALeapDay) {
  // Friday 2027-01-01: the week began on Monday 2026-12-28.
  const BoardWeeks newYear = boardWeeks({2027, 1, 1});
  EXPECT_EQ(newYear.weekStart, (CivilDate{2026, 12, 28}));
  EXPECT_EQ(newYear.lastWeekStart, (CivilDate{2026, 12, 21}));
  EXPECT_EQ(newYear.lastWeekSameDay, (CivilDate{2026, 12, 25}));
  // Tuesday 2028-03-07: last week ran from Monday 2028-02-28 over the 29th.
  const BoardWeeks leap = boardWeeks({2028, 3, 7});
  EXPECT_EQ(leap.weekStart, (CivilDate{2028, 3, 6}));
  EXPECT_EQ(leap.lastWeekStart, (CivilDate{2028, 2, 28}));
  EXPECT_EQ(leap.lastWeekEnd, (CivilDate{2028, 3, 5}));
}

TEST(Board, EmptyDataGivesZerosAndTheKnownStatuses) {
  const Board board = computeBoard(kThursday, {}, {}, {});
  EXPECT_EQ(board.todayCount, 0);
  EXPECT_EQ(board.weekCount, 0);
  EXPECT_EQ(board.weekSeconds, 0);
  EXPECT_EQ(board.lastWeekSeconds, 0);
  EXPECT_TRUE(board.rows.empty());
  EXPECT_TRUE(board.showsWaiting);
  EXPECT_EQ(board.waitingCount, 0);
  EXPECT_EQ(board.oldestWaitingDays, 0);
  EXPECT_EQ(statusOrder(board), (std::vector<std::string>{"draft", "validated", "done", "billed"}));
}

TEST(Board, TodayThisWeekAndLastWeek) {
  const std::vector<InterventionSummary> period = {
      item("1", "2026-06-18", "done", 3600),       // today
      item("2", "2026-06-18", "draft", 1800),      // today
      item("3", "2026-06-15", "validated", 7200),  // this Monday
      item("4", "2026-06-11", "done", 900),        // last Thursday: by this day
      item("5", "2026-06-12", "billed", 5400),     // last Friday: after this day
      item("6", "2026-06-08", "done", 600),        // last Monday
      item("7", "2026-06-07", "done", 99999),      // before the period: the server's slip
      item("8", "2026-06-19", "draft", 99999),     // tomorrow: planned, not this week's so far
  };
  const Board board = computeBoard(kThursday, {}, period, {});
  EXPECT_EQ(board.todayCount, 2);
  EXPECT_EQ(board.todaySeconds, 5400);
  EXPECT_EQ(board.weekCount, 3);
  EXPECT_EQ(board.weekSeconds, 12600);
  EXPECT_EQ(board.lastWeekCount, 3);
  EXPECT_EQ(board.lastWeekSeconds, 900 + 5400 + 600);
  EXPECT_EQ(board.lastWeekToDateSeconds, 900 + 600);
  EXPECT_EQ(board.yesterdayCount, 0);
  ASSERT_EQ(board.rows.size(), 3u);
  EXPECT_EQ(board.rows[0].ref, "FI-1");  // today's first, ref order within the day
  EXPECT_EQ(board.rows[1].ref, "FI-2");
  EXPECT_EQ(board.rows[2].ref, "FI-3");
  EXPECT_TRUE(board.rows[0].today);
  EXPECT_FALSE(board.rows[2].today);
  // Per status: this week's only.
  EXPECT_EQ(countOf(board, "done")->count, 1);
  EXPECT_EQ(countOf(board, "draft")->count, 1);
  EXPECT_EQ(countOf(board, "validated")->count, 1);
  EXPECT_EQ(countOf(board, "validated")->seconds, 7200);
  EXPECT_EQ(countOf(board, "billed")->count, 0);
}

TEST(Board, OnAMondayThisWeekIsTodayAndLastWeekIsWhole) {
  const std::vector<InterventionSummary> period = {item("1", "2026-06-15"), item("2", "2026-06-14"),
                                                   item("3", "2026-06-08")};
  const Board board = computeBoard({2026, 6, 15}, {}, period, {});
  EXPECT_EQ(board.weekCount, 1);
  EXPECT_EQ(board.todayCount, 1);
  EXPECT_EQ(board.lastWeekCount, 2);
  EXPECT_EQ(board.lastWeekToDateSeconds, 3600) << "by this day = last Monday only";
  EXPECT_EQ(board.yesterdayCount, 1) << "Sunday, in last week";
  EXPECT_EQ(board.yesterdaySeconds, 3600);
}

TEST(Board, AcrossNewYear) {
  const std::vector<InterventionSummary> period = {item("1", "2027-01-01"), item("2", "2026-12-28"),
                                                   item("3", "2026-12-27"),
                                                   item("4", "2026-12-21")};
  const Board board = computeBoard({2027, 1, 1}, {}, period, {});
  EXPECT_EQ(board.todayCount, 1);
  EXPECT_EQ(board.weekCount, 2);
  EXPECT_EQ(board.lastWeekCount, 2);
  EXPECT_EQ(board.weeks.yesterday, (CivilDate{2026, 12, 31}));
}

TEST(Board, UnknownStatusesAreCountedUnderTheirOwnNameAfterTheKnownOnes) {
  const std::vector<InterventionSummary> period = {
      item("1", "2026-06-18", "zeta"), item("2", "2026-06-17", "cancelled"),
      item("3", "2026-06-17", "zeta"), item("4", "2026-06-16", "")};
  const Board board = computeBoard(kThursday, {}, period, {});
  EXPECT_EQ(statusOrder(board), (std::vector<std::string>{"draft", "validated", "done", "billed",
                                                          "", "cancelled", "zeta"}));
  EXPECT_EQ(countOf(board, "zeta")->count, 2);
  EXPECT_EQ(board.weekCount, 4);
}

TEST(Board, StatusesShownFilterEveryFigureAndTheList) {
  const std::vector<InterventionSummary> period = {
      item("1", "2026-06-18", "draft", 1000), item("2", "2026-06-18", "done", 2000),
      item("3", "2026-06-10", "draft", 4000), item("4", "2026-06-17", "cancelled", 8000)};
  const std::vector<InterventionSummary> validated = {item("9", "2026-05-01", "validated")};
  const Board noDrafts = computeBoard(kThursday, {.hideDrafts = true}, period, validated);
  EXPECT_EQ(noDrafts.todayCount, 1);
  EXPECT_EQ(noDrafts.todaySeconds, 2000);
  EXPECT_EQ(noDrafts.lastWeekSeconds, 0);
  EXPECT_EQ(noDrafts.rows.size(), 2u);
  EXPECT_EQ(countOf(noDrafts, "draft"), nullptr);
  EXPECT_EQ(noDrafts.waitingCount, 1);

  const Board listed = computeBoard(kThursday, {.statuses = {"done", "draft"}}, period, validated);
  EXPECT_EQ(statusOrder(listed), (std::vector<std::string>{"done", "draft"}));
  EXPECT_EQ(listed.weekCount, 2);
  EXPECT_EQ(countOf(listed, "cancelled"), nullptr);
  EXPECT_FALSE(listed.showsWaiting) << "validated is not among the statuses shown";
  EXPECT_EQ(listed.waitingCount, 0);
}

TEST(Board, WaitingValidatedInterventionsByDate) {
  const std::vector<InterventionSummary> validated = {
      item("1", "2026-06-11", "validated", 0, "FI-EXACTLY-7"),  // 7 days: not yet waiting
      item("2", "2026-06-10", "validated", 0, "FI-B"),          // 8 days
      item("3", "2026-05-19", "validated", 0, "FI-Z"),          // 30 days
      item("4", "2026-05-19", "validated", 0, "FI-A"),          // 30 days, first in ref order
      item("5", "2026-05-01", "done", 0, "FI-DONE"),            // not validated (server's slip)
      item("6", "2026-06-25", "validated", 0, "FI-PLANNED"),    // in the future
      item("7", "someday", "validated", 0, "FI-UNDATED"),
      item("2", "2026-06-10", "validated", 0, "FI-B"),  // the same id again (pages moved)
  };
  const Board board = computeBoard(kThursday, {}, {}, validated);
  EXPECT_EQ(board.waitingDays, 7);
  EXPECT_EQ(board.waitingCount, 3);
  EXPECT_EQ(board.oldestWaitingDays, 30);
  EXPECT_EQ(board.oldestWaitingRef, "FI-A");
  const Board zero = computeBoard(kThursday, {.waitingDays = 0}, {}, validated);
  EXPECT_EQ(zero.waitingCount, 4) << "0 days: anything from before today";
}

TEST(Board, DuplicatesCountOnceAndUnreadableDatesAreLeftOut) {
  const std::vector<InterventionSummary> period = {item("1", "2026-06-18"), item("1", "2026-06-18"),
                                                   item("2", "18/06/2026"), item("3", ""),
                                                   item("", "2026-06-17"),  item("", "2026-06-17")};
  const Board board = computeBoard(kThursday, {}, period, {});
  EXPECT_EQ(board.todayCount, 1);
  EXPECT_EQ(board.weekCount, 3) << "items without an id cannot be told apart: both count";
  EXPECT_EQ(board.undated, 2);
}

TEST(Board, HostileDurationsSaturateAndNegativeOnesCountAsZero) {
  constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
  const std::vector<InterventionSummary> period = {
      item("1", "2026-06-18", "done", kMax), item("2", "2026-06-18", "done", kMax),
      item("3", "2026-06-18", "done", -5000),
      item("4", "2026-06-17", "done", std::numeric_limits<std::int64_t>::min())};
  const Board board = computeBoard(kThursday, {}, period, {});
  EXPECT_EQ(board.todaySeconds, kMax);
  EXPECT_EQ(board.weekSeconds, kMax);
  EXPECT_EQ(countOf(board, "done")->seconds, kMax);
  EXPECT_EQ(board.weekCount, 4);
  for (const BoardRow& row : board.rows) EXPECT_GE(row.durationSeconds, 0);
  EXPECT_EQ(addDuration(10, -3), 10);
  EXPECT_EQ(addDuration(kMax - 1, 5), kMax);
}

}  // namespace
}  // namespace fiche::core
