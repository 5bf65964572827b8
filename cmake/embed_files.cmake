# Script mode helper of fiche_embed_files(): DIR (a folder), FILES (paths relative to DIR,
# ';'-separated), OUT (header), SYMBOL. Bytes are written as \x escapes with an explicit
# length, so any file (NUL bytes, invalid UTF-8, CR) arrives exactly as it is on disk.
set(entries "")
foreach(path IN LISTS FILES)
  file(READ "${DIR}/${path}" hex HEX)
  string(LENGTH "${hex}" digits)
  math(EXPR size "${digits} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "\\\\x\\1" escaped "${hex}")
  string(APPEND entries "    {\"${path}\", std::string_view(\"${escaped}\", ${size})},\n")
endforeach()
file(WRITE "${OUT}"
     "// Generated from ${DIR} by cmake/embed_files.cmake; do not edit.\n#pragma once\n\n"
     "#include <string_view>\n\nnamespace fiche::embedded {\n\n"
     "struct ${SYMBOL}Entry {\n  std::string_view path;\n  std::string_view bytes;\n};\n\n"
     "inline constexpr ${SYMBOL}Entry ${SYMBOL}[] = {\n${entries}};\n\n"
     "}  // namespace fiche::embedded\n")
