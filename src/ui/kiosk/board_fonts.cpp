// ui/kiosk: wallboard font atlas.
#include "ui/kiosk/board_fonts.hpp"

#include "ui/fonts.hpp"
#include "ui/icons.hpp"

namespace fiche::ui {
namespace {

void* fontData(std::span<const unsigned char> font) {
  return const_cast<unsigned char*>(font.data());  // ImGui does not write through it
}

ImFontConfig configFor(float density, float size) {
  ImFontConfig config;
  config.RasterizerDensity = density;
  // Oversampling sharpens small text between pixels; large glyphs do not need it, and it
  // would double the width of the biggest part of the atlas.
  config.OversampleH = density * size >= 24.0f ? 1 : 2;
  config.OversampleV = 1;
  config.FontDataOwnedByAtlas = false;
  return config;
}

ImFont* addText(ImFontAtlas& atlas, std::span<const unsigned char> ttf,
                std::span<const unsigned char> icons, float density, float size) {
  ImFontConfig config = configFor(density, size);
  ImFont* font = atlas.AddFontFromMemoryTTF(fontData(ttf), static_cast<int>(ttf.size()), size,
                                            &config, textGlyphRanges());
  if (font == nullptr || !looksLikeFont(icons)) return font;
  ImFontConfig iconConfig = config;
  iconConfig.MergeMode = true;
  iconConfig.PixelSnapH = true;
  iconConfig.GlyphMinAdvanceX = size * 1.15f;
  iconConfig.GlyphOffset = ImVec2(0.0f, size * 0.02f);
  atlas.AddFontFromMemoryTTF(fontData(icons), static_cast<int>(icons.size()), size * 0.9f,
                             &iconConfig, icons::kGlyphRanges);
  return font;
}

ImFont* addFigures(ImFontAtlas& atlas, std::span<const unsigned char> ttf, float density,
                   float size) {
  ImFontConfig config = configFor(density, size);
  return atlas.AddFontFromMemoryTTF(fontData(ttf), static_cast<int>(ttf.size()), size, &config,
                                    kFigureGlyphRanges);
}

void addDefaults(ImFontAtlas& atlas, float density, const BoardMetrics& metrics,
                 BoardFonts& fonts) {
  ImFont** targets[] = {&fonts.text, &fonts.small, &fonts.mid, &fonts.figure};
  const float sizes[] = {metrics.text, metrics.small, metrics.mid, metrics.figure};
  for (int i = 0; i < 4; ++i) {
    ImFontConfig config;
    config.RasterizerDensity = density;
    config.SizePixels = sizes[i];
    *targets[i] = atlas.AddFontDefault(&config);
  }
}

}  // namespace

bool buildBoardFontAtlas(ImFontAtlas& atlas, std::span<const unsigned char> ttf,
                         std::span<const unsigned char> icons, float density,
                         const BoardMetrics& metrics, BoardFonts& fonts) {
  atlas.Clear();
  fonts = {};
  const float rasterDensity = density > 0.0f ? density : 1.0f;
  // The tallest glyphs would need a very wide atlas otherwise (ImGui picks the width from
  // the total area, then rounds the height up to a power of two).
  atlas.Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
  if (looksLikeFont(ttf)) {
    fonts.text = addText(atlas, ttf, icons, rasterDensity, metrics.text);
    fonts.small = addText(atlas, ttf, icons, rasterDensity, metrics.small);
    fonts.mid = addFigures(atlas, ttf, rasterDensity, metrics.mid);
    fonts.figure = addFigures(atlas, ttf, rasterDensity, metrics.figure);
    if (fonts.text && fonts.small && fonts.mid && fonts.figure && atlas.Build()) return true;
    atlas.Clear();
    fonts = {};
  }
  addDefaults(atlas, rasterDensity, metrics, fonts);
  atlas.Build();
  return false;
}

}  // namespace fiche::ui
