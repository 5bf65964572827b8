// ui: filter bar.
#include "ui/views/filter_bar_view.hpp"

#include <algorithm>
#include <cstring>
#include <string_view>

#include "core/app/list_query.hpp"
#include "core/util/date.hpp"
#include "core/util/date_range.hpp"
#include "imgui.h"
#include "ui/icons.hpp"
#include "ui/item_registry.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace fiche::ui {
namespace {

constexpr std::array<std::string_view, 4> kStatuses = {"draft", "validated", "done", "billed"};
constexpr std::array<int, 4> kPageSizes = {25, 50, 100, 200};

// A filter change always shows its first page.
void navigate(core::Route route, IntentSink& intents) {
  route.page = 1;
  intents.emit(core::NavigateIntent{std::move(route)});
}

void copyInto(std::array<char, 16>& buffer, const std::string& text) {
  buffer.fill('\0');
  std::strncpy(buffer.data(), text.c_str(), buffer.size() - 1);
}

// A toggle-like button: the selected one looks pressed.
bool choiceButton(const char* label, bool selected) {
  if (selected) {
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
  }
  const bool pressed = ImGui::Button(label);
  if (selected) ImGui::PopStyleColor();
  return pressed;
}

bool validDateOrEmpty(const char* text) {
  return text[0] == '\0' || core::parseIsoDate(text).has_value();
}

}  // namespace

void FilterBarView::draw(const core::AppState& state, bool narrow, IntentSink& intents) {
  const core::Route& route = state.route;
  drawPeriod(route, intents);
  if (route.period == core::DatePreset::Custom) {
    if (!narrow) ImGui::SameLine();
    drawCustomDates(route, intents);
  }
  if (!narrow) ImGui::SameLine(0.0f, em(1.5f));
  drawLoading(state, intents);
  if (route.serverPages) {
    ImGui::SameLine();
    drawPageSize(state, intents);
  }
  drawStatus(route, intents);
  drawSummary(route, intents);
}

void FilterBarView::drawPeriod(const core::Route& route, IntentSink& intents) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Period");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(em(10));
  const std::string current(core::presetLabel(route.period));
  const ImGuiID comboId = ImGui::GetID("##period");
  const bool open = ImGui::BeginCombo("##period", current.c_str());
  ItemRegistry::labelItem(comboId, "Period");  // BeginCombo reports no label of its own
  if (!open) return;
  for (core::DatePreset preset : core::kAllPresets) {
    const std::string label(core::presetLabel(preset));
    if (ImGui::Selectable(label.c_str(), preset == route.period) && preset != route.period) {
      core::Route next = route;
      next.period = preset;
      next.from.clear();
      next.to.clear();
      navigate(std::move(next), intents);
    }
  }
  ImGui::EndCombo();
}

void FilterBarView::drawCustomDates(const core::Route& route, IntentSink& intents) {
  if (!m_seeded || route.from != m_seededFrom || route.to != m_seededTo) {
    copyInto(m_from, route.from);
    copyInto(m_to, route.to);
    m_seededFrom = route.from;
    m_seededTo = route.to;
    m_seeded = true;
  }
  bool commit = false;
  ImGui::SetNextItemWidth(em(7));
  commit |= ImGui::InputTextWithHint("##from", "From YYYY-MM-DD", m_from.data(), m_from.size(),
                                     ImGuiInputTextFlags_EnterReturnsTrue);
  commit |= ImGui::IsItemDeactivatedAfterEdit();
  ImGui::SameLine();
  ImGui::SetNextItemWidth(em(7));
  commit |= ImGui::InputTextWithHint("##to", "To YYYY-MM-DD", m_to.data(), m_to.size(),
                                     ImGuiInputTextFlags_EnterReturnsTrue);
  commit |= ImGui::IsItemDeactivatedAfterEdit();
  const bool valid = validDateOrEmpty(m_from.data()) && validDateOrEmpty(m_to.data());
  if (!valid) {
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, errorColour());
    ImGui::TextUnformatted("Dates are written YYYY-MM-DD.");
    ImGui::PopStyleColor();
    return;
  }
  const bool reversed = m_from[0] != '\0' && m_to[0] != '\0' &&
                        *core::parseIsoDate(m_from.data()) > *core::parseIsoDate(m_to.data());
  if (reversed) {
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, errorColour());
    ImGui::TextUnformatted("The start date is after the end date.");
    ImGui::PopStyleColor();
    return;
  }
  if (commit && (route.from != m_from.data() || route.to != m_to.data())) {
    core::Route next = route;
    next.from = m_from.data();
    next.to = m_to.data();
    navigate(std::move(next), intents);
  }
}

// The whole history (default) or one page at a time from the server.
void FilterBarView::drawLoading(const core::AppState& state, IntentSink& intents) {
  const core::Route& route = state.route;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Show");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(em(9));
  const char* kWhole = "Every page";
  const char* kPages = "One page at a time";
  const ImGuiID comboId = ImGui::GetID("##loading");
  const bool open = ImGui::BeginCombo("##loading", route.serverPages ? kPages : kWhole);
  ItemRegistry::labelItem(comboId, "Show");
  if (ImGui::IsItemHovered()) {
    ImGui::SetTooltip(
        "Every page: loads the whole filtered history in the background, for instant search, "
        "sorting, grouping and totals. One page at a time: asks the server for each page.");
  }
  if (!open) return;
  for (const bool pages : {false, true}) {
    if (ImGui::Selectable(pages ? kPages : kWhole, route.serverPages == pages) &&
        route.serverPages != pages) {
      core::Route next = route;
      next.serverPages = pages;
      navigate(std::move(next), intents);
    }
  }
  ImGui::EndCombo();
}

void FilterBarView::drawStatus(const core::Route& route, IntentSink& intents) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Status");
  ImGui::SameLine();
  if (choiceButton("All statuses", route.status.empty()) && !route.status.empty()) {
    core::Route next = route;
    next.status.clear();
    navigate(std::move(next), intents);
  }
  for (std::string_view status : kStatuses) {
    const std::string label(statusLabel(status));
    sameLineIfFits(buttonWidth(label.c_str()), em(0.25f));
    if (choiceButton(label.c_str(), route.status == status) && route.status != status) {
      core::Route next = route;
      next.status = std::string(status);
      navigate(std::move(next), intents);
    }
  }
}

void FilterBarView::drawPageSize(const core::AppState& state, IntentSink& intents) {
  const core::Route& route = state.route;
  const core::Discovery& discovery = state.connection.discovery;
  const int current = core::effectivePerPage(route, discovery);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Per page");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(em(4.5f));
  const std::string preview = std::to_string(current);
  const ImGuiID comboId = ImGui::GetID("##per_page");
  const bool open = ImGui::BeginCombo("##per_page", preview.c_str());
  ItemRegistry::labelItem(comboId, "Per page");
  if (!open) return;
  for (int size : kPageSizes) {
    if (discovery.maxPerPage > 0 && size > discovery.maxPerPage) continue;
    const std::string label = std::to_string(size);
    if (ImGui::Selectable(label.c_str(), size == current) && size != current) {
      core::Route next = route;
      next.perPage = size;
      navigate(std::move(next), intents);
    }
  }
  ImGui::EndCombo();
}

void FilterBarView::drawSummary(const core::Route& route, IntentSink& intents) {
  std::string summary;
  auto add = [&summary](std::string_view part) {
    if (!summary.empty()) summary += " · ";
    summary += part;
  };
  if (route.period == core::DatePreset::Custom) {
    if (!route.from.empty() && !route.to.empty()) {
      add(route.from + " to " + route.to);
    } else if (!route.from.empty()) {
      add("from " + route.from);
    } else if (!route.to.empty()) {
      add("until " + route.to);
    }
  } else if (route.period != core::DatePreset::All) {
    add(core::presetLabel(route.period));
  }
  if (!route.status.empty()) add(statusLabel(route.status));
  if (summary.empty()) return;
  ImGui::AlignTextToFramePadding();
  textMutedRaw("Filtered: " + summary);
  ImGui::SameLine();
  if (smallIconButton(icons::kClose, "Clear filters")) {
    core::Route next = route;
    next.period = core::DatePreset::All;
    next.from.clear();
    next.to.clear();
    next.status.clear();
    navigate(std::move(next), intents);
  }
}

}  // namespace fiche::ui
