// tests/core/app: rows and details for the list store's tests.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/list/list_store.hpp"

namespace fiche::core::testing {

using Strings = std::vector<std::string>;

inline InterventionSummary row(std::string id, std::string ref, std::string date,
                               std::int64_t duration, std::string status) {
  return {.id = std::move(id),
          .ref = std::move(ref),
          .date = std::move(date),
          .durationSeconds = duration,
          .status = std::move(status)};
}

struct DetailText {
  std::string contract{};
  std::string customer{};
  std::string description{};
  std::string note{};
  std::vector<std::pair<std::string, std::string>> lines{};  // description, product ref
};

inline Intervention detail(const InterventionSummary& summary, DetailText text) {
  Intervention full{.id = summary.id,
                    .ref = summary.ref,
                    .customerRef = std::move(text.customer),
                    .dateIntervention = summary.date,
                    .contractRef = std::move(text.contract),
                    .description = std::move(text.description),
                    .durationSeconds = summary.durationSeconds,
                    .status = summary.status,
                    .publicNote = std::move(text.note)};
  int position = 1;
  for (auto& [description, product] : text.lines) {
    full.lines.push_back({.id = summary.id + "-" + std::to_string(position),
                          .position = position,
                          .description = std::move(description),
                          .productRef = std::move(product)});
    ++position;
  }
  return full;
}

// The ids shown, in display order.
inline Strings shownIds(const ListStore& store) {
  Strings ids;
  for (std::size_t i = 0; i < store.size(); ++i) ids.push_back(store.at(i).id);
  return ids;
}

}  // namespace fiche::core::testing
