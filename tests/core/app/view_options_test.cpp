// tests/core/app: view options as the URL writes them.
#include "core/app/view_options.hpp"

#include <gtest/gtest.h>

namespace fiche::core {
namespace {

TEST(ViewOptions, SortSpecsRoundTrip) {
  const std::optional<SortSpec> spec = parseSortSpec("status_asc,date_desc,contract_asc");
  ASSERT_TRUE(spec);
  ASSERT_EQ(spec->size(), 3u);
  EXPECT_EQ((*spec)[0], (ClientSort{.column = SortColumn::Status, .descending = false}));
  EXPECT_EQ((*spec)[1], (ClientSort{.column = SortColumn::Date, .descending = true}));
  EXPECT_EQ((*spec)[2], (ClientSort{.column = SortColumn::ContractRef, .descending = false}));
  EXPECT_EQ(formatSortSpec(*spec), "status_asc,date_desc,contract_asc");
  EXPECT_EQ(formatSortSpec({}), "");
  EXPECT_EQ(formatSortSpec(*parseSortSpec("customer_desc")), "customer_desc");
}

TEST(ViewOptions, BadSortSpecsAreRefusedWhole) {
  for (const char* bad :
       {"", ",", "date", "date_up", "date_desc,", ",date_desc", "date_desc,date_asc", "nope_asc",
        "ref_asc,date_asc,duration_asc,"
        "status_asc,contract_asc",
        "_asc", "date_desc ref_asc"}) {
    EXPECT_FALSE(parseSortSpec(bad)) << bad;
  }
}

TEST(ViewOptions, GroupsAndLenses) {
  for (const GroupBy by : {GroupBy::Month, GroupBy::Week, GroupBy::Status, GroupBy::Contract}) {
    EXPECT_EQ(parseGroupBy(groupByKey(by)), by);
  }
  EXPECT_EQ(groupByKey(GroupBy::None), "");
  EXPECT_FALSE(parseGroupBy(""));
  EXPECT_FALSE(parseGroupBy("year"));
  for (const DurationLens lens :
       {DurationLens::HoursMinutes, DurationLens::DecimalHours, DurationLens::Days}) {
    EXPECT_EQ(parseLens(lensKey(lens)), lens);
  }
  EXPECT_EQ(parseLens("weeks"), DurationLens::HoursMinutes);
}

}  // namespace
}  // namespace fiche::core
