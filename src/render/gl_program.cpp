// render: shader program building.
#include "render/gl_program.hpp"

#include <vector>

namespace fiche::render {
namespace {

std::string shaderLog(GLuint shader) {
  GLint length = 0;
  glGetShaderiv(shader, GL_INFO_LOG_LENGTH, &length);
  std::vector<char> text(static_cast<size_t>(length > 0 ? length : 1), '\0');
  glGetShaderInfoLog(shader, length, nullptr, text.data());
  return text.data();
}

GLuint compile(GLenum type, const char* source, std::string& log) {
  GLuint shader = glCreateShader(type);
  glShaderSource(shader, 1, &source, nullptr);
  glCompileShader(shader);
  GLint ok = GL_FALSE;
  glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
  if (ok == GL_TRUE) return shader;
  log += (type == GL_VERTEX_SHADER ? "vertex shader: " : "fragment shader: ") + shaderLog(shader);
  glDeleteShader(shader);
  return 0;
}

}  // namespace

ProgramResult buildProgram(const char* vertexSource, const char* fragmentSource) {
  ProgramResult result;
  GLuint vertex = compile(GL_VERTEX_SHADER, vertexSource, result.log);
  GLuint fragment = compile(GL_FRAGMENT_SHADER, fragmentSource, result.log);
  if (vertex == 0 || fragment == 0) {
    if (vertex != 0) glDeleteShader(vertex);
    if (fragment != 0) glDeleteShader(fragment);
    return result;
  }
  GLuint program = glCreateProgram();
  glAttachShader(program, vertex);
  glAttachShader(program, fragment);
  glLinkProgram(program);
  glDeleteShader(vertex);  // flagged for deletion; freed with the program
  glDeleteShader(fragment);
  GLint ok = GL_FALSE;
  glGetProgramiv(program, GL_LINK_STATUS, &ok);
  if (ok != GL_TRUE) {
    GLint length = 0;
    glGetProgramiv(program, GL_INFO_LOG_LENGTH, &length);
    std::vector<char> text(static_cast<size_t>(length > 0 ? length : 1), '\0');
    glGetProgramInfoLog(program, length, nullptr, text.data());
    result.log += std::string("link: ") + text.data();
    glDeleteProgram(program);
    return result;
  }
  result.program = program;
  return result;
}

}  // namespace fiche::render
