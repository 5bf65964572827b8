// core/app: the Controller owns AppState, turns intents into requests and replies into state.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/app/app_state.hpp"
#include "core/app/intent.hpp"
#include "core/app/services.hpp"
#include "core/config/config.hpp"
#include "core/net/http.hpp"

namespace fiche::core {

// What the Controller works with; every reference must outlive it. pageOrigin is the origin
// the page was loaded from ("" when unknown), to tell cross-origin APIs apart.
struct ControllerServices {
  HttpClient& http;
  DocumentSink& documents;
  CredentialStore& credentials;
  const Clock& clock;
  std::string pageOrigin{};
};

// Single-threaded: call everything from the frame loop (apply() after the views, poll()
// before them).
//
// Connecting: GET {root}/obapi/v1 without credentials; on a non-2xx status or an undecodable
// body, GET {root}/obapi/v1/discovery. Network errors and timeouts fail the connection at
// once. With the "interventions" capability, the list (and the open detail) of the current
// route are requested with "Authorization: Bearer <token>".
//
// Routes: a NavigateIntent changes what is on screen. Only the requests whose inputs changed
// are sent — at most one list request and one detail request; a client-side sort only
// reorders the loaded rows. The list keeps its rows while the next page loads.
//
// Replies: each slot (discovery, list, detail, each download) remembers its one current
// RequestId; a reply carrying any other id is dropped, so a superseded request can never
// overwrite newer state. Superseded requests are cancelled.
//
// Errors: a 401 anywhere fails the connection (the UI shows the connection screen, the route is
// kept). A server refusing the `sort` parameter (400/422) gets the request again without it,
// and the page is sorted here.
//
// The token is kept privately: it never appears in AppState, and is scrubbed from any server
// message stored there. It is stored on the device only when ConnectIntent::remember asks.
class Controller {
 public:
  explicit Controller(ControllerServices services);
  Controller(const Controller&) = delete;
  Controller& operator=(const Controller&) = delete;

  // Starts from the deployment's config and the page's initial route. Without an api root in
  // the config, remembered credentials are used; without either, the connection stays Idle
  // (the UI asks for it).
  void start(const AppConfig& config, const Route& route);

  void apply(const Intent& intent);

  // Collects completions (and download progress) from the HttpClient and applies them. True
  // when the state changed (the app then draws another frame).
  bool poll();

  const AppState& state() const { return m_state; }

 private:
  enum class DiscoveryStep { Primary, Alternate };
  struct PendingDownload {
    RequestId request = kNoRequest;
    std::uint64_t serial = 0;  // DownloadState::serial
  };

  void connect(const ConnectIntent& intent);
  void navigate(Route route);
  void refresh();
  void applyClientSort();
  void download(const DocumentIntent& intent);
  void forgetDevice();
  void cancelAll();
  bool canLoad() const;
  void loadRoute();  // list + detail of the current route
  void sendDiscovery(DiscoveryStep step);
  void requestList();
  void requestDetail();
  void closeDetail();
  HttpRequest authorised(std::string url, std::string accept) const;
  void onDiscovery(const HttpResponse& response);
  void onList(const HttpResponse& response);
  void onDetail(const HttpResponse& response);
  void onDownload(std::uint64_t serial, const HttpResponse& response);
  DownloadState* findDownload(std::uint64_t serial);
  bool updateDownloadProgress();
  void failConnection(Error error);
  void trimDownloads();
  Error scrubbed(Error error) const;
  std::string scrubbedText(std::string text) const;

  ControllerServices m_services;
  AppState m_state;
  std::string m_token;
  bool m_rememberAfterConnect = false;
  RequestId m_discoveryRequest = kNoRequest;
  RequestId m_listRequest = kNoRequest;
  RequestId m_detailRequest = kNoRequest;
  std::vector<PendingDownload> m_downloadRequests;
  std::uint64_t m_nextDownloadSerial = 1;
  DiscoveryStep m_discoveryStep = DiscoveryStep::Primary;
  std::optional<Error> m_primaryDiscoveryError;
};

}  // namespace fiche::core
