// ui: Dear ImGui compile-time configuration for every Fiche build (IMGUI_USER_CONFIG).
#pragma once

// No obsolete API, and no file I/O: settings go through memory (localStorage on the web).
#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS
#define IMGUI_DISABLE_OBSOLETE_KEYIO
#define IMGUI_DISABLE_FILE_FUNCTIONS

// WebGL2 has no glDrawElementsBaseVertex, so large lists need 32-bit indices.
#define ImDrawIdx unsigned int

// Item hooks: the UI records each frame's widgets (id, label, rectangle) so browser tests
// can click real positions; see ui/item_registry.hpp. The cost is a branch per item.
#define IMGUI_ENABLE_TEST_ENGINE
