// platform/web: touch gestures.
#include "platform/web/touch.hpp"

#include <cfloat>
#include <cmath>

#include "imgui.h"

namespace fiche::web {
namespace {

// A finger that moves less than this (CSS pixels) before lifting has tapped.
constexpr float kTapSlop = 10.0f;
// Holding still this long turns the touch into a press that can drag.
constexpr double kLongPressMs = 400.0;
// Only the last moments of a drag give its release speed.
constexpr double kVelocityWindowMs = 100.0;
// Glide: speed decays like a native list's (time constant), and stops when slow.
constexpr double kGlideTimeConstantMs = 325.0;
constexpr float kGlideMinSpeed = 0.02f;  // CSS pixels per millisecond
constexpr float kGlideStartSpeed = 0.15f;

}  // namespace

bool TouchInput::onEvent(int type, const EmscriptenTouchEvent& event, double nowMs) {
  bool tapped = false;
  for (int i = 0; i < event.numTouches; ++i) {
    const EmscriptenTouchPoint& touch = event.touches[i];
    if (!touch.isChanged) continue;
    const auto x = static_cast<float>(touch.clientX);
    const auto y = static_cast<float>(touch.clientY);
    if (type == EMSCRIPTEN_EVENT_TOUCHSTART) {
      if (m_mode == Mode::Idle || m_mode == Mode::Gliding) {
        m_finger = touch.identifier;
        begin(x, y, nowMs);
      }
      continue;
    }
    if (touch.identifier != m_finger) continue;
    if (type == EMSCRIPTEN_EVENT_TOUCHMOVE) move(x, y, nowMs);
    if (type == EMSCRIPTEN_EVENT_TOUCHEND) tapped = end(x, y, nowMs, false) || tapped;
    if (type == EMSCRIPTEN_EVENT_TOUCHCANCEL) end(x, y, nowMs, true);
  }
  return tapped;
}

void TouchInput::begin(float x, float y, double nowMs) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  // The position comes first, so whatever is under the finger is what gets hit; a glide in
  // progress stops under the finger, as in native lists.
  io.AddMousePosEvent(x, y);
  m_mode = Mode::Pending;
  m_startX = m_lastX = x;
  m_startY = m_lastY = y;
  m_startMs = nowMs;
  m_samples.clear();
  m_samples.push_back({nowMs, x, y});
}

void TouchInput::move(float x, float y, double nowMs) {
  if (m_mode == Mode::Pending && std::hypot(x - m_startX, y - m_startY) > kTapSlop) {
    m_mode = Mode::Scrolling;
    // Scroll from where the finger started, so the drag loses no distance to the slop.
    m_lastX = m_startX;
    m_lastY = m_startY;
  }
  ImGuiIO& io = ImGui::GetIO();
  if (m_mode == Mode::Scrolling) {
    scrollBy(x - m_lastX, y - m_lastY);
  } else if (m_mode == Mode::Pressing) {
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent(x, y);
  }
  m_lastX = x;
  m_lastY = y;
  m_samples.push_back({nowMs, x, y});
  while (m_samples.size() > 2 && nowMs - m_samples.front().timeMs > kVelocityWindowMs) {
    m_samples.erase(m_samples.begin());
  }
}

bool TouchInput::end(float x, float y, double nowMs, bool cancelled) {
  ImGuiIO& io = ImGui::GetIO();
  const bool tap = m_mode == Mode::Pending && !cancelled;
  io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  switch (m_mode) {
    case Mode::Pending:
      if (!cancelled) {
        // A tap: press and release where the finger is. ImGui spreads the two over
        // consecutive frames, so the click counts on the first tap.
        io.AddMousePosEvent(x, y);
        io.AddMouseButtonEvent(0, true);
        io.AddMouseButtonEvent(0, false);
      }
      leave();
      break;
    case Mode::Pressing:
      if (cancelled) io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);  // no click on cancel
      io.AddMouseButtonEvent(0, false);
      leave();
      break;
    case Mode::Scrolling: {
      move(x, y, nowMs);
      const Sample& first = m_samples.front();
      const double span = nowMs - first.timeMs;
      m_velocityX = span > 0 ? static_cast<float>((x - first.x) / span) : 0.0f;
      m_velocityY = span > 0 ? static_cast<float>((y - first.y) / span) : 0.0f;
      if (!cancelled && std::hypot(m_velocityX, m_velocityY) > kGlideStartSpeed) {
        m_mode = Mode::Gliding;  // the pointer stays over the list while it glides
        m_lastStepMs = nowMs;
      } else {
        leave();
      }
      break;
    }
    case Mode::Idle:
    case Mode::Gliding:
      break;
  }
  m_finger = -1;
  return tap;
}

bool TouchInput::step(double nowMs) {
  if (m_mode == Mode::Pending) {
    if (nowMs - m_startMs < kLongPressMs) return true;
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent(m_lastX, m_lastY);
    io.AddMouseButtonEvent(0, true);
    m_mode = Mode::Pressing;
    return true;
  }
  if (m_mode != Mode::Gliding) return false;  // moves and lifts wake the loop themselves
  const double dt = nowMs - m_lastStepMs;
  m_lastStepMs = nowMs;
  if (dt <= 0) return true;
  const auto decay = static_cast<float>(std::exp(-dt / kGlideTimeConstantMs));
  m_velocityX *= decay;
  m_velocityY *= decay;
  if (std::hypot(m_velocityX, m_velocityY) < kGlideMinSpeed) {
    leave();
    return false;
  }
  scrollBy(m_velocityX * static_cast<float>(dt), m_velocityY * static_cast<float>(dt));
  return true;
}

void TouchInput::scrollBy(float dx, float dy) {
  // Content follows the finger: a finger moving down shows what is above (wheel up).
  ImGui::GetIO().AddMouseWheelEvent(dx / m_wheelStep, dy / m_wheelStep);
}

void TouchInput::leave() {
  // Nothing may stay hovered once the finger is gone: touch has no hover.
  ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
  m_mode = Mode::Idle;
}

}  // namespace fiche::web
