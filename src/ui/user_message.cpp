// ui: error → user-facing sentence.
#include "ui/user_message.hpp"

namespace fiche::ui {
namespace {

std::string networkMessage(bool crossOrigin) {
  if (!crossOrigin) {
    return "The server could not be reached. Check the address and your connection, then "
           "retry.";
  }
  return "The server could not be reached, or your browser blocked the answer: the OBAPI "
         "server is on another site, so it must send CORS headers allowing this page "
         "(Access-Control-Allow-Origin with this page's origin, and Authorization in "
         "Access-Control-Allow-Headers). Otherwise serve Fiche from the same origin, for "
         "example with serve.py --upstream <server address>.";
}

std::string unauthorised(const core::Error& error) {
  if (error.apiCode == "EXPIRED_TOKEN") return "The access token has expired. Enter a new one.";
  if (error.apiCode == "MISSING_TOKEN") return "This server needs an access token.";
  return "The access token was rejected. Enter a valid token.";
}

std::string notFound(Subject subject) {
  switch (subject) {
    case Subject::Detail:
      return "This intervention no longer exists, or this token cannot see it.";
    case Subject::Document:
      return "No PDF report is available for this intervention.";
    case Subject::Connection:
    case Subject::List:
      break;
  }
  return "Not found on this server.";
}

}  // namespace

std::string userMessage(const core::Error& error, Subject subject, bool crossOrigin) {
  using core::ErrorKind;
  switch (error.kind) {
    case ErrorKind::Network:
      return networkMessage(crossOrigin);
    case ErrorKind::Timeout:
      return "The server took too long to answer. Retry in a moment.";
    case ErrorKind::Cancelled:
      return "The request was cancelled.";
    case ErrorKind::Decode:
      return subject == Subject::Document
                 ? "The server did not send a PDF file."
                 : "The server's answer could not be read: it is not the OBAPI format.";
    case ErrorKind::InvalidInput:
    case ErrorKind::Unsupported:
      // Both carry our own words (never the server's), written for the user.
      return error.message.empty() ? std::string("Invalid input.") : error.message;
    case ErrorKind::Http:
    case ErrorKind::Api:
      break;
  }
  const int status = error.httpStatus;
  if (status == 401) return unauthorised(error);
  if (status == 403) {
    return subject == Subject::Document ? "This token may not download this report."
                                        : "This token has no access to interventions.";
  }
  // Some servers answer 200 with an error body; the code says what happened.
  if (status == 404 || error.apiCode == "DOCUMENT_NOT_FOUND" ||
      error.apiCode == "OBJECT_NOT_FOUND") {
    return notFound(subject);
  }
  if (status == 429) return "The server is busy (too many requests). Retry shortly.";
  if (status >= 500) {
    return "The server had a problem (HTTP " + std::to_string(status) + "). Retry in a moment.";
  }
  if (subject == Subject::List && (status == 400 || status == 422)) {
    return "The server refused these filters (HTTP " + std::to_string(status) +
           "). Check the dates, or clear the filters.";
  }
  return "The server refused the request (HTTP " + std::to_string(status) + ").";
}

bool isRetryable(const core::Error& error) {
  using core::ErrorKind;
  if (error.kind == ErrorKind::Network || error.kind == ErrorKind::Timeout ||
      error.kind == ErrorKind::Decode) {
    return true;
  }
  return error.httpStatus == 429 || error.httpStatus >= 500;
}

}  // namespace fiche::ui
