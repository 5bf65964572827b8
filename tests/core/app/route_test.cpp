// tests/core/app: Route <-> URL hash, tolerant parsing and round trips.
#include "core/app/route.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace fiche::core {
namespace {

TEST(FormatRoute, DefaultRouteIsJustThePath) {
  EXPECT_EQ(formatRoute(Route{}), "#/interventions");
}

TEST(FormatRoute, EveryKeyInFixedOrder) {
  const Route route{.period = DatePreset::Custom,
                    .from = "2024-01-01",
                    .to = "2024-03-31",
                    .status = "done",
                    .sort = "ref_asc",
                    .clientSort = "duration_desc",
                    .page = 3,
                    .perPage = 50,
                    .openId = "42"};
  EXPECT_EQ(formatRoute(route),
            "#/interventions?period=custom&from=2024-01-01&to=2024-03-31&status=done&sort=ref_asc"
            "&csort=duration_desc&page=3&per_page=50&open=42");
}

TEST(FormatRoute, OnlyNonDefaultKeys) {
  EXPECT_EQ(formatRoute(Route{.period = DatePreset::LastMonth}),
            "#/interventions?period=last_month");
  EXPECT_EQ(formatRoute(Route{.page = 2}), "#/interventions?page=2");
  EXPECT_EQ(formatRoute(Route{.openId = "7"}), "#/interventions?open=7");
  EXPECT_EQ(formatRoute(Route{.status = "draft", .perPage = 25}),
            "#/interventions?status=draft&per_page=25");
}

TEST(FormatRoute, DatesOnlyForCustom) {
  EXPECT_EQ(formatRoute(Route{.period = DatePreset::ThisYear, .from = "2024-01-01"}),
            "#/interventions?period=this_year");
  EXPECT_EQ(formatRoute(Route{.period = DatePreset::Custom, .to = "2024-12-31"}),
            "#/interventions?period=custom&to=2024-12-31");
}

TEST(FormatRoute, PercentEncodesValues) {
  EXPECT_EQ(formatRoute(Route{.openId = "a/b&c=d#e f"}),
            "#/interventions?open=a%2Fb%26c%3Dd%23e%20f");
  EXPECT_EQ(formatRoute(Route{.openId = "\xC3\xA9"}), "#/interventions?open=%C3%A9");
}

TEST(ParseRoute, EmptyAndRootGiveDefaults) {
  for (const char* hash : {"", "#", "#/", "/", "#/?page=3", "#?page=3", "?page=3"}) {
    EXPECT_EQ(parseRoute(hash), Route{}) << hash;
  }
}

TEST(ParseRoute, UnknownPathGivesDefaults) {
  for (const char* hash : {"#/other?page=3", "#/interventions/42?page=3", "#/Interventions?page=3",
                           "#interventions?page=3", "#/interventionsX?page=3",
                           "#//interventions?page=3", "#/interventions//?page=3"}) {
    EXPECT_EQ(parseRoute(hash), Route{}) << hash;
  }
}

TEST(ParseRoute, LeadingHashOptionalTrailingSlashTolerated) {
  const Route expected{.page = 4};
  EXPECT_EQ(parseRoute("#/interventions?page=4"), expected);
  EXPECT_EQ(parseRoute("/interventions?page=4"), expected);
  EXPECT_EQ(parseRoute("#/interventions/?page=4"), expected);
  EXPECT_EQ(parseRoute("#/interventions"), Route{});
  EXPECT_EQ(parseRoute("#/interventions?"), Route{});
}

TEST(ParseRoute, ReadsEveryKey) {
  const Route route = parseRoute(
      "#/interventions?period=custom&from=2024-01-01&to=2024-03-31&status=in_progress"
      "&sort=date_asc&csort=status_asc&page=12&per_page=100&open=FI%2F2024%2F7");
  EXPECT_EQ(route.period, DatePreset::Custom);
  EXPECT_EQ(route.from, "2024-01-01");
  EXPECT_EQ(route.to, "2024-03-31");
  EXPECT_EQ(route.status, "in_progress");
  EXPECT_EQ(route.sort, "date_asc");
  EXPECT_EQ(route.clientSort, "status_asc");
  EXPECT_EQ(route.page, 12);
  EXPECT_EQ(route.perPage, 100);
  EXPECT_EQ(route.openId, "FI/2024/7");
}

TEST(ParseRoute, KeyOrderDoesNotMatter) {
  EXPECT_EQ(parseRoute("#/interventions?open=9&to=2024-02-29&period=custom&page=2"),
            (Route{.period = DatePreset::Custom, .to = "2024-02-29", .page = 2, .openId = "9"}));
}

TEST(ParseRoute, UnknownKeysIgnored) {
  EXPECT_EQ(parseRoute("#/interventions?token=secret&x=1&page=2&PAGE=5&flag"), (Route{.page = 2}));
}

TEST(ParseRoute, LastOccurrenceCounts) {
  EXPECT_EQ(parseRoute("#/interventions?page=2&page=5").page, 5);
  EXPECT_EQ(parseRoute("#/interventions?page=2&page=oops").page, 1);
  EXPECT_EQ(parseRoute("#/interventions?status=a&status=b").status, "b");
}

TEST(ParseRoute, FromAndToOnlyForCustom) {
  const Route notCustom = parseRoute("#/interventions?period=today&from=2024-01-01&to=2024-01-31");
  EXPECT_EQ(notCustom.period, DatePreset::Today);
  EXPECT_TRUE(notCustom.from.empty());
  EXPECT_TRUE(notCustom.to.empty());
  const Route noPeriod = parseRoute("#/interventions?from=2024-01-01");
  EXPECT_EQ(noPeriod, Route{});
  // The period may come after the dates.
  EXPECT_EQ(parseRoute("#/interventions?from=2024-01-01&period=custom").from, "2024-01-01");
}

TEST(ParseRoute, InvalidPeriodFallsBackAlone) {
  EXPECT_EQ(parseRoute("#/interventions?period=yesterday&page=3"), (Route{.page = 3}));
  EXPECT_EQ(parseRoute("#/interventions?period=CUSTOM&from=2024-01-01"), Route{});
  EXPECT_EQ(parseRoute("#/interventions?period=&page=3"), (Route{.page = 3}));
}

TEST(ParseRoute, InvalidDatesFallBackAlone) {
  for (const char* bad : {"2024-02-30", "2023-02-29", "2024-1-01", "24-01-01", "2024-01-01T00", "",
                          "today", "2024%2F01%2F01"}) {
    const Route route =
        parseRoute(std::string("#/interventions?period=custom&from=") + bad + "&to=2024-12-31");
    EXPECT_EQ(route.period, DatePreset::Custom) << bad;
    EXPECT_EQ(route.from, "") << bad;
    EXPECT_EQ(route.to, "2024-12-31") << bad;
  }
  EXPECT_EQ(parseRoute("#/interventions?period=custom&from=2024%2D02%2D29").from, "2024-02-29");
}

TEST(ParseRoute, StatusRules) {
  EXPECT_EQ(parseRoute("#/interventions?status=done").status, "done");
  EXPECT_EQ(parseRoute("#/interventions?status=to-do_2").status, "to-do_2");
  EXPECT_EQ(parseRoute("#/interventions?status=" + std::string(32, 's')).status,
            std::string(32, 's'));
  for (const std::string& bad :
       {std::string(33, 's'), std::string("Done"), std::string("a+b"), std::string("a%20b"),
        std::string("a.b"), std::string(""), std::string("%C3%A9"), std::string("a%00")}) {
    const Route route = parseRoute("#/interventions?status=" + bad + "&page=2");
    EXPECT_EQ(route.status, "") << bad;
    EXPECT_EQ(route.page, 2) << bad;
  }
}

TEST(ParseRoute, SortRules) {
  for (const char* sort : {"date_desc", "date_asc", "ref_asc", "ref_desc"}) {
    EXPECT_EQ(parseRoute(std::string("#/interventions?sort=") + sort).sort, sort);
  }
  for (const char* csort : {"duration_asc", "duration_desc", "status_asc", "status_desc"}) {
    EXPECT_EQ(parseRoute(std::string("#/interventions?csort=") + csort).clientSort, csort);
  }
  EXPECT_EQ(parseRoute("#/interventions?sort=duration_asc").sort, "");
  EXPECT_EQ(parseRoute("#/interventions?csort=date_desc").clientSort, "");
  EXPECT_EQ(parseRoute("#/interventions?sort=DATE_DESC").sort, "");
  EXPECT_EQ(parseRoute("#/interventions?sort=date_desc%20").sort, "");
  EXPECT_EQ(parseRoute("#/interventions?clientSort=status_asc").clientSort, "");
}

TEST(ParseRoute, PageRules) {
  EXPECT_EQ(parseRoute("#/interventions?page=1").page, 1);
  EXPECT_EQ(parseRoute("#/interventions?page=1000000").page, 1000000);
  EXPECT_EQ(parseRoute("#/interventions?page=007").page, 7);
  for (const char* bad : {"0", "-1", "+2", " 2", "2 ", "2.0", "1e3", "0x10", "1000001",
                          "99999999999999999999", "", "two", "%2B2"}) {
    EXPECT_EQ(parseRoute(std::string("#/interventions?page=") + bad).page, 1) << bad;
  }
}

TEST(ParseRoute, PerPageRules) {
  EXPECT_EQ(parseRoute("#/interventions?per_page=1").perPage, 1);
  EXPECT_EQ(parseRoute("#/interventions?per_page=1000").perPage, 1000);
  for (const char* bad : {"0", "1001", "-5", "", "abc", "20x"}) {
    EXPECT_EQ(parseRoute(std::string("#/interventions?per_page=") + bad).perPage, 0) << bad;
  }
}

TEST(ParseRoute, OpenRules) {
  EXPECT_EQ(parseRoute("#/interventions?open=" + std::string(128, 'x')).openId,
            std::string(128, 'x'));
  EXPECT_EQ(parseRoute("#/interventions?open=" + std::string(129, 'x')).openId, "");
  EXPECT_EQ(parseRoute("#/interventions?open=").openId, "");
  EXPECT_EQ(parseRoute("#/interventions?open=a%0Ab").openId, "");
  EXPECT_EQ(parseRoute("#/interventions?open=a%00b").openId, "");
  EXPECT_EQ(parseRoute("#/interventions?open=a%7Fb").openId, "");
  EXPECT_EQ(parseRoute("#/interventions?open=a%09b").openId, "");
  EXPECT_EQ(parseRoute("#/interventions?open=a+b").openId, "a b");
  // 128 bytes is counted after decoding: 64 two-byte characters fit, 65 do not.
  std::string encoded64;
  for (int i = 0; i < 64; ++i) encoded64 += "%C3%A9";
  EXPECT_EQ(parseRoute("#/interventions?open=" + encoded64).openId.size(), 128u);
  EXPECT_EQ(parseRoute("#/interventions?open=" + encoded64 + "%C3%A9").openId, "");
}

TEST(ParseRoute, InvalidValuesDoNotAffectEachOther) {
  const Route route = parseRoute(
      "#/interventions?period=custom&from=bad&to=2024-06-30&status=BAD&sort=ref_desc"
      "&csort=nope&page=0&per_page=20&open=%01");
  EXPECT_EQ(
      route,
      (Route{.period = DatePreset::Custom, .to = "2024-06-30", .sort = "ref_desc", .perPage = 20}));
}

TEST(ParseRoute, InvalidEscapesAreKeptAsText) {
  EXPECT_EQ(parseRoute("#/interventions?open=50%25%zz").openId, "50%%zz");
}

TEST(Route, RoundTrips) {
  std::vector<Route> routes = {
      Route{},
      Route{.period = DatePreset::Today},
      Route{.period = DatePreset::Custom},
      Route{.period = DatePreset::Custom, .from = "2024-02-29"},
      Route{.period = DatePreset::Custom, .to = "1999-12-31"},
      Route{.period = DatePreset::Custom,
            .from = "2024-01-01",
            .to = "2024-12-31",
            .status = "in-progress_1",
            .sort = "date_desc",
            .clientSort = "status_desc",
            .page = 1000000,
            .perPage = 1000,
            .openId = "FI2405-0001"},
      Route{.sort = "ref_desc", .page = 2},
      Route{.clientSort = "duration_asc", .perPage = 1},
      Route{.openId = "a/b"},
      Route{.openId = "a&b=c"},
      Route{.openId = "#hash?query"},
      Route{.openId = " spaces  and+plus "},
      Route{.openId = "%41%"},
      Route{.openId = "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x93\x84"},
      Route{.openId = "\\..\\"},
      Route{.openId = std::string(128, '/')},
  };
  for (const DatePreset preset : kAllPresets) routes.push_back(Route{.period = preset});
  for (const Route& route : routes) {
    const std::string hash = formatRoute(route);
    EXPECT_EQ(parseRoute(hash), route) << hash;
    // The hash itself never holds characters that would end or split it.
    EXPECT_EQ(hash.find('#', 1), std::string::npos) << hash;
    EXPECT_EQ(hash.find(' '), std::string::npos) << hash;
    EXPECT_EQ(hash.find('?'), hash.rfind('?')) << hash;
  }
}

TEST(Route, WholeHistoryOptionsRoundTrip) {
  const Route route{.status = "done",
                    .search = "onduleur électrique %s&x=1",
                    .order = "status_asc,date_desc",
                    .group = "contract",
                    .lens = "days",
                    .hoursPerDay = 7,
                    .openId = "42"};
  const std::string hash = formatRoute(route);
  EXPECT_EQ(hash,
            "#/interventions?status=done&q=onduleur%20%C3%A9lectrique%20%25s%26x%3D1"
            "&order=status_asc%2Cdate_desc&group=contract&lens=days&day=7&open=42");
  EXPECT_EQ(parseRoute(hash), route);
  EXPECT_TRUE(parseRoute("#/interventions?paging=server&page=3").serverPages);
  EXPECT_EQ(formatRoute(Route{.serverPages = true}), "#/interventions?paging=server");
}

TEST(Route, InvalidWholeHistoryOptionsFallBackOneByOne) {
  const Route route = parseRoute(
      "#/interventions?q=%01bell&order=date_desc,date_asc&group=year&lens=weeks&day=25"
      "&paging=client&status=done");
  EXPECT_EQ(route.search, "");
  EXPECT_EQ(route.order, "");
  EXPECT_EQ(route.group, "");
  EXPECT_EQ(route.lens, "");
  EXPECT_EQ(route.hoursPerDay, 0);
  EXPECT_FALSE(route.serverPages);
  EXPECT_EQ(route.status, "done") << "the valid key next to them is kept";
  EXPECT_EQ(parseRoute("#/interventions?q=" + std::string(201, 'a')).search, "");
  EXPECT_EQ(parseRoute("#/interventions?q=" + std::string(200, 'a')).search.size(), 200u);
}

TEST(Route, FormatOfParseIsStable) {
  for (const char* hash : {"#/interventions?page=2&period=custom&to=2024-01-02&junk=1",
                           "/interventions/?open=x%2Fy&status=ok&page=0", "#/nowhere?page=4"}) {
    const std::string once = formatRoute(parseRoute(hash));
    EXPECT_EQ(formatRoute(parseRoute(once)), once) << hash;
  }
}

}  // namespace
}  // namespace fiche::core
