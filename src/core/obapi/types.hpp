// core/obapi: the OBAPI objects Fiche reads, as plain values decoded from JSON (decode.hpp).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace fiche::core {

// What the server says about itself. Both documented discovery shapes map onto this.
struct Discovery {
  std::string providerName{};
  std::string obapiVersion{};
  std::vector<std::string> capabilities{};  // e.g. "interventions", "download"
  int defaultPerPage = 0;                   // 0 = not advertised
  int maxPerPage = 0;                       // 0 = not advertised
  bool has(std::string_view capability) const {
    return std::find(capabilities.begin(), capabilities.end(), capability) != capabilities.end();
  }
};

// One row of the interventions list. Ids and refs are strings (leading zeros matter); dates are
// kept as the server's text (normally YYYY-MM-DD); status is raw, unknown values included.
struct InterventionSummary {
  std::string id{};
  std::string ref{};
  std::string date{};  // date_intervention
  std::int64_t durationSeconds = 0;
  std::string status{};
};

struct Pagination {
  int page = 0;
  int perPage = 0;
  std::int64_t totalItems = -1;  // -1 = not given
  int totalPages = -1;           // -1 = not given
};

struct InterventionPage {
  std::vector<InterventionSummary> items{};
  std::size_t itemsInReply = 0;  // entries of the reply's "items", skipped ones included
  Pagination pagination{};
  bool hasPagination = false;  // false when the body had no "pagination" object
};

struct InterventionLine {
  std::string id{};
  int position = 0;
  std::string description{};
  std::string date{};
  std::int64_t durationSeconds = 0;
  std::string productRef{};
};

// The single-intervention view. Absent or null text fields are empty strings.
struct Intervention {
  std::string id{};
  std::string ref{};
  std::string customerRef{};
  std::string dateIntervention{};
  std::string dateStart{};
  std::string dateEnd{};
  std::string contractRef{};
  std::string description{};
  std::int64_t durationSeconds = 0;
  std::string validatedAt{};
  std::string createdAt{};
  std::string updatedAt{};
  std::string status{};
  std::string publicNote{};
  std::vector<InterventionLine> lines{};
};

}  // namespace fiche::core
