// core/util: text folded for quick search and exact matching (UTF-8, case, accents).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace fiche::core {

// Folding rules shared by both functions below, per code point of the UTF-8 input:
// - ASCII letters are lower-cased; Latin-1 Supplement and Latin Extended-A letters lose their
//   accents and case (É -> e, Ç -> c, ø -> o, ł -> l), ligatures and sharp s expand
//   (Æ -> ae, Œ -> oe, ß -> ss, Ĳ -> ij, Þ -> th);
// - combining marks (U+0300..U+036F) are dropped, so a decomposed "e" + U+0301 folds to "e";
// - letters of other scripts (Greek, Cyrillic, CJK, Latin Extended-B, ...) are kept as they
//   are, unfolded.
// Invalid UTF-8 (stray continuation bytes, truncated or overlong sequences, surrogates, code
// points past U+10FFFF) never stops the scan: each bad byte counts as one break character.

// For quick search: letters and digits form words; everything else (spaces, punctuation,
// symbols, dashes, quotes, invalid bytes) is a word break. Returns the words joined by single
// spaces, without leading or trailing space: "  Dépannage — L’ÉLECTRIQUE " -> "depannage l
// electrique".
std::string foldForSearch(std::string_view text);

// The words of a search query, folded as above ("FI2405-0002" -> {"fi2405", "0002"}).
std::vector<std::string> searchWords(std::string_view query);

// For exact matching (refs): leading and trailing blanks (ASCII white space, no-break spaces)
// are trimmed and letters are folded as above, but every other character is kept as it is, so
// " fi2405-0002 " and "FI2405-0002" fold alike and "FI2405-0002" differs from "FI2405 0002".
std::string foldForExactMatch(std::string_view text);

}  // namespace fiche::core
