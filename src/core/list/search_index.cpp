// core/list: SearchIndex — vocabulary, per-row word sets, compiled queries.
#include "core/list/search_index.hpp"

#include <algorithm>
#include <utility>

namespace fiche::core {
namespace {

constexpr char kWordMark = '\x01';  // never in folded text (breaks are folded away)

bool testBit(const std::vector<std::uint64_t>& bits, std::uint32_t id) {
  return (bits[id >> 6] >> (id & 63)) & 1u;
}

}  // namespace

void SearchIndex::clear() {
  *this = SearchIndex{};
}

std::uint32_t SearchIndex::wordId(std::string_view word) {
  const auto [found, inserted] =
      m_ids.try_emplace(std::string(word), static_cast<std::uint32_t>(m_wordStarts.size()));
  if (inserted) {
    m_text += kWordMark;
    m_wordStarts.push_back(static_cast<std::uint32_t>(m_text.size()));
    m_text += word;
  }
  return found->second;
}

void SearchIndex::setRowText(std::uint32_t row, std::string_view folded) {
  std::vector<std::uint32_t> ids;
  std::size_t start = 0;
  while (start < folded.size()) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string_view::npos) end = folded.size();
    if (end > start) ids.push_back(wordId(folded.substr(start, end - start)));
    start = end + 1;
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());

  if (row >= m_spans.size()) m_spans.resize(row + 1);
  Span& span = m_spans[row];
  if (ids.size() <= span.count) {
    std::copy(ids.begin(), ids.end(), m_rowWords.begin() + span.offset);
    m_garbage += span.count - ids.size();
  } else {
    m_garbage += span.count;
    span.offset = static_cast<std::uint32_t>(m_rowWords.size());
    m_rowWords.insert(m_rowWords.end(), ids.begin(), ids.end());
  }
  span.count = static_cast<std::uint32_t>(ids.size());
  if (m_garbage > 4096 && m_garbage > m_rowWords.size() / 2) compact();
}

void SearchIndex::compact() {
  std::vector<std::uint32_t> packed;
  packed.reserve(m_rowWords.size() - m_garbage);
  for (Span& span : m_spans) {
    const auto first = m_rowWords.begin() + span.offset;
    span.offset = static_cast<std::uint32_t>(packed.size());
    packed.insert(packed.end(), first, first + span.count);
  }
  m_rowWords = std::move(packed);
  m_garbage = 0;
}

SearchIndex::Compiled SearchIndex::compile(const std::vector<std::string>& words) const {
  Compiled query;
  // A word inside another query word adds nothing ("ond onduleur"): drop it.
  std::vector<std::string_view> kept;
  for (std::size_t i = 0; i < words.size(); ++i) {
    bool implied = words[i].empty();
    for (std::size_t j = 0; j < words.size() && !implied; ++j) {
      if (i == j) continue;
      const bool inside = words[j].find(words[i]) != std::string::npos;
      implied = inside && (words[j].size() > words[i].size() || j < i);
    }
    if (!implied) kept.push_back(words[i]);
  }
  query.matchesAll = kept.empty();
  std::vector<std::pair<std::size_t, std::vector<std::uint64_t>>> ranked;
  for (const std::string_view word : kept) {
    std::vector<std::uint64_t> bits((m_wordStarts.size() + 63) / 64, 0);
    std::size_t hits = 0;
    for (std::size_t at = m_text.find(word); at != std::string::npos;) {
      // The word id whose text holds `at`: the last start at or before it.
      const auto next = std::upper_bound(m_wordStarts.begin(), m_wordStarts.end(),
                                         static_cast<std::uint32_t>(at));
      const std::size_t id = static_cast<std::size_t>(next - m_wordStarts.begin()) - 1;
      bits[id >> 6] |= std::uint64_t{1} << (id & 63);
      ++hits;
      if (next == m_wordStarts.end()) break;
      at = m_text.find(word, *next);  // on to the next vocabulary word
    }
    if (hits == 0) {
      query.matchesNothing = true;
      query.words.clear();
      return query;
    }
    ranked.emplace_back(hits, std::move(bits));
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& entry : ranked) query.words.push_back(std::move(entry.second));
  return query;
}

bool SearchIndex::matches(const Compiled& query, std::uint32_t row) const {
  if (query.matchesNothing) return false;
  if (query.matchesAll) return true;
  if (row >= m_spans.size()) return false;
  const Span span = m_spans[row];
  const std::uint32_t* first = m_rowWords.data() + span.offset;
  const std::uint32_t* last = first + span.count;
  for (const std::vector<std::uint64_t>& bits : query.words) {
    const std::uint32_t* it = first;
    while (it != last && !testBit(bits, *it)) ++it;
    if (it == last) return false;
  }
  return true;
}

}  // namespace fiche::core
