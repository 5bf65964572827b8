// core/kiosk: the words and numbers a wallboard shows — dates for people, hours, pages.
#pragma once

#include <cstdint>
#include <string>

#include "core/util/date.hpp"

namespace fiche::core {

// "Thursday 18 June 2026".
std::string longDate(CivilDate date);
// "Thu 18": the list's day column.
std::string shortDay(CivilDate date);
// "Mon 15 June": a week's first day; with `to`, "Mon 15 – Thu 18 June" or across months
// "Mon 29 June – Thu 2 July".
std::string dayRange(CivilDate from, CivilDate to);
// "14:05" (24-hour clock).
std::string clockText(int hour, int minute);
// A count for a big figure: "0", "12", "12 345" (thin-space thousands, readable at a glance).
std::string countText(std::int64_t count);
// "1 day", "23 days".
std::string daysText(std::int64_t days);

}  // namespace fiche::core
