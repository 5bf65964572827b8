// tests/ui: headless ImGui harness.
#include "ui/imgui_harness.hpp"

#include <algorithm>
#include <cfloat>
#include <string>

#include "imgui_internal.h"  // the text log buffer, to read what a frame drew

namespace fiche::ui::testing {
namespace {

// ImGui stops logging at the End() of every top-level window and then, for a clipboard log,
// hands the text over through SetClipboardText with its own buffer: that is how the harness
// reads what a frame drew. Any other text is a view copying to the clipboard.
void setClipboard(void* userData, const char* text) {
  auto* texts = static_cast<HarnessTexts*>(userData);
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  if (g.LogEnabled && g.LogType == ImGuiLogType_Clipboard && text == g.LogBuffer.begin()) {
    texts->drawn += text;
  } else {
    texts->clipboard.assign(text);
  }
}

const char* getClipboard(void* userData) {
  return static_cast<HarnessTexts*>(userData)->clipboard.c_str();
}

}  // namespace

ImGuiHarness::ImGuiHarness() {
  m_context = ImGui::CreateContext();
  ImGui::SetCurrentContext(m_context);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(1280, 800);
  io.DeltaTime = 1.0f / 60.0f;
  io.SetClipboardTextFn = setClipboard;
  io.GetClipboardTextFn = getClipboard;
  io.ClipboardUserData = &m_texts;
  io.Fonts->Build();
  ItemRegistry::attach(m_context, &m_items);
  m_items.setEnabled(true);
}

ImGuiHarness::~ImGuiHarness() {
  ItemRegistry::attach(m_context, nullptr);
  ImGui::DestroyContext(m_context);
}

void ImGuiHarness::frame(const std::function<void()>& draw) {
  ImGui::NewFrame();
  m_items.beginFrame();
  m_texts.drawn.clear();
  ImGui::LogToClipboard();
  draw();
  ImGui::LogFinish();  // when the view drew no window of its own
  ImGui::Render();
  m_items.endFrame();
  m_text = m_texts.drawn;
}

const ItemRecord* ImGuiHarness::find(std::string_view label) const {
  for (const ItemRecord& item : m_items.lastFrame()) {
    if (item.label == label) return &item;
  }
  return nullptr;
}

const ItemRecord* ImGuiHarness::findId(ImGuiID id) const {
  for (const ItemRecord& item : m_items.lastFrame()) {
    if (item.id == id) return &item;
  }
  return nullptr;
}

void ImGuiHarness::click(const ItemRecord& item, const std::function<void()>& draw) {
  const ImVec2 centre((item.min.x + item.max.x) / 2, (item.min.y + item.max.y) / 2);
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(centre.x, centre.y);
  frame(draw);
  io.AddMouseButtonEvent(0, true);
  frame(draw);
  io.AddMouseButtonEvent(0, false);
  frame(draw);
}

void ImGuiHarness::type(std::string_view text, const std::function<void()>& draw) {
  ImGui::GetIO().AddInputCharactersUTF8(std::string(text).c_str());
  frame(draw);
}

void ImGuiHarness::press(ImGuiKey key, const std::function<void()>& draw) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(key, true);
  frame(draw);
  io.AddKeyEvent(key, false);
  frame(draw);
}

void ImGuiHarness::moveMouseAway(const std::function<void()>& draw) {
  ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
  frame(draw);
}

void ImGuiHarness::setDisplaySize(float width, float height) {
  ImGui::GetIO().DisplaySize = ImVec2(width, height);
}

bool ImGuiHarness::showsMessage(std::string_view message) const {
  const std::vector<std::string>& shown = messages();
  return std::find(shown.begin(), shown.end(), message) != shown.end();
}

void fullScreenWindow(const std::function<void()>& draw) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  ImGui::Begin("test", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
  draw();
  ImGui::End();
}

}  // namespace fiche::ui::testing
