// core/app: route -> list query.
#include "core/app/list_query.hpp"

#include <algorithm>

#include "core/util/date_range.hpp"

namespace fiche::core {

std::string_view effectiveServerSort(const Route& route) {
  if (!route.serverPages || route.sort.empty()) return "date_desc";
  return route.sort;
}

int effectivePerPage(const Route& route, const Discovery& discovery) {
  int perPage = route.perPage > 0              ? route.perPage
                : discovery.defaultPerPage > 0 ? discovery.defaultPerPage
                                               : kDefaultPerPage;
  if (discovery.maxPerPage > 0) perPage = std::min(perPage, discovery.maxPerPage);
  return perPage;
}

InterventionQuery listQueryFor(const Route& route, const Discovery& discovery, CivilDate today,
                               bool sendSort) {
  InterventionQuery query{
      .page = route.serverPages ? std::max(route.page, 1) : 1,
      .perPage = route.serverPages          ? effectivePerPage(route, discovery)
                 : discovery.maxPerPage > 0 ? std::min(kHistoryPerPage, discovery.maxPerPage)
                                            : kHistoryPerPage,
      .status = route.status,
  };
  if (route.period == DatePreset::Custom) {
    query.dateStart = route.from;
    query.dateEnd = route.to;
  } else {
    const DateRange range = presetRange(route.period, today);
    if (range.from) query.dateStart = formatIsoDate(*range.from);
    if (range.to) query.dateEnd = formatIsoDate(*range.to);
  }
  if (sendSort) query.sort = std::string(effectiveServerSort(route));
  return query;
}

bool sameListRequest(const Route& a, const Route& b) {
  const bool sameFilter = a.period == b.period && a.from == b.from && a.to == b.to &&
                          a.status == b.status && a.serverPages == b.serverPages;
  if (!sameFilter || !a.serverPages) return sameFilter;
  return effectiveServerSort(a) == effectiveServerSort(b) && a.page == b.page &&
         a.perPage == b.perPage;
}

}  // namespace fiche::core
