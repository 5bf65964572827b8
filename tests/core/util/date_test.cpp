// tests/core/util: ISO dates, leap years, day arithmetic, weekdays.
#include "core/util/date.hpp"

#include <gtest/gtest.h>

#include <cstdint>

namespace fiche::core {
namespace {

TEST(Date, ParsesStrictIsoDates) {
  EXPECT_EQ(parseIsoDate("2024-05-18"), (CivilDate{2024, 5, 18}));
  EXPECT_EQ(parseIsoDate("0001-01-01"), (CivilDate{1, 1, 1}));
  EXPECT_EQ(parseIsoDate("9999-12-31"), (CivilDate{9999, 12, 31}));
}

TEST(Date, RejectsMalformedAndImpossibleDates) {
  for (const char* bad :
       {"", "2024-5-18", "2024-05-1", "2024/05/18", "2024-05-18T00:00:00Z", " 2024-05-18",
        "2024-13-01", "2024-00-10", "2024-04-31", "2023-02-29", "1900-02-29", "2024-02-30",
        "2024-05-00", "+024-05-18", "2024-0a-18", "20240518xx"}) {
    EXPECT_EQ(parseIsoDate(bad), std::nullopt) << bad;
  }
}

TEST(Date, LeapYears) {
  EXPECT_TRUE(parseIsoDate("2024-02-29"));
  EXPECT_TRUE(parseIsoDate("2000-02-29"));
  EXPECT_FALSE(parseIsoDate("2100-02-29"));
  EXPECT_TRUE(isLeapYear(2000));
  EXPECT_FALSE(isLeapYear(1900));
  EXPECT_TRUE(isLeapYear(2024));
  EXPECT_FALSE(isLeapYear(2023));
  EXPECT_EQ(daysInMonth(2024, 2), 29);
  EXPECT_EQ(daysInMonth(2023, 2), 28);
  EXPECT_EQ(daysInMonth(2023, 13), 0);
}

TEST(Date, Formats) {
  EXPECT_EQ(formatIsoDate({2024, 5, 8}), "2024-05-08");
  EXPECT_EQ(formatIsoDate({7, 1, 1}), "0007-01-01");
}

TEST(Date, KnownDayNumbers) {
  EXPECT_EQ(daysFromCivil({1970, 1, 1}), 0);
  EXPECT_EQ(daysFromCivil({1969, 12, 31}), -1);
  EXPECT_EQ(daysFromCivil({2000, 3, 1}), 11017);
  EXPECT_EQ(daysFromCivil({2024, 5, 18}), 19861);
  EXPECT_EQ(civilFromDays(19861), (CivilDate{2024, 5, 18}));
}

TEST(Date, BoundariesAreOneDayApart) {
  EXPECT_EQ(daysFromCivil({2024, 3, 1}) - daysFromCivil({2024, 2, 29}), 1);
  EXPECT_EQ(daysFromCivil({2023, 3, 1}) - daysFromCivil({2023, 2, 28}), 1);
  EXPECT_EQ(daysFromCivil({2025, 1, 1}) - daysFromCivil({2024, 12, 31}), 1);
  EXPECT_EQ(daysFromCivil({2024, 5, 1}) - daysFromCivil({2024, 4, 30}), 1);
  EXPECT_EQ(daysFromCivil({2025, 1, 1}) - daysFromCivil({2024, 1, 1}), 366);
  EXPECT_EQ(daysFromCivil({2024, 1, 1}) - daysFromCivil({2023, 1, 1}), 365);
}

TEST(Date, RoundTripsOverARangeOfDays) {
  // About 1600-01-01 .. 2400-01-01, crossing eras, negative day numbers and century rules.
  CivilDate expected{1600, 1, 1};
  const std::int64_t first = daysFromCivil(expected);
  for (std::int64_t d = first; d < first + 292200; ++d) {
    const CivilDate c = civilFromDays(d);
    ASSERT_EQ(c, expected) << d;
    ASSERT_EQ(daysFromCivil(c), d);
    ASSERT_EQ(parseIsoDate(formatIsoDate(c)), c);
    // Advance expected by hand, independently of the algorithms under test.
    if (++expected.day > daysInMonth(expected.year, expected.month)) {
      expected.day = 1;
      if (++expected.month > 12) {
        expected.month = 1;
        ++expected.year;
      }
    }
  }
}

TEST(Date, Weekday) {
  EXPECT_EQ(weekday({1970, 1, 1}), 3);    // Thursday
  EXPECT_EQ(weekday({2024, 5, 18}), 5);   // Saturday
  EXPECT_EQ(weekday({2024, 5, 20}), 0);   // Monday
  EXPECT_EQ(weekday({1969, 12, 29}), 0);  // Monday, before the epoch
  EXPECT_EQ(weekday({2000, 1, 1}), 5);    // Saturday
}

TEST(Date, Ordering) {
  EXPECT_LT((CivilDate{2024, 5, 18}), (CivilDate{2024, 5, 19}));
  EXPECT_LT((CivilDate{2023, 12, 31}), (CivilDate{2024, 1, 1}));
  EXPECT_GT((CivilDate{2024, 6, 1}), (CivilDate{2024, 5, 31}));
}

TEST(Date, IsoWeeks) {
  EXPECT_EQ(isoWeek({2024, 5, 13}), (IsoWeek{2024, 20}));  // Monday
  EXPECT_EQ(isoWeek({2024, 5, 19}), (IsoWeek{2024, 20}));  // Sunday
  EXPECT_EQ(isoWeek({2024, 5, 20}), (IsoWeek{2024, 21}));
  // Week 1 holds the first Thursday: 2025-01-02. Its Monday is 2024-12-30.
  EXPECT_EQ(isoWeek({2024, 12, 29}), (IsoWeek{2024, 52}));
  EXPECT_EQ(isoWeek({2024, 12, 30}), (IsoWeek{2025, 1}));
  EXPECT_EQ(isoWeek({2025, 1, 5}), (IsoWeek{2025, 1}));
  // 2020 has 53 weeks (it starts on a Wednesday and is a leap year); 2021-01-03 is in it.
  EXPECT_EQ(isoWeek({2020, 12, 31}), (IsoWeek{2020, 53}));
  EXPECT_EQ(isoWeek({2021, 1, 3}), (IsoWeek{2020, 53}));
  EXPECT_EQ(isoWeek({2021, 1, 4}), (IsoWeek{2021, 1}));
  // 2026 starts on a Thursday: 53 weeks, and 1 January is in week 1.
  EXPECT_EQ(isoWeek({2026, 1, 1}), (IsoWeek{2026, 1}));
  EXPECT_EQ(isoWeek({2026, 12, 31}), (IsoWeek{2026, 53}));
  EXPECT_EQ(isoWeek({2027, 1, 3}), (IsoWeek{2026, 53}));
  EXPECT_EQ(isoWeek({2027, 1, 4}), (IsoWeek{2027, 1}));
}

TEST(Date, IsoWeeksAreSevenDaysFromMondayOverYears) {
  // Every Monday starts a new week; the other six days share the Monday's week.
  CivilDate monday{2019, 12, 30};
  IsoWeek previous = isoWeek(monday);
  for (std::int64_t day = daysFromCivil(monday) + 1; day < daysFromCivil({2031, 1, 1}); ++day) {
    const CivilDate date = civilFromDays(day);
    const IsoWeek week = isoWeek(date);
    if (weekday(date) == 0) {
      const bool next = (week.year == previous.year && week.week == previous.week + 1) ||
                        (week.year == previous.year + 1 && week.week == 1 &&
                         (previous.week == 52 || previous.week == 53));
      EXPECT_TRUE(next) << formatIsoDate(date);
    } else {
      EXPECT_EQ(week, previous) << formatIsoDate(date);
    }
    previous = week;
  }
}

}  // namespace
}  // namespace fiche::core
