// ui: drawing helpers.
#include "ui/widgets.hpp"

#include <algorithm>
#include <string>

#include "imgui.h"
#include "ui/icons.hpp"
#include "ui/item_registry.hpp"
#include "ui/theme.hpp"

namespace fiche::ui {

namespace {

constexpr std::string_view kEllipsis = "…";
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

bool isControl(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u < 0x20 || u == 0x7F;
}

// The longest prefix of text of at most maxBytes that does not split a UTF-8 sequence.
std::string_view utf8Prefix(std::string_view text, std::size_t maxBytes) {
  if (text.size() <= maxBytes) return text;
  std::size_t cut = maxBytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut);
}

std::size_t characterCount(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return count;
}

// 983040 -> "983,040".
std::string withThousands(std::size_t n) {
  std::string digits = std::to_string(n);
  for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) {
    digits.insert(static_cast<std::size_t>(at), ",");
  }
  return digits;
}

void unformatted(std::string_view text) {
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
}

}  // namespace

std::string_view oneLine(std::string_view text, float maxWidth, std::string& buffer) {
  std::string_view shown = utf8Prefix(text, kMaxLineBytes);
  const bool cutShort = shown.size() < text.size();
  if (std::find_if(shown.begin(), shown.end(), isControl) != shown.end()) {
    std::string replaced;
    replaced.reserve(shown.size() + 16);
    for (const char c : shown) {
      if (isControl(c)) {
        replaced += kReplacement;
      } else {
        replaced += c;
      }
    }
    buffer = std::move(replaced);
    shown = buffer;
  }
  const char* begin = shown.data();
  const char* end = begin + shown.size();
  if (!cutShort && ImGui::CalcTextSize(begin, end).x <= maxWidth) return shown;
  // Cut where the text and "…" still fit; CalcTextSizeA stops on a character boundary.
  const float room =
      maxWidth - ImGui::CalcTextSize(kEllipsis.data(), kEllipsis.data() + kEllipsis.size()).x;
  const char* fits = begin;
  if (room > 0.0f) {
    ImGui::GetFont()->CalcTextSizeA(ImGui::GetFontSize(), room, 0.0f, begin, end, &fits);
  }
  std::string cut(begin, fits);
  cut += kEllipsis;
  buffer = std::move(cut);
  return buffer;
}

void textRaw(std::string_view text) {
  std::string buffer;
  unformatted(oneLine(text, ImGui::GetContentRegionAvail().x, buffer));
}

void textWrappedRaw(std::string_view text) {
  const std::string_view shown = utf8Prefix(text, kMaxWrappedBytes);
  ImGui::PushTextWrapPos(0.0f);
  unformatted(shown);
  ImGui::PopTextWrapPos();
  if (shown.size() < text.size()) {
    const std::string note =
        "… " + withThousands(characterCount(text.substr(shown.size()))) + " more characters";
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    unformatted(note);
    ImGui::PopStyleColor();
  }
}

void textMutedRaw(std::string_view text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  textRaw(text);
  ImGui::PopStyleColor();
}

void sameLineIfFits(float width, float spacing) {
  const float gap = spacing >= 0.0f ? spacing : ImGui::GetStyle().ItemSpacing.x;
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (ImGui::GetItemRectMax().x + gap + width <= right) ImGui::SameLine(0.0f, gap);
}

float buttonWidth(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

namespace {

std::string iconLabel(const char* icon, const char* text) {
  return std::string(icon) + " " + text + "###" + text;
}

}  // namespace

const char* statusIcon(std::string_view status) {
  if (status == "draft") return icons::kPencil;
  if (status == "validated") return icons::kCheck;
  if (status == "done") return icons::kCheckCircle;
  if (status == "billed") return icons::kEuro;
  return nullptr;
}

bool iconButton(const char* icon, const char* text) {
  const bool pressed = ImGui::Button(iconLabel(icon, text).c_str());
  ItemRegistry::labelLastItem(text);
  return pressed;
}

bool smallIconButton(const char* icon, const char* text) {
  const bool pressed = ImGui::SmallButton(iconLabel(icon, text).c_str());
  ItemRegistry::labelLastItem(text);
  return pressed;
}

float iconButtonWidth(const char* icon, const char* text) {
  return buttonWidth(iconLabel(icon, text).c_str());
}

std::string_view statusLabel(std::string_view status) {
  if (status == "draft") return "Draft";
  if (status == "validated") return "Validated";
  if (status == "done") return "Done";
  if (status == "billed") return "Billed";
  return status;
}

void statusChip(std::string_view status) {
  const char* icon = statusIcon(status);
  const StatusColours colours = statusColours(status);
  const ImVec2 padding(em(0.45f), em(0.08f));
  // An unknown status is server text: one line, no wider than the room left.
  std::string buffer;
  const std::string_view label =
      oneLine(statusLabel(status), ImGui::GetContentRegionAvail().x - 2 * padding.x, buffer);
  const std::string text =
      icon != nullptr ? std::string(icon) + " " + std::string(label) : std::string(label);
  const ImVec2 textSize = ImGui::CalcTextSize(text.data(), text.data() + text.size());
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const ImVec2 size(textSize.x + 2 * padding.x, textSize.y + 2 * padding.y);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), colours.fill, size.y * 0.5f);
  draw->AddText(ImVec2(pos.x + padding.x, pos.y + padding.y), colours.text, text.data(),
                text.data() + text.size());
  ImGui::Dummy(size);
}

void errorMessage(std::string_view sentence, const core::Error& error) {
  ImGui::PushStyleColor(ImGuiCol_Text, errorColour());
  textWrappedRaw(sentence);
  ImGui::PopStyleColor();
  ItemRegistry::noteMessage(sentence);
  if (error.kind == core::ErrorKind::Api && !error.message.empty()) {
    ImGui::TextDisabled("Server says:");
    ImGui::SameLine();
    textWrappedRaw(error.message);
    ItemRegistry::noteMessage(error.message);
  }
}

}  // namespace fiche::ui
