// core/list: RowGrouping — group keys per row, distinct groups sorted once, labels.
#include "core/list/row_grouping.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace fiche::core {
namespace {

constexpr std::uint32_t kNoGroup = UINT32_MAX;

constexpr std::array<const char*, 12> kMonthNames = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string monthLabel(std::int64_t key) {
  const std::int64_t year = key >= 0 ? key / 12 : (key - 11) / 12;
  const std::int64_t month = key - year * 12 + 1;
  return formatIsoDate(CivilDate{static_cast<int>(year), static_cast<int>(month), 1}).substr(0, 7);
}

std::string weekLabel(std::int64_t monday) {
  const CivilDate first = civilFromDays(monday);
  const CivilDate last = civilFromDays(monday + 6);
  const IsoWeek week = isoWeek(first);
  char text[96];
  const char* firstMonth = kMonthNames[static_cast<std::size_t>(first.month - 1)];
  const char* lastMonth = kMonthNames[static_cast<std::size_t>(last.month - 1)];
  if (first.month == last.month) {
    std::snprintf(text, sizeof text, "%04d-W%02d (%d\u2013%d %s)", week.year, week.week, first.day,
                  last.day, lastMonth);
  } else {
    std::snprintf(text, sizeof text, "%04d-W%02d (%d %s \u2013 %d %s)", week.year, week.week,
                  first.day, firstMonth, last.day, lastMonth);
  }
  return text;
}

// Integer group keys (month number, Monday's day): distinct keys sorted ascending.
template <typename KeyOf>
void assignByInteger(std::vector<std::uint32_t>& groupOf, std::size_t rows, KeyOf keyOf,
                     std::vector<std::int64_t>& distinct) {
  std::unordered_map<std::int64_t, std::uint32_t> slot;
  std::vector<std::int64_t> keys(rows);
  std::vector<std::uint8_t> hasKey(rows, 0);
  for (std::size_t row = 0; row < rows; ++row) {
    const std::optional<std::int64_t> key = keyOf(row);
    if (!key) continue;
    keys[row] = *key;
    hasKey[row] = 1;
    if (slot.try_emplace(*key, 0).second) distinct.push_back(*key);
  }
  std::sort(distinct.begin(), distinct.end());
  for (std::size_t i = 0; i < distinct.size(); ++i) {
    slot[distinct[i]] = static_cast<std::uint32_t>(i);
  }
  for (std::size_t row = 0; row < rows; ++row) {
    if (hasKey[row]) groupOf[row] = slot[keys[row]];
  }
}

}  // namespace

void RowGrouping::build(GroupBy by, const RowTable& table) {
  const std::size_t rows = table.rows.size();
  m_groups.clear();
  m_groupOf.assign(rows, kNoGroup);
  m_valueGroups = 0;
  if (by == GroupBy::None) return;

  std::vector<GroupKind> bucketOf(rows, GroupKind::Value);
  if (by == GroupBy::Month || by == GroupBy::Week) {
    std::vector<std::int64_t> distinct;
    assignByInteger(
        m_groupOf, rows,
        [&](std::size_t row) -> std::optional<std::int64_t> {
          const std::int32_t day = table.keys[row].day;
          if (day == kNoDay) return std::nullopt;
          if (by == GroupBy::Week) return day - ((day % 7 + 7 + 3) % 7);  // that week's Monday
          const CivilDate date = civilFromDays(day);
          return std::int64_t{date.year} * 12 + (date.month - 1);
        },
        distinct);
    for (const std::int64_t key : distinct) {
      m_groups.push_back({.label = by == GroupBy::Month ? monthLabel(key) : weekLabel(key)});
    }
    for (std::size_t row = 0; row < rows; ++row) {
      if (m_groupOf[row] == kNoGroup) bucketOf[row] = GroupKind::NoDate;
    }
  } else {
    // Text keys: the status, or the contract ref of hydrated rows.
    const auto textOf = [&](std::size_t row) -> const std::string* {
      if (by == GroupBy::Status) return &table.rows[row].status;
      const Intervention* detail = table.details[row].get();
      if (detail == nullptr || detail->contractRef.empty()) return nullptr;
      return &detail->contractRef;
    };
    std::unordered_map<std::string_view, std::uint32_t> slot;
    std::vector<std::string_view> distinct;
    for (std::size_t row = 0; row < rows; ++row) {
      const std::string* text = textOf(row);
      if (text == nullptr) {
        bucketOf[row] = table.details[row] ? GroupKind::NoContract : GroupKind::ContractNotLoaded;
      } else if (slot.try_emplace(*text, 0).second) {
        distinct.push_back(*text);
      }
    }
    std::sort(distinct.begin(), distinct.end(), [&](std::string_view a, std::string_view b) {
      if (by == GroupBy::Status && statusRank(a) != statusRank(b)) {
        return statusRank(a) < statusRank(b);
      }
      return a < b;
    });
    for (std::size_t i = 0; i < distinct.size(); ++i) {
      slot[distinct[i]] = static_cast<std::uint32_t>(i);
      const bool noStatus = by == GroupBy::Status && distinct[i].empty();
      m_groups.push_back({.label = noStatus ? "(no status)" : std::string(distinct[i])});
    }
    for (std::size_t row = 0; row < rows; ++row) {
      if (const std::string* text = textOf(row)) m_groupOf[row] = slot[*text];
    }
  }

  m_valueGroups = m_groups.size();
  // The buckets, in their fixed order after the values.
  constexpr std::array<std::pair<GroupKind, const char*>, 3> kBuckets = {
      {{GroupKind::NoDate, "No date"},
       {GroupKind::NoContract, "No contract"},
       {GroupKind::ContractNotLoaded, "Contract not loaded yet"}}};
  for (const auto& [kind, label] : kBuckets) {
    const auto used = std::find(bucketOf.begin(), bucketOf.end(), kind);
    if (used == bucketOf.end()) continue;
    const auto group = static_cast<std::uint32_t>(m_groups.size());
    m_groups.push_back({.label = label, .kind = kind});
    for (std::size_t row = 0; row < rows; ++row) {
      if (bucketOf[row] == kind) m_groupOf[row] = group;
    }
  }
}

bool groupsDescending(GroupBy by, const SortSpec& spec) {
  SortColumn field = SortColumn::Date;
  bool fallback = false;
  switch (by) {
    case GroupBy::None:
      return false;
    case GroupBy::Month:
    case GroupBy::Week:
      fallback = true;
      break;
    case GroupBy::Status:
      field = SortColumn::Status;
      break;
    case GroupBy::Contract:
      field = SortColumn::ContractRef;
      break;
  }
  for (const ClientSort& key : spec) {
    if (key.column == field) return key.descending;
  }
  return fallback;
}

}  // namespace fiche::core
