# Compiler settings shared by all of our own targets (not by third-party code).

# Same language rules on every target, native and wasm, so tests see what the browser sees.
add_compile_options(-fno-exceptions -fno-rtti)

add_library(fiche_warnings INTERFACE)
target_compile_options(fiche_warnings INTERFACE
  -Wall -Wextra -Werror -Wformat=2 -Werror=format-security -Wshadow -Wnon-virtual-dtor
  # Designated initialisers that leave defaulted members out are the intended style.
  -Wno-missing-field-initializers)

if(FICHE_SANITIZE AND NOT EMSCRIPTEN)
  # vptr checks need RTTI, which we build without.
  add_compile_options(-fsanitize=address,undefined -fno-sanitize=vptr
                      -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined -fno-sanitize=vptr)
endif()

if(FICHE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang" OR EMSCRIPTEN)
    message(FATAL_ERROR "FICHE_FUZZ needs clang (native); use the fuzz preset")
  endif()
  # Coverage for libFuzzer in everything it explores (the core too); the fuzz targets link
  # libFuzzer's main with -fsanitize=fuzzer. Same sanitizer settings as FICHE_SANITIZE.
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize=vptr
                      -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined -fno-sanitize=vptr)
endif()

if(EMSCRIPTEN)
  # Link-time optimisation lets the size-optimised release drop what no path reaches.
  add_compile_options($<$<CONFIG:MinSizeRel>:-flto>)
  add_link_options($<$<CONFIG:MinSizeRel>:-flto>)
  # Tests run the wasm build under Node; its fetch() cannot load a local .wasm file.
  set(CMAKE_CROSSCOMPILING_EMULATOR node;--no-experimental-fetch)
endif()
