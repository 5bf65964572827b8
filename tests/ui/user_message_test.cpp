// tests/ui: errors become sentences chosen by kind, status, code and subject, never by server
// text.
#include "ui/user_message.hpp"

#include <gtest/gtest.h>

#include <string>

namespace fiche::ui {
namespace {

using core::Error;
using core::ErrorKind;

Error http(int status) {
  return Error{.kind = ErrorKind::Http, .httpStatus = status};
}

bool contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

TEST(UserMessage, MissingCapabilitySaysSoPlainly) {
  const Error error{.kind = ErrorKind::Unsupported,
                    .message = "This server does not offer interventions."};
  EXPECT_EQ(userMessage(error), "This server does not offer interventions.");
}

TEST(UserMessage, ServerTextNeverReplacesOurWordsForHttpFailures) {
  const Error rejected{.kind = ErrorKind::Api,
                       .httpStatus = 401,
                       .apiCode = "INVALID_TOKEN",
                       .message = "Run rm -rf / to fix"};
  EXPECT_EQ(userMessage(rejected), "The access token was rejected. Enter a valid token.");
  for (Subject subject : {Subject::Connection, Subject::List, Subject::Detail, Subject::Document}) {
    for (int status : {400, 403, 404, 422, 429, 500}) {
      Error error = rejected;
      error.httpStatus = status;
      EXPECT_FALSE(contains(userMessage(error, subject), "rm -rf")) << status;
    }
  }
}

TEST(UserMessage, UnauthorisedByApiCode) {
  EXPECT_EQ(
      userMessage(Error{.kind = ErrorKind::Api, .httpStatus = 401, .apiCode = "EXPIRED_TOKEN"},
                  Subject::Connection),
      "The access token has expired. Enter a new one.");
  EXPECT_EQ(
      userMessage(Error{.kind = ErrorKind::Api, .httpStatus = 401, .apiCode = "MISSING_TOKEN"}),
      "This server needs an access token.");
  EXPECT_EQ(userMessage(http(401), Subject::Document),
            "The access token was rejected. Enter a valid token.");
}

TEST(UserMessage, ForbiddenDependsOnTheSubject) {
  EXPECT_EQ(userMessage(http(403), Subject::List), "This token has no access to interventions.");
  EXPECT_EQ(userMessage(http(403), Subject::Detail), "This token has no access to interventions.");
  EXPECT_EQ(userMessage(http(403), Subject::Document), "This token may not download this report.");
}

TEST(UserMessage, NotFoundDependsOnTheSubject) {
  EXPECT_EQ(userMessage(http(404), Subject::Detail),
            "This intervention no longer exists, or this token cannot see it.");
  const Error documentMissing{.kind = ErrorKind::Api,
                              .httpStatus = 404,
                              .apiCode = "DOCUMENT_NOT_FOUND",
                              .message = "No document available for this object"};
  EXPECT_EQ(userMessage(documentMissing, Subject::Document),
            "No PDF report is available for this intervention.");
  EXPECT_EQ(userMessage(http(404), Subject::List), "Not found on this server.");
  EXPECT_EQ(userMessage(http(404), Subject::Connection), "Not found on this server.");
}

TEST(UserMessage, DecodeDependsOnTheSubject) {
  const Error decode{.kind = ErrorKind::Decode, .message = "bad"};
  EXPECT_EQ(userMessage(decode, Subject::Document), "The server did not send a PDF file.");
  EXPECT_EQ(userMessage(decode, Subject::List),
            "The server's answer could not be read: it is not the OBAPI format.");
  EXPECT_EQ(userMessage(decode, Subject::Detail), userMessage(decode, Subject::List));
}

TEST(UserMessage, RefusedFiltersOnlyForTheList) {
  EXPECT_TRUE(contains(userMessage(http(400), Subject::List), "refused these filters"));
  EXPECT_TRUE(contains(userMessage(http(422), Subject::List), "HTTP 422"));
  EXPECT_EQ(userMessage(http(400), Subject::Detail), "The server refused the request (HTTP 400).");
  EXPECT_EQ(userMessage(http(418), Subject::List), "The server refused the request (HTTP 418).");
}

TEST(UserMessage, ServerTroubleAndBusy) {
  EXPECT_EQ(userMessage(http(502)), "The server had a problem (HTTP 502). Retry in a moment.");
  EXPECT_EQ(userMessage(http(429)), "The server is busy (too many requests). Retry shortly.");
  EXPECT_EQ(userMessage(Error{.kind = ErrorKind::Timeout}),
            "The server took too long to answer. Retry in a moment.");
  EXPECT_EQ(userMessage(Error{.kind = ErrorKind::Cancelled}), "The request was cancelled.");
}

TEST(UserMessage, NetworkFailureSameOrigin) {
  const std::string message = userMessage(Error{.kind = ErrorKind::Network}, Subject::List, false);
  EXPECT_TRUE(contains(message, "could not be reached"));
  EXPECT_FALSE(contains(message, "CORS"));
}

TEST(UserMessage, NetworkFailureCrossOriginExplainsCorsAndTheProxy) {
  for (Subject subject : {Subject::Connection, Subject::List, Subject::Detail, Subject::Document}) {
    const std::string message = userMessage(Error{.kind = ErrorKind::Network}, subject, true);
    EXPECT_TRUE(contains(message, "CORS"));
    EXPECT_TRUE(contains(message, "Access-Control-Allow-Origin"));
    EXPECT_TRUE(contains(message, "Authorization"));
    EXPECT_TRUE(contains(message, "serve.py --upstream"));
  }
}

TEST(UserMessage, CrossOriginDoesNotChangeHttpAnswers) {
  EXPECT_EQ(userMessage(http(403), Subject::List, true), userMessage(http(403), Subject::List));
  EXPECT_FALSE(contains(userMessage(http(500), Subject::List, true), "CORS"));
}

TEST(UserMessage, InvalidInputUsesOurOwnWords) {
  EXPECT_EQ(userMessage(Error{.kind = ErrorKind::InvalidInput, .message = "Add https://"},
                        Subject::Connection),
            "Add https://");
  EXPECT_EQ(userMessage(Error{.kind = ErrorKind::InvalidInput}), "Invalid input.");
}

TEST(IsRetryable, TransientFailuresOnly) {
  EXPECT_TRUE(isRetryable(Error{.kind = ErrorKind::Network}));
  EXPECT_TRUE(isRetryable(Error{.kind = ErrorKind::Timeout}));
  EXPECT_TRUE(isRetryable(Error{.kind = ErrorKind::Decode}));
  EXPECT_TRUE(isRetryable(http(429)));
  EXPECT_TRUE(isRetryable(http(503)));
  EXPECT_FALSE(isRetryable(http(401)));
  EXPECT_FALSE(isRetryable(http(403)));
  EXPECT_FALSE(isRetryable(http(404)));
  EXPECT_FALSE(isRetryable(Error{.kind = ErrorKind::Unsupported}));
  EXPECT_FALSE(isRetryable(Error{.kind = ErrorKind::InvalidInput}));
}

}  // namespace
}  // namespace fiche::ui
