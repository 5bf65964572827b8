// tests/support: FakeHttpClient implementation.
#include "support/fake_http_client.hpp"

#include <algorithm>
#include <utility>

namespace fiche::test {
namespace {

char lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsNoCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                            [](char x, char y) { return lower(x) == lower(y); });
}

}  // namespace

std::string_view FakeHttpClient::Sent::header(std::string_view name) const {
  for (const core::Header& h : request.headers) {
    if (equalsNoCase(h.name, name)) return h.value;
  }
  return {};
}

bool FakeHttpClient::Sent::hasHeader(std::string_view name) const {
  return std::any_of(request.headers.begin(), request.headers.end(),
                     [&](const core::Header& h) { return equalsNoCase(h.name, name); });
}

core::RequestId FakeHttpClient::send(core::HttpRequest request) {
  const core::RequestId id = m_nextId++;
  m_sent.push_back(Sent{.id = id, .request = std::move(request)});
  return id;
}

void FakeHttpClient::cancel(core::RequestId id) {
  Sent* sent = findMutable(id);
  if (sent == nullptr || sent->cancelled) return;
  const bool delivered =
      sent->completed && std::none_of(m_ready.begin(), m_ready.end(),
                                      [&](const core::HttpResponse& r) { return r.id == id; });
  if (delivered) return;
  sent->cancelled = true;
  ++m_cancellations;
  std::erase_if(m_ready, [&](const core::HttpResponse& r) { return r.id == id; });
}

void FakeHttpClient::poll(std::vector<core::HttpResponse>& completed) {
  while (!m_ready.empty()) {
    completed.push_back(std::move(m_ready.front()));
    m_ready.pop_front();
  }
}

std::size_t FakeHttpClient::inFlight() const {
  const auto waiting = std::count_if(m_sent.begin(), m_sent.end(),
                                     [](const Sent& s) { return !s.cancelled && !s.completed; });
  return static_cast<std::size_t>(waiting) + m_ready.size();
}

bool FakeHttpClient::complete(core::RequestId id, int status, std::string body,
                              std::vector<core::Header> headers) {
  Sent* sent = findMutable(id);
  if (sent == nullptr || sent->cancelled || sent->completed) return false;
  sent->completed = true;
  for (core::Header& h : headers) {
    std::transform(h.name.begin(), h.name.end(), h.name.begin(), lower);
  }
  m_ready.push_back(core::HttpResponse{.id = id,
                                       .transport = core::Transport::Ok,
                                       .status = status,
                                       .headers = std::move(headers),
                                       .body = std::move(body)});
  return true;
}

bool FakeHttpClient::fail(core::RequestId id, core::Transport transport) {
  Sent* sent = findMutable(id);
  if (sent == nullptr || sent->cancelled || sent->completed) return false;
  sent->completed = true;
  m_ready.push_back(core::HttpResponse{.id = id, .transport = transport});
  return true;
}

void FakeHttpClient::forceDeliver(core::HttpResponse response) {
  m_ready.push_back(std::move(response));
}

core::TransferProgress FakeHttpClient::progress(core::RequestId id) const {
  const Sent* sent = find(id);
  if (sent == nullptr || sent->cancelled || sent->completed) return {};
  const auto it = m_progress.find(id);
  return it == m_progress.end() ? core::TransferProgress{} : it->second;
}

void FakeHttpClient::setProgress(core::RequestId id, core::TransferProgress progress) {
  m_progress[id] = progress;
}

const FakeHttpClient::Sent* FakeHttpClient::find(core::RequestId id) const {
  const auto it =
      std::find_if(m_sent.begin(), m_sent.end(), [&](const Sent& s) { return s.id == id; });
  return it == m_sent.end() ? nullptr : &*it;
}

FakeHttpClient::Sent* FakeHttpClient::findMutable(core::RequestId id) {
  return const_cast<Sent*>(std::as_const(*this).find(id));
}

std::vector<core::RequestId> FakeHttpClient::pendingIds() const {
  std::vector<core::RequestId> ids;
  for (const Sent& s : m_sent) {
    if (!s.cancelled && !s.completed) ids.push_back(s.id);
  }
  return ids;
}

}  // namespace fiche::test
