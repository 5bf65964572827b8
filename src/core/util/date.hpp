// core/util: calendar dates (YYYY-MM-DD) and day arithmetic, proleptic Gregorian, no time zone.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fiche::core {

struct CivilDate {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
  auto operator<=>(const CivilDate&) const = default;
};

bool isLeapYear(int year);
int daysInMonth(int year, int month);  // 0 when month is out of 1..12

// Strict "YYYY-MM-DD": exactly 10 characters, ASCII digits, a real calendar date.
std::optional<CivilDate> parseIsoDate(std::string_view text);

// "YYYY-MM-DD"; years outside 0..9999 are written as they are (e.g. "-0001-01-01").
std::string formatIsoDate(CivilDate date);

// Days since 1970-01-01 and back (H. Hinnant's algorithms); exact over any int year.
std::int64_t daysFromCivil(CivilDate date);
CivilDate civilFromDays(std::int64_t days);

// 0 = Monday ... 6 = Sunday.
int weekday(CivilDate date);

// ISO 8601 week: weeks start on Monday and week 1 is the one holding the year's first Thursday,
// so the first days of January may belong to the previous year's week 52 or 53, and the last
// days of December to the next year's week 1.
struct IsoWeek {
  int year = 1970;  // the ISO week-numbering year, not always date.year
  int week = 1;     // 1..53
  auto operator<=>(const IsoWeek&) const = default;
};
IsoWeek isoWeek(CivilDate date);

}  // namespace fiche::core
