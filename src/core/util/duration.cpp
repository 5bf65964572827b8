// core/util: formatDuration, computed on the unsigned magnitude so INT64_MIN cannot overflow.
#include "core/util/duration.hpp"

namespace fiche::core {

std::string formatDuration(std::int64_t seconds) {
  const bool negative = seconds < 0;
  const std::uint64_t magnitude = negative ? std::uint64_t{0} - static_cast<std::uint64_t>(seconds)
                                           : static_cast<std::uint64_t>(seconds);
  const std::uint64_t totalMinutes = magnitude / 60;
  const std::uint64_t minutes = totalMinutes % 60;
  std::string text = negative && totalMinutes > 0 ? "-" : "";
  text += std::to_string(totalMinutes / 60);
  text += ':';
  text += static_cast<char>('0' + minutes / 10);
  text += static_cast<char>('0' + minutes % 10);
  return text;
}

}  // namespace fiche::core
