// ui: the whole history's table, toolbar and totals.
#include "ui/views/history_view.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <optional>

#include "core/app/view_options.hpp"
#include "core/list/totals.hpp"
#include "core/util/duration.hpp"
#include "imgui.h"
#include "imgui_internal.h"  // TableSetColumnSortDirection: the order shown follows the route
#include "ui/icons.hpp"
#include "ui/item_registry.hpp"
#include "ui/list_keys.hpp"
#include "ui/load_trouble.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace fiche::ui {
namespace {

// Column user ids are the core::SortColumn values, so sort specs map one to one.
constexpr int kColumnCount = 6;
constexpr std::array<const char*, kColumnCount> kHeaders = {"Ref",    "Date",     "Duration",
                                                            "Status", "Contract", "Customer ref"};
constexpr int kNarrowColumns = 4;  // ref, date, duration, status

struct GroupChoice {
  const char* label;
  core::GroupBy by;
};
constexpr std::array<GroupChoice, 5> kGroupChoices = {{{"No grouping", core::GroupBy::None},
                                                       {"Month", core::GroupBy::Month},
                                                       {"Week", core::GroupBy::Week},
                                                       {"Status", core::GroupBy::Status},
                                                       {"Contract", core::GroupBy::Contract}}};

struct LensChoice {
  const char* label;
  core::DurationLens lens;
};
constexpr std::array<LensChoice, 3> kLensChoices = {{{"h:mm", core::DurationLens::HoursMinutes},
                                                     {"Hours", core::DurationLens::DecimalHours},
                                                     {"Days", core::DurationLens::Days}}};

// "12,345": figures people read at a glance.
std::string grouped(std::uint64_t value) {
  std::string digits = std::to_string(value);
  for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) {
    digits.insert(static_cast<std::size_t>(at), ",");
  }
  return digits;
}

core::SortSpec shownOrder(const core::AppState& state) {
  core::SortSpec spec = state.list.store.sortSpec();
  // No order chosen: the server's, which is newest first.
  if (spec.empty()) spec = {{.column = core::SortColumn::Date, .descending = true}};
  return spec;
}

void navigate(core::Route next, IntentSink& intents, bool replaceHistory = false) {
  intents.emit(core::NavigateIntent{.route = std::move(next), .replaceHistory = replaceHistory});
}

// True when the row was clicked (the selection intents are emitted here).
bool drawRow(const core::AppState& state, std::size_t displayIndex, float rowHeight,
             const core::DurationFormat& format, int columns, IntentSink& intents) {
  const core::ListStore& store = state.list.store;
  const core::InterventionSummary& item = store.at(displayIndex);
  const core::Intervention* detail = store.detailAt(displayIndex);
  ImGui::PushID(item.id.data(), item.id.data() + item.id.size());
  ImGui::TableNextRow(ImGuiTableRowFlags_None, rowHeight);
  ImGui::TableNextColumn();
  const bool selected = store.isSelectedAt(displayIndex) || item.id == state.route.openId;
  const bool clicked = ImGui::Selectable("##row", selected, ImGuiSelectableFlags_SpanAllColumns,
                                         ImVec2(0.0f, rowHeight));
  ItemRegistry::labelLastItem(item.ref);
  if (clicked) {
    const ImGuiIO& io = ImGui::GetIO();
    const bool ctrl = io.KeyCtrl || io.KeySuper;
    using Action = core::SelectIntent::Action;
    if (io.KeyShift) {
      intents.emit(
          core::SelectIntent{.action = ctrl ? Action::AddRangeTo : Action::RangeTo, .id = item.id});
    } else if (ctrl) {
      intents.emit(core::SelectIntent{.action = Action::Toggle, .id = item.id});
    } else {
      intents.emit(core::SelectIntent{.action = Action::Only, .id = item.id});
      if (item.id != state.route.openId) {
        core::Route next = state.route;
        next.openId = item.id;
        navigate(std::move(next), intents);
      }
    }
  }
  ImGui::SameLine();
  textRaw(item.ref);
  ImGui::TableNextColumn();
  textRaw(item.date);
  ImGui::TableNextColumn();
  textRaw(core::formatDuration(item.durationSeconds, format));
  ImGui::TableNextColumn();
  statusChip(item.status);
  if (columns > kNarrowColumns) {
    ImGui::TableNextColumn();
    if (detail != nullptr) {
      textRaw(detail->contractRef);
    } else {
      ImGui::TextDisabled("…");  // not hydrated yet
    }
    ImGui::TableNextColumn();
    if (detail != nullptr) textRaw(detail->customerRef);
  }
  ImGui::PopID();
  return clicked;
}

void drawGroupRow(const core::RowGroup& group, float rowHeight,
                  const core::DurationFormat& format) {
  ImGui::TableNextRow(ImGuiTableRowFlags_None, rowHeight);
  ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ImGui::GetColorU32(ImGuiCol_TableHeaderBg));
  ImGui::TableNextColumn();
  textRaw(group.label);
  ImGui::SameLine();
  textMutedRaw(grouped(group.totals.count));
  ImGui::TableNextColumn();
  ImGui::TableNextColumn();
  textRaw(core::formatDuration(group.totals.durationSeconds, format));
}

}  // namespace

void HistoryView::draw(const core::AppState& state, bool keyboard, bool narrow,
                       IntentSink& intents) {
  if (state.route.openId != m_openId) {
    // Opened elsewhere (a click, an exact ref typed, Back/Forward): the keyboard continues
    // from there, and the row is brought into view.
    m_openId = state.route.openId;
    if (!m_openId.empty()) {
      m_cursorId = m_openId;
      m_scrollToCursor = true;
    }
  }
  drawToolbar(state, intents);
  drawProgress(state);
  const core::ListState& list = state.list;
  drawListTrouble(state, intents);
  if (keyboard) handleKeys(state, intents);
  if (list.store.loadedCount() == 0) {
    const bool loading = list.status == core::LoadStatus::Pending ||
                         list.status == core::LoadStatus::Idle || list.history.loading;
    if (loading && !list.retry) {
      ImGui::TextDisabled("Loading interventions…");
    } else if (list.status == core::LoadStatus::Ok) {
      ImGui::TextUnformatted("No interventions match these filters.");
    }
    return;
  }
  drawTable(state, narrow, intents);
  drawFooter(state, intents);
}

void HistoryView::drawToolbar(const core::AppState& state, IntentSink& intents) {
  const core::Route& route = state.route;
  if (!m_searchSeeded || route.search != m_searchShown) {
    // Back/Forward, a link or an exact-ref jump changed it: the box follows.
    m_search.fill('\0');
    std::strncpy(m_search.data(), route.search.c_str(), m_search.size() - 1);
    m_searchShown = route.search;
    m_searchSeeded = true;
  }
  ImGui::SetNextItemWidth(em(16));
  const std::string hint = std::string(icons::kSearch) + " Search ref, contract, text…";
  if (ImGui::InputTextWithHint("##search", hint.c_str(), m_search.data(), m_search.size())) {
    core::Route next = route;
    next.search = m_search.data();
    m_searchShown = next.search;
    // Each keystroke is a new view, not a new history entry.
    navigate(std::move(next), intents, /*replaceHistory=*/true);
  }
  ItemRegistry::labelLastItem("Search");
  if (ImGui::IsItemHovered()) {
    ImGui::SetTooltip(
        "Words are all required, in any case and with or without accents. Contracts, "
        "descriptions and task lines are searched once the details are indexed. An exact "
        "ref opens it.");
  }

  const core::GroupBy groupBy = core::parseGroupBy(route.group).value_or(core::GroupBy::None);
  const char* groupLabel = kGroupChoices[0].label;
  for (const GroupChoice& choice : kGroupChoices) {
    if (choice.by == groupBy) groupLabel = choice.label;
  }
  sameLineIfFits(em(9));
  ImGui::SetNextItemWidth(em(9));
  const ImGuiID groupId = ImGui::GetID("##group");
  const bool groupOpen = ImGui::BeginCombo("##group", groupLabel);
  ItemRegistry::labelItem(groupId, "Group by");
  if (groupOpen) {
    for (const GroupChoice& choice : kGroupChoices) {
      if (ImGui::Selectable(choice.label, choice.by == groupBy) && choice.by != groupBy) {
        core::Route next = route;
        next.group = std::string(core::groupByKey(choice.by));
        navigate(std::move(next), intents);
      }
    }
    ImGui::EndCombo();
  }

  const core::DurationFormat format = core::durationFormatOf(route);
  const char* lensLabel = kLensChoices[0].label;
  for (const LensChoice& choice : kLensChoices) {
    if (choice.lens == format.lens) lensLabel = choice.label;
  }
  sameLineIfFits(em(6));
  ImGui::SetNextItemWidth(em(6));
  const ImGuiID lensId = ImGui::GetID("##lens");
  const bool lensOpen = ImGui::BeginCombo("##lens", lensLabel);
  ItemRegistry::labelItem(lensId, "Durations");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("How every duration is shown and copied");
  if (lensOpen) {
    for (const LensChoice& choice : kLensChoices) {
      if (ImGui::Selectable(choice.label, choice.lens == format.lens) &&
          choice.lens != format.lens) {
        core::Route next = route;
        next.lens = std::string(core::lensKey(choice.lens));
        navigate(std::move(next), intents);
      }
    }
    ImGui::EndCombo();
  }
  if (format.lens == core::DurationLens::Days) {
    sameLineIfFits(em(7));
    int hours = format.effectiveHoursPerDay();
    ImGui::SetNextItemWidth(em(5));
    if (ImGui::InputInt("h a day", &hours, 1, 1)) {
      hours = std::clamp(hours, 1, core::kMaxHoursPerDay);
      core::Route next = route;
      next.hoursPerDay = hours == core::kDefaultHoursPerDay ? 0 : hours;
      navigate(std::move(next), intents, /*replaceHistory=*/true);
    }
  }
}

void HistoryView::drawProgress(const core::AppState& state) {
  const core::HistoryState& history = state.list.history;
  const core::LoadProgress& progress = history.progress;
  if (history.loading && state.list.store.loadedCount() > 0) {
    std::string text = "Loading " + grouped(static_cast<std::uint64_t>(progress.itemsLoaded));
    if (progress.itemsTotal >= 0) {
      text += " of " + grouped(static_cast<std::uint64_t>(progress.itemsTotal));
    }
    text += " interventions…";
    const float fraction = progress.itemsTotal > 0 ? static_cast<float>(progress.itemsLoaded) /
                                                         static_cast<float>(progress.itemsTotal)
                                                   : 0.0f;
    ImGui::ProgressBar(std::min(fraction, 1.0f), ImVec2(em(10), em(0.9f)), "");
    ImGui::SameLine();
    textMutedRaw(text);
    ItemRegistry::noteMessage(text);
  } else if (progress.capped) {
    textMutedRaw("Only the first " + grouped(static_cast<std::uint64_t>(progress.itemsLoaded)) +
                 " interventions were loaded: narrow the period to see the others.");
  }
  const core::HydrationProgress& hydration = history.hydration;
  if (hydration.known > 0 && hydration.hydrated + hydration.failed < hydration.known) {
    std::string text =
        "Details indexed: " + grouped(hydration.hydrated) + " of " + grouped(hydration.known);
    if (hydration.failed > 0) text += " (" + grouped(hydration.failed) + " unavailable)";
    if (history.loading && state.list.store.loadedCount() > 0) ImGui::SameLine(0.0f, em(1.0f));
    textMutedRaw(text);
    ItemRegistry::noteMessage(text);
  }
}

void HistoryView::syncSortSpecs(const core::AppState& state, IntentSink& intents) {
  ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
  if (specs == nullptr) return;
  const core::SortSpec wanted = shownOrder(state);
  if (specs->SpecsDirty && specs->SpecsCount > 0 && m_headersShown) {
    // A click (shift-click adds a key): the route takes the order the headers now show.
    core::SortSpec chosen;
    for (int i = 0; i < specs->SpecsCount && chosen.size() < core::kMaxSortKeys; ++i) {
      const ImGuiTableColumnSortSpecs& key = specs->Specs[i];
      chosen.push_back({.column = static_cast<core::SortColumn>(key.ColumnUserID),
                        .descending = key.SortDirection == ImGuiSortDirection_Descending});
    }
    specs->SpecsDirty = false;
    if (chosen != wanted) {
      core::Route next = state.route;
      const bool serverOrder = chosen.size() == 1 && chosen[0].column == core::SortColumn::Date &&
                               chosen[0].descending && !state.list.serverSortUnsupported;
      next.order = serverOrder ? "" : core::formatSortSpec(chosen);
      navigate(std::move(next), intents);
    }
    return;
  }
  specs->SpecsDirty = false;
  bool matches = specs->SpecsCount == static_cast<int>(wanted.size());
  for (int i = 0; matches && i < specs->SpecsCount; ++i) {
    matches =
        specs->Specs[i].ColumnUserID == static_cast<ImGuiID>(wanted[i].column) &&
        (specs->Specs[i].SortDirection == ImGuiSortDirection_Descending) == wanted[i].descending;
  }
  if (matches) return;
  for (std::size_t i = 0; i < wanted.size(); ++i) {
    const int column = static_cast<int>(wanted[i].column);
    if (column >= ImGui::TableGetColumnCount()) continue;  // a column the narrow table lacks
    ImGui::TableSetColumnSortDirection(
        column, wanted[i].descending ? ImGuiSortDirection_Descending : ImGuiSortDirection_Ascending,
        /*append_to_sort_specs=*/i > 0);
  }
}

void HistoryView::drawTable(const core::AppState& state, bool narrow, IntentSink& intents) {
  const core::ListState& list = state.list;
  const core::ListStore& store = list.store;
  const bool loading = list.status == core::LoadStatus::Pending && !list.background;
  const bool dim = loading || core::isStale(list);
  if (dim) {
    ImGui::PushStyleVar(ImGuiStyleVar_Alpha, ImGui::GetStyle().Alpha * (loading ? 0.5f : 0.7f));
  }
  const int columns = narrow ? kNarrowColumns : kColumnCount;
  const ImGuiTableFlags flags =
      ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
      ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_Sortable | ImGuiTableFlags_SortMulti |
      ImGuiTableFlags_Resizable | ImGuiTableFlags_Reorderable | ImGuiTableFlags_Hideable;
  // The footer (totals, selection) stays below the table, always in view.
  const bool selection = store.selectionTotals().count > 0;
  const float footer = ImGui::GetFrameHeightWithSpacing() * (selection ? 2.0f : 1.0f) +
                       ImGui::GetStyle().ItemSpacing.y;
  const char* id = narrow ? "history_narrow" : "history";
  if (ImGui::BeginTable(id, columns, flags, ImVec2(0.0f, -footer))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    constexpr std::array<float, kColumnCount> kWeights = {2.0f, 1.4f, 1.1f, 1.5f, 1.6f, 1.3f};
    for (int column = 0; column < columns; ++column) {
      ImGuiTableColumnFlags columnFlags = ImGuiTableColumnFlags_WidthStretch;
      if (column == 0) columnFlags |= ImGuiTableColumnFlags_NoHide;
      if (column == static_cast<int>(core::SortColumn::CustomerRef)) {
        columnFlags |= ImGuiTableColumnFlags_DefaultHide;
      }
      ImGui::TableSetupColumn(kHeaders[static_cast<std::size_t>(column)], columnFlags,
                              kWeights[static_cast<std::size_t>(column)],
                              static_cast<ImGuiID>(column));
    }
    syncSortSpecs(state, intents);
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int column = 0; column < columns; ++column) {
      if (!ImGui::TableSetColumnIndex(column)) continue;
      ImGui::TableHeader(ImGui::TableGetColumnName(column));
      ItemRegistry::labelLastItem(ImGui::TableGetColumnName(column));
      if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("Click to sort by this column; shift-click to add it as a further key.");
      }
    }
    m_headersShown = true;

    const core::DurationFormat format = core::durationFormatOf(state.route);
    const float rowHeight = ImGui::GetTextLineHeight() + em(0.16f);
    const std::vector<core::DisplayRow>& rows = store.displayRows();
    const std::optional<std::size_t> cursorRow = store.displayRowOf(m_cursorId);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()), rowHeight + ImGui::GetStyle().CellPadding.y * 2);
    if (m_scrollToCursor && cursorRow) clipper.IncludeItemByIndex(static_cast<int>(*cursorRow));
    int first = -1;
    int last = -1;
    while (clipper.Step()) {
      for (int line = clipper.DisplayStart; line < clipper.DisplayEnd; ++line) {
        const core::DisplayRow& row = rows[static_cast<std::size_t>(line)];
        if (row.kind == core::DisplayRow::Kind::GroupHeader) {
          drawGroupRow(store.groups()[row.index], rowHeight, format);
        } else {
          if (first < 0 || static_cast<int>(row.index) < first) first = static_cast<int>(row.index);
          last = std::max(last, static_cast<int>(row.index));
          if (drawRow(state, row.index, rowHeight, format, columns, intents)) {
            m_cursorId = store.at(row.index).id;
          }
        }
        if (m_scrollToCursor && cursorRow && static_cast<std::size_t>(line) == *cursorRow) {
          ImGui::SetScrollHereY(0.5f);
          m_scrollToCursor = false;
        }
      }
    }
    ImGui::EndTable();
    reportVisibleRows(state, first, last, intents);
  }
  if (dim) ImGui::PopStyleVar();
}

void HistoryView::reportVisibleRows(const core::AppState& state, int first, int last,
                                    IntentSink& intents) {
  const core::ListStore& store = state.list.store;
  if (first < 0) return;
  if (first == m_visibleFirst && last == m_visibleLast &&
      store.resultVersion() == m_visibleVersion) {
    return;
  }
  m_visibleFirst = first;
  m_visibleLast = last;
  m_visibleVersion = store.resultVersion();
  core::VisibleRowsIntent visible;
  for (int i = first; i <= last && static_cast<std::size_t>(i) < store.size(); ++i) {
    if (!store.hydrated(store.at(static_cast<std::size_t>(i)).id)) {
      visible.ids.push_back(store.at(static_cast<std::size_t>(i)).id);
    }
  }
  if (!visible.ids.empty()) intents.emit(std::move(visible));
}

void HistoryView::drawFooter(const core::AppState& state, IntentSink& intents) {
  const core::ListStore& store = state.list.store;
  const core::DurationFormat format = core::durationFormatOf(state.route);
  // The whole filtered set, not a page: the number people need ("hours this month").
  std::string total = "Total: " + core::totalsLine(store.totals(), format);
  if (store.size() != store.loadedCount()) {
    total += " (of " + grouped(store.loadedCount()) + " loaded)";
  }
  ImGui::AlignTextToFramePadding();
  textRaw(total);
  ItemRegistry::noteMessage(total);
  const core::Totals selected = store.selectionTotals();
  if (selected.count == 0) return;
  const std::string line = core::totalsLine(selected, format);
  std::string text = "Selected: " + line;
  if (store.selectedHiddenCount() > 0) {
    text += " (" + grouped(store.selectedHiddenCount()) + " hidden by the search)";
  }
  ImGui::AlignTextToFramePadding();
  textRaw(text);
  ItemRegistry::noteMessage(text);
  sameLineIfFits(iconButtonWidth(icons::kCopy, "Copy") + iconButtonWidth(icons::kClose, "Clear"));
  const bool copied = m_copiedLine == line;
  if (iconButton(copied ? icons::kCheck : icons::kCopy, copied ? "Copied" : "Copy")) {
    ImGui::SetClipboardText(line.c_str());
    m_copiedLine = line;
  }
  ImGui::SameLine();
  if (smallIconButton(icons::kClose, "Clear selection")) {
    intents.emit(core::SelectIntent{.action = core::SelectIntent::Action::Clear});
  }
}

void HistoryView::handleKeys(const core::AppState& state, IntentSink& intents) {
  const core::ListStore& store = state.list.store;
  using Action = core::SelectIntent::Action;
  const ImGuiIO& io = ImGui::GetIO();
  if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
    if (!state.route.openId.empty()) {
      core::Route next = state.route;
      next.openId.clear();
      navigate(std::move(next), intents);
    } else if (store.selectionTotals().count > 0) {
      intents.emit(core::SelectIntent{.action = Action::Clear});
    }
    return;
  }
  if (store.empty()) return;
  if ((io.KeyCtrl || io.KeySuper) && ImGui::IsKeyPressed(ImGuiKey_A, false)) {
    intents.emit(core::SelectIntent{.action = Action::AllShown});
    return;
  }
  const std::optional<std::size_t> current = store.displayIndexOf(m_cursorId);
  if ((ImGui::IsKeyPressed(ImGuiKey_Enter, false) ||
       ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false)) &&
      current) {
    const std::string& id = store.at(*current).id;
    if (id != state.route.openId) {
      core::Route next = state.route;
      next.openId = id;
      navigate(std::move(next), intents);
    }
    return;
  }
  if (ImGui::IsKeyPressed(ImGuiKey_Space, false) && current) {
    intents.emit(core::SelectIntent{.action = Action::Toggle, .id = m_cursorId});
    return;
  }
  const std::optional<std::size_t> target = cursorMoveTarget(current, store.size());
  if (!target) return;
  m_cursorId = store.at(*target).id;
  m_scrollToCursor = true;
  intents.emit(
      core::SelectIntent{.action = io.KeyShift ? Action::RangeTo : Action::Only, .id = m_cursorId});
}

}  // namespace fiche::ui
