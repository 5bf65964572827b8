// core/app: sort keys and the multi-key row order.
#include "core/app/row_keys.hpp"

#include <array>
#include <string>

namespace fiche::core {
namespace {

constexpr std::array<std::string_view, 4> kStatusOrder = {"draft", "validated", "done", "billed"};

int sign(int value) {
  return (value > 0) - (value < 0);
}

template <typename T>
int compareValues(T a, T b) {
  return (a > b) - (a < b);
}

// 0: has a value, 1: hydrated without one, 2: not hydrated yet.
int refClass(const Intervention* detail, const std::string* text) {
  if (detail == nullptr) return 2;
  return text->empty() ? 1 : 0;
}

}  // namespace

std::optional<CivilDate> interventionDate(std::string_view text) {
  if (text.size() > 10 && (text[10] == 'T' || text[10] == ' ')) text = text.substr(0, 10);
  return parseIsoDate(text);
}

std::uint8_t statusRank(std::string_view status) {
  for (std::size_t i = 0; i < kStatusOrder.size(); ++i) {
    if (kStatusOrder[i] == status) return static_cast<std::uint8_t>(i);
  }
  return kUnknownStatusRank;
}

RowKeys keysOf(const InterventionSummary& row, const Intervention* detail) {
  RowKeys keys{.statusRank = statusRank(row.status),
               .hydrated = detail != nullptr,
               .duration = row.durationSeconds};
  if (const std::optional<CivilDate> date = interventionDate(row.date)) {
    keys.day = static_cast<std::int32_t>(daysFromCivil(*date));
  }
  return keys;
}

int RowOrder::compare(std::uint32_t a, std::uint32_t b, const ClientSort& key) const {
  const int flip = key.descending ? -1 : 1;
  const InterventionSummary& rowA = m_table.rows[a];
  const InterventionSummary& rowB = m_table.rows[b];
  const RowKeys& keysA = m_table.keys[a];
  const RowKeys& keysB = m_table.keys[b];
  switch (key.column) {
    case SortColumn::Ref:
      return flip * sign(rowA.ref.compare(rowB.ref));
    case SortColumn::Date: {
      const bool missingA = keysA.day == kNoDay;
      const bool missingB = keysB.day == kNoDay;
      if (missingA != missingB) return missingA ? 1 : -1;
      if (missingA) return flip * sign(rowA.date.compare(rowB.date));
      return flip * compareValues(keysA.day, keysB.day);
    }
    case SortColumn::Duration:
      return flip * compareValues(keysA.duration, keysB.duration);
    case SortColumn::Status:
      if (keysA.statusRank != keysB.statusRank) {
        return flip * compareValues(keysA.statusRank, keysB.statusRank);
      }
      if (keysA.statusRank != kUnknownStatusRank) return 0;
      return flip * sign(rowA.status.compare(rowB.status));
    case SortColumn::ContractRef:
    case SortColumn::CustomerRef: {
      const Intervention* detailA = m_table.details[a].get();
      const Intervention* detailB = m_table.details[b].get();
      const bool contract = key.column == SortColumn::ContractRef;
      const std::string* textA =
          detailA == nullptr ? nullptr : (contract ? &detailA->contractRef : &detailA->customerRef);
      const std::string* textB =
          detailB == nullptr ? nullptr : (contract ? &detailB->contractRef : &detailB->customerRef);
      const int classA = refClass(detailA, textA);
      const int classB = refClass(detailB, textB);
      if (classA != classB) return compareValues(classA, classB);
      if (classA != 0) return 0;
      return flip * sign(textA->compare(*textB));
    }
  }
  return 0;
}

bool RowOrder::operator()(std::uint32_t a, std::uint32_t b) const {
  for (const ClientSort& key : m_spec) {
    const int order = compare(a, b, key);
    if (order != 0) return order < 0;
  }
  return a < b;
}

}  // namespace fiche::core
