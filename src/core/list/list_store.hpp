// core/list: the rows the list shows — every loaded intervention, the details hydrated so far,
// and the client-side query over them (quick search, multi-key sort, grouping, totals,
// selection), kept apart from the views so loaders can fill it and views only read results.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/list/row_grouping.hpp"
#include "core/list/row_keys.hpp"
#include "core/list/search_index.hpp"
#include "core/list/totals.hpp"
#include "core/obapi/types.hpp"

namespace fiche::core {

// "duration_asc" ... "status_desc", "ref_asc", "date_desc" ...; nullopt for anything else.
std::optional<ClientSort> parseClientSort(std::string_view key);

// One line of the list as the view's clipper sees it: a group header or a row.
struct DisplayRow {
  enum class Kind : std::uint8_t { Row, GroupHeader };
  Kind kind = Kind::Row;
  std::uint32_t index = 0;  // Row: a display index for at(); GroupHeader: an index into groups()
  bool operator==(const DisplayRow&) const = default;
};

// What the last refresh() did, for tests and benchmarks (a keystroke must not re-sort).
struct QueryStats {
  std::uint64_t fullSorts = 0;      // every row sorted from scratch (the sort changed)
  std::uint64_t mergedSorts = 0;    // new or changed rows sorted and merged into the order
  std::uint64_t fullScans = 0;      // the search tested every row
  std::uint64_t narrowedScans = 0;  // the search tested only the previous matches
  std::uint64_t mergedFilters = 0;  // changed rows tested, and some came, left or moved
  std::uint64_t rowsTested = 0;     // rows tested by the search, all scans together
  std::uint64_t refreshes = 0;      // refresh() calls that changed the results
};

// Owns the rows and the results of the client-side query over them.
//
// Rows: upsert() adds summaries by id (a known id is replaced in place, keeping its position in
// the server's order, so loading a page twice changes nothing); attachDetail() hydrates a row
// with its full intervention, which makes contract ref, customer ref, description, public note
// and lines searchable, and contract and customer ref sortable and groupable. clear() drops
// rows, details and selection but keeps search, sort and grouping.
//
// Query: setSearch() (words ANDed, case- and accent-insensitive, see search_fold.hpp), setSort()
// (stable multi-key; ties keep the server's order), setGroupBy().
//
// Mutators only record what changed; refresh() brings the results up to date and is cheap when
// nothing changed: call it once per frame after applying network completions and intents,
// before views draw. Result accessors (size, at, displayRows, groups, totals, selection
// positions) describe the state as of the last refresh(). replace() and setClientSort(), the
// one-page API, refresh at once.
//
// Costs: a sort change sorts every row once; new or changed rows are sorted among themselves
// and merged (linear); a search change is one pass over the already sorted order (or over the
// previous matches when the new words only narrow the old ones), never a sort; grouping is a
// counting pass. The display index of a row and a row's selection state are O(1).
class ListStore {
 public:
  // --- Rows ---
  void clear();
  void upsert(std::vector<InterventionSummary> rows);
  // Keeps only the rows whose id is in `ids` (a reload of the whole list found the others
  // gone), with their details, selection and order; search, sort and grouping stay. Linear;
  // nothing happens when every row is kept.
  void retain(const std::unordered_set<std::string>& ids);
  // Hydrates the row with detail.id (its summary is left as it is). False when no loaded row
  // has that id: the detail is dropped. An upsert() that changes a hydrated row's summary drops
  // its detail, which is then stale: the row is not hydrated until its detail is fetched again.
  bool attachDetail(Intervention detail);
  std::size_t loadedCount() const { return m_rows.size(); }
  std::size_t hydratedCount() const { return m_hydratedCount; }
  bool hydrated(std::string_view id) const;
  // The detail of a hydrated row, nullptr otherwise. Valid until the row changes or clear().
  const Intervention* detailOf(std::string_view id) const;
  // The loaded row whose ref equals the query text (blanks trimmed, case and accents folded),
  // whether or not the search shows it; nullptr when none. O(1). With duplicate refs, the
  // first loaded row.
  const InterventionSummary* findByRef(std::string_view query) const;

  // --- Query ---
  void setSearch(std::string_view text);
  const std::string& search() const { return m_searchText; }
  void setSort(SortSpec spec);
  const SortSpec& sortSpec() const { return m_spec; }
  void setGroupBy(GroupBy by);
  GroupBy groupBy() const { return m_groupBy; }

  // Applies what changed since the last call; returns true when the results changed.
  bool refresh();
  // Increases whenever refresh() changes the results, so views can cache display strings.
  std::uint64_t resultVersion() const { return m_stats.refreshes; }
  const QueryStats& stats() const { return m_stats; }

  // --- Results (as of the last refresh) ---
  // Rows that match the search, in display order (grouped order when grouping).
  std::size_t size() const { return m_visible.size(); }
  bool empty() const { return m_visible.empty(); }
  const InterventionSummary& at(std::size_t displayIndex) const {
    return m_rows[m_visible[displayIndex]];
  }
  const Intervention* detailAt(std::size_t displayIndex) const {
    return m_details[m_visible[displayIndex]].get();
  }
  std::optional<std::size_t> displayIndexOf(std::string_view id) const;
  // Group headers and rows, for the clipper: displayRows().size() lines, each O(1) to draw.
  // Without grouping, exactly the rows (index i is display index i).
  const std::vector<DisplayRow>& displayRows() const { return m_displayRows; }
  std::optional<std::size_t> displayRowOf(std::string_view id) const;
  // Non-empty groups in display order, each with its count and duration.
  const std::vector<RowGroup>& groups() const { return m_groups; }
  // Count and duration of every row that matches the search (the pinned totals row).
  const Totals& totals() const { return m_totals; }
  std::int64_t totalDurationSeconds() const { return m_totals.durationSeconds; }

  // --- Selection: by id, so it survives re-filtering and re-sorting; clear() drops it ---
  // A click: only this row, and it becomes the anchor of ranges.
  void selectOnly(std::string_view id);
  // Ctrl-click, Ctrl-Space: flips this row, which becomes the anchor.
  void toggleSelected(std::string_view id);
  // Shift-click, Shift-arrows: the rows from the anchor to id in display order (the shown rows
  // only). additive (Ctrl-Shift) keeps the rest of the selection; otherwise it is replaced.
  // The anchor stays where it was. Without a shown anchor, or when id is hidden, selects id
  // (alone unless additive), which becomes the anchor.
  void selectRangeTo(std::string_view id, bool additive);
  void selectAllVisible();
  void clearSelection();
  bool isSelected(std::string_view id) const;
  bool isSelectedAt(std::size_t displayIndex) const { return m_selected[m_visible[displayIndex]]; }
  // All selected rows, shown or hidden by the search.
  Totals selectionTotals() const {
    return {.count = m_selectedCount, .durationSeconds = m_selectedDuration.saturated()};
  }
  // Selected rows the search currently hides.
  std::size_t selectedHiddenCount() const { return m_selectedCount - m_selectedShown; }
  std::vector<std::string> selectedIds() const;  // in the server's order

  // --- The one-page API (kept for the current controller and views) ---
  void replace(std::vector<InterventionSummary> rows);
  void setClientSort(std::optional<ClientSort> sort);
  // The primary sort key, if any.
  std::optional<ClientSort> clientSort() const {
    return m_spec.empty() ? std::nullopt : std::optional<ClientSort>(m_spec.front());
  }

 private:
  static constexpr std::uint32_t kNone = UINT32_MAX;

  std::optional<std::uint32_t> rowOf(std::string_view id) const;
  // What changed in a dirty row since the last refresh (bits of m_change).
  static constexpr std::uint8_t kNewRow = 1;   // appended
  static constexpr std::uint8_t kSummary = 2;  // ref, date, duration or status may differ
  static constexpr std::uint8_t kDetail = 4;   // contract and customer refs may differ
  static constexpr std::uint8_t kMoving = 8;   // transient: taken out of a sorted run to merge
  // Keys and search text again after the row or its detail changed; marks the row dirty.
  void indexRow(std::uint32_t row, std::uint8_t change);
  bool movesInOrder(std::uint32_t row) const;
  void mapRef(std::uint32_t row);
  void unmapRef(std::uint32_t row, const std::string& oldRef);
  // Removes the rows marked kMoving from `ordered` (sorted) and merges `insert` (sorted) in.
  void mergeMoving(std::vector<std::uint32_t>& ordered,
                   const std::vector<std::uint32_t>& insert) const;
  bool updateOrder();     // after data changes: the rows that moved, merged; true if any
  bool updateFiltered();  // after data changes: rows that came, left or moved; true if any
  void layOut();
  void setSelected(std::uint32_t row, bool selected);
  bool shown(std::uint32_t row) const { return m_visiblePos[row] != kNone; }

  // Rows in the server's order (first arrival); a row's index never changes until clear().
  std::vector<InterventionSummary> m_rows;
  std::vector<std::shared_ptr<const Intervention>> m_details;  // null until hydrated
  std::vector<RowKeys> m_keys;
  std::vector<DetailKeys>
      m_detailKeys;  // empty until the first detail; then covers it and every row before
  std::unordered_map<std::string, std::uint32_t> m_rowOfId;
  std::unordered_map<std::string, std::uint32_t> m_rowOfRef;  // foldForExactMatch(ref)
  SearchIndex m_search;
  std::size_t m_hydratedCount = 0;

  // What changed since the last refresh.
  std::vector<std::uint32_t> m_dirty;  // new or changed rows, each once
  std::vector<std::uint8_t> m_change;  // per row: k* bits, 0 when clean
  bool m_sortChanged = true;
  bool m_searchChanged = true;
  bool m_groupingChanged = true;
  bool m_cleared = true;

  // Query.
  std::string m_searchText;
  std::vector<std::string> m_words;
  std::vector<std::string> m_lastWords;  // the words m_filtered was computed with
  SearchIndex::Compiled m_compiled;
  SortSpec m_spec;
  GroupBy m_groupBy = GroupBy::None;
  RowGrouping m_grouping;

  // Results.
  std::vector<std::uint32_t> m_order;       // every row, sorted by m_spec (server order when empty)
  std::vector<std::uint32_t> m_filtered;    // m_order's rows that match the search
  std::vector<std::uint32_t> m_visible;     // m_filtered in display (grouped) order
  std::vector<std::uint32_t> m_visiblePos;  // row -> index in m_visible, kNone when hidden
  std::vector<std::uint32_t> m_displayRowPos;  // row -> index in m_displayRows
  std::vector<DisplayRow> m_displayRows;
  std::vector<RowGroup> m_groups;
  Totals m_totals;
  QueryStats m_stats;

  // Selection.
  std::vector<std::uint8_t> m_selected;  // per row
  std::size_t m_selectedCount = 0;
  std::size_t m_selectedShown = 0;
  DurationSum m_selectedDuration;
  std::uint32_t m_anchor = kNone;
};

}  // namespace fiche::core
