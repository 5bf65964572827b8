// tests/core/app: the search index — substring matches per word, AND, and row texts replaced
// often enough to compact the index.
#include "core/list/search_index.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace fiche::core {
namespace {

using Words = std::vector<std::string>;

TEST(SearchIndex, MatchesSubstringsOfWordsAndAndsTheWords) {
  SearchIndex index;
  index.setRowText(0, "remplacement de l onduleur");
  index.setRowText(1, "onduleur hs");
  index.setRowText(3, "tableau divisionnaire");  // row 2 never given text
  const auto matching = [&](const Words& words) {
    const SearchIndex::Compiled query = index.compile(words);
    std::vector<std::uint32_t> rows;
    for (std::uint32_t row = 0; row < 5; ++row) {
      if (index.matches(query, row)) rows.push_back(row);
    }
    return rows;
  };
  EXPECT_EQ(matching({"ondul"}), (std::vector<std::uint32_t>{0, 1}));
  EXPECT_EQ(matching({"ondul", "rempl"}), (std::vector<std::uint32_t>{0}));
  EXPECT_EQ(matching({"leur", "hs"}), (std::vector<std::uint32_t>{1}));
  EXPECT_EQ(matching({"visio"}), (std::vector<std::uint32_t>{3}));
  EXPECT_EQ(matching({"zzz"}), (std::vector<std::uint32_t>{}));
  EXPECT_EQ(matching({"l onduleur"}), (std::vector<std::uint32_t>{})) << "words never hold breaks";
  EXPECT_EQ(matching({}), (std::vector<std::uint32_t>{0, 1, 2, 3, 4}));
  EXPECT_EQ(matching({"ond", "onduleur", "ond"}), (std::vector<std::uint32_t>{0, 1}));
}

TEST(SearchIndex, ReplacedTextsAreMatchedAfterCompaction) {
  SearchIndex index;
  for (std::uint32_t row = 0; row < 300; ++row) index.setRowText(row, "a" + std::to_string(row));
  // Each row grows many times: old slices pile up until the index compacts them.
  for (int round = 0; round < 40; ++round) {
    for (std::uint32_t row = 0; row < 300; ++row) {
      std::string text = "a" + std::to_string(row);
      for (int word = 0; word <= round; ++word) text += " w" + std::to_string(word);
      index.setRowText(row, text);
    }
  }
  index.setRowText(7, "short");
  const SearchIndex::Compiled last = index.compile({"w39"});
  const SearchIndex::Compiled own = index.compile({"a123"});
  const SearchIndex::Compiled shortText = index.compile({"short"});
  for (std::uint32_t row = 0; row < 300; ++row) {
    EXPECT_EQ(index.matches(last, row), row != 7) << row;
    EXPECT_EQ(index.matches(own, row), row == 123) << row;
    EXPECT_EQ(index.matches(shortText, row), row == 7) << row;
  }
}

}  // namespace
}  // namespace fiche::core
