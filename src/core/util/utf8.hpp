// core/util: UTF-8 validation and repair of untrusted bytes (server bodies, headers).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace fiche::core {

// The replacement character U+FFFD, which stands for bytes that are not UTF-8.
inline constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";

// Length (1 to 4) of the well-formed UTF-8 sequence that starts at text[i], or 0 when none
// does: a stray continuation byte, C0, C1 or F5..FF, an overlong form, a surrogate
// (U+D800..U+DFFF), a code point past U+10FFFF, or a sequence cut short. i < text.size().
std::size_t utf8SequenceLength(std::string_view text, std::size_t i);

// True when every byte of text belongs to a well-formed UTF-8 sequence. Linear; ASCII runs
// are checked eight bytes at a time.
bool isValidUtf8(std::string_view text);

// text with each maximal ill-formed subpart replaced by one U+FFFD (Unicode's "substitution
// of maximal subparts", as browsers decode): "\xE2\x82" (a cut sequence) -> one U+FFFD,
// "\xC0\xAF" (overlong) -> two, "\xED\xA0\x80" (a surrogate) -> three. Valid text is returned
// unchanged. Linear.
std::string repairUtf8(std::string_view text);

}  // namespace fiche::core
