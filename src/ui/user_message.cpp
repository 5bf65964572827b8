// ui: error → user-facing sentence.
#include "ui/user_message.hpp"

namespace fiche::ui {

std::string userMessage(const core::Error& error) {
  using core::ErrorKind;
  switch (error.kind) {
    case ErrorKind::Network:
      return "The server could not be reached. Check the address and your connection, then "
             "retry. (If the server is on another site, it must allow this page with CORS "
             "headers.)";
    case ErrorKind::Timeout:
      return "The server took too long to answer. Retry in a moment.";
    case ErrorKind::Cancelled:
      return "The request was cancelled.";
    case ErrorKind::Decode:
      return "The server's answer could not be read: it is not the OBAPI format.";
    case ErrorKind::InvalidInput:
    case ErrorKind::Unsupported:
      // Both carry our own words (never the server's), written for the user.
      return error.message.empty() ? std::string("Invalid input.") : error.message;
    case ErrorKind::Http:
    case ErrorKind::Api:
      break;
  }
  if (error.httpStatus == 401) return "The access token was rejected. Enter a valid token.";
  if (error.httpStatus == 403) return "This token has no access to interventions.";
  if (error.httpStatus == 404) return "Not found on this server.";
  if (error.httpStatus == 429) return "The server is busy (too many requests). Retry shortly.";
  if (error.httpStatus >= 500) return "The server had a problem. Retry in a moment.";
  return "The server refused the request (HTTP " + std::to_string(error.httpStatus) + ").";
}

}  // namespace fiche::ui
