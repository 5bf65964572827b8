// ui: small drawing helpers shared by the views.
#pragma once

#include <string_view>

#include "core/util/result.hpp"

namespace fiche::ui {

// Draws text exactly as given: server text is never a format string.
void textRaw(std::string_view text);
// Same, wrapped at the window's edge.
void textWrappedRaw(std::string_view text);
// Same, in the secondary (disabled) text colour.
void textMutedRaw(std::string_view text);

// The word shown for an OBAPI status: "Draft", "Validated", "Done", "Billed"; unknown
// values as received.
std::string_view statusLabel(std::string_view status);
// Continues the line when an item `width` wide still fits in the window, else starts a new
// line: rows of buttons wrap on phones instead of running off the screen.
void sameLineIfFits(float width, float spacing = -1.0f);
// The width a Button (or SmallButton) with this label takes.
float buttonWidth(const char* label);

// Buttons with an icon (ui/icons.hpp) before their words. The item is named by the words
// alone, for tests and anything else that reads names; its ID too, so it stays put when
// the icon changes.
bool iconButton(const char* icon, const char* text);
bool smallIconButton(const char* icon, const char* text);
float iconButtonWidth(const char* icon, const char* text);

// A coloured chip with the status word inside: colour is never the only cue.
void statusChip(std::string_view status);

// An error the user must see: our sentence in the error colour, then the server's own
// message (untrusted text) when it sent one. Recorded for the test surface.
void errorMessage(std::string_view sentence, const core::Error& error);

}  // namespace fiche::ui
