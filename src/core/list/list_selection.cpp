// core/list: ListStore's selection — per-row flags with a running count and duration, so the
// status bar costs nothing per frame; ranges follow the display order of the shown rows.
#include "core/list/list_store.hpp"

#include <algorithm>

namespace fiche::core {

void ListStore::setSelected(std::uint32_t row, bool selected) {
  if ((m_selected[row] != 0) == selected) return;
  m_selected[row] = selected ? 1 : 0;
  const std::int64_t duration = m_rows[row].durationSeconds;
  if (selected) {
    ++m_selectedCount;
    m_selectedDuration.add(duration);
    if (shown(row)) ++m_selectedShown;
  } else {
    --m_selectedCount;
    m_selectedDuration.subtract(duration);
    if (shown(row)) --m_selectedShown;
  }
}

void ListStore::selectOnly(std::string_view id) {
  const std::optional<std::uint32_t> row = rowOf(id);
  if (!row) return;
  clearSelection();
  setSelected(*row, true);
  m_anchor = *row;
}

void ListStore::toggleSelected(std::string_view id) {
  const std::optional<std::uint32_t> row = rowOf(id);
  if (!row) return;
  setSelected(*row, m_selected[*row] == 0);
  m_anchor = *row;
}

void ListStore::selectRangeTo(std::string_view id, bool additive) {
  const std::optional<std::uint32_t> row = rowOf(id);
  if (!row) return;
  if (m_anchor == kNone || !shown(m_anchor) || !shown(*row)) {
    if (!additive) clearSelection();
    setSelected(*row, true);
    m_anchor = *row;
    return;
  }
  if (!additive) clearSelection();
  const auto [low, high] = std::minmax(m_visiblePos[m_anchor], m_visiblePos[*row]);
  for (std::uint32_t i = low; i <= high; ++i) setSelected(m_visible[i], true);
}

void ListStore::selectAllVisible() {
  for (const std::uint32_t row : m_visible) setSelected(row, true);
}

void ListStore::clearSelection() {
  if (m_selectedCount == 0) return;
  std::fill(m_selected.begin(), m_selected.end(), std::uint8_t{0});
  m_selectedCount = 0;
  m_selectedShown = 0;
  m_selectedDuration = DurationSum{};
}

bool ListStore::isSelected(std::string_view id) const {
  const std::optional<std::uint32_t> row = rowOf(id);
  return row && m_selected[*row] != 0;
}

std::vector<std::string> ListStore::selectedIds() const {
  std::vector<std::string> ids;
  ids.reserve(m_selectedCount);
  for (std::uint32_t row = 0; row < m_rows.size(); ++row) {
    if (m_selected[row]) ids.push_back(m_rows[row].id);
  }
  return ids;
}

}  // namespace fiche::core
