// core/obapi: mapping of transport failures and OBAPI error bodies onto Error.
#include "core/obapi/api_error.hpp"

#include <optional>
#include <string>
#include <string_view>

#include "core/util/json_reader.hpp"

namespace fiche::core {
namespace {

// Shortens to at most maxBytes without splitting a UTF-8 sequence.
std::string truncateUtf8(std::string text, std::size_t maxBytes) {
  if (text.size() <= maxBytes) return text;
  std::size_t cut = maxBytes;
  // Step back over continuation bytes (10xxxxxx) to the start of the sequence we would split.
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  text.resize(cut);
  text += "…";
  return text;
}

std::string statusMessage(int status) {
  return "The server answered HTTP " + std::to_string(status) + ".";
}

}  // namespace

Error errorFromResponse(const HttpResponse& response) {
  switch (response.transport) {
    case Transport::NetworkError:
      return Error{.kind = ErrorKind::Network, .message = "Could not reach the server."};
    case Transport::Timeout:
      return Error{.kind = ErrorKind::Timeout, .message = "The server did not answer in time."};
    case Transport::Cancelled:
      return Error{.kind = ErrorKind::Cancelled, .message = "The request was cancelled."};
    case Transport::Ok:
      break;
  }
  if (response.status <= 0) {
    return Error{.kind = ErrorKind::Network,
                 .message =
                     "Could not reach the server (no HTTP status; the server may not "
                     "allow requests from this page)."};
  }

  Error error{.kind = ErrorKind::Http, .httpStatus = response.status};
  if (std::optional<nlohmann::json> body = parseJson(response.body)) {
    const nlohmann::json* detail = optObject(*body, "error");
    if (detail != nullptr) {
      const nlohmann::json* type = optMember(*detail, "type");
      const nlohmann::json* code = optMember(*detail, "code");
      const nlohmann::json* message = optMember(*detail, "message");
      const bool conforming =
          (type != nullptr && type->is_string()) || (code != nullptr && code->is_string());
      if (conforming) {
        error.kind = ErrorKind::Api;
        if (type != nullptr && type->is_string()) {
          error.apiType = truncateUtf8(type->get<std::string>(), kMaxServerMessageBytes);
        }
        if (code != nullptr && code->is_string()) {
          error.apiCode = truncateUtf8(code->get<std::string>(), kMaxServerMessageBytes);
        }
        if (message != nullptr && message->is_string() && !message->get<std::string>().empty()) {
          error.message = truncateUtf8(message->get<std::string>(), kMaxServerMessageBytes);
        }
      }
    }
  }
  if (error.message.empty()) error.message = statusMessage(response.status);
  return error;
}

}  // namespace fiche::core
