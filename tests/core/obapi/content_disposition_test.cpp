// tests/core/obapi: Content-Disposition file names and download-name sanitising.
#include "core/obapi/content_disposition.hpp"

#include <gtest/gtest.h>

#include <string>

namespace fiche::core {
namespace {

// --- contentDispositionFilename ---

TEST(ContentDisposition, QuotedFilename) {
  EXPECT_EQ(contentDispositionFilename(R"(attachment; filename="FI2405-0001.pdf")"),
            "FI2405-0001.pdf");
  EXPECT_EQ(contentDispositionFilename(R"(inline; filename="a b.pdf")"), "a b.pdf");
}

TEST(ContentDisposition, BareTokenFilename) {
  EXPECT_EQ(contentDispositionFilename("attachment; filename=report.pdf"), "report.pdf");
  EXPECT_EQ(contentDispositionFilename("attachment;filename=report.pdf;size=12"), "report.pdf");
  EXPECT_EQ(contentDispositionFilename("attachment; filename=report.pdf   "), "report.pdf");
}

TEST(ContentDisposition, BackslashEscapesInQuotedString) {
  EXPECT_EQ(contentDispositionFilename(R"(attachment; filename="say \"hi\".pdf")"),
            R"(say "hi".pdf)");
  EXPECT_EQ(contentDispositionFilename(R"(attachment; filename="back\\slash.pdf")"),
            R"(back\slash.pdf)");
  EXPECT_EQ(contentDispositionFilename(R"(attachment; filename="\a\b.pdf")"), "ab.pdf");
}

TEST(ContentDisposition, SemicolonInsideQuotes) {
  EXPECT_EQ(contentDispositionFilename(R"(attachment; filename="a;b.pdf"; x=1)"), "a;b.pdf");
  EXPECT_EQ(
      contentDispositionFilename(R"(attachment; note="x; filename=evil.exe"; filename="ok.pdf")"),
      "ok.pdf");
}

TEST(ContentDisposition, ParameterNamesInAnyCaseAndLooseWhitespace) {
  EXPECT_EQ(contentDispositionFilename(R"(ATTACHMENT; FileName="x.pdf")"), "x.pdf");
  EXPECT_EQ(contentDispositionFilename("attachment ;  filename = \"x.pdf\" ; "), "x.pdf");
  EXPECT_EQ(contentDispositionFilename("attachment;\tfilename=\t\"x.pdf\""), "x.pdf");
  EXPECT_EQ(contentDispositionFilename(R"(attachment; FILENAME*=utf-8''%C3%A9.pdf)"),
            "\xC3\xA9.pdf");
}

TEST(ContentDisposition, ExtendedFilenameWinsInEitherOrder) {
  EXPECT_EQ(contentDispositionFilename(
                R"(attachment; filename="EURO rates.pdf"; filename*=UTF-8''%E2%82%AC%20rates.pdf)"),
            "\xE2\x82\xAC rates.pdf");
  EXPECT_EQ(contentDispositionFilename(
                R"(attachment; filename*=UTF-8''%E2%82%AC%20rates.pdf; filename="EURO rates.pdf")"),
            "\xE2\x82\xAC rates.pdf");
}

TEST(ContentDisposition, ExtendedFilenameWithLanguageAndPlainCharacters) {
  EXPECT_EQ(contentDispositionFilename("attachment; filename*=UTF-8'fr'fiche%20n%C2%B01.pdf"),
            "fiche n\xC2\xB0"
            "1.pdf");
  // '+' is not a space in RFC 5987.
  EXPECT_EQ(contentDispositionFilename("attachment; filename*=UTF-8''a+b.pdf"), "a+b.pdf");
}

TEST(ContentDisposition, Latin1ExtendedFilenameBecomesUtf8) {
  EXPECT_EQ(contentDispositionFilename("attachment; filename*=iso-8859-1'en'%A3%20rates.pdf"),
            "\xC2\xA3 rates.pdf");
  EXPECT_EQ(contentDispositionFilename("attachment; filename*=ISO-8859-1''caf%E9.pdf"),
            "caf\xC3\xA9.pdf");
}

TEST(ContentDisposition, UnusableExtendedFilenameFallsBackToFilename) {
  // Unknown charset, invalid UTF-8, missing quotes, empty value.
  for (const char* header : {
           R"(attachment; filename*=windows-1252''x%80.pdf; filename="plain.pdf")",
           R"(attachment; filename*=UTF-8''%FF%FE.pdf; filename="plain.pdf")",
           R"(attachment; filename*=UTF-8''%C3; filename="plain.pdf")",
           R"(attachment; filename*=UTF-8''%ED%A0%80.pdf; filename="plain.pdf")",
           R"(attachment; filename*=%E2%82%AC.pdf; filename="plain.pdf")",
           R"(attachment; filename*=UTF-8'%E2.pdf; filename="plain.pdf")",
           R"(attachment; filename*=UTF-8''; filename="plain.pdf")",
           R"(attachment; filename*=; filename="plain.pdf")",
       }) {
    EXPECT_EQ(contentDispositionFilename(header), "plain.pdf") << header;
  }
}

TEST(ContentDisposition, QuotedExtendedValueIsTolerated) {
  EXPECT_EQ(contentDispositionFilename(R"(attachment; filename*="UTF-8''a%20b.pdf")"), "a b.pdf");
}

TEST(ContentDisposition, FirstUsableOccurrenceCounts) {
  EXPECT_EQ(contentDispositionFilename(R"(attachment; filename="one.pdf"; filename="two.pdf")"),
            "one.pdf");
  EXPECT_EQ(contentDispositionFilename(R"(attachment; filename=""; filename="two.pdf")"),
            "two.pdf");
  EXPECT_EQ(contentDispositionFilename(
                "attachment; filename*=x''bad; filename*=UTF-8''good.pdf; filename=plain.pdf"),
            "good.pdf");
}

TEST(ContentDisposition, WithoutDispositionType) {
  EXPECT_EQ(contentDispositionFilename(R"(filename="x.pdf")"), "x.pdf");
}

TEST(ContentDisposition, NoneOrUnreadable) {
  for (const char* header : {"", "attachment", "inline", ";;;", "attachment; filename",
                             "attachment; filename=", R"(attachment; filename="")",
                             R"(attachment; filename="unterminated.pdf)",
                             "attachment; name=\"x.pdf\"", "attachment; filenames=x.pdf",
                             "attachment; file name=x.pdf", "=", "\"", "attachment; =x.pdf"}) {
    EXPECT_EQ(contentDispositionFilename(header), "") << header;
  }
}

TEST(ContentDisposition, UnterminatedQuoteDoesNotHideAnEarlierName) {
  EXPECT_EQ(contentDispositionFilename(R"(attachment; filename=a.pdf; x="open)"), "a.pdf");
}

TEST(ContentDisposition, TrailingBackslashInsideQuotesIsUnterminated) {
  EXPECT_EQ(contentDispositionFilename(R"(attachment; filename="a\)"), "");
}

TEST(ContentDisposition, ReturnsServerTextUnsanitised) {
  // Sanitising is safeDownloadName's job.
  EXPECT_EQ(contentDispositionFilename(R"(attachment; filename="../../etc/passwd")"),
            "../../etc/passwd");
}

// --- safeDownloadName ---

TEST(SafeDownloadName, KeepsAGoodName) {
  EXPECT_EQ(safeDownloadName("FI2405-0001.pdf", "FI2405-0001", ".pdf"), "FI2405-0001.pdf");
  EXPECT_EQ(safeDownloadName("Fiche \xC3\xA9t\xC3\xA9 2024.pdf", "x", ".pdf"),
            "Fiche \xC3\xA9t\xC3\xA9 2024.pdf");
}

TEST(SafeDownloadName, AppendsMissingExtension) {
  EXPECT_EQ(safeDownloadName("report", "x", ".pdf"), "report.pdf");
  EXPECT_EQ(safeDownloadName("report.txt", "x", ".pdf"), "report.txt.pdf");
  EXPECT_EQ(safeDownloadName("pdf", "x", ".pdf"), "pdf.pdf");
  EXPECT_EQ(safeDownloadName("reportpdf", "x", ".pdf"), "reportpdf.pdf");
}

TEST(SafeDownloadName, ExtensionMatchesInAnyCase) {
  EXPECT_EQ(safeDownloadName("REPORT.PDF", "x", ".pdf"), "REPORT.PDF");
  EXPECT_EQ(safeDownloadName("report.Pdf", "x", ".pdf"), "report.Pdf");
}

TEST(SafeDownloadName, EmptyExtensionAppendsNothing) {
  EXPECT_EQ(safeDownloadName("report", "x", ""), "report");
  EXPECT_EQ(safeDownloadName("", "", ""), "intervention");
}

TEST(SafeDownloadName, KeepsOnlyTheLastPathComponent) {
  EXPECT_EQ(safeDownloadName("../../etc/passwd", "x", ".pdf"), "passwd.pdf");
  EXPECT_EQ(safeDownloadName(R"(C:\Users\me\evil.pdf)", "x", ".pdf"), "evil.pdf");
  EXPECT_EQ(safeDownloadName("a/b\\c.pdf", "x", ".pdf"), "c.pdf");
  EXPECT_EQ(safeDownloadName("dir/", "FI-1", ".pdf"), "FI-1.pdf");
}

TEST(SafeDownloadName, ReplacesForbiddenCharacters) {
  EXPECT_EQ(safeDownloadName(R"(a<b>c:d"e|f?g*h.pdf)", "x", ".pdf"), "a_b_c_d_e_f_g_h.pdf");
}

TEST(SafeDownloadName, DropsControlCharacters) {
  EXPECT_EQ(safeDownloadName(std::string("a\x01\tb\nc\x7F") + '\0' + "d.pdf", "x", ".pdf"),
            "abcd.pdf");
  // C1 controls (U+0085 NEXT LINE) too.
  EXPECT_EQ(safeDownloadName("a\xC2\x85"
                             "b.pdf",
                             "x", ".pdf"),
            "ab.pdf");
  // U+00A0 is not a control character.
  EXPECT_EQ(safeDownloadName("a\xC2\xA0"
                             "b.pdf",
                             "x", ".pdf"),
            "a\xC2\xA0"
            "b.pdf");
}

TEST(SafeDownloadName, DropsInvalidUtf8) {
  EXPECT_EQ(safeDownloadName("a\xFF"
                             "b\xC3.pdf",
                             "x", ".pdf"),
            "ab.pdf");
  EXPECT_EQ(safeDownloadName("\xC0\xAF"
                             "x.pdf",
                             "y", ".pdf"),
            "x.pdf");  // overlong '/'
  EXPECT_EQ(safeDownloadName("a\xED\xA0\x80"
                             "b.pdf",
                             "x", ".pdf"),
            "ab.pdf");  // surrogate
  EXPECT_EQ(safeDownloadName("a\xF4\x90\x80\x80"
                             "b.pdf",
                             "x", ".pdf"),
            "ab.pdf");  // > U+10FFFF
  EXPECT_EQ(safeDownloadName("\xF0\x9F\x93\x84.pdf", "x", ".pdf"), "\xF0\x9F\x93\x84.pdf");
}

TEST(SafeDownloadName, TrimsSpacesAndDots) {
  EXPECT_EQ(safeDownloadName("  report.pdf  ", "x", ".pdf"), "report.pdf");
  EXPECT_EQ(safeDownloadName("..report.pdf..", "x", ".pdf"), "report.pdf");
  EXPECT_EQ(safeDownloadName(".hidden", "x", ".pdf"), "hidden.pdf");
  EXPECT_EQ(safeDownloadName("report .pdf", "x", ".pdf"), "report.pdf");
  EXPECT_EQ(safeDownloadName("a. b", "x", ".pdf"), "a. b.pdf");
}

TEST(SafeDownloadName, FallsBackToTheStem) {
  for (const char* nothing : {"", "   ", "...", ".pdf", ". .PDF", "/", "dir\\", "\x01\x02",
                              "\xFF\xFE", "a/..", ".pdf.", " .pdf "}) {
    EXPECT_EQ(safeDownloadName(nothing, "FI2405-0001", ".pdf"), "FI2405-0001.pdf") << nothing;
  }
}

TEST(SafeDownloadName, SanitisesTheFallbackStemWithoutCuttingAtSlashes) {
  EXPECT_EQ(safeDownloadName("", "FI/2024/07", ".pdf"), "FI_2024_07.pdf");
  EXPECT_EQ(safeDownloadName("", " ..a:b\x01. ", ".pdf"), "a_b.pdf");
  EXPECT_EQ(safeDownloadName("", "ref.pdf", ".pdf"), "ref.pdf");
}

TEST(SafeDownloadName, FallsBackToIntervention) {
  EXPECT_EQ(safeDownloadName("", "", ".pdf"), "intervention.pdf");
  EXPECT_EQ(safeDownloadName("..", " . ", ".pdf"), "intervention.pdf");
  EXPECT_EQ(safeDownloadName(".pdf", ".PDF", ".pdf"), "intervention.pdf");
}

TEST(SafeDownloadName, WindowsDeviceNamesGetAPrefix) {
  for (const char* name : {"CON", "con.pdf", "Nul.PDF", "aux", "PRN.tar.pdf", "COM1.pdf", "lpt9",
                           "COM0", "CONIN$", "conout$.pdf", "NUL .pdf", "COM\xC2\xB9"}) {
    const std::string result = safeDownloadName(name, "x", ".pdf");
    EXPECT_EQ(result.front(), '_') << name << " -> " << result;
  }
  EXPECT_EQ(safeDownloadName("con.pdf", "x", ".pdf"), "_con.pdf");
  EXPECT_EQ(safeDownloadName("", "NUL", ".pdf"), "_NUL.pdf");
  for (const char* name :
       {"CONS", "COM10", "LPT", "COMA", "console.pdf", "NULL", "my CON", "xCOM1", "COM\xC2\xB4"}) {
    const std::string result = safeDownloadName(name, "x", ".pdf");
    EXPECT_NE(result.front(), '_') << name << " -> " << result;
  }
}

TEST(SafeDownloadName, CapsLengthKeepingTheExtension) {
  const std::string longName = std::string(300, 'a') + ".pdf";
  const std::string result = safeDownloadName(longName, "x", ".pdf");
  EXPECT_EQ(result.size(), kMaxDownloadNameBytes);
  EXPECT_EQ(result, std::string(kMaxDownloadNameBytes - 4, 'a') + ".pdf");
  EXPECT_EQ(safeDownloadName(std::string(300, 'b'), "x", ".pdf"),
            std::string(kMaxDownloadNameBytes - 4, 'b') + ".pdf");
  const std::string exact = std::string(kMaxDownloadNameBytes - 4, 'c') + ".pdf";
  EXPECT_EQ(safeDownloadName(exact, "x", ".pdf"), exact);
}

TEST(SafeDownloadName, CapsOnAUtf8Boundary) {
  // 115 ASCII bytes then a 3-byte euro sign: 118 bytes, over the 116 left for the stem.
  const std::string name = std::string(115, 'a') + "\xE2\x82\xAC" + "zzz";
  const std::string result = safeDownloadName(name, "x", ".pdf");
  EXPECT_EQ(result, std::string(115, 'a') + ".pdf");
  // All multi-byte: 60 two-byte characters (120 bytes) keep 58 of them.
  std::string accents;
  for (int i = 0; i < 60; ++i) accents += "\xC3\xA9";
  const std::string cut = safeDownloadName(accents, "x", ".pdf");
  EXPECT_EQ(cut, accents.substr(0, 116) + ".pdf");
  EXPECT_LE(cut.size(), kMaxDownloadNameBytes);
}

TEST(SafeDownloadName, CutDoesNotLeaveTrailingSpacesOrDots) {
  const std::string name = "x" + std::string(114, 'a') + " .bbbbbbb";
  EXPECT_EQ(safeDownloadName(name, "y", ".pdf"), "x" + std::string(114, 'a') + ".pdf");
}

TEST(SafeDownloadName, CutThatRevealsADeviceNameStillPrefixes) {
  const std::string name = "CON" + std::string(200, ' ') + "x";
  const std::string result = safeDownloadName(name, "y", ".pdf");
  EXPECT_EQ(result, "_CON.pdf");
}

TEST(SafeDownloadName, LongDeviceNameStaysWithinTheCap) {
  const std::string name = "CON." + std::string(200, 'z');
  const std::string result = safeDownloadName(name, "y", ".pdf");
  EXPECT_EQ(result.size(), kMaxDownloadNameBytes);
  EXPECT_EQ(result.substr(0, 5), "_CON.");
  EXPECT_EQ(result.substr(result.size() - 4), ".pdf");
}

TEST(SafeDownloadName, ResultsAreAlwaysSafe) {
  // Every single byte and a few nasty composites: the result is non-empty, capped, ends with
  // the extension and holds no forbidden or control characters.
  std::vector<std::string> inputs;
  for (int b = 0; b < 256; ++b) inputs.emplace_back(1, static_cast<char>(b));
  inputs.push_back("\\\\server\\share\\..\\x");
  inputs.push_back(std::string(500, '.'));
  inputs.push_back(std::string(500, '\xE2'));
  for (const std::string& input : inputs) {
    const std::string result = safeDownloadName(input, input, ".pdf");
    ASSERT_FALSE(result.empty());
    EXPECT_LE(result.size(), kMaxDownloadNameBytes);
    EXPECT_EQ(result.substr(result.size() - 4), ".pdf");
    EXPECT_NE(result.front(), '.');
    EXPECT_NE(result.front(), ' ');
    for (const char c : result) {
      const auto u = static_cast<unsigned char>(c);
      EXPECT_FALSE(u < 0x20 || u == 0x7F) << static_cast<int>(u);
      EXPECT_EQ(std::string_view(R"(<>:"/\|?*)").find(c), std::string_view::npos) << c;
    }
  }
}

TEST(SafeDownloadName, WorksWithContentDisposition) {
  const std::string proposed = contentDispositionFilename(
      R"(attachment; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd%00.pdf; filename="x.pdf")");
  EXPECT_EQ(safeDownloadName(proposed, "FI-1", ".pdf"), "passwd.pdf");
}

}  // namespace
}  // namespace fiche::core
