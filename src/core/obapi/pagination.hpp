// core/obapi: when a list loader should stop asking for further pages (SPEC §15.3).
#pragma once

#include "core/obapi/types.hpp"

namespace fiche::core {

// True when `page`, the reply to a request for page `requestedPage` with `requestedPerPage`
// items per page, is the last page there is. SPEC §15.3 leaves the pagination fields loose
// (any may be missing or a string), so any one of these ends the list:
// - the reply's "items" held no entries;
// - it held fewer entries than a full page. A full page is the reply's own per_page when
//   positive (a server may clamp what was asked), else requestedPerPage. Entries the decoder
//   skipped count: a short page is about what the server sent (itemsInReply);
// - the reply gave total_pages (any value >= 0, so 0 when there are no items) and
//   requestedPage >= total_pages.
// The page asked for counts, not the page the reply names: a server that ignores `page` and
// always answers page 1 must not keep a loader asking forever. When no page size is known
// (neither given nor requested, both <= 0) only the other rules apply; a loader should bound
// its loop anyway (a server can send full pages forever).
bool isLastPage(const InterventionPage& page, int requestedPage, int requestedPerPage);

}  // namespace fiche::core
