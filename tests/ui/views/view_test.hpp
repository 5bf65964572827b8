// tests/ui/views: the base fixture of the view tests — a headless ImGui and the view's draw.
#pragma once

#include <gtest/gtest.h>

#include <functional>
#include <string_view>

#include "ui/imgui_harness.hpp"

namespace fiche::ui::testing {

class ViewTest : public ::testing::Test {
 protected:
  // Draws the view under test (each fixture's own), once per frame.
  virtual void drawView() = 0;

  // Two frames: ImGui lays a new window out on its second.
  void show() {
    harness.frame(draw);
    harness.frame(draw);
  }
  void clickLabel(std::string_view label) {
    const ItemRecord* item = harness.find(label);
    ASSERT_NE(item, nullptr) << label;
    harness.click(*item, draw);
  }

  ImGuiHarness harness;
  const std::function<void()> draw = [this] { drawView(); };
};

}  // namespace fiche::ui::testing
