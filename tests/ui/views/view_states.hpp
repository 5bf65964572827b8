// tests/ui/views: AppStates the view tests draw, and helpers to read the intents they emit.
#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/app/app_state.hpp"
#include "ui/intent_sink.hpp"

namespace fiche::ui::testing {

// Connected to a server offering interventions (at most 200 per page); no rows yet. Server
// pages (the interventions browser's list); the whole history has history_view_test.cpp.
inline core::AppState connectedState() {
  core::AppState state;
  state.route.serverPages = true;
  state.connection.status = core::LoadStatus::Ok;
  state.connection.apiRoot = "http://127.0.0.1:8000";
  state.connection.discovery = {.providerName = "Atelier Démo",
                                .capabilities = {"interventions", "download"},
                                .defaultPerPage = 50,
                                .maxPerPage = 200};
  return state;
}

// Connected with the first of `totalPages` pages loaded: three rows, FI-1 ... FI-3, ids 1..3.
inline core::AppState stateWithRows(int page = 1, int totalPages = 1) {
  core::AppState state = connectedState();
  state.route.page = page;
  state.list.status = core::LoadStatus::Ok;
  state.list.store.replace({
      {.id = "1", .ref = "FI-1", .date = "2024-05-20", .durationSeconds = 3600, .status = "done"},
      {.id = "2", .ref = "FI-2", .date = "2024-05-19", .durationSeconds = 5400, .status = "billed"},
      {.id = "3",
       .ref = "FI-3",
       .date = "2024-05-18",
       .durationSeconds = 118800,
       .status = "draft"},
  });
  state.list.hasPagination = true;
  state.list.pagination = {.page = page,
                           .perPage = 50,
                           .totalItems = 3 + 50 * (totalPages - 1),
                           .totalPages = totalPages};
  return state;
}

// stateWithRows with intervention 2 open and loaded (two lines, 1:00 + 0:30).
inline core::AppState stateWithDetail() {
  core::AppState state = stateWithRows();
  state.route.openId = "2";
  state.detail.status = core::LoadStatus::Ok;
  state.detail.id = "2";
  state.detail.intervention = {
      .id = "2",
      .ref = "FI-2",
      .customerRef = "PO-77",
      .dateIntervention = "2024-05-19",
      .dateStart = "2024-05-19T08:00:00Z",
      .dateEnd = "2024-05-19T09:30:00Z",
      .contractRef = "CT-9",
      .description = "Boiler service",
      .durationSeconds = 7200,
      .status = "billed",
      .publicNote = "Call before coming",
      .lines = {{.id = "a",
                 .position = 1,
                 .description = "Burner cleaning",
                 .date = "2024-05-19",
                 .durationSeconds = 3600,
                 .productRef = "SRV-CLEAN"},
                {.id = "b",
                 .position = 2,
                 .description = "Pressure test",
                 .date = "2024-05-19",
                 .durationSeconds = 1800,
                 .productRef = "SRV-TEST"}},
  };
  return state;
}

// The routes of the NavigateIntents among `intents`, in order.
inline std::vector<core::Route> routesOf(const std::vector<core::Intent>& intents) {
  std::vector<core::Route> routes;
  for (const core::Intent& intent : intents) {
    if (const auto* navigate = std::get_if<core::NavigateIntent>(&intent)) {
      routes.push_back(navigate->route);
    }
  }
  return routes;
}

// The one intent the sink holds, when it is a NavigateIntent; fails the test otherwise.
inline std::optional<core::Route> onlyRoute(IntentSink& sink) {
  const std::vector<core::Intent> intents = sink.take();
  EXPECT_EQ(intents.size(), 1u);
  if (intents.size() != 1) return std::nullopt;
  const auto* navigate = std::get_if<core::NavigateIntent>(&intents[0]);
  EXPECT_NE(navigate, nullptr) << "intent #" << intents[0].index() << " instead of Navigate";
  if (navigate == nullptr) return std::nullopt;
  return navigate->route;
}

}  // namespace fiche::ui::testing
