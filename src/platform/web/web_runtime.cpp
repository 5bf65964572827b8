// platform/web: the browser runtime.
#include "platform/web/web_runtime.hpp"

#include <emscripten/eventloop.h>
#include <emscripten/heap.h>
#include <emscripten/html5.h>
#include <malloc.h>

#include <algorithm>

#include <nlohmann/json.hpp>
#include <string>

#include "platform/web/clipboard.hpp"
#include "platform/web/input.hpp"
#include "platform/web/page.hpp"
#include "platform/web/settings_storage.hpp"
#include "platform/web/wake_lock.hpp"

namespace fiche::web {
namespace {

WebRuntime* g_runtime = nullptr;  // the page's one runtime, for plain-function callbacks
constexpr std::size_t kFrameSamples = 2000;

// The fonts under the names the page shell gives (content-hashed in a release build).
app::BootFiles bootFiles() {
  const app::BootFiles names;
  return {.config = names.config,
          .font = pageFileUrl(names.font.c_str()),
          .iconFont = pageFileUrl(names.iconFont.c_str())};
}

}  // namespace

bool WebRuntime::start() {
  if (!m_canvas.createContext()) {
    pageShowFatal(
        "This browser cannot show Fiche: it has no WebGL2 support (or it is turned "
        "off). Use a current Chrome, Edge, Firefox or Safari.");
    return false;
  }
  std::string error;
  if (!m_renderer.init(error)) {
    pageShowFatal(error);
    return false;
  }
  m_api = std::make_unique<FetchHttpClient>([this] { wake(); });
  m_assets = std::make_unique<FetchHttpClient>([this] { wake(); });
  m_app = std::make_unique<app::App>(app::AppServices{.api = *m_api,
                                                      .assets = *m_assets,
                                                      .renderer = m_renderer,
                                                      .documents = m_documents,
                                                      .credentials = m_credentials,
                                                      .clock = m_clock,
                                                      .history = m_history,
                                                      .pageOrigin = pageOrigin(),
                                                      .pageSearch = pageSearch(),
                                                      .initialHash = pageHash(),
                                                      .bootFiles = bootFiles()});
  m_history.listen([this](const std::string& hash) {
    m_app->onHistoryChanged(hash);
    wake();
  });
  g_runtime = this;
  m_app->appearance().setSystemDark(pagePrefersDark());
  loadSettings();
  pageWatchEnvironment(&WebRuntime::onEnvironmentChange);
  pageWatchBlockedConnections(&WebRuntime::onConnectionBlocked);
  m_alwaysDraw = pageFlag("always-draw");

  m_canvas.onContextEvents([this] { m_renderer.forgetObjects(); },
                           [this] {
                             std::string restoreError;
                             if (!m_renderer.init(restoreError)) {
                               pageShowFatal(restoreError);
                               return;
                             }
                             m_app->onGraphicsReset();
                             wake();
                           });
  installInputHandlers(
      [this] {
        m_app->requestFrames();
        wake();
      },
      [this] { drawQueuedInput(); });
  if (pageFlag("test")) {
    m_app->items().setEnabled(true);
    pagePublishTestSurface();
  }
  m_app->start();
  wake();
  return true;
}

void WebRuntime::wake() {
  if (m_loopRunning) return;
  m_loopRunning = true;
  emscripten_request_animation_frame_loop(&WebRuntime::onAnimationFrame, this);
}

void WebRuntime::drawQueuedInput() {
  // A tap's press and release take two frames (ImGui spreads them), the pointer's removal
  // a third; the loop stays scheduled and carries on afterwards.
  for (int frame = 0; frame < 3 && m_app->wantsFrame(); ++frame) {
    if (!tick(emscripten_get_now())) break;
  }
}

void WebRuntime::onEnvironmentChange() {
  if (g_runtime == nullptr || !g_runtime->m_app) return;
  g_runtime->m_app->appearance().setSystemDark(pagePrefersDark());
  g_runtime->m_app->requestFrames();
  g_runtime->wake();
}

void WebRuntime::onConnectionBlocked(const std::string& origin) {
  if (g_runtime == nullptr || !g_runtime->m_app) return;
  g_runtime->m_app->onConnectionBlocked(origin);
  g_runtime->wake();
}

EM_BOOL WebRuntime::onAnimationFrame(double timeMs, void* self) {
  auto* runtime = static_cast<WebRuntime*>(self);
  const bool keepGoing = runtime->tick(timeMs);
  runtime->m_loopRunning = keepGoing;
  if (!keepGoing) runtime->armTimer();
  return keepGoing ? EM_TRUE : EM_FALSE;
}

void WebRuntime::armTimer() {
  if (m_timer != 0) emscripten_clear_timeout(m_timer);
  m_timer = 0;
  const std::optional<double> at = m_app->nextWakeMs();
  if (!at) return;
  const double delay = std::max(0.0, *at - emscripten_get_now());
  m_timer = emscripten_set_timeout(&WebRuntime::onTimer, delay, this);
}

void WebRuntime::onTimer(void* self) {
  auto* runtime = static_cast<WebRuntime*>(self);
  runtime->m_timer = 0;
  runtime->m_app->requestFrames();
  runtime->wake();
}

// One animation frame. Returning false stops the loop: nothing runs until wake().
bool WebRuntime::tick(double timeMs) {
  if (m_canvas.contextLost()) return false;  // restored() wakes us again
  if (stepInput(timeMs)) m_app->requestFrames();
  EmscriptenVisibilityChangeEvent visibility;
  if (emscripten_get_visibility_status(&visibility) == EMSCRIPTEN_RESULT_SUCCESS) {
    m_app->setPageVisible(!visibility.hidden);
  }
  const CanvasSize size = m_canvas.update();
  if (!(size == m_lastSize)) {
    m_lastSize = size;
    m_app->requestFrames();
  }
  if (m_alwaysDraw) m_app->requestFrames();
  const double started = emscripten_get_now();
  const bool drawn = m_app->frame({.cssWidth = size.cssWidth,
                                   .cssHeight = size.cssHeight,
                                   .density = size.density,
                                   .timeSeconds = timeMs / 1000.0});
  const double finished = emscripten_get_now();
  if (drawn && m_app->ready()) {
    ++m_framesDrawn;
    if (m_frameMs.size() == kFrameSamples) m_frameMs.erase(m_frameMs.begin());
    m_frameMs.push_back(static_cast<float>(finished - started));
    if (m_firstRowsMs < 0 && !m_app->state().list.store.empty()) m_firstRowsMs = finished;
    if (m_firstBoardMs < 0 && m_app->state().kiosk.board) m_firstBoardMs = finished;
    if (!m_shownReady) {
      pageShowReady();
      m_shownReady = true;
    }
    afterFrame();
  }
  return m_app->wantsFrame() || m_alwaysDraw;
}

void WebRuntime::startKiosk() {
  m_kioskStarted = true;
  if (!m_app->state().kiosk.config.wakeLock) return;
  startWakeLock([this](ui::WakeLock lock) {
    m_app->setWakeLock(lock);
    wake();
  });
}

void WebRuntime::afterFrame() {
  if (!m_kioskStarted && m_app->kioskMode()) startKiosk();
  updateCursor();
  afterFrameInput();
  saveSettingsIfChanged();
  const ui::Appearance& appearance = m_app->appearance();
  const int dark = appearance.dark() ? 1 : 0;
  if (dark != m_shownDark) {
    pageShowTheme(dark == 1);
    m_shownDark = dark;
  }
  const int choice = static_cast<int>(appearance.choice());
  if (choice != m_shownChoice) {
    rememberThemeHint(ui::toString(appearance.choice()));
    m_shownChoice = choice;
  }
}

std::string WebRuntime::metricsJson() const {
  // The wasm memory only grows; what malloc holds tells whether the app leaks.
  const struct mallinfo heap = mallinfo();
  const nlohmann::json metrics = {
      {"frames_drawn", m_framesDrawn},       {"frame_ms", m_frameMs},
      {"first_rows_ms", m_firstRowsMs},      {"first_board_ms", m_firstBoardMs},
      {"always_draw", m_alwaysDraw},         {"wasm_memory_bytes", emscripten_get_heap_size()},
      {"malloc_in_use_bytes", heap.uordblks}};
  return metrics.dump();
}

void WebRuntime::updateCursor() {
  const ImGuiMouseCursor cursor = ImGui::GetMouseCursor();
  if (cursor == m_cursor) return;
  m_cursor = cursor;
  switch (cursor) {
    case ImGuiMouseCursor_TextInput:
      pageSetCursor("text");
      break;
    case ImGuiMouseCursor_Hand:
      pageSetCursor("pointer");
      break;
    case ImGuiMouseCursor_ResizeEW:
      pageSetCursor("ew-resize");
      break;
    case ImGuiMouseCursor_ResizeNS:
      pageSetCursor("ns-resize");
      break;
    case ImGuiMouseCursor_ResizeAll:
      pageSetCursor("move");
      break;
    case ImGuiMouseCursor_ResizeNESW:
      pageSetCursor("nesw-resize");
      break;
    case ImGuiMouseCursor_ResizeNWSE:
      pageSetCursor("nwse-resize");
      break;
    case ImGuiMouseCursor_NotAllowed:
      pageSetCursor("not-allowed");
      break;
    case ImGuiMouseCursor_None:
      pageSetCursor("none");
      break;
    default:
      pageSetCursor("default");
      break;
  }
}

}  // namespace fiche::web
