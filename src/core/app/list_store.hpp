// core/app: the rows the list shows, their display order and totals, kept apart from the views
// so that loaders can fill it and client-side queries can run over it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/obapi/types.hpp"

namespace fiche::core {

enum class SortColumn { Ref, Date, Duration, Status };

// An order applied to the loaded rows in the browser (the server cannot sort by every column).
struct ClientSort {
  SortColumn column = SortColumn::Date;
  bool descending = false;
  bool operator==(const ClientSort&) const = default;
};

// "duration_asc" ... "status_desc", "ref_asc", "date_desc" ...; nullopt for anything else.
std::optional<ClientSort> parseClientSort(std::string_view key);

// Owns the rows. Display order and totals are computed when the rows or the sort change, never
// per frame. Sorting is stable: rows that compare equal keep the server's order. Statuses sort
// in workflow order (draft, validated, done, billed), unknown values after them by their text.
class ListStore {
 public:
  void replace(std::vector<InterventionSummary> rows);
  void setClientSort(std::optional<ClientSort> sort);

  const std::optional<ClientSort>& clientSort() const { return m_sort; }
  std::size_t size() const { return m_rows.size(); }
  bool empty() const { return m_rows.empty(); }
  // The row shown at position displayIndex (< size()).
  const InterventionSummary& at(std::size_t displayIndex) const {
    return m_rows[m_order[displayIndex]];
  }
  std::optional<std::size_t> displayIndexOf(std::string_view id) const;
  std::int64_t totalDurationSeconds() const { return m_totalDuration; }

 private:
  void reorder();

  std::vector<InterventionSummary> m_rows;
  std::vector<std::size_t> m_order;  // indices into m_rows, in display order
  std::optional<ClientSort> m_sort;
  std::int64_t m_totalDuration = 0;
};

}  // namespace fiche::core
