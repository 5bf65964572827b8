// tests/support: a Clock the test sets and moves forward by hand.
#pragma once

#include "core/util/clock.hpp"
#include "core/util/date.hpp"

namespace fiche::test {

// Starts on 2026-02-10 (a Tuesday) at 09:00:00, a date that makes month and quarter presets
// easy to check. The monotonic clock starts at 1000 ms and moves only with advance().
class FakeClock : public core::Clock {
 public:
  core::CivilDate today() const override { return m_now.date; }
  core::LocalDateTime localNow() const override { return m_now; }
  double monotonicMs() const override { return m_monotonicMs; }

  void setToday(core::CivilDate date) { m_now.date = date; }
  void setLocalNow(core::LocalDateTime now) { m_now = now; }
  // Moves both clocks forward (the wall clock by whole seconds, within the day).
  void advance(double ms) {
    m_monotonicMs += ms;
    m_carryMs += ms;
    while (m_carryMs >= 1000) {
      m_carryMs -= 1000;
      if (++m_now.second < 60) continue;
      m_now.second = 0;
      if (++m_now.minute < 60) continue;
      m_now.minute = 0;
      if (m_now.hour < 23) ++m_now.hour;
    }
  }

 private:
  core::LocalDateTime m_now{.date = {.year = 2026, .month = 2, .day = 10}, .hour = 9};
  double m_monotonicMs = 1000;
  double m_carryMs = 0;
};

}  // namespace fiche::test
