// tests/support: the files of tests/fixtures, embedded at build time (the wasm run has no
// file system); see fiche_embed_files in cmake/embed.cmake.
#pragma once

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

#include "fixture_files_data.hpp"  // generated: fiche::embedded::kFixtureFiles

namespace fiche::test {

// The exact bytes of tests/fixtures/<path>; a test failure and "" when there is no such file.
inline std::string_view fixtureFile(std::string_view path) {
  for (const auto& entry : embedded::kFixtureFiles) {
    if (entry.path == path) return entry.bytes;
  }
  ADD_FAILURE() << "no fixture tests/fixtures/" << path;
  return {};
}

// Every embedded fixture whose path starts with `folder` ("hostile/"), in path order.
inline std::vector<std::string_view> fixturePaths(std::string_view folder) {
  std::vector<std::string_view> paths;
  for (const auto& entry : embedded::kFixtureFiles) {
    if (entry.path.substr(0, folder.size()) == folder) paths.push_back(entry.path);
  }
  return paths;
}

}  // namespace fiche::test
