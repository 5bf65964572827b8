// core/util: UTF-8 well-formedness (Unicode table 3-7) and U+FFFD substitution.
#include "core/util/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace fiche::core {
namespace {

struct Sequence {
  std::size_t length;  // bytes consumed: the whole sequence, or the ill-formed subpart
  bool valid;
};

// At text[i]: a well-formed sequence, or the longest prefix of one that is still possible
// (at least one byte) when it is ill-formed.
Sequence sequenceAt(std::string_view text, std::size_t i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  if (lead < 0x80) return {1, true};
  std::size_t length = 0;
  unsigned char low = 0x80;  // range of the second byte; later ones are always 80..BF
  unsigned char high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;   // overlong below U+0800
    if (lead == 0xED) high = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;   // overlong below U+10000
    if (lead == 0xF4) high = 0x8F;  // past U+10FFFF
  } else {
    return {1, false};
  }
  for (std::size_t k = 1; k < length; ++k) {
    if (i + k >= text.size()) return {k, false};
    const auto b = static_cast<unsigned char>(text[i + k]);
    if (b < low || b > high) return {k, false};
    low = 0x80;
    high = 0xBF;
  }
  return {length, true};
}

constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

// Index of the first byte at or after i that is not ASCII, or text.size().
std::size_t skipAscii(std::string_view text, std::size_t i) {
  while (text.size() - i >= 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, text.data() + i, 8);
    if ((word & kHighBits) != 0) break;
    i += 8;
  }
  while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) ++i;
  return i;
}

}  // namespace

std::size_t utf8SequenceLength(std::string_view text, std::size_t i) {
  const Sequence sequence = sequenceAt(text, i);
  return sequence.valid ? sequence.length : 0;
}

bool isValidUtf8(std::string_view text) {
  std::size_t i = skipAscii(text, 0);
  while (i < text.size()) {
    const Sequence sequence = sequenceAt(text, i);
    if (!sequence.valid) return false;
    i = skipAscii(text, i + sequence.length);
  }
  return true;
}

std::string repairUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t asciiEnd = skipAscii(text, i);
    out.append(text.substr(i, asciiEnd - i));
    i = asciiEnd;
    if (i == text.size()) break;
    const Sequence sequence = sequenceAt(text, i);
    if (sequence.valid) {
      out.append(text.substr(i, sequence.length));
    } else {
      out.append(kReplacementCharacter);
    }
    i += sequence.length;
  }
  return out;
}

}  // namespace fiche::core
