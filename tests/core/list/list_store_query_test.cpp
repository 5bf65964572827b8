// tests/core/app: the list store over many pages — idempotent upserts, hydration, quick search,
// exact-ref jump, multi-key stable sort, and that a keystroke filters without sorting again.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
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

// Server order 1..6. Two rows per status pair, duration ties, one unknown status.
std::vector<InterventionSummary> page() {
  return {row("1", "FI2405-0003", "2024-05-03", 3600, "done"),
          row("2", "FI2405-0001", "2024-05-01", 1800, "draft"),
          row("3", "FI2405-0005", "2024-05-05", 3600, "done"),
          row("4", "FI2405-0002", "2024-05-02", 7200, "validated"),
          row("5", "FI2405-0004", "2024-05-04", 3600, "archived"),
          row("6", "FI2405-0006", "2024-05-06", 900, "draft")};
}

ListStore loaded(std::vector<InterventionSummary> rows = page()) {
  ListStore store;
  store.upsert(std::move(rows));
  store.refresh();
  return store;
}

TEST(ListStoreRows, UpsertingTheSamePageAgainChangesNothing) {
  ListStore store = loaded();
  const std::uint64_t version = store.resultVersion();
  store.upsert(page());
  EXPECT_FALSE(store.refresh()) << "nothing changed";
  EXPECT_EQ(store.resultVersion(), version);
  EXPECT_EQ(store.loadedCount(), 6u);
  EXPECT_EQ(shownIds(store), (Strings{"1", "2", "3", "4", "5", "6"}));
}

TEST(ListStoreRows, AKnownIdIsReplacedInPlaceNotDuplicated) {
  ListStore store = loaded();
  store.upsert({row("3", "FI2405-0005", "2024-05-05", 60, "billed"),
                row("7", "FI2405-0007", "2024-05-07", 30, "draft")});
  store.refresh();
  EXPECT_EQ(store.loadedCount(), 7u);
  EXPECT_EQ(shownIds(store), (Strings{"1", "2", "3", "4", "5", "6", "7"}));
  EXPECT_EQ(store.at(2).status, "billed");
  EXPECT_EQ(store.totals(),
            (Totals{.count = 7, .durationSeconds = 3600 + 1800 + 60 + 7200 + 3600 + 900 + 30}));
}

TEST(ListStoreRows, ClearDropsRowsButKeepsTheQuery) {
  ListStore store = loaded();
  store.setSearch("0003");
  store.setSort({{.column = SortColumn::Duration}});
  store.refresh();
  store.clear();
  store.refresh();
  EXPECT_EQ(store.loadedCount(), 0u);
  EXPECT_TRUE(store.empty());
  EXPECT_EQ(store.search(), "0003");
  ASSERT_EQ(store.sortSpec().size(), 1u);
  store.upsert(page());
  store.refresh();
  EXPECT_EQ(shownIds(store), (Strings{"1"}));
}

TEST(ListStoreRows, HydrationAttachesDetailsByIdOnly) {
  ListStore store = loaded();
  EXPECT_FALSE(store.hydrated("2"));
  EXPECT_TRUE(store.attachDetail(detail(page()[1], {.contract = "CT2405-0002"})));
  EXPECT_FALSE(store.attachDetail(detail(row("99", "X", "", 0, ""), {})));
  EXPECT_TRUE(store.hydrated("2"));
  EXPECT_EQ(store.hydratedCount(), 1u);
  ASSERT_NE(store.detailOf("2"), nullptr);
  EXPECT_EQ(store.detailOf("2")->contractRef, "CT2405-0002");
  EXPECT_EQ(store.detailOf("99"), nullptr);
  store.refresh();
  EXPECT_EQ(store.detailAt(1)->contractRef, "CT2405-0002");
  EXPECT_EQ(store.detailAt(0), nullptr);
}

TEST(ListStoreRows, RowsHydratedInPlaceAreNotMergedAgain) {
  std::vector<InterventionSummary> rows = page();
  ListStore store = loaded(rows);
  store.setSort({{.column = SortColumn::Date, .descending = true}});
  store.refresh();
  const QueryStats before = store.stats();
  for (const InterventionSummary& summary : rows) {
    ASSERT_TRUE(store.attachDetail(detail(summary, {.contract = "CT2405-0002"})));
  }
  EXPECT_TRUE(store.refresh()) << "details are new results";
  EXPECT_EQ(store.stats().mergedSorts, before.mergedSorts) << "no row moved";
  EXPECT_EQ(store.stats().mergedFilters, before.mergedFilters) << "no row came or left";
  EXPECT_EQ(shownIds(store), (Strings{"6", "3", "5", "1", "4", "2"}));
  ASSERT_NE(store.detailAt(0), nullptr);
  EXPECT_EQ(store.detailAt(0)->contractRef, "CT2405-0002");
  store.setSearch("ct2405");
  store.refresh();
  EXPECT_EQ(store.size(), 6u);
}

TEST(ListStoreRows, AChangedSummaryMakesItsDetailStale) {
  ListStore store = loaded();
  ASSERT_TRUE(store.attachDetail(detail(page()[0], {.description = "onduleur"})));
  ASSERT_TRUE(store.attachDetail(detail(page()[1], {.description = "onduleur"})));
  store.upsert(page());  // same summaries: details stay
  EXPECT_EQ(store.hydratedCount(), 2u);
  store.upsert({row("1", "FI2405-0003", "2024-05-03", 4500, "done")});
  EXPECT_FALSE(store.hydrated("1"));
  EXPECT_TRUE(store.hydrated("2"));
  EXPECT_EQ(store.hydratedCount(), 1u);
  store.setSearch("onduleur");
  store.refresh();
  EXPECT_EQ(shownIds(store), (Strings{"2"})) << "a stale detail is not searched";
}

TEST(ListStoreSearch, WordsAreAndedCaseAndAccentInsensitive) {
  std::vector<InterventionSummary> rows = page();
  ListStore store = loaded(rows);
  store.attachDetail(detail(rows[0], {.description = "Dépannage électrique — tableau"}));
  store.attachDetail(detail(rows[2], {.description = "Remplacement de l’onduleur"}));
  store.attachDetail(detail(rows[3], {.description = "Contrôle ÉLECTRIQUE annuel"}));
  store.setSearch("electrique");
  store.refresh();
  EXPECT_EQ(shownIds(store), (Strings{"1", "4"}));
  store.setSearch("ÉLECTRIQUE Tableau");
  store.refresh();
  EXPECT_EQ(shownIds(store), (Strings{"1"}));
  store.setSearch("electrique onduleur");
  store.refresh();
  EXPECT_TRUE(store.empty());
  store.setSearch("ondul");  // inside a word
  store.refresh();
  EXPECT_EQ(shownIds(store), (Strings{"3"}));
  store.setSearch("  ");
  store.refresh();
  EXPECT_EQ(store.size(), 6u) << "a blank search shows everything";
}

TEST(ListStoreSearch, CoversRefsAndEveryHydratedTextField) {
  std::vector<InterventionSummary> rows = page();
  ListStore store = loaded(rows);
  store.attachDetail(detail(rows[0], {.contract = "CT2405-0002"}));
  store.attachDetail(detail(rows[1], {.customer = "PO123456"}));
  store.attachDetail(detail(rows[2], {.note = "Clé à l’accueil"}));
  store.attachDetail(detail(rows[3], {.lines = {{"Contrôle des batteries", "SRV-MAINT"}}}));
  const auto shownFor = [&](const char* query) {
    store.setSearch(query);
    store.refresh();
    return shownIds(store);
  };
  EXPECT_EQ(shownFor("fi2405-0004"), (Strings{"5"})) << "summaries: the ref";
  EXPECT_EQ(shownFor("ct2405-0002"), (Strings{"1"}));
  EXPECT_EQ(shownFor("po123"), (Strings{"2"}));
  EXPECT_EQ(shownFor("cle accueil"), (Strings{"3"}));
  EXPECT_EQ(shownFor("batteries"), (Strings{"4"}));
  EXPECT_EQ(shownFor("srv-maint"), (Strings{"4"}));
  EXPECT_EQ(shownFor("done"), Strings{}) << "status is not part of the text";
}

TEST(ListStoreSearch, FindsRowsHydratedAfterTheSearchWasTyped) {
  std::vector<InterventionSummary> rows = page();
  ListStore store = loaded(rows);
  store.setSearch("onduleur");
  store.refresh();
  EXPECT_TRUE(store.empty());
  store.attachDetail(detail(rows[4], {.description = "onduleur"}));
  store.refresh();
  EXPECT_EQ(shownIds(store), (Strings{"5"}));
  EXPECT_EQ(store.stats().mergedFilters, 1u) << "only the hydrated row was tested";
}

TEST(ListStoreSearch, InvalidUtf8InRowsAndQueriesIsHarmless) {
  std::vector<InterventionSummary> rows = page();
  rows[0].ref = std::string("FI\xff\xfe-0003");
  ListStore store = loaded(rows);
  store.attachDetail(
      detail(rows[1], {.description = std::string("caf\xc3 \xe2\x82 ok\xed\xa0\x80")}));
  store.setSearch(std::string("\xc3"));
  store.refresh();
  EXPECT_EQ(store.size(), 6u) << "a query of bad bytes has no words";
  store.setSearch(std::string("ok\xff"));
  store.refresh();
  EXPECT_EQ(shownIds(store), (Strings{"2"}));
  store.setSearch("fi 0003");
  store.refresh();
  EXPECT_EQ(shownIds(store), (Strings{"1"}));
}

TEST(ListStoreExactRef, FindsTheRowWhoseRefIsTheQuery) {
  ListStore store = loaded();
  ASSERT_NE(store.findByRef(" fi2405-0004 "), nullptr);
  EXPECT_EQ(store.findByRef(" fi2405-0004 ")->id, "5");
  EXPECT_EQ(store.findByRef("FI2405-0004")->id, "5");
  EXPECT_EQ(store.findByRef("FI2405-000"), nullptr) << "a prefix is not the ref";
  EXPECT_EQ(store.findByRef("FI2405 0004"), nullptr);
  EXPECT_EQ(store.findByRef(""), nullptr);
  store.setSearch("0001");
  store.refresh();
  EXPECT_EQ(store.findByRef("FI2405-0004")->id, "5") << "whether or not the search shows it";
}

TEST(ListStoreExactRef, FollowsRefChangesAndDuplicates) {
  ListStore store = loaded();
  store.upsert({row("8", "FI2405-0002", "2024-05-08", 0, "draft")});  // same ref as id 4
  EXPECT_EQ(store.findByRef("FI2405-0002")->id, "4") << "the first loaded";
  store.upsert({row("4", "FI2405-0099", "2024-05-02", 7200, "validated")});
  EXPECT_EQ(store.findByRef("FI2405-0099")->id, "4");
  EXPECT_EQ(store.findByRef("FI2405-0002")->id, "8") << "the other row keeps the old ref";
}

TEST(ListStoreSort, MultiKeyIsStableAndRespectsEachDirection) {
  ListStore store = loaded();
  // Status in workflow order, then the longest first; unknown status after billed.
  store.setSort(
      {{.column = SortColumn::Status}, {.column = SortColumn::Duration, .descending = true}});
  store.refresh();
  EXPECT_EQ(shownIds(store), (Strings{"2", "6", "4", "1", "3", "5"}));
  // 1 and 3 tie on both keys: server order, also when both keys are reversed.
  store.setSort(
      {{.column = SortColumn::Status, .descending = true}, {.column = SortColumn::Duration}});
  store.refresh();
  EXPECT_EQ(shownIds(store), (Strings{"5", "1", "3", "4", "6", "2"}));
  store.setSort(
      {{.column = SortColumn::Duration}, {.column = SortColumn::Ref, .descending = true}});
  store.refresh();
  EXPECT_EQ(shownIds(store), (Strings{"6", "2", "3", "5", "1", "4"}));
}

TEST(ListStoreSort, AColumnCountsOnceAtItsFirstPlace) {
  ListStore store = loaded();
  store.setSort({{.column = SortColumn::Duration},
                 {.column = SortColumn::Duration, .descending = true},
                 {.column = SortColumn::Date, .descending = true}});
  ASSERT_EQ(store.sortSpec().size(), 2u);
  store.refresh();
  EXPECT_EQ(shownIds(store), (Strings{"6", "2", "3", "5", "1", "4"}));
}

TEST(ListStoreSort, UnusableDatesSinkInBothDirections) {
  std::vector<InterventionSummary> rows = page();
  rows[1].date = "";
  rows[4].date = "2024-13-01";
  rows[5].date = "2024-05-06T08:30:00";  // a time after the date is fine
  ListStore store = loaded(rows);
  store.setSort({{.column = SortColumn::Date}});
  store.refresh();
  EXPECT_EQ(shownIds(store), (Strings{"4", "1", "3", "6", "2", "5"}));
  store.setSort({{.column = SortColumn::Date, .descending = true}});
  store.refresh();
  EXPECT_EQ(shownIds(store), (Strings{"6", "3", "1", "4", "5", "2"}));
}

TEST(ListStoreSort, ContractRefsOfRowsNotHydratedYetComeLast) {
  std::vector<InterventionSummary> rows = page();
  ListStore store = loaded(rows);
  store.attachDetail(detail(rows[0], {.contract = "CT-B"}));
  store.attachDetail(detail(rows[1], {.contract = ""}));
  store.attachDetail(detail(rows[3], {.contract = "CT-A"}));
  store.attachDetail(detail(rows[5], {.contract = "CT-B"}));
  store.setSort({{.column = SortColumn::ContractRef}});
  store.refresh();
  // Values, then hydrated without contract, then not hydrated (3, 5 in server order).
  EXPECT_EQ(shownIds(store), (Strings{"4", "1", "6", "2", "3", "5"}));
  store.setSort({{.column = SortColumn::ContractRef, .descending = true}});
  store.refresh();
  EXPECT_EQ(shownIds(store), (Strings{"1", "6", "4", "2", "3", "5"}));
  // Hydrating a row moves it into place without a full sort.
  const std::uint64_t fullSorts = store.stats().fullSorts;
  store.attachDetail(detail(rows[4], {.contract = "CT-C"}));
  store.refresh();
  EXPECT_EQ(shownIds(store), (Strings{"5", "1", "6", "4", "2", "3"}));
  EXPECT_EQ(store.stats().fullSorts, fullSorts);
}

TEST(ListStoreSort, CustomerRefsSortLikeContractRefs) {
  std::vector<InterventionSummary> rows = page();
  ListStore store = loaded(rows);
  store.attachDetail(detail(rows[2], {.customer = "PO2"}));
  store.attachDetail(detail(rows[4], {.customer = "PO1"}));
  store.attachDetail(detail(rows[0], {}));
  store.setSort({{.column = SortColumn::CustomerRef}});
  store.refresh();
  EXPECT_EQ(shownIds(store), (Strings{"5", "3", "1", "2", "4", "6"}));
}

TEST(ListStoreSort, PagesArrivingInAnyOrderMergeIntoTheSameOrderAsOneSort) {
  // 40 rows with many ties, loaded in pages of 7 (merged) vs at once (sorted).
  std::vector<InterventionSummary> rows;
  for (int i = 0; i < 40; ++i) {
    rows.push_back(row(std::to_string(i), "R" + std::to_string(i % 9),
                       "2024-0" + std::to_string(1 + i % 5) + "-1" + std::to_string(i % 3),
                       (i * 37 % 11) * 900, i % 4 == 0 ? "done" : "draft"));
  }
  const SortSpec spec = {{.column = SortColumn::Duration, .descending = true},
                         {.column = SortColumn::Status}};
  ListStore paged;
  paged.setSort(spec);
  for (std::size_t start = 0; start < rows.size(); start += 7) {
    const std::size_t end = std::min(rows.size(), start + 7);
    paged.upsert({rows.begin() + static_cast<std::ptrdiff_t>(start),
                  rows.begin() + static_cast<std::ptrdiff_t>(end)});
    paged.refresh();
  }
  ListStore whole = loaded(rows);
  whole.setSort(spec);
  whole.refresh();
  EXPECT_EQ(shownIds(paged), shownIds(whole));
  EXPECT_EQ(paged.stats().fullSorts, 1u) << "later pages were merged";
  EXPECT_EQ(paged.stats().mergedSorts, 5u);
}

TEST(ListStoreSort, AKeystrokeFiltersTheSortedOrderWithoutSortingAgain) {
  ListStore store = loaded();
  store.setSort({{.column = SortColumn::Duration}, {.column = SortColumn::Ref}});
  store.refresh();
  const QueryStats before = store.stats();
  store.setSearch("fi");
  store.refresh();
  store.setSearch("fi2405-000");
  store.refresh();
  store.setSearch("fi2405-0003");
  store.refresh();
  EXPECT_EQ(shownIds(store), (Strings{"1"}));
  store.setSearch("fi2405-000");  // a deleted character widens: all rows are tested again
  store.refresh();
  EXPECT_EQ(shownIds(store), (Strings{"6", "2", "1", "5", "3", "4"}));
  const QueryStats& after = store.stats();
  EXPECT_EQ(after.fullSorts, before.fullSorts);
  EXPECT_EQ(after.mergedSorts, before.mergedSorts);
  EXPECT_EQ(after.narrowedScans - before.narrowedScans, 3u);
  EXPECT_EQ(after.fullScans - before.fullScans, 1u);
  // Each narrowing scans the previous matches (six rows, three times); the widening all six.
  EXPECT_EQ(after.rowsTested - before.rowsTested, 6u + 6u + 6u + 6u);
}

TEST(ListStoreSort, SameSearchWordsDoNotRefresh) {
  ListStore store = loaded();
  store.setSearch("FI2405");
  store.refresh();
  store.setSearch("  fi2405 ");
  EXPECT_FALSE(store.refresh());
  EXPECT_EQ(store.search(), "  fi2405 ") << "the box keeps what was typed";
}

TEST(ListStoreTotals, CoverTheFilteredRowsAndSaturate) {
  ListStore store = loaded();
  EXPECT_EQ(store.totals(), (Totals{.count = 6, .durationSeconds = 20700}));
  store.setSearch("0003");
  store.refresh();
  EXPECT_EQ(store.totals(), (Totals{.count = 1, .durationSeconds = 3600}));
  EXPECT_EQ(store.totalDurationSeconds(), 3600);

  ListStore hostile =
      loaded({row("1", "A", "", INT64_MAX, "done"), row("2", "B", "", INT64_MAX, "done"),
              row("3", "C", "", INT64_MIN, "done"), row("4", "D", "", INT64_MIN, "done"),
              row("5", "E", "", 5, "done")});
  // Exact whatever the order: MAX + MAX + MIN + MIN + 5 = 3.
  EXPECT_EQ(hostile.totalDurationSeconds(), 3);
  hostile.setSort({{.column = SortColumn::Ref, .descending = true}});
  hostile.refresh();
  EXPECT_EQ(hostile.totalDurationSeconds(), 3);
  hostile.setSearch("a b");
  hostile.refresh();
  EXPECT_EQ(hostile.totalDurationSeconds(), 0) << "no row has both words";
  hostile.setSearch("a");
  hostile.refresh();
  EXPECT_EQ(hostile.totalDurationSeconds(), INT64_MAX);
}

TEST(ListStoreTotals, CopyLineUsesTheLens) {
  EXPECT_EQ(totalsLine({.count = 12, .durationSeconds = 34 * 3600 + 1800}, {}),
            "12 interventions \u00b7 34:30");
  EXPECT_EQ(totalsLine({.count = 1, .durationSeconds = 5400}, {.lens = DurationLens::DecimalHours}),
            "1 intervention \u00b7 1.50 h");
  EXPECT_EQ(totalsLine({.count = 0, .durationSeconds = 0}, {.lens = DurationLens::Days}),
            "0 interventions \u00b7 0.00 d");
}

}  // namespace
}  // namespace fiche::core
