// core/util: search folding — a small UTF-8 decoder and folding tables for Latin-1 and Latin
// Extended-A; anything the tables do not cover is either kept as it is or a break.
#include "core/util/search_fold.hpp"

#include <cstddef>
#include <cstdint>

#include "core/util/ascii.hpp"

namespace fiche::core {
namespace {

// One letter per code point from U+00C0 to U+017F: its folded form. Upper-case letters stand for
// two-letter expansions (see expansion()), ' ' for a code point that is not a letter (× ÷).
constexpr std::string_view kLatin1Fold =  // U+00C0..U+00FF
    "aaaaaaAceeeeiiiidnooooo ouuuuyTS"
    "aaaaaaAceeeeiiiidnooooo ouuuuyTy";
constexpr std::string_view kLatinExtAFold =  // U+0100..U+017F
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiIIjjkkkllllllllll"
    "nnnnnnnnnooooooOOrrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
static_assert(kLatin1Fold.size() == 0x40);
static_assert(kLatinExtAFold.size() == 0x80);

std::string_view expansion(char code) {
  switch (code) {
    case 'A':
      return "ae";
    case 'O':
      return "oe";
    case 'S':
      return "ss";
    case 'I':
      return "ij";
    case 'T':
      return "th";
    default:
      return {};
  }
}

struct CodePoint {
  char32_t value = 0;
  std::size_t length = 1;  // bytes consumed, always >= 1 so every scan makes progress
  bool valid = false;
};

// Decodes the UTF-8 sequence at text[at] (at < size). Follows the well-formed byte sequences of
// Unicode's table 3-7: overlong forms, surrogates and values past U+10FFFF are invalid; an
// invalid sequence consumes its lead byte only, so the next byte is looked at afresh.
CodePoint decode(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  if (lead < 0x80) return {.value = lead, .length = 1, .valid = true};
  std::size_t length = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  char32_t value = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    value = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    value = lead & 0x0F;
    if (lead == 0xE0) low = 0xA0;   // no overlong forms
    if (lead == 0xED) high = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    value = lead & 0x07;
    if (lead == 0xF0) low = 0x90;   // no overlong forms
    if (lead == 0xF4) high = 0x8F;  // nothing past U+10FFFF
  } else {
    return {};  // continuation byte or 0xC0, 0xC1, 0xF5..0xFF as a lead
  }
  if (at + length > text.size()) return {};
  for (std::size_t i = 1; i < length; ++i) {
    const unsigned char next = byte(at + i);
    if (next < low || next > high) return {};
    low = 0x80;
    high = 0xBF;
    value = (value << 6) | (next & 0x3F);
  }
  return {.value = value, .length = length, .valid = true};
}

enum class Kind { Break, Drop, Fold, Keep };

struct Folded {
  Kind kind = Kind::Break;
  std::string_view text{};  // for Kind::Fold
};

bool isBreakSymbol(char32_t c) {
  return (c >= 0x80 && c <= 0xBF) ||        // Latin-1 controls, NBSP, signs, punctuation
         (c >= 0x2000 && c <= 0x2BFF) ||    // punctuation, currency, arrows, maths, shapes
         (c >= 0x3000 && c <= 0x303F) ||    // CJK punctuation
         (c >= 0xFE10 && c <= 0xFE6F) ||    // vertical forms, small forms
         c == 0xFEFF || c == 0xFFFD ||      // byte order mark, replacement character
         (c >= 0xFFF0 && c <= 0xFFFF) ||    // specials
         (c >= 0x1F000 && c <= 0x1FAFF) ||  // emoji and pictographs
         (c >= 0xE0000);                    // tags, private use planes
}

Folded fold(char32_t c) {
  static constexpr std::string_view kLetters = "abcdefghijklmnopqrstuvwxyz0123456789";
  if (c < 0x80) {
    const char ascii = asciiLower(static_cast<char>(c));
    if (!isAsciiAlnum(ascii)) return {};
    const std::size_t at = ascii >= 'a' ? static_cast<std::size_t>(ascii - 'a')
                                        : 26 + static_cast<std::size_t>(ascii - '0');
    return {.kind = Kind::Fold, .text = kLetters.substr(at, 1)};
  }
  if (c == 0xAA) return {.kind = Kind::Fold, .text = "a"};  // feminine ordinal (1ª)
  if (c == 0xBA) return {.kind = Kind::Fold, .text = "o"};  // masculine ordinal (nº)
  if (c == 0xB5) return {.kind = Kind::Keep};               // micro sign: a letter
  if (c >= 0xC0 && c <= 0x17F) {
    const char code = c < 0x100 ? kLatin1Fold[c - 0xC0] : kLatinExtAFold[c - 0x100];
    if (code == ' ') return {};
    const std::string_view expanded = expansion(code);
    if (!expanded.empty()) return {.kind = Kind::Fold, .text = expanded};
    return {.kind = Kind::Fold, .text = kLetters.substr(static_cast<std::size_t>(code - 'a'), 1)};
  }
  if (c >= 0x300 && c <= 0x36F) return {.kind = Kind::Drop};    // combining diacritics
  if (c >= 0xFE00 && c <= 0xFE0F) return {.kind = Kind::Drop};  // variation selectors
  if (isBreakSymbol(c)) return {};
  return {.kind = Kind::Keep};
}

bool isBlank(char32_t c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || c == 0xA0;
}

}  // namespace

std::string foldForSearch(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pendingBreak = false;  // a break seen after the last word character written
  for (std::size_t at = 0; at < text.size();) {
    const CodePoint point = decode(text, at);
    const Folded folded = point.valid ? fold(point.value) : Folded{};
    switch (folded.kind) {
      case Kind::Break:
        pendingBreak = true;
        break;
      case Kind::Drop:
        break;
      case Kind::Fold:
      case Kind::Keep:
        if (pendingBreak && !out.empty()) out += ' ';
        pendingBreak = false;
        if (folded.kind == Kind::Fold) {
          out += folded.text;
        } else {
          out.append(text.substr(at, point.length));
        }
        break;
    }
    at += point.length;
  }
  return out;
}

std::vector<std::string> searchWords(std::string_view query) {
  const std::string folded = foldForSearch(query);
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < folded.size()) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    words.emplace_back(folded.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

std::string foldForExactMatch(std::string_view text) {
  // Trim first (blanks are ASCII or U+00A0, two bytes), then fold what is left.
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end) {
    const CodePoint point = decode(text, begin);
    if (!point.valid || !isBlank(point.value)) break;
    begin += point.length;
  }
  while (end > begin) {
    const bool nbsp = end - begin >= 2 && static_cast<unsigned char>(text[end - 2]) == 0xC2 &&
                      static_cast<unsigned char>(text[end - 1]) == 0xA0;
    const char last = text[end - 1];
    if (nbsp) {
      end -= 2;
    } else if (last == ' ' || (last >= '\t' && last <= '\r')) {
      --end;
    } else {
      break;
    }
  }
  std::string out;
  out.reserve(end - begin);
  for (std::size_t at = begin; at < end;) {
    const CodePoint point = decode(text, at);
    const Folded folded = point.valid ? fold(point.value) : Folded{};
    if (folded.kind == Kind::Fold) {
      out += folded.text;
    } else if (folded.kind != Kind::Drop) {
      out.append(text.substr(at, point.length));
    }
    at += point.length;
  }
  return out;
}

}  // namespace fiche::core
