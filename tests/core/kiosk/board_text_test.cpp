// tests/core/kiosk: the wallboard's dates, clock and counts.
#include "core/kiosk/board_text.hpp"

#include <gtest/gtest.h>

namespace fiche::core {
namespace {

TEST(BoardText, Dates) {
  EXPECT_EQ(longDate({2026, 6, 18}), "Thursday 18 June 2026");
  EXPECT_EQ(shortDay({2026, 6, 15}), "Mon 15");
  EXPECT_EQ(dayRange({2026, 6, 15}, {2026, 6, 18}), "Mon 15 \xE2\x80\x93 Thu 18 June");
  EXPECT_EQ(dayRange({2026, 6, 29}, {2026, 7, 2}), "Mon 29 June \xE2\x80\x93 Thu 2 July");
  EXPECT_EQ(dayRange({2026, 12, 28}, {2027, 1, 1}), "Mon 28 December \xE2\x80\x93 Fri 1 January");
  EXPECT_EQ(dayRange({2026, 6, 15}, {2026, 6, 15}), "Mon 15 June");
}

TEST(BoardText, ClockCountsAndDays) {
  EXPECT_EQ(clockText(9, 5), "09:05");
  EXPECT_EQ(clockText(23, 59), "23:59");
  EXPECT_EQ(countText(0), "0");
  EXPECT_EQ(countText(999), "999");
  EXPECT_EQ(countText(1000),
            "1\xE2\x80\x89"
            "000");
  EXPECT_EQ(countText(1234567),
            "1\xE2\x80\x89"
            "234\xE2\x80\x89"
            "567");
  EXPECT_EQ(countText(-4), "0");
  EXPECT_EQ(daysText(1), "1 day");
  EXPECT_EQ(daysText(23), "23 days");
}

}  // namespace
}  // namespace fiche::core
