// core/app: ListStore — display order and totals of the loaded rows.
#include "core/app/list_store.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <numeric>
#include <string>
#include <utility>

namespace fiche::core {
namespace {

constexpr std::array<std::string_view, 4> kStatusOrder = {"draft", "validated", "done", "billed"};

std::size_t statusRank(std::string_view status) {
  const auto* found = std::find(kStatusOrder.begin(), kStatusOrder.end(), status);
  return static_cast<std::size_t>(found - kStatusOrder.begin());  // unknown -> after all
}

// <0, 0, >0 like strcmp, ascending.
int compare(const InterventionSummary& a, const InterventionSummary& b, SortColumn column) {
  switch (column) {
    case SortColumn::Ref:
      return a.ref.compare(b.ref);
    case SortColumn::Date:
      return a.date.compare(b.date);  // YYYY-MM-DD text sorts as dates
    case SortColumn::Duration:
      return a.durationSeconds < b.durationSeconds ? -1 : a.durationSeconds > b.durationSeconds;
    case SortColumn::Status: {
      const std::size_t rankA = statusRank(a.status);
      const std::size_t rankB = statusRank(b.status);
      if (rankA != rankB) return rankA < rankB ? -1 : 1;
      return a.status.compare(b.status);
    }
  }
  return 0;
}

struct SortKeyName {
  std::string_view name;
  SortColumn column;
};
constexpr std::array<SortKeyName, 4> kSortKeyNames = {{{"ref", SortColumn::Ref},
                                                       {"date", SortColumn::Date},
                                                       {"duration", SortColumn::Duration},
                                                       {"status", SortColumn::Status}}};

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

void ListStore::replace(std::vector<InterventionSummary> rows) {
  m_rows = std::move(rows);
  m_totalDuration = 0;
  for (const InterventionSummary& row : m_rows) {
    // Saturate: a hostile server must not make the total overflow.
    if (__builtin_add_overflow(m_totalDuration, row.durationSeconds, &m_totalDuration)) {
      m_totalDuration = row.durationSeconds > 0 ? INT64_MAX : INT64_MIN;
    }
  }
  reorder();
}

void ListStore::setClientSort(std::optional<ClientSort> sort) {
  if (sort == m_sort) return;
  m_sort = sort;
  reorder();
}

std::optional<std::size_t> ListStore::displayIndexOf(std::string_view id) const {
  for (std::size_t i = 0; i < m_order.size(); ++i) {
    if (m_rows[m_order[i]].id == id) return i;
  }
  return std::nullopt;
}

void ListStore::reorder() {
  m_order.resize(m_rows.size());
  std::iota(m_order.begin(), m_order.end(), std::size_t{0});
  if (!m_sort) return;
  const ClientSort sort = *m_sort;
  std::stable_sort(m_order.begin(), m_order.end(), [&](std::size_t a, std::size_t b) {
    const int order = compare(m_rows[a], m_rows[b], sort.column);
    return sort.descending ? order > 0 : order < 0;
  });
}

}  // namespace fiche::core
