// platform/web: entry point of the wasm module: builds the runtime and returns to the
// browser; from then on everything runs from event callbacks and animation frames.
#include <emscripten/emscripten.h>

#include <string>

#include "app/test_surface.hpp"
#include "platform/web/web_runtime.hpp"

namespace {

// Lives for the whole page: callbacks keep pointers into it.
fiche::web::WebRuntime& runtime() {
  static fiche::web::WebRuntime instance;
  return instance;
}

// Returned strings stay valid until the next call of the same function.
std::string g_testState;
std::string g_testItems;
std::string g_testMetrics;

}  // namespace

extern "C" {
EMSCRIPTEN_KEEPALIVE const char* fiche_test_state() {
  g_testState = fiche::app::stateJson(runtime().app());
  return g_testState.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* fiche_test_items() {
  g_testItems = fiche::app::itemsJson(runtime().app());
  return g_testItems.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* fiche_test_metrics() {
  g_testMetrics = runtime().metricsJson();
  return g_testMetrics.c_str();
}
}

int main() {
  runtime().start();
  return 0;
}
