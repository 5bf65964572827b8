// tests/core/obapi: failed responses -> Error (transport, OBAPI error body, foreign bodies).
#include "core/obapi/api_error.hpp"

#include <gtest/gtest.h>

#include "support/fixtures.hpp"

namespace fiche::core {
namespace {

namespace fx = fiche::test::fixtures;

HttpResponse reply(int status, std::string_view body) {
  return HttpResponse{
      .id = 1, .transport = Transport::Ok, .status = status, .body = std::string(body)};
}

TEST(ErrorFromResponse, InvalidToken401) {
  const Error e = errorFromResponse(reply(401, fx::kInvalidToken));
  EXPECT_EQ(e.kind, ErrorKind::Api);
  EXPECT_EQ(e.httpStatus, 401);
  EXPECT_EQ(e.apiType, "authentication_error");
  EXPECT_EQ(e.apiCode, "INVALID_TOKEN");
  EXPECT_EQ(e.message, "Invalid or expired API token");
}

TEST(ErrorFromResponse, DocumentNotFound404) {
  const Error e = errorFromResponse(reply(404, fx::kDocumentNotFound));
  EXPECT_EQ(e.kind, ErrorKind::Api);
  EXPECT_EQ(e.httpStatus, 404);
  EXPECT_EQ(e.apiType, "not_found");
  EXPECT_EQ(e.apiCode, "DOCUMENT_NOT_FOUND");
  EXPECT_EQ(e.message, "No document available for this object");
}

TEST(ErrorFromResponse, HtmlFromProxyIsHttp) {
  const Error e = errorFromResponse(reply(502, fx::kProxy502Html));
  EXPECT_EQ(e.kind, ErrorKind::Http);
  EXPECT_EQ(e.httpStatus, 502);
  EXPECT_TRUE(e.apiType.empty());
  EXPECT_TRUE(e.apiCode.empty());
  EXPECT_EQ(e.message, "The server answered HTTP 502.");
}

TEST(ErrorFromResponse, EmptyAndNonConformingBodiesAreHttp) {
  for (const char* body : {"", "{}", "[]", R"({"error":"boom"})", R"({"error":{}})",
                           R"({"error":{"type":1,"code":2}})", R"({"message":"x"})", "null"}) {
    const Error e = errorFromResponse(reply(500, body));
    EXPECT_EQ(e.kind, ErrorKind::Http) << body;
    EXPECT_EQ(e.httpStatus, 500) << body;
    EXPECT_EQ(e.message, "The server answered HTTP 500.") << body;
  }
}

TEST(ErrorFromResponse, ApiBodyWithoutMessageGetsOurs) {
  const Error e = errorFromResponse(reply(429, R"({"error":{"type":"rate_limit"}})"));
  EXPECT_EQ(e.kind, ErrorKind::Api);
  EXPECT_EQ(e.apiType, "rate_limit");
  EXPECT_EQ(e.apiCode, "");
  EXPECT_EQ(e.message, "The server answered HTTP 429.");
}

TEST(ErrorFromResponse, InvalidUtf8InAnErrorBodyStillGivesTheApiError) {
  // One Latin-1 byte used to make the body "not JSON": the code was lost with it.
  const Error e =
      errorFromResponse(reply(422,
                              "{\"error\":{\"type\":\"invalid_request\",\"code\":\"BAD_DATE\","
                              "\"message\":\"Date non valide: 31 f\xE9vrier\"}}"));
  EXPECT_EQ(e.kind, ErrorKind::Api);
  EXPECT_EQ(e.apiCode, "BAD_DATE");
  EXPECT_EQ(e.message, "Date non valide: 31 f\xEF\xBF\xBDvrier");
}

TEST(ErrorFromResponse, TruncatedOrHostileErrorBodiesAreHttp) {
  for (const std::string_view body :
       {std::string_view(R"({"error":{"type":"server_error","code":"X","mess)"),
        std::string_view(R"({"error":{"type":"server_error"}} trailing)"),
        std::string_view("\xEF\xBB\xBF<html>500</html>")}) {
    const Error e = errorFromResponse(reply(500, body));
    EXPECT_EQ(e.kind, ErrorKind::Http) << body;
    EXPECT_EQ(e.message, "The server answered HTTP 500.") << body;
  }
  const std::string deep = R"({"error":)" + std::string(100000, '[');
  EXPECT_EQ(errorFromResponse(reply(500, deep)).kind, ErrorKind::Http);
}

TEST(ErrorFromResponse, LongServerMessageTruncatedOnUtf8Boundary) {
  std::string message(kMaxServerMessageBytes - 1, 'a');
  message += "é and more text";  // "é" straddles the limit
  const std::string body =
      R"({"error":{"type":"server_error","code":"X","message":")" + message + R"("}})";
  const Error e = errorFromResponse(reply(500, body));
  ASSERT_EQ(e.kind, ErrorKind::Api);
  EXPECT_LE(e.message.size(), kMaxServerMessageBytes + 3);  // + the ellipsis
  EXPECT_EQ(e.message, std::string(kMaxServerMessageBytes - 1, 'a') + "…");
}

TEST(ErrorFromResponse, TransportErrors) {
  HttpResponse r{.id = 1};
  r.transport = Transport::NetworkError;
  EXPECT_EQ(errorFromResponse(r).kind, ErrorKind::Network);
  r.transport = Transport::Timeout;
  EXPECT_EQ(errorFromResponse(r).kind, ErrorKind::Timeout);
  r.transport = Transport::Cancelled;
  EXPECT_EQ(errorFromResponse(r).kind, ErrorKind::Cancelled);
  EXPECT_EQ(errorFromResponse(r).httpStatus, 0);
  EXPECT_FALSE(errorFromResponse(r).message.empty());
}

TEST(ErrorFromResponse, StatusZeroIsNetwork) {
  EXPECT_EQ(errorFromResponse(reply(0, "")).kind, ErrorKind::Network);
}

TEST(ErrorFromResponse, SuccessPassedByMistakeIsHttp) {
  const Error e = errorFromResponse(reply(200, "{}"));
  EXPECT_EQ(e.kind, ErrorKind::Http);
  EXPECT_EQ(e.httpStatus, 200);
}

}  // namespace
}  // namespace fiche::core
