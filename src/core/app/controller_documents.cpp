// core/app: Controller — fetching PDF reports and handing them to the browser.
#include <algorithm>
#include <utility>

#include "core/app/controller.hpp"
#include "core/obapi/api_error.hpp"
#include "core/obapi/content_disposition.hpp"
#include "core/obapi/endpoints.hpp"

namespace fiche::core {
namespace {

constexpr std::string_view kPdfMagic = "%PDF-";
constexpr std::string_view kPdfType = "application/pdf";
constexpr std::size_t kKeptDownloads = 6;
// PDFs can be large and servers generate them on demand: more patience than for JSON.
constexpr std::uint32_t kDocumentTimeoutMs = 120'000;
// A PDF is generated on demand: one retry after a transient failure, then the user decides.
constexpr int kDocumentAttempts = 2;

}  // namespace

void Controller::download(const DocumentIntent& intent) {
  if (!canLoad() || intent.id.empty()) return;
  const bool alreadyPending =
      std::any_of(m_state.downloads.begin(), m_state.downloads.end(), [&](const auto& d) {
        return d.status == LoadStatus::Pending && d.id == intent.id && d.action == intent.action;
      });
  if (alreadyPending) return;  // a double click must not fetch twice

  const std::uint64_t serial = m_nextDownloadSerial++;
  m_state.downloads.push_back(DownloadState{.serial = serial,
                                            .id = intent.id,
                                            .ref = intent.ref,
                                            .action = intent.action,
                                            .status = LoadStatus::Pending});
  HttpRequest request = authorised(downloadUrl(m_state.connection.apiRoot, intent.id),
                                   std::string(kPdfType) + ", application/json");
  request.timeoutMs = kDocumentTimeoutMs;
  request.maxAttempts = kDocumentAttempts;
  m_downloadRequests.push_back({.request = m_http.send(std::move(request)), .serial = serial});
  trimDownloads();
}

DownloadState* Controller::findDownload(std::uint64_t serial) {
  auto found = std::find_if(m_state.downloads.begin(), m_state.downloads.end(),
                            [&](const DownloadState& d) { return d.serial == serial; });
  return found == m_state.downloads.end() ? nullptr : &*found;
}

void Controller::onDownload(std::uint64_t serial, const HttpResponse& response) {
  DownloadState* download = findDownload(serial);
  if (download == nullptr) return;
  download->bytesReceived = response.body.size();
  if (!isSuccess(response)) {
    Error error = scrubbed(errorFromResponse(response));
    download->status = LoadStatus::Failed;
    download->error = error;
    if (error.httpStatus == 401) failConnection(std::move(error));
    return;
  }
  if (!std::string_view(response.body).starts_with(kPdfMagic)) {
    // Some servers answer 200 with a JSON error body, or an HTML page from a proxy.
    Error error = errorFromResponse({.status = response.status, .body = response.body});
    if (error.kind != ErrorKind::Api) {
      error = Error{.kind = ErrorKind::Decode,
                    .httpStatus = response.status,
                    .message = "The server did not send a PDF file."};
    }
    download->status = LoadStatus::Failed;
    download->error = scrubbed(std::move(error));
    return;
  }
  // The name is server text: a server echoing the token must not get it onto the screen.
  download->fileName = scrubbedText(safeDownloadName(
      contentDispositionFilename(response.header("content-disposition")), download->ref, ".pdf"));
  download->bytesTotal = static_cast<std::int64_t>(response.body.size());
  download->status = LoadStatus::Ok;
  if (download->action == DocumentAction::Open &&
      m_services.documents.open(download->fileName, response.body, kPdfType)) {
    return;
  }
  download->openBlocked = download->action == DocumentAction::Open;
  m_services.documents.save(download->fileName, response.body, kPdfType);
}

bool Controller::updateDownloadProgress() {
  bool changed = false;
  for (const PendingDownload& pending : m_downloadRequests) {
    DownloadState* download = findDownload(pending.serial);
    if (download == nullptr) continue;
    const TransferProgress progress = m_http.progress(pending.request);
    if (progress.received != download->bytesReceived || progress.total != download->bytesTotal) {
      download->bytesReceived = progress.received;
      download->bytesTotal = progress.total;
      changed = true;
    }
  }
  return changed;
}

void Controller::trimDownloads() {
  // Finished entries go first; pending ones are kept whatever the count.
  while (m_state.downloads.size() > kKeptDownloads) {
    auto finished =
        std::find_if(m_state.downloads.begin(), m_state.downloads.end(),
                     [](const DownloadState& d) { return d.status != LoadStatus::Pending; });
    if (finished == m_state.downloads.end()) return;
    m_state.downloads.erase(finished);
  }
}

}  // namespace fiche::core
