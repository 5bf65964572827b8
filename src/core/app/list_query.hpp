// core/app: the list request a route asks for.
#pragma once

#include "core/app/route.hpp"
#include "core/obapi/query.hpp"
#include "core/obapi/types.hpp"
#include "core/util/date.hpp"

namespace fiche::core {

// Page size when neither the route nor the server says otherwise.
inline constexpr int kDefaultPerPage = 50;
// Page size for loading the whole history: the most OBAPI documents (SPEC §3), fewer when the
// server's max_per_page says so.
inline constexpr int kHistoryPerPage = 200;

// The server sort a route asks for: newest first unless the user chose otherwise (server
// pages only: the whole history is always asked for newest first and sorted here).
std::string_view effectiveServerSort(const Route& route);

// Page size actually used: the route's, else the server's default, else kDefaultPerPage;
// never above the server's max_per_page.
int effectivePerPage(const Route& route, const Discovery& discovery);

// Dates come from the route's preset (relative to today) or its custom from/to. sort is
// omitted when the server is known not to support it. For the whole history: page 1 (the
// loader asks for the others) of kHistoryPerPage.
InterventionQuery listQueryFor(const Route& route, const Discovery& discovery, CivilDate today,
                               bool sendSort);

// True when the two routes ask the server for the same list data: the same server-side
// filter, and for server pages the same sort, page and page size (ignores everything done in
// the browser — search, order, grouping, client sort, lens — and the open detail).
bool sameListRequest(const Route& a, const Route& b);

}  // namespace fiche::core
