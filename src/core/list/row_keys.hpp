// core/list: a row's sort keys, precomputed once when the row or its detail arrives, and the
// multi-key order over them that the list's sorts and merges use.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "core/obapi/types.hpp"
#include "core/util/date.hpp"

namespace fiche::core {

// Every column the list can sort by. ContractRef and CustomerRef are known once a row is
// hydrated (its detail loaded).
enum class SortColumn { Ref, Date, Duration, Status, ContractRef, CustomerRef };

// One sort key: an order applied to the loaded rows in the browser (the server cannot sort by
// every column).
struct ClientSort {
  SortColumn column = SortColumn::Date;
  bool descending = false;
  bool operator==(const ClientSort&) const = default;
};

// Primary key first (a click on a header), then secondary keys (shift-click). Empty: the
// server's order.
using SortSpec = std::vector<ClientSort>;

inline constexpr std::int32_t kNoDay = INT32_MIN;
inline constexpr std::uint8_t kUnknownStatusRank = 4;

// A text as two integers whose order is the texts' byte order: its first 15 bytes,
// zero-padded, then its length (0xFF when longer than 15). Refs ("FI2405-0005",
// "CT2405-0002") fit whole, so a sort by ref, contract or customer ref compares integers kept
// with the row's other keys and never reads the texts, which are far apart in memory.
struct TextKey {
  std::uint64_t high = 0;
  std::uint64_t low = 0;
};
inline constexpr std::size_t kTextKeyBytes = 15;

TextKey textKeyOf(std::string_view text);
// The order of two texts from their keys: negative, zero or positive; nullopt when the keys
// cannot tell (both texts longer than 15 bytes, and the same 15 first): then compare the texts.
std::optional<int> compareTextKeys(const TextKey& a, const TextKey& b);

struct RowKeys {
  std::int32_t day = kNoDay;  // date_intervention in days since 1970-01-01; kNoDay if unusable
  std::uint8_t statusRank = kUnknownStatusRank;  // draft 0, validated 1, done 2, billed 3
  bool hydrated = false;
  std::int64_t duration = 0;
  TextKey ref;
};

// A hydrated row's keys from its detail; kept apart from RowKeys so that rows without details
// (hydration off, or not there yet) cost nothing for them.
struct DetailKeys {
  TextKey contractRef;
  TextKey customerRef;
};

// "YYYY-MM-DD", also with a time after it ("2024-05-18T09:30:00", "2024-05-18 09:30").
std::optional<CivilDate> interventionDate(std::string_view text);
std::uint8_t statusRank(std::string_view status);
RowKeys keysOf(const InterventionSummary& row, const Intervention* detail);
DetailKeys detailKeysOf(const Intervention& detail);

// The rows as the order reads them (parallel vectors, indexed by row).
struct RowTable {
  const std::vector<InterventionSummary>& rows;
  const std::vector<std::shared_ptr<const Intervention>>& details;
  const std::vector<RowKeys>& keys;
  const std::vector<DetailKeys>& detailKeys;  // covers every hydrated row (keys.hydrated)
};

// A strict total order over row indices for a SortSpec. Per key:
// - ref, customer and contract refs by their bytes; date by calendar day; duration by value;
//   status in workflow order (draft, validated, done, billed), unknown values after them by
//   their text. Descending reverses the key.
// - Missing values sink to the end in both directions: rows without a usable date; for contract
//   and customer refs, hydrated rows without one, then rows not hydrated yet.
// Rows equal on every key keep the server's order (row index), in both directions, which makes
// every sort stable and lets sorted runs be merged exactly.
class RowOrder {
 public:
  RowOrder(const RowTable& table, const SortSpec& spec) : m_table(table), m_spec(spec) {}
  bool operator()(std::uint32_t a, std::uint32_t b) const;

 private:
  int compare(std::uint32_t a, std::uint32_t b, const ClientSort& key) const;
  int refClass(std::uint32_t row, bool hydrated, SortColumn column) const;
  const RowTable& m_table;
  const SortSpec& m_spec;
};

}  // namespace fiche::core
