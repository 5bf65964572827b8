// core/obapi: the file name a PDF download is saved under, from Content-Disposition or our own.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace fiche::core {

// The file name a Content-Disposition header value proposes (RFC 6266), or "" when it names
// none or cannot be read. `filename*` (RFC 5987: charset'language'percent-encoded, charset
// UTF-8 or ISO-8859-1 in any case, the latter converted to UTF-8) wins over `filename`
// (a quoted-string with backslash escapes, or a bare token). Parameter names are matched in
// any case; the first usable occurrence of each counts. A `filename*` with another charset,
// bad UTF-8 or no value is passed over for `filename`; an unterminated quoted value is not
// used. The result is server text: pass it through safeDownloadName before using it.
// Never fails.
std::string contentDispositionFilename(std::string_view headerValue);

// Longest name safeDownloadName returns, in bytes (well under every file system's limit, and
// short enough to read in a download bar).
inline constexpr std::size_t kMaxDownloadNameBytes = 120;

// A non-empty name safe to hand to a browser download, at most kMaxDownloadNameBytes bytes:
// - only the last path component of `proposed` (after the last '/' or '\\') is used;
// - control characters (C0, DEL, C1) and bytes that are not valid UTF-8 are dropped;
//   <>:"/\|?* become '_'; spaces and dots are trimmed from both ends of the stem (so
//   "report .pdf" -> "report.pdf", ".pdf" -> nothing left);
// - `extension` (with its dot, short ASCII such as ".pdf") is appended unless the name already
//   ends with it in any case;
// - when nothing but the extension is left, the sanitised `fallbackStem` (e.g. the
//   intervention ref; its '/' become '_') is used, else "intervention";
// - a long name is cut on a UTF-8 boundary, keeping the extension;
// - a Windows device name, with or without an extension and in any case, gets a '_' prefix:
//   CON, PRN, AUX, NUL, CONIN$, CONOUT$, COM0-9 and LPT0-9 (also with superscript 1-3).
std::string safeDownloadName(std::string_view proposed, std::string_view fallbackStem,
                             std::string_view extension);

}  // namespace fiche::core
