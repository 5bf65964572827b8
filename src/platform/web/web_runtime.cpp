// platform/web: the browser runtime.
#include "platform/web/web_runtime.hpp"

#include <emscripten/html5.h>

#include <string>

#include "platform/web/clipboard.hpp"
#include "platform/web/input.hpp"
#include "platform/web/page.hpp"

namespace fiche::web {

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
                                                      .initialHash = pageHash()});
  installClipboard();
  m_history.listen([this](const std::string& hash) {
    m_app->onHistoryChanged(hash);
    wake();
  });

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
  installInputHandlers([this] {
    m_app->requestFrames();
    wake();
  });
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

EM_BOOL WebRuntime::onAnimationFrame(double timeMs, void* self) {
  auto* runtime = static_cast<WebRuntime*>(self);
  const bool keepGoing = runtime->tick(timeMs);
  runtime->m_loopRunning = keepGoing;
  return keepGoing ? EM_TRUE : EM_FALSE;
}

// One animation frame. Returning false stops the loop: nothing runs until wake().
bool WebRuntime::tick(double timeMs) {
  if (m_canvas.contextLost()) return false;  // restored() wakes us again
  const CanvasSize size = m_canvas.update();
  if (!(size == m_lastSize)) {
    m_lastSize = size;
    m_app->requestFrames();
  }
  m_app->frame({.cssWidth = size.cssWidth,
                .cssHeight = size.cssHeight,
                .density = size.density,
                .timeSeconds = timeMs / 1000.0});
  if (m_app->ready()) {
    if (!m_shownReady) {
      pageShowReady();
      m_shownReady = true;
    }
    updateCursor();
  }
  return m_app->wantsFrame();
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
