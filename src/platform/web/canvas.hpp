// platform/web: the page's canvas: WebGL2 context, backing-store size, context loss.
#pragma once

#include <emscripten/html5_webgl.h>

#include <functional>

namespace fiche::web {

struct CanvasSize {
  float cssWidth = 0;
  float cssHeight = 0;
  float density = 1;  // backing pixels per CSS pixel (devicePixelRatio, rounded to whole pixels)
  bool operator==(const CanvasSize&) const = default;
};

class Canvas {
 public:
  static constexpr const char* kSelector = "#canvas";

  // Creates a WebGL2 context on #canvas. Returns false if the browser has no WebGL2.
  bool createContext();
  // Makes the backing store CSS size × devicePixelRatio (re-read each call: zoom and
  // moving between monitors change it). Returns the size to draw at.
  CanvasSize update();
  bool contextLost() const { return m_lost; }

  // Called when the browser drops or restores the GL context (GPU reset, tab in
  // background on mobile, WEBGL_lose_context).
  void onContextEvents(std::function<void()> lost, std::function<void()> restored);

 private:
  static EM_BOOL handleLost(int type, const void* event, void* self);
  static EM_BOOL handleRestored(int type, const void* event, void* self);

  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE m_context = 0;
  int m_backingWidth = 0;
  int m_backingHeight = 0;
  bool m_lost = false;
  std::function<void()> m_onLost;
  std::function<void()> m_onRestored;
};

}  // namespace fiche::web
