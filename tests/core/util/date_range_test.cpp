// tests/core/util: date presets across week, month, quarter and year boundaries.
#include "core/util/date_range.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace fiche::core {
namespace {

DateRange range(CivilDate from, CivilDate to) {
  return DateRange{.from = from, .to = to};
}

TEST(DateRange, AllAndCustomAreOpen) {
  const CivilDate today{2024, 5, 18};
  EXPECT_EQ(presetRange(DatePreset::All, today), DateRange{});
  EXPECT_EQ(presetRange(DatePreset::Custom, today), DateRange{});
  EXPECT_FALSE(presetRange(DatePreset::All, today).from.has_value());
  EXPECT_FALSE(presetRange(DatePreset::Custom, today).to.has_value());
}

TEST(DateRange, Today) {
  EXPECT_EQ(presetRange(DatePreset::Today, {2024, 2, 29}), range({2024, 2, 29}, {2024, 2, 29}));
}

TEST(DateRange, WeekStartsOnMonday) {
  // 2024-05-15 is a Wednesday.
  EXPECT_EQ(presetRange(DatePreset::ThisWeek, {2024, 5, 15}), range({2024, 5, 13}, {2024, 5, 19}));
  EXPECT_EQ(presetRange(DatePreset::LastWeek, {2024, 5, 15}), range({2024, 5, 6}, {2024, 5, 12}));
}

TEST(DateRange, MondayTodayStartsItsOwnWeek) {
  // 2024-05-13 is a Monday.
  EXPECT_EQ(presetRange(DatePreset::ThisWeek, {2024, 5, 13}), range({2024, 5, 13}, {2024, 5, 19}));
  EXPECT_EQ(presetRange(DatePreset::LastWeek, {2024, 5, 13}), range({2024, 5, 6}, {2024, 5, 12}));
}

TEST(DateRange, SundayTodayEndsItsWeek) {
  // 2024-05-19 is a Sunday: still the week that started on Monday the 13th.
  EXPECT_EQ(presetRange(DatePreset::ThisWeek, {2024, 5, 19}), range({2024, 5, 13}, {2024, 5, 19}));
  EXPECT_EQ(presetRange(DatePreset::LastWeek, {2024, 5, 19}), range({2024, 5, 6}, {2024, 5, 12}));
}

TEST(DateRange, WeeksAcrossNewYear) {
  // 2025-01-01 is a Wednesday; its week started on Monday 2024-12-30.
  EXPECT_EQ(presetRange(DatePreset::ThisWeek, {2025, 1, 1}), range({2024, 12, 30}, {2025, 1, 5}));
  EXPECT_EQ(presetRange(DatePreset::LastWeek, {2025, 1, 1}), range({2024, 12, 23}, {2024, 12, 29}));
  // 2024-01-07 is a Sunday; last week straddles New Year.
  EXPECT_EQ(presetRange(DatePreset::LastWeek, {2024, 1, 7}), range({2023, 12, 25}, {2023, 12, 31}));
  EXPECT_EQ(presetRange(DatePreset::LastWeek, {2024, 1, 8}), range({2024, 1, 1}, {2024, 1, 7}));
  EXPECT_EQ(presetRange(DatePreset::LastWeek, {2021, 1, 4}), range({2020, 12, 28}, {2021, 1, 3}));
}

TEST(DateRange, WeeksAcrossLeapDay) {
  // 2024-03-01 is a Friday.
  EXPECT_EQ(presetRange(DatePreset::ThisWeek, {2024, 3, 1}), range({2024, 2, 26}, {2024, 3, 3}));
  EXPECT_EQ(presetRange(DatePreset::ThisWeek, {2023, 3, 1}), range({2023, 2, 27}, {2023, 3, 5}));
}

TEST(DateRange, EveryDayOfAWeekGivesTheSameWeek) {
  for (int day = 13; day <= 19; ++day) {
    EXPECT_EQ(presetRange(DatePreset::ThisWeek, {2024, 5, day}),
              range({2024, 5, 13}, {2024, 5, 19}))
        << day;
  }
  EXPECT_NE(presetRange(DatePreset::ThisWeek, {2024, 5, 20}), range({2024, 5, 13}, {2024, 5, 19}));
}

TEST(DateRange, Months) {
  EXPECT_EQ(presetRange(DatePreset::ThisMonth, {2024, 4, 30}), range({2024, 4, 1}, {2024, 4, 30}));
  EXPECT_EQ(presetRange(DatePreset::ThisMonth, {2024, 12, 1}),
            range({2024, 12, 1}, {2024, 12, 31}));
  EXPECT_EQ(presetRange(DatePreset::LastMonth, {2024, 5, 31}), range({2024, 4, 1}, {2024, 4, 30}));
}

TEST(DateRange, LastMonthInJanuaryIsLastDecember) {
  EXPECT_EQ(presetRange(DatePreset::LastMonth, {2024, 1, 1}), range({2023, 12, 1}, {2023, 12, 31}));
  EXPECT_EQ(presetRange(DatePreset::LastMonth, {2024, 1, 31}),
            range({2023, 12, 1}, {2023, 12, 31}));
}

TEST(DateRange, FebruaryHonoursLeapYears) {
  EXPECT_EQ(presetRange(DatePreset::ThisMonth, {2024, 2, 10}), range({2024, 2, 1}, {2024, 2, 29}));
  EXPECT_EQ(presetRange(DatePreset::ThisMonth, {2023, 2, 10}), range({2023, 2, 1}, {2023, 2, 28}));
  EXPECT_EQ(presetRange(DatePreset::LastMonth, {2024, 3, 31}), range({2024, 2, 1}, {2024, 2, 29}));
  EXPECT_EQ(presetRange(DatePreset::LastMonth, {2100, 3, 1}), range({2100, 2, 1}, {2100, 2, 28}));
  EXPECT_EQ(presetRange(DatePreset::LastMonth, {2000, 3, 1}), range({2000, 2, 1}, {2000, 2, 29}));
}

TEST(DateRange, Quarters) {
  struct Case {
    CivilDate today;
    DateRange expected;
  };
  for (const Case& c : {
           Case{{2024, 1, 1}, range({2024, 1, 1}, {2024, 3, 31})},
           Case{{2024, 3, 31}, range({2024, 1, 1}, {2024, 3, 31})},
           Case{{2024, 4, 1}, range({2024, 4, 1}, {2024, 6, 30})},
           Case{{2024, 6, 30}, range({2024, 4, 1}, {2024, 6, 30})},
           Case{{2024, 7, 1}, range({2024, 7, 1}, {2024, 9, 30})},
           Case{{2024, 9, 30}, range({2024, 7, 1}, {2024, 9, 30})},
           Case{{2024, 10, 1}, range({2024, 10, 1}, {2024, 12, 31})},
           Case{{2024, 12, 31}, range({2024, 10, 1}, {2024, 12, 31})},
           Case{{2024, 2, 29}, range({2024, 1, 1}, {2024, 3, 31})},
       }) {
    EXPECT_EQ(presetRange(DatePreset::ThisQuarter, c.today), c.expected) << formatIsoDate(c.today);
  }
}

TEST(DateRange, Years) {
  EXPECT_EQ(presetRange(DatePreset::ThisYear, {2024, 1, 1}), range({2024, 1, 1}, {2024, 12, 31}));
  EXPECT_EQ(presetRange(DatePreset::ThisYear, {2024, 12, 31}), range({2024, 1, 1}, {2024, 12, 31}));
  EXPECT_EQ(presetRange(DatePreset::LastYear, {2024, 1, 1}), range({2023, 1, 1}, {2023, 12, 31}));
  EXPECT_EQ(presetRange(DatePreset::LastYear, {2000, 6, 15}), range({1999, 1, 1}, {1999, 12, 31}));
}

TEST(DateRange, EveryRangeContainsTodayOrPrecedesIt) {
  // Over three years of days, each "this" range holds today and each "last" range ends on the
  // day before its "this" range starts.
  const std::int64_t start = daysFromCivil({2023, 1, 1});
  for (std::int64_t d = start; d < start + 3 * 366; ++d) {
    const CivilDate today = civilFromDays(d);
    for (const auto& [current, previous] :
         {std::pair{DatePreset::ThisWeek, DatePreset::LastWeek},
          std::pair{DatePreset::ThisMonth, DatePreset::LastMonth},
          std::pair{DatePreset::ThisYear, DatePreset::LastYear}}) {
      const DateRange now = presetRange(current, today);
      const DateRange before = presetRange(previous, today);
      ASSERT_TRUE(now.from && now.to && before.from && before.to);
      EXPECT_LE(*now.from, today) << formatIsoDate(today);
      EXPECT_GE(*now.to, today) << formatIsoDate(today);
      EXPECT_EQ(daysFromCivil(*before.to) + 1, daysFromCivil(*now.from)) << formatIsoDate(today);
      EXPECT_LE(*before.from, *before.to);
    }
    const DateRange quarter = presetRange(DatePreset::ThisQuarter, today);
    ASSERT_TRUE(quarter.from && quarter.to);
    EXPECT_LE(*quarter.from, today);
    EXPECT_GE(*quarter.to, today);
    EXPECT_EQ(weekday(*presetRange(DatePreset::ThisWeek, today).from), 0);
    EXPECT_EQ(weekday(*presetRange(DatePreset::ThisWeek, today).to), 6);
  }
}

TEST(DatePresetNames, KeysRoundTripAndAreDistinct) {
  std::set<std::string_view> keys;
  std::set<std::string_view> labels;
  for (const DatePreset preset : kAllPresets) {
    EXPECT_EQ(presetFromKey(presetKey(preset)), preset) << presetKey(preset);
    keys.insert(presetKey(preset));
    labels.insert(presetLabel(preset));
  }
  EXPECT_EQ(keys.size(), kAllPresets.size());
  EXPECT_EQ(labels.size(), kAllPresets.size());
}

TEST(DatePresetNames, ExactKeysAndLabels) {
  EXPECT_EQ(presetKey(DatePreset::All), "all");
  EXPECT_EQ(presetKey(DatePreset::ThisQuarter), "this_quarter");
  EXPECT_EQ(presetKey(DatePreset::LastYear), "last_year");
  EXPECT_EQ(presetKey(DatePreset::Custom), "custom");
  EXPECT_EQ(presetLabel(DatePreset::All), "All dates");
  EXPECT_EQ(presetLabel(DatePreset::LastWeek), "Last week");
  EXPECT_EQ(presetLabel(DatePreset::Custom), "Custom");
}

TEST(DatePresetNames, OrderIsThePickerOrder) {
  ASSERT_EQ(kAllPresets.size(), 10u);
  EXPECT_EQ(kAllPresets.front(), DatePreset::All);
  EXPECT_EQ(kAllPresets[3], DatePreset::LastWeek);
  EXPECT_EQ(kAllPresets[6], DatePreset::ThisQuarter);
  EXPECT_EQ(kAllPresets.back(), DatePreset::Custom);
}

TEST(DatePresetNames, UnknownKeysAreRejected) {
  for (const char* bad : {"", "All", "TODAY", "this-week", " today", "today ", "thisweek",
                          "last_quarter", "custom\n"}) {
    EXPECT_EQ(presetFromKey(bad), std::nullopt) << bad;
  }
}

}  // namespace
}  // namespace fiche::core
