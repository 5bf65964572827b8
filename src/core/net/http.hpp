// core/net: the HTTP client interface the controller talks to (web fetch in the app, a fake in
// tests).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace fiche::core {

using RequestId = std::uint64_t;  // 0 is never a valid id
inline constexpr RequestId kNoRequest = 0;

struct Header {
  std::string name{};
  std::string value{};
};

// A GET (OBAPI is read-only). timeoutMs 0 means the implementation's default. maxAttempts is
// read by RetryingHttpClient only: 0 = its policy's, 1 = never retried.
struct HttpRequest {
  std::string url{};
  std::vector<Header> headers{};
  std::uint32_t timeoutMs = 0;
  int maxAttempts = 0;
};

// Ok means an HTTP status was received, whatever it is; the others mean none was.
enum class Transport { Ok, NetworkError, Timeout, Cancelled };

struct HttpResponse {
  RequestId id = kNoRequest;
  Transport transport = Transport::Ok;
  int status = 0;
  std::vector<Header> headers{};  // names lower-case
  std::string body{};

  // Value of the first header with that (lower-case) name, or empty. Valid while *this is.
  std::string_view header(std::string_view lowerName) const;
};

// An HTTP status was received and it is 2xx.
inline bool isSuccess(const HttpResponse& response) {
  return response.transport == Transport::Ok && response.status >= 200 && response.status < 300;
}

// How much of a response body has arrived. total is -1 until the server says (Content-Length).
struct TransferProgress {
  std::uint64_t received = 0;
  std::int64_t total = -1;
  bool operator==(const TransferProgress&) const = default;
};

// Contract:
// - send() never completes synchronously: every completion is delivered ONLY by poll(), on
//   the caller's thread, so state changes happen at one known point of the frame.
// - Each sent request completes exactly once, unless cancelled.
// - cancel() of an in-flight id means no completion is ever delivered for it; cancelling an
//   unknown or finished id does nothing.
// - poll() appends completions to `completed` (it does not clear it).
class HttpClient {
 public:
  virtual ~HttpClient() = default;
  virtual RequestId send(HttpRequest request) = 0;
  virtual void cancel(RequestId id) = 0;
  virtual void poll(std::vector<HttpResponse>& completed) = 0;
  virtual std::size_t inFlight() const = 0;
  // Progress of an in-flight request; {} when unknown or not tracked.
  virtual TransferProgress progress(RequestId) const { return {}; }
};

}  // namespace fiche::core
