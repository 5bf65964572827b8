// core/app: everything the views draw from; owned and changed only by the Controller.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/obapi/query.hpp"
#include "core/obapi/types.hpp"
#include "core/util/result.hpp"

namespace fiche::core {

enum class LoadStatus { Idle, Pending, Ok, Failed };

// apiRoot is the normalised root once a connection was attempted with a valid one (the raw
// input when it was invalid). The token itself is never stored here: only whether there is one.
struct ConnectionState {
  LoadStatus status = LoadStatus::Idle;
  std::string apiRoot{};
  bool hasToken = false;
  Discovery discovery{};
  std::optional<Error> error{};
};

// The interventions list. page keeps the last data received while a new request is Pending,
// so views can keep showing rows. generation increases with every request issued; a reply for
// an older generation is never applied.
struct ListState {
  LoadStatus status = LoadStatus::Idle;
  InterventionQuery query{};
  InterventionPage page{};
  std::optional<Error> error{};
  std::uint64_t generation = 0;
};

struct AppState {
  ConnectionState connection{};
  ListState list{};
  std::uint64_t frames = 0;  // Controller::poll() calls, i.e. frames run
};

}  // namespace fiche::core
