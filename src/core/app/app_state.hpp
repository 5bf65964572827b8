// core/app: everything the views draw from; owned and changed only by the Controller.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/app/intent.hpp"
#include "core/app/list_store.hpp"
#include "core/app/route.hpp"
#include "core/obapi/query.hpp"
#include "core/obapi/types.hpp"
#include "core/util/result.hpp"

namespace fiche::core {

enum class LoadStatus { Idle, Pending, Ok, Failed };

// apiRoot is the normalised root once a connection was attempted with a valid one (the raw
// input when it was invalid). The token itself is never stored here: only whether there is one.
// crossOrigin: the API is on another origin than the page, so the browser enforces CORS.
struct ConnectionState {
  LoadStatus status = LoadStatus::Idle;
  std::string apiRoot{};
  bool hasToken = false;
  bool crossOrigin = false;
  bool remembered = false;  // root and token are stored on this device
  Discovery discovery{};
  std::optional<Error> error{};
};

// The interventions list. query is the one last sent; rows and pagination keep the last data
// received while a new request is Pending, so views keep showing (dimmed) rows. generation
// increases with every request issued; a reply for an older generation is never applied.
// serverSortUnsupported: the server refused the `sort` parameter, so the rows of the page are
// sorted here instead.
struct ListState {
  LoadStatus status = LoadStatus::Idle;
  InterventionQuery query{};
  Pagination pagination{};
  bool hasPagination = false;
  ListStore store{};
  bool serverSortUnsupported = false;
  std::optional<Error> error{};
  std::uint64_t generation = 0;
};

// The open intervention. id is what the route asked for; intervention is the data received
// for it (kept while a refresh of the same id is Pending).
struct DetailState {
  LoadStatus status = LoadStatus::Idle;
  std::string id{};
  Intervention intervention{};
  std::optional<Error> error{};
  std::uint64_t generation = 0;
};

// A PDF report being fetched or handed over. bytesTotal is -1 when the server did not say.
// openBlocked: "Open" was refused by the browser (popup blocker); the file was saved instead.
struct DownloadState {
  std::uint64_t serial = 0;  // unique per download, for views to tell them apart
  std::string id{};
  std::string ref{};
  DocumentAction action = DocumentAction::Save;
  LoadStatus status = LoadStatus::Idle;
  std::uint64_t bytesReceived = 0;
  std::int64_t bytesTotal = -1;
  std::string fileName{};
  bool openBlocked = false;
  std::optional<Error> error{};
};

struct AppState {
  Route route{};  // what the user asked to see; the URL hash mirrors it
  ConnectionState connection{};
  ListState list{};
  DetailState detail{};
  std::vector<DownloadState> downloads{};  // oldest first, a few recent ones
  std::uint64_t frames = 0;                // Controller::poll() calls, i.e. frames run
};

}  // namespace fiche::core
