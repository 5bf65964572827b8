// tests/fuzz: Content-Disposition parsing and safeDownloadName; the name that reaches the
// browser's download must be safe whatever the server sent.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/obapi/content_disposition.hpp"
#include "core/util/ascii.hpp"
#include "fuzz_check.hpp"

namespace fiche::fuzz {
namespace {

// Written apart from content_disposition.cpp on purpose: a second opinion on Windows'
// reserved device names (CON, PRN, AUX, NUL, COM0-9, LPT0-9, with superscript 1-3 too).
bool isDeviceName(std::string_view stem) {
  std::string_view base = stem.substr(0, stem.find('.'));
  while (!base.empty() && base.back() == ' ') base.remove_suffix(1);
  for (const char* name : {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}) {
    if (core::equalsNoCase(base, name)) return true;
  }
  for (const char* prefix : {"COM", "LPT"}) {
    for (const char* digit :
         {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "\xC2\xB9", "\xC2\xB2", "\xC2\xB3"}) {
      if (core::equalsNoCase(base, std::string(prefix) + digit)) return true;
    }
  }
  return false;
}

void checkSafeName(const std::string& name, std::string_view fallbackStem) {
  FUZZ_CHECK(!name.empty(), "a name is never empty");
  FUZZ_CHECK(name.size() <= core::kMaxDownloadNameBytes, "a name is bounded");
  FUZZ_CHECK(name.size() >= 4 && core::equalsNoCase(name.substr(name.size() - 4), ".pdf"),
             "a name ends with .pdf");
  checkUtf8(name, "a name is UTF-8");
  for (std::size_t i = 0; i < name.size(); ++i) {
    const auto c = static_cast<unsigned char>(name[i]);
    FUZZ_CHECK(c >= 0x20 && c != 0x7F, "no C0 control or DEL");
    FUZZ_CHECK(
        !(c == 0xC2 && i + 1 < name.size() && static_cast<unsigned char>(name[i + 1]) <= 0x9F),
        "no C1 control");
    FUZZ_CHECK(std::string_view(R"(<>:"/\|?*)").find(name[i]) == std::string_view::npos,
               "no path separator or character Windows forbids");
  }
  FUZZ_CHECK(name.front() != '.' && name.front() != ' ', "no leading dot or space");
  const std::string_view stem = std::string_view(name).substr(0, name.size() - 4);
  FUZZ_CHECK(!stem.empty(), "the stem is not empty");
  FUZZ_CHECK(stem.back() != '.' && stem.back() != ' ', "no dot or space before the extension");
  FUZZ_CHECK(!isDeviceName(stem), "no Windows device name");
  FUZZ_CHECK(core::safeDownloadName(name, fallbackStem, ".pdf") == name,
             "a safe name stays as it is");
}

}  // namespace
}  // namespace fiche::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view header = fiche::fuzz::textOf(data, size);
  const std::string proposed = fiche::core::contentDispositionFilename(header);
  fiche::fuzz::checkSafeName(fiche::core::safeDownloadName(proposed, "FI2405-0005", ".pdf"),
                             "FI2405-0005");
  // The raw bytes as a proposed name and as the fallback (the intervention ref is server text
  // too).
  fiche::fuzz::checkSafeName(fiche::core::safeDownloadName(header, header, ".pdf"), header);
  fiche::fuzz::checkSafeName(fiche::core::safeDownloadName("", header, ".pdf"), header);
  return 0;
}
