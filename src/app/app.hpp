// app: Fiche's frame loop body — network, views, rendering, intents — and the idle gate.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/boot.hpp"
#include "core/app/controller.hpp"
#include "core/app/route.hpp"
#include "core/app/services.hpp"
#include "core/net/http.hpp"
#include "render/gl_renderer.hpp"
#include "ui/appearance.hpp"
#include "ui/intent_sink.hpp"
#include "ui/item_registry.hpp"
#include "ui/kiosk/board_fonts.hpp"
#include "ui/views/kiosk_view.hpp"
#include "ui/views/root_view.hpp"

namespace fiche::app {

// What the platform measured for this frame.
struct FrameInfo {
  float cssWidth = 0;  // canvas size in CSS pixels (ImGui's units)
  float cssHeight = 0;
  float density = 1;  // device pixels per CSS pixel
  double timeSeconds = 0;
};

// The page's navigation history: the URL hash mirrors the route on screen.
class History {
 public:
  virtual ~History() = default;
  // A new entry (Back returns to the previous view).
  virtual void push(const std::string& hash) = 0;
  // Rewrites the current entry (normalised links, changes the user did not make).
  virtual void replace(const std::string& hash) = 0;
};

// Everything the App works with; every reference must outlive it. The renderer must be
// initialised by the platform (it owns the GL context).
struct AppServices {
  core::HttpClient& api;     // OBAPI traffic
  core::HttpClient& assets;  // the page's own files
  render::GlRenderer& renderer;
  core::DocumentSink& documents;
  core::CredentialStore& credentials;
  const core::Clock& clock;
  History& history;
  std::string pageOrigin{};   // e.g. "https://fiche.example"
  std::string pageSearch{};   // the URL's query: ?api= and ?mode= override config.json
  std::string initialHash{};  // the URL's hash at load: the view to restore
  BootFiles bootFiles{};      // names of config.json and the fonts (hashed in a release)
};

// Owns the ImGui context, the controller and the views. The platform feeds input into
// ImGui's IO, calls frame() when wantsFrame() says so, and calls requestFrames() whenever
// something happened (input, a network completion, a resize).
class App {
 public:
  explicit App(AppServices services);
  ~App();
  App(const App&) = delete;
  App& operator=(const App&) = delete;

  void start();
  // Runs one turn of the loop; false when nothing needed drawing (nothing was rendered).
  bool frame(const FrameInfo& info);

  // Idle gate: something happened, draw a few frames so ImGui settles (hover, layout).
  void requestFrames();
  bool wantsFrame() const;
  // When a frame is needed although nothing happens (a retry, a refresh, a countdown), on the
  // Clock's monotonic time; the platform sets a timer for it while the loop sleeps.
  std::optional<double> nextWakeMs() const;
  // The page was hidden or shown (Page Visibility): hidden pages stop refreshing.
  void setPageVisible(bool visible);

  // The user moved through history (Back/Forward) or edited the hash: show that view.
  void onHistoryChanged(const std::string& hash);

  // The page's Content-Security-Policy refused a connection to `origin` (the platform saw a
  // connect-src violation): said above everything until a connection succeeds, because the
  // request itself only fails like an unreachable server.
  void onConnectionBlocked(const std::string& origin);
  // What is wrong with the deployment (config.json, the page's policy), in words; "" if
  // nothing.
  std::string pageProblem() const;

  // True once the first frame with fonts and config has been drawn.
  bool ready() const { return m_ready; }
  // Pixel density the font atlas was last built for (0 before the first build).
  float fontDensity() const { return m_fontDensity; }
  // The GL context was restored: textures must be uploaded again.
  void onGraphicsReset();

  const core::AppState& state() const { return m_controller.state(); }
  // OBAPI requests the browser has open right now (leak checks in tests).
  std::size_t apiInFlight() const { return m_services.api.inFlight(); }
  bool narrowLayout() const { return m_root.narrow(); }
  ui::ItemRegistry& items() { return m_items; }
  // Kiosk mode (config.json or ?mode=kiosk): the wallboard replaces the browser. Known once
  // the controller started (after config.json arrived).
  bool kioskMode() const { return m_controller.state().kiosk.enabled; }
  const ui::KioskView& kioskView() const { return m_kiosk; }
  // The platform reports the Screen Wake Lock it holds (or why not) for the board's footer.
  void setWakeLock(ui::WakeLock lock);
  ui::WakeLock wakeLock() const { return m_wakeLock; }
  // Theme: the platform reports the system's colour scheme; settings hold the user's pick.
  ui::Appearance& appearance() { return m_appearance; }
  const ui::Appearance& appearance() const { return m_appearance; }

 private:
  void rebuildFonts(float density);
  void rebuildBoardFonts(float density, const ui::BoardMetrics& metrics);
  void startController();
  // Mirrors the route into the URL hash when it changed; push makes a history entry.
  void publishRoute(bool push);

  AppServices m_services;
  ImGuiContext* m_context = nullptr;
  core::Controller m_controller;
  Boot m_boot;
  ui::RootView m_root;
  ui::KioskView m_kiosk;
  ui::BoardFonts m_boardFonts;      // the kiosk's sizes; valid while the atlas is not rebuilt
  ui::BoardMetrics m_boardMetrics;  // what m_boardFonts were built for
  ui::WakeLock m_wakeLock = ui::WakeLock::Off;
  ui::IntentSink m_intents;
  ui::ItemRegistry m_items;
  ui::Appearance m_appearance;
  std::optional<core::Route> m_historyRoute;  // from onHistoryChanged, applied next frame
  std::string m_publishedHash;                // what the URL shows
  std::string m_blockedOrigin;                // refused by the page's policy, "" if none
  bool m_started = false;                     // controller started (after boot)
  bool m_ready = false;
  float m_fontDensity = 0;  // density the atlas was built for; 0 = not built
  int m_framesToDraw = 0;
  double m_lastTime = 0;
};

}  // namespace fiche::app
