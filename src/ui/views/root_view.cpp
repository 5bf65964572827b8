// ui: page layout.
#include "ui/views/root_view.hpp"

#include "imgui.h"
#include "ui/theme.hpp"
#include "ui/theme_toggle.hpp"
#include "ui/views/first_list_view.hpp"
#include "ui/widgets.hpp"

namespace fiche::ui {
namespace {

void drawHeader(const core::ConnectionState& connection) {
  ImGui::TextUnformatted("Fiche");
  ImGui::SameLine();
  ImGui::TextDisabled("· interventions");
  if (!connection.discovery.providerName.empty()) {
    ImGui::SameLine(0.0f, em(1.5f));
    textRaw(connection.discovery.providerName);
  }
  drawThemeToggle();
  ImGui::Separator();
}

bool needsConnectionForm(const core::ConnectionState& connection) {
  return connection.status == core::LoadStatus::Idle ||
         connection.status == core::LoadStatus::Failed;
}

}  // namespace

void RootView::draw(const core::AppState& state, std::string_view bootProblem,
                    IntentSink& intents) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  // Settings stay on: ImGui gives a window's NoSavedSettings to every table in it, and
  // tables keep their column widths, order and sort there (saved in localStorage).
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("Fiche", nullptr, flags);
  drawHeader(state.connection);
  if (!bootProblem.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(170, 30, 30, 255));
    textWrappedRaw(bootProblem);
    ImGui::PopStyleColor();
  }
  if (needsConnectionForm(state.connection)) {
    m_connection.draw(state.connection, intents);
  } else if (state.connection.status == core::LoadStatus::Pending) {
    ImGui::TextDisabled("Connecting…");
  } else {
    drawFirstList(state.list, intents);
  }
  ImGui::End();
}

}  // namespace fiche::ui
