// core/obapi: turns a failed HTTP exchange into an Error the UI can act on.
#pragma once

#include <cstddef>

#include "core/net/http.hpp"
#include "core/util/result.hpp"

namespace fiche::core {

// Server-provided error text longer than this many bytes is cut on a UTF-8 boundary and ends
// with "…".
inline constexpr std::size_t kMaxServerMessageBytes = 300;

// - Transport NetworkError / Timeout / Cancelled -> Network / Timeout / Cancelled.
// - Transport Ok with status 0 (no real status; browsers report CORS failures so) -> Network.
// - A body {"error": {"type", "code", "message"}} with a string type or code -> Api, with
//   httpStatus, apiType, apiCode, and message = the server's text (untrusted, truncated to
//   kMaxServerMessageBytes; our own wording when it has none).
// - Any other body (HTML from a proxy, empty, other JSON) -> Http with httpStatus and our own
//   message ("The server answered HTTP 502."). A 2xx should not be passed; it yields Http.
// Callers branch on kind, httpStatus, apiType, apiCode; never on message.
Error errorFromResponse(const HttpResponse& response);

}  // namespace fiche::core
