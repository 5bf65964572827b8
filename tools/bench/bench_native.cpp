// tools/bench: the native benchmark program — reads the fixtures and runs the benchmarks.
//   fiche_bench LIST_PAGES.jsonl [DETAILS.jsonl] [--repeats N]
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

#include "bench_core.hpp"

namespace {

bool readFile(const char* path, std::string& text) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return false;
  text.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::string pages;
  std::string details;
  fiche::bench::Input input;
  int positional = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--repeats" && i + 1 < argc) {
      input.repeats = std::atoi(argv[++i]);
    } else if (positional == 0 && readFile(argv[i], pages)) {
      ++positional;
    } else if (positional == 1 && readFile(argv[i], details)) {
      ++positional;
    } else {
      std::fprintf(stderr, "usage: fiche_bench LIST_PAGES.jsonl [DETAILS.jsonl] [--repeats N]\n");
      return 2;
    }
  }
  if (positional == 0 || input.repeats < 1) {
    std::fprintf(stderr, "usage: fiche_bench LIST_PAGES.jsonl [DETAILS.jsonl] [--repeats N]\n");
    return 2;
  }
  input.pages = fiche::bench::lines(pages);
  input.details = fiche::bench::lines(details);
  fiche::bench::run(input, "native");
  return 0;
}
