// tests/core/util: origins of http(s) URLs for the cross-origin check.
#include "core/util/origin.hpp"

#include <gtest/gtest.h>

namespace fiche::core {
namespace {

TEST(Origin, PlainUrls) {
  EXPECT_EQ(originOf("https://erp.example"), "https://erp.example");
  EXPECT_EQ(originOf("https://erp.example/"), "https://erp.example");
  EXPECT_EQ(originOf("http://localhost:8080/index.html"), "http://localhost:8080");
}

TEST(Origin, IgnoresPathQueryFragment) {
  EXPECT_EQ(originOf("https://erp.example/16/obapi/v1?x=1#frag"), "https://erp.example");
  EXPECT_EQ(originOf("https://erp.example?x=1"), "https://erp.example");
  EXPECT_EQ(originOf("https://erp.example#/interventions"), "https://erp.example");
  EXPECT_EQ(originOf("https://erp.example\\path"), "https://erp.example");
  EXPECT_EQ(originOf("https://erp.example:8443/a:b@c"), "https://erp.example:8443");
}

TEST(Origin, LowerCasesSchemeAndHost) {
  EXPECT_EQ(originOf("HTTPS://ERP.Example/Path"), "https://erp.example");
  EXPECT_EQ(originOf("Http://LocalHost:3000"), "http://localhost:3000");
}

TEST(Origin, DropsDefaultPorts) {
  EXPECT_EQ(originOf("http://a.example:80/"), "http://a.example");
  EXPECT_EQ(originOf("https://a.example:443/"), "https://a.example");
  EXPECT_EQ(originOf("https://a.example:0443"), "https://a.example");
  EXPECT_EQ(originOf("http://a.example:/x"), "http://a.example");
}

TEST(Origin, KeepsOtherPorts) {
  EXPECT_EQ(originOf("http://a.example:443"), "http://a.example:443");
  EXPECT_EQ(originOf("https://a.example:80"), "https://a.example:80");
  EXPECT_EQ(originOf("https://a.example:08080"), "https://a.example:8080");
  EXPECT_EQ(originOf("http://a.example:65535"), "http://a.example:65535");
  EXPECT_EQ(originOf("http://a.example:0"), "http://a.example:0");
}

TEST(Origin, IgnoresUserinfo) {
  EXPECT_EQ(originOf("https://user:pw@erp.example/x"), "https://erp.example");
  EXPECT_EQ(originOf("https://a@b@erp.example:444"), "https://erp.example:444");
  EXPECT_EQ(originOf("https://erp.example/@other.example"), "https://erp.example");
}

TEST(Origin, Ipv6LiteralsKeepBrackets) {
  EXPECT_EQ(originOf("http://[::1]:8080/x"), "http://[::1]:8080");
  EXPECT_EQ(originOf("https://[2001:DB8::1]/"), "https://[2001:db8::1]");
  EXPECT_EQ(originOf("http://[::ffff:127.0.0.1]:80"), "http://[::ffff:127.0.0.1]");
}

TEST(Origin, Ipv4) {
  EXPECT_EQ(originOf("http://127.0.0.1:5173/"), "http://127.0.0.1:5173");
}

TEST(Origin, TrimsSurroundingBlanks) {
  EXPECT_EQ(originOf("  https://erp.example/  \n"), "https://erp.example");
}

TEST(Origin, RejectsNonHttpAndHostless) {
  for (const char* bad :
       {"", "   ", "ftp://erp.example", "file:///etc/passwd", "erp.example", "//erp.example",
        "https:erp.example", "https:/erp.example", "http://", "https:///path", "http://:8080",
        "http://user@/x", "http://?x", "http://#x", "javascript:alert(1)", "data:text/html,x",
        "httpx://a.example", "http//a.example", "https ://a.example"}) {
    EXPECT_EQ(originOf(bad), "") << bad;
  }
}

TEST(Origin, RejectsBadPorts) {
  for (const char* bad : {"http://a.example:65536", "http://a.example:99999999999",
                          "http://a.example:-1", "http://a.example:8o", "http://a.example:+80",
                          "http://a.example:80:81", "http://a.example: 80"}) {
    EXPECT_EQ(originOf(bad), "") << bad;
  }
}

TEST(Origin, RejectsBadHosts) {
  for (const char* bad : {"http://a b.example", "http://a\tb", "http://a<b", "http://[::1",
                          "http://[]", "http://[::1]x", "http://[::g]", "http://[::1]]",
                          "http://a]b", "http://a^b", "http://a|b"}) {
    EXPECT_EQ(originOf(bad), "") << bad;
  }
}

TEST(Origin, SameOriginComparison) {
  EXPECT_EQ(originOf("https://erp.example/16"), originOf("HTTPS://erp.example:443/other?x"));
  EXPECT_NE(originOf("https://erp.example"), originOf("http://erp.example"));
  EXPECT_NE(originOf("https://erp.example"), originOf("https://api.erp.example"));
  EXPECT_NE(originOf("http://localhost:8000"), originOf("http://localhost:8080"));
}

}  // namespace
}  // namespace fiche::core
