// tests/core/util: h:mm formatting of second counts.
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

}  // namespace
}  // namespace fiche::core
