// core/app: Controller — the wiring of kiosk mode: the KioskController borrows the
// Controller's retrying client, token, timeouts and recovery pauses.
#include "core/app/controller.hpp"

namespace fiche::core {

KioskServices Controller::kioskServices() {
  return {
      .http = m_http,
      .clock = m_services.clock,
      .request = [this](std::string url) { return authorised(std::move(url), "application/json"); },
      .recoveryDelayMs = [this](int round) { return recoveryDelayMs(round); },
      .scrub = [this](Error error) { return scrubbed(std::move(error)); }};
}

void Controller::onKioskResponse(const HttpResponse& response) {
  // A refused token ends the connection as it does in browse mode: the screen says so and
  // nothing is asked again with it.
  if (std::optional<Error> refused =
          m_kiosk.onResponse(response, m_state.nowMs, m_state.localNow)) {
    failConnection(std::move(*refused));
  }
}

}  // namespace fiche::core
