// tests/support: a Clock whose "today" the test sets.
#pragma once

#include "core/app/services.hpp"
#include "core/util/date.hpp"

namespace fiche::test {

// Starts on 2026-02-10 (a Tuesday), a date that makes month and quarter presets easy to check.
class FakeClock : public core::Clock {
 public:
  core::CivilDate today() const override { return m_today; }
  void setToday(core::CivilDate date) { m_today = date; }

 private:
  core::CivilDate m_today{.year = 2026, .month = 2, .day = 10};
};

}  // namespace fiche::test
