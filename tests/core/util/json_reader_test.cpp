// tests/core/util: no-throw JSON parsing, depth limit, string/number coercions.
#include "core/util/json_reader.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <string>

namespace fiche::core {
namespace {

using nlohmann::json;

json parsed(std::string_view text) {
  auto j = parseJson(text);
  EXPECT_TRUE(j.has_value()) << text;
  return j.value_or(json());
}

TEST(ParseJson, AcceptsValidDocuments) {
  EXPECT_TRUE(parseJson(R"({"a": [1, 2, {"b": null}]})"));
  EXPECT_TRUE(parseJson("42"));
  EXPECT_TRUE(parseJson(" \"text\" "));
}

TEST(ParseJson, RejectsInvalidWithoutThrowing) {
  EXPECT_FALSE(parseJson(""));
  EXPECT_FALSE(parseJson("{"));
  EXPECT_FALSE(parseJson("{\"a\": }"));
  EXPECT_FALSE(parseJson("[1, 2] trailing"));
  EXPECT_FALSE(parseJson("<html>502</html>"));
  EXPECT_FALSE(parseJson(R"({ "..." })"));
  EXPECT_FALSE(parseJson(std::string_view("\"a\0b\"", 5)));
}

TEST(ParseJson, DepthLimitIsExact) {
  const std::string atLimit = std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']');
  const std::string overLimit =
      std::string(kMaxJsonDepth + 1, '[') + std::string(kMaxJsonDepth + 1, ']');
  EXPECT_TRUE(parseJson(atLimit));
  EXPECT_FALSE(parseJson(overLimit));
}

TEST(ParseJson, HugeNestingReturnsErrorInsteadOfCrashing) {
  const std::string deepArrays(100000, '[');
  EXPECT_FALSE(parseJson(deepArrays));
  std::string balanced = std::string(100000, '[') + std::string(100000, ']');
  EXPECT_FALSE(parseJson(balanced));
  std::string objects;
  for (int i = 0; i < 100000; ++i) objects += "{\"a\":";
  EXPECT_FALSE(parseJson(objects));
}

TEST(ParseJson, BracketsInsideStringsDoNotCountAsNesting) {
  const std::string text = "{\"s\": \"" + std::string(1000, '[') + "\\\"" + "\"}";
  const auto j = parseJson(text);
  ASSERT_TRUE(j);
  EXPECT_EQ(optString(*j, "s")->size(), 1001u);
}

TEST(ParseJson, InvalidUtf8InStringsBecomesReplacementCharacters) {
  // nlohmann rejects such bytes; one bad byte must not lose the whole document.
  const auto j = parseJson("{\"s\": \"caf\xE9 \xFF\xC0\xAF ok\", \"cut\": \"\xE2\x82\"}");
  ASSERT_TRUE(j);
  EXPECT_EQ(optString(*j, "s"), "caf\xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD ok");
  EXPECT_EQ(optString(*j, "cut"), "\xEF\xBF\xBD");
}

TEST(ParseJson, InvalidUtf8OutsideStringsIsStillNotJson) {
  EXPECT_FALSE(parseJson("{\"a\": 1\xFF}"));
  EXPECT_FALSE(parseJson("\xEF\xBB\xBF\xFF"));
}

TEST(ParseJson, LoneSurrogateEscapesBecomeReplacementCharacters) {
  const auto j = parseJson(
      R"({"high": "a\ud800b", "low": "\uDC00", "reversed": "\udc00\ud800",
          "pair": "\ud83d\ude00", "high then text": "\ud83dx", "two highs": "\ud800\ud83d\ude00",
          "escaped backslash": "\\ud800"})");
  ASSERT_TRUE(j);
  const std::string r = "\xEF\xBF\xBD";
  EXPECT_EQ(optString(*j, "high"), "a" + r + "b");
  EXPECT_EQ(optString(*j, "low"), r);
  EXPECT_EQ(optString(*j, "reversed"), r + r);
  EXPECT_EQ(optString(*j, "pair"), "\xF0\x9F\x98\x80");
  EXPECT_EQ(optString(*j, "high then text"), r + "x");
  EXPECT_EQ(optString(*j, "two highs"), r + "\xF0\x9F\x98\x80");
  EXPECT_EQ(optString(*j, "escaped backslash"), "\\ud800");
}

TEST(ParseJson, EscapesCutAtTheEndAreNotJson) {
  EXPECT_FALSE(parseJson(R"("\ud800)"));
  EXPECT_FALSE(parseJson(R"("\ud800\)"));
  EXPECT_FALSE(parseJson(R"("\ud800\udc)"));
  EXPECT_FALSE(parseJson(R"(["\u)"));
}

TEST(OptString, CoercesNumbersKeepsStrings) {
  const json j = parsed(
      R"({"s": "007", "i": 42, "neg": -3, "u": 18446744073709551615, "f": 42.0, "g": 1.5,
          "b": true, "n": null, "o": {}, "a": []})");
  EXPECT_EQ(optString(j, "s"), "007");
  EXPECT_EQ(optString(j, "i"), "42");
  EXPECT_EQ(optString(j, "neg"), "-3");
  EXPECT_EQ(optString(j, "u"), "18446744073709551615");
  EXPECT_EQ(optString(j, "f"), "42");
  EXPECT_EQ(optString(j, "g"), "1.5");
  EXPECT_EQ(optString(j, "b"), std::nullopt);
  EXPECT_EQ(optString(j, "n"), std::nullopt);
  EXPECT_EQ(optString(j, "o"), std::nullopt);
  EXPECT_EQ(optString(j, "a"), std::nullopt);
  EXPECT_EQ(optString(j, "missing"), std::nullopt);
}

TEST(OptString, NonObjectsGiveNulloptAndAreNotModified) {
  const json arr = parsed("[1]");
  EXPECT_EQ(optString(arr, "a"), std::nullopt);
  json null;  // a mutable null: operator[] would turn it into an object; we must not
  EXPECT_EQ(optString(null, "a"), std::nullopt);
  EXPECT_TRUE(null.is_null());
}

TEST(OptInt64, IntegersFloatsAndNumericStrings) {
  const json j = parsed(
      R"({"i": 7200, "s": "7200", "sp": " 7200 ", "neg": "-5", "plus": "+3", "f": 7200.0,
          "fr": 7200.9, "nf": -0.5, "sf": "7200.0", "sfr": "-1.5", "big": 9223372036854775807,
          "over": 9223372036854775808, "sover": "9223372036854775808",
          "smin": "-9223372036854775808", "sunder": "-9223372036854775809",
          "fover": 1e300, "empty": "", "x": "12a", "dot": "12.", "dot2": ".5", "b": false,
          "n": null, "minus": "-"})");
  EXPECT_EQ(optInt64(j, "i"), 7200);
  EXPECT_EQ(optInt64(j, "s"), 7200);
  EXPECT_EQ(optInt64(j, "sp"), 7200);
  EXPECT_EQ(optInt64(j, "neg"), -5);
  EXPECT_EQ(optInt64(j, "plus"), 3);
  EXPECT_EQ(optInt64(j, "f"), 7200);
  EXPECT_EQ(optInt64(j, "fr"), 7200);
  EXPECT_EQ(optInt64(j, "nf"), -1);
  EXPECT_EQ(optInt64(j, "sf"), 7200);
  EXPECT_EQ(optInt64(j, "sfr"), -2);
  EXPECT_EQ(optInt64(j, "big"), std::numeric_limits<std::int64_t>::max());
  EXPECT_EQ(optInt64(j, "over"), std::nullopt);
  EXPECT_EQ(optInt64(j, "sover"), std::nullopt);
  EXPECT_EQ(optInt64(j, "smin"), std::numeric_limits<std::int64_t>::min());
  EXPECT_EQ(optInt64(j, "sunder"), std::nullopt);
  EXPECT_EQ(optInt64(j, "fover"), std::nullopt);
  EXPECT_EQ(optInt64(j, "empty"), std::nullopt);
  EXPECT_EQ(optInt64(j, "x"), std::nullopt);
  EXPECT_EQ(optInt64(j, "dot"), std::nullopt);
  EXPECT_EQ(optInt64(j, "dot2"), std::nullopt);
  EXPECT_EQ(optInt64(j, "b"), std::nullopt);
  EXPECT_EQ(optInt64(j, "n"), std::nullopt);
  EXPECT_EQ(optInt64(j, "minus"), std::nullopt);
}

TEST(OptInt, RangeChecked) {
  const json j = parsed(R"({"ok": "2147483647", "over": 2147483648, "under": -2147483649})");
  EXPECT_EQ(optInt(j, "ok"), 2147483647);
  EXPECT_EQ(optInt(j, "over"), std::nullopt);
  EXPECT_EQ(optInt(j, "under"), std::nullopt);
}

TEST(OptObjectArray, TypeChecked) {
  const json j = parsed(R"({"o": {"k": 1}, "a": [1], "s": "x"})");
  ASSERT_NE(optObject(j, "o"), nullptr);
  EXPECT_EQ(optInt(*optObject(j, "o"), "k"), 1);
  EXPECT_EQ(optObject(j, "a"), nullptr);
  ASSERT_NE(optArray(j, "a"), nullptr);
  EXPECT_EQ(optArray(j, "a")->size(), 1u);
  EXPECT_EQ(optArray(j, "o"), nullptr);
  EXPECT_EQ(optArray(j, "s"), nullptr);
  EXPECT_EQ(optObject(j, "missing"), nullptr);
}

}  // namespace
}  // namespace fiche::core
