// tests/ui/views: the filter bar — every change is one NavigateIntent back to page 1.
#include "ui/views/filter_bar_view.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <string>

#include "imgui.h"
#include "ui/imgui_harness.hpp"
#include "view_states.hpp"
#include "view_test.hpp"

namespace fiche::ui {
namespace {

using testing::fullScreenWindow;
using testing::onlyRoute;

class FilterBarViewTest : public testing::ViewTest {
 protected:
  void drawView() override {
    fullScreenWindow([this] {
      view.draw(state, /*narrow=*/false, sink);
      // The combos have no visible label; their ids in this window find them.
      for (const char* hidden : {"##period", "##per_page", "##from", "##to"}) {
        ids[hidden] = ImGui::GetID(hidden);
      }
    });
  }
  // Opens the combo drawn with `hiddenLabel` (e.g. "##period") and picks `choice`.
  void choose(const char* hiddenLabel, std::string_view choice) {
    const ItemRecord* combo = harness.findId(ids[hiddenLabel]);
    ASSERT_NE(combo, nullptr) << hiddenLabel;
    harness.click(*combo, draw);
    harness.frame(draw);  // a new popup is laid out on its second frame
    clickLabel(choice);
  }

  FilterBarView view;
  IntentSink sink;
  core::AppState state = testing::stateWithRows(/*page=*/3, /*totalPages=*/5);
  std::map<std::string, ImGuiID> ids;
};

TEST_F(FilterBarViewTest, StatusButtonFiltersFromPageOne) {
  state.route.sort = "ref_asc";
  state.route.clientSort = "duration_asc";
  show();
  clickLabel("Done");
  const auto route = onlyRoute(sink);
  ASSERT_TRUE(route);
  EXPECT_EQ(route->status, "done");
  EXPECT_EQ(route->page, 1);
  EXPECT_EQ(route->sort, "ref_asc") << "the sort is kept";
  EXPECT_EQ(route->clientSort, "duration_asc");
}

TEST_F(FilterBarViewTest, EveryStatusHasItsButton) {
  show();
  for (const char* label : {"All statuses", "Draft", "Validated", "Done", "Billed"}) {
    EXPECT_NE(harness.find(label), nullptr) << label;
  }
  clickLabel("Billed");
  const auto route = onlyRoute(sink);
  ASSERT_TRUE(route);
  EXPECT_EQ(route->status, "billed");
}

TEST_F(FilterBarViewTest, ChosenStatusAgainSendsNothing) {
  state.route.status = "done";
  show();
  clickLabel("Done");
  EXPECT_TRUE(sink.empty());
}

TEST_F(FilterBarViewTest, AllStatusesClearsTheStatus) {
  state.route.status = "draft";
  show();
  clickLabel("All statuses");
  const auto route = onlyRoute(sink);
  ASSERT_TRUE(route);
  EXPECT_EQ(route->status, "");
  EXPECT_EQ(route->page, 1);
}

TEST_F(FilterBarViewTest, AllStatusesWhenAlreadyAllSendsNothing) {
  show();
  clickLabel("All statuses");
  EXPECT_TRUE(sink.empty());
}

TEST_F(FilterBarViewTest, ClearFiltersResetsPeriodAndStatusOnly) {
  state.route.period = core::DatePreset::Custom;
  state.route.from = "2024-01-01";
  state.route.to = "2024-03-31";
  state.route.status = "billed";
  state.route.sort = "ref_desc";
  state.route.perPage = 100;
  state.route.openId = "2";
  show();
  EXPECT_TRUE(harness.showsText("Filtered: 2024-01-01 to 2024-03-31 · Billed"));
  clickLabel("Clear filters");
  const auto route = onlyRoute(sink);
  ASSERT_TRUE(route);
  EXPECT_EQ(route->period, core::DatePreset::All);
  EXPECT_EQ(route->from, "");
  EXPECT_EQ(route->to, "");
  EXPECT_EQ(route->status, "");
  EXPECT_EQ(route->page, 1);
  EXPECT_EQ(route->sort, "ref_desc");
  EXPECT_EQ(route->perPage, 100);
  EXPECT_EQ(route->openId, "2");
}

TEST_F(FilterBarViewTest, NoClearFiltersWithoutFilters) {
  show();
  EXPECT_EQ(harness.find("Clear filters"), nullptr);
  EXPECT_FALSE(harness.showsText("Filtered:"));
}

TEST_F(FilterBarViewTest, PeriodPresetFromTheCombo) {
  show();
  choose("##period", "This month");
  const auto route = onlyRoute(sink);
  ASSERT_TRUE(route);
  EXPECT_EQ(route->period, core::DatePreset::ThisMonth);
  EXPECT_EQ(route->page, 1);
}

TEST_F(FilterBarViewTest, PageSizesAboveTheServerMaximumAreNotOffered) {
  state.connection.discovery.maxPerPage = 50;
  show();
  const ItemRecord* combo = harness.findId(ids["##per_page"]);
  ASSERT_NE(combo, nullptr);
  harness.click(*combo, draw);
  harness.frame(draw);
  EXPECT_NE(harness.find("25"), nullptr);
  EXPECT_NE(harness.find("50"), nullptr);
  EXPECT_EQ(harness.find("100"), nullptr);
  EXPECT_EQ(harness.find("200"), nullptr);
  clickLabel("25");
  const auto route = onlyRoute(sink);
  ASSERT_TRUE(route);
  EXPECT_EQ(route->perPage, 25);
  EXPECT_EQ(route->page, 1);
}

TEST_F(FilterBarViewTest, CustomDatesAreSentWhenEntered) {
  state.route.period = core::DatePreset::Custom;
  show();
  const ItemRecord* from = harness.findId(ids["##from"]);
  ASSERT_NE(from, nullptr);
  harness.click(*from, draw);
  harness.type("2024-02-01", draw);
  EXPECT_TRUE(sink.empty()) << "nothing is sent while typing";
  harness.press(ImGuiKey_Enter, draw);
  const auto route = onlyRoute(sink);
  ASSERT_TRUE(route);
  EXPECT_EQ(route->period, core::DatePreset::Custom);
  EXPECT_EQ(route->from, "2024-02-01");
  EXPECT_EQ(route->to, "");
  EXPECT_EQ(route->page, 1);
}

TEST_F(FilterBarViewTest, InvalidCustomDateIsExplainedAndNotSent) {
  state.route.period = core::DatePreset::Custom;
  show();
  harness.click(*harness.findId(ids["##from"]), draw);
  harness.type("2024-02-30", draw);
  harness.press(ImGuiKey_Enter, draw);
  EXPECT_TRUE(sink.empty());
  EXPECT_TRUE(harness.showsText("Dates are written YYYY-MM-DD."));
}

}  // namespace
}  // namespace fiche::ui
