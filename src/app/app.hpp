// app: Fiche's frame loop body — network, views, rendering, intents — and the idle gate.
#pragma once

#include <string>
#include <vector>

#include "app/boot.hpp"
#include "core/app/controller.hpp"
#include "core/net/http.hpp"
#include "render/gl_renderer.hpp"
#include "ui/appearance.hpp"
#include "ui/intent_sink.hpp"
#include "ui/item_registry.hpp"
#include "ui/views/root_view.hpp"

namespace fiche::app {

// What the platform measured for this frame.
struct FrameInfo {
  float cssWidth = 0;  // canvas size in CSS pixels (ImGui's units)
  float cssHeight = 0;
  float density = 1;  // device pixels per CSS pixel
  double timeSeconds = 0;
};

// Owns the ImGui context, the controller and the views. The platform feeds input into
// ImGui's IO, calls frame() when wantsFrame() says so, and calls requestFrames() whenever
// something happened (input, a network completion, a resize).
class App {
 public:
  // `api` carries OBAPI traffic, `assets` the page's own files; both must outlive the App.
  // The renderer must be initialised by the platform (it owns the GL context).
  App(core::HttpClient& api, core::HttpClient& assets, render::GlRenderer& renderer);
  ~App();
  App(const App&) = delete;
  App& operator=(const App&) = delete;

  void start();
  void frame(const FrameInfo& info);

  // Idle gate: something happened, draw a few frames so ImGui settles (hover, layout).
  void requestFrames();
  bool wantsFrame() const;

  // True once the first frame with fonts and config has been drawn.
  bool ready() const { return m_ready; }
  // Pixel density the font atlas was last built for (0 before the first build).
  float fontDensity() const { return m_fontDensity; }
  // The GL context was restored: textures must be uploaded again.
  void onGraphicsReset();

  const core::AppState& state() const { return m_controller.state(); }
  ui::ItemRegistry& items() { return m_items; }
  // Theme: the platform reports the system's colour scheme; settings hold the user's pick.
  ui::Appearance& appearance() { return m_appearance; }
  const ui::Appearance& appearance() const { return m_appearance; }

 private:
  void rebuildFonts(float density);

  ImGuiContext* m_context = nullptr;
  core::Controller m_controller;
  Boot m_boot;
  render::GlRenderer& m_renderer;
  ui::RootView m_root;
  ui::IntentSink m_intents;
  ui::ItemRegistry m_items;
  ui::Appearance m_appearance;
  bool m_started = false;  // controller started (after boot)
  bool m_ready = false;
  float m_fontDensity = 0;  // density the atlas was built for; 0 = not built
  int m_framesToDraw = 0;
  double m_lastTime = 0;
};

}  // namespace fiche::app
