// tests/core/app: the list request a route asks for — page size bounds, date presets, sort.
#include "core/app/list_query.hpp"

#include <gtest/gtest.h>

namespace fiche::core {
namespace {

constexpr CivilDate kToday{.year = 2026, .month = 2, .day = 10};

TEST(EffectiveServerSort, NewestFirstUnlessChosen) {
  EXPECT_EQ(effectiveServerSort(Route{}), "date_desc");
  EXPECT_EQ(effectiveServerSort(Route{.sort = "ref_asc"}), "ref_asc");
  EXPECT_EQ(effectiveServerSort(Route{.clientSort = "duration_asc"}), "date_desc");
}

TEST(EffectivePerPage, RouteThenServerDefaultThen50) {
  EXPECT_EQ(effectivePerPage(Route{}, Discovery{}), kDefaultPerPage);
  EXPECT_EQ(kDefaultPerPage, 50);
  EXPECT_EQ(effectivePerPage(Route{}, Discovery{.defaultPerPage = 20}), 20);
  EXPECT_EQ(effectivePerPage(Route{.perPage = 100}, Discovery{.defaultPerPage = 20}), 100);
}

TEST(EffectivePerPage, NeverAboveTheServerMaximum) {
  const Discovery discovery{.defaultPerPage = 50, .maxPerPage = 30};
  EXPECT_EQ(effectivePerPage(Route{.perPage = 100}, discovery), 30);
  EXPECT_EQ(effectivePerPage(Route{}, discovery), 30);
  EXPECT_EQ(effectivePerPage(Route{.perPage = 10}, discovery), 10);
  EXPECT_EQ(effectivePerPage(Route{}, Discovery{.maxPerPage = 25}), 25);
  EXPECT_EQ(effectivePerPage(Route{.perPage = 1000}, Discovery{}), 1000) << "no maximum known";
}

TEST(ListQueryFor, DefaultRoute) {
  EXPECT_EQ(listQueryFor(Route{}, Discovery{}, kToday, true),
            (InterventionQuery{.page = 1, .perPage = 50, .sort = "date_desc"}));
}

TEST(ListQueryFor, CopiesStatusPageAndSort) {
  const Route route{.status = "billed", .sort = "ref_desc", .page = 4, .perPage = 25};
  EXPECT_EQ(listQueryFor(route, Discovery{}, kToday, true),
            (InterventionQuery{.page = 4, .perPage = 25, .status = "billed", .sort = "ref_desc"}));
}

TEST(ListQueryFor, SortOmittedWhenTheServerCannotSort) {
  const Route route{.sort = "ref_asc"};
  EXPECT_EQ(listQueryFor(route, Discovery{}, kToday, false).sort, "");
  EXPECT_EQ(listQueryFor(Route{}, Discovery{}, kToday, false).sort, "");
}

TEST(ListQueryFor, PageBelowOneIsOne) {
  EXPECT_EQ(listQueryFor(Route{.page = 0}, Discovery{}, kToday, true).page, 1);
  EXPECT_EQ(listQueryFor(Route{.page = -3}, Discovery{}, kToday, true).page, 1);
}

TEST(ListQueryFor, PresetsAreResolvedAgainstToday) {
  const InterventionQuery month =
      listQueryFor(Route{.period = DatePreset::ThisMonth}, Discovery{}, kToday, true);
  EXPECT_EQ(month.dateStart, "2026-02-01");
  EXPECT_EQ(month.dateEnd, "2026-02-28");
  const InterventionQuery lastMonth = listQueryFor(Route{.period = DatePreset::LastMonth},
                                                   Discovery{}, CivilDate{2025, 1, 31}, true);
  EXPECT_EQ(lastMonth.dateStart, "2024-12-01");
  EXPECT_EQ(lastMonth.dateEnd, "2024-12-31");
  const InterventionQuery quarter = listQueryFor(Route{.period = DatePreset::ThisQuarter},
                                                 Discovery{}, CivilDate{2024, 12, 31}, true);
  EXPECT_EQ(quarter.dateStart, "2024-10-01");
  EXPECT_EQ(quarter.dateEnd, "2024-12-31");
  const InterventionQuery all = listQueryFor(Route{}, Discovery{}, kToday, true);
  EXPECT_EQ(all.dateStart, "");
  EXPECT_EQ(all.dateEnd, "");
}

TEST(ListQueryFor, CustomDatesAsGivenEitherMayBeOpen) {
  Route route{.period = DatePreset::Custom, .from = "2024-01-01", .to = "2024-06-30"};
  InterventionQuery query = listQueryFor(route, Discovery{}, kToday, true);
  EXPECT_EQ(query.dateStart, "2024-01-01");
  EXPECT_EQ(query.dateEnd, "2024-06-30");
  route.from.clear();
  query = listQueryFor(route, Discovery{}, kToday, true);
  EXPECT_EQ(query.dateStart, "");
  EXPECT_EQ(query.dateEnd, "2024-06-30");
}

TEST(ListQueryFor, FromAndToIgnoredForPresets) {
  const Route route{.period = DatePreset::All, .from = "2024-01-01", .to = "2024-06-30"};
  const InterventionQuery query = listQueryFor(route, Discovery{}, kToday, true);
  EXPECT_EQ(query.dateStart, "");
  EXPECT_EQ(query.dateEnd, "");
}

TEST(ListQueryFor, PageSizeBoundedByTheServer) {
  EXPECT_EQ(listQueryFor(Route{.perPage = 500}, Discovery{.maxPerPage = 200}, kToday, true).perPage,
            200);
}

TEST(SameListRequest, IgnoresClientSortAndOpenRow) {
  const Route base{.status = "done", .page = 2};
  Route other = base;
  other.clientSort = "duration_desc";
  other.openId = "42";
  EXPECT_TRUE(sameListRequest(base, other));
  EXPECT_TRUE(sameListRequest(Route{}, Route{.sort = "date_desc"})) << "the default spelled out";
}

TEST(SameListRequest, EveryServerParameterCounts) {
  const Route base{};
  EXPECT_FALSE(sameListRequest(base, Route{.period = DatePreset::Today}));
  EXPECT_FALSE(sameListRequest(Route{.period = DatePreset::Custom, .from = "2024-01-01"},
                               Route{.period = DatePreset::Custom, .from = "2024-01-02"}));
  EXPECT_FALSE(sameListRequest(Route{.period = DatePreset::Custom, .to = "2024-01-01"},
                               Route{.period = DatePreset::Custom}));
  EXPECT_FALSE(sameListRequest(base, Route{.status = "draft"}));
  EXPECT_FALSE(sameListRequest(base, Route{.sort = "date_asc"}));
  EXPECT_FALSE(sameListRequest(base, Route{.page = 2}));
  EXPECT_FALSE(sameListRequest(base, Route{.perPage = 25}));
}

}  // namespace
}  // namespace fiche::core
