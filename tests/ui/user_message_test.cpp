// tests/ui: errors become sentences chosen by kind, status and code, never by server text.
#include "ui/user_message.hpp"

#include <gtest/gtest.h>

namespace fiche::ui {
namespace {

TEST(UserMessage, MissingCapabilitySaysSoPlainly) {
  const core::Error error{.kind = core::ErrorKind::Unsupported,
                          .message = "This server does not offer interventions."};
  EXPECT_EQ(userMessage(error), "This server does not offer interventions.");
}

TEST(UserMessage, ServerTextNeverReplacesOurWordsForHttpFailures) {
  const core::Error rejected{.kind = core::ErrorKind::Api,
                             .httpStatus = 401,
                             .apiCode = "INVALID_TOKEN",
                             .message = "Run rm -rf / to fix"};
  EXPECT_EQ(userMessage(rejected), "The access token was rejected. Enter a valid token.");
}

}  // namespace
}  // namespace fiche::ui
