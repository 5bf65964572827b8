// platform/web: core::HttpClient over asynchronous emscripten_fetch (XHR in the browser).
#pragma once

#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

#include "core/net/http.hpp"

struct emscripten_fetch_t;

namespace fiche::web {

// Every fetch is asynchronous, has a timeout, and is closed exactly once: on completion,
// on cancel(), or in the destructor; a cancelled fetch's XMLHttpRequest is aborted, so its
// connection is given back at once. Completions are queued by the browser's callbacks and
// handed out by poll(); `onActivity` runs after each completion so the frame loop wakes.
class FetchHttpClient final : public core::HttpClient {
 public:
  static constexpr std::uint32_t kDefaultTimeoutMs = 30000;

  explicit FetchHttpClient(std::function<void()> onActivity);
  ~FetchHttpClient() override;
  FetchHttpClient(const FetchHttpClient&) = delete;
  FetchHttpClient& operator=(const FetchHttpClient&) = delete;

  core::RequestId send(core::HttpRequest request) override;
  void cancel(core::RequestId id) override;
  void poll(std::vector<core::HttpResponse>& completed) override;
  std::size_t inFlight() const override { return m_pending.size(); }
  core::TransferProgress progress(core::RequestId id) const override;

 private:
  struct Pending;
  static void onDone(emscripten_fetch_t* fetch);
  static void onProgress(emscripten_fetch_t* fetch);
  void finish(Pending& pending, emscripten_fetch_t* fetch);

  std::function<void()> m_onActivity;
  core::RequestId m_nextId = 1;
  std::unordered_map<core::RequestId, std::unique_ptr<Pending>> m_pending;
  std::vector<core::HttpResponse> m_completed;
};

}  // namespace fiche::web
