// platform/web: ImGui's clipboard on the system clipboard.
#pragma once

namespace fiche::web {

// Copy (ImGui::SetClipboardText) writes the system clipboard through navigator.clipboard,
// falling back to a hidden textarea and execCommand("copy") where that API is missing
// (plain-HTTP pages). Reading returns what Fiche copied last.
void installClipboard();

}  // namespace fiche::web
