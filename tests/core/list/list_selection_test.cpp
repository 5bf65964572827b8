// tests/core/app: selecting rows — click, Ctrl, Shift ranges in display order, select all shown,
// and a selection that outlives the search that hid some of its rows.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/list/list_fixtures.hpp"
#include "core/list/list_store.hpp"

namespace fiche::core {
namespace {

using testing::row;
using testing::Strings;

// Ids 1..8; odd ids mention "pompe"; duration = id minutes.
ListStore eightRows() {
  std::vector<InterventionSummary> rows;
  for (int i = 1; i <= 8; ++i) {
    const std::string id = std::to_string(i);
    rows.push_back(row(id, (i % 2 ? "POMPE-" : "VANNE-") + id, "2024-05-0" + id, i * 60, "done"));
  }
  ListStore store;
  store.upsert(std::move(rows));
  store.refresh();
  return store;
}

Totals minutes(std::size_t count, std::int64_t total) {
  return {.count = count, .durationSeconds = total * 60};
}

TEST(ListSelection, ClickSelectsOneRowCtrlTogglesRows) {
  ListStore store = eightRows();
  EXPECT_EQ(store.selectionTotals(), Totals{});
  store.selectOnly("3");
  store.selectOnly("5");
  EXPECT_EQ(store.selectedIds(), (Strings{"5"}));
  store.toggleSelected("2");
  store.toggleSelected("7");
  EXPECT_EQ(store.selectedIds(), (Strings{"2", "5", "7"}));
  EXPECT_EQ(store.selectionTotals(), minutes(3, 14));
  store.toggleSelected("5");
  EXPECT_EQ(store.selectedIds(), (Strings{"2", "7"}));
  EXPECT_TRUE(store.isSelected("7"));
  EXPECT_FALSE(store.isSelected("5"));
  EXPECT_TRUE(store.isSelectedAt(1));
  EXPECT_FALSE(store.isSelectedAt(0));
  store.selectOnly("missing");
  EXPECT_EQ(store.selectedIds(), (Strings{"2", "7"})) << "an unknown id changes nothing";
}

TEST(ListSelection, ShiftSelectsARangeInDisplayOrder) {
  ListStore store = eightRows();
  store.setSort({{.column = SortColumn::Date, .descending = true}});  // 8, 7, ..., 1
  store.refresh();
  store.selectOnly("6");
  store.selectRangeTo("3", false);
  EXPECT_EQ(store.selectedIds(), (Strings{"3", "4", "5", "6"}));
  store.selectRangeTo("8", false);  // from the same anchor, replacing the range
  EXPECT_EQ(store.selectedIds(), (Strings{"6", "7", "8"}));
  store.toggleSelected("2");       // Ctrl-click moves the anchor
  store.selectRangeTo("1", true);  // Ctrl-Shift adds
  EXPECT_EQ(store.selectedIds(), (Strings{"1", "2", "6", "7", "8"}));
  EXPECT_EQ(store.selectionTotals(), minutes(5, 1 + 2 + 6 + 7 + 8));
}

TEST(ListSelection, SurvivesTheSearchAndCountsWhatItHides) {
  ListStore store = eightRows();
  store.selectOnly("1");
  store.selectRangeTo("4", false);  // 1, 2, 3, 4
  store.setSearch("pompe");         // shows 1, 3, 5, 7
  store.refresh();
  EXPECT_EQ(store.selectionTotals(), minutes(4, 10)) << "hidden rows stay selected";
  EXPECT_EQ(store.selectedHiddenCount(), 2u);
  // A range across the filtered view adds only rows that are shown.
  store.selectRangeTo("7", true);
  EXPECT_EQ(store.selectedIds(), (Strings{"1", "2", "3", "4", "5", "7"}));
  EXPECT_EQ(store.selectedHiddenCount(), 2u);
  store.setSearch("");
  store.refresh();
  EXPECT_EQ(store.selectedHiddenCount(), 0u);
  EXPECT_EQ(store.selectionTotals(), minutes(6, 22));
}

TEST(ListSelection, ARangeFromAHiddenAnchorStartsAfresh) {
  ListStore store = eightRows();
  store.selectOnly("2");
  store.setSearch("pompe");
  store.refresh();
  store.selectRangeTo("5", false);
  EXPECT_EQ(store.selectedIds(), (Strings{"5"}));
  store.selectRangeTo("7", false);  // 5 is now the anchor
  EXPECT_EQ(store.selectedIds(), (Strings{"5", "7"}));
}

TEST(ListSelection, SelectAllTakesTheShownRowsOnly) {
  ListStore store = eightRows();
  store.selectOnly("2");
  store.setSearch("pompe");
  store.refresh();
  store.selectAllVisible();
  EXPECT_EQ(store.selectedIds(), (Strings{"1", "2", "3", "5", "7"}));
  EXPECT_EQ(store.selectedHiddenCount(), 1u);
  store.clearSelection();
  EXPECT_EQ(store.selectionTotals(), Totals{});
  EXPECT_EQ(store.selectedHiddenCount(), 0u);
}

TEST(ListSelection, FollowsChangedDurationsAndEndsWithClear) {
  ListStore store = eightRows();
  store.selectOnly("1");
  store.toggleSelected("2");
  store.upsert({row("2", "VANNE-2", "2024-05-02", 3600, "done")});
  EXPECT_EQ(store.selectionTotals(), (Totals{.count = 2, .durationSeconds = 3660}));
  store.clear();
  store.refresh();
  EXPECT_EQ(store.selectionTotals(), Totals{});
  EXPECT_TRUE(store.selectedIds().empty());
}

TEST(ListSelection, TotalsSaturateAndComeBackExactly) {
  ListStore store;
  store.upsert({row("1", "", "", INT64_MAX, "done"), row("2", "", "", INT64_MAX, "done"),
                row("3", "", "", -10, "done")});
  store.refresh();
  store.selectAllVisible();
  EXPECT_EQ(store.selectionTotals().durationSeconds, INT64_MAX);
  store.toggleSelected("2");
  EXPECT_EQ(store.selectionTotals().durationSeconds, INT64_MAX - 10);
}

}  // namespace
}  // namespace fiche::core
