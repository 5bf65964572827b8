// platform/web: touch gestures → ImGui: a tap clicks on the first tap, a drag scrolls (with
// momentum), a long press presses and drags (scrollbars, column borders).
#pragma once

#include <emscripten/html5.h>

#include <vector>

namespace fiche::web {

// One finger is followed at a time. ImGui sees touch as a mouse whose source is
// ImGuiMouseSource_TouchScreen, with its position set before every press, and removed after
// the finger lifts so nothing stays hovered. A drag is turned into wheel events measured
// so the content follows the finger pixel for pixel, and keeps gliding after release.
class TouchInput {
 public:
  // `wheelStep` is ImGui's scroll distance for one wheel notch, in CSS pixels.
  explicit TouchInput(float wheelStep) : m_wheelStep(wheelStep) {}

  // Handles a touchstart/touchmove/touchend/touchcancel event at time `nowMs`. Returns true
  // when the event ended a tap (its press and release are queued).
  bool onEvent(int type, const EmscriptenTouchEvent& event, double nowMs);
  // Advances long-press and momentum at animation-frame time `nowMs`. Returns true while
  // either needs more frames.
  bool step(double nowMs);

 private:
  enum class Mode { Idle, Pending, Pressing, Scrolling, Gliding };
  struct Sample {
    double timeMs;
    float x;
    float y;
  };

  void begin(float x, float y, double nowMs);
  void move(float x, float y, double nowMs);
  bool end(float x, float y, double nowMs, bool cancelled);
  void scrollBy(float dx, float dy);
  void leave();

  float m_wheelStep;
  Mode m_mode = Mode::Idle;
  long m_finger = -1;
  float m_startX = 0;
  float m_startY = 0;
  float m_lastX = 0;
  float m_lastY = 0;
  double m_startMs = 0;
  std::vector<Sample> m_samples;  // recent positions, for the release velocity
  float m_velocityX = 0;          // CSS pixels per millisecond, while gliding
  float m_velocityY = 0;
  double m_lastStepMs = 0;
};

}  // namespace fiche::web
