// render: a WebGL2 (OpenGL ES 3.0) renderer for Dear ImGui draw data.
#pragma once

#include <GLES3/gl3.h>

#include <string>

#include "imgui.h"

namespace fiche::render {

// Owns the GL objects needed to draw ImGui: one program, one vertex array, two buffers and
// the font texture. Must be used on the thread that owns the current GL context.
// After a lost context, call forgetObjects() (the handles are dead, nothing to delete), then
// init() and uploadFontAtlas() again once the context is restored.
class GlRenderer {
 public:
  GlRenderer() = default;
  GlRenderer(const GlRenderer&) = delete;
  GlRenderer& operator=(const GlRenderer&) = delete;
  ~GlRenderer();

  // Compiles the embedded shaders and creates buffers. On failure returns false and
  // `error` says why (e.g. the shader log).
  bool init(std::string& error);
  void shutdown();
  void forgetObjects();

  // (Re)builds the atlas texture from `atlas` and sets its TexID. Call after the atlas
  // changed (fonts added, density changed).
  void uploadFontAtlas(ImFontAtlas& atlas);

  // Clears the framebuffer to `clear` and draws `data`. The framebuffer is
  // DisplaySize × FramebufferScale device pixels.
  void render(const ImDrawData& data, const ImVec4& clear);

 private:
  void setupState(const ImDrawData& data, int width, int height);

  GLuint m_program = 0;
  GLint m_projection = -1;
  GLint m_texture = -1;
  GLuint m_vertexArray = 0;
  GLuint m_vertexBuffer = 0;
  GLuint m_indexBuffer = 0;
  GLuint m_fontTexture = 0;
};

}  // namespace fiche::render
