// tests/ui/views: the wallboard at the screen sizes of issue 6 — everything inside the screen,
// nothing overlapping, type scaled to the screen — its pages turning by themselves and
// staying put across refreshes, the dimmed stale board, the hidden cursor, its timers.
#include "ui/views/kiosk_view.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/kiosk/board.hpp"
#include "core/util/duration.hpp"
#include "ui/imgui_harness.hpp"
#include "view_states.hpp"
#include "view_test.hpp"

namespace fiche::ui {
namespace {

constexpr core::CivilDate kToday{2026, 6, 18};  // a Thursday

// `count` interventions this week (today's first ones), and a few waiting validated ones.
core::AppState boardState(int count, const core::KioskConfig& config = {}) {
  core::AppState state = testing::connectedState();
  state.kiosk.enabled = true;
  state.kiosk.config = config;
  std::vector<core::InterventionSummary> period;
  const char* statuses[] = {"draft", "validated", "done", "billed"};
  for (int i = 0; i < count; ++i) {
    const core::CivilDate day{2026, 6, 18 - (i % 4)};
    period.push_back({.id = std::to_string(i),
                      .ref = "FI2606-" + std::to_string(1000 + i),
                      .date = core::formatIsoDate(day),
                      .durationSeconds = 900 * (1 + i % 7),
                      .status = statuses[i % 4]});
  }
  const std::vector<core::InterventionSummary> validated = {
      {.id = "v1", .ref = "FI2605-0007", .date = "2026-05-19", .status = "validated"},
      {.id = "v2", .ref = "FI2606-0002", .date = "2026-06-02", .status = "validated"}};
  state.kiosk.board = core::computeBoard(kToday, config, period, validated);
  state.kiosk.boardVersion = 1;
  state.kiosk.status = core::KioskLoad::Done;
  state.localNow = {.date = kToday, .hour = 9, .minute = 42, .second = 10};
  state.kiosk.lastSuccess = state.localNow;
  state.nowMs = 1000;
  state.kiosk.lastSuccessMs = state.nowMs;
  state.kiosk.freshUntilMs = state.nowMs + 120'000;
  state.kiosk.nextRefreshAtMs = state.nowMs + 60'000;
  return state;
}

class KioskViewTest : public testing::ViewTest {
 protected:
  void drawView() override { view.draw(state, {}, wakeLock, configProblem); }
  void showAt(float width, float height) {
    harness.setDisplaySize(width, height);
    show();
  }
  // The board's own items of the last frame.
  std::vector<ItemRecord> boardItems() const {
    std::vector<ItemRecord> items;
    for (const ItemRecord& item : harness.items()) {
      if (item.label.rfind("kiosk:", 0) == 0) items.push_back(item);
    }
    return items;
  }
  void advance(double ms) {
    state.nowMs += ms;
    harness.frame(draw);
  }

  KioskView view;
  core::AppState state = boardState(40);
  WakeLock wakeLock = WakeLock::On;
  std::string configProblem;
};

struct Screen {
  float width;
  float height;
};

TEST_F(KioskViewTest, AtEachScreenSizeEverythingIsInsideAndNothingOverlaps) {
  for (const Screen screen : {Screen{1366, 768}, Screen{1920, 1080}, Screen{3840, 2160},
                              Screen{1080, 1920}, Screen{1280, 800}}) {
    SCOPED_TRACE(std::to_string(screen.width) + "x" + std::to_string(screen.height));
    // Whatever the drift's step: it must never push anything off the screen.
    for (double step = 0; step < 8; ++step) {
      state.nowMs = 1000 + step * kDriftStepMs;
      state.kiosk.freshUntilMs = state.nowMs + 120'000;
      showAt(screen.width, screen.height);
      const std::vector<ItemRecord> items = boardItems();
      ASSERT_GE(items.size(), 10u);
      for (const ItemRecord& item : items) {
        EXPECT_GE(item.min.x, 0) << item.label;
        EXPECT_GE(item.min.y, 0) << item.label;
        EXPECT_LE(item.max.x, screen.width) << item.label;
        EXPECT_LE(item.max.y, screen.height) << item.label;
      }
      for (std::size_t a = 0; a < items.size(); ++a) {
        for (std::size_t b = a + 1; b < items.size(); ++b) {
          const ItemRecord& p = items[a];
          const ItemRecord& q = items[b];
          const bool overlap =
              p.min.x < q.max.x && q.min.x < p.max.x && p.min.y < q.max.y && q.min.y < p.max.y;
          EXPECT_FALSE(overlap) << p.label << " overlaps " << q.label;
        }
      }
    }
    EXPECT_EQ(view.layout().metrics.portrait, screen.height > screen.width);
    // Type scales with the screen: body text at least 1/50 of the shorter side's units.
    const float shorter = std::min(screen.width, screen.height);
    EXPECT_GE(view.layout().metrics.text, shorter / 50.0f);
    EXPECT_GT(view.layout().metrics.figure, view.layout().metrics.text * 3);
    EXPECT_GE(view.rowsPerPage(), 8);
  }
}

TEST_F(KioskViewTest, ShowsTheFiguresTheClockAndTheStamp) {
  showAt(1920, 1080);
  const KioskShown& shown = view.shown();
  const core::Board& board = *state.kiosk.board;
  EXPECT_EQ(shown.clock, "09:42");
  EXPECT_EQ(shown.asOf, "as of 09:42");
  EXPECT_EQ(shown.date, "Thursday 18 June 2026");
  EXPECT_EQ(shown.figures.at("today"), std::to_string(board.todayCount));
  EXPECT_EQ(shown.figures.at("week_hours"), core::formatDuration(board.weekSeconds));
  EXPECT_EQ(shown.figures.at("waiting"), "2");
  EXPECT_EQ(shown.details.at("waiting")[1], "Oldest 30 days \xC2\xB7 FI2605-0007");
  EXPECT_EQ(shown.statusCounts.front(), "draft 10");
  EXPECT_FALSE(shown.dimmed);
  ASSERT_FALSE(shown.refs.empty());
  EXPECT_EQ(shown.refs.front(), board.rows.front().ref);
  EXPECT_NE(shown.footer.find("Screen kept on"), std::string::npos);
}

TEST_F(KioskViewTest, PagesTurnByThemselvesAndStayPutAcrossRefreshes) {
  state.kiosk.config.pageSeconds = 10;
  showAt(1920, 1080);
  ASSERT_GE(view.pages(), 2);
  EXPECT_EQ(view.page(), 0);
  const std::string firstRef = view.shown().refs.front();
  advance(9'000);
  EXPECT_EQ(view.page(), 0);
  advance(1'000);
  EXPECT_EQ(view.page(), 1);
  EXPECT_NE(view.shown().refs.front(), firstRef);
  // New data arrives (same length): the page stays.
  const int before = view.page();
  core::AppState refreshed = boardState(40);
  refreshed.kiosk.config.pageSeconds = 10;
  refreshed.nowMs = state.nowMs + 100;
  refreshed.kiosk.boardVersion = 2;
  state = refreshed;
  harness.frame(draw);
  EXPECT_EQ(view.page(), before);
  // A shorter list: clamped to its last page, not back to the first.
  const int pages = view.pages();
  state.kiosk.board = boardState(view.rowsPerPage() + 1).kiosk.board;
  state.kiosk.boardVersion = 3;
  harness.frame(draw);
  EXPECT_EQ(view.pages(), 2);
  EXPECT_LE(view.page(), 1);
  EXPECT_GE(pages, 2);
  // All pages go round.
  for (int i = 0; i < 4; ++i) advance(10'000);
  EXPECT_LT(view.page(), view.pages());
}

TEST_F(KioskViewTest, AStaleBoardDimsAndSaysSinceWhenAndWhy) {
  state.kiosk.error = core::Error{.kind = core::ErrorKind::Network, .message = "x"};
  state.kiosk.status = core::KioskLoad::Failed;
  state.nowMs = state.kiosk.freshUntilMs + 1;
  showAt(1920, 1080);
  const KioskShown& shown = view.shown();
  EXPECT_TRUE(shown.dimmed);
  EXPECT_NE(shown.banner.find("Data from 09:42 \xE2\x80\x94 the server is not answering"),
            std::string::npos)
      << shown.banner;
  EXPECT_NE(shown.banner.find("keeps trying by itself"), std::string::npos);
  EXPECT_FALSE(shown.figures.empty()) << "the figures stay, dimmed";
  ASSERT_NE(harness.find("kiosk:stale"), nullptr);
  // Before the deadline, the same failure does not dim the board: staleness is on arrival.
  state.nowMs = state.kiosk.freshUntilMs - 1;
  harness.frame(draw);
  EXPECT_FALSE(view.shown().dimmed);
}

TEST_F(KioskViewTest, ARefusedTokenDimsTheBoardAndAsksForAnotherToken) {
  state.connection.status = core::LoadStatus::Failed;
  state.connection.error = core::Error{.kind = core::ErrorKind::Http, .httpStatus = 401};
  showAt(1920, 1080);
  EXPECT_TRUE(view.shown().dimmed);
  EXPECT_NE(view.shown().banner.find("refused the kiosk's token"), std::string::npos);
  EXPECT_NE(view.shown().banner.find("config.json"), std::string::npos);
}

TEST_F(KioskViewTest, TheCursorHidesAfterAFewStillSecondsAndComesBackWhenMoved) {
  showAt(1280, 800);
  EXPECT_FALSE(view.cursorHidden());
  ASSERT_TRUE(view.nextWakeMs(state));
  EXPECT_LE(*view.nextWakeMs(state), state.nowMs + KioskView::kCursorHideMs);
  advance(KioskView::kCursorHideMs);
  EXPECT_TRUE(view.cursorHidden());
  EXPECT_EQ(ImGui::GetMouseCursor(), ImGuiMouseCursor_None);
  ImGui::GetIO().AddMousePosEvent(300, 300);
  advance(16);
  EXPECT_FALSE(view.cursorHidden());
  EXPECT_NE(ImGui::GetMouseCursor(), ImGuiMouseCursor_None);
}

TEST_F(KioskViewTest, WakesOnlyForTheMinuteThePageTheDriftAndTheCursor) {
  state.kiosk.config.pageSeconds = 15;
  showAt(1920, 1080);
  advance(KioskView::kCursorHideMs);  // the cursor is hidden: no wake for it any more
  ASSERT_TRUE(view.cursorHidden());
  const std::optional<double> next = view.nextWakeMs(state);
  ASSERT_TRUE(next);
  // 09:42:10 → the minute turns in 50 s; the page turns 15 s after the first frame.
  EXPECT_DOUBLE_EQ(*next, 1000 + 15'000);
  state.kiosk.board = boardState(3).kiosk.board;  // one page: nothing to turn
  harness.frame(draw);
  ASSERT_EQ(view.pages(), 1);
  EXPECT_DOUBLE_EQ(*view.nextWakeMs(state), state.nowMs + 50'000) << "the clock's next minute";
}

TEST_F(KioskViewTest, TheDriftIsAFewPixelsAndMovesRarely) {
  const float amplitude = 6;
  EXPECT_EQ(driftOffset(1000, amplitude).x, 6);
  EXPECT_EQ(driftOffset(kDriftStepMs + 1, amplitude).y, 4) << "45°: round(6·sin 45°)";
  for (double t = 0; t < 10 * kDriftStepMs; t += kDriftStepMs / 3) {
    const BoardOffset offset = driftOffset(t, amplitude);
    EXPECT_LE(std::abs(offset.x), amplitude);
    EXPECT_LE(std::abs(offset.y), amplitude);
  }
  EXPECT_DOUBLE_EQ(nextDriftMs(1000), kDriftStepMs);
  EXPECT_DOUBLE_EQ(nextDriftMs(kDriftStepMs), 2 * kDriftStepMs);
}

TEST_F(KioskViewTest, WithoutAServerItSaysWhatToConfigure) {
  state = core::AppState{};
  state.kiosk.enabled = true;
  showAt(1920, 1080);
  EXPECT_NE(view.shown().message.find("needs a server"), std::string::npos);
  EXPECT_NE(view.shown().message.find("config.json"), std::string::npos);
  EXPECT_EQ(view.shown().asOf, "waiting for the first data");
}

TEST_F(KioskViewTest, BeforeTheFirstBoardItSaysItIsLoading) {
  state = testing::connectedState();
  state.kiosk.enabled = true;
  state.kiosk.status = core::KioskLoad::Loading;
  state.kiosk.pagesLoaded = 1;
  state.kiosk.pagesTotal = 3;
  showAt(1920, 1080);
  EXPECT_EQ(view.shown().message, "Loading the board… (1 of 3 pages)");
}

TEST_F(KioskViewTest, HostileTextStaysInsideItsRow) {
  core::KioskConfig config;
  std::vector<core::InterventionSummary> period = {
      {.id = "1",
       .ref = std::string(300, 'W'),
       .date = "2026-06-18",
       .durationSeconds = INT64_MAX,
       .status = "a-status-nobody-has-ever-heard-of-at-all"},
      {.id = "2", .ref = "%s%n%x", .date = "2026-06-18", .status = "done"}};
  state.kiosk.board = core::computeBoard(kToday, config, period, {});
  showAt(1366, 768);
  ASSERT_EQ(view.shown().refs.size(), 2u);
  EXPECT_EQ(view.shown().refs[0], "%s%n%x") << "drawn as text, in ref order";
  const ItemRecord* row = harness.find("kiosk:row");
  ASSERT_NE(row, nullptr);
  EXPECT_LE(row->max.x, 1366);
}

TEST_F(KioskViewTest, WithoutValidatedShownThreeTilesFillTheRow) {
  state = boardState(10, {.statuses = {"done", "billed"}});
  showAt(1920, 1080);
  EXPECT_EQ(harness.find("kiosk:waiting"), nullptr);
  EXPECT_EQ(view.layout().tileCount, 3);
  EXPECT_EQ(view.shown().statusCounts.size(), 2u);
}

}  // namespace
}  // namespace fiche::ui
