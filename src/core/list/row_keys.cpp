// core/list: sort keys and the multi-key row order.
#include "core/list/row_keys.hpp"

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

// The texts' order from their keys, reading the texts only when the keys cannot tell.
int textOrder(const TextKey& keyA, const TextKey& keyB, const std::string& a,
              const std::string& b) {
  if (const std::optional<int> order = compareTextKeys(keyA, keyB)) return sign(*order);
  return sign(a.compare(b));
}

}  // namespace

TextKey textKeyOf(std::string_view text) {
  TextKey key;
  for (std::size_t i = 0; i < kTextKeyBytes; ++i) {
    const std::uint64_t byte = i < text.size() ? static_cast<unsigned char>(text[i]) : 0;
    std::uint64_t& word = i < 8 ? key.high : key.low;
    word = (word << 8) | byte;
  }
  // Last byte: the length, so that "A" and "A\0" differ, shorter first; 0xFF for longer texts,
  // which go after every text that is a prefix of theirs.
  key.low = (key.low << 8) | (text.size() <= kTextKeyBytes ? text.size() : 0xFF);
  return key;
}

std::optional<int> compareTextKeys(const TextKey& a, const TextKey& b) {
  if (a.high != b.high) return a.high < b.high ? -1 : 1;
  if (a.low != b.low) return a.low < b.low ? -1 : 1;
  if ((a.low & 0xFF) == 0xFF) return std::nullopt;  // both longer than the key
  return 0;
}

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
               .duration = row.durationSeconds,
               .ref = textKeyOf(row.ref)};
  if (const std::optional<CivilDate> date = interventionDate(row.date)) {
    keys.day = static_cast<std::int32_t>(daysFromCivil(*date));
  }
  return keys;
}

DetailKeys detailKeysOf(const Intervention& detail) {
  return {.contractRef = textKeyOf(detail.contractRef),
          .customerRef = textKeyOf(detail.customerRef)};
}

int RowOrder::compare(std::uint32_t a, std::uint32_t b, const ClientSort& key) const {
  const int flip = key.descending ? -1 : 1;
  const InterventionSummary& rowA = m_table.rows[a];
  const InterventionSummary& rowB = m_table.rows[b];
  const RowKeys& keysA = m_table.keys[a];
  const RowKeys& keysB = m_table.keys[b];
  switch (key.column) {
    case SortColumn::Ref:
      return flip * textOrder(keysA.ref, keysB.ref, rowA.ref, rowB.ref);
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
      // From the keys alone, as long as they tell: the details are read only for two refs
      // sharing their first 16 bytes.
      const int classA = refClass(a, keysA.hydrated, key.column);
      const int classB = refClass(b, keysB.hydrated, key.column);
      if (classA != classB) return compareValues(classA, classB);
      if (classA != 0) return 0;
      const bool contract = key.column == SortColumn::ContractRef;
      const DetailKeys& detailKeysA = m_table.detailKeys[a];
      const DetailKeys& detailKeysB = m_table.detailKeys[b];
      const TextKey& textA = contract ? detailKeysA.contractRef : detailKeysA.customerRef;
      const TextKey& textB = contract ? detailKeysB.contractRef : detailKeysB.customerRef;
      if (const std::optional<int> order = compareTextKeys(textA, textB)) {
        return flip * sign(*order);
      }
      const Intervention* detailA = m_table.details[a].get();
      const Intervention* detailB = m_table.details[b].get();
      if (detailA == nullptr || detailB == nullptr) return 0;  // keys always say hydrated first
      return flip * sign(contract ? detailA->contractRef.compare(detailB->contractRef)
                                  : detailA->customerRef.compare(detailB->customerRef));
    }
  }
  return 0;
}

// 0: has a value, 1: hydrated without one, 2: not hydrated yet. An empty text's key is all
// zeros (no bytes, length 0).
int RowOrder::refClass(std::uint32_t row, bool hydrated, SortColumn column) const {
  if (!hydrated) return 2;
  const DetailKeys& keys = m_table.detailKeys[row];
  const TextKey& text = column == SortColumn::ContractRef ? keys.contractRef : keys.customerRef;
  return text.high == 0 && text.low == 0 ? 1 : 0;
}

bool RowOrder::operator()(std::uint32_t a, std::uint32_t b) const {
  for (const ClientSort& key : m_spec) {
    const int order = compare(a, b, key);
    if (order != 0) return order < 0;
  }
  return a < b;
}

}  // namespace fiche::core
