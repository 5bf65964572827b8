// core/obapi: the end-of-list rule of SPEC §15.3.
#include "core/obapi/pagination.hpp"

namespace fiche::core {

bool isLastPage(const InterventionPage& page, int requestedPage, int requestedPerPage) {
  if (page.itemsInReply == 0) return true;
  const int fullPage = page.pagination.perPage > 0 ? page.pagination.perPage : requestedPerPage;
  if (fullPage > 0 && page.itemsInReply < static_cast<std::size_t>(fullPage)) return true;
  return page.pagination.totalPages >= 0 && requestedPage >= page.pagination.totalPages;
}

}  // namespace fiche::core
