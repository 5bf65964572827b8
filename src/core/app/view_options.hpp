// core/app: the whole-history list's view options as the URL writes them — multi-key sort,
// grouping, duration lens.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/app/route.hpp"
#include "core/list/row_grouping.hpp"
#include "core/list/row_keys.hpp"
#include "core/util/duration.hpp"

namespace fiche::core {

// Most sort keys an order may have (a header click, then shift-clicks).
inline constexpr std::size_t kMaxSortKeys = 4;

// "date_desc,ref_asc": comma-separated keys <column>_<asc|desc>, columns ref, date, duration,
// status, contract, customer; primary key first. nullopt for an empty text, an unknown key,
// a column named twice or more than kMaxSortKeys keys.
std::optional<SortSpec> parseSortSpec(std::string_view text);
// The text parseSortSpec reads back; "" for an empty spec.
std::string formatSortSpec(const SortSpec& spec);
// "ref", "date", "duration", "status", "contract", "customer".
std::string_view sortColumnKey(SortColumn column);

// "month", "week", "status", "contract"; nullopt for anything else ("" included).
std::optional<GroupBy> parseGroupBy(std::string_view text);
std::string_view groupByKey(GroupBy by);  // "" for None

// "hours" (decimal hours), "days" (days of N hours); "" or anything else: h:mm.
DurationLens parseLens(std::string_view text);
std::string_view lensKey(DurationLens lens);  // "" for HoursMinutes

// How the route says durations are shown (lens and working day).
DurationFormat durationFormatOf(const Route& route);

}  // namespace fiche::core
