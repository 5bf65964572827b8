// core/util: the time sources the core reads — the calendar date, the local time of day for
// "as of" stamps, and a monotonic clock for timers (retries, refreshes).
#pragma once

#include "core/util/date.hpp"

namespace fiche::core {

// A local date and time of day, as the user's wall clock shows it.
struct LocalDateTime {
  CivilDate date{};
  int hour = 0;    // 0..23
  int minute = 0;  // 0..59
  int second = 0;  // 0..59
  auto operator<=>(const LocalDateTime&) const = default;
};

class Clock {
 public:
  virtual ~Clock() = default;
  // Today's date in the user's time zone (date presets are relative to it).
  virtual CivilDate today() const = 0;
  // Now, on the user's wall clock.
  virtual LocalDateTime localNow() const = 0;
  // Milliseconds since an arbitrary origin; never goes backwards (timers are based on it, so a
  // wall-clock change cannot make a retry wait for hours).
  virtual double monotonicMs() const = 0;
};

}  // namespace fiche::core
