// tests/core/util: stamps and countdowns.
#include "core/util/time_format.hpp"

#include <gtest/gtest.h>

namespace fiche::core {
namespace {

constexpr CivilDate kToday{.year = 2026, .month = 2, .day = 10};

TEST(TimeFormat, StampIsTheTimeTodayAndTheDateOtherwise) {
  EXPECT_EQ(formatStamp({.date = kToday, .hour = 9, .minute = 5, .second = 59}, kToday), "09:05");
  EXPECT_EQ(formatStamp({.date = kToday, .hour = 23, .minute = 59}, kToday), "23:59");
  EXPECT_EQ(
      formatStamp({.date = {.year = 2026, .month = 2, .day = 9}, .hour = 14, .minute = 2}, kToday),
      "2026-02-09 14:02");
}

TEST(TimeFormat, CountdownRoundsUpToWholeSeconds) {
  EXPECT_EQ(formatCountdown(1000, 1000), "now");
  EXPECT_EQ(formatCountdown(900, 1000), "now");
  EXPECT_EQ(formatCountdown(1001, 1000), "1 s");
  EXPECT_EQ(formatCountdown(4000, 1000), "3 s");
  EXPECT_EQ(formatCountdown(60'000, 0), "1 min");
  EXPECT_EQ(formatCountdown(65'000, 0), "1 min 05 s");
  EXPECT_EQ(formatCountdown(59'500, 0), "1 min") << "59.5 s shows as the minute it rounds to";
  EXPECT_EQ(formatCountdown(1e300, 0).empty(), false) << "absurd values stay printable";
}

TEST(TimeFormat, AgoRoundsDown) {
  EXPECT_EQ(formatAgo(0, 59'999), "just now");
  EXPECT_EQ(formatAgo(0, 60'000), "1 min");
  EXPECT_EQ(formatAgo(0, 12 * 60'000 + 59'000), "12 min");
  EXPECT_EQ(formatAgo(0, 185 * 60'000), "3 h 05 min");
  EXPECT_EQ(formatAgo(5000, 0), "just now") << "a clock going backwards is not an error";
}

}  // namespace
}  // namespace fiche::core
