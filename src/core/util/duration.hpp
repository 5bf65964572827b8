// core/util: durations in seconds shown as hours and minutes, decimal hours or working days.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fiche::core {

// "h:mm". Hours never roll into days (33 h -> "33:00"); seconds are truncated (59 -> "0:00",
// 5400 -> "1:30"); a negative duration gets a leading '-' unless it truncates to zero
// minutes ("-1:30", but -59 -> "0:00"). Exact for every int64, including INT64_MIN.
std::string formatDuration(std::int64_t seconds);

// The duration lens: one setting for how every duration is shown (list, totals, detail, copy).
enum class DurationLens { HoursMinutes, DecimalHours, Days };

inline constexpr int kDefaultHoursPerDay = 8;
inline constexpr int kMaxHoursPerDay = 24;

// hoursPerDay: the length of a working day for DurationLens::Days, 1..24; 0 means the default
// (8); anything else out of range is taken as the default too (validate user input with
// parseHoursPerDay first, to tell the user).
struct DurationFormat {
  DurationLens lens = DurationLens::HoursMinutes;
  int hoursPerDay = 0;
  bool operator==(const DurationFormat&) const = default;
  int effectiveHoursPerDay() const {
    return hoursPerDay >= 1 && hoursPerDay <= kMaxHoursPerDay ? hoursPerDay : kDefaultHoursPerDay;
  }
};

// - HoursMinutes: formatDuration(seconds) above, unchanged ("34:30").
// - DecimalHours: hours with two decimals and " h" ("34.50 h", 5400 s -> "1.50 h").
// - Days: days of hoursPerDay hours, two decimals and " d" (8 h days: 30 h -> "3.75 d").
// Decimal lenses round to the nearest hundredth, halves away from zero (18 s = 0.005 h ->
// "0.01 h", 17 s -> "0.00 h"), computed in integers: exact for every int64. The decimal separator
// is '.', so copied figures paste as numbers into spreadsheets; a negative value that rounds to
// zero has no sign.
std::string formatDuration(std::int64_t seconds, const DurationFormat& format);

// A user's "hours per day" text: a whole number 1..24, blanks around it allowed; nullopt
// otherwise ("0", "25", "7.5", "abc", "").
std::optional<int> parseHoursPerDay(std::string_view text);

}  // namespace fiche::core
