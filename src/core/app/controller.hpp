// core/app: the Controller owns AppState, turns intents into requests and replies into state.
#pragma once

#include <string>

#include "core/app/app_state.hpp"
#include "core/app/intent.hpp"
#include "core/config/config.hpp"
#include "core/net/http.hpp"

namespace fiche::core {

// Lifetime: the HttpClient must outlive the Controller. Single-threaded: call everything from
// the frame loop (apply() after the views, poll() before them).
//
// Connecting: GET {root}/obapi/v1 without credentials; on a non-2xx status or an undecodable
// body, GET {root}/obapi/v1/discovery. Network errors and timeouts fail the connection at
// once. With the "interventions" capability, page 1 of the list is requested with
// "Authorization: Bearer <token>" and per_page = min(50, max_per_page when advertised).
//
// Replies: each slot (discovery, list) remembers its one current RequestId; a reply carrying
// any other id is dropped, so a superseded request can never overwrite newer state.
// A 401 on the list fails both the list and the connection (the UI shows the connection
// screen again).
//
// The token is kept privately: it never appears in AppState, and is scrubbed from any server
// message stored there.
class Controller {
 public:
  explicit Controller(HttpClient& http);
  Controller(const Controller&) = delete;
  Controller& operator=(const Controller&) = delete;

  // No api -> connection stays Idle (the UI asks for it); else as ConnectIntent{api, token}.
  void start(const AppConfig& config);

  // ConnectIntent: an invalid root fails the connection (InvalidInput) without any request;
  // otherwise in-flight requests are cancelled and discovery starts.
  // RefreshIntent: when connected to a server offering interventions, re-requests the list
  // with the current query, superseding any list request in flight. Ignored otherwise.
  void apply(const Intent& intent);

  // Collects completions from the HttpClient and applies them. True when the state changed
  // (the app then draws another frame).
  bool poll();

  const AppState& state() const { return m_state; }

 private:
  enum class DiscoveryStep { Primary, Alternate };

  void connect(const ConnectIntent& intent);
  void refresh();
  void cancelAll();
  void sendDiscovery(DiscoveryStep step);
  void requestList();
  void onDiscovery(const HttpResponse& response);
  void onList(const HttpResponse& response);
  void failConnection(Error error);
  Error scrubbed(Error error) const;

  HttpClient& m_http;
  AppState m_state;
  std::string m_token;
  RequestId m_discoveryRequest = kNoRequest;
  RequestId m_listRequest = kNoRequest;
  DiscoveryStep m_discoveryStep = DiscoveryStep::Primary;
  std::optional<Error> m_primaryDiscoveryError;
};

}  // namespace fiche::core
