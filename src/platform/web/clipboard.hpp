// platform/web: ImGui's clipboard on the system clipboard (navigator.clipboard, copy/paste events).
#pragma once

namespace fiche::web {

// Points ImGui's clipboard functions of the current context at the system clipboard and
// listens for the document's paste events. Copy (ImGui::SetClipboardText, Ctrl+C/X in a text
// field) writes with navigator.clipboard.writeText, falling back to a copy event. Paste never
// reads the clipboard by itself (that would need a permission prompt): the browser's paste
// event hands the text over, either to ImGui's own Ctrl+V (which runs on the next frame) or,
// for a paste without the shortcut (context menu, phone), straight into the active field.
// `onPaste` runs after each paste so the frame loop wakes.
void installClipboard(void (*onPaste)());

// Input code reports each key press: a Ctrl/Cmd+V press means ImGui will paste by itself.
void clipboardNoteKeyDown(bool pasteShortcut);

}  // namespace fiche::web
