// core/kiosk: English day and month names, clock and counts for the wallboard.
#include "core/kiosk/board_text.hpp"

#include <cstdio>

namespace fiche::core {
namespace {

constexpr const char* kWeekdays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                     "Friday", "Saturday", "Sunday"};
constexpr const char* kMonths[] = {"January",   "February", "March",    "April",
                                   "May",       "June",     "July",     "August",
                                   "September", "October",  "November", "December"};

std::string weekdayName(CivilDate date) {
  return kWeekdays[weekday(date)];
}

std::string monthName(CivilDate date) {
  return date.month >= 1 && date.month <= 12 ? kMonths[date.month - 1] : "?";
}

}  // namespace

std::string longDate(CivilDate date) {
  return weekdayName(date) + " " + std::to_string(date.day) + " " + monthName(date) + " " +
         std::to_string(date.year);
}

std::string shortDay(CivilDate date) {
  return weekdayName(date).substr(0, 3) + " " + std::to_string(date.day);
}

std::string dayRange(CivilDate from, CivilDate to) {
  if (from == to) return shortDay(from) + " " + monthName(from);
  const std::string first = from.month == to.month && from.year == to.year
                                ? shortDay(from)
                                : shortDay(from) + " " + monthName(from);
  return first + " \xE2\x80\x93 " + shortDay(to) + " " + monthName(to);  // en dash
}

std::string clockText(int hour, int minute) {
  char text[16];
  std::snprintf(text, sizeof text, "%02d:%02d", hour % 100, minute % 100);
  return text;
}

std::string countText(std::int64_t count) {
  if (count < 0) count = 0;
  std::string digits = std::to_string(count);
  std::string grouped;
  const std::size_t size = digits.size();
  for (std::size_t i = 0; i < size; ++i) {
    if (i > 0 && (size - i) % 3 == 0) grouped += "\xE2\x80\x89";  // thin space
    grouped += digits[i];
  }
  return grouped;
}

std::string daysText(std::int64_t days) {
  return std::to_string(days) + (days == 1 ? " day" : " days");
}

}  // namespace fiche::core
