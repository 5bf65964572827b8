// ui: interventions table and pager.
#include "ui/views/list_view.hpp"

#include <algorithm>
#include <optional>

#include "core/app/list_query.hpp"
#include "core/app/view_options.hpp"
#include "core/util/duration.hpp"
#include "imgui.h"
#include "imgui_internal.h"  // TableSetColumnSortDirection: the sort shown follows the route
#include "ui/icons.hpp"
#include "ui/item_registry.hpp"
#include "ui/list_keys.hpp"
#include "ui/load_trouble.hpp"
#include "ui/theme.hpp"
#include "ui/user_message.hpp"
#include "ui/widgets.hpp"

namespace fiche::ui {
namespace {

enum Column { kRef, kDate, kDuration, kStatus, kColumnCount };

struct ShownSort {
  int column = kDate;
  bool descending = true;
  bool operator==(const ShownSort&) const = default;
};

// The order the rows are in, as the headers must show it.
ShownSort shownSort(const core::AppState& state) {
  std::optional<core::ClientSort> sort = state.list.store.clientSort();
  if (!sort) sort = core::parseClientSort(core::effectiveServerSort(state.route));
  if (!sort) return {};
  return {.column = static_cast<int>(sort->column), .descending = sort->descending};
}

// Ref and date are sorted by the server across all pages; duration and status only here, over
// the rows of the page (the server cannot sort by them).
core::Route routeSortedBy(const core::AppState& state, ShownSort sort) {
  core::Route next = state.route;
  const char* direction = sort.descending ? "_desc" : "_asc";
  if ((sort.column == kRef || sort.column == kDate) && !state.list.serverSortUnsupported) {
    const std::string serverSort = (sort.column == kRef ? "ref" : "date") + std::string(direction);
    if (serverSort != core::effectiveServerSort(next)) next.page = 1;
    next.sort = serverSort == "date_desc" ? "" : serverSort;
    next.clientSort.clear();
  } else {
    constexpr std::array<const char*, kColumnCount> kNames = {"ref", "date", "duration", "status"};
    next.clientSort = kNames[static_cast<std::size_t>(sort.column)] + std::string(direction);
  }
  return next;
}

core::Route routeOpening(const core::Route& route, const std::string& id) {
  core::Route next = route;
  next.openId = id;
  return next;
}

// True when the row was clicked.
bool drawRow(const core::InterventionSummary& item, bool selected, float rowHeight,
             IntentSink& intents, const core::Route& route) {
  ImGui::PushID(item.id.data(), item.id.data() + item.id.size());
  ImGui::TableNextRow(ImGuiTableRowFlags_None, rowHeight);
  ImGui::TableNextColumn();
  const bool clicked = ImGui::Selectable("##row", selected, ImGuiSelectableFlags_SpanAllColumns,
                                         ImVec2(0.0f, rowHeight));
  if (clicked && item.id != route.openId) {
    intents.emit(core::NavigateIntent{routeOpening(route, item.id)});
  }
  ItemRegistry::labelLastItem(item.ref);
  ImGui::SameLine();
  textRaw(item.ref);
  ImGui::TableNextColumn();
  textRaw(item.date);
  ImGui::TableNextColumn();
  textRaw(core::formatDuration(item.durationSeconds, core::durationFormatOf(route)));
  ImGui::TableNextColumn();
  statusChip(item.status);
  ImGui::PopID();
  return clicked;
}

// The pager's texts, and how many lines it takes in a window `width` wide (it wraps like
// sameLineIfFits does), so the table can leave exactly that room.
struct PagerText {
  std::string where;
  std::string total;
};

PagerText pagerText(const core::AppState& state) {
  const core::ListState& list = state.list;
  const core::Pagination& pagination = list.pagination;
  PagerText text{.where = "Page " + std::to_string(std::max(state.route.page, 1))};
  if (list.hasPagination && pagination.totalPages >= 0) {
    text.where += " of " + std::to_string(std::max(pagination.totalPages, 1));
  }
  if (list.hasPagination && pagination.totalItems >= 0) {
    text.where += " · " + std::to_string(pagination.totalItems) +
                  (pagination.totalItems == 1 ? " intervention" : " interventions");
  }
  text.total = "Total shown: " + core::formatDuration(list.store.totalDurationSeconds(),
                                                      core::durationFormatOf(state.route));
  return text;
}

int pagerLines(const PagerText& text, float width) {
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float first = iconButtonWidth(icons::kFirstPage, "First") + em(0.25f) +
                      iconButtonWidth(icons::kChevronLeft, "Previous") + gap +
                      ImGui::CalcTextSize(text.where.c_str()).x;
  const float next = iconButtonWidth(icons::kChevronRight, "Next") + em(0.25f) +
                     iconButtonWidth(icons::kLastPage, "Last");
  const float total = ImGui::CalcTextSize(text.total.c_str()).x;
  int lines = 1;
  float used = first;
  if (used + gap + next <= width) {
    used += gap + next;
  } else {
    ++lines;
    used = next;
  }
  if (used + em(1.5f) + total > width) ++lines;
  return lines;
}

}  // namespace

void ListView::draw(const core::AppState& state, bool keyboard, IntentSink& intents) {
  const core::ListState& list = state.list;
  if (state.route.openId != m_openId) {
    // Opened elsewhere (a click, Back/Forward): the keyboard continues from there. Closing
    // leaves the cursor on the row that was open.
    m_openId = state.route.openId;
    if (!m_openId.empty()) m_cursorId = m_openId;
  }
  if (keyboard) handleKeys(state, intents);
  drawStatusLine(state, intents);
  if (list.store.empty()) {
    // A background refresh of an empty list must not flash "Loading".
    const bool shownEmpty = list.status == core::LoadStatus::Ok ||
                            (list.background && list.lastSuccess && list.shownQuery == list.query);
    if (shownEmpty) {
      ImGui::TextUnformatted("No interventions match these filters.");
    } else if ((list.status == core::LoadStatus::Pending && !list.retry) ||
               list.status == core::LoadStatus::Idle) {
      ImGui::TextDisabled("Loading interventions…");
    }
    return;
  }
  drawTable(state, intents);
  drawPager(state, intents);
}

void ListView::drawStatusLine(const core::AppState& state, IntentSink& intents) {
  const core::ListState& list = state.list;
  drawListTrouble(state, intents);
  if (list.serverSortUnsupported) {
    ImGui::TextDisabled("This server cannot sort: each page is sorted here, on its own.");
  } else if (list.store.clientSort()) {
    const bool byDuration = list.store.clientSort()->column == core::SortColumn::Duration;
    ImGui::TextDisabled(byDuration ? "Sorted by duration within this page only."
                                   : "Sorted by status within this page only.");
  }
}

void ListView::syncSortSpecs(const core::AppState& state, IntentSink& intents) {
  ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
  if (specs == nullptr) return;
  const ShownSort wanted = shownSort(state);
  if (specs->SpecsDirty && specs->SpecsCount > 0 && m_headersShown) {
    const ImGuiTableColumnSortSpecs& first = specs->Specs[0];
    const ShownSort chosen{.column = first.ColumnIndex,
                           .descending = first.SortDirection == ImGuiSortDirection_Descending};
    if (!(chosen == wanted)) intents.emit(core::NavigateIntent{routeSortedBy(state, chosen)});
    specs->SpecsDirty = false;
    return;
  }
  specs->SpecsDirty = false;
  const bool matches =
      specs->SpecsCount == 1 && specs->Specs[0].ColumnIndex == wanted.column &&
      (specs->Specs[0].SortDirection == ImGuiSortDirection_Descending) == wanted.descending;
  if (!matches) {
    ImGui::TableSetColumnSortDirection(
        wanted.column,
        wanted.descending ? ImGuiSortDirection_Descending : ImGuiSortDirection_Ascending, false);
  }
}

void ListView::drawTable(const core::AppState& state, IntentSink& intents) {
  const core::ListState& list = state.list;
  // Old rows stay readable while the next ones load, dimmed so nobody acts on them; rows that
  // failed to update stay dimmed a little. A background refresh changes nothing on screen.
  const bool loading = list.status == core::LoadStatus::Pending && !list.background;
  const bool dim = loading || core::isStale(list);
  if (dim) {
    ImGui::PushStyleVar(ImGuiStyleVar_Alpha, ImGui::GetStyle().Alpha * (loading ? 0.5f : 0.7f));
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp |
                                ImGuiTableFlags_Sortable;
  const int lines = pagerLines(pagerText(state), ImGui::GetContentRegionAvail().x);
  const float pagerHeight = static_cast<float>(lines) * ImGui::GetFrameHeightWithSpacing() +
                            ImGui::GetStyle().ItemSpacing.y;
  if (ImGui::BeginTable("interventions", kColumnCount, flags, ImVec2(0.0f, -pagerHeight))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Ref", ImGuiTableColumnFlags_WidthStretch, 2.0f, kRef);
    ImGui::TableSetupColumn("Date", ImGuiTableColumnFlags_WidthStretch, 1.5f, kDate);
    ImGui::TableSetupColumn("Duration", ImGuiTableColumnFlags_WidthStretch, 1.0f, kDuration);
    ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthStretch, 1.5f, kStatus);
    syncSortSpecs(state, intents);
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int column = 0; column < kColumnCount; ++column) {
      ImGui::TableSetColumnIndex(column);
      ImGui::TableHeader(ImGui::TableGetColumnName(column));
      ItemRegistry::labelLastItem(ImGui::TableGetColumnName(column));  // headers report none
      if ((column == kDuration || column == kStatus) && ImGui::IsItemHovered()) {
        ImGui::SetTooltip("Sorts the rows of this page only: the server cannot sort by %s.",
                          column == kDuration ? "duration" : "status");
      }
    }
    m_headersShown = true;

    const float rowHeight = ImGui::GetTextLineHeight() + em(0.16f);
    const std::optional<std::size_t> cursor = list.store.displayIndexOf(m_cursorId);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(list.store.size()),
                  rowHeight + ImGui::GetStyle().CellPadding.y * 2);
    if (m_scrollToCursor && cursor) clipper.IncludeItemByIndex(static_cast<int>(*cursor));
    while (clipper.Step()) {
      for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
        const core::InterventionSummary& item = list.store.at(static_cast<std::size_t>(row));
        const bool selected = item.id == state.route.openId || item.id == m_cursorId;
        if (drawRow(item, selected, rowHeight, intents, state.route)) m_cursorId = item.id;
        if (m_scrollToCursor && cursor && static_cast<std::size_t>(row) == *cursor) {
          ImGui::SetScrollHereY(0.5f);
          m_scrollToCursor = false;
        }
      }
    }
    ImGui::EndTable();
  }
  if (dim) ImGui::PopStyleVar();
}

void ListView::handleKeys(const core::AppState& state, IntentSink& intents) {
  const core::ListStore& store = state.list.store;
  if (ImGui::IsKeyPressed(ImGuiKey_Escape, false) && !state.route.openId.empty()) {
    intents.emit(core::NavigateIntent{routeOpening(state.route, "")});
    return;
  }
  if (store.empty()) return;
  const std::optional<std::size_t> current = store.displayIndexOf(
      m_cursorId.empty() ? std::string_view(state.route.openId) : std::string_view(m_cursorId));
  if ((ImGui::IsKeyPressed(ImGuiKey_Enter, false) ||
       ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false)) &&
      current) {
    const std::string& id = store.at(*current).id;
    if (id != state.route.openId) intents.emit(core::NavigateIntent{routeOpening(state.route, id)});
    return;
  }
  const std::optional<std::size_t> target = cursorMoveTarget(current, store.size());
  if (!target) return;
  m_cursorId = store.at(*target).id;
  m_scrollToCursor = true;
}

void ListView::drawPager(const core::AppState& state, IntentSink& intents) {
  const core::ListState& list = state.list;
  const core::Pagination& pagination = list.pagination;
  const int page = std::max(state.route.page, 1);
  const int perPage = core::effectivePerPage(state.route, state.connection.discovery);
  const bool knowsLast = list.hasPagination && pagination.totalPages >= 0;
  // Without a page count, a full page suggests there is another one (SPEC §15.3).
  const bool hasNext =
      knowsLast ? page < pagination.totalPages : static_cast<int>(list.store.size()) >= perPage;
  auto goTo = [&](int target) {
    core::Route next = state.route;
    next.page = target;
    intents.emit(core::NavigateIntent{std::move(next)});
  };
  ImGui::BeginDisabled(page <= 1);
  if (iconButton(icons::kFirstPage, "First")) goTo(1);
  ImGui::SameLine(0.0f, em(0.25f));
  if (iconButton(icons::kChevronLeft, "Previous")) goTo(page - 1);
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  const PagerText text = pagerText(state);
  textRaw(text.where);
  sameLineIfFits(iconButtonWidth(icons::kChevronRight, "Next") +
                 iconButtonWidth(icons::kLastPage, "Last") + em(0.25f));
  ImGui::BeginDisabled(!hasNext);
  if (iconButton(icons::kChevronRight, "Next")) goTo(page + 1);
  ImGui::EndDisabled();
  ImGui::SameLine(0.0f, em(0.25f));
  ImGui::BeginDisabled(!knowsLast || page >= pagination.totalPages);
  if (iconButton(icons::kLastPage, "Last")) goTo(pagination.totalPages);
  ImGui::EndDisabled();
  sameLineIfFits(ImGui::CalcTextSize(text.total.c_str()).x, em(1.5f));
  ImGui::AlignTextToFramePadding();
  textMutedRaw(text.total);
}

}  // namespace fiche::ui
