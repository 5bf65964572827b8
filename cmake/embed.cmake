# fiche_embed_text(<target> <header> <symbol> <file>): turns a text file (a shader) into a
# header with `inline constexpr char <symbol>[]`, regenerated when the file changes.
function(fiche_embed_text target header symbol file)
  set(out "${CMAKE_CURRENT_BINARY_DIR}/generated/${header}")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DIN=${file} -DOUT=${out} -DSYMBOL=${symbol}
            -P "${PROJECT_SOURCE_DIR}/cmake/embed_text.cmake"
    DEPENDS "${file}" "${PROJECT_SOURCE_DIR}/cmake/embed_text.cmake"
    COMMENT "Embedding ${file}")
  target_sources(${target} PRIVATE "${out}")
  target_include_directories(${target} PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/generated")
endfunction()

# fiche_embed_files(<target> <header> <symbol> <dir>): every file under <dir>, as
# `fiche::embedded::<symbol>[]` (entries of type <symbol>Entry) of {path relative to dir, bytes}; for test
# fixtures, which the wasm test run (no file system) cannot read from disk. Adding a file
# re-runs CMake (CONFIGURE_DEPENDS); changing one regenerates the header.
function(fiche_embed_files target header symbol dir)
  file(GLOB_RECURSE files CONFIGURE_DEPENDS RELATIVE "${dir}" "${dir}/*")
  list(SORT files)
  list(TRANSFORM files PREPEND "${dir}/" OUTPUT_VARIABLE absolute)
  set(out "${CMAKE_CURRENT_BINARY_DIR}/generated/${header}")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DDIR=${dir} "-DFILES=${files}" -DOUT=${out} -DSYMBOL=${symbol}
            -P "${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake"
    DEPENDS ${absolute} "${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake"
    COMMENT "Embedding the files of ${dir}"
    VERBATIM)
  target_sources(${target} PRIVATE "${out}")
  target_include_directories(${target} PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/generated")
endfunction()
