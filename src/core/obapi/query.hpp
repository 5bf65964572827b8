// core/obapi: the user-chosen parameters of an interventions list request.
#pragma once

#include <string>

namespace fiche::core {

// Values are sent as given (the server validates them); empty strings and zero sizes are not
// sent at all. Dates are YYYY-MM-DD; sort is e.g. "date_desc" (unverified for interventions).
struct InterventionQuery {
  int page = 1;     // 1-based; <= 0 omits the parameter
  int perPage = 0;  // 0 = omit (server default)
  std::string dateStart{};
  std::string dateEnd{};
  std::string status{};
  std::string sort{};
  bool operator==(const InterventionQuery&) const = default;
};

}  // namespace fiche::core
