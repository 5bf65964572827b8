// tests/core/app: grouping the list by month, ISO week, status and contract — group order,
// labels, buckets, subtotals and the display rows the clipper walks.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/list/list_fixtures.hpp"
#include "core/list/list_store.hpp"

namespace fiche::core {
namespace {

using testing::detail;
using testing::row;
using testing::shownIds;
using testing::Strings;

// Across a year change and month ends; one row without a date.
std::vector<InterventionSummary> calendarRows() {
  return {row("a", "A", "2023-12-31", 3600, "done"),
          row("b", "B", "2024-01-01", 1800, "draft"),
          row("c", "C", "2024-01-31", 900, "validated"),
          row("d", "D", "2024-02-01", 600, "done"),
          row("e", "E", "", 60, "billed"),
          row("f", "F", "2024-02-29", 300, "done")};
}

ListStore grouped(GroupBy by, std::vector<InterventionSummary> rows = calendarRows()) {
  ListStore store;
  store.upsert(std::move(rows));
  store.setGroupBy(by);
  store.refresh();
  return store;
}

Strings labels(const ListStore& store) {
  Strings out;
  for (const RowGroup& group : store.groups()) out.push_back(group.label);
  return out;
}

// Display rows as text: "#label" for a header, the row's id otherwise.
Strings layout(const ListStore& store) {
  Strings out;
  for (const DisplayRow& line : store.displayRows()) {
    out.push_back(line.kind == DisplayRow::Kind::GroupHeader
                      ? "#" + store.groups()[line.index].label
                      : store.at(line.index).id);
  }
  return out;
}

TEST(ListStoreGroups, ByMonthNewestFirstWithTheUndatedLast) {
  ListStore store = grouped(GroupBy::Month);
  EXPECT_EQ(layout(store), (Strings{"#2024-02", "d", "f", "#2024-01", "b", "c", "#2023-12", "a",
                                    "#No date", "e"}));
  EXPECT_EQ(shownIds(store), (Strings{"d", "f", "b", "c", "a", "e"})) << "at() follows groups";
  const std::vector<RowGroup>& groups = store.groups();
  ASSERT_EQ(groups.size(), 4u);
  EXPECT_EQ(groups[0].totals, (Totals{.count = 2, .durationSeconds = 900}));
  EXPECT_EQ(groups[1].totals, (Totals{.count = 2, .durationSeconds = 2700}));
  EXPECT_EQ(groups[2].totals, (Totals{.count = 1, .durationSeconds = 3600}));
  EXPECT_EQ(groups[3].totals, (Totals{.count = 1, .durationSeconds = 60}));
  EXPECT_EQ(groups[3].kind, GroupKind::NoDate);
  EXPECT_EQ(groups[1].firstIndex, 2u);
  EXPECT_EQ(groups[1].displayRow, 3u);
  EXPECT_EQ(store.totals(), (Totals{.count = 6, .durationSeconds = 7260}));
  EXPECT_EQ(store.displayIndexOf("b"), 2u);
  EXPECT_EQ(store.displayRowOf("b"), 4u);
  EXPECT_EQ(store.at(store.displayRows()[4].index).id, "b");
}

TEST(ListStoreGroups, FollowTheDateSortDirectionAndSortInsideGroups) {
  ListStore store = grouped(GroupBy::Month);
  store.setSort({{.column = SortColumn::Date}});
  store.refresh();
  EXPECT_EQ(labels(store), (Strings{"2023-12", "2024-01", "2024-02", "No date"}));
  store.setSort({{.column = SortColumn::Duration}});  // no date key: newest month first
  store.refresh();
  EXPECT_EQ(layout(store), (Strings{"#2024-02", "f", "d", "#2024-01", "c", "b", "#2023-12", "a",
                                    "#No date", "e"}));
}

TEST(ListStoreGroups, SearchLeavesOutEmptyGroupsAndSubtotalsTheRest) {
  ListStore store = grouped(GroupBy::Month);
  store.setSearch("c");
  store.refresh();
  EXPECT_EQ(layout(store), (Strings{"#2024-01", "c"}));
  EXPECT_EQ(store.groups()[0].totals, (Totals{.count = 1, .durationSeconds = 900}));
  store.setSearch("nothing");
  store.refresh();
  EXPECT_TRUE(store.groups().empty());
  EXPECT_TRUE(store.displayRows().empty());
}

TEST(ListStoreGroups, ByIsoWeekMondayToSunday) {
  ListStore store = grouped(GroupBy::Week);
  store.setSort({{.column = SortColumn::Date}});
  store.refresh();
  // 2023-12-31 is a Sunday (last day of 2023-W52); 2024-01-01 a Monday; 2024-01-31 and
  // 2024-02-01 share a week across the month end.
  EXPECT_EQ(layout(store), (Strings{"#2023-W52 (25\u201331 Dec)", "a", "#2024-W01 (1\u20137 Jan)",
                                    "b", "#2024-W05 (29 Jan \u2013 4 Feb)", "c", "d",
                                    "#2024-W09 (26 Feb \u2013 3 Mar)", "f", "#No date", "e"}));
}

TEST(ListStoreGroups, IsoWeeksAcrossYearEnds) {
  ListStore store = grouped(
      GroupBy::Week, {row("1", "", "2024-12-30", 0, "done"), row("2", "", "2025-01-05", 0, "done"),
                      row("3", "", "2021-01-03", 0, "done"), row("4", "", "2020-12-28", 0, "done"),
                      row("5", "", "2024-05-15", 0, "done")});
  EXPECT_EQ(layout(store),
            (Strings{"#2025-W01 (30 Dec \u2013 5 Jan)", "1", "2", "#2024-W20 (13\u201319 May)", "5",
                     "#2020-W53 (28 Dec \u2013 3 Jan)", "3", "4"}));
}

TEST(ListStoreGroups, ByStatusInWorkflowOrderThenUnknownByText) {
  std::vector<InterventionSummary> rows = calendarRows();
  rows.push_back(row("g", "G", "2024-03-01", 5, "zz"));
  rows.push_back(row("h", "H", "2024-03-01", 5, ""));
  rows.push_back(row("i", "I", "2024-03-01", 5, "archived"));
  ListStore store = grouped(GroupBy::Status, rows);
  EXPECT_EQ(labels(store),
            (Strings{"draft", "validated", "done", "billed", "(no status)", "archived", "zz"}));
  EXPECT_EQ(store.groups()[2].totals, (Totals{.count = 3, .durationSeconds = 4500}));
  store.setSort({{.column = SortColumn::Status, .descending = true}});
  store.refresh();
  EXPECT_EQ(labels(store),
            (Strings{"zz", "archived", "(no status)", "billed", "done", "validated", "draft"}));
}

TEST(ListStoreGroups, ByContractTellsNoContractFromNotLoadedYet) {
  std::vector<InterventionSummary> rows = calendarRows();
  ListStore store = grouped(GroupBy::Contract, rows);
  EXPECT_EQ(labels(store), (Strings{"Contract not loaded yet"}));
  store.attachDetail(detail(rows[0], {.contract = "CT2405-0002"}));
  store.attachDetail(detail(rows[1], {.contract = "CT2401-0001"}));
  store.attachDetail(detail(rows[2], {.contract = ""}));
  store.attachDetail(detail(rows[3], {.contract = "CT2405-0002"}));
  store.refresh();
  EXPECT_EQ(layout(store), (Strings{"#CT2401-0001", "b", "#CT2405-0002", "a", "d", "#No contract",
                                    "c", "#Contract not loaded yet", "e", "f"}));
  EXPECT_EQ(store.groups()[2].kind, GroupKind::NoContract);
  EXPECT_EQ(store.groups()[3].kind, GroupKind::ContractNotLoaded);
  EXPECT_EQ(store.groups()[1].totals, (Totals{.count = 2, .durationSeconds = 4200}));
  store.setSort({{.column = SortColumn::ContractRef, .descending = true}});
  store.refresh();
  EXPECT_EQ(labels(store),
            (Strings{"CT2405-0002", "CT2401-0001", "No contract", "Contract not loaded yet"}));
}

TEST(ListStoreGroups, TurningGroupingOffGivesPlainRows) {
  ListStore store = grouped(GroupBy::Month);
  store.setGroupBy(GroupBy::None);
  store.refresh();
  EXPECT_TRUE(store.groups().empty());
  EXPECT_EQ(layout(store), (Strings{"a", "b", "c", "d", "e", "f"}));
  EXPECT_EQ(store.displayRowOf("c"), 2u);
}

TEST(ListStoreGroups, SubtotalsSaturate) {
  ListStore store = grouped(
      GroupBy::Status, {row("1", "", "", INT64_MAX, "done"), row("2", "", "", INT64_MAX, "done"),
                        row("3", "", "", INT64_MIN, "draft")});
  ASSERT_EQ(store.groups().size(), 2u);
  EXPECT_EQ(store.groups()[0].totals.durationSeconds, INT64_MIN);
  EXPECT_EQ(store.groups()[1].totals.durationSeconds, INT64_MAX);
  EXPECT_EQ(store.totalDurationSeconds(), INT64_MAX - 1) << "MAX + MAX + MIN, exact";
}

}  // namespace
}  // namespace fiche::core
