// tests/core/util: UTF-8 validation and U+FFFD repair, byte by byte.
#include "core/util/utf8.hpp"

#include <gtest/gtest.h>

#include <string>

namespace fiche::core {
namespace {

const std::string kFffd(kReplacementCharacter);

std::string fffd(int count) {
  std::string out;
  for (int i = 0; i < count; ++i) out += kFffd;
  return out;
}

TEST(Utf8, ValidTextIsValidAndUnchanged) {
  for (const char* text :
       {"", "plain ASCII, longer than eight bytes", "caf\xC3\xA9", "\xE2\x82\xAC", "\xEF\xBF\xBD",
        "\xF0\x9F\x98\x80", "\xF4\x8F\xBF\xBF", "\xED\x9F\xBF", "\xEE\x80\x80", "\xC2\x80"}) {
    EXPECT_TRUE(isValidUtf8(text)) << text;
    EXPECT_EQ(repairUtf8(text), text);
  }
  const std::string withNul("a\0b", 3);
  EXPECT_TRUE(isValidUtf8(withNul));
  EXPECT_EQ(repairUtf8(withNul), withNul);
}

TEST(Utf8, SequenceLengths) {
  EXPECT_EQ(utf8SequenceLength("a", 0), 1u);
  EXPECT_EQ(utf8SequenceLength("\xC3\xA9", 0), 2u);
  EXPECT_EQ(utf8SequenceLength("\xE2\x82\xAC", 0), 3u);
  EXPECT_EQ(utf8SequenceLength("\xF0\x9F\x98\x80", 0), 4u);
  EXPECT_EQ(utf8SequenceLength("\xC3\xA9", 1), 0u);  // a continuation byte alone
  EXPECT_EQ(utf8SequenceLength("\xE2\x82", 0), 0u);  // cut short
}

TEST(Utf8, EveryLoneByteAbove7FIsReplaced) {
  for (int b = 0x80; b <= 0xFF; ++b) {
    const std::string text = "a" + std::string(1, static_cast<char>(b)) + "z";
    EXPECT_FALSE(isValidUtf8(text)) << b;
    EXPECT_EQ(repairUtf8(text), "a" + kFffd + "z") << b;
  }
}

struct Case {
  const char* name;
  std::string bytes;
  std::string repaired;
};

TEST(Utf8, IllFormedSequencesBecomeOneReplacementPerMaximalSubpart) {
  const Case cases[] = {
      // Overlong forms: C0 and C1 never start a sequence; E0 80..9F and F0 80..8F are not
      // possible second bytes, so each byte is a subpart of its own.
      {"overlong slash C0 AF", "\xC0\xAF", fffd(2)},
      {"overlong NUL C1 80", "\xC1\x80", fffd(2)},
      {"overlong E0 80 AF", "\xE0\x80\xAF", fffd(3)},
      {"overlong E0 9F BF", "\xE0\x9F\xBF", fffd(3)},
      {"overlong F0 8F BF BF", "\xF0\x8F\xBF\xBF", fffd(4)},
      // Surrogates U+D800..U+DFFF encoded directly.
      {"surrogate ED A0 80", "\xED\xA0\x80", fffd(3)},
      {"surrogate ED BF BF", "\xED\xBF\xBF", fffd(3)},
      {"surrogate pair", "\xED\xA0\xBD\xED\xB8\x80", fffd(6)},
      // Past U+10FFFF, and lead bytes F5..FF.
      {"F4 90 80 80", "\xF4\x90\x80\x80", fffd(4)},
      {"F5 80 80 80", "\xF5\x80\x80\x80", fffd(4)},
      {"FF", "\xFF", fffd(1)},
      {"FE FF (a UTF-16 BOM)", "\xFE\xFF", fffd(2)},
      // Truncated sequences: what was started counts as one subpart.
      {"C3 at the end", "x\xC3", "x" + fffd(1)},
      {"E2 82 at the end", "x\xE2\x82", "x" + fffd(1)},
      {"F0 9F 98 at the end", "x\xF0\x9F\x98", "x" + fffd(1)},
      {"E2 82 then ASCII", "\xE2\x82z", fffd(1) + "z"},
      {"F0 9F then a new sequence", "\xF0\x9F\xC3\xA9", fffd(1) + "\xC3\xA9"},
      {"two cut sequences", "\xE2\x82\xE2\x82", fffd(2)},
      // Continuation bytes without a lead.
      {"lone 80", "\x80", fffd(1)},
      {"80 BF 80", "\x80\xBF\x80", fffd(3)},
      {"after a full sequence", "\xC3\xA9\xA9", "\xC3\xA9" + fffd(1)},
      // Mixed with valid text on both sides; ASCII runs longer than eight bytes.
      {"mixed", "Intervention \xFF sur site \xE9t\xE9 \xE2\x82\xAC",
       "Intervention " + kFffd + " sur site " + kFffd + "t" + kFffd + " \xE2\x82\xAC"},
  };
  for (const Case& c : cases) {
    EXPECT_FALSE(isValidUtf8(c.bytes)) << c.name;
    const std::string repaired = repairUtf8(c.bytes);
    EXPECT_EQ(repaired, c.repaired) << c.name;
    EXPECT_TRUE(isValidUtf8(repaired)) << c.name;
    EXPECT_EQ(repairUtf8(repaired), repaired) << c.name << ": repair is idempotent";
  }
}

TEST(Utf8, LongTextsAreHandledInOnePass) {
  std::string text(1 << 20, 'a');
  EXPECT_TRUE(isValidUtf8(text));
  text[text.size() / 2] = '\xFF';
  text.back() = '\xC3';
  EXPECT_FALSE(isValidUtf8(text));
  const std::string repaired = repairUtf8(text);
  EXPECT_EQ(repaired.size(), text.size() + 4);  // two bytes became three each
  EXPECT_TRUE(isValidUtf8(repaired));
}

}  // namespace
}  // namespace fiche::core
