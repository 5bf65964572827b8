// platform/web: canvas and WebGL2 context.
#include "platform/web/canvas.hpp"

#include <emscripten/html5.h>

#include <cmath>

namespace fiche::web {

bool Canvas::createContext() {
  EmscriptenWebGLContextAttributes attributes;
  emscripten_webgl_init_context_attributes(&attributes);
  attributes.majorVersion = 2;
  attributes.minorVersion = 0;
  attributes.alpha = false;  // an opaque page: cheaper compositing
  attributes.depth = false;
  attributes.stencil = false;
  attributes.antialias = false;  // ImGui anti-aliases its own geometry
  attributes.premultipliedAlpha = true;
  attributes.powerPreference = EM_WEBGL_POWER_PREFERENCE_LOW_POWER;
  m_context = emscripten_webgl_create_context(kSelector, &attributes);
  if (m_context <= 0) return false;
  emscripten_webgl_make_context_current(m_context);
  emscripten_set_webglcontextlost_callback(kSelector, this, false, &Canvas::handleLost);
  emscripten_set_webglcontextrestored_callback(kSelector, this, false, &Canvas::handleRestored);
  return true;
}

CanvasSize Canvas::update() {
  double cssWidth = 0;
  double cssHeight = 0;
  emscripten_get_element_css_size(kSelector, &cssWidth, &cssHeight);
  const double ratio = emscripten_get_device_pixel_ratio();
  const int width = static_cast<int>(std::lround(cssWidth * ratio));
  const int height = static_cast<int>(std::lround(cssHeight * ratio));
  if (width != m_backingWidth || height != m_backingHeight) {
    emscripten_set_canvas_element_size(kSelector, width, height);
    m_backingWidth = width;
    m_backingHeight = height;
  }
  CanvasSize size;
  size.cssWidth = static_cast<float>(cssWidth);
  size.cssHeight = static_cast<float>(cssHeight);
  // The exact ratio of backing to CSS pixels, so ImGui's framebuffer maps 1:1 on the
  // backing store even when devicePixelRatio × CSS width is not a whole number.
  size.density = cssWidth > 0 ? static_cast<float>(width / cssWidth) : 1.0f;
  return size;
}

void Canvas::onContextEvents(std::function<void()> lost, std::function<void()> restored) {
  m_onLost = std::move(lost);
  m_onRestored = std::move(restored);
}

EM_BOOL Canvas::handleLost(int, const void*, void* self) {
  auto* canvas = static_cast<Canvas*>(self);
  canvas->m_lost = true;
  if (canvas->m_onLost) canvas->m_onLost();
  return EM_TRUE;  // preventDefault: tells the browser we want the context back
}

EM_BOOL Canvas::handleRestored(int, const void*, void* self) {
  auto* canvas = static_cast<Canvas*>(self);
  canvas->m_lost = false;
  emscripten_webgl_make_context_current(canvas->m_context);
  if (canvas->m_onRestored) canvas->m_onRestored();
  return EM_TRUE;
}

}  // namespace fiche::web
