// tests/support: a scripted HttpClient that records requests and completes them on command.
#pragma once

#include <cstddef>
#include <deque>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/net/http.hpp"

namespace fiche::test {

// Keeps the HttpClient contract: nothing completes until the test says so, completions are
// delivered only by poll() in the order the test completed them, a cancelled request is
// never delivered. forceDeliver() breaks the contract on purpose, to prove consumers still
// drop replies for ids they no longer wait for.
class FakeHttpClient : public core::HttpClient {
 public:
  struct Sent {
    core::RequestId id = core::kNoRequest;
    core::HttpRequest request{};
    bool cancelled = false;
    bool completed = false;  // completed by the test (delivered or queued)

    // First header with that name (case-insensitive), or empty.
    std::string_view header(std::string_view name) const;
    bool hasHeader(std::string_view name) const;
  };

  core::RequestId send(core::HttpRequest request) override;
  void cancel(core::RequestId id) override;
  void poll(std::vector<core::HttpResponse>& completed) override;
  std::size_t inFlight() const override;
  // What setProgress() last said for the id while it is in flight; {} otherwise.
  core::TransferProgress progress(core::RequestId id) const override;

  // Queues a reply for delivery at the next poll(). False (and nothing queued) when the id is
  // unknown, cancelled or already completed. Header names are lower-cased as the contract says.
  bool complete(core::RequestId id, int status, std::string body,
                std::vector<core::Header> headers = {});
  bool fail(core::RequestId id, core::Transport transport);
  void forceDeliver(core::HttpResponse response);
  // Pretends part of the body of an in-flight request has arrived.
  void setProgress(core::RequestId id, core::TransferProgress progress);

  const std::vector<Sent>& requests() const { return m_sent; }
  const Sent* find(core::RequestId id) const;
  const Sent& last() const { return m_sent.back(); }  // requires at least one request
  core::RequestId lastId() const { return m_sent.empty() ? core::kNoRequest : m_sent.back().id; }
  std::vector<core::RequestId> pendingIds() const;  // sent, not cancelled, not completed
  int cancellations() const { return m_cancellations; }

 private:
  Sent* findMutable(core::RequestId id);

  std::vector<Sent> m_sent;
  std::map<core::RequestId, core::TransferProgress> m_progress;
  std::deque<core::HttpResponse> m_ready;
  core::RequestId m_nextId = 1;
  int m_cancellations = 0;
};

}  // namespace fiche::test
