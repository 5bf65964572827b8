// core/app: Controller — connecting: the API root, discovery and its fallback URL, a failed
// connection and its recovery, and keeping the token out of what reaches the screen.
#include <string>
#include <utility>

#include "core/app/controller.hpp"
#include "core/app/controller_shared.hpp"
#include "core/obapi/api_error.hpp"
#include "core/obapi/decode.hpp"
#include "core/obapi/endpoints.hpp"
#include "core/util/origin.hpp"

namespace fiche::core {
using controller_detail::kInterventions;
using controller_detail::kJson;
using controller_detail::normalised;

namespace {

void replaceAll(std::string& text, std::string_view what, std::string_view with) {
  if (what.empty()) return;
  for (std::size_t at = text.find(what); at != std::string::npos;
       at = text.find(what, at + with.size())) {
    text.replace(at, what.size(), with);
  }
}

}  // namespace

void Controller::connect(const ConnectIntent& intent, int discoveryAttempts) {
  cancelAll();
  m_token = intent.token;
  m_rememberAfterConnect = intent.remember;
  m_discoveryAttempts = discoveryAttempts;
  m_recoverConnection = false;
  m_connectionRecoveryRound = 0;
  m_listRecoveryRound = 0;
  // A new connection starts a new list; generations keep counting so no old reply can match.
  m_state.list = ListState{.generation = m_state.list.generation};
  m_state.detail = DetailState{.generation = m_state.detail.generation};
  const bool remembered = m_state.connection.remembered;
  m_state.connection = ConnectionState{.hasToken = !intent.token.empty(), .remembered = remembered};

  Result<std::string> root = normaliseApiRoot(intent.apiRoot);
  if (!root) {
    m_state.connection.apiRoot = intent.apiRoot;
    m_state.connection.status = LoadStatus::Failed;
    m_state.connection.error = root.error();
    return;
  }
  m_state.connection.apiRoot = std::move(root).value();
  const std::string apiOrigin = originOf(m_state.connection.apiRoot);
  m_state.connection.crossOrigin =
      !m_services.pageOrigin.empty() && apiOrigin != m_services.pageOrigin;
  m_state.connection.status = LoadStatus::Pending;
  m_primaryDiscoveryError.reset();
  sendDiscovery(DiscoveryStep::Primary);
}

void Controller::sendDiscovery(DiscoveryStep step) {
  m_discoveryStep = step;
  const std::string& root = m_state.connection.apiRoot;
  // Discovery is public: the token is deliberately not sent.
  HttpRequest request{
      .url = step == DiscoveryStep::Primary ? discoveryUrl(root) : discoveryAltUrl(root),
      .headers = {{"Accept", std::string(kJson)}},
      .timeoutMs = timeoutMs(),
      .maxAttempts = m_discoveryAttempts,
  };
  m_discoveryRequest = m_http.send(std::move(request));
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
      connection.background = false;
      m_connectionRecoveryRound = 0;
      if (!connection.discovery.has(kInterventions)) {
        m_state.list.status = LoadStatus::Failed;
        m_state.list.error = Error{.kind = ErrorKind::Unsupported,
                                   .message = "This server does not offer interventions."};
        return;
      }
      m_state.route = normalised(m_state.route, connection.discovery);
      applyViewOptions();
      loadRoute();
      return;
    }
    failure = discovery.error();
    failure->httpStatus = response.status;
  } else {
    failure = errorFromResponse(response);
  }

  const bool transient = isTransient(response);
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
  if (m_recoverConnection && transient) {
    m_state.connection.recoverAtMs = m_state.nowMs + recoveryDelayMs(m_connectionRecoveryRound++);
  }
}

void Controller::failConnection(Error error) {
  cancelAll();
  m_state.connection.status = LoadStatus::Failed;
  m_state.connection.error = scrubbed(std::move(error));
}

std::string Controller::scrubbedText(std::string text) const {
  // A server may echo what it was sent; the token must not reach the screen through it.
  replaceAll(text, m_token, "[token]");
  return text;
}

Error Controller::scrubbed(Error error) const {
  error.message = scrubbedText(std::move(error.message));
  error.apiType = scrubbedText(std::move(error.apiType));
  error.apiCode = scrubbedText(std::move(error.apiCode));
  return error;
}

}  // namespace fiche::core
