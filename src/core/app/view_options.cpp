// core/app: view options <-> text.
#include "core/app/view_options.hpp"

#include <algorithm>
#include <array>

namespace fiche::core {
namespace {

struct ColumnName {
  std::string_view key;
  SortColumn column;
};
constexpr std::array<ColumnName, 6> kColumns = {{{"ref", SortColumn::Ref},
                                                 {"date", SortColumn::Date},
                                                 {"duration", SortColumn::Duration},
                                                 {"status", SortColumn::Status},
                                                 {"contract", SortColumn::ContractRef},
                                                 {"customer", SortColumn::CustomerRef}}};

struct GroupName {
  std::string_view key;
  GroupBy by;
};
constexpr std::array<GroupName, 4> kGroups = {{{"month", GroupBy::Month},
                                               {"week", GroupBy::Week},
                                               {"status", GroupBy::Status},
                                               {"contract", GroupBy::Contract}}};

std::optional<ClientSort> parseKey(std::string_view key) {
  for (const ColumnName& entry : kColumns) {
    if (key.size() <= entry.key.size() || !key.starts_with(entry.key)) continue;
    const std::string_view suffix = key.substr(entry.key.size());
    if (suffix == "_asc") return ClientSort{.column = entry.column, .descending = false};
    if (suffix == "_desc") return ClientSort{.column = entry.column, .descending = true};
  }
  return std::nullopt;
}

}  // namespace

std::string_view sortColumnKey(SortColumn column) {
  for (const ColumnName& entry : kColumns) {
    if (entry.column == column) return entry.key;
  }
  return "";
}

std::optional<SortSpec> parseSortSpec(std::string_view text) {
  if (text.empty()) return std::nullopt;
  SortSpec spec;
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t comma = std::min(text.find(',', start), text.size());
    const std::optional<ClientSort> key = parseKey(text.substr(start, comma - start));
    if (!key || spec.size() == kMaxSortKeys) return std::nullopt;
    const bool repeated = std::any_of(spec.begin(), spec.end(),
                                      [&](const ClientSort& k) { return k.column == key->column; });
    if (repeated) return std::nullopt;
    spec.push_back(*key);
    start = comma + 1;
  }
  return spec;
}

std::string formatSortSpec(const SortSpec& spec) {
  std::string text;
  for (const ClientSort& key : spec) {
    if (!text.empty()) text += ',';
    text += sortColumnKey(key.column);
    text += key.descending ? "_desc" : "_asc";
  }
  return text;
}

std::optional<GroupBy> parseGroupBy(std::string_view text) {
  for (const GroupName& entry : kGroups) {
    if (entry.key == text) return entry.by;
  }
  return std::nullopt;
}

std::string_view groupByKey(GroupBy by) {
  for (const GroupName& entry : kGroups) {
    if (entry.by == by) return entry.key;
  }
  return "";
}

DurationLens parseLens(std::string_view text) {
  if (text == "hours") return DurationLens::DecimalHours;
  if (text == "days") return DurationLens::Days;
  return DurationLens::HoursMinutes;
}

std::string_view lensKey(DurationLens lens) {
  switch (lens) {
    case DurationLens::DecimalHours:
      return "hours";
    case DurationLens::Days:
      return "days";
    case DurationLens::HoursMinutes:
      break;
  }
  return "";
}

DurationFormat durationFormatOf(const Route& route) {
  return {.lens = parseLens(route.lens), .hoursPerDay = route.hoursPerDay};
}

}  // namespace fiche::core
