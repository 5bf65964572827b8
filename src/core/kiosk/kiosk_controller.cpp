// core/kiosk: KioskController — rounds of loading, replacement of the board, timers.
#include "core/kiosk/kiosk_controller.hpp"

#include <algorithm>
#include <utility>

#include "core/app/list_query.hpp"
#include "core/obapi/endpoints.hpp"

namespace fiche::core {
namespace {

// The most items per request the board asks for: SPEC §3's documented maximum.
constexpr int kMaxBoardPerPage = 200;

int boardPerPage(const Discovery& discovery) {
  if (discovery.maxPerPage > 0) return std::min(discovery.maxPerPage, kMaxBoardPerPage);
  if (discovery.defaultPerPage > 0) return std::min(discovery.defaultPerPage, kMaxBoardPerPage);
  return kDefaultPerPage;
}

CivilDate plusDays(CivilDate date, int days) {
  return civilFromDays(daysFromCivil(date) + days);
}

void append(std::vector<InterventionSummary>& into, std::vector<LoadedPage> pages) {
  for (LoadedPage& page : pages) {
    into.insert(into.end(), std::make_move_iterator(page.items.begin()),
                std::make_move_iterator(page.items.end()));
  }
}

bool ended(const PageLoader& loader) {
  return loader.status() == PageLoader::Status::Done;
}

}  // namespace

KioskController::KioskController(KioskServices services, KioskState& state)
    : m_services(std::move(services)),
      m_state(state),
      m_period(m_services.http),
      m_waiting(m_services.http) {}

void KioskController::enable(const KioskConfig& config) {
  m_state.enabled = true;
  m_state.config = config;
}

PageLoader::Send KioskController::sender() {
  return [this](const InterventionQuery& query) {
    return m_services.http.send(m_services.request(interventionsUrl(m_apiRoot, query)));
  };
}

void KioskController::load(std::string_view apiRoot, const Discovery& discovery) {
  if (!m_state.enabled) return;
  m_apiRoot = std::string(apiRoot);
  m_perPage = boardPerPage(discovery);
  startRound();
}

void KioskController::startRound() {
  m_period.cancel();
  m_waiting.cancel();
  m_periodItems.clear();
  m_waitingItems.clear();
  m_today = m_services.clock.today();
  const KioskConfig& config = m_state.config;
  const BoardWeeks weeks = boardWeeks(m_today);
  ++m_state.rounds;
  m_state.status = KioskLoad::Loading;
  m_state.pagesLoaded = 0;
  m_state.pagesTotal = -1;
  m_state.nextRefreshAtMs = 0;
  m_state.recoverAtMs = 0;

  m_period.start({.page = 1,
                  .perPage = m_perPage,
                  .dateStart = formatIsoDate(weeks.lastWeekStart),
                  .dateEnd = formatIsoDate(m_today)},
                 kPagesInFlight, sender());
  m_waitingWanted = config.shows("validated");
  if (m_waitingWanted) {
    m_waiting.start({.page = 1,
                     .perPage = m_perPage,
                     .dateEnd = formatIsoDate(plusDays(m_today, -config.waitingDays)),
                     .status = "validated"},
                    kPagesInFlight, sender());
  }
}

void KioskController::cancel() {
  m_period.cancel();
  m_waiting.cancel();
  m_state.nextRefreshAtMs = 0;
  m_state.recoverAtMs = 0;
  if (m_state.status == KioskLoad::Loading) m_state.status = KioskLoad::Idle;
}

bool KioskController::owns(RequestId id) const {
  return m_period.owns(id) || m_waiting.owns(id);
}

void KioskController::takePages() {
  append(m_periodItems, m_period.takePages());
  append(m_waitingItems, m_waiting.takePages());
  const LoadProgress& period = m_period.progress();
  const LoadProgress& waiting = m_waiting.progress();
  m_state.pagesLoaded = period.pagesLoaded + (m_waitingWanted ? waiting.pagesLoaded : 0);
  const bool totalsKnown = period.pagesTotal >= 0 && (!m_waitingWanted || waiting.pagesTotal >= 0);
  m_state.pagesTotal =
      totalsKnown ? period.pagesTotal + (m_waitingWanted ? waiting.pagesTotal : 0) : -1;
}

std::optional<Error> KioskController::onResponse(const HttpResponse& response, double nowMs,
                                                 const LocalDateTime& localNow) {
  PageLoader& loader = m_period.owns(response.id) ? m_period : m_waiting;
  loader.onResponse(response);
  takePages();
  if (loader.status() == PageLoader::Status::Failed && loader.error()) {
    return failRound(*loader.error(), nowMs);
  }
  if (ended(m_period) && (!m_waitingWanted || ended(m_waiting))) finishRound(nowMs, localNow);
  return std::nullopt;
}

void KioskController::finishRound(double nowMs, const LocalDateTime& localNow) {
  m_state.board = computeBoard(m_today, m_state.config, m_periodItems, m_waitingItems);
  ++m_state.boardVersion;
  m_periodItems.clear();
  m_waitingItems.clear();
  m_state.status = KioskLoad::Done;
  m_state.error.reset();
  m_state.lastSuccess = localNow;
  m_state.lastSuccessMs = nowMs;
  const double intervalMs = m_state.config.refreshSeconds * 1000.0;
  m_state.freshUntilMs = nowMs + 2 * intervalMs;
  m_state.nextRefreshAtMs = nowMs + intervalMs;
  m_state.recoverAtMs = 0;
  m_recoveryRound = 0;
}

std::optional<Error> KioskController::failRound(const Error& error, double nowMs) {
  // The other query's requests are not worth finishing: the round is resumed as a whole.
  m_period.cancel();
  m_waiting.cancel();
  m_state.status = KioskLoad::Failed;
  m_state.error = m_services.scrub(error);
  if (error.httpStatus == 401) {
    m_state.recoverAtMs = 0;
    return m_state.error;
  }
  // Anything else may be a server being restarted, a proxy, a rate limit: a wall screen
  // nobody watches keeps trying, less and less often.
  m_state.recoverAtMs = nowMs + m_services.recoveryDelayMs(m_recoveryRound++);
  return std::nullopt;
}

bool KioskController::runTimers(double nowMs) {
  if (!m_state.enabled || m_apiRoot.empty()) return false;
  if (m_state.recoverAtMs > 0 && nowMs >= m_state.recoverAtMs) {
    m_state.recoverAtMs = 0;
    if (m_services.clock.today() != m_today) {
      startRound();  // yesterday's queries are not worth finishing
      return true;
    }
    m_state.status = KioskLoad::Loading;
    m_period.resume();
    if (m_waitingWanted) m_waiting.resume();
    return true;
  }
  if (m_state.nextRefreshAtMs > 0 && nowMs >= m_state.nextRefreshAtMs) {
    startRound();
    return true;
  }
  return false;
}

std::optional<double> KioskController::nextWakeMs(double nowMs) const {
  std::optional<double> next;
  auto consider = [&](double at) {
    if (at > 0 && (!next || at < *next)) next = at;
  };
  consider(m_state.nextRefreshAtMs);
  consider(m_state.recoverAtMs);
  if (m_state.board && m_state.freshUntilMs > nowMs) consider(m_state.freshUntilMs);
  return next;
}

void KioskController::setPageVisible(bool visible, double nowMs) {
  if (!visible || !m_state.board) return;
  // Hidden time does not count against the data: the refresh due now gets an interval.
  m_state.freshUntilMs =
      std::max(m_state.freshUntilMs, nowMs + m_state.config.refreshSeconds * 1000.0);
}

}  // namespace fiche::core
