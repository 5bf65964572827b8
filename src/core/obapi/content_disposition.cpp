// core/obapi: Content-Disposition parameter parsing and download-name sanitising.
#include "core/obapi/content_disposition.hpp"
#include "core/util/ascii.hpp"

#include <optional>
#include <utility>
#include <vector>

#include "core/util/query_string.hpp"
#include "core/util/utf8.hpp"

namespace fiche::core {
namespace {

bool endsWithNoCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && equalsNoCase(s.substr(s.size() - suffix.size()), suffix);
}

bool isBlank(char c) {
  return c == ' ' || c == '\t';
}

std::string_view trimBlanks(std::string_view s) {
  while (!s.empty() && isBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && isBlank(s.back())) s.remove_suffix(1);
  return s;
}

std::string latin1ToUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size() * 2);
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x80) {
      out += c;
    } else {
      out += static_cast<char>(0xC0 | (u >> 6));
      out += static_cast<char>(0x80 | (u & 0x3F));
    }
  }
  return out;
}

struct Parameter {
  std::string_view name;
  std::optional<std::string> value;  // nullopt: unterminated quoted-string
};

// Splits "type; name=value; name="quoted; \"value\"" into parameters; segments without '='
// (the disposition type, stray words) are skipped.
std::vector<Parameter> parseParameters(std::string_view header) {
  std::vector<Parameter> parameters;
  std::size_t i = 0;
  const std::size_t n = header.size();
  while (i < n) {
    while (i < n && (isBlank(header[i]) || header[i] == ';')) ++i;
    const std::size_t nameStart = i;
    while (i < n && header[i] != '=' && header[i] != ';') ++i;
    if (i >= n || header[i] == ';') continue;
    const std::string_view name = trimBlanks(header.substr(nameStart, i - nameStart));
    ++i;  // '='
    while (i < n && isBlank(header[i])) ++i;
    Parameter parameter{.name = name, .value = std::nullopt};
    if (i < n && header[i] == '"') {
      std::string value;
      bool closed = false;
      for (++i; i < n; ++i) {
        if (header[i] == '\\' && i + 1 < n) {
          value += header[++i];
        } else if (header[i] == '"') {
          closed = true;
          ++i;
          break;
        } else {
          value += header[i];
        }
      }
      if (closed) parameter.value = std::move(value);
      while (i < n && header[i] != ';') ++i;  // tolerate junk after the closing quote
    } else {
      const std::size_t valueStart = i;
      while (i < n && header[i] != ';') ++i;
      parameter.value = std::string(trimBlanks(header.substr(valueStart, i - valueStart)));
    }
    parameters.push_back(std::move(parameter));
  }
  return parameters;
}

// "UTF-8'lang'%E2%82%AC.pdf" -> UTF-8 text, or nullopt when unusable.
std::optional<std::string> decodeExtendedValue(std::string_view value) {
  const std::size_t first = value.find('\'');
  if (first == std::string_view::npos) return std::nullopt;
  const std::size_t second = value.find('\'', first + 1);
  if (second == std::string_view::npos) return std::nullopt;
  const std::string_view charset = trimBlanks(value.substr(0, first));
  std::string decoded = percentDecode(value.substr(second + 1), false);
  if (decoded.empty()) return std::nullopt;
  if (equalsNoCase(charset, "utf-8")) {
    if (!isValidUtf8(decoded)) return std::nullopt;
    return decoded;
  }
  if (equalsNoCase(charset, "iso-8859-1")) return latin1ToUtf8(decoded);
  return std::nullopt;
}

bool isControl(std::string_view sequence) {
  const auto c = static_cast<unsigned char>(sequence[0]);
  if (sequence.size() == 1) return c < 0x20 || c == 0x7F;
  // C1 controls U+0080..U+009F are C2 80..C2 9F.
  return sequence.size() == 2 && c == 0xC2 && static_cast<unsigned char>(sequence[1]) <= 0x9F;
}

bool isReservedChar(char c) {
  return std::string_view(R"(<>:"/\|?*)").find(c) != std::string_view::npos;
}

// Drops controls and bad UTF-8, replaces characters Windows forbids.
std::string cleanCharacters(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = utf8SequenceLength(text, i);
    if (length == 0) {
      ++i;
      continue;
    }
    const std::string_view sequence = text.substr(i, length);
    i += length;
    if (isControl(sequence)) continue;
    if (length == 1 && isReservedChar(sequence[0])) {
      out += '_';
    } else {
      out += sequence;
    }
  }
  return out;
}

bool isSpaceOrDot(char c) {
  return c == ' ' || c == '.';
}

void trimTrailingSpacesAndDots(std::string& s) {
  while (!s.empty() && isSpaceOrDot(s.back())) s.pop_back();
}

void trimSpacesAndDots(std::string& s) {
  trimTrailingSpacesAndDots(s);
  std::size_t begin = 0;
  while (begin < s.size() && isSpaceOrDot(s[begin])) ++begin;
  s.erase(0, begin);
}

// Splits a cleaned name into a trimmed stem and the suffix to write after it: the name's own
// extension when it has `extension` in any case, else `extension` itself.
// Leading dots stay until the extension is split off, so that ".pdf" leaves an empty stem.
std::string stemOf(std::string name, std::string_view extension, std::string& suffix) {
  trimTrailingSpacesAndDots(name);
  suffix = std::string(extension);
  if (!extension.empty() && endsWithNoCase(name, extension)) {
    suffix = name.substr(name.size() - extension.size());
    name.resize(name.size() - extension.size());
  }
  trimSpacesAndDots(name);
  return name;
}

void capStem(std::string& stem, std::size_t maxBytes) {
  if (stem.size() <= maxBytes) return;
  std::size_t cut = maxBytes;
  while (cut > 0 && (static_cast<unsigned char>(stem[cut]) & 0xC0) == 0x80) --cut;
  stem.resize(cut);
  trimTrailingSpacesAndDots(stem);
}

bool isWindowsDeviceName(std::string_view stem) {
  std::string_view base = stem.substr(0, stem.find('.'));
  while (!base.empty() && base.back() == ' ') base.remove_suffix(1);
  for (const std::string_view name : {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}) {
    if (equalsNoCase(base, name)) return true;
  }
  if (base.size() < 4) return false;
  const std::string_view prefix = base.substr(0, 3);
  if (!equalsNoCase(prefix, "COM") && !equalsNoCase(prefix, "LPT")) return false;
  const std::string_view digit = base.substr(3);
  if (digit.size() == 1) return digit[0] >= '0' && digit[0] <= '9';
  return digit == "\xC2\xB9" || digit == "\xC2\xB2" || digit == "\xC2\xB3";  // superscript 1 2 3
}

}  // namespace

std::string contentDispositionFilename(std::string_view headerValue) {
  const std::vector<Parameter> parameters = parseParameters(headerValue);
  for (const Parameter& parameter : parameters) {
    if (!parameter.value || !equalsNoCase(parameter.name, "filename*")) continue;
    if (auto decoded = decodeExtendedValue(*parameter.value)) return std::move(*decoded);
  }
  for (const Parameter& parameter : parameters) {
    if (!parameter.value || parameter.value->empty()) continue;
    if (equalsNoCase(parameter.name, "filename")) return *parameter.value;
  }
  return {};
}

std::string safeDownloadName(std::string_view proposed, std::string_view fallbackStem,
                             std::string_view extension) {
  const std::size_t slash = proposed.find_last_of("/\\");
  if (slash != std::string_view::npos) proposed.remove_prefix(slash + 1);

  std::string suffix;
  std::string stem = stemOf(cleanCharacters(proposed), extension, suffix);
  if (stem.empty()) stem = stemOf(cleanCharacters(fallbackStem), extension, suffix);
  if (stem.empty()) {
    stem = "intervention";
    suffix = std::string(extension);
  }
  const std::size_t maxStem =
      suffix.size() < kMaxDownloadNameBytes ? kMaxDownloadNameBytes - suffix.size() : 1;
  capStem(stem, maxStem);
  if (isWindowsDeviceName(stem)) {
    stem.insert(0, "_");
    capStem(stem, maxStem);
  }
  return stem + suffix;
}

}  // namespace fiche::core
