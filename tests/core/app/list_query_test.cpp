// tests/core/app: the list request a route asks for — page size bounds, date presets, sort.
#include "core/app/list_query.hpp"

#include <gtest/gtest.h>

namespace fiche::core {
namespace {

constexpr CivilDate kToday{.year = 2026, .month = 2, .day = 10};

TEST(EffectiveServerSort, NewestFirstUnlessChosen) {
  EXPECT_EQ(effectiveServerSort(Route{.serverPages = true}), "date_desc");
  EXPECT_EQ(effectiveServerSort(Route{.serverPages = true, .sort = "ref_asc"}), "ref_asc");
  EXPECT_EQ(effectiveServerSort(Route{.serverPages = true, .clientSort = "duration_asc"}),
            "date_desc");
}

TEST(EffectivePerPage, RouteThenServerDefaultThen50) {
  EXPECT_EQ(effectivePerPage(Route{.serverPages = true}, Discovery{}), kDefaultPerPage);
  EXPECT_EQ(kDefaultPerPage, 50);
  EXPECT_EQ(effectivePerPage(Route{.serverPages = true}, Discovery{.defaultPerPage = 20}), 20);
  EXPECT_EQ(
      effectivePerPage(Route{.serverPages = true, .perPage = 100}, Discovery{.defaultPerPage = 20}),
      100);
}

TEST(EffectivePerPage, NeverAboveTheServerMaximum) {
  const Discovery discovery{.defaultPerPage = 50, .maxPerPage = 30};
  EXPECT_EQ(effectivePerPage(Route{.serverPages = true, .perPage = 100}, discovery), 30);
  EXPECT_EQ(effectivePerPage(Route{.serverPages = true}, discovery), 30);
  EXPECT_EQ(effectivePerPage(Route{.serverPages = true, .perPage = 10}, discovery), 10);
  EXPECT_EQ(effectivePerPage(Route{.serverPages = true}, Discovery{.maxPerPage = 25}), 25);
  EXPECT_EQ(effectivePerPage(Route{.serverPages = true, .perPage = 1000}, Discovery{}), 1000)
      << "no maximum known";
}

TEST(ListQueryFor, DefaultRoute) {
  EXPECT_EQ(listQueryFor(Route{.serverPages = true}, Discovery{}, kToday, true),
            (InterventionQuery{.page = 1, .perPage = 50, .sort = "date_desc"}));
}

TEST(ListQueryFor, CopiesStatusPageAndSort) {
  const Route route{
      .serverPages = true, .status = "billed", .sort = "ref_desc", .page = 4, .perPage = 25};
  EXPECT_EQ(listQueryFor(route, Discovery{}, kToday, true),
            (InterventionQuery{.page = 4, .perPage = 25, .status = "billed", .sort = "ref_desc"}));
}

TEST(ListQueryFor, SortOmittedWhenTheServerCannotSort) {
  const Route route{.serverPages = true, .sort = "ref_asc"};
  EXPECT_EQ(listQueryFor(route, Discovery{}, kToday, false).sort, "");
  EXPECT_EQ(listQueryFor(Route{.serverPages = true}, Discovery{}, kToday, false).sort, "");
}

TEST(ListQueryFor, PageBelowOneIsOne) {
  EXPECT_EQ(listQueryFor(Route{.serverPages = true, .page = 0}, Discovery{}, kToday, true).page, 1);
  EXPECT_EQ(listQueryFor(Route{.serverPages = true, .page = -3}, Discovery{}, kToday, true).page,
            1);
}

TEST(ListQueryFor, PresetsAreResolvedAgainstToday) {
  const InterventionQuery month = listQueryFor(
      Route{.serverPages = true, .period = DatePreset::ThisMonth}, Discovery{}, kToday, true);
  EXPECT_EQ(month.dateStart, "2026-02-01");
  EXPECT_EQ(month.dateEnd, "2026-02-28");
  const InterventionQuery lastMonth =
      listQueryFor(Route{.serverPages = true, .period = DatePreset::LastMonth}, Discovery{},
                   CivilDate{2025, 1, 31}, true);
  EXPECT_EQ(lastMonth.dateStart, "2024-12-01");
  EXPECT_EQ(lastMonth.dateEnd, "2024-12-31");
  const InterventionQuery quarter =
      listQueryFor(Route{.serverPages = true, .period = DatePreset::ThisQuarter}, Discovery{},
                   CivilDate{2024, 12, 31}, true);
  EXPECT_EQ(quarter.dateStart, "2024-10-01");
  EXPECT_EQ(quarter.dateEnd, "2024-12-31");
  const InterventionQuery all = listQueryFor(Route{.serverPages = true}, Discovery{}, kToday, true);
  EXPECT_EQ(all.dateStart, "");
  EXPECT_EQ(all.dateEnd, "");
}

TEST(ListQueryFor, CustomDatesAsGivenEitherMayBeOpen) {
  Route route{
      .serverPages = true, .period = DatePreset::Custom, .from = "2024-01-01", .to = "2024-06-30"};
  InterventionQuery query = listQueryFor(route, Discovery{}, kToday, true);
  EXPECT_EQ(query.dateStart, "2024-01-01");
  EXPECT_EQ(query.dateEnd, "2024-06-30");
  route.from.clear();
  query = listQueryFor(route, Discovery{}, kToday, true);
  EXPECT_EQ(query.dateStart, "");
  EXPECT_EQ(query.dateEnd, "2024-06-30");
}

TEST(ListQueryFor, FromAndToIgnoredForPresets) {
  const Route route{
      .serverPages = true, .period = DatePreset::All, .from = "2024-01-01", .to = "2024-06-30"};
  const InterventionQuery query = listQueryFor(route, Discovery{}, kToday, true);
  EXPECT_EQ(query.dateStart, "");
  EXPECT_EQ(query.dateEnd, "");
}

TEST(ListQueryFor, PageSizeBoundedByTheServer) {
  EXPECT_EQ(listQueryFor(Route{.serverPages = true, .perPage = 500}, Discovery{.maxPerPage = 200},
                         kToday, true)
                .perPage,
            200);
}

TEST(SameListRequest, IgnoresClientSortAndOpenRow) {
  const Route base{.serverPages = true, .status = "done", .page = 2};
  Route other = base;
  other.clientSort = "duration_desc";
  other.openId = "42";
  EXPECT_TRUE(sameListRequest(base, other));
  EXPECT_TRUE(
      sameListRequest(Route{.serverPages = true}, Route{.serverPages = true, .sort = "date_desc"}))
      << "the default spelled out";
}

TEST(SameListRequest, EveryServerParameterCounts) {
  const Route base{.serverPages = true};
  EXPECT_FALSE(sameListRequest(base, Route{.serverPages = true, .period = DatePreset::Today}));
  EXPECT_FALSE(sameListRequest(
      Route{.serverPages = true, .period = DatePreset::Custom, .from = "2024-01-01"},
      Route{.serverPages = true, .period = DatePreset::Custom, .from = "2024-01-02"}));
  EXPECT_FALSE(
      sameListRequest(Route{.serverPages = true, .period = DatePreset::Custom, .to = "2024-01-01"},
                      Route{.serverPages = true, .period = DatePreset::Custom}));
  EXPECT_FALSE(sameListRequest(base, Route{.serverPages = true, .status = "draft"}));
  EXPECT_FALSE(sameListRequest(base, Route{.serverPages = true, .sort = "date_asc"}));
  EXPECT_FALSE(sameListRequest(base, Route{.serverPages = true, .page = 2}));
  EXPECT_FALSE(sameListRequest(base, Route{.serverPages = true, .perPage = 25}));
}

TEST(ListQueryFor, TheWholeHistoryAsksForPageOneOfTheLargestPagesNewestFirst) {
  const Route route{.status = "done", .order = "duration_asc", .page = 9, .perPage = 25};
  EXPECT_EQ(listQueryFor(route, Discovery{}, kToday, true),
            (InterventionQuery{.page = 1, .perPage = 200, .status = "done", .sort = "date_desc"}));
  EXPECT_EQ(listQueryFor(route, Discovery{.maxPerPage = 100}, kToday, true).perPage, 100);
  EXPECT_EQ(listQueryFor(route, Discovery{.maxPerPage = 500}, kToday, true).perPage, 200);
}

TEST(SameListRequest, TheWholeHistoryDependsOnlyOnTheServerFilter) {
  const Route base{.status = "done"};
  EXPECT_TRUE(sameListRequest(base, Route{.status = "done",
                                          .search = "x",
                                          .order = "ref_asc",
                                          .group = "week",
                                          .sort = "ref_asc",
                                          .page = 3,
                                          .lens = "days",
                                          .openId = "1"}));
  EXPECT_FALSE(sameListRequest(base, Route{.status = "draft"}));
  EXPECT_FALSE(sameListRequest(base, Route{.serverPages = true, .status = "done"}))
      << "switching modes asks again";
}

}  // namespace
}  // namespace fiche::core
