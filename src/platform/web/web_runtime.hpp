// platform/web: runs the App in the browser: frame loop on requestAnimationFrame with an
// idle gate, canvas, input, network clients.
#pragma once

#include <memory>

#include "app/app.hpp"
#include "platform/web/browser_services.hpp"
#include "platform/web/canvas.hpp"
#include "platform/web/fetch_http_client.hpp"
#include "render/gl_renderer.hpp"

namespace fiche::web {

class WebRuntime {
 public:
  // Sets everything up; on failure the page shows why and start() returns false.
  bool start();

  // Something happened (input, network, resize): make sure a frame runs soon.
  void wake();

  app::App& app() { return *m_app; }

 private:
  static EM_BOOL onAnimationFrame(double timeMs, void* self);
  bool tick(double timeMs);
  void updateCursor();

  Canvas m_canvas;
  render::GlRenderer m_renderer;
  std::unique_ptr<FetchHttpClient> m_api;
  std::unique_ptr<FetchHttpClient> m_assets;
  BrowserClock m_clock;
  BrowserDocuments m_documents;
  LocalStorageCredentials m_credentials;
  BrowserHistory m_history;
  std::unique_ptr<app::App> m_app;
  CanvasSize m_lastSize;
  bool m_loopRunning = false;
  bool m_shownReady = false;
  int m_cursor = -1;
};

}  // namespace fiche::web
