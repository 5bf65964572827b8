// ui: font atlas set-up.
#include "ui/fonts.hpp"

namespace fiche::ui {
namespace {

// Latin-1, Latin Extended-A (French, and most European names), and the punctuation Fiche
// and its data use: dashes, typographic quotes, bullet, ellipsis, euro sign.
constexpr ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF,  // Basic Latin + Latin-1 Supplement
    0x0100, 0x017F,  // Latin Extended-A (œ, Œ, ...)
    0x2013, 0x2014,  // – —
    0x2018, 0x201E,  // ‘ ’ ‚ “ ” „
    0x2022, 0x2022,  // •
    0x2026, 0x2026,  // …
    0x20AC, 0x20AC,  // €
    0,
};

// ImGui asserts on font data it cannot read: check the sfnt version tag (TrueType,
// Apple TrueType or CFF-flavoured OpenType, all read by stb_truetype) before handing it over.
bool looksLikeFont(std::span<const unsigned char> font) {
  if (font.size() < 12) return false;
  auto tag = [&](char a, char b, char c, char d) {
    return font[0] == static_cast<unsigned char>(a) && font[1] == static_cast<unsigned char>(b) &&
           font[2] == static_cast<unsigned char>(c) && font[3] == static_cast<unsigned char>(d);
  };
  return tag('\0', '\1', '\0', '\0') || tag('t', 'r', 'u', 'e') || tag('O', 'T', 'T', 'O');
}

}  // namespace

bool buildFontAtlas(ImFontAtlas& atlas, std::span<const unsigned char> ttf, float density) {
  atlas.Clear();
  ImFontConfig config;
  config.RasterizerDensity = density > 0.0f ? density : 1.0f;
  config.OversampleH = 2;
  config.OversampleV = 1;
  if (looksLikeFont(ttf)) {
    config.FontDataOwnedByAtlas = false;
    // ImGui's API takes a non-const pointer but does not write through it when it does
    // not own the data.
    void* data = const_cast<unsigned char*>(ttf.data());
    if (atlas.AddFontFromMemoryTTF(data, static_cast<int>(ttf.size()), kFontSize, &config,
                                   kGlyphRanges) != nullptr &&
        atlas.Build()) {
      return true;
    }
    atlas.Clear();
  }
  config.SizePixels = 13.0f;
  atlas.AddFontDefault(&config);
  atlas.Build();
  return false;
}

}  // namespace fiche::ui
