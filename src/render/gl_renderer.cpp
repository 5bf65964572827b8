// render: ImGui draw data → WebGL2 draw calls.
#include "render/gl_renderer.hpp"

#include <cstddef>
#include <cstdint>

#include "imgui_frag.hpp"
#include "imgui_vert.hpp"
#include "render/gl_program.hpp"

namespace fiche::render {
namespace {

static_assert(sizeof(ImDrawIdx) == 4, "Fiche draws with 32-bit indices (imconfig_fiche.h)");

GLuint textureOf(ImTextureID id) {
  return static_cast<GLuint>(reinterpret_cast<intptr_t>(id));
}

}  // namespace

GlRenderer::~GlRenderer() {
  shutdown();
}

bool GlRenderer::init(std::string& error) {
  ProgramResult built = buildProgram(kImguiVertexShader, kImguiFragmentShader);
  if (built.program == 0) {
    error = "Could not build the drawing shaders: " + built.log;
    return false;
  }
  m_program = built.program;
  m_projection = glGetUniformLocation(m_program, "u_projection");
  m_texture = glGetUniformLocation(m_program, "u_texture");

  glGenVertexArrays(1, &m_vertexArray);
  glGenBuffers(1, &m_vertexBuffer);
  glGenBuffers(1, &m_indexBuffer);
  glBindVertexArray(m_vertexArray);
  glBindBuffer(GL_ARRAY_BUFFER, m_vertexBuffer);
  glEnableVertexAttribArray(0);
  glEnableVertexAttribArray(1);
  glEnableVertexAttribArray(2);
  const auto stride = static_cast<GLsizei>(sizeof(ImDrawVert));
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride,
                        reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride,
                        reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
  glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride,
                        reinterpret_cast<void*>(offsetof(ImDrawVert, col)));
  // The element buffer binding is part of the vertex array state.
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, m_indexBuffer);
  glBindVertexArray(0);
  return true;
}

void GlRenderer::shutdown() {
  if (m_fontTexture != 0) glDeleteTextures(1, &m_fontTexture);
  if (m_vertexBuffer != 0) glDeleteBuffers(1, &m_vertexBuffer);
  if (m_indexBuffer != 0) glDeleteBuffers(1, &m_indexBuffer);
  if (m_vertexArray != 0) glDeleteVertexArrays(1, &m_vertexArray);
  if (m_program != 0) glDeleteProgram(m_program);
  forgetObjects();
}

void GlRenderer::forgetObjects() {
  m_program = 0;
  m_vertexArray = 0;
  m_vertexBuffer = 0;
  m_indexBuffer = 0;
  m_fontTexture = 0;
  m_projection = -1;
  m_texture = -1;
}

void GlRenderer::uploadFontAtlas(ImFontAtlas& atlas) {
  unsigned char* pixels = nullptr;
  int width = 0;
  int height = 0;
  atlas.GetTexDataAsRGBA32(&pixels, &width, &height);
  if (m_fontTexture == 0) glGenTextures(1, &m_fontTexture);
  glBindTexture(GL_TEXTURE_2D, m_fontTexture);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
  atlas.SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(m_fontTexture)));
  // The pixels are on the GPU now; the atlas keeps only glyph metrics.
  atlas.ClearTexData();
}

void GlRenderer::setupState(const ImDrawData& data, int width, int height) {
  glViewport(0, 0, width, height);
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDisable(GL_CULL_FACE);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_STENCIL_TEST);
  glEnable(GL_SCISSOR_TEST);

  // Orthographic projection of ImGui's coordinate space onto clip space (y down).
  const float left = data.DisplayPos.x;
  const float right = data.DisplayPos.x + data.DisplaySize.x;
  const float top = data.DisplayPos.y;
  const float bottom = data.DisplayPos.y + data.DisplaySize.y;
  const float projection[4][4] = {
      {2.0f / (right - left), 0.0f, 0.0f, 0.0f},
      {0.0f, 2.0f / (top - bottom), 0.0f, 0.0f},
      {0.0f, 0.0f, -1.0f, 0.0f},
      {(right + left) / (left - right), (top + bottom) / (bottom - top), 0.0f, 1.0f},
  };
  glUseProgram(m_program);
  glUniform1i(m_texture, 0);
  glUniformMatrix4fv(m_projection, 1, GL_FALSE, &projection[0][0]);
  glActiveTexture(GL_TEXTURE0);
  glBindVertexArray(m_vertexArray);
  glBindBuffer(GL_ARRAY_BUFFER, m_vertexBuffer);
}

void GlRenderer::render(const ImDrawData& data, const ImVec4& clear) {
  const int width = static_cast<int>(data.DisplaySize.x * data.FramebufferScale.x);
  const int height = static_cast<int>(data.DisplaySize.y * data.FramebufferScale.y);
  if (width <= 0 || height <= 0 || m_program == 0) return;

  glDisable(GL_SCISSOR_TEST);
  glViewport(0, 0, width, height);
  glClearColor(clear.x, clear.y, clear.z, clear.w);
  glClear(GL_COLOR_BUFFER_BIT);
  setupState(data, width, height);

  const ImVec2 origin = data.DisplayPos;
  const ImVec2 scale = data.FramebufferScale;
  for (int listIndex = 0; listIndex < data.CmdListsCount; ++listIndex) {
    const ImDrawList* list = data.CmdLists[listIndex];
    // Fresh buffer storage each time: simple, and avoids the stalls and corruption that
    // sub-data updates of in-use buffers caused on some WebGL drivers.
    glBufferData(GL_ARRAY_BUFFER,
                 static_cast<GLsizeiptr>(list->VtxBuffer.Size * sizeof(ImDrawVert)),
                 list->VtxBuffer.Data, GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER,
                 static_cast<GLsizeiptr>(list->IdxBuffer.Size * sizeof(ImDrawIdx)),
                 list->IdxBuffer.Data, GL_STREAM_DRAW);
    for (const ImDrawCmd& command : list->CmdBuffer) {
      if (command.UserCallback != nullptr) {
        if (command.UserCallback == ImDrawCallback_ResetRenderState) {
          setupState(data, width, height);
        } else {
          command.UserCallback(list, &command);
        }
        continue;
      }
      // Clip rectangle in framebuffer pixels; GL's scissor origin is bottom-left.
      const float minX = (command.ClipRect.x - origin.x) * scale.x;
      const float minY = (command.ClipRect.y - origin.y) * scale.y;
      const float maxX = (command.ClipRect.z - origin.x) * scale.x;
      const float maxY = (command.ClipRect.w - origin.y) * scale.y;
      if (maxX <= minX || maxY <= minY) continue;
      glScissor(static_cast<GLint>(minX), static_cast<GLint>(static_cast<float>(height) - maxY),
                static_cast<GLsizei>(maxX - minX), static_cast<GLsizei>(maxY - minY));
      glBindTexture(GL_TEXTURE_2D, textureOf(command.GetTexID()));
      glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(command.ElemCount), GL_UNSIGNED_INT,
                     reinterpret_cast<void*>(command.IdxOffset * sizeof(ImDrawIdx)));
    }
  }
  glDisable(GL_SCISSOR_TEST);
  glBindVertexArray(0);
}

}  // namespace fiche::render
