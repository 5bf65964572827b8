// core/list: the copy text of a totals line.
#include "core/list/totals.hpp"

namespace fiche::core {

std::string totalsLine(const Totals& totals, const DurationFormat& format) {
  std::string text = std::to_string(totals.count);
  text += totals.count == 1 ? " intervention" : " interventions";
  text += " \u00b7 ";
  text += formatDuration(totals.durationSeconds, format);
  return text;
}

}  // namespace fiche::core
