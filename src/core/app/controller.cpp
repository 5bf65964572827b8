// core/app: Controller — connection, discovery fallback, list loading, stale-reply guard.
#include "core/app/controller.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include "core/obapi/api_error.hpp"
#include "core/obapi/decode.hpp"
#include "core/obapi/endpoints.hpp"

namespace fiche::core {
namespace {

constexpr int kPreferredPerPage = 50;
constexpr std::string_view kInterventions = "interventions";

bool isSuccess(const HttpResponse& r) {
  return r.transport == Transport::Ok && r.status >= 200 && r.status < 300;
}

void replaceAll(std::string& text, std::string_view what, std::string_view with) {
  if (what.empty()) return;
  for (std::size_t at = text.find(what); at != std::string::npos;
       at = text.find(what, at + with.size())) {
    text.replace(at, what.size(), with);
  }
}

}  // namespace

Controller::Controller(HttpClient& http) : m_http(http) {}

void Controller::start(const AppConfig& config) {
  if (config.api.empty()) {
    cancelAll();
    m_token = config.token;
    m_state.connection = ConnectionState{.hasToken = !config.token.empty()};
    m_state.list = ListState{.generation = m_state.list.generation};
    return;
  }
  connect(ConnectIntent{config.api, config.token});
}

void Controller::apply(const Intent& intent) {
  if (const auto* connectIntent = std::get_if<ConnectIntent>(&intent)) {
    connect(*connectIntent);
  } else if (std::holds_alternative<RefreshIntent>(intent)) {
    refresh();
  }
}

bool Controller::poll() {
  ++m_state.frames;
  std::vector<HttpResponse> completed;
  m_http.poll(completed);
  bool changed = false;
  for (const HttpResponse& response : completed) {
    if (response.id == kNoRequest) continue;
    if (response.id == m_discoveryRequest) {
      m_discoveryRequest = kNoRequest;
      onDiscovery(response);
      changed = true;
    } else if (response.id == m_listRequest) {
      m_listRequest = kNoRequest;
      onList(response);
      changed = true;
    }
    // Anything else answers a superseded request: dropped.
  }
  return changed;
}

void Controller::connect(const ConnectIntent& intent) {
  cancelAll();
  m_token = intent.token;
  // A new connection starts a new list; generation keeps counting so no old reply can match.
  m_state.list = ListState{.generation = m_state.list.generation};
  m_state.connection = ConnectionState{.hasToken = !intent.token.empty()};

  Result<std::string> root = normaliseApiRoot(intent.apiRoot);
  if (!root) {
    m_state.connection.apiRoot = intent.apiRoot;
    m_state.connection.status = LoadStatus::Failed;
    m_state.connection.error = root.error();
    return;
  }
  m_state.connection.apiRoot = std::move(root).value();
  m_state.connection.status = LoadStatus::Pending;
  m_primaryDiscoveryError.reset();
  sendDiscovery(DiscoveryStep::Primary);
}

void Controller::refresh() {
  if (m_state.connection.status != LoadStatus::Ok ||
      !m_state.connection.discovery.has(kInterventions)) {
    return;
  }
  requestList();
}

void Controller::cancelAll() {
  if (m_discoveryRequest != kNoRequest) m_http.cancel(m_discoveryRequest);
  if (m_listRequest != kNoRequest) m_http.cancel(m_listRequest);
  m_discoveryRequest = kNoRequest;
  m_listRequest = kNoRequest;
}

void Controller::sendDiscovery(DiscoveryStep step) {
  m_discoveryStep = step;
  const std::string& root = m_state.connection.apiRoot;
  // Discovery is public: the token is deliberately not sent.
  HttpRequest request{
      .url = step == DiscoveryStep::Primary ? discoveryUrl(root) : discoveryAltUrl(root),
      .headers = {{"Accept", "application/json"}},
  };
  m_discoveryRequest = m_http.send(std::move(request));
}

void Controller::requestList() {
  if (m_listRequest != kNoRequest) m_http.cancel(m_listRequest);
  ListState& list = m_state.list;
  ++list.generation;
  list.status = LoadStatus::Pending;
  list.error.reset();
  HttpRequest request{
      .url = interventionsUrl(m_state.connection.apiRoot, list.query),
      .headers = {{"Accept", "application/json"}},
  };
  if (!m_token.empty()) request.headers.push_back({"Authorization", "Bearer " + m_token});
  m_listRequest = m_http.send(std::move(request));
}

void Controller::onDiscovery(const HttpResponse& response) {
  const bool transportFailed = response.transport != Transport::Ok || response.status <= 0;
  std::optional<Error> failure;
  if (isSuccess(response)) {
    Result<Discovery> discovery = decodeDiscovery(response.body);
    if (discovery) {
      ConnectionState& connection = m_state.connection;
      connection.discovery = std::move(discovery).value();
      connection.status = LoadStatus::Ok;
      connection.error.reset();
      if (!connection.discovery.has(kInterventions)) {
        m_state.list.status = LoadStatus::Failed;
        m_state.list.error = Error{.kind = ErrorKind::Unsupported,
                                   .message = "This server does not offer interventions."};
        return;
      }
      const int maxPerPage = connection.discovery.maxPerPage;
      m_state.list.query = InterventionQuery{
          .page = 1,
          .perPage = maxPerPage > 0 ? std::min(kPreferredPerPage, maxPerPage) : kPreferredPerPage,
      };
      requestList();
      return;
    }
    failure = discovery.error();
    failure->httpStatus = response.status;
  } else {
    failure = errorFromResponse(response);
  }

  // The alternate URL is worth a try unless the network itself failed.
  if (m_discoveryStep == DiscoveryStep::Primary && !transportFailed) {
    m_primaryDiscoveryError = std::move(failure);
    sendDiscovery(DiscoveryStep::Alternate);
    return;
  }
  // Both URLs answered: a 404 on the alternate says less than what the primary said.
  if (m_discoveryStep == DiscoveryStep::Alternate && m_primaryDiscoveryError &&
      failure->httpStatus == 404) {
    if (m_primaryDiscoveryError->httpStatus == 404) {
      failure->kind = ErrorKind::Http;
      failure->message =
          "No OBAPI service answers at this address (HTTP 404 on /obapi/v1 and "
          "/obapi/v1/discovery).";
    } else {
      failure = m_primaryDiscoveryError;
    }
  }
  failConnection(std::move(*failure));
}

void Controller::onList(const HttpResponse& response) {
  ListState& list = m_state.list;
  if (isSuccess(response)) {
    Result<InterventionPage> page = decodeInterventionPage(response.body);
    if (page) {
      list.page = std::move(page).value();
      list.status = LoadStatus::Ok;
      list.error.reset();
      return;
    }
    Error error = page.error();
    error.httpStatus = response.status;
    list.status = LoadStatus::Failed;
    list.error = scrubbed(std::move(error));
    return;
  }
  Error error = scrubbed(errorFromResponse(response));
  list.status = LoadStatus::Failed;
  list.error = error;
  if (error.httpStatus == 401) failConnection(std::move(error));
}

void Controller::failConnection(Error error) {
  m_state.connection.status = LoadStatus::Failed;
  m_state.connection.error = scrubbed(std::move(error));
}

Error Controller::scrubbed(Error error) const {
  // A server may echo what it was sent; the token must not reach the screen through it.
  constexpr std::string_view kHidden = "[token]";
  replaceAll(error.message, m_token, kHidden);
  replaceAll(error.apiType, m_token, kHidden);
  replaceAll(error.apiCode, m_token, kHidden);
  return error;
}

}  // namespace fiche::core
