// platform/web: emscripten_fetch client.
#include "platform/web/fetch_http_client.hpp"

#include <emscripten/emscripten.h>
#include <emscripten/fetch.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>

namespace fiche::web {

struct FetchHttpClient::Pending {
  FetchHttpClient* client = nullptr;
  core::RequestId id = 0;
  emscripten_fetch_t* fetch = nullptr;
  double startedMs = 0;
  std::uint32_t timeoutMs = 0;
  bool cancelled = false;
  core::TransferProgress progress{};
};

namespace {

// Emscripten 3.1.6's emscripten_fetch_close() frees the fetch but leaves its XMLHttpRequest
// running: the browser keeps the connection busy (six per host at most) until the server
// answers, and that answer's handlers then write into the freed fetch. Aborting the XHR first
// (Fetch.xhrs is indexed by fetch->id - 1, see its Fetch.js) closes the connection; Fetch.js
// installs no abort handler, so nothing runs afterwards.
// clang-format off
EM_JS(void, js_fetch_abort, (unsigned id), {
  const xhr = Fetch.xhrs[id - 1];
  if (xhr) xhr.abort();
});
// clang-format on

// Splits the "name: value\r\n" block XHR gives into lower-case names and values.
std::vector<core::Header> readHeaders(emscripten_fetch_t* fetch) {
  std::vector<core::Header> headers;
  const size_t length = emscripten_fetch_get_response_headers_length(fetch);
  if (length == 0) return headers;
  std::string block(length + 1, '\0');
  emscripten_fetch_get_response_headers(fetch, block.data(), block.size());
  block.resize(std::strlen(block.c_str()));
  size_t start = 0;
  while (start < block.size()) {
    size_t end = block.find('\n', start);
    if (end == std::string::npos) end = block.size();
    std::string line = block.substr(start, end - start);
    start = end + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string name = line.substr(0, colon);
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    size_t valueStart = colon + 1;
    while (valueStart < line.size() && line[valueStart] == ' ') ++valueStart;
    headers.push_back({std::move(name), line.substr(valueStart)});
  }
  return headers;
}

}  // namespace

FetchHttpClient::FetchHttpClient(std::function<void()> onActivity)
    : m_onActivity(std::move(onActivity)) {}

FetchHttpClient::~FetchHttpClient() {
  while (!m_pending.empty()) cancel(m_pending.begin()->first);
}

core::RequestId FetchHttpClient::send(core::HttpRequest request) {
  const core::RequestId id = m_nextId++;
  auto pending = std::make_unique<Pending>();
  pending->client = this;
  pending->id = id;
  pending->startedMs = emscripten_get_now();
  pending->timeoutMs = request.timeoutMs != 0 ? request.timeoutMs : kDefaultTimeoutMs;

  // emscripten_fetch copies the header strings, so these may die after the call.
  std::vector<const char*> headerPointers;
  for (const core::Header& header : request.headers) {
    headerPointers.push_back(header.name.c_str());
    headerPointers.push_back(header.value.c_str());
  }
  headerPointers.push_back(nullptr);

  emscripten_fetch_attr_t attributes;
  emscripten_fetch_attr_init(&attributes);
  std::strcpy(attributes.requestMethod, "GET");
  attributes.attributes = EMSCRIPTEN_FETCH_LOAD_TO_MEMORY;
  attributes.timeoutMSecs = pending->timeoutMs;
  attributes.requestHeaders = headerPointers.data();
  attributes.userData = pending.get();
  attributes.onsuccess = &FetchHttpClient::onDone;
  attributes.onerror = &FetchHttpClient::onDone;
  attributes.onprogress = &FetchHttpClient::onProgress;
  Pending* raw = pending.get();
  m_pending.emplace(id, std::move(pending));
  raw->fetch = emscripten_fetch(&attributes, request.url.c_str());
  return id;
}

void FetchHttpClient::cancel(core::RequestId id) {
  auto it = m_pending.find(id);
  if (it == m_pending.end()) return;
  std::unique_ptr<Pending> pending = std::move(it->second);
  m_pending.erase(it);
  pending->cancelled = true;
  // Aborting marks the fetch done, so closing it calls no handler; were one called, onDone
  // would see `cancelled` (pending lives until the end of this function) and deliver nothing.
  if (pending->fetch != nullptr) {
    js_fetch_abort(pending->fetch->id);
    emscripten_fetch_close(pending->fetch);
  }
}

void FetchHttpClient::poll(std::vector<core::HttpResponse>& completed) {
  for (core::HttpResponse& response : m_completed) completed.push_back(std::move(response));
  m_completed.clear();
}

core::TransferProgress FetchHttpClient::progress(core::RequestId id) const {
  auto it = m_pending.find(id);
  return it == m_pending.end() ? core::TransferProgress{} : it->second->progress;
}

void FetchHttpClient::onProgress(emscripten_fetch_t* fetch) {
  auto* pending = static_cast<Pending*>(fetch->userData);
  if (pending->cancelled) return;
  // totalBytes is 0 when the server sent no usable Content-Length.
  pending->progress = {
      .received = fetch->dataOffset + fetch->numBytes,
      .total = fetch->totalBytes > 0 ? static_cast<std::int64_t>(fetch->totalBytes) : -1};
  if (pending->client->m_onActivity) pending->client->m_onActivity();
}

void FetchHttpClient::onDone(emscripten_fetch_t* fetch) {
  auto* pending = static_cast<Pending*>(fetch->userData);
  if (pending->cancelled) return;  // cancel() owns and frees it
  pending->client->finish(*pending, fetch);
}

void FetchHttpClient::finish(Pending& pending, emscripten_fetch_t* fetch) {
  core::HttpResponse response;
  response.id = pending.id;
  response.status = fetch->status;
  if (fetch->status == 0) {
    // XHR reports neither timeouts nor network errors (CORS refusals included) with a
    // status; the elapsed time tells a timeout apart.
    const double elapsed = emscripten_get_now() - pending.startedMs;
    response.transport = elapsed + 50 >= pending.timeoutMs ? core::Transport::Timeout
                                                           : core::Transport::NetworkError;
  } else {
    response.headers = readHeaders(fetch);
    if (fetch->data != nullptr && fetch->numBytes > 0) {
      response.body.assign(fetch->data, static_cast<size_t>(fetch->numBytes));
    }
  }
  m_completed.push_back(std::move(response));
  emscripten_fetch_close(fetch);
  m_pending.erase(pending.id);  // frees `pending`
  if (m_onActivity) m_onActivity();
}

}  // namespace fiche::web
