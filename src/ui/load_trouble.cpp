// ui: trouble lines — errors, automatic retries, recovery, and the buttons to act on them.
#include "ui/load_trouble.hpp"

#include <string>

#include "core/util/time_format.hpp"
#include "imgui.h"
#include "ui/icons.hpp"
#include "ui/item_registry.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace fiche::ui {
namespace {

void noteMuted(const std::string& text) {
  textMutedRaw(text);
  ItemRegistry::noteMessage(text);
}

}  // namespace

bool hasTrouble(const LoadTrouble& trouble) {
  return trouble.retry.has_value() || trouble.recoverAtMs > 0 ||
         ((trouble.failed || trouble.trying) && trouble.error.has_value());
}

void drawLoadTrouble(const core::AppState& state, const LoadTrouble& trouble, IntentSink& intents) {
  if (!hasTrouble(trouble)) return;
  const bool crossOrigin = state.connection.crossOrigin;
  bool keepsTrying = false;
  if (trouble.retry) {
    const core::RetryInfo& retry = *trouble.retry;
    errorMessage(userMessage(retry.lastError, trouble.subject, crossOrigin), retry.lastError);
    const std::string attempt =
        "attempt " + std::to_string(retry.attempt) + " of " + std::to_string(retry.maxAttempts);
    noteMuted(retry.atMs > state.nowMs
                  ? "Retrying in " + core::formatCountdown(retry.atMs, state.nowMs) + " (" +
                        attempt + ")."
                  : "Retrying now (" + attempt + ")…");
    keepsTrying = true;
  } else if (trouble.error) {
    errorMessage(userMessage(*trouble.error, trouble.subject, crossOrigin), *trouble.error);
    if (trouble.recoverAtMs > 0 || trouble.trying) {
      noteMuted(trouble.recoverAtMs > state.nowMs
                    ? "Fiche tries again by itself in " +
                          core::formatCountdown(trouble.recoverAtMs, state.nowMs) + "."
                    : "Trying again…");
      keepsTrying = true;
    }
  }
  if (keepsTrying) {
    if (iconButton(icons::kRefresh, "Retry now")) intents.emit(core::RefreshIntent{});
    ImGui::SameLine();
    if (iconButton(icons::kStop, "Stop")) intents.emit(core::StopLoadingIntent{});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Stop trying; what is on screen stays");
    return;
  }
  // The connection form has its own Connect button; a list is always worth asking again
  // (permissions change on the server); a detail or document only when it may help.
  if (trouble.subject == Subject::Connection || !trouble.failed || !trouble.error) return;
  const bool retryable = trouble.subject == Subject::List || isRetryable(*trouble.error) ||
                         trouble.error->kind == core::ErrorKind::Cancelled;
  if (retryable && iconButton(icons::kRefresh, "Retry")) {
    intents.emit(core::RefreshIntent{});
  }
}

void drawStaleMarker(const core::AppState& state) {
  const core::ListState& list = state.list;
  if (!core::isStale(list) || !list.lastSuccess) return;
  std::string text = std::string(icons::kWarning) +
                     " Not up to date: showing the interventions as of " +
                     core::formatStamp(*list.lastSuccess, state.localNow.date);
  const std::string ago = core::formatAgo(list.lastSuccessMs, state.nowMs);
  text += ago == "just now" ? "." : " (" + ago + " ago).";
  if (!(list.shownQuery == list.query)) text += " They are from before your last change.";
  ImGui::PushStyleColor(ImGuiCol_Text, warningColour());
  textWrappedRaw(text);
  ImGui::PopStyleColor();
  ItemRegistry::noteMessage(text);
}

void drawListTrouble(const core::AppState& state, IntentSink& intents) {
  const core::ListState& list = state.list;
  drawStaleMarker(state);
  drawLoadTrouble(state,
                  {.subject = Subject::List,
                   .error = list.error,
                   .retry = list.retry,
                   .recoverAtMs = list.recoverAtMs,
                   .failed = list.status == core::LoadStatus::Failed,
                   .trying = list.status == core::LoadStatus::Pending && list.background},
                  intents);
}

}  // namespace fiche::ui
