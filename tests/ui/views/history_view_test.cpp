// tests/ui/views: the whole history's view — search box, headers, selection, group rows,
// totals, lens, the loading meters, and the rows it reports as visible.
#include "ui/views/history_view.hpp"

#include <gtest/gtest.h>

#include <variant>

#include "core/app/view_options.hpp"
#include "imgui.h"
#include "ui/imgui_harness.hpp"
#include "view_states.hpp"
#include "view_test.hpp"

namespace fiche::ui {
namespace {

using testing::fullScreenWindow;

// Connected, the whole history: FI-1 (1:00, done), FI-2 (1:30, billed), FI-3 (33:00, draft).
core::AppState historyState() {
  core::AppState state = testing::connectedState();
  state.route.serverPages = false;
  state.list.status = core::LoadStatus::Ok;
  state.list.store.upsert({
      {.id = "1", .ref = "FI-1", .date = "2024-05-20", .durationSeconds = 3600, .status = "done"},
      {.id = "2", .ref = "FI-2", .date = "2024-05-19", .durationSeconds = 5400, .status = "billed"},
      {.id = "3",
       .ref = "FI-3",
       .date = "2024-04-18",
       .durationSeconds = 118800,
       .status = "draft"},
  });
  state.list.store.refresh();
  return state;
}

class HistoryViewTest : public testing::ViewTest {
 protected:
  void drawView() override {
    fullScreenWindow([this] { view.draw(state, keyboard, false, sink); });
  }
  // Every intent of that type emitted since the last call (the others are dropped).
  template <class T>
  std::vector<T> taken() {
    std::vector<T> found;
    for (core::Intent& intent : sink.take()) {
      if (auto* wanted = std::get_if<T>(&intent)) found.push_back(std::move(*wanted));
    }
    return found;
  }
  void withModifier(ImGuiKey key, std::string_view label) {
    ImGui::GetIO().AddKeyEvent(key, true);
    harness.frame(draw);  // the modifier first, on a frame of its own
    clickLabel(label);
    ImGui::GetIO().AddKeyEvent(key, false);
    harness.frame(draw);
  }

  HistoryView view;
  IntentSink sink;
  core::AppState state = historyState();
  bool keyboard = true;
};

TEST_F(HistoryViewTest, RowsAndThePinnedTotalOfTheWholeSet) {
  show();
  for (const char* ref : {"FI-1", "FI-2", "FI-3"}) EXPECT_NE(harness.find(ref), nullptr) << ref;
  EXPECT_TRUE(harness.showsMessage("Total: 3 interventions · 35:30"));
  EXPECT_NE(harness.find("Search"), nullptr);
  EXPECT_EQ(harness.find("Next"), nullptr) << "no pager: every page is here";
}

TEST_F(HistoryViewTest, TypingInTheSearchBoxReplacesTheHistoryEntry) {
  show();
  clickLabel("Search");
  harness.type("fi-2", draw);
  const std::vector<core::NavigateIntent> navigations = taken<core::NavigateIntent>();
  ASSERT_FALSE(navigations.empty());
  EXPECT_EQ(navigations.back().route.search, "fi-2");
  EXPECT_TRUE(navigations.back().replaceHistory) << "a keystroke is not a Back step";
}

TEST_F(HistoryViewTest, AClickSelectsAndOpensCtrlTogglesShiftExtends) {
  show();
  sink.take();
  clickLabel("FI-2");
  std::vector<core::Intent> intents = sink.take();
  ASSERT_EQ(intents.size(), 2u);
  const auto& select = std::get<core::SelectIntent>(intents[0]);
  EXPECT_EQ(select.action, core::SelectIntent::Action::Only);
  EXPECT_EQ(select.id, "2");
  EXPECT_EQ(std::get<core::NavigateIntent>(intents[1]).route.openId, "2");

  withModifier(ImGuiMod_Ctrl, "FI-3");
  std::vector<core::SelectIntent> selects = taken<core::SelectIntent>();
  ASSERT_EQ(selects.size(), 1u);
  EXPECT_EQ(selects[0].action, core::SelectIntent::Action::Toggle);
  withModifier(ImGuiMod_Shift, "FI-1");
  selects = taken<core::SelectIntent>();
  ASSERT_EQ(selects.size(), 1u);
  EXPECT_EQ(selects[0].action, core::SelectIntent::Action::RangeTo);
  EXPECT_EQ(selects[0].id, "1");
}

TEST_F(HistoryViewTest, TheSelectionLineSumsAndCopies) {
  state.list.store.toggleSelected("1");
  state.list.store.toggleSelected("2");
  state.list.store.refresh();
  show();
  EXPECT_TRUE(harness.showsMessage("Selected: 2 interventions · 2:30"));
  clickLabel("Copy");
  EXPECT_EQ(harness.clipboard(), "2 interventions · 2:30");
  clickLabel("Clear selection");
  const std::vector<core::SelectIntent> selects = taken<core::SelectIntent>();
  ASSERT_FALSE(selects.empty());
  EXPECT_EQ(selects.back().action, core::SelectIntent::Action::Clear);
}

TEST_F(HistoryViewTest, HeadersSortAndShiftClickAddsAKey) {
  show();
  clickLabel("Duration");
  harness.frame(draw);
  std::vector<core::NavigateIntent> navigations = taken<core::NavigateIntent>();
  ASSERT_FALSE(navigations.empty());
  EXPECT_EQ(navigations.back().route.order, "duration_asc");
  state.route.order = "duration_asc";
  state.list.store.setSort(*core::parseSortSpec("duration_asc"));
  state.list.store.refresh();
  harness.frame(draw);
  withModifier(ImGuiMod_Shift, "Status");
  navigations = taken<core::NavigateIntent>();
  ASSERT_FALSE(navigations.empty());
  EXPECT_EQ(navigations.back().route.order, "duration_asc,status_asc");
}

TEST_F(HistoryViewTest, GroupRowsCarryTheirSubtotals) {
  state.route.group = "month";
  state.list.store.setGroupBy(core::GroupBy::Month);
  state.list.store.refresh();
  show();
  EXPECT_TRUE(harness.showsText("2024-05"));
  EXPECT_TRUE(harness.showsText("2024-04"));
  EXPECT_TRUE(harness.showsText("2:30")) << "May: FI-1 and FI-2";
}

TEST_F(HistoryViewTest, TheLensChangesEveryDuration) {
  state.route.lens = "hours";
  show();
  EXPECT_TRUE(harness.showsText("1.50 h"));
  EXPECT_TRUE(harness.showsMessage("Total: 3 interventions · 35.50 h"));
  state.route.lens = "days";
  state.route.hoursPerDay = 6;
  harness.frame(draw);
  harness.frame(draw);
  EXPECT_TRUE(harness.showsText("5.50 d")) << "33 h in days of 6 h";
}

TEST_F(HistoryViewTest, TheRowsOnScreenAreReportedForHydrationOnce) {
  show();
  std::vector<core::VisibleRowsIntent> visible = taken<core::VisibleRowsIntent>();
  ASSERT_EQ(visible.size(), 1u);
  EXPECT_EQ(visible[0].ids, (std::vector<std::string>{"1", "2", "3"}));
  harness.frame(draw);
  EXPECT_TRUE(taken<core::VisibleRowsIntent>().empty()) << "nothing new while nothing moves";
}

TEST_F(HistoryViewTest, LoadingAndIndexingMetersSayHowFar) {
  state.list.history.loading = true;
  state.list.history.progress = {.itemsLoaded = 3400, .itemsTotal = 10000};
  state.list.history.hydration = {.hydrated = 412, .failed = 2, .known = 530};
  show();
  EXPECT_TRUE(harness.showsMessage("Loading 3,400 of 10,000 interventions…"));
  EXPECT_TRUE(harness.showsMessage("Details indexed: 412 of 530 (2 unavailable)"));
}

TEST_F(HistoryViewTest, KeysMoveTheSelectionAndCtrlASelectsEverythingShown) {
  show();
  sink.take();
  harness.press(ImGuiKey_DownArrow, draw);
  std::vector<core::SelectIntent> selects = taken<core::SelectIntent>();
  ASSERT_EQ(selects.size(), 1u);
  EXPECT_EQ(selects[0].action, core::SelectIntent::Action::Only);
  EXPECT_EQ(selects[0].id, "1");
  ImGui::GetIO().AddKeyEvent(ImGuiMod_Ctrl, true);
  harness.press(ImGuiKey_A, draw);
  ImGui::GetIO().AddKeyEvent(ImGuiMod_Ctrl, false);
  selects = taken<core::SelectIntent>();
  ASSERT_FALSE(selects.empty());
  EXPECT_EQ(selects.back().action, core::SelectIntent::Action::AllShown);
}

}  // namespace
}  // namespace fiche::ui
