// core/list: the quick-search index of the list — each row's folded text as a set of word ids
// in one shared vocabulary, so a keystroke matches query words against the vocabulary once and
// then tests rows with one bit look-up per row word, never re-reading the rows' text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace fiche::core {

// A query word matches a row when it is a substring of one of the row's words. Since query
// words and row words are folded alike (foldForSearch) and neither contains a break, this is
// the same as a substring match in the row's whole folded text. A query matches a row when
// all its words do (AND).
class SearchIndex {
 public:
  // A query compiled against the vocabulary as it is now; compile again after rows change.
  struct Compiled {
    // Per query word, a bit set over the vocabulary: the words it is a substring of. The most
    // selective query word comes first, so most rows fail on the first test.
    std::vector<std::vector<std::uint64_t>> words;
    bool matchesAll = true;       // no words: every row matches
    bool matchesNothing = false;  // some word is in no vocabulary word
  };

  void clear();
  // Sets row's text (foldForSearch output), replacing what it had. Rows are numbered densely
  // from 0 by the caller; a row never given text has none (matches only the empty query).
  void setRowText(std::uint32_t row, std::string_view folded);

  // words: searchWords() output.
  Compiled compile(const std::vector<std::string>& words) const;
  bool matches(const Compiled& query, std::uint32_t row) const;

  std::size_t vocabularySize() const { return m_wordStarts.size(); }

 private:
  struct Span {
    std::uint32_t offset = 0;
    std::uint32_t count = 0;
  };
  std::uint32_t wordId(std::string_view word);
  void compact();

  // Vocabulary: every distinct word once, each preceded by '\x01' in one text, so one find()
  // walks all of them; m_wordStarts[id] is where word id starts in m_text.
  std::string m_text;
  std::vector<std::uint32_t> m_wordStarts;
  std::unordered_map<std::string, std::uint32_t> m_ids;
  // Rows: sorted distinct word ids of row r at m_rowWords[m_spans[r].offset ...]. A row whose
  // text grows gets a new slice at the end; the old one is garbage until compact().
  std::vector<std::uint32_t> m_rowWords;
  std::vector<Span> m_spans;
  std::size_t m_garbage = 0;
};

}  // namespace fiche::core
