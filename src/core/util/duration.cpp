// core/util: duration formatting, computed on the unsigned magnitude so INT64_MIN cannot
// overflow.
#include "core/util/duration.hpp"

#include <string_view>

namespace fiche::core {
namespace {

std::uint64_t magnitudeOf(std::int64_t seconds) {
  return seconds < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(seconds)
                     : static_cast<std::uint64_t>(seconds);
}

// magnitude / unit rounded to hundredths, halves up; unitSeconds = seconds per whole unit,
// a multiple of 100 so that a hundredth of it is a whole number of seconds.
std::string hundredths(std::int64_t seconds, std::uint64_t unitSeconds, const char* suffix) {
  const std::uint64_t step = unitSeconds / 100;  // seconds in one hundredth
  const std::uint64_t magnitude = magnitudeOf(seconds);
  const std::uint64_t count = magnitude / step + (magnitude % step * 2 >= step ? 1 : 0);
  std::string text = seconds < 0 && count > 0 ? "-" : "";
  text += std::to_string(count / 100);
  text += '.';
  text += static_cast<char>('0' + count % 100 / 10);
  text += static_cast<char>('0' + count % 10);
  text += suffix;
  return text;
}

}  // namespace

std::string formatDuration(std::int64_t seconds) {
  const bool negative = seconds < 0;
  const std::uint64_t magnitude = magnitudeOf(seconds);
  const std::uint64_t totalMinutes = magnitude / 60;
  const std::uint64_t minutes = totalMinutes % 60;
  std::string text = negative && totalMinutes > 0 ? "-" : "";
  text += std::to_string(totalMinutes / 60);
  text += ':';
  text += static_cast<char>('0' + minutes / 10);
  text += static_cast<char>('0' + minutes % 10);
  return text;
}

std::string formatDuration(std::int64_t seconds, const DurationFormat& format) {
  switch (format.lens) {
    case DurationLens::HoursMinutes:
      break;
    case DurationLens::DecimalHours:
      return hundredths(seconds, 3600, " h");
    case DurationLens::Days:
      return hundredths(seconds, 3600 * static_cast<std::uint64_t>(format.effectiveHoursPerDay()),
                        " d");
  }
  return formatDuration(seconds);
}

std::optional<int> parseHoursPerDay(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  if (text.empty() || text.size() > 2) return std::nullopt;
  int value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  if (value < 1 || value > kMaxHoursPerDay) return std::nullopt;
  return value;
}

}  // namespace fiche::core
