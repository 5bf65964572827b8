// tests/core/config: config.json parsing.
#include "core/config/config.hpp"

#include <gtest/gtest.h>

namespace fiche::core {
namespace {

TEST(ParseConfig, Full) {
  const auto r =
      parseConfig(R"({"api": "https://erp.example/16", "token": "t0k", "mode": "demo"})");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().api, "https://erp.example/16");
  EXPECT_EQ(r.value().token, "t0k");
  EXPECT_EQ(r.value().mode, "demo");
}

TEST(ParseConfig, EveryKeyOptionalUnknownIgnoredNullIsAbsent) {
  const auto empty = parseConfig("{}");
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty.value().api.empty());
  const auto partial = parseConfig(R"({"api": "https://e.x", "token": null, "extra": [1, 2]})");
  ASSERT_TRUE(partial.ok());
  EXPECT_EQ(partial.value().api, "https://e.x");
  EXPECT_TRUE(partial.value().token.empty());
  EXPECT_TRUE(partial.value().mode.empty());
}

TEST(ParseConfig, WrongTypeNamesTheKeyNotTheValue) {
  const auto r = parseConfig(R"({"api": "https://e.x", "token": 12345678})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::InvalidInput);
  EXPECT_NE(r.error().message.find("\"token\""), std::string::npos);
  EXPECT_EQ(r.error().message.find("12345678"), std::string::npos);
  const auto api = parseConfig(R"({"api": {"url": "x"}})");
  ASSERT_FALSE(api.ok());
  EXPECT_NE(api.error().message.find("\"api\""), std::string::npos);
  const auto mode = parseConfig(R"({"mode": true})");
  ASSERT_FALSE(mode.ok());
  EXPECT_NE(mode.error().message.find("\"mode\""), std::string::npos);
}

TEST(ParseConfig, SecondsSettings) {
  const auto r = parseConfig(R"({"refresh_seconds": 60, "timeout_seconds": "15"})");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().refreshSeconds, 60);
  EXPECT_EQ(r.value().timeoutSeconds, 15);
  EXPECT_TRUE(r.value().warnings.empty());
  const auto none = parseConfig(R"({"refresh_seconds": null})");
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none.value().refreshSeconds, 0);
}

TEST(ParseConfig, ABadSecondsSettingIsIgnoredWithAWarningAndCostsNothingElse) {
  for (const char* bad : {R"("soon")", "-1", "86401", "true", "[5]", "1e30"}) {
    const std::string text =
        std::string(R"({"api": "https://e.x", "token": "t", "refresh_seconds": )") + bad + "}";
    const auto r = parseConfig(text);
    ASSERT_TRUE(r.ok()) << bad;
    EXPECT_EQ(r.value().api, "https://e.x");
    EXPECT_EQ(r.value().token, "t");
    EXPECT_EQ(r.value().refreshSeconds, 0) << bad;
    ASSERT_EQ(r.value().warnings.size(), 1u) << bad;
    EXPECT_NE(r.value().warnings[0].find("\"refresh_seconds\""), std::string::npos);
  }
  const auto both = parseConfig(R"({"refresh_seconds": "x", "timeout_seconds": -3})");
  ASSERT_TRUE(both.ok());
  EXPECT_EQ(both.value().warnings.size(), 2u);
}

TEST(ParseConfig, InvalidUtf8AndByteOrderMarkAreTolerated) {
  // A config.json saved as Latin-1, or with a BOM by a Windows editor, still loads.
  const auto latin1 = parseConfig("{\"api\": \"https://e.x\", \"mode\": \"caf\xE9\"}");
  ASSERT_TRUE(latin1.ok());
  EXPECT_EQ(latin1.value().api, "https://e.x");
  EXPECT_EQ(latin1.value().mode, "caf\xEF\xBF\xBD");
  const auto bom = parseConfig("\xEF\xBB\xBF{\"mode\": \"kiosk\"}");
  ASSERT_TRUE(bom.ok());
  EXPECT_EQ(bom.value().mode, "kiosk");
}

TEST(ParseConfig, LoadingSettings) {
  const auto r = parseConfig(R"({"load_concurrency": 1, "hydrate_details": false})");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().loadConcurrency, 1);
  EXPECT_FALSE(r.value().hydrateDetails);
  EXPECT_TRUE(parseConfig("{}").value().hydrateDetails) << "on by default";
  const auto bad = parseConfig(R"({"load_concurrency": 9, "hydrate_details": "no"})");
  ASSERT_TRUE(bad.ok());
  EXPECT_EQ(bad.value().loadConcurrency, 0);
  EXPECT_TRUE(bad.value().hydrateDetails);
  EXPECT_EQ(bad.value().warnings.size(), 2u);
}

TEST(ParseConfig, NotJsonOrNotObject) {
  for (const char* bad : {"", "api=https://e.x", "{\"api\": ", "<html></html>"}) {
    const auto r = parseConfig(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.error().kind, ErrorKind::InvalidInput);
    EXPECT_NE(r.error().message.find("JSON"), std::string::npos) << bad;
  }
  for (const char* bad : {"[]", "\"https://e.x\"", "null", "42"}) {
    const auto r = parseConfig(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.error().kind, ErrorKind::InvalidInput);
    EXPECT_NE(r.error().message.find("object"), std::string::npos) << bad;
  }
}

}  // namespace
}  // namespace fiche::core
