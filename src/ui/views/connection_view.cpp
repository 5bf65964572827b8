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
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(170, 30, 30, 255));
    textWrappedRaw(userMessage(*connection.error));
    ImGui::PopStyleColor();
    if (!connection.error->message.empty() && connection.error->kind == core::ErrorKind::Api) {
      ImGui::TextDisabled("Server says:");
      ImGui::SameLine();
      textWrappedRaw(connection.error->message);
    }
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
  const bool busy = connection.status == core::LoadStatus::Pending;
  ImGui::BeginDisabled(busy || m_root[0] == '\0');
  if (ImGui::Button("Connect")) {
    intents.emit(core::ConnectIntent{.apiRoot = m_root.data(), .token = m_token.data()});
  }
  ImGui::EndDisabled();
}

}  // namespace fiche::ui
