// ui: small drawing helpers shared by the views.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/util/result.hpp"

namespace fiche::ui {

// Server text is drawn as given, never as a format string, and cannot change the layout; the
// text itself (in the state) is never changed, only what is drawn of it.

// One line of text. Line breaks and other control characters (C0, DEL) show as U+FFFD instead
// of acting; text wider than the room left on the line (or longer than kMaxLineBytes) is cut
// on a character boundary and ends with "…".
void textRaw(std::string_view text);
// Text wrapped at the window's (or table column's) edge; its line breaks count. Past
// kMaxWrappedBytes the rest is not drawn: a muted line says how many characters are left out.
void textWrappedRaw(std::string_view text);
// textRaw in the secondary (disabled) text colour.
void textMutedRaw(std::string_view text);

// Bounds of what is drawn of one text per frame. A line this long is wider than any screen;
// a wrapped text this long fills dozens of screens (10,000-character lines fit whole).
inline constexpr std::size_t kMaxLineBytes = 2048;
inline constexpr std::size_t kMaxWrappedBytes = 64 * 1024;

// What textRaw draws of `text` in `maxWidth` (see there): `text` itself when it fits as it is,
// else a view of `buffer`.
std::string_view oneLine(std::string_view text, float maxWidth, std::string& buffer);

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
// The icon (ui/icons.hpp) beside a status's word; nullptr for statuses Fiche does not know.
const char* statusIcon(std::string_view status);

// An error the user must see: our sentence in the error colour, then the server's own
// message (untrusted text) when it sent one. Recorded for the test surface.
void errorMessage(std::string_view sentence, const core::Error& error);

}  // namespace fiche::ui
