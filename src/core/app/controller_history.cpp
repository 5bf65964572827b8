// core/app: Controller — the whole history: every page of the server filter loaded in the
// background into the ListStore, details hydrated behind it, selection.
#include <utility>

#include "core/app/controller.hpp"
#include "core/app/controller_shared.hpp"
#include "core/app/list_query.hpp"
#include "core/obapi/endpoints.hpp"

namespace fiche::core {
namespace {

// Worth trying again later: the network, a timeout, a busy or broken server, a body that is
// not OBAPI (a proxy's page). Not: what the server said about the request itself (4xx).
bool recoverable(const Error& error) {
  switch (error.kind) {
    case ErrorKind::Network:
    case ErrorKind::Timeout:
    case ErrorKind::Decode:
      return true;
    default:
      break;
  }
  const int status = error.httpStatus;
  return status == 408 || status == 429 || status >= 500;
}

}  // namespace

void Controller::startHistory(bool background) {
  beginListLoad(background);
  ListState& list = m_state.list;
  // A refresh updates the rows in place; a new filter replaces them once its first page is
  // there, so the old rows stay on screen (dimmed) until then.
  m_historyRefresh = background && list.shownQuery == list.query;
  m_replaceOnFirstPage = !m_historyRefresh;
  m_seenInRefresh.clear();
  m_pagesWaiting.clear();
  m_nextPageToStore = 1;
  if (m_replaceOnFirstPage) m_hydrator.reset();
  m_hydrator.setSend([this](const std::string& id) {
    return m_http.send(authorised(interventionUrl(m_state.connection.apiRoot, id),
                                  std::string(controller_detail::kJson)));
  });
  list.history = {.loading = true, .hydration = m_hydrator.progress()};
  const int concurrency =
      m_config.loadConcurrency > 0 ? m_config.loadConcurrency : kHistoryConcurrency;
  m_history.start(list.query, concurrency, [this](const InterventionQuery& query) {
    return m_http.send(authorised(interventionsUrl(m_state.connection.apiRoot, query),
                                  std::string(controller_detail::kJson)));
  });
}

bool Controller::onHistoryProgress() {
  ListState& list = m_state.list;
  // Pages go into the store in page order, so rows equal on every sort key keep the
  // server's order even when page 3 arrives before page 2.
  for (LoadedPage& page : m_history.takePages()) {
    const int number = page.page;
    m_pagesWaiting.emplace(number, std::move(page));
  }
  bool stored = false;
  for (auto next = m_pagesWaiting.find(m_nextPageToStore); next != m_pagesWaiting.end();
       next = m_pagesWaiting.find(m_nextPageToStore)) {
    LoadedPage page = std::move(next->second);
    m_pagesWaiting.erase(next);
    ++m_nextPageToStore;
    if (m_replaceOnFirstPage) {
      list.store.clear();
      m_replaceOnFirstPage = false;
    }
    if (m_historyRefresh) {
      for (const InterventionSummary& row : page.items) m_seenInRefresh.insert(row.id);
    }
    m_hydrator.enqueue(page.items);
    list.store.upsert(std::move(page.items));
    stored = true;
  }
  // The first page is on screen: the list is usable while the rest loads.
  if (stored && list.status != LoadStatus::Ok) markListShown();
  list.history.progress = m_history.progress();
  switch (m_history.status()) {
    case PageLoader::Status::Done:
      if (!list.history.loading) break;
      list.history.loading = false;
      if (m_historyRefresh) list.store.retain(m_seenInRefresh);  // rows gone from the server
      m_historyRefresh = false;
      list.lastSuccess = m_state.localNow;
      list.lastSuccessMs = m_state.nowMs;
      m_listRecoveryRound = 0;
      scheduleRefresh();
      break;
    case PageLoader::Status::Failed:
      if (list.history.loading && m_history.error()) onHistoryFailed(*m_history.error());
      break;
    case PageLoader::Status::Idle:
    case PageLoader::Status::Loading:
      break;
  }
  return stored;
}

void Controller::onHistoryFailed(Error error) {
  ListState& list = m_state.list;
  list.history.loading = false;
  error = scrubbed(std::move(error));
  const bool sortRefused = (error.httpStatus == 400 || error.httpStatus == 422) &&
                           !list.query.sort.empty() && !list.serverSortUnsupported;
  if (sortRefused) {
    // SPEC §15.4, as for server pages: ask again without `sort` and order the rows here.
    list.serverSortUnsupported = true;
    applyViewOptions();
    startHistory(list.background);
    return;
  }
  if (error.httpStatus == 401) {
    failList(error, false);
    failConnection(std::move(error));
    return;
  }
  const bool retryLater = recoverable(error);
  failList(std::move(error), retryLater);
}

bool Controller::updateHydration() {
  if (!wholeHistory() || !m_config.hydrateDetails) return false;
  ListState& list = m_state.list;
  for (Intervention& detail : m_hydrator.takeDetails()) list.store.attachDetail(std::move(detail));
  if (const std::optional<Error>& stopped = m_hydrator.stopped();
      stopped && m_state.connection.status == LoadStatus::Ok) {
    failConnection(*stopped);  // the token stopped working
    return true;
  }
  // Background work never makes the user's own requests wait.
  const bool userWaiting = m_detailRequest != kNoRequest || !m_downloadRequests.empty() ||
                           (list.status == LoadStatus::Pending && !list.background);
  m_hydrator.setPaused(userWaiting || !canLoad());
  m_hydrator.pump();
  // Details arrive by the hundred a second: the meter and the results catch up four times a
  // second (and at once when the last one is in), not once per detail. The store holds every
  // detail as it comes, so a keystroke always searches all of them.
  const HydrationProgress& now = m_hydrator.progress();
  const HydrationProgress& shown = list.history.hydration;
  const bool moved =
      now.hydrated != shown.hydrated || now.failed != shown.failed || now.known != shown.known;
  const bool finished = now.hydrated + now.failed == now.known;
  if (moved && (finished || m_state.nowMs - m_hydrationShownMs >= kHydrationRedrawMs)) {
    list.history.hydration = now;
    m_hydrationShownMs = m_state.nowMs;
    return true;
  }
  return false;
}

void Controller::select(const SelectIntent& intent) {
  ListStore& store = m_state.list.store;
  switch (intent.action) {
    case SelectIntent::Action::Only:
      store.selectOnly(intent.id);
      break;
    case SelectIntent::Action::Toggle:
      store.toggleSelected(intent.id);
      break;
    case SelectIntent::Action::RangeTo:
      store.selectRangeTo(intent.id, false);
      break;
    case SelectIntent::Action::AddRangeTo:
      store.selectRangeTo(intent.id, true);
      break;
    case SelectIntent::Action::AllShown:
      store.selectAllVisible();
      break;
    case SelectIntent::Action::Clear:
      store.clearSelection();
      break;
  }
}

}  // namespace fiche::core
