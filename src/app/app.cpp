// app: one frame, in the order of DESIGN.md.
#include "app/app.hpp"

#include "imgui_internal.h"
#include "ui/fonts.hpp"

namespace fiche::app {
namespace {

// ImGui needs a couple of frames after an event to settle hover states and layout.
constexpr int kFramesPerEvent = 3;

}  // namespace

App::App(core::HttpClient& api, core::HttpClient& assets, render::GlRenderer& renderer)
    : m_controller(api), m_boot(assets), m_renderer(renderer) {
  m_context = ImGui::CreateContext();
  ImGui::SetCurrentContext(m_context);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // settings go through memory, never a file
  io.LogFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
  m_appearance.install(m_context);
  m_appearance.apply(ImGui::GetStyle());
  ui::ItemRegistry::attach(m_context, &m_items);
}

App::~App() {
  ui::ItemRegistry::attach(m_context, nullptr);
  ImGui::DestroyContext(m_context);
}

void App::start() {
  m_boot.start();
  requestFrames();
}

void App::requestFrames() {
  m_framesToDraw = kFramesPerEvent;
}

bool App::wantsFrame() const {
  // ImGui spreads a burst of input (a tap's press and release) over several frames.
  return m_framesToDraw > 0 || !m_context->InputEventsQueue.empty();
}

void App::onGraphicsReset() {
  m_fontDensity = 0;  // forces a rebuild and upload on the next frame
  requestFrames();
}

void App::rebuildFonts(float density) {
  ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  ui::buildFontAtlas(atlas, m_boot.fontBytes(), m_boot.iconFontBytes(), density);
  m_renderer.uploadFontAtlas(atlas);
  m_fontDensity = density;
}

void App::frame(const FrameInfo& info) {
  if (m_framesToDraw > 0) --m_framesToDraw;

  // 1. Network: boot files first, then OBAPI replies (the controller applies them).
  if (!m_boot.done() && m_boot.poll()) requestFrames();
  if (!m_boot.done()) return;  // the page shell shows its loading state meanwhile
  if (!m_started) {
    m_controller.start(m_boot.config());
    m_started = true;
  }
  if (m_controller.poll()) requestFrames();

  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(info.cssWidth, info.cssHeight);
  io.DisplayFramebufferScale = ImVec2(info.density, info.density);
  const double delta = info.timeSeconds - m_lastTime;
  io.DeltaTime = m_lastTime > 0 && delta > 0 ? static_cast<float>(delta) : 1.0f / 60.0f;
  m_lastTime = info.timeSeconds;
  if (m_fontDensity != info.density) rebuildFonts(info.density);
  if (m_appearance.apply(ImGui::GetStyle())) requestFrames();

  // 2. Views draw from const state and emit intents.
  ImGui::NewFrame();
  m_items.beginFrame();
  m_root.draw(m_controller.state(), m_boot.configProblem(), m_intents);
  ImGui::Render();
  m_items.endFrame();

  // 3. Render.
  m_renderer.render(*ImGui::GetDrawData(), ImGui::GetStyle().Colors[ImGuiCol_WindowBg]);
  m_ready = true;

  // 4. Apply what the user asked for; that may start requests.
  std::vector<core::Intent> intents = m_intents.take();
  for (const core::Intent& intent : intents) m_controller.apply(intent);
  if (!intents.empty()) requestFrames();
}

}  // namespace fiche::app
