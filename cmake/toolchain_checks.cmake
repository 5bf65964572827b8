# Emscripten 3.1.6 from Debian runs its JS optimiser under the machine's Node.js, which may
# not search Debian's module folder (acorn): give every compile and link that path.
if(EMSCRIPTEN)
  set(fiche_node_env env NODE_PATH=/usr/share/nodejs)
  set(CMAKE_C_COMPILER_LAUNCHER ${fiche_node_env})
  set(CMAKE_CXX_COMPILER_LAUNCHER ${fiche_node_env})
  set(CMAKE_C_LINKER_LAUNCHER ${fiche_node_env})
  set(CMAKE_CXX_LINKER_LAUNCHER ${fiche_node_env})
endif()

if(NOT FICHE_FUZZ AND NOT EXISTS "${FICHE_IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "Dear ImGui sources not found in ${FICHE_IMGUI_DIR}. "
                      "Run tools/setup (it installs them), or set FICHE_IMGUI_DIR.")
endif()
