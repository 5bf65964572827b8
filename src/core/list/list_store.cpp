// core/list: ListStore — rows, hydration, and the refresh that keeps sort, search, groups and
// totals up to date with the least work (selection is in list_selection.cpp).
#include "core/list/list_store.hpp"

#include <algorithm>
#include <array>
#include <numeric>
#include <utility>

#include "core/util/search_fold.hpp"

namespace fiche::core {
namespace {

struct SortKeyName {
  std::string_view name;
  SortColumn column;
};
constexpr std::array<SortKeyName, 4> kSortKeyNames = {{{"ref", SortColumn::Ref},
                                                       {"date", SortColumn::Date},
                                                       {"duration", SortColumn::Duration},
                                                       {"status", SortColumn::Status}}};

bool sameSummary(const InterventionSummary& a, const InterventionSummary& b) {
  return a.ref == b.ref && a.date == b.date && a.durationSeconds == b.durationSeconds &&
         a.status == b.status;
}

// True when every row matching `next` also matches `previous`: each previous word is inside
// some next word (typing on narrows, deleting does not).
bool narrows(const std::vector<std::string>& next, const std::vector<std::string>& previous) {
  return std::all_of(previous.begin(), previous.end(), [&](const std::string& old) {
    return std::any_of(next.begin(), next.end(), [&](const std::string& word) {
      return word.find(old) != std::string::npos;
    });
  });
}

// The text quick search looks in: ref always; with the detail, contract and customer refs,
// description, public note, and each line's description and product ref.
std::string searchText(const InterventionSummary& row, const Intervention* detail) {
  std::string text = row.ref;
  if (detail == nullptr) return text;
  for (const std::string* part :
       {&detail->contractRef, &detail->customerRef, &detail->description, &detail->publicNote}) {
    text += '\n';
    text += *part;
  }
  for (const InterventionLine& line : detail->lines) {
    text += '\n';
    text += line.description;
    text += '\n';
    text += line.productRef;
  }
  return text;
}

}  // namespace

std::optional<ClientSort> parseClientSort(std::string_view key) {
  for (const SortKeyName& entry : kSortKeyNames) {
    if (!key.starts_with(entry.name)) continue;
    const std::string_view suffix = key.substr(entry.name.size());
    if (suffix == "_asc") return ClientSort{.column = entry.column, .descending = false};
    if (suffix == "_desc") return ClientSort{.column = entry.column, .descending = true};
  }
  return std::nullopt;
}

// --- Rows ---

void ListStore::clear() {
  ListStore fresh;
  fresh.m_searchText = std::move(m_searchText);
  fresh.m_words = std::move(m_words);
  fresh.m_spec = std::move(m_spec);
  fresh.m_groupBy = m_groupBy;
  fresh.m_stats = m_stats;
  *this = std::move(fresh);
}

void ListStore::retain(const std::unordered_set<std::string>& ids) {
  const bool keepsAll =
      std::all_of(m_rows.begin(), m_rows.end(),
                  [&](const InterventionSummary& row) { return ids.contains(row.id); });
  if (keepsAll) return;
  const std::string anchorId = m_anchor != kNone ? m_rows[m_anchor].id : "";
  std::vector<InterventionSummary> rows;
  std::vector<std::shared_ptr<const Intervention>> details;
  std::vector<std::string> selected;
  for (std::uint32_t row = 0; row < m_rows.size(); ++row) {
    if (!ids.contains(m_rows[row].id)) continue;
    if (m_selected[row]) selected.push_back(m_rows[row].id);
    rows.push_back(std::move(m_rows[row]));
    details.push_back(std::move(m_details[row]));
  }
  clear();
  upsert(rows);
  for (std::shared_ptr<const Intervention>& detail : details) {
    if (detail) attachDetail(*detail);
  }
  for (const std::string& id : selected) toggleSelected(id);
  const std::optional<std::uint32_t> kept = rowOf(anchorId);
  m_anchor = kept ? *kept : kNone;
}

void ListStore::upsert(std::vector<InterventionSummary> rows) {
  for (InterventionSummary& incoming : rows) {
    const auto found = m_rowOfId.find(incoming.id);
    if (found == m_rowOfId.end()) {
      const auto row = static_cast<std::uint32_t>(m_rows.size());
      m_rowOfId.emplace(incoming.id, row);
      m_rows.push_back(std::move(incoming));
      m_details.emplace_back();
      m_keys.emplace_back();
      m_change.push_back(0);
      m_visiblePos.push_back(kNone);
      m_displayRowPos.push_back(kNone);
      m_selected.push_back(0);
      mapRef(row);
      indexRow(row, kNewRow);
      continue;
    }
    const std::uint32_t row = found->second;
    InterventionSummary& current = m_rows[row];
    if (sameSummary(current, incoming)) continue;  // a page loaded again changes nothing
    if (m_details[row]) {  // the record changed on the server: its detail is stale
      m_details[row].reset();
      --m_hydratedCount;
    }
    if (m_selected[row]) {
      m_selectedDuration.subtract(current.durationSeconds);
      m_selectedDuration.add(incoming.durationSeconds);
    }
    const std::string oldRef = std::move(current.ref);
    current = std::move(incoming);
    if (current.ref != oldRef) {
      unmapRef(row, oldRef);
      mapRef(row);
    }
    indexRow(row, kSummary | kDetail);
  }
}

bool ListStore::attachDetail(Intervention detail) {
  const std::optional<std::uint32_t> row = rowOf(detail.id);
  if (!row) return false;
  if (!m_details[*row]) ++m_hydratedCount;
  m_details[*row] = std::make_shared<const Intervention>(std::move(detail));
  indexRow(*row, kDetail);
  return true;
}

std::optional<std::uint32_t> ListStore::rowOf(std::string_view id) const {
  const auto found = m_rowOfId.find(std::string(id));
  if (found == m_rowOfId.end()) return std::nullopt;
  return found->second;
}

bool ListStore::hydrated(std::string_view id) const {
  return detailOf(id) != nullptr;
}

const Intervention* ListStore::detailOf(std::string_view id) const {
  const std::optional<std::uint32_t> row = rowOf(id);
  return row ? m_details[*row].get() : nullptr;
}

const InterventionSummary* ListStore::findByRef(std::string_view query) const {
  const std::string key = foldForExactMatch(query);
  if (key.empty()) return nullptr;
  const auto found = m_rowOfRef.find(key);
  return found == m_rowOfRef.end() ? nullptr : &m_rows[found->second];
}

void ListStore::mapRef(std::uint32_t row) {
  std::string key = foldForExactMatch(m_rows[row].ref);
  if (key.empty()) return;
  const auto [found, inserted] = m_rowOfRef.try_emplace(std::move(key), row);
  if (!inserted && row < found->second) found->second = row;  // duplicates: the first loaded
}

void ListStore::unmapRef(std::uint32_t row, const std::string& oldRef) {
  const std::string key = foldForExactMatch(oldRef);
  const auto found = m_rowOfRef.find(key);
  if (found == m_rowOfRef.end() || found->second != row) return;
  m_rowOfRef.erase(found);
  // Rare (a ref changed on the server): hand the key to another row with the same ref, if any.
  for (std::uint32_t other = 0; other < m_rows.size(); ++other) {
    if (other != row && foldForExactMatch(m_rows[other].ref) == key) {
      m_rowOfRef.emplace(key, other);
      return;
    }
  }
}

void ListStore::indexRow(std::uint32_t row, std::uint8_t change) {
  const Intervention* detail = m_details[row].get();
  m_keys[row] = keysOf(m_rows[row], detail);
  if (detail != nullptr) {
    if (m_detailKeys.size() < m_rows.size()) m_detailKeys.resize(m_rows.size());
    m_detailKeys[row] = detailKeysOf(*detail);
  }
  m_search.setRowText(row, foldForSearch(searchText(m_rows[row], detail)));
  if (m_change[row] == 0) m_dirty.push_back(row);
  m_change[row] |= change;
}

// A hydrated row keeps its place unless the sort reads contract or customer refs.
bool ListStore::movesInOrder(std::uint32_t row) const {
  if (m_change[row] & (kNewRow | kSummary)) return true;
  if (!(m_change[row] & kDetail)) return false;
  return std::any_of(m_spec.begin(), m_spec.end(), [](const ClientSort& key) {
    return key.column == SortColumn::ContractRef || key.column == SortColumn::CustomerRef;
  });
}

// --- Query ---

void ListStore::setSearch(std::string_view text) {
  m_searchText = std::string(text);
  std::vector<std::string> words = searchWords(text);
  if (words == m_words) return;  // "Onduleur " and "onduleur" are the same search
  m_words = std::move(words);
  m_searchChanged = true;
}

void ListStore::setSort(SortSpec spec) {
  // A column counts once, at its first (most significant) place.
  SortSpec unique;
  for (const ClientSort& key : spec) {
    const bool seen = std::any_of(unique.begin(), unique.end(),
                                  [&](const ClientSort& k) { return k.column == key.column; });
    if (!seen) unique.push_back(key);
  }
  if (unique == m_spec) return;
  m_spec = std::move(unique);
  m_sortChanged = true;
}

void ListStore::setGroupBy(GroupBy by) {
  if (by == m_groupBy) return;
  m_groupBy = by;
  m_groupingChanged = true;
}

// --- Refresh ---

void ListStore::mergeMoving(std::vector<std::uint32_t>& ordered,
                            const std::vector<std::uint32_t>& insert) const {
  std::vector<std::uint32_t> kept;
  kept.reserve(ordered.size() + insert.size());
  for (const std::uint32_t row : ordered) {
    if (!(m_change[row] & kMoving)) kept.push_back(row);
  }
  // The rows that stayed keep their relative order, so a linear merge suffices.
  ordered.resize(kept.size() + insert.size());
  std::merge(kept.begin(), kept.end(), insert.begin(), insert.end(), ordered.begin(),
             RowOrder(RowTable{m_rows, m_details, m_keys, m_detailKeys}, m_spec));
}

bool ListStore::updateOrder() {
  std::vector<std::uint32_t> moving;
  for (const std::uint32_t row : m_dirty) {
    if (movesInOrder(row)) moving.push_back(row);
  }
  if (moving.empty()) return false;
  for (const std::uint32_t row : moving) m_change[row] |= kMoving;
  std::sort(moving.begin(), moving.end(),
            RowOrder(RowTable{m_rows, m_details, m_keys, m_detailKeys}, m_spec));
  mergeMoving(m_order, moving);
  for (const std::uint32_t row : moving) m_change[row] &= static_cast<std::uint8_t>(~kMoving);
  ++m_stats.mergedSorts;
  return true;
}

bool ListStore::updateFiltered() {
  // Rows were in m_filtered exactly when they were shown after the last refresh.
  std::vector<std::uint32_t> moving;  // leaving, or taking a new place
  std::vector<std::uint32_t> entering;
  for (const std::uint32_t row : m_dirty) {
    const bool matches = m_search.matches(m_compiled, row);
    const bool was = shown(row);
    if (matches == was && !(matches && movesInOrder(row))) continue;
    if (was) moving.push_back(row);
    if (matches) entering.push_back(row);
  }
  m_stats.rowsTested += m_dirty.size();
  if (moving.empty() && entering.empty()) return false;
  for (const std::uint32_t row : moving) m_change[row] |= kMoving;
  std::sort(entering.begin(), entering.end(),
            RowOrder(RowTable{m_rows, m_details, m_keys, m_detailKeys}, m_spec));
  mergeMoving(m_filtered, entering);
  for (const std::uint32_t row : moving) m_change[row] &= static_cast<std::uint8_t>(~kMoving);
  ++m_stats.mergedFilters;
  return true;
}

bool ListStore::refresh() {
  const bool dataChanged = m_cleared || !m_dirty.empty();
  if (!dataChanged && !m_sortChanged && !m_searchChanged && !m_groupingChanged) return false;
  std::uint8_t changes = 0;
  for (const std::uint32_t row : m_dirty) changes |= m_change[row];

  // 1. The order of every row: sorted again only when the sort changed; otherwise the rows that
  // moved (new, or a changed key) are sorted among themselves and merged in.
  const bool resorted = m_cleared || m_sortChanged;
  bool orderChanged = resorted;
  if (resorted) {
    m_order.resize(m_rows.size());
    std::iota(m_order.begin(), m_order.end(), std::uint32_t{0});
    if (!m_spec.empty()) {
      std::sort(m_order.begin(), m_order.end(),
                RowOrder(RowTable{m_rows, m_details, m_keys, m_detailKeys}, m_spec));
    }
    ++m_stats.fullSorts;
  } else if (dataChanged) {
    orderChanged = updateOrder();
  }

  // 2. The rows that match the search, in that order: one pass, over the previous matches
  // when the new words only narrow the old ones; after data changes, only the changed rows.
  if (dataChanged || m_searchChanged) m_compiled = m_search.compile(m_words);
  bool filteredChanged = resorted || m_searchChanged;
  if (filteredChanged) {
    const bool narrowed = !resorted && m_dirty.empty() && narrows(m_words, m_lastWords);
    const std::vector<std::uint32_t> source = narrowed ? std::move(m_filtered) : m_order;
    m_filtered.clear();
    if (m_compiled.matchesAll) {
      m_filtered = source;
    } else if (!m_compiled.matchesNothing) {
      for (const std::uint32_t row : source) {
        if (m_search.matches(m_compiled, row)) m_filtered.push_back(row);
      }
      m_stats.rowsTested += source.size();
    }
    ++(narrowed ? m_stats.narrowedScans : m_stats.fullScans);
  } else if (dataChanged) {
    filteredChanged = updateFiltered();
  }
  m_lastWords = m_words;

  // 3. Groups, display rows, totals and positions, when something they show changed: a row
  // hydrated in place changes none of them, unless the list is grouped by contract.
  const bool regroup = m_groupBy != GroupBy::None &&
                       (m_cleared || m_groupingChanged || (changes & (kNewRow | kSummary)) ||
                        (m_groupBy == GroupBy::Contract && (changes & kDetail)));
  if (regroup) m_grouping.build(m_groupBy, RowTable{m_rows, m_details, m_keys, m_detailKeys});
  if (orderChanged || filteredChanged || regroup || m_groupingChanged || (changes & kSummary)) {
    layOut();
  }

  for (const std::uint32_t row : m_dirty) m_change[row] = 0;
  m_dirty.clear();
  m_cleared = m_sortChanged = m_searchChanged = m_groupingChanged = false;
  ++m_stats.refreshes;
  return true;
}

void ListStore::layOut() {
  for (const std::uint32_t row : m_visible) {
    m_visiblePos[row] = kNone;
    m_displayRowPos[row] = kNone;
  }
  m_displayRows.clear();
  m_groups.clear();
  DurationSum total;

  if (m_groupBy == GroupBy::None) {
    m_visible = m_filtered;
    m_displayRows.resize(m_visible.size());
    for (std::size_t i = 0; i < m_visible.size(); ++i) {
      const std::uint32_t row = m_visible[i];
      m_visiblePos[row] = m_displayRowPos[row] = static_cast<std::uint32_t>(i);
      m_displayRows[i] = {.kind = DisplayRow::Kind::Row, .index = static_cast<std::uint32_t>(i)};
      total.add(m_rows[row].durationSeconds);
    }
  } else {
    // Counting sort by group: each group's rows keep the sorted order.
    const std::size_t groupCount = m_grouping.groupCount();
    std::vector<std::uint32_t> counts(groupCount, 0);
    std::vector<DurationSum> sums(groupCount);
    for (const std::uint32_t row : m_filtered) {
      const std::uint32_t group = m_grouping.groupOf(row);
      ++counts[group];
      sums[group].add(m_rows[row].durationSeconds);
      total.add(m_rows[row].durationSeconds);
    }
    std::vector<std::uint32_t> shownGroups;  // display order
    const std::size_t values = m_grouping.valueGroupCount();
    const bool descending = groupsDescending(m_groupBy, m_spec);
    for (std::size_t i = 0; i < groupCount; ++i) {
      const std::size_t group = i < values && descending ? values - 1 - i : i;
      if (counts[group] > 0) shownGroups.push_back(static_cast<std::uint32_t>(group));
    }
    std::vector<std::uint32_t> next(groupCount, 0);  // where each group's next row goes
    std::uint32_t start = 0;
    for (const std::uint32_t group : shownGroups) {
      next[group] = start;
      start += counts[group];
    }
    m_visible.resize(m_filtered.size());
    for (const std::uint32_t row : m_filtered) m_visible[next[m_grouping.groupOf(row)]++] = row;
    m_displayRows.reserve(m_visible.size() + shownGroups.size());
    std::size_t displayIndex = 0;
    for (const std::uint32_t group : shownGroups) {
      m_groups.push_back(
          {.label = m_grouping.label(group),
           .kind = m_grouping.kind(group),
           .totals = {.count = counts[group], .durationSeconds = sums[group].saturated()},
           .firstIndex = displayIndex,
           .displayRow = m_displayRows.size()});
      m_displayRows.push_back({.kind = DisplayRow::Kind::GroupHeader,
                               .index = static_cast<std::uint32_t>(m_groups.size() - 1)});
      for (std::uint32_t n = 0; n < counts[group]; ++n, ++displayIndex) {
        const std::uint32_t row = m_visible[displayIndex];
        m_visiblePos[row] = static_cast<std::uint32_t>(displayIndex);
        m_displayRowPos[row] = static_cast<std::uint32_t>(m_displayRows.size());
        m_displayRows.push_back(
            {.kind = DisplayRow::Kind::Row, .index = static_cast<std::uint32_t>(displayIndex)});
      }
    }
  }
  m_totals = {.count = m_visible.size(), .durationSeconds = total.saturated()};

  m_selectedShown = 0;
  if (m_selectedCount > 0) {
    for (const std::uint32_t row : m_visible) m_selectedShown += m_selected[row];
  }
}

std::optional<std::size_t> ListStore::displayIndexOf(std::string_view id) const {
  const std::optional<std::uint32_t> row = rowOf(id);
  if (!row || m_visiblePos[*row] == kNone) return std::nullopt;
  return m_visiblePos[*row];
}

std::optional<std::size_t> ListStore::displayRowOf(std::string_view id) const {
  const std::optional<std::uint32_t> row = rowOf(id);
  if (!row || m_displayRowPos[*row] == kNone) return std::nullopt;
  return m_displayRowPos[*row];
}

// --- The one-page API ---

void ListStore::replace(std::vector<InterventionSummary> rows) {
  clear();
  upsert(std::move(rows));
  refresh();
}

void ListStore::setClientSort(std::optional<ClientSort> sort) {
  setSort(sort ? SortSpec{*sort} : SortSpec{});
  refresh();
}

}  // namespace fiche::core
