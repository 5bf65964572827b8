// ui: first page of interventions.
#include "ui/views/first_list_view.hpp"

#include <string>

#include "core/util/duration.hpp"
#include "imgui.h"
#include "ui/theme.hpp"
#include "ui/user_message.hpp"
#include "ui/widgets.hpp"

namespace fiche::ui {
namespace {

void drawTable(const core::InterventionPage& page) {
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("interventions", 4, flags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Ref", ImGuiTableColumnFlags_WidthStretch, 2.0f);
  ImGui::TableSetupColumn("Date", ImGuiTableColumnFlags_WidthStretch, 1.5f);
  ImGui::TableSetupColumn("Duration", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthStretch, 1.5f);
  ImGui::TableHeadersRow();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(page.items.size()));
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const core::InterventionSummary& item = page.items[static_cast<size_t>(row)];
      ImGui::PushID(item.id.c_str());
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      textRaw(item.ref);
      ImGui::TableNextColumn();
      textRaw(item.date);
      ImGui::TableNextColumn();
      textRaw(core::formatDuration(item.durationSeconds));
      ImGui::TableNextColumn();
      statusChip(item.status);
      ImGui::PopID();
    }
  }
  ImGui::EndTable();
}

}  // namespace

void drawFirstList(const core::ListState& list, IntentSink& intents) {
  switch (list.status) {
    case core::LoadStatus::Idle:
      return;
    case core::LoadStatus::Pending:
      if (list.page.items.empty()) {
        ImGui::TextDisabled("Loading interventions…");
        return;
      }
      break;
    case core::LoadStatus::Failed:
      ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(170, 30, 30, 255));
      textWrappedRaw(list.error ? userMessage(*list.error) : std::string("Loading failed."));
      ImGui::PopStyleColor();
      if (ImGui::Button("Retry")) intents.emit(core::RefreshIntent{});
      return;
    case core::LoadStatus::Ok:
      break;
  }
  const core::Pagination& pagination = list.page.pagination;
  if (pagination.totalItems >= 0) {
    ImGui::Text("%lld interventions", static_cast<long long>(pagination.totalItems));
  } else {
    ImGui::Text("%d interventions on this page", static_cast<int>(list.page.items.size()));
  }
  ImGui::SameLine();
  if (ImGui::SmallButton("Refresh")) intents.emit(core::RefreshIntent{});
  drawTable(list.page);
}

}  // namespace fiche::ui
