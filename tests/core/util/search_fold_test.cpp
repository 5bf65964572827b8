// tests/core/util: search folding — accents, case, word breaks, exact-match keys, bad UTF-8.
#include "core/util/search_fold.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace fiche::core {
namespace {

using Words = std::vector<std::string>;

TEST(SearchFold, LowerCasesAndStripsFrenchAccents) {
  EXPECT_EQ(foldForSearch("Électrique"), "electrique");
  EXPECT_EQ(foldForSearch("DÉPANNAGE Chaufferie"), "depannage chaufferie");
  EXPECT_EQ(foldForSearch("à â ä ç è é ê ë î ï ô ö ù û ü ÿ"), "a a a c e e e e i i o o u u u y");
  EXPECT_EQ(foldForSearch("À Â Ä Ç È É Ê Ë Î Ï Ô Ö Ù Û Ü Ÿ"), "a a a c e e e e i i o o u u u y");
}

TEST(SearchFold, ExpandsLigaturesAndFoldsOtherLatinLetters) {
  EXPECT_EQ(foldForSearch("cœur Œuvre"), "coeur oeuvre");
  EXPECT_EQ(foldForSearch("Straße"), "strasse");
  EXPECT_EQ(foldForSearch("Æther ĳs Þorn"), "aether ijs thorn");
  EXPECT_EQ(foldForSearch("Ø 42 ø"), "o 42 o");
  EXPECT_EQ(foldForSearch("Łódź Škoda Żółć Ğ ı İ ſ ŉ Ŧ Ů Ÿ"), "lodz skoda zolc g i i s n t u y");
  EXPECT_EQ(foldForSearch("Ññ Ðð Ýý Ĉĉ Ďď Ěě Ňň Řř Šš Ťť Žž"), "nn dd yy cc dd ee nn rr ss tt zz");
}

TEST(SearchFold, DropsCombiningMarks) {
  // "e" + COMBINING ACUTE ACCENT, as text pasted from a decomposing system arrives.
  EXPECT_EQ(foldForSearch("e\u0301lectrique"), "electrique");
  EXPECT_EQ(foldForSearch("E\u0300\u0301"), "e");
}

TEST(SearchFold, BreaksWordsOnEverythingElse) {
  EXPECT_EQ(foldForSearch("  Dépannage — L’ÉLECTRIQUE « VPN » "), "depannage l electrique vpn");
  EXPECT_EQ(foldForSearch("FI2405-0002"), "fi2405 0002");
  EXPECT_EQ(foldForSearch("1 250,00 € HT"), "1 250 00 ht");
  EXPECT_EQ(foldForSearch("a\u00a0b\tc\nd×e÷f→g≈h"), "a b c d e f g h");
  EXPECT_EQ(foldForSearch("n° 42 · 1ª"), "n 42 1a");
  EXPECT_EQ(foldForSearch(""), "");
  EXPECT_EQ(foldForSearch(" -- … "), "");
}

TEST(SearchFold, KeepsOtherScriptsAsTheyAre) {
  EXPECT_EQ(foldForSearch("Ремонт 修理"), "Ремонт 修理");
  EXPECT_EQ(foldForSearch("µs"), "µs");
}

TEST(SearchFold, SurvivesInvalidUtf8) {
  // Each bad byte is a break; what is valid around it is kept.
  EXPECT_EQ(foldForSearch(std::string("ab\xff"
                                      "cd")),
            "ab cd");
  EXPECT_EQ(foldForSearch(std::string("\x80\x80x")), "x");
  EXPECT_EQ(foldForSearch(std::string("caf\xc3")), "caf");  // truncated é
  EXPECT_EQ(foldForSearch(std::string("\xc3\xa9t\xc3")), "et");
  EXPECT_EQ(foldForSearch(std::string("\xc0\xafz")), "z");      // overlong '/'
  EXPECT_EQ(foldForSearch(std::string("\xe0\x80\xafz")), "z");  // overlong, 3 bytes
  EXPECT_EQ(foldForSearch(std::string("a\xed\xa0\x80"
                                      "b")),
            "a b");  // surrogate U+D800
  EXPECT_EQ(foldForSearch(std::string("a\xf4\x90\x80\x80"
                                      "b")),
            "a b");  // past U+10FFFF
  EXPECT_EQ(foldForSearch(std::string("a\xf0\x9f\x98"
                                      "b")),
            "a b");  // truncated 4 bytes
  EXPECT_EQ(foldForSearch(std::string("a\0b", 3)), "a b");
  // Every single byte value, alone and followed by letters, ends the scan.
  for (int byte = 0; byte < 256; ++byte) {
    const std::string text = std::string(1, static_cast<char>(byte)) + "ok";
    EXPECT_NE(foldForSearch(text).find("ok"), std::string::npos) << byte;
  }
}

TEST(SearchWords, SplitsTheFoldedQuery) {
  EXPECT_EQ(searchWords("électrique  Tableau"), (Words{"electrique", "tableau"}));
  EXPECT_EQ(searchWords("FI2405-0002"), (Words{"fi2405", "0002"}));
  EXPECT_EQ(searchWords("   "), Words{});
  EXPECT_EQ(searchWords(""), Words{});
}

TEST(FoldForExactMatch, TrimsBlanksAndFoldsLettersOnly) {
  EXPECT_EQ(foldForExactMatch("  FI2405-0002 \t"), "fi2405-0002");
  EXPECT_EQ(foldForExactMatch("\u00a0FI2405-0002\u00a0"), "fi2405-0002");
  EXPECT_EQ(foldForExactMatch("Réf É-1"), "ref e-1");
  EXPECT_NE(foldForExactMatch("FI2405-0002"), foldForExactMatch("FI2405 0002"));
  EXPECT_EQ(foldForExactMatch("   "), "");
  EXPECT_EQ(foldForExactMatch(std::string("\xff"
                                          "A")),
            std::string("\xff"
                        "a"));
}

}  // namespace
}  // namespace fiche::core
