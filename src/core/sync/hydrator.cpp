// core/sync: Hydrator — what to ask for next, and what came back.
#include "core/sync/hydrator.hpp"

#include <utility>

#include "core/obapi/api_error.hpp"
#include "core/obapi/decode.hpp"

namespace fiche::core {

void Hydrator::reset() {
  for (const auto& [id, intervention] : m_inFlight) m_http.cancel(id);
  m_inFlight.clear();
  m_queue.clear();
  m_visible.clear();
  m_known.clear();
  m_asked.clear();
  m_arrived.clear();
  m_progress = {};
  m_stopped.reset();
}

void Hydrator::enqueue(const std::vector<InterventionSummary>& rows) {
  for (const InterventionSummary& row : rows) {
    if (m_known.insert(row.id).second) m_queue.push_back(row.id);
  }
  m_progress.known = m_known.size();
}

void Hydrator::setVisible(std::vector<std::string> ids) {
  m_visible = std::move(ids);
}

void Hydrator::forget(const std::string& id) {
  if (m_asked.erase(id) == 0) return;
  m_queue.push_front(id);
}

std::optional<std::string> Hydrator::nextId() {
  // On-screen ids first, in the order shown; those already asked for drop out.
  while (!m_visible.empty()) {
    std::string id = std::move(m_visible.front());
    m_visible.erase(m_visible.begin());
    if (!m_asked.contains(id)) return id;
  }
  while (!m_queue.empty()) {
    std::string id = std::move(m_queue.front());
    m_queue.pop_front();
    if (!m_asked.contains(id)) return id;
  }
  return std::nullopt;
}

void Hydrator::pump() {
  if (!m_send || m_stopped) return;
  while (!m_paused && static_cast<int>(m_inFlight.size()) < m_concurrency) {
    std::optional<std::string> id = nextId();
    if (!id) return;
    m_asked.insert(*id);
    m_inFlight.emplace(m_send(*id), std::move(*id));
  }
}

void Hydrator::onResponse(const HttpResponse& response) {
  const auto found = m_inFlight.find(response.id);
  if (found == m_inFlight.end()) return;
  const std::string id = std::move(found->second);
  m_inFlight.erase(found);
  if (isSuccess(response)) {
    Result<Intervention> detail = decodeIntervention(response.body);
    // A detail must describe the row it was asked for: a server answering with another id
    // would otherwise attach one intervention's lines to another's row.
    if (detail && detail.value().id == id) {
      m_arrived.push_back(std::move(detail).value());
      ++m_progress.hydrated;
      return;
    }
  } else if (response.transport == Transport::Ok && response.status == 401) {
    m_stopped = errorFromResponse(response);
    for (const auto& [request, other] : m_inFlight) m_http.cancel(request);
    m_inFlight.clear();
    return;
  }
  ++m_progress.failed;
}

}  // namespace fiche::core
