// tests/fuzz: errorFromResponse (core/obapi/api_error) on any status, transport and body.
// Input: byte 0 picks the transport, bytes 1-2 the HTTP status (signed, big-endian), the rest
// is the body.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/obapi/api_error.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using fiche::core::ErrorKind;
  using fiche::core::Transport;
  if (size < 3) return 0;
  constexpr Transport kTransports[] = {Transport::Ok, Transport::NetworkError, Transport::Timeout,
                                       Transport::Cancelled};
  fiche::core::HttpResponse response;
  response.transport = kTransports[data[0] % 4];
  response.status = static_cast<std::int16_t>((data[1] << 8) | data[2]);
  response.body = std::string(fiche::fuzz::textOf(data + 3, size - 3));

  const fiche::core::Error error = fiche::core::errorFromResponse(response);
  FUZZ_CHECK(!error.message.empty(), "every error has a message");
  fiche::fuzz::checkUtf8(error.message, "the message is UTF-8");
  fiche::fuzz::checkUtf8(error.apiType, "error.type is UTF-8");
  fiche::fuzz::checkUtf8(error.apiCode, "error.code is UTF-8");
  // Server text is cut at kMaxServerMessageBytes, plus the three bytes of "…".
  constexpr std::size_t kMax = fiche::core::kMaxServerMessageBytes + 3;
  FUZZ_CHECK(
      error.message.size() <= kMax && error.apiType.size() <= kMax && error.apiCode.size() <= kMax,
      "server text is bounded");
  const bool received = response.transport == Transport::Ok && response.status > 0;
  if (received) {
    FUZZ_CHECK(error.kind == ErrorKind::Http || error.kind == ErrorKind::Api,
               "a received status gives Http or Api");
    FUZZ_CHECK(error.httpStatus == response.status, "the status is kept");
  } else {
    FUZZ_CHECK(error.kind == ErrorKind::Network || error.kind == ErrorKind::Timeout ||
                   error.kind == ErrorKind::Cancelled,
               "no status gives a transport error");
    FUZZ_CHECK(error.apiType.empty() && error.apiCode.empty(), "no body is read without status");
  }
  if (error.kind != ErrorKind::Api) {
    FUZZ_CHECK(error.apiType.empty() && error.apiCode.empty(), "only Api errors carry type/code");
  }
  return 0;
}
