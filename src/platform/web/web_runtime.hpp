// platform/web: runs the App in the browser: frame loop on requestAnimationFrame with an
// idle gate, canvas, input, network clients.
#pragma once

#include <memory>
#include <string>
#include <vector>

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

  // Figures for the benchmarks (tools/bench-native-feel, tools/soak, tools/bench-kiosk), as
  // JSON: frames drawn, the duration of the last frames' app work in ms, when the first rows
  // (or, in kiosk mode, the first complete board) were drawn (ms since navigation start), the
  // wasm memory's size and the bytes malloc holds.
  std::string metricsJson() const;

 private:
  static EM_BOOL onAnimationFrame(double timeMs, void* self);
  static void onTimer(void* self);
  // While the loop sleeps, a timer wakes it when the app has something planned.
  void armTimer();
  static void onEnvironmentChange();
  static void onConnectionBlocked(const std::string& origin);
  // Runs the frames queued input needs at once, from inside an event handler.
  void drawQueuedInput();
  bool tick(double timeMs);
  void afterFrame();
  void updateCursor();
  void startKiosk();

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
  long m_timer = 0;  // emscripten_set_timeout id; 0 = none
  bool m_shownReady = false;
  int m_cursor = -1;
  int m_shownDark = -1;  // theme last shown around the canvas; -1 = none yet
  int m_shownChoice = -1;
  // ?always-draw=1 turns the idle gate off (benchmark comparison only).
  bool m_alwaysDraw = false;
  std::uint64_t m_framesDrawn = 0;
  std::vector<float> m_frameMs;  // app work per frame, most recent last (bounded)
  double m_firstRowsMs = -1;
  double m_firstBoardMs = -1;   // kiosk: the first frame with a complete board
  bool m_kioskStarted = false;  // the kiosk's page habits (wake lock) are set up
};

}  // namespace fiche::web
