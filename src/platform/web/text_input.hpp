// platform/web: text entry through a hidden <input>, so phones show their keyboard and IMEs,
// dead keys and insertText work.
#pragma once

namespace fiche::web {

// Creates the hidden field (once) and routes what it receives into the current ImGui
// context: committed text (typing, IME composition end, dictation, insertText) as
// characters, and the editing keys that virtual keyboards send without a usable keydown
// (Backspace, Delete, Enter). The field's value is emptied after every event: ImGui owns
// the text. `onText` runs after each event so the frame loop wakes.
void installTextInput(void (*onText)());

// Called after every frame: focuses the hidden field while ImGui edits text (the phone
// keyboard opens) and gives focus back to the canvas when it stops.
void syncTextInputFocus(bool imguiWantsText);

// True while the hidden field has the keyboard focus.
bool textInputFocused();

}  // namespace fiche::web
