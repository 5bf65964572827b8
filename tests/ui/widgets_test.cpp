// tests/ui: what the text widgets draw of server text — one line with controls shown, cut
// with "…" to the room left; wrapped text bounded with a note of what is left out.
#include "ui/widgets.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "core/util/utf8.hpp"
#include "imgui.h"
#include "ui/imgui_harness.hpp"

namespace fiche::ui {
namespace {

using testing::fullScreenWindow;

const std::string kFffd = "\xEF\xBF\xBD";

class WidgetsTest : public ::testing::Test {
 protected:
  // oneLine needs a frame (a current font); runs `body` inside one.
  void inFrame(const std::function<void()>& body) {
    harness.frame([&] { fullScreenWindow(body); });
  }
  float width(std::string_view text) {
    return ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
  }

  testing::ImGuiHarness harness;
};

TEST_F(WidgetsTest, TextThatFitsIsDrawnAsItIsWithoutACopy) {
  inFrame([&] {
    const std::string text = "FI2405-0005 %s %n";
    std::string buffer;
    const std::string_view shown = oneLine(text, 1000.0f, buffer);
    EXPECT_EQ(shown, text);
    EXPECT_EQ(shown.data(), text.data());
  });
}

TEST_F(WidgetsTest, ControlCharactersShowAsReplacementCharacters) {
  inFrame([&] {
    std::string buffer;
    constexpr char kText[] = "a\nb\rc\td\0e\x1B[1mf\x7Fg";
    const std::string text(kText, sizeof kText - 1);
    EXPECT_EQ(oneLine(text, 1000.0f, buffer), "a" + kFffd + "b" + kFffd + "c" + kFffd + "d" +
                                                  kFffd + "e" + kFffd + "[1mf" + kFffd + "g");
  });
}

TEST_F(WidgetsTest, WideTextIsCutWithAnEllipsisWithinTheRoom) {
  inFrame([&] {
    std::string buffer;
    const std::string text(500, 'W');
    for (const float room : {300.0f, 50.0f, 1.0f}) {
      const std::string shown(oneLine(text, room, buffer));
      EXPECT_EQ(shown.substr(shown.size() - 3), "…") << room;
      EXPECT_LT(shown.size(), text.size()) << room;
      if (room > width("…")) {
        EXPECT_LE(width(shown), room) << room;
      }
    }
  });
}

TEST_F(WidgetsTest, CutsNeverSplitACharacter) {
  inFrame([&] {
    std::string buffer;
    std::string accents;
    for (int i = 0; i < 3000; ++i) accents += "\xC3\xA9";
    for (const float room : {1e9f, 333.0f, 17.0f}) {
      const std::string_view shown = oneLine(accents, room, buffer);
      EXPECT_TRUE(core::isValidUtf8(shown)) << room;
      EXPECT_LE(shown.size(), kMaxLineBytes + 3) << room;
    }
  });
}

TEST_F(WidgetsTest, VeryLongLinesAreCutEvenWhenRoomIsUnbounded) {
  inFrame([&] {
    std::string buffer;
    const std::string text(kMaxLineBytes * 3, 'i');
    const std::string_view shown = oneLine(text, 1e30f, buffer);
    EXPECT_EQ(shown, std::string(kMaxLineBytes, 'i') + "…");
  });
}

TEST_F(WidgetsTest, TextRawTakesNoMoreThanTheRoomLeft) {
  float itemWidth = 0.0f;
  float room = 0.0f;
  inFrame([&] {
    room = ImGui::GetContentRegionAvail().x;
    textRaw(std::string(100000, 'x'));
    itemWidth = ImGui::GetItemRectSize().x;
  });
  EXPECT_GT(itemWidth, room * 0.9f);
  EXPECT_LE(itemWidth, room);
}

TEST_F(WidgetsTest, WrappedTextPastTheBoundSaysWhatIsLeftOut) {
  // 64 KiB of ASCII drawn, then 100,000 characters (three bytes each) left out.
  std::string text(kMaxWrappedBytes, 'a');
  for (int i = 0; i < 100000; ++i) text += "\xE2\x82\xAC";
  inFrame([&] { textWrappedRaw(text); });
  EXPECT_TRUE(harness.showsText("… 100,000 more characters")) << harness.text().substr(0, 80);
  inFrame([&] { textWrappedRaw(std::string(kMaxWrappedBytes, 'a')); });
  EXPECT_FALSE(harness.showsText("more characters")) << "exactly at the bound: all of it";
}

TEST_F(WidgetsTest, AnUnknownStatusChipStaysWithinTheRoom) {
  float chipWidth = 0.0f;
  float room = 0.0f;
  inFrame([&] {
    room = ImGui::GetContentRegionAvail().x;
    statusChip(std::string(5000, 'S') + "\n" + std::string(5000, 'T'));
    chipWidth = ImGui::GetItemRectSize().x;
  });
  EXPECT_LE(chipWidth, room + 1.0f);
  EXPECT_LT(chipWidth, room * 2);
}

}  // namespace
}  // namespace fiche::ui
