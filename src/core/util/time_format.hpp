// core/util: times for people — "as of" stamps and countdowns.
#pragma once

#include <string>

#include "core/util/clock.hpp"

namespace fiche::core {

// "14:02" when `at` is today, else "2026-02-09 14:02".
std::string formatStamp(const LocalDateTime& at, CivilDate today);

// How long until `atMs` (monotonic), rounded up to whole seconds: "3 s", "1 min 05 s",
// "2 min"; "now" when it is due.
std::string formatCountdown(double atMs, double nowMs);

// How long ago `thenMs` was, rounded down: "just now" (< 1 min), "1 min", "12 min",
// "3 h 05 min".
std::string formatAgo(double thenMs, double nowMs);

}  // namespace fiche::core
