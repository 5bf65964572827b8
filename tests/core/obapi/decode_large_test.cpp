// tests/core/obapi: large and deep bodies, generated here (not committed): 100,000-item pages,
// megabyte-long strings, deep nesting. They must decode exactly, or fail cleanly.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <string>

#include "core/obapi/decode.hpp"
#include "core/obapi/pagination.hpp"
#include "core/util/utf8.hpp"

namespace fiche::core {
namespace {

constexpr std::size_t kHundredThousand = 100000;
constexpr std::size_t kMegabyte = 1 << 20;

std::string pageBody(std::size_t count) {
  std::string body = R"({"items": [)";
  body.reserve(count * 100);
  for (std::size_t i = 0; i < count; ++i) {
    if (i > 0) body += ',';
    const std::string n = std::to_string(i);
    body += R"({"id": ")" + n + R"(", "ref": "FI-)" + n +
            R"(", "date_intervention": "2024-05-18",)" + R"( "duration": )" +
            std::to_string(i % 36000) + R"(, "status": "done"})";
  }
  body += R"(], "pagination": {"page": 1, "per_page": 100000, "total_items": 100000,)"
          R"( "total_pages": 1}})";
  return body;
}

// Milliseconds decodeInterventionPage takes on `body`; printed, never asserted (timing belongs
// in benchmarks): the wasm run of this test gives the figure for the browser.
double decodeMs(const std::string& body, Result<InterventionPage>& page) {
  const auto start = std::chrono::steady_clock::now();
  page = decodeInterventionPage(body);
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

TEST(DecodeLarge, HundredThousandItemPage) {
  const std::string tenThousand = pageBody(kHundredThousand / 10);
  const std::string hundredThousand = pageBody(kHundredThousand);
  Result<InterventionPage> page = Error{};
  const double smallMs = decodeMs(tenThousand, page);
  ASSERT_TRUE(page.ok());
  const double largeMs = decodeMs(hundredThousand, page);
  std::printf(
      "[ measure  ] list page decode: 10,000 items (%zu bytes) %.0f ms, "
      "100,000 items (%zu bytes) %.0f ms\n",
      tenThousand.size(), smallMs, hundredThousand.size(), largeMs);
  ASSERT_TRUE(page.ok()) << page.error().message;
  const InterventionPage& p = page.value();
  ASSERT_EQ(p.items.size(), kHundredThousand);
  EXPECT_EQ(p.itemsInReply, kHundredThousand);
  EXPECT_EQ(p.items.front().ref, "FI-0");
  EXPECT_EQ(p.items[54321].id, "54321");
  EXPECT_EQ(p.items[54321].durationSeconds, 54321 % 36000);
  EXPECT_EQ(p.items.back().ref, "FI-99999");
  EXPECT_EQ(p.pagination.totalItems, 100000);
  EXPECT_TRUE(isLastPage(p, 1, 100000));
}

TEST(DecodeLarge, MegabyteStringsInAListAndADetail) {
  const std::string longRef(kMegabyte, 'R');
  const Result<InterventionPage> page =
      decodeInterventionPage(R"({"items": [{"id": "1", "ref": ")" + longRef + R"("}]})");
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page.value().items.at(0).ref, longRef);

  // A megabyte description made of 10,000-character lines, with escapes in it.
  std::string description;
  std::string escaped;
  while (description.size() < kMegabyte) {
    description += std::string(10000, 'x') + "\t\"%s\"\n";
    escaped += std::string(10000, 'x') + "\\t\\\"%s\\\"\\n";
  }
  const Result<Intervention> detail = decodeIntervention(
      R"({"intervention": {"id": "1", "description": ")" + escaped + R"(", "lines": []}})");
  ASSERT_TRUE(detail.ok());
  EXPECT_EQ(detail.value().description, description);
}

TEST(DecodeLarge, MegabyteOfInvalidBytesBecomesReplacementCharacters) {
  const std::string bad(kMegabyte, '\xFF');
  const Result<Intervention> detail =
      decodeIntervention(R"({"intervention": {"id": "1", "description": ")" + bad + R"("}})");
  ASSERT_TRUE(detail.ok());
  const std::string& description = detail.value().description;
  EXPECT_EQ(description.size(), 3 * kMegabyte);
  EXPECT_TRUE(isValidUtf8(description));
  EXPECT_EQ(description.substr(0, 6), "\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(DecodeLarge, TenThousandItemsWithInvalidUtf8) {
  std::string body = pageBody(10000);
  // Every "FI-" becomes "F\xFF-": ten thousand bad bytes, repaired in one copy of the body.
  for (std::size_t at = body.find("FI-"); at != std::string::npos; at = body.find("FI-", at)) {
    body[at + 1] = '\xFF';
  }
  const Result<InterventionPage> page = decodeInterventionPage(body);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page.value().items.size(), 10000u);
  EXPECT_EQ(page.value().items[7].ref, "F\xEF\xBF\xBD-7");
}

std::string nested(int depth, std::string_view inner) {
  return std::string(static_cast<std::size_t>(depth), '[') + std::string(inner) +
         std::string(static_cast<std::size_t>(depth), ']');
}

TEST(DecodeLarge, DeepNestingInsideAnItemIsADecodeErrorPastTheLimit) {
  // items (depth 2) > object (3) > "extra": 61 arrays reaches the limit of 64 exactly.
  const auto withExtra = [](int depth) {
    return R"({"items": [{"id": "1", "extra": )" + nested(depth, "0") + "}]}";
  };
  const Result<InterventionPage> within = decodeInterventionPage(withExtra(61));
  ASSERT_TRUE(within.ok());
  EXPECT_EQ(within.value().items.size(), 1u);
  const Result<InterventionPage> beyond = decodeInterventionPage(withExtra(62));
  ASSERT_FALSE(beyond.ok());
  EXPECT_EQ(beyond.error().kind, ErrorKind::Decode);
  // A million brackets, balanced or not, is refused before parsing.
  EXPECT_FALSE(decodeIntervention(nested(1000000, "")).ok());
  EXPECT_FALSE(decodeDiscovery(std::string(1000000, '{')).ok());
}

TEST(DecodeLarge, ManyItemsThatAreNotObjects) {
  std::string body = R"({"items": [)";
  for (std::size_t i = 0; i < kHundredThousand; ++i) body += i == 0 ? "null" : ",[],\"x\"";
  body += "]}";
  const Result<InterventionPage> page = decodeInterventionPage(body);
  ASSERT_TRUE(page.ok());
  EXPECT_TRUE(page.value().items.empty());
  EXPECT_EQ(page.value().itemsInReply, 2 * kHundredThousand - 1);
}

}  // namespace
}  // namespace fiche::core
