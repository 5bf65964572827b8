// tests/core/app: the Controller and credentials remembered on this device — saved only when
// asked and only once they worked, used at start, forgotten on request.
#include <gtest/gtest.h>

#include <string>

#include "controller_fixture.hpp"
#include "core/app/controller.hpp"

namespace fiche::core::controller_testing {
namespace {

TEST_F(ControllerTest, StartUsesSavedCredentialsWhenConfigHasNoApi) {
  credentials.preset({.apiRoot = "https://saved.example/erp", .token = "saved-token"});
  controller.start(AppConfig{}, {}, Route{.serverPages = true});
  EXPECT_TRUE(state().connection.remembered);
  EXPECT_EQ(state().connection.status, LoadStatus::Pending);
  ASSERT_EQ(requestCount(), 1u);
  EXPECT_EQ(http.last().request.url, "https://saved.example/erp/obapi/v1");
  answerDiscovery();
  EXPECT_EQ(http.last().header("authorization"), "Bearer saved-token");
}

TEST_F(ControllerTest, StartUsesSavedTokenForTheSameRootWithoutConfiguredToken) {
  credentials.preset({.apiRoot = std::string(kRoot), .token = "saved-token"});
  controller.start(AppConfig{.api = "https://erp.example/16/"}, {}, Route{.serverPages = true});
  answerDiscovery();
  EXPECT_EQ(http.last().header("authorization"), "Bearer saved-token");
}

TEST_F(ControllerTest, StartPrefersTheConfigOverSavedCredentialsOfAnotherServer) {
  credentials.preset({.apiRoot = "https://saved.example", .token = "saved-token"});
  controller.start(AppConfig{.api = std::string(kRoot), .token = "config-token"}, {},
                   Route{.serverPages = true});
  EXPECT_EQ(http.last().request.url, "https://erp.example/16/obapi/v1");
  answerDiscovery();
  EXPECT_EQ(http.last().header("authorization"), "Bearer config-token");
  EXPECT_TRUE(state().connection.remembered) << "the device still holds credentials";
}

TEST_F(ControllerTest, RememberSavesCredentialsOnlyAfterTheFirstSuccessfulList) {
  connect(kRoot, kToken, /*remember=*/true);
  answerDiscovery();
  EXPECT_EQ(credentials.saves(), 0) << "discovery alone proves nothing about the token";
  EXPECT_FALSE(state().connection.remembered);
  ASSERT_TRUE(http.complete(http.lastId(), 500, "down"));
  controller.poll();
  EXPECT_EQ(credentials.saves(), 0);

  controller.apply(RefreshIntent{});
  ASSERT_TRUE(http.complete(http.lastId(), 200, pageBody("1", "A")));
  controller.poll();
  EXPECT_EQ(credentials.saves(), 1);
  ASSERT_TRUE(credentials.saved());
  EXPECT_EQ(credentials.saved()->apiRoot, kRoot);
  EXPECT_EQ(credentials.saved()->token, kToken);
  EXPECT_TRUE(state().connection.remembered);

  controller.apply(RefreshIntent{});
  ASSERT_TRUE(http.complete(http.lastId(), 200, pageBody("1", "A")));
  controller.poll();
  EXPECT_EQ(credentials.saves(), 1) << "saved once per connection";
}

TEST_F(ControllerTest, RejectedTokenIsNeverRemembered) {
  connect(kRoot, kToken, /*remember=*/true);
  answerDiscovery();
  ASSERT_TRUE(http.complete(http.lastId(), 401, std::string(fx::kInvalidToken)));
  controller.poll();
  EXPECT_EQ(credentials.saves(), 0);
  EXPECT_FALSE(credentials.saved());
}

TEST_F(ControllerTest, WithoutRememberNothingIsSaved) {
  connectWithRows(threeRows());
  EXPECT_EQ(credentials.saves(), 0);
  EXPECT_FALSE(credentials.saved());
  EXPECT_FALSE(state().connection.remembered);
}

TEST_F(ControllerTest, ForgetDeviceForgetsTheSavedCredentials) {
  credentials.preset({.apiRoot = std::string(kRoot), .token = std::string(kToken)});
  controller.start(AppConfig{}, {}, Route{.serverPages = true});
  ASSERT_TRUE(state().connection.remembered);
  controller.apply(ForgetDeviceIntent{});
  EXPECT_EQ(credentials.forgets(), 1);
  EXPECT_FALSE(credentials.saved());
  EXPECT_FALSE(state().connection.remembered);
  // The connection that started from them must not save them again.
  answerDiscovery();
  ASSERT_TRUE(http.complete(http.lastId(), 200, pageBody("1", "A")));
  controller.poll();
  EXPECT_EQ(credentials.saves(), 0);
  EXPECT_FALSE(credentials.saved());
  EXPECT_EQ(state().connection.status, LoadStatus::Ok) << "forgetting does not disconnect";
}

}  // namespace
}  // namespace fiche::core::controller_testing
