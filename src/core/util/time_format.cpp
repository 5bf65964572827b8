// core/util: stamps and countdowns.
#include "core/util/time_format.hpp"

#include <cmath>
#include <cstdio>

namespace fiche::core {
namespace {

std::string twoDigits(long long value) {
  char text[8];
  std::snprintf(text, sizeof text, "%02lld", value % 100);
  return text;
}

}  // namespace

std::string formatStamp(const LocalDateTime& at, CivilDate today) {
  std::string time = twoDigits(at.hour) + ":" + twoDigits(at.minute);
  if (at.date == today) return time;
  return formatIsoDate(at.date) + " " + time;
}

std::string formatCountdown(double atMs, double nowMs) {
  const double remaining = atMs - nowMs;
  if (!(remaining > 0)) return "now";
  const long long seconds = static_cast<long long>(std::ceil(std::min(remaining, 1e12) / 1000.0));
  if (seconds < 60) return std::to_string(seconds) + " s";
  const long long minutes = seconds / 60;
  if (seconds % 60 == 0) return std::to_string(minutes) + " min";
  return std::to_string(minutes) + " min " + twoDigits(seconds % 60) + " s";
}

std::string formatAgo(double thenMs, double nowMs) {
  const double elapsed = nowMs - thenMs;
  if (!(elapsed >= 60'000)) return "just now";
  const long long minutes = static_cast<long long>(std::min(elapsed, 1e12) / 60'000.0);
  if (minutes < 60) return std::to_string(minutes) + " min";
  return std::to_string(minutes / 60) + " h " + twoDigits(minutes % 60) + " min";
}

}  // namespace fiche::core
