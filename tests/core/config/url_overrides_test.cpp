// tests/core/config: query-string overrides of config.json; the token is never taken.
#include "core/config/url_overrides.hpp"

#include <gtest/gtest.h>

namespace fiche::core {
namespace {

TEST(UrlOverrides, EmptySearchOverridesNothing) {
  for (const char* search : {"", "?", "?&&", "?unknown=1&x"}) {
    const UrlOverrides o = parseUrlOverrides(search);
    EXPECT_FALSE(o.api.has_value()) << search;
    EXPECT_FALSE(o.mode.has_value()) << search;
    EXPECT_FALSE(o.test) << search;
  }
}

TEST(UrlOverrides, ReadsApiModeAndTest) {
  const UrlOverrides o = parseUrlOverrides("?api=https%3A%2F%2Ferp.example%2F16&mode=demo&test=1");
  EXPECT_EQ(o.api, "https://erp.example/16");
  EXPECT_EQ(o.mode, "demo");
  EXPECT_TRUE(o.test);
}

TEST(UrlOverrides, QuestionMarkOptionalAndApiMayBeUnencoded) {
  const UrlOverrides o = parseUrlOverrides("api=http://localhost:8080/erp&mode=a+b");
  EXPECT_EQ(o.api, "http://localhost:8080/erp");
  EXPECT_EQ(o.mode, "a b");
}

TEST(UrlOverrides, EmptyApiCountsAsAbsent) {
  EXPECT_FALSE(parseUrlOverrides("?api=").api.has_value());
  EXPECT_FALSE(parseUrlOverrides("?api").api.has_value());
  EXPECT_EQ(parseUrlOverrides("?api=https://a.example&api=").api, "https://a.example");
}

TEST(UrlOverrides, EmptyModeIsAnOverride) {
  EXPECT_EQ(parseUrlOverrides("?mode=").mode, "");
  EXPECT_EQ(parseUrlOverrides("?mode=demo&mode").mode, "");
}

TEST(UrlOverrides, LastOccurrenceWins) {
  const UrlOverrides o =
      parseUrlOverrides("?api=https://one.example&mode=a&api=https://two.example&mode=b");
  EXPECT_EQ(o.api, "https://two.example");
  EXPECT_EQ(o.mode, "b");
  EXPECT_FALSE(parseUrlOverrides("?test=1&test=0").test);
  EXPECT_TRUE(parseUrlOverrides("?test=0&test=1").test);
}

TEST(UrlOverrides, TestOnlyWhenExactlyOne) {
  EXPECT_TRUE(parseUrlOverrides("?test=1").test);
  for (const char* search : {"?test", "?test=", "?test=0", "?test=true", "?test=yes", "?test=01",
                             "?test=1%20", "?TEST=1", "?tests=1"}) {
    EXPECT_FALSE(parseUrlOverrides(search).test) << search;
  }
}

TEST(UrlOverrides, KeysAreCaseSensitive) {
  const UrlOverrides o = parseUrlOverrides("?API=https://x.example&Mode=demo");
  EXPECT_FALSE(o.api.has_value());
  EXPECT_FALSE(o.mode.has_value());
}

TEST(UrlOverrides, TokenIsIgnored) {
  const UrlOverrides o = parseUrlOverrides("?token=s3cret&api=https://e.example");
  EXPECT_EQ(o.api, "https://e.example");
  AppConfig config{.api = "https://config.example", .token = "from-config", .mode = "m"};
  applyOverrides(config, o);
  EXPECT_EQ(config.token, "from-config");
  EXPECT_EQ(config.api, "https://e.example");

  AppConfig noToken{};
  applyOverrides(noToken, parseUrlOverrides("?token=s3cret"));
  EXPECT_EQ(noToken.token, "");
  EXPECT_EQ(noToken.api, "");
}

TEST(UrlOverrides, ApplyReplacesOnlyPresentFields) {
  AppConfig config{.api = "https://config.example", .token = "t", .mode = "normal"};
  applyOverrides(config, UrlOverrides{});
  EXPECT_EQ(config.api, "https://config.example");
  EXPECT_EQ(config.mode, "normal");

  applyOverrides(config, UrlOverrides{.mode = "demo"});
  EXPECT_EQ(config.api, "https://config.example");
  EXPECT_EQ(config.mode, "demo");

  applyOverrides(config, UrlOverrides{.api = "https://other.example"});
  EXPECT_EQ(config.api, "https://other.example");
  EXPECT_EQ(config.mode, "demo");
  EXPECT_EQ(config.token, "t");

  applyOverrides(config, parseUrlOverrides("?mode="));
  EXPECT_EQ(config.mode, "");
}

TEST(UrlOverrides, ValuesAreKeptRawForLaterValidation) {
  // normaliseApiRoot checks the api later; here it is only decoded.
  EXPECT_EQ(parseUrlOverrides("?api=%20not%20a%20url%00").api, std::string(" not a url\0", 11));
  EXPECT_EQ(parseUrlOverrides("?api=%zz").api, "%zz");
}

}  // namespace
}  // namespace fiche::core
