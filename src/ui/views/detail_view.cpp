// ui: intervention detail.
#include "ui/views/detail_view.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "core/app/view_options.hpp"
#include "core/util/duration.hpp"
#include "imgui.h"
#include "ui/icons.hpp"
#include "ui/item_registry.hpp"
#include "ui/load_trouble.hpp"
#include "ui/theme.hpp"
#include "ui/user_message.hpp"
#include "ui/widgets.hpp"

namespace fiche::ui {
namespace {

core::Route routeClosing(const core::Route& route) {
  core::Route next = route;
  next.openId.clear();
  return next;
}

// Timestamps arrive as ISO 8601 ("2024-05-03T14:20:00Z"); shown as "2024-05-03 14:20 UTC".
std::string readableTimestamp(const std::string& iso) {
  if (iso.size() >= 16 && iso[10] == 'T') {
    std::string shown = iso.substr(0, 10) + " " + iso.substr(11, 5);
    if (iso.back() == 'Z') shown += " UTC";
    return shown;
  }
  return iso;
}

void fieldRow(const char* label, std::string_view value) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextDisabled("%s", label);
  ImGui::TableNextColumn();
  if (value.empty()) {
    ImGui::TextDisabled("—");
  } else {
    textWrappedRaw(value);
  }
}

void drawFields(const core::Intervention& intervention, const core::DurationFormat& format) {
  if (!ImGui::BeginTable("fields", 2, ImGuiTableFlags_SizingStretchProp)) return;
  ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, em(8));
  ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
  fieldRow("Customer ref", intervention.customerRef);
  fieldRow("Date", intervention.dateIntervention);
  fieldRow("Start", readableTimestamp(intervention.dateStart));
  fieldRow("End", readableTimestamp(intervention.dateEnd));
  fieldRow("Duration", core::formatDuration(intervention.durationSeconds, format));
  fieldRow("Contract", intervention.contractRef);
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextDisabled("Status");
  ImGui::TableNextColumn();
  statusChip(intervention.status);
  fieldRow("Validated", readableTimestamp(intervention.validatedAt));
  fieldRow("Created", readableTimestamp(intervention.createdAt));
  fieldRow("Updated", readableTimestamp(intervention.updatedAt));
  ImGui::EndTable();
}

void drawText(const char* title, const std::string& text) {
  ImGui::SeparatorText(title);
  if (text.empty()) {
    ImGui::TextDisabled("None.");
  } else {
    textWrappedRaw(text);
  }
}

std::int64_t sumOfLines(const core::Intervention& intervention) {
  std::int64_t sum = 0;
  for (const core::InterventionLine& line : intervention.lines) {
    if (__builtin_add_overflow(sum, line.durationSeconds, &sum)) return INT64_MAX;
  }
  return sum;
}

void drawLinesTable(const core::Intervention& intervention, const core::DurationFormat& format) {
  const ImGuiTableFlags flags =
      ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("lines", 5, flags)) return;
  ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, em(1.5f));
  ImGui::TableSetupColumn("Date", ImGuiTableColumnFlags_WidthFixed, em(6));
  ImGui::TableSetupColumn("Description", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("Duration", ImGuiTableColumnFlags_WidthFixed, em(4));
  ImGui::TableSetupColumn("Product", ImGuiTableColumnFlags_WidthFixed, em(6));
  ImGui::TableHeadersRow();
  for (const core::InterventionLine& line : intervention.lines) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::Text("%d", line.position);
    ImGui::TableNextColumn();
    textRaw(line.date);
    ImGui::TableNextColumn();
    textWrappedRaw(line.description);
    ImGui::TableNextColumn();
    textRaw(core::formatDuration(line.durationSeconds, format));
    ImGui::TableNextColumn();
    textRaw(line.productRef);
  }
  ImGui::EndTable();
}

// On a phone five columns leave the description no room: one block per line instead.
void drawLinesStacked(const core::Intervention& intervention, const core::DurationFormat& format) {
  for (const core::InterventionLine& line : intervention.lines) {
    std::string heading = std::to_string(line.position) + " · " + line.date + " · " +
                          core::formatDuration(line.durationSeconds, format);
    if (!line.productRef.empty()) heading += " · " + line.productRef;
    textMutedRaw(heading);
    textWrappedRaw(line.description);
    ImGui::Spacing();
  }
}

void drawLines(const core::Intervention& intervention, const core::DurationFormat& format) {
  ImGui::SeparatorText("Tasks");
  if (intervention.lines.empty()) {
    ImGui::TextDisabled("No lines.");
    return;
  }
  if (ImGui::GetContentRegionAvail().x < em(30)) {
    drawLinesStacked(intervention, format);
  } else {
    drawLinesTable(intervention, format);
  }
  const std::int64_t sum = sumOfLines(intervention);
  textRaw("Sum of lines: " + core::formatDuration(sum, format));
  if (sum != intervention.durationSeconds) {
    ImGui::SameLine();
    textMutedRaw("· the intervention says " +
                 core::formatDuration(intervention.durationSeconds, format));
  }
}

std::string progressText(const core::DownloadState& download) {
  constexpr double kKiB = 1024.0;
  char text[64];
  if (download.bytesTotal > 0) {
    std::snprintf(text, sizeof text, "%.0f of %.0f KB", download.bytesReceived / kKiB,
                  static_cast<double>(download.bytesTotal) / kKiB);
  } else {
    std::snprintf(text, sizeof text, "%.0f KB", download.bytesReceived / kKiB);
  }
  return text;
}

}  // namespace

void DetailView::draw(const core::AppState& state, bool replacesList, IntentSink& intents) {
  const core::DetailState& detail = state.detail;
  drawHeader(state, replacesList, intents);
  const bool failed = detail.status == core::LoadStatus::Failed;
  drawLoadTrouble(state,
                  {.subject = Subject::Detail,
                   .error = failed ? detail.error : std::nullopt,
                   .retry = detail.retry,
                   .failed = failed},
                  intents);
  if (failed && detail.error) {
    // After a transient failure the intervention received before is still worth reading;
    // after a 404 or 403 it is not (it is gone, or no longer this token's to see).
    if (detail.intervention.id.empty() || !isRetryable(*detail.error)) return;
    textMutedRaw("Showing this intervention as it was received before.");
  }
  if (detail.intervention.id.empty()) {
    ImGui::TextDisabled("Loading…");
    return;
  }
  drawDocuments(state, intents);
  const core::DurationFormat format = core::durationFormatOf(state.route);
  drawFields(detail.intervention, format);
  drawText("Description", detail.intervention.description);
  drawText("Public note", detail.intervention.publicNote);
  drawLines(detail.intervention, format);
}

void DetailView::drawHeader(const core::AppState& state, bool replacesList, IntentSink& intents) {
  const core::DetailState& detail = state.detail;
  const bool closed =
      replacesList ? iconButton(icons::kBack, "Back") : iconButton(icons::kClose, "Close");
  if (closed) {
    intents.emit(core::NavigateIntent{routeClosing(state.route)});
  }
  const std::string& ref = detail.intervention.ref;
  if (ref.empty()) return;
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  textRaw(ref);
  const bool copied = m_copiedRef == ref;
  const std::string copyLabel = std::string(copied ? icons::kCheck : icons::kCopy) +
                                (copied ? " Copied" : " Copy ref") + "###copy";
  // A ref as wide as the window (cut with "…") leaves the button the next line.
  sameLineIfFits(buttonWidth(copyLabel.c_str()));
  if (ImGui::SmallButton(copyLabel.c_str())) {
    ImGui::SetClipboardText(ref.c_str());
    m_copiedRef = ref;
  }
  ItemRegistry::labelLastItem("Copy ref");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Copy the reference to the clipboard");
  if (detail.status == core::LoadStatus::Pending) {
    ImGui::SameLine();
    ImGui::TextDisabled("Updating…");
  }
}

void DetailView::drawDocuments(const core::AppState& state, IntentSink& intents) {
  const core::Intervention& intervention = state.detail.intervention;
  auto request = [&](core::DocumentAction action) {
    intents.emit(
        core::DocumentIntent{.id = intervention.id, .ref = intervention.ref, .action = action});
  };
  if (iconButton(icons::kDownload, "Download PDF")) request(core::DocumentAction::Save);
  ImGui::SameLine();
  if (iconButton(icons::kExternalLink, "Open PDF")) request(core::DocumentAction::Open);

  // The latest attempt for this intervention says how it went.
  auto latest = std::find_if(state.downloads.rbegin(), state.downloads.rend(),
                             [&](const core::DownloadState& d) { return d.id == intervention.id; });
  if (latest == state.downloads.rend()) return;
  const core::DownloadState& download = *latest;
  switch (download.status) {
    case core::LoadStatus::Pending: {
      // Without a known size the bar stays empty and the text counts what arrived.
      const float fraction = download.bytesTotal > 0 ? static_cast<float>(download.bytesReceived) /
                                                           static_cast<float>(download.bytesTotal)
                                                     : 0.0f;
      ImGui::ProgressBar(fraction, ImVec2(em(14), 0.0f), progressText(download).c_str());
      break;
    }
    case core::LoadStatus::Ok:
      if (download.openBlocked) {
        textMutedRaw("The browser blocked the new tab; the PDF was downloaded instead: " +
                     download.fileName);
      } else {
        textMutedRaw((download.action == core::DocumentAction::Open ? "Opened " : "Downloaded ") +
                     download.fileName);
      }
      break;
    case core::LoadStatus::Failed:
      if (download.error) {
        errorMessage(userMessage(*download.error, Subject::Document, state.connection.crossOrigin),
                     *download.error);
      }
      break;
    case core::LoadStatus::Idle:
      break;
  }
}

}  // namespace fiche::ui
