// ui: font atlas set-up.
#include "ui/fonts.hpp"

#include "ui/icons.hpp"

namespace fiche::ui {
namespace {

// Latin-1, Latin Extended-A (French, and most European names), and the punctuation Fiche
// and its data use: thin spaces, dashes, typographic quotes, bullet, ellipsis, euro sign.
constexpr ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF,  // Basic Latin + Latin-1 Supplement
    0x0100, 0x017F,  // Latin Extended-A (œ, Œ, ...)
    0x2009, 0x2009,  // thin space
    0x2013, 0x2014,  // – —
    0x2018, 0x201E,  // ‘ ’ ‚ “ ” „
    0x2022, 0x2022,  // •
    0x2026, 0x2026,  // …
    0x202F, 0x202F,  // narrow no-break space (French, before « » : ; ! ?)
    0x2039, 0x203A,  // ‹ ›
    0x20AC, 0x20AC,  // €
    0x2190, 0x2193,  // ← ↑ → ↓ (technicians write "v2.4 → v2.6")
    0x2212, 0x2212,  // − (minus)
    0x2248, 0x2248,  // ≈
    0x2264, 0x2265,  // ≤ ≥
    0,
};

// ImGui's API takes non-const pointers but does not write through them when it does not own
// the data.
void* fontData(std::span<const unsigned char> font) {
  return const_cast<unsigned char*>(font.data());
}

}  // namespace

const ImWchar* textGlyphRanges() {
  return kGlyphRanges;
}

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

bool buildFontAtlas(ImFontAtlas& atlas, std::span<const unsigned char> ttf,
                    std::span<const unsigned char> icons, float density) {
  atlas.Clear();
  // Sub-pixel oversampling buys nothing once glyphs are drawn at 2x density or more.
  const float rasterDensity = density > 0.0f ? density : 1.0f;
  ImFontConfig config;
  config.RasterizerDensity = rasterDensity;
  config.OversampleH = rasterDensity >= 2.0f ? 1 : 2;
  config.OversampleV = 1;
  config.FontDataOwnedByAtlas = false;
  if (looksLikeFont(ttf) && atlas.AddFontFromMemoryTTF(fontData(ttf), static_cast<int>(ttf.size()),
                                                       kFontSize, &config, kGlyphRanges)) {
    if (looksLikeFont(icons)) {
      ImFontConfig iconConfig = config;
      iconConfig.MergeMode = true;
      iconConfig.PixelSnapH = true;
      // Icons a little smaller than the text, on its baseline, and all the same width so
      // labels line up.
      const float iconSize = kFontSize * 0.9f;
      iconConfig.GlyphMinAdvanceX = kFontSize * 1.15f;
      iconConfig.GlyphOffset = ImVec2(0.0f, kFontSize * 0.02f);
      atlas.AddFontFromMemoryTTF(fontData(icons), static_cast<int>(icons.size()), iconSize,
                                 &iconConfig, icons::kGlyphRanges);
    }
    if (atlas.Build()) return true;
    atlas.Clear();
  }
  config.SizePixels = 13.0f;
  atlas.AddFontDefault(&config);
  atlas.Build();
  return false;
}

}  // namespace fiche::ui
