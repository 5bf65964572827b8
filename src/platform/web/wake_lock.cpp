// platform/web: Screen Wake Lock glue.
#include "platform/web/wake_lock.hpp"

#include <emscripten/emscripten.h>

#include <utility>

namespace fiche::web {
namespace {

std::function<void(ui::WakeLock)>& listener() {
  static std::function<void(ui::WakeLock)> callback;
  return callback;
}

// Codes shared with the JavaScript below.
constexpr ui::WakeLock kCodes[] = {ui::WakeLock::Off,         ui::WakeLock::Requesting,
                                   ui::WakeLock::On,          ui::WakeLock::NeedsHttps,
                                   ui::WakeLock::Unsupported, ui::WakeLock::Refused,
                                   ui::WakeLock::Released};

// The body below is JavaScript, which clang-format would mangle.
// clang-format off
EM_JS(void, js_wake_lock_start, (), {
  const report = (code) => Module["_fiche_wake_lock_changed"](code);
  // The API exists only on secure contexts (HTTPS, or localhost): say which is missing.
  if (!window.isSecureContext) { report(3); return; }
  if (!navigator.wakeLock || typeof navigator.wakeLock.request !== "function") { report(4); return; }
  let held = null;
  let asking = false;
  const acquire = () => {
    if (document.visibilityState !== "visible" || held || asking) return;
    asking = true;
    report(1);
    navigator.wakeLock.request("screen").then((lock) => {
      asking = false;
      held = lock;
      report(2);
      lock.addEventListener("release", () => {
        held = null;
        report(6);
      });
    }, () => {
      asking = false;
      report(5);
    });
  };
  document.addEventListener("visibilitychange", acquire);
  acquire();
});
// clang-format on

}  // namespace

void startWakeLock(std::function<void(ui::WakeLock)> onChange) {
  listener() = std::move(onChange);
  js_wake_lock_start();
}

}  // namespace fiche::web

extern "C" EMSCRIPTEN_KEEPALIVE void fiche_wake_lock_changed(int code) {
  constexpr int kCount = static_cast<int>(std::size(fiche::web::kCodes));
  if (code < 0 || code >= kCount || !fiche::web::listener()) return;
  fiche::web::listener()(fiche::web::kCodes[code]);
}
