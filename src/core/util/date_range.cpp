// core/util: date presets resolved against a given "today", and their keys and labels.
#include "core/util/date_range.hpp"

#include <cstdint>

namespace fiche::core {
namespace {

struct PresetNames {
  DatePreset preset;
  std::string_view key;
  std::string_view label;
};

constexpr std::array<PresetNames, kAllPresets.size()> kNames = {{
    {DatePreset::All, "all", "All dates"},
    {DatePreset::Today, "today", "Today"},
    {DatePreset::ThisWeek, "this_week", "This week"},
    {DatePreset::LastWeek, "last_week", "Last week"},
    {DatePreset::ThisMonth, "this_month", "This month"},
    {DatePreset::LastMonth, "last_month", "Last month"},
    {DatePreset::ThisQuarter, "this_quarter", "This quarter"},
    {DatePreset::ThisYear, "this_year", "This year"},
    {DatePreset::LastYear, "last_year", "Last year"},
    {DatePreset::Custom, "custom", "Custom"},
}};

constexpr bool namesFollowPresetOrder() {
  for (std::size_t i = 0; i < kNames.size(); ++i) {
    if (kNames[i].preset != kAllPresets[i]) return false;
  }
  return true;
}
static_assert(namesFollowPresetOrder(), "kNames must list the presets in kAllPresets order");

const PresetNames& namesOf(DatePreset preset) {
  for (const PresetNames& names : kNames) {
    if (names.preset == preset) return names;
  }
  return kNames.front();  // unreachable for a valid enumerator
}

DateRange monthsFrom(int year, int firstMonth, int monthCount) {
  const int lastMonth = firstMonth + monthCount - 1;
  return DateRange{.from = CivilDate{year, firstMonth, 1},
                   .to = CivilDate{year, lastMonth, daysInMonth(year, lastMonth)}};
}

DateRange weekFrom(std::int64_t mondayDays) {
  return DateRange{.from = civilFromDays(mondayDays), .to = civilFromDays(mondayDays + 6)};
}

}  // namespace

DateRange presetRange(DatePreset preset, CivilDate today) {
  const std::int64_t todayDays = daysFromCivil(today);
  const std::int64_t mondayDays = todayDays - weekday(today);
  switch (preset) {
    case DatePreset::All:
    case DatePreset::Custom:
      return {};
    case DatePreset::Today:
      return DateRange{.from = today, .to = today};
    case DatePreset::ThisWeek:
      return weekFrom(mondayDays);
    case DatePreset::LastWeek:
      return weekFrom(mondayDays - 7);
    case DatePreset::ThisMonth:
      return monthsFrom(today.year, today.month, 1);
    case DatePreset::LastMonth:
      return today.month == 1 ? monthsFrom(today.year - 1, 12, 1)
                              : monthsFrom(today.year, today.month - 1, 1);
    case DatePreset::ThisQuarter:
      return monthsFrom(today.year, (today.month - 1) / 3 * 3 + 1, 3);
    case DatePreset::ThisYear:
      return monthsFrom(today.year, 1, 12);
    case DatePreset::LastYear:
      return monthsFrom(today.year - 1, 1, 12);
  }
  return {};
}

std::string_view presetKey(DatePreset preset) {
  return namesOf(preset).key;
}

std::optional<DatePreset> presetFromKey(std::string_view key) {
  for (const PresetNames& names : kNames) {
    if (names.key == key) return names.preset;
  }
  return std::nullopt;
}

std::string_view presetLabel(DatePreset preset) {
  return namesOf(preset).label;
}

}  // namespace fiche::core
