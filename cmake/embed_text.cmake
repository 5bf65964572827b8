# Script mode helper of fiche_embed_text(): IN (text file), OUT (header), SYMBOL.
file(READ "${IN}" text)
# A raw string literal keeps the source readable in the header; the delimiter cannot occur
# in GLSL.
file(WRITE "${OUT}" "// Generated from ${IN}; do not edit.\n#pragma once\n"
                    "inline constexpr char ${SYMBOL}[] = R\"fiche_embed(${text})fiche_embed\";\n")
