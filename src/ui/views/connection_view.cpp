// ui: connection form.
#include "ui/views/connection_view.hpp"

#include <cstring>
#include <string>

#include "imgui.h"
#include "ui/theme.hpp"
#include "ui/user_message.hpp"
#include "ui/widgets.hpp"

namespace fiche::ui {

void ConnectionView::draw(const core::ConnectionState& connection, IntentSink& intents) {
  if (!m_seeded) {
    std::strncpy(m_root.data(), connection.apiRoot.c_str(), m_root.size() - 1);
    m_seeded = true;
  }
  if (connection.error) {
    errorMessage(userMessage(*connection.error, Subject::Connection, connection.crossOrigin),
                 *connection.error);
    ImGui::Spacing();
  }
  textWrappedRaw(
      "Enter the address of your OBAPI server (the part before /obapi/v1) and "
      "your access token.");
  ImGui::SetNextItemWidth(em(28));
  ImGui::InputTextWithHint("Server address", "https://erp.example.com", m_root.data(),
                           m_root.size());
  ImGui::SetNextItemWidth(em(28));
  ImGui::InputText("Access token", m_token.data(), m_token.size(), ImGuiInputTextFlags_Password);
  ImGui::Checkbox("Remember on this device", &m_remember);
  if (ImGui::IsItemHovered()) {
    ImGui::SetTooltip(
        "Keeps the address and token in this browser's storage. Leave it off on "
        "shared computers: the token then lives only in this tab's memory.");
  }
  const bool busy = connection.status == core::LoadStatus::Pending;
  ImGui::BeginDisabled(busy || m_root[0] == '\0');
  if (ImGui::Button("Connect")) {
    intents.emit(core::ConnectIntent{
        .apiRoot = m_root.data(), .token = m_token.data(), .remember = m_remember});
  }
  ImGui::EndDisabled();
}

}  // namespace fiche::ui
