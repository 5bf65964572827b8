// ui: page layout.
#include "ui/views/root_view.hpp"

#include "core/util/time_format.hpp"
#include "imgui.h"
#include "ui/icons.hpp"
#include "ui/load_trouble.hpp"
#include "ui/theme.hpp"
#include "ui/theme_toggle.hpp"
#include "ui/widgets.hpp"

namespace fiche::ui {
namespace {

// A recovery attempt in the background keeps the form (and what the user typed) on screen.
bool needsConnectionForm(const core::ConnectionState& connection) {
  return connection.status == core::LoadStatus::Idle ||
         connection.status == core::LoadStatus::Failed ||
         (connection.status == core::LoadStatus::Pending && connection.background);
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
  m_narrow = viewport->WorkSize.x < em(kNarrowWidthEm);
  drawHeader(state, intents);
  if (!bootProblem.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, errorColour());
    textWrappedRaw(bootProblem);
    ImGui::PopStyleColor();
  }
  const core::ConnectionState& connection = state.connection;
  if (needsConnectionForm(connection) || m_changingServer) {
    m_connection.draw(state, intents);
    if (m_changingServer && connection.status == core::LoadStatus::Ok && ImGui::Button("Cancel")) {
      m_changingServer = false;
    }
    if (!intents.empty()) m_changingServer = false;
  } else if (connection.status == core::LoadStatus::Pending) {
    ImGui::TextDisabled("Connecting…");
    drawLoadTrouble(state, {.subject = Subject::Connection, .retry = connection.retry}, intents);
  } else {
    drawBrowser(state, intents);
  }
  ImGui::End();
}

void RootView::drawHeader(const core::AppState& state, IntentSink& intents) {
  const core::ConnectionState& connection = state.connection;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Fiche");
  if (!m_narrow) {
    ImGui::SameLine();
    ImGui::TextDisabled("· interventions");
  }
  const std::string& provider = connection.discovery.providerName;
  if (!provider.empty()) {
    sameLineIfFits(ImGui::CalcTextSize(provider.c_str()).x, em(1.5f));
    textRaw(provider);
  }
  if (connection.status == core::LoadStatus::Ok) {
    sameLineIfFits(iconButtonWidth(icons::kRefresh, "Refresh"), em(1.5f));
    if (smallIconButton(icons::kRefresh, "Refresh")) intents.emit(core::RefreshIntent{});
    if (state.list.lastSuccess) {
      // When the rows on screen were received: nobody should act on silently frozen data.
      const std::string stamp =
          "Updated " + core::formatStamp(*state.list.lastSuccess, state.localNow.date);
      sameLineIfFits(ImGui::CalcTextSize(stamp.c_str()).x);
      ImGui::AlignTextToFramePadding();
      textMutedRaw(stamp);
    }
    sameLineIfFits(iconButtonWidth(icons::kPlug, "Change server"));
    if (smallIconButton(icons::kPlug, "Change server")) m_changingServer = true;
  }
  if (connection.remembered) {
    sameLineIfFits(iconButtonWidth(icons::kSignOut, "Forget this device"));
    if (smallIconButton(icons::kSignOut, "Forget this device"))
      intents.emit(core::ForgetDeviceIntent{});
    if (ImGui::IsItemHovered()) {
      ImGui::SetTooltip("Remove the saved server address and token from this browser");
    }
  }
  drawThemeToggle();
  ImGui::Separator();
}

void RootView::drawBrowser(const core::AppState& state, IntentSink& intents) {
  if (state.list.status == core::LoadStatus::Failed && state.list.error &&
      state.list.error->kind == core::ErrorKind::Unsupported) {
    ImGui::TextUnformatted("This server does not offer interventions.");
    return;
  }
  // The list owns the arrow keys unless someone is typing or a menu is open.
  const bool keyboard =
      !ImGui::GetIO().WantTextInput && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
  const bool detailOpen = !state.route.openId.empty();
  if (m_narrow) {
    if (detailOpen) {
      if (keyboard && ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
        core::Route next = state.route;
        next.openId.clear();
        intents.emit(core::NavigateIntent{std::move(next)});
      }
      ImGui::BeginChild("detail");
      m_detail.draw(state, /*replacesList=*/true, intents);
      ImGui::EndChild();
      return;
    }
    m_filters.draw(state, true, intents);
    drawList(state, keyboard, intents);
    return;
  }
  m_filters.draw(state, false, intents);
  const float listWidth = detailOpen ? ImGui::GetContentRegionAvail().x * 0.5f : 0.0f;
  ImGui::BeginChild("list", ImVec2(listWidth, 0.0f));
  drawList(state, keyboard, intents);
  ImGui::EndChild();
  if (!detailOpen) return;
  ImGui::SameLine();
  ImGui::BeginChild("detail", ImVec2(0.0f, 0.0f), ImGuiChildFlags_Border);
  m_detail.draw(state, /*replacesList=*/false, intents);
  ImGui::EndChild();
}

void RootView::drawList(const core::AppState& state, bool keyboard, IntentSink& intents) {
  if (state.route.serverPages) {
    m_list.draw(state, keyboard, intents);
  } else {
    m_history.draw(state, keyboard, m_narrow, intents);
  }
}

}  // namespace fiche::ui
