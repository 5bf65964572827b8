// tests/core/util: ISO dates, leap years, day arithmetic, weekdays.
#include "core/util/date.hpp"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace fiche::core
