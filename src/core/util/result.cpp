// core/util: names of error kinds, for logs and tests.
#include "core/util/result.hpp"

namespace fiche::core {

std::string_view toString(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::Network:
      return "network";
    case ErrorKind::Timeout:
      return "timeout";
    case ErrorKind::Cancelled:
      return "cancelled";
    case ErrorKind::Http:
      return "http";
    case ErrorKind::Api:
      return "api";
    case ErrorKind::Decode:
      return "decode";
    case ErrorKind::InvalidInput:
      return "invalid-input";
    case ErrorKind::Unsupported:
      return "unsupported";
  }
  return "unknown";
}

}  // namespace fiche::core
