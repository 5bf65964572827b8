// tests/core/util: duration formatting — h:mm, and the decimal-hours and days lenses.
#include "core/util/duration.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>

namespace fiche::core {
namespace {

TEST(Duration, Formats) {
  EXPECT_EQ(formatDuration(0), "0:00");
  EXPECT_EQ(formatDuration(59), "0:00");
  EXPECT_EQ(formatDuration(60), "0:01");
  EXPECT_EQ(formatDuration(3599), "0:59");
  EXPECT_EQ(formatDuration(5400), "1:30");
  EXPECT_EQ(formatDuration(7200), "2:00");
  EXPECT_EQ(formatDuration(33 * 3600), "33:00");
  EXPECT_EQ(formatDuration(1000 * 3600 + 5 * 60), "1000:05");
}

TEST(Duration, Negative) {
  EXPECT_EQ(formatDuration(-5400), "-1:30");
  EXPECT_EQ(formatDuration(-60), "-0:01");
  EXPECT_EQ(formatDuration(-59), "0:00");
}

TEST(Duration, Int64Extremes) {
  // INT64_MAX s = 2562047788015215 h 30 min 7 s.
  EXPECT_EQ(formatDuration(std::numeric_limits<std::int64_t>::max()), "2562047788015215:30");
  EXPECT_EQ(formatDuration(std::numeric_limits<std::int64_t>::min()), "-2562047788015215:30");
}

constexpr DurationFormat kDecimal{.lens = DurationLens::DecimalHours};
constexpr DurationFormat kDays{.lens = DurationLens::Days};

TEST(DurationLens, HoursMinutesIsTheFormatAbove) {
  for (const std::int64_t seconds :
       {std::int64_t{0}, std::int64_t{59}, std::int64_t{5400}, std::int64_t{-5400},
        std::int64_t{-59}, std::numeric_limits<std::int64_t>::min()}) {
    EXPECT_EQ(formatDuration(seconds, DurationFormat{}), formatDuration(seconds)) << seconds;
  }
}

TEST(DurationLens, DecimalHoursRoundHalvesAwayFromZero) {
  EXPECT_EQ(formatDuration(0, kDecimal), "0.00 h");
  EXPECT_EQ(formatDuration(5400, kDecimal), "1.50 h");
  EXPECT_EQ(formatDuration(34 * 3600 + 1800, kDecimal), "34.50 h");
  EXPECT_EQ(formatDuration(900, kDecimal), "0.25 h");
  EXPECT_EQ(formatDuration(60, kDecimal), "0.02 h");  // 0.0166...
  EXPECT_EQ(formatDuration(17, kDecimal), "0.00 h");  // 0.00472
  EXPECT_EQ(formatDuration(18, kDecimal), "0.01 h");  // 0.005 exactly: half up
  EXPECT_EQ(formatDuration(3599, kDecimal), "1.00 h");
  EXPECT_EQ(formatDuration(-5400, kDecimal), "-1.50 h");
  EXPECT_EQ(formatDuration(-18, kDecimal), "-0.01 h");
  EXPECT_EQ(formatDuration(-17, kDecimal), "0.00 h") << "no sign on a zero";
}

TEST(DurationLens, DaysOfConfigurableLength) {
  EXPECT_EQ(formatDuration(30 * 3600, kDays), "3.75 d");  // 8 h days by default
  EXPECT_EQ(formatDuration(8 * 3600, kDays), "1.00 d");
  EXPECT_EQ(formatDuration(144, kDays), "0.01 d");  // half of 288 s, a hundredth of a day
  EXPECT_EQ(formatDuration(143, kDays), "0.00 d");
  EXPECT_EQ(formatDuration(-30 * 3600, kDays), "-3.75 d");
  const DurationFormat sevenHours{.lens = DurationLens::Days, .hoursPerDay = 7};
  EXPECT_EQ(formatDuration(35 * 3600, sevenHours), "5.00 d");
  EXPECT_EQ(formatDuration(3600, sevenHours), "0.14 d");  // 0.142857
  const DurationFormat fullDays{.lens = DurationLens::Days, .hoursPerDay = 24};
  EXPECT_EQ(formatDuration(36 * 3600, fullDays), "1.50 d");
}

TEST(DurationLens, OutOfRangeDayLengthsFallBackToTheDefault) {
  for (const int hours : {0, -1, 25, 1000, std::numeric_limits<int>::min()}) {
    const DurationFormat format{.lens = DurationLens::Days, .hoursPerDay = hours};
    EXPECT_EQ(format.effectiveHoursPerDay(), 8) << hours;
    EXPECT_EQ(formatDuration(30 * 3600, format), "3.75 d") << hours;
  }
}

TEST(DurationLens, ExactAtInt64Extremes) {
  const std::int64_t max = std::numeric_limits<std::int64_t>::max();
  const std::int64_t min = std::numeric_limits<std::int64_t>::min();
  EXPECT_EQ(formatDuration(max, kDecimal), "2562047788015215.50 h");
  EXPECT_EQ(formatDuration(min, kDecimal), "-2562047788015215.50 h");
  EXPECT_EQ(formatDuration(max, kDays), "320255973501901.94 d");
  EXPECT_EQ(formatDuration(max, DurationFormat{.lens = DurationLens::Days, .hoursPerDay = 24}),
            "106751991167300.65 d");
}

TEST(ParseHoursPerDay, AcceptsWholeHoursFromOneToTwentyFour) {
  EXPECT_EQ(parseHoursPerDay("8"), 8);
  EXPECT_EQ(parseHoursPerDay(" 7 "), 7);
  EXPECT_EQ(parseHoursPerDay("1"), 1);
  EXPECT_EQ(parseHoursPerDay("24"), 24);
  EXPECT_EQ(parseHoursPerDay("08"), 8);
  for (const char* text : {"", " ", "0", "00", "25", "100", "7.5", "-8", "+8", "8h", "abc"}) {
    EXPECT_FALSE(parseHoursPerDay(text)) << text;
  }
}

}  // namespace
}  // namespace fiche::core
