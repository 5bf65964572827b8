// core/util: durations in seconds shown as hours and minutes.
#pragma once

#include <cstdint>
#include <string>

namespace fiche::core {

// "h:mm". Hours never roll into days (33 h -> "33:00"); seconds are truncated (59 -> "0:00",
// 5400 -> "1:30"); a negative duration gets a leading '-' unless it truncates to zero
// minutes ("-1:30", but -59 -> "0:00"). Exact for every int64, including INT64_MIN.
std::string formatDuration(std::int64_t seconds);

}  // namespace fiche::core
