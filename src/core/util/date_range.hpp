// core/util: named date periods (today, last month, ...) resolved to inclusive date ranges.
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "core/util/date.hpp"

namespace fiche::core {

enum class DatePreset {
  All,
  Today,
  ThisWeek,
  LastWeek,
  ThisMonth,
  LastMonth,
  ThisQuarter,
  ThisYear,
  LastYear,
  Custom
};

// In the order a period picker lists them.
inline constexpr std::array kAllPresets = {
    DatePreset::All,       DatePreset::Today,     DatePreset::ThisWeek,    DatePreset::LastWeek,
    DatePreset::ThisMonth, DatePreset::LastMonth, DatePreset::ThisQuarter, DatePreset::ThisYear,
    DatePreset::LastYear,  DatePreset::Custom};

// Inclusive bounds; an empty bound is open.
struct DateRange {
  std::optional<CivilDate> from;
  std::optional<CivilDate> to;
  bool operator==(const DateRange&) const = default;
};

// The whole period containing `today` (a real calendar date), future days included: "this
// month" on the 10th runs to the month's last day. Weeks run Monday..Sunday (ISO); quarters
// are Jan-Mar, Apr-Jun, Jul-Sep, Oct-Dec. All and Custom give an empty range (the caller
// holds a custom range itself).
DateRange presetRange(DatePreset preset, CivilDate today);

// Stable lower-case key for URLs and settings: "all", "today", "this_week", "last_week",
// "this_month", "last_month", "this_quarter", "this_year", "last_year", "custom".
std::string_view presetKey(DatePreset preset);

// Inverse of presetKey; exact, case-sensitive match, otherwise nullopt.
std::optional<DatePreset> presetFromKey(std::string_view key);

// English label for people ("All dates", "Today", "This week", ...).
std::string_view presetLabel(DatePreset preset);

}  // namespace fiche::core
