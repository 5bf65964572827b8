// ui: the icons Fiche draws, from Fork Awesome (Debian fonts-fork-awesome), merged into the
// UI font. The build subsets the icon font to exactly the code points listed here (the
// "U+XXXX" marks are read by src/platform/web/CMakeLists.txt): to use a new icon, add its
// line and its range below.
#pragma once

#include "imgui.h"

namespace fiche::ui::icons {

inline constexpr const char* kRefresh = "\xef\x80\xa1";       // U+F021 refresh
inline constexpr const char* kCopy = "\xef\x83\x85";          // U+F0C5 files-o
inline constexpr const char* kFilePdf = "\xef\x87\x81";       // U+F1C1 file-pdf-o
inline constexpr const char* kDownload = "\xef\x80\x99";      // U+F019 download
inline constexpr const char* kSearch = "\xef\x80\x82";        // U+F002 search
inline constexpr const char* kFilter = "\xef\x82\xb0";        // U+F0B0 filter
inline constexpr const char* kSun = "\xef\x86\x85";           // U+F185 sun-o
inline constexpr const char* kMoon = "\xef\x86\x86";          // U+F186 moon-o
inline constexpr const char* kAdjust = "\xef\x81\x82";        // U+F042 adjust (follow the system)
inline constexpr const char* kChevronLeft = "\xef\x81\x93";   // U+F053 chevron-left
inline constexpr const char* kChevronRight = "\xef\x81\x94";  // U+F054 chevron-right
inline constexpr const char* kFirstPage = "\xef\x84\x80";     // U+F100 angle-double-left
inline constexpr const char* kLastPage = "\xef\x84\x81";      // U+F101 angle-double-right
inline constexpr const char* kClose = "\xef\x80\x8d";         // U+F00D times
inline constexpr const char* kWarning = "\xef\x81\xb1";       // U+F071 exclamation-triangle
inline constexpr const char* kCheck = "\xef\x80\x8c";         // U+F00C check
inline constexpr const char* kSpinner = "\xef\x87\x8e";       // U+F1CE circle-o-notch
inline constexpr const char* kCalendar = "\xef\x81\xb3";      // U+F073 calendar
inline constexpr const char* kClock = "\xef\x80\x97";         // U+F017 clock-o
inline constexpr const char* kSort = "\xef\x83\x9c";          // U+F0DC sort
inline constexpr const char* kSortUp = "\xef\x83\x9e";        // U+F0DE sort-asc
inline constexpr const char* kSortDown = "\xef\x83\x9d";      // U+F0DD sort-desc
inline constexpr const char* kExternalLink = "\xef\x82\x8e";  // U+F08E external-link
inline constexpr const char* kBack = "\xef\x81\xa0";          // U+F060 arrow-left
inline constexpr const char* kWrench = "\xef\x82\xad";        // U+F0AD wrench
inline constexpr const char* kUser = "\xef\x80\x87";          // U+F007 user
inline constexpr const char* kPlug = "\xef\x87\xa6";          // U+F1E6 plug
inline constexpr const char* kSignOut = "\xef\x82\x8b";       // U+F08B sign-out
inline constexpr const char* kInfo = "\xef\x81\x9a";          // U+F05A info-circle
inline constexpr const char* kStop = "\xef\x81\x8d";          // U+F04D stop
// Status chips: a shape besides the colour and the word (what-users-expect row 3).
inline constexpr const char* kPencil = "\xef\x81\x80";       // U+F040 pencil (draft)
inline constexpr const char* kCheckCircle = "\xef\x81\x98";  // U+F058 check-circle (done)
inline constexpr const char* kEuro = "\xef\x85\x93";         // U+F153 eur (billed)

// Glyph ranges for the atlas: each code point above as a one-glyph range, 0-terminated.
inline constexpr ImWchar kGlyphRanges[] = {
    0xF002, 0xF002, 0xF007, 0xF007, 0xF00C, 0xF00C, 0xF00D, 0xF00D, 0xF017, 0xF017, 0xF019, 0xF019,
    0xF021, 0xF021, 0xF042, 0xF042, 0xF053, 0xF053, 0xF054, 0xF054, 0xF05A, 0xF05A, 0xF060, 0xF060,
    0xF071, 0xF071, 0xF073, 0xF073, 0xF08B, 0xF08B, 0xF08E, 0xF08E, 0xF0AD, 0xF0AD, 0xF0B0, 0xF0B0,
    0xF0C5, 0xF0C5, 0xF0DC, 0xF0DC, 0xF0DD, 0xF0DD, 0xF0DE, 0xF0DE, 0xF100, 0xF100, 0xF101, 0xF101,
    0xF185, 0xF185, 0xF186, 0xF186, 0xF1C1, 0xF1C1, 0xF1CE, 0xF1CE, 0xF1E6, 0xF1E6, 0xF040, 0xF040,
    0xF058, 0xF058, 0xF153, 0xF153, 0xF04D, 0xF04D, 0,
};

}  // namespace fiche::ui::icons
