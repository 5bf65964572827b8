// tests/core/util: percent-decoding and query-string parsing.
#include "core/util/query_string.hpp"

#include <gtest/gtest.h>

#include "core/obapi/endpoints.hpp"

namespace fiche::core {
namespace {

using Pairs = std::vector<std::pair<std::string, std::string>>;

TEST(PercentDecode, DecodesEscapesInEitherCase) {
  EXPECT_EQ(percentDecode("a%20b", false), "a b");
  EXPECT_EQ(percentDecode("%2f%2F", false), "//");
  EXPECT_EQ(percentDecode("%C3%A9t%c3%a9", false), "\xC3\xA9t\xC3\xA9");
  EXPECT_EQ(percentDecode("%00", false), std::string(1, '\0'));
  EXPECT_EQ(percentDecode("%FF", false), "\xFF");
  EXPECT_EQ(percentDecode("", false), "");
}

TEST(PercentDecode, KeepsInvalidEscapesLiterally) {
  EXPECT_EQ(percentDecode("%", false), "%");
  EXPECT_EQ(percentDecode("%4", false), "%4");
  EXPECT_EQ(percentDecode("abc%", false), "abc%");
  EXPECT_EQ(percentDecode("abc%4", false), "abc%4");
  EXPECT_EQ(percentDecode("%G1", false), "%G1");
  EXPECT_EQ(percentDecode("%1G", false), "%1G");
  EXPECT_EQ(percentDecode("100%", false), "100%");
  EXPECT_EQ(percentDecode("%%41", false), "%A");
  EXPECT_EQ(percentDecode("% 41", false), "% 41");
}

TEST(PercentDecode, DecodesOnlyOnce) {
  EXPECT_EQ(percentDecode("%2541", false), "%41");
}

TEST(PercentDecode, PlusIsSpaceOnlyWhenAsked) {
  EXPECT_EQ(percentDecode("a+b", false), "a+b");
  EXPECT_EQ(percentDecode("a+b", true), "a b");
  EXPECT_EQ(percentDecode("a%2Bb", true), "a+b");
  EXPECT_EQ(percentDecode("++", true), "  ");
}

TEST(PercentDecode, UndoesPercentEncode) {
  for (const std::string& text :
       {std::string("plain"), std::string("a b&c=d/e?f#g+h%i"), std::string("\xE2\x82\xAC 5"),
        std::string("\x01\x7F\xFF"), std::string(1, '\0') + "x"}) {
    EXPECT_EQ(percentDecode(percentEncode(text), true), text);
    EXPECT_EQ(percentDecode(percentEncode(text), false), text);
  }
}

TEST(ParseQueryString, SplitsPairsWithOrWithoutLeadingQuestionMark) {
  const Pairs expected{{"a", "1"}, {"b", "two"}};
  EXPECT_EQ(parseQueryString("?a=1&b=two"), expected);
  EXPECT_EQ(parseQueryString("a=1&b=two"), expected);
}

TEST(ParseQueryString, EmptyInputs) {
  EXPECT_TRUE(parseQueryString("").empty());
  EXPECT_TRUE(parseQueryString("?").empty());
  EXPECT_TRUE(parseQueryString("&").empty());
  EXPECT_TRUE(parseQueryString("?&&&").empty());
}

TEST(ParseQueryString, SkipsEmptyPairs) {
  EXPECT_EQ(parseQueryString("&a=1&&b=2&"), (Pairs{{"a", "1"}, {"b", "2"}}));
}

TEST(ParseQueryString, MissingEqualsGivesEmptyValue) {
  EXPECT_EQ(parseQueryString("flag&x=&y"), (Pairs{{"flag", ""}, {"x", ""}, {"y", ""}}));
}

TEST(ParseQueryString, SplitsAtTheFirstEqualsOnly) {
  EXPECT_EQ(parseQueryString("a=b=c&=v"), (Pairs{{"a", "b=c"}, {"", "v"}}));
}

TEST(ParseQueryString, DecodesKeysAndValuesAfterSplitting) {
  EXPECT_EQ(parseQueryString("k%26y=v%3Dw%26z&sp+ace=a+b%2B"),
            (Pairs{{"k&y", "v=w&z"}, {"sp ace", "a b+"}}));
}

TEST(ParseQueryString, KeepsDuplicatesInOrder) {
  EXPECT_EQ(parseQueryString("a=1&a=2&b&a=3"),
            (Pairs{{"a", "1"}, {"a", "2"}, {"b", ""}, {"a", "3"}}));
}

TEST(ParseQueryString, DropsOnlyOneQuestionMark) {
  EXPECT_EQ(parseQueryString("??a=1"), (Pairs{{"?a", "1"}}));
  EXPECT_EQ(parseQueryString("a=?x"), (Pairs{{"a", "?x"}}));
}

TEST(ParseQueryString, KeepsHashAndInvalidEscapesAsText) {
  EXPECT_EQ(parseQueryString("a=%zz#frag"), (Pairs{{"a", "%zz#frag"}}));
}

}  // namespace
}  // namespace fiche::core
