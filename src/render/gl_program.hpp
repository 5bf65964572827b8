// render: compiles and links a GLSL ES 3.00 program from embedded sources.
#pragma once

#include <GLES3/gl3.h>

#include <string>

namespace fiche::render {

struct ProgramResult {
  GLuint program = 0;  // 0 on failure
  std::string log;     // compiler or linker messages when it failed
};

// Builds a program; on failure every intermediate object is deleted and the log explains.
ProgramResult buildProgram(const char* vertexSource, const char* fragmentSource);

}  // namespace fiche::render
