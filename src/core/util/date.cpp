// core/util: civil-date parsing, formatting and day arithmetic (H. Hinnant's algorithms).
#include "core/util/date.hpp"

#include <cstdio>

namespace fiche::core {

bool isLeapYear(int year) {
  return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

int daysInMonth(int year, int month) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && isLeapYear(year)) return 29;
  return kDays[month - 1];
}

std::optional<CivilDate> parseIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto digits = [&](std::size_t from, std::size_t count) -> std::optional<int> {
    int v = 0;
    for (std::size_t i = from; i < from + count; ++i) {
      if (text[i] < '0' || text[i] > '9') return std::nullopt;
      v = v * 10 + (text[i] - '0');
    }
    return v;
  };
  const auto y = digits(0, 4);
  const auto m = digits(5, 2);
  const auto d = digits(8, 2);
  if (!y || !m || !d) return std::nullopt;
  if (*m < 1 || *m > 12 || *d < 1 || *d > daysInMonth(*y, *m)) return std::nullopt;
  return CivilDate{*y, *m, *d};
}

std::string formatIsoDate(CivilDate date) {
  char buffer[48];  // room for three full ints
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buffer;
}

// Computed in int64 so that the full int range of years neither overflows nor needs care.
std::int64_t daysFromCivil(CivilDate date) {
  const std::int64_t m = date.month;
  const std::int64_t y = static_cast<std::int64_t>(date.year) - (m <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;                                          // [0, 399]
  const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + date.day - 1;  // [0, 365]
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;                  // [0, 146096]
  return era * 146097 + doe - 719468;
}

CivilDate civilFromDays(std::int64_t days) {
  const std::int64_t z = days + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;                                       // [0, 146096]
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // [0, 399]
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);                // [0, 365]
  const std::int64_t mp = (5 * doy + 2) / 153;                                     // [0, 11]
  const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;                             // [1, 31]
  const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;                                // [1, 12]
  const std::int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return CivilDate{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

int weekday(CivilDate date) {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  const std::int64_t days = daysFromCivil(date);
  const std::int64_t w = (days % 7 + 7 + 3) % 7;
  return static_cast<int>(w);
}

IsoWeek isoWeek(CivilDate date) {
  // The week belongs to the year of its Thursday.
  const std::int64_t days = daysFromCivil(date);
  const std::int64_t thursday = days - weekday(date) + 3;
  const int year = civilFromDays(thursday).year;
  const std::int64_t firstOfYear = daysFromCivil(CivilDate{year, 1, 1});
  return IsoWeek{.year = year, .week = static_cast<int>((thursday - firstOfYear) / 7 + 1)};
}

}  // namespace fiche::core
