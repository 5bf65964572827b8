// core/app: what the Controller's files share — media types, the interventions resource and
// the bounds a route is held to. Private to the Controller's implementation.
#pragma once

#include <algorithm>
#include <string_view>

#include "core/app/route.hpp"
#include "core/obapi/types.hpp"

namespace fiche::core::controller_detail {

inline constexpr std::string_view kInterventions = "interventions";
inline constexpr std::string_view kJson = "application/json";

// Page and size are bounded so that a hand-edited link cannot ask for absurd pages.
inline Route normalised(Route route, const Discovery& discovery) {
  route.page = std::max(route.page, 1);
  if (route.perPage > 0 && discovery.maxPerPage > 0) {
    route.perPage = std::min(route.perPage, discovery.maxPerPage);
  }
  return route;
}

}  // namespace fiche::core::controller_detail
