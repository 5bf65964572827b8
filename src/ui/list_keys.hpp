// ui: the keys that move a list's cursor, shared by the paged list and the whole history.
#pragma once

#include <cstddef>
#include <optional>

namespace fiche::ui {

// Where a navigation key pressed this frame moves the cursor in a list of `count` rows:
// arrows by one row, PgUp/PgDn by ten, Home/End to the ends, clamped to the list; without a
// cursor (`current` empty) any of them starts at the first row. Empty when no such key was
// pressed, or the list is empty.
std::optional<std::size_t> cursorMoveTarget(std::optional<std::size_t> current, std::size_t count);

}  // namespace fiche::ui
