// core/list: the count and summed duration of a set of rows (filtered set, group, selection),
// and the one-line text a user copies for it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "core/util/duration.hpp"

namespace fiche::core {

struct Totals {
  std::size_t count = 0;
  std::int64_t durationSeconds = 0;  // saturated at INT64_MIN / INT64_MAX
  bool operator==(const Totals&) const = default;
};

// Sums durations exactly in 128 bits and saturates only when read, so the result does not
// depend on the order rows came in (a sum that went past INT64_MAX and came back is exact), and
// no hostile value can make it wrap (2^64 additions of any int64 fit).
class DurationSum {
 public:
  void add(std::int64_t seconds) { m_sum += seconds; }
  void subtract(std::int64_t seconds) { m_sum -= seconds; }
  std::int64_t saturated() const {
    if (m_sum > INT64_MAX) return INT64_MAX;
    if (m_sum < INT64_MIN) return INT64_MIN;
    return static_cast<std::int64_t>(m_sum);
  }

 private:
  __int128 m_sum = 0;
};

// "12 interventions · 34:30", "1 intervention · 1.50 h": what "copy" puts on the clipboard for a
// selection or a totals row, with the duration in the chosen lens.
std::string totalsLine(const Totals& totals, const DurationFormat& format);

}  // namespace fiche::core
