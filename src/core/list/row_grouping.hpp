// core/list: grouping of the list's rows by month, ISO week, status or contract — which group
// each row falls in, the groups' order and labels.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/list/row_keys.hpp"
#include "core/list/totals.hpp"

namespace fiche::core {

enum class GroupBy { None, Month, Week, Status, Contract };

// Value: a month, week, status or contract. The others are the buckets of rows without one,
// always shown after the value groups: rows without a usable date (month, week); hydrated rows
// without a contract, then rows whose detail is not loaded yet (contract).
enum class GroupKind { Value, NoDate, NoContract, ContractNotLoaded };

// A non-empty group of the current results.
struct RowGroup {
  std::string label;  // "2024-05", "2024-W20 (13–19 May)", "done", "CT2405-0002", "No date", ...
  GroupKind kind = GroupKind::Value;
  Totals totals;               // of the group's rows that match the search
  std::size_t firstIndex = 0;  // display index (ListStore::at) of its first row
  std::size_t displayRow = 0;  // index of its header in ListStore::displayRows()
};

// Group labels: month "YYYY-MM"; ISO week "YYYY-Www (d–d Mon)" with the Monday-to-Sunday span
// ("2024-W22 (27 May – 2 Jun)"); the raw status ("(no status)" when empty); the contract ref.
// Status groups follow the workflow order, unknown statuses after it by their text.
class RowGrouping {
 public:
  // Assigns every row of the table to a group: O(rows) plus sorting the distinct groups.
  void build(GroupBy by, const RowTable& table);

  std::size_t groupCount() const { return m_groups.size(); }
  // Groups [0, valueGroupCount()) are value groups in ascending order; the rest are buckets.
  std::size_t valueGroupCount() const { return m_valueGroups; }
  std::uint32_t groupOf(std::uint32_t row) const { return m_groupOf[row]; }
  const std::string& label(std::uint32_t group) const { return m_groups[group].label; }
  GroupKind kind(std::uint32_t group) const { return m_groups[group].kind; }

 private:
  struct Group {
    std::string label;
    GroupKind kind = GroupKind::Value;
  };
  std::vector<std::uint32_t> m_groupOf;
  std::vector<Group> m_groups;
  std::size_t m_valueGroups = 0;
};

// Value groups follow the direction of the sort key on the grouped field when the spec has one
// (date for month and week, status, contract ref); otherwise months and weeks show the newest
// first, statuses and contracts ascending.
bool groupsDescending(GroupBy by, const SortSpec& spec);

}  // namespace fiche::core
