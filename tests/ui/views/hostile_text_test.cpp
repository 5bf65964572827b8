// tests/ui/views: server text that tries to break the screen — format directives, control
// characters (NUL included), RTL, emoji outside the font, a 10,000-character line without
// spaces, a megabyte field — drawn by the list and the detail: it shows as text, and the
// layout keeps its shape.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "core/obapi/decode.hpp"
#include "imgui.h"
#include "imgui_internal.h"  // windows and tables, to measure the layout
#include "support/fixture_files.hpp"
#include "ui/imgui_harness.hpp"
#include "ui/views/detail_view.hpp"
#include "ui/views/list_view.hpp"
#include "view_states.hpp"
#include "view_test.hpp"

namespace fiche::ui {
namespace {

using testing::fullScreenWindow;

constexpr float kWidth = 1280;  // the harness's display

const std::string kFormat = "%s %n %x %p %1$s %%";
constexpr char kControlsText[] =
    "NUL[\0] CR[\r] TAB[\t] ESC[\x1B[31m] LF[\n] DEL[\x7F] NEL[\xC2\x85]";
const std::string kControls(kControlsText, sizeof kControlsText - 1);  // the NUL included
const std::string kRtl =
    "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 "
    "\xE2\x80\xAE"
    "evil\xE2\x80\xAC";
const std::string kEmoji =
    "\xF0\x9F\x98\x80 \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD \xF0\x9F\x87\xAB"
    "\xF0\x9F\x87\xB7";
const std::string kLongLine(10000, 'W');
const std::string kMegabyte(std::size_t{1} << 20, 'm');

const std::vector<std::string>& hostileTexts() {
  static const std::vector<std::string> texts = {kFormat, kControls, kRtl,
                                                 kEmoji,  kLongLine, kMegabyte};
  return texts;
}

// Every table ImGui knows of in this context.
std::vector<const ImGuiTable*> tables() {
  std::vector<const ImGuiTable*> found;
  ImGuiContext& g = *ImGui::GetCurrentContext();
  for (int i = 0; i < g.Tables.GetMapSize(); ++i) {
    if (const ImGuiTable* table = g.Tables.TryGetMapData(i)) found.push_back(table);
  }
  return found;
}

// The layout stays within the display: every window's content, every table and its columns.
void expectWithinTheDisplay() {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  for (const ImGuiWindow* window : g.Windows) {
    if (!window->Active) continue;
    EXPECT_LE(window->ContentSize.x, kWidth) << window->Name << ": content wider than the display";
    EXPECT_LE(window->Rect().Max.x, kWidth + 1) << window->Name;
  }
  for (const ImGuiTable* table : tables()) {
    EXPECT_LE(table->OuterRect.Max.x, kWidth + 1);
    for (int c = 0; c < table->ColumnsCount; ++c) {
      EXPECT_LE(table->Columns[c].WidthGiven, table->OuterRect.GetWidth()) << "column " << c;
    }
  }
}

class HostileListTest : public testing::ViewTest {
 protected:
  void drawView() override {
    fullScreenWindow([this] { view.draw(state, true, sink); });
  }
  void SetUp() override {
    std::vector<core::InterventionSummary> rows = {{.id = "0", .ref = "FI-0", .status = "done"}};
    int n = 1;
    for (const std::string& text : hostileTexts()) {
      const std::string id = std::to_string(n++);
      rows.push_back({.id = id, .ref = text, .date = text, .status = text});
    }
    state.list.store.replace(std::move(rows));
  }

  ListView view;
  IntentSink sink;
  core::AppState state = testing::stateWithRows();
};

TEST_F(HostileListTest, RowsKeepOneLineAndTheColumnsTheirWidth) {
  show();
  expectWithinTheDisplay();
  // The rows' selectables: one per row, all as tall as the plain one and evenly spaced.
  const ItemRecord* plain = harness.find("FI-0");
  ASSERT_NE(plain, nullptr);
  const float height = plain->max.y - plain->min.y;
  float previousTop = plain->min.y;
  float step = 0.0f;  // from one row's top to the next: the same for every row
  for (const std::string& text : hostileTexts()) {
    const ItemRecord* row = harness.find(text);
    ASSERT_NE(row, nullptr) << text.substr(0, 40);
    EXPECT_FLOAT_EQ(row->max.y - row->min.y, height) << text.substr(0, 40);
    EXPECT_LE(row->max.x, kWidth + 1) << text.substr(0, 40);
    if (step == 0.0f) step = row->min.y - previousTop;
    EXPECT_NEAR(row->min.y - previousTop, step, 0.5f)
        << "row height changed before " << text.substr(0, 40);
    previousTop = row->min.y;
  }
  EXPECT_GT(step, height * 0.9f);
  EXPECT_LT(step, height * 1.5f) << "one line per row";
  // The table's columns keep their weights (2 : 1.5 : 1 : 1.5), whatever the cells hold.
  const ImGuiTable* table = nullptr;
  for (const ImGuiTable* t : tables()) {
    if (t->ColumnsCount == 4) table = t;
  }
  ASSERT_NE(table, nullptr);
  EXPECT_NEAR(table->Columns[0].WidthGiven / table->Columns[2].WidthGiven, 2.0f, 0.1f);
  EXPECT_NEAR(table->Columns[3].WidthGiven / table->Columns[2].WidthGiven, 1.5f, 0.1f);
}

TEST_F(HostileListTest, TextIsDrawnAsTextNeverAsAFormat) {
  show();
  EXPECT_TRUE(harness.showsText("%s %n %x %p %1$s %%"));
  EXPECT_TRUE(harness.showsText("FI-0"));
  EXPECT_TRUE(harness.showsText("evil")) << "RTL text is drawn (left to right)";
  EXPECT_TRUE(sink.empty());
}

TEST_F(HostileListTest, ClickingAHostileRowOpensItById) {
  show();
  clickLabel(kFormat);
  const auto route = testing::onlyRoute(sink);
  ASSERT_TRUE(route);
  EXPECT_EQ(route->openId, "1");
}

TEST_F(HostileListTest, EmojiOutsideTheFontFallBackToAGlyph) {
  show();
  const ImFont* font = ImGui::GetFont();
  EXPECT_EQ(font->FindGlyphNoFallback(0x05D0), nullptr) << "the test font has no Hebrew";
  EXPECT_GT(ImGui::CalcTextSize(kEmoji.c_str()).x, 0.0f) << "drawn as fallback glyphs";
  EXPECT_GT(ImGui::CalcTextSize(kRtl.c_str()).x, 0.0f);
}

class HostileDetailTest : public testing::ViewTest {
 protected:
  void drawView() override {
    fullScreenWindow([this] { view.draw(state, false, sink); });
  }
  // Every text field of the open intervention and of its one line holds `text`.
  void fill(const std::string& text) {
    core::Intervention& i = state.detail.intervention;
    for (std::string* field :
         {&i.ref, &i.customerRef, &i.dateIntervention, &i.dateStart, &i.dateEnd, &i.contractRef,
          &i.description, &i.validatedAt, &i.createdAt, &i.updatedAt, &i.status, &i.publicNote}) {
      *field = text;
    }
    i.lines = {{.id = "a",
                .position = 1,
                .description = text,
                .date = text,
                .durationSeconds = 60,
                .productRef = text}};
  }
  void expectControlsReachable() {
    for (const char* label : {"Close", "Copy ref", "Download PDF", "Open PDF"}) {
      const ItemRecord* item = harness.find(label);
      ASSERT_NE(item, nullptr) << label;
      EXPECT_LE(item->max.x, kWidth + 1) << label << " pushed off the screen";
    }
  }

  DetailView view;
  IntentSink sink;
  core::AppState state = testing::stateWithDetail();
};

TEST_F(HostileDetailTest, EachHostileTextInEveryField) {
  for (const std::string& text : hostileTexts()) {
    SCOPED_TRACE(text.substr(0, 40));
    fill(text);
    show();
    expectWithinTheDisplay();
    expectControlsReachable();
    EXPECT_TRUE(sink.empty());
  }
}

TEST_F(HostileDetailTest, FormatDirectivesAreShownLiterally) {
  fill(kFormat);
  show();
  EXPECT_TRUE(harness.showsText("%s %n %x %p %1$s %%"));
}

TEST_F(HostileDetailTest, TheDecodedHostileFixtureDraws) {
  const auto decoded =
      core::decodeIntervention(test::fixtureFile("obapi/detail_hostile_text.json"));
  ASSERT_TRUE(decoded.ok());
  state.detail.intervention = decoded.value();
  state.route.openId = state.detail.id = decoded.value().id;
  show();
  expectWithinTheDisplay();
  expectControlsReachable();
  EXPECT_TRUE(harness.showsText("FI-%s%n%x"));
  EXPECT_TRUE(harness.showsText("Format: %s %n %x %p %1$s %%"));
}

TEST_F(HostileDetailTest, CopyRefCopiesTheWholeRefEvenWhenItIsCutOnScreen) {
  fill(kLongLine);
  show();
  clickLabel("Copy ref");
  EXPECT_EQ(harness.clipboard().size(), kLongLine.size());
  EXPECT_TRUE(harness.clipboard() == kLongLine);
}

TEST_F(HostileDetailTest, AMegabyteDescriptionDrawsInBoundedTime) {
  // Measured, not asserted (timing belongs in benchmarks): printed for docs/robustness.md.
  state.detail.intervention.description = kMegabyte;
  show();
  constexpr int kFrames = 10;
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < kFrames; ++i) harness.frame(draw);
  const double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::printf("[ measure  ] detail with a 1 MiB description: %.2f ms per frame\n", ms / kFrames);
  expectWithinTheDisplay();
  EXPECT_EQ(state.detail.intervention.description.size(), kMegabyte.size()) << "state intact";
}

}  // namespace
}  // namespace fiche::ui
