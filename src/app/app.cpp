// app: one frame, in the order of DESIGN.md.
#include "app/app.hpp"

#include <algorithm>
#include <utility>
#include <variant>

#include "core/config/url_overrides.hpp"
#include "imgui_internal.h"  // InputEventsQueue: the idle gate must not drop queued input
#include "ui/fonts.hpp"

namespace fiche::app {
namespace {

// ImGui needs a couple of frames after an event to settle hover states and layout.
constexpr int kFramesPerEvent = 3;

}  // namespace

App::App(AppServices services)
    : m_services(std::move(services)),
      m_controller(core::ControllerServices{.http = m_services.api,
                                            .documents = m_services.documents,
                                            .credentials = m_services.credentials,
                                            .clock = m_services.clock,
                                            .pageOrigin = m_services.pageOrigin}),
      m_boot(m_services.assets, m_services.bootFiles) {
  m_context = ImGui::CreateContext();
  ImGui::SetCurrentContext(m_context);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // settings go through memory, never a file
  io.LogFilename = nullptr;
  // Not NavEnableKeyboard: the list owns the arrow keys and Enter (Tab still moves between
  // fields, ImGui always handles it).
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

void App::onConnectionBlocked(const std::string& origin) {
  m_blockedOrigin = origin;
  requestFrames();
}

std::string App::pageProblem() const {
  std::string problem = m_boot.configProblem();
  if (!m_blockedOrigin.empty()) {
    if (!problem.empty()) problem += "\n";
    problem +=
        "This page's security policy (its Content-Security-Policy, connect-src) does not "
        "allow connections to " +
        m_blockedOrigin +
        ", so your browser blocked them. Use the server this page was set up for, or "
        "ask its administrator to allow that server.";
  }
  return problem;
}

void App::requestFrames() {
  m_framesToDraw = kFramesPerEvent;
}

bool App::wantsFrame() const {
  // ImGui spreads a burst of input (a tap's press and release) over several frames.
  return m_framesToDraw > 0 || !m_context->InputEventsQueue.empty();
}

std::optional<double> App::nextWakeMs() const {
  if (!m_started) return std::nullopt;
  std::optional<double> next = m_controller.nextWakeMs();
  // The board changes by itself too (clock, pages, drift, the cursor to hide), when seen.
  if (kioskMode() && m_controller.state().pageVisible) {
    if (const std::optional<double> board = m_kiosk.nextWakeMs(m_controller.state())) {
      next = next ? std::min(*next, *board) : *board;
    }
  }
  return next;
}

void App::setWakeLock(ui::WakeLock lock) {
  if (lock == m_wakeLock) return;
  m_wakeLock = lock;
  requestFrames();
}

void App::setPageVisible(bool visible) {
  if (visible == m_controller.state().pageVisible) return;
  m_controller.setPageVisible(visible);
  requestFrames();
}

void App::onGraphicsReset() {
  m_fontDensity = 0;  // forces a rebuild and upload on the next frame
  requestFrames();
}

void App::onHistoryChanged(const std::string& hash) {
  m_publishedHash = hash;  // the URL already shows it
  m_historyRoute = core::parseRoute(hash);
  requestFrames();
}

void App::rebuildBoardFonts(float density, const ui::BoardMetrics& metrics) {
  ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  ui::buildBoardFontAtlas(atlas, m_boot.fontBytes(), m_boot.iconFontBytes(), density, metrics,
                          m_boardFonts);
  m_services.renderer.uploadFontAtlas(atlas);
  m_fontDensity = density;
  m_boardMetrics = metrics;
}

void App::rebuildFonts(float density) {
  ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  ui::buildFontAtlas(atlas, m_boot.fontBytes(), m_boot.iconFontBytes(), density);
  m_services.renderer.uploadFontAtlas(atlas);
  m_fontDensity = density;
}

void App::startController() {
  m_publishedHash = m_services.initialHash;
  m_controller.start(m_boot.config(), core::parseUrlOverrides(m_services.pageSearch),
                     core::parseRoute(m_services.initialHash));
  m_started = true;
  if (kioskMode()) {
    // A wall screen has its deployment's theme, whatever a visitor once picked here.
    switch (m_controller.state().kiosk.config.theme) {
      case core::KioskTheme::Dark:
        m_appearance.setOverride(ui::ThemeChoice::Dark);
        break;
      case core::KioskTheme::Light:
        m_appearance.setOverride(ui::ThemeChoice::Light);
        break;
      case core::KioskTheme::System:
        m_appearance.setOverride(ui::ThemeChoice::System);
        break;
    }
  }
}

void App::publishRoute(bool push) {
  std::string hash = core::formatRoute(m_controller.state().route);
  if (hash == m_publishedHash) return;
  // An empty hash and the default route are the same view: keep the address bar clean.
  if (m_publishedHash.empty() && hash == core::formatRoute(core::Route{})) return;
  if (push) {
    m_services.history.push(hash);
  } else {
    m_services.history.replace(hash);
  }
  m_publishedHash = std::move(hash);
}

bool App::frame(const FrameInfo& info) {
  const bool requested = m_framesToDraw > 0;
  if (requested) --m_framesToDraw;

  // 1. Network: boot files first, then OBAPI replies (the controller applies them).
  if (!m_boot.done() && m_boot.poll()) requestFrames();
  if (!m_boot.done()) return false;  // the page shell shows its loading state meanwhile
  if (!m_started) startController();
  const bool changed = m_controller.poll();
  if (changed) requestFrames();
  if (!m_blockedOrigin.empty() && m_controller.state().connection.status == core::LoadStatus::Ok) {
    m_blockedOrigin.clear();  // connected since: the refusal is history
  }
  if (m_historyRoute && kioskMode()) m_historyRoute.reset();  // the board has no routes
  const bool navigatedBack = m_historyRoute.has_value();
  if (m_historyRoute) {
    m_controller.apply(core::NavigateIntent{*std::exchange(m_historyRoute, std::nullopt)});
  }
  publishRoute(false);  // replies and history never add entries
  // A wake-up that changed nothing on screen (a background completion, such as a detail
  // being indexed) costs this poll and no frame.
  const bool nothingToDraw = m_ready && !requested && !changed && !navigatedBack &&
                             m_context->InputEventsQueue.empty() && m_fontDensity == info.density;
  if (nothingToDraw) return false;

  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(info.cssWidth, info.cssHeight);
  io.DisplayFramebufferScale = ImVec2(info.density, info.density);
  const double delta = info.timeSeconds - m_lastTime;
  io.DeltaTime = m_lastTime > 0 && delta > 0 ? static_cast<float>(delta) : 1.0f / 60.0f;
  m_lastTime = info.timeSeconds;
  if (kioskMode()) {
    // The board's type follows the screen's size: the atlas is rebuilt when it changes.
    const ui::BoardMetrics metrics = ui::boardMetrics(info.cssWidth, info.cssHeight);
    if (m_fontDensity != info.density || !(metrics == m_boardMetrics)) {
      rebuildBoardFonts(info.density, metrics);
    }
  } else if (m_fontDensity != info.density) {
    rebuildFonts(info.density);
  }
  if (m_appearance.apply(ImGui::GetStyle())) requestFrames();

  // 2. Views draw from const state and emit intents.
  ImGui::NewFrame();
  m_items.beginFrame();
  if (kioskMode()) {
    m_kiosk.draw(m_controller.state(), m_boardFonts, m_wakeLock, pageProblem());
  } else {
    m_root.draw(m_controller.state(), pageProblem(), m_intents);
  }
  ImGui::Render();
  m_items.endFrame();
  // ImGui spreads input over frames (a press and its release never share one): while events
  // are still queued, more frames must follow or a quick click would be lost.
  if (!m_context->InputEventsQueue.empty()) requestFrames();

  // 3. Render.
  m_services.renderer.render(*ImGui::GetDrawData(), ImGui::GetStyle().Colors[ImGuiCol_WindowBg]);
  m_ready = true;

  // 4. Apply what the user asked for; that may start requests.
  std::vector<core::Intent> intents = m_intents.take();
  bool navigated = false;
  for (const core::Intent& intent : intents) {
    const auto* navigate = std::get_if<core::NavigateIntent>(&intent);
    navigated |= navigate != nullptr && !navigate->replaceHistory;
    m_controller.apply(intent);
  }
  publishRoute(navigated);
  if (!intents.empty()) requestFrames();
  return true;
}

}  // namespace fiche::app
