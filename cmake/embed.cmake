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
