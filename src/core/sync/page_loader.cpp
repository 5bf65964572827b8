// core/sync: PageLoader — which page to ask for next, when to stop, what arrived.
#include "core/sync/page_loader.hpp"

#include <algorithm>

#include "core/obapi/api_error.hpp"
#include "core/obapi/decode.hpp"
#include "core/obapi/pagination.hpp"

namespace fiche::core {

void PageLoader::start(const InterventionQuery& query, int concurrency, Send send) {
  cancel();
  m_send = std::move(send);
  m_query = query;
  m_query.page = 1;
  m_concurrency = std::max(concurrency, 1);
  m_perPage = std::max(query.perPage, 1);
  m_status = Status::Loading;
  m_progress = {};
  m_error.reset();
  m_received.clear();
  m_arrived.clear();
  m_lastPage = -1;
  fill();
}

void PageLoader::cancel() {
  for (const auto& [id, page] : m_inFlight) m_http.cancel(id);
  m_inFlight.clear();
  if (m_status == Status::Loading) m_status = Status::Idle;
}

void PageLoader::resume() {
  if (m_status != Status::Failed && m_status != Status::Idle) return;
  if (!m_send) return;
  m_status = Status::Loading;
  m_error.reset();
  fill();
  finishIfComplete();
}

RequestId PageLoader::lowestInFlight() const {
  RequestId lowest = kNoRequest;
  int lowestPage = 0;
  for (const auto& [id, page] : m_inFlight) {
    if (lowest == kNoRequest || page < lowestPage) {
      lowest = id;
      lowestPage = page;
    }
  }
  return lowest;
}

bool PageLoader::received(int page) const {
  const auto index = static_cast<std::size_t>(page - 1);
  return index < m_received.size() && m_received[index];
}

bool PageLoader::inFlight(int page) const {
  return std::any_of(m_inFlight.begin(), m_inFlight.end(),
                     [&](const auto& entry) { return entry.second == page; });
}

bool PageLoader::pageWanted(int page) const {
  if (page < 1 || page > kMaxPages) return false;
  if (m_lastPage >= 0) return page <= m_lastPage;
  // Until page 1 has said how many there are, it goes alone; after it, without a total,
  // pages are asked for ahead of the answers (the first short one ends the load).
  return page == 1 || received(1);
}

void PageLoader::fill() {
  for (int page = 1; m_status == Status::Loading &&
                     static_cast<int>(m_inFlight.size()) < m_concurrency && pageWanted(page);
       ++page) {
    if (received(page) || inFlight(page)) continue;
    InterventionQuery query = m_query;
    query.page = page;
    m_inFlight.emplace(m_send(query), page);
  }
}

void PageLoader::finishIfComplete() {
  if (m_status != Status::Loading || m_lastPage < 0) return;
  for (int page = 1; page <= m_lastPage; ++page) {
    if (!received(page)) return;
  }
  m_status = Status::Done;
}

void PageLoader::endAt(int lastPage) {
  m_lastPage = lastPage;
  m_progress.pagesTotal = lastPage;
  for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
    if (it->second > lastPage) {
      m_http.cancel(it->first);
      it = m_inFlight.erase(it);
    } else {
      ++it;
    }
  }
}

void PageLoader::onResponse(const HttpResponse& response) {
  const auto found = m_inFlight.find(response.id);
  if (found == m_inFlight.end()) return;
  const int page = found->second;
  m_inFlight.erase(found);

  std::optional<Error> failure;
  std::optional<InterventionPage> decoded;
  if (isSuccess(response)) {
    Result<InterventionPage> result = decodeInterventionPage(response.body);
    if (result) {
      decoded = std::move(result).value();
    } else {
      failure = result.error();
      failure->httpStatus = response.status;
    }
  } else {
    failure = errorFromResponse(response);
  }
  if (failure) {
    m_error = std::move(failure);
    m_status = Status::Failed;
    for (const auto& [id, other] : m_inFlight) m_http.cancel(id);
    m_inFlight.clear();
    return;
  }

  if (page == 1) {
    // The server's page size counts, when it says: it may have clamped ours.
    if (decoded->hasPagination && decoded->pagination.perPage > 0) {
      m_perPage = decoded->pagination.perPage;
    }
    if (decoded->hasPagination) m_progress.itemsTotal = decoded->pagination.totalItems;
    if (decoded->hasPagination && decoded->pagination.totalPages >= 0) {
      m_progress.capped = decoded->pagination.totalPages > kMaxPages;
      endAt(std::clamp(decoded->pagination.totalPages, 1, kMaxPages));
    }
  }
  const auto count = static_cast<std::int64_t>(decoded->items.size());
  // An empty or short page is the last one, whatever the totals said (SPEC §15.3).
  if (isLastPage(*decoded, page, m_query.perPage) && (m_lastPage < 0 || page < m_lastPage)) {
    endAt(page);
  }
  if (m_lastPage < 0 && page == kMaxPages) {
    m_progress.capped = true;
    endAt(kMaxPages);
  }
  if (m_lastPage >= 0 && page > m_lastPage) return;  // beyond the end after all

  if (m_received.size() < static_cast<std::size_t>(page)) m_received.resize(page, false);
  m_received[static_cast<std::size_t>(page - 1)] = true;
  m_progress.pagesLoaded += 1;
  m_progress.itemsLoaded += count;
  m_arrived.push_back({.page = page,
                       .first = static_cast<std::int64_t>(page - 1) * m_perPage,
                       .items = std::move(decoded->items)});
  fill();
  finishIfComplete();
}

}  // namespace fiche::core
