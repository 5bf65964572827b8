// ui: connection form.
#include "ui/views/connection_view.hpp"

#include <cstring>
#include <string>

#include "imgui.h"
#include "ui/icons.hpp"
#include "ui/item_registry.hpp"
#include "ui/load_trouble.hpp"
#include "ui/theme.hpp"
#include "ui/user_message.hpp"
#include "ui/widgets.hpp"

namespace fiche::ui {
namespace {

LoadTrouble troubleOf(const core::ConnectionState& connection) {
  return {.subject = Subject::Connection,
          .error = connection.error,
          .retry = connection.retry,
          .recoverAtMs = connection.recoverAtMs,
          .failed = connection.status == core::LoadStatus::Failed,
          .trying = connection.status == core::LoadStatus::Pending && connection.background};
}

}  // namespace

void ConnectionView::drawLinkNotice(const core::ConnectionState& connection, IntentSink& intents) {
  // The link is untrusted text: it is shown as it is, never interpreted.
  const std::string notice =
      "This link asks Fiche to use the server " + connection.linkRoot +
      ", which is not the one this page is set up for. Fiche has not contacted it and will "
      "not send it this page's token. Connect to it only if you trust it, with a token of "
      "your own.";
  ImGui::PushStyleColor(ImGuiCol_Text, warningColour());
  textWrappedRaw(std::string(icons::kWarning) + " " + notice);
  ImGui::PopStyleColor();
  ItemRegistry::noteMessage(notice);
  if (!connection.configuredRoot.empty()) {
    const std::string label = "Use " + connection.configuredRoot + " instead";
    if (ImGui::Button((label + "###configured").c_str())) {
      intents.emit(core::ConnectConfiguredIntent{});
    }
    ItemRegistry::labelLastItem("Use the configured server");
  }
  ImGui::Spacing();
}

void ConnectionView::draw(const core::AppState& state, IntentSink& intents) {
  const core::ConnectionState& connection = state.connection;
  if (!m_seeded) {
    const std::string& root =
        connection.linkRoot.empty() ? connection.apiRoot : connection.linkRoot;
    std::strncpy(m_root.data(), root.c_str(), m_root.size() - 1);
    m_seeded = true;
  }
  if (!connection.linkRoot.empty()) drawLinkNotice(connection, intents);
  if (hasTrouble(troubleOf(connection))) {
    drawLoadTrouble(state, troubleOf(connection), intents);
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
  const bool busy = connection.status == core::LoadStatus::Pending && !connection.background;
  ImGui::BeginDisabled(busy || m_root[0] == '\0');
  if (ImGui::Button("Connect")) {
    intents.emit(core::ConnectIntent{
        .apiRoot = m_root.data(), .token = m_token.data(), .remember = m_remember});
  }
  ImGui::EndDisabled();
}

}  // namespace fiche::ui
