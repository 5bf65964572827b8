// core/app: the user wishes views emit; the Controller applies them between frames.
#pragma once

#include <string>
#include <variant>

namespace fiche::core {

// Connect (or reconnect) to an OBAPI server. apiRoot is what the user typed.
struct ConnectIntent {
  std::string apiRoot{};
  std::string token{};
};

// Reload the interventions list with the current query.
struct RefreshIntent {};

using Intent = std::variant<ConnectIntent, RefreshIntent>;

}  // namespace fiche::core
