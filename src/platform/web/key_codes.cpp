// platform/web: key code table.
#include "platform/web/key_codes.hpp"

#include <array>
#include <utility>

namespace fiche::web {
namespace {

using Entry = std::pair<std::string_view, ImGuiKey>;

constexpr std::array kNamedKeys = {
    Entry{"Tab", ImGuiKey_Tab},
    Entry{"ArrowLeft", ImGuiKey_LeftArrow},
    Entry{"ArrowRight", ImGuiKey_RightArrow},
    Entry{"ArrowUp", ImGuiKey_UpArrow},
    Entry{"ArrowDown", ImGuiKey_DownArrow},
    Entry{"PageUp", ImGuiKey_PageUp},
    Entry{"PageDown", ImGuiKey_PageDown},
    Entry{"Home", ImGuiKey_Home},
    Entry{"End", ImGuiKey_End},
    Entry{"Insert", ImGuiKey_Insert},
    Entry{"Delete", ImGuiKey_Delete},
    Entry{"Backspace", ImGuiKey_Backspace},
    Entry{"Space", ImGuiKey_Space},
    Entry{"Enter", ImGuiKey_Enter},
    Entry{"NumpadEnter", ImGuiKey_KeypadEnter},
    Entry{"Escape", ImGuiKey_Escape},
    Entry{"ControlLeft", ImGuiKey_LeftCtrl},
    Entry{"ControlRight", ImGuiKey_RightCtrl},
    Entry{"ShiftLeft", ImGuiKey_LeftShift},
    Entry{"ShiftRight", ImGuiKey_RightShift},
    Entry{"AltLeft", ImGuiKey_LeftAlt},
    Entry{"AltRight", ImGuiKey_RightAlt},
    Entry{"MetaLeft", ImGuiKey_LeftSuper},
    Entry{"MetaRight", ImGuiKey_RightSuper},
    Entry{"Quote", ImGuiKey_Apostrophe},
    Entry{"Comma", ImGuiKey_Comma},
    Entry{"Minus", ImGuiKey_Minus},
    Entry{"Period", ImGuiKey_Period},
    Entry{"Slash", ImGuiKey_Slash},
    Entry{"Semicolon", ImGuiKey_Semicolon},
    Entry{"Equal", ImGuiKey_Equal},
    Entry{"BracketLeft", ImGuiKey_LeftBracket},
    Entry{"Backslash", ImGuiKey_Backslash},
    Entry{"BracketRight", ImGuiKey_RightBracket},
    Entry{"Backquote", ImGuiKey_GraveAccent},
};

}  // namespace

ImGuiKey keyFromCode(std::string_view code) {
  // "KeyA".."KeyZ", "Digit0".."Digit9", "F1".."F12", "Numpad0".."Numpad9" by arithmetic.
  if (code.size() == 4 && code.substr(0, 3) == "Key" && code[3] >= 'A' && code[3] <= 'Z') {
    return static_cast<ImGuiKey>(ImGuiKey_A + (code[3] - 'A'));
  }
  if (code.size() == 6 && code.substr(0, 5) == "Digit" && code[5] >= '0' && code[5] <= '9') {
    return static_cast<ImGuiKey>(ImGuiKey_0 + (code[5] - '0'));
  }
  if (code.size() == 7 && code.substr(0, 6) == "Numpad" && code[6] >= '0' && code[6] <= '9') {
    return static_cast<ImGuiKey>(ImGuiKey_Keypad0 + (code[6] - '0'));
  }
  if (code.size() >= 2 && code.size() <= 3 && code[0] == 'F') {
    int number = 0;
    for (char c : code.substr(1)) {
      if (c < '0' || c > '9') return ImGuiKey_None;
      number = number * 10 + (c - '0');
    }
    if (number >= 1 && number <= 12) return static_cast<ImGuiKey>(ImGuiKey_F1 + number - 1);
    return ImGuiKey_None;
  }
  for (const auto& [name, key] : kNamedKeys) {
    if (name == code) return key;
  }
  return ImGuiKey_None;
}

}  // namespace fiche::web
