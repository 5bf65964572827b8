// platform/web: KeyboardEvent.code → ImGuiKey (physical keys, so shortcuts work on any layout).
#pragma once

#include <string_view>

#include "imgui.h"

namespace fiche::web {

// ImGuiKey_None for codes ImGui has no key for.
ImGuiKey keyFromCode(std::string_view code);

}  // namespace fiche::web
