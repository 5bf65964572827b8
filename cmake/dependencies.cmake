# Third-party code: nlohmann/json (Debian headers), Dear ImGui (Debian source package).

# Emscripten's sysroot hides /usr/include, and adding all of it would drag host headers in:
# expose a folder that holds only a link to nlohmann.
find_path(FICHE_NLOHMANN_INCLUDE nlohmann/json.hpp PATHS /usr/include NO_CMAKE_FIND_ROOT_PATH
          REQUIRED)
set(fiche_json_dir "${CMAKE_BINARY_DIR}/include-json")
file(MAKE_DIRECTORY "${fiche_json_dir}")
file(CREATE_LINK "${FICHE_NLOHMANN_INCLUDE}/nlohmann" "${fiche_json_dir}/nlohmann" SYMBOLIC)
add_library(fiche_json INTERFACE)
target_include_directories(fiche_json SYSTEM INTERFACE "${fiche_json_dir}")

# Dear ImGui core, built with our config header and without its warnings gate. The fuzz build
# has only the core, which must not use it.
if(FICHE_FUZZ)
  return()
endif()
add_library(imgui STATIC
  ${FICHE_IMGUI_DIR}/imgui.cpp
  ${FICHE_IMGUI_DIR}/imgui_draw.cpp
  ${FICHE_IMGUI_DIR}/imgui_tables.cpp
  ${FICHE_IMGUI_DIR}/imgui_widgets.cpp
  $<$<CONFIG:Debug>:${FICHE_IMGUI_DIR}/imgui_demo.cpp>)
target_include_directories(imgui SYSTEM PUBLIC ${FICHE_IMGUI_DIR} ${PROJECT_SOURCE_DIR}/src/ui)
# Releases drop the demo window and ImGui's debug tools (metrics, debug log, ID stack tool):
# nothing in Fiche opens them, and they cost 4 KB of brotli.
target_compile_definitions(imgui PUBLIC IMGUI_USER_CONFIG="imconfig_fiche.h"
                                        $<$<NOT:$<CONFIG:Debug>>:IMGUI_DISABLE_DEMO_WINDOWS>
                                        $<$<NOT:$<CONFIG:Debug>>:IMGUI_DISABLE_DEBUG_TOOLS>)
