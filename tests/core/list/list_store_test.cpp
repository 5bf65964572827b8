// tests/core/app: the loaded rows' display order (stable client sorts, status workflow order)
// and totals.
#include "core/list/list_store.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

namespace fiche::core {
namespace {

using Strings = std::vector<std::string>;

InterventionSummary row(std::string id, std::string ref, std::string date, std::int64_t duration,
                        std::string status) {
  return {.id = std::move(id),
          .ref = std::move(ref),
          .date = std::move(date),
          .durationSeconds = duration,
          .status = std::move(status)};
}

Strings shownIds(const ListStore& store) {
  Strings ids;
  for (std::size_t i = 0; i < store.size(); ++i) ids.push_back(store.at(i).id);
  return ids;
}

// Server order: ids 1..5. Durations tie between 1, 3 and 5; statuses tie between 2 and 4.
std::vector<InterventionSummary> sample() {
  return {
      row("1", "FI-D", "2024-05-03", 3600, "billed"), row("2", "FI-B", "2024-05-01", 1800, "done"),
      row("3", "FI-E", "2024-05-05", 3600, "draft"), row("4", "FI-A", "2024-05-02", 7200, "done"),
      row("5", "FI-C", "2024-05-04", 3600, "validated")};
}

TEST(ParseClientSort, KnowsEveryColumnAscending) {
  EXPECT_EQ(parseClientSort("ref_asc"), (ClientSort{.column = SortColumn::Ref}));
  EXPECT_EQ(parseClientSort("date_asc"), (ClientSort{.column = SortColumn::Date}));
  EXPECT_EQ(parseClientSort("duration_asc"), (ClientSort{.column = SortColumn::Duration}));
  EXPECT_EQ(parseClientSort("status_asc"), (ClientSort{.column = SortColumn::Status}));
}

TEST(ParseClientSort, KnowsEveryColumnDescending) {
  EXPECT_EQ(parseClientSort("ref_desc"),
            (ClientSort{.column = SortColumn::Ref, .descending = true}));
  EXPECT_EQ(parseClientSort("date_desc"),
            (ClientSort{.column = SortColumn::Date, .descending = true}));
  EXPECT_EQ(parseClientSort("duration_desc"),
            (ClientSort{.column = SortColumn::Duration, .descending = true}));
  EXPECT_EQ(parseClientSort("status_desc"),
            (ClientSort{.column = SortColumn::Status, .descending = true}));
}

TEST(ParseClientSort, RejectsEverythingElse) {
  for (const char* key : {"", "duration", "duration_", "duration_up", "DURATION_ASC", "ref_ascx",
                          "xref_asc", "_asc", "refasc", "date_desc "}) {
    EXPECT_FALSE(parseClientSort(key)) << key;
  }
}

TEST(ListStore, RetainDropsTheRowsGoneAndKeepsDetailsSelectionAndQuery) {
  ListStore store;
  store.upsert({{.id = "1", .ref = "FI-1", .durationSeconds = 60},
                {.id = "2", .ref = "FI-2", .durationSeconds = 120},
                {.id = "3", .ref = "FI-3", .durationSeconds = 180}});
  ASSERT_TRUE(store.attachDetail({.id = "3", .contractRef = "CT-9"}));
  store.setSort({{.column = SortColumn::Duration, .descending = true}});
  store.refresh();
  store.toggleSelected("1");
  store.toggleSelected("3");
  store.retain({"1", "3"});
  store.refresh();
  ASSERT_EQ(store.size(), 2u);
  EXPECT_EQ(store.at(0).id, "3") << "still sorted by duration, descending";
  EXPECT_EQ(store.at(1).id, "1");
  EXPECT_TRUE(store.hydrated("3"));
  EXPECT_EQ(store.detailOf("3")->contractRef, "CT-9");
  EXPECT_EQ(store.selectionTotals().count, 2u);
  EXPECT_EQ(store.totals().durationSeconds, 240);
  const std::uint64_t refreshes = store.stats().refreshes;
  store.retain({"1", "3", "x"});
  EXPECT_FALSE(store.refresh()) << "keeping everything changes nothing";
  EXPECT_EQ(store.stats().refreshes, refreshes);
}

TEST(ListStore, StartsEmpty) {
  ListStore store;
  EXPECT_TRUE(store.empty());
  EXPECT_EQ(store.size(), 0u);
  EXPECT_EQ(store.totalDurationSeconds(), 0);
  EXPECT_FALSE(store.clientSort());
  EXPECT_FALSE(store.displayIndexOf("1"));
}

TEST(ListStore, WithoutSortKeepsTheServerOrder) {
  ListStore store;
  store.replace(sample());
  EXPECT_EQ(shownIds(store), (Strings{"1", "2", "3", "4", "5"}));
  EXPECT_FALSE(store.empty());
}

TEST(ListStore, SortsByEachColumnBothWays) {
  ListStore store;
  store.replace(sample());
  store.setClientSort(ClientSort{.column = SortColumn::Ref});
  EXPECT_EQ(shownIds(store), (Strings{"4", "2", "5", "1", "3"}));
  store.setClientSort(ClientSort{.column = SortColumn::Ref, .descending = true});
  EXPECT_EQ(shownIds(store), (Strings{"3", "1", "5", "2", "4"}));
  store.setClientSort(ClientSort{.column = SortColumn::Date});
  EXPECT_EQ(shownIds(store), (Strings{"2", "4", "1", "5", "3"}));
  store.setClientSort(ClientSort{.column = SortColumn::Date, .descending = true});
  EXPECT_EQ(shownIds(store), (Strings{"3", "5", "1", "4", "2"}));
}

TEST(ListStore, DurationSortIsStableBothWays) {
  ListStore store;
  store.replace(sample());
  store.setClientSort(ClientSort{.column = SortColumn::Duration});
  // 1, 3 and 5 tie at one hour: they keep the server's order, also when descending.
  EXPECT_EQ(shownIds(store), (Strings{"2", "1", "3", "5", "4"}));
  store.setClientSort(ClientSort{.column = SortColumn::Duration, .descending = true});
  EXPECT_EQ(shownIds(store), (Strings{"4", "1", "3", "5", "2"}));
}

TEST(ListStore, StatusSortFollowsTheWorkflowWithUnknownsLast) {
  std::vector<InterventionSummary> rows = sample();
  rows.push_back(row("6", "X", "", 0, "zz_custom"));
  rows.push_back(row("7", "Y", "", 0, "archived"));
  rows.push_back(row("8", "Z", "", 0, ""));
  ListStore store;
  store.replace(rows);
  store.setClientSort(ClientSort{.column = SortColumn::Status});
  // draft, validated, done (2 before 4: stable), billed, then unknowns by their text.
  EXPECT_EQ(shownIds(store), (Strings{"3", "5", "2", "4", "1", "8", "7", "6"}));
  store.setClientSort(ClientSort{.column = SortColumn::Status, .descending = true});
  EXPECT_EQ(shownIds(store), (Strings{"6", "7", "8", "1", "2", "4", "5", "3"}));
}

TEST(ListStore, ClearingTheSortRestoresTheServerOrder) {
  ListStore store;
  store.replace(sample());
  store.setClientSort(ClientSort{.column = SortColumn::Ref});
  store.setClientSort(std::nullopt);
  EXPECT_EQ(shownIds(store), (Strings{"1", "2", "3", "4", "5"}));
  EXPECT_FALSE(store.clientSort());
}

TEST(ListStore, NewRowsKeepTheChosenSort) {
  ListStore store;
  store.setClientSort(ClientSort{.column = SortColumn::Duration, .descending = true});
  store.replace({row("a", "", "", 5, "done"), row("b", "", "", 50, "done")});
  EXPECT_EQ(shownIds(store), (Strings{"b", "a"}));
  ASSERT_TRUE(store.clientSort());
  EXPECT_EQ(store.clientSort()->column, SortColumn::Duration);
}

TEST(ListStore, DisplayIndexFollowsTheDisplayOrder) {
  ListStore store;
  store.replace(sample());
  EXPECT_EQ(store.displayIndexOf("4"), 3u);
  store.setClientSort(ClientSort{.column = SortColumn::Ref});
  EXPECT_EQ(store.displayIndexOf("4"), 0u);
  EXPECT_EQ(store.displayIndexOf("3"), 4u);
  EXPECT_EQ(store.at(*store.displayIndexOf("5")).ref, "FI-C");
  EXPECT_FALSE(store.displayIndexOf("missing"));
  EXPECT_FALSE(store.displayIndexOf(""));
}

TEST(ListStore, TotalsTheDurationOfTheRows) {
  ListStore store;
  store.replace(sample());
  EXPECT_EQ(store.totalDurationSeconds(), 3600 + 1800 + 3600 + 7200 + 3600);
  store.setClientSort(ClientSort{.column = SortColumn::Ref});
  EXPECT_EQ(store.totalDurationSeconds(), 19800) << "order does not change the sum";
  store.replace({row("1", "", "", -600, "done"), row("2", "", "", 60, "done")});
  EXPECT_EQ(store.totalDurationSeconds(), -540);
  store.replace({});
  EXPECT_EQ(store.totalDurationSeconds(), 0);
  EXPECT_TRUE(store.empty());
}

TEST(ListStore, TotalSaturatesInsteadOfOverflowing) {
  ListStore store;
  store.replace({row("1", "", "", INT64_MAX - 10, "done"), row("2", "", "", 100, "done")});
  EXPECT_EQ(store.totalDurationSeconds(), INT64_MAX);
  store.replace({row("1", "", "", INT64_MIN + 10, "done"), row("2", "", "", -100, "done")});
  EXPECT_EQ(store.totalDurationSeconds(), INT64_MIN);
}

}  // namespace
}  // namespace fiche::core
