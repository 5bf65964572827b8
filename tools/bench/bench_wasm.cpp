// tools/bench: the wasm benchmark module's entry point, called from JavaScript (Node or a page)
// with the fixtures' bytes already copied into the module's memory.
#include <cstddef>
#include <string_view>

#include "bench_core.hpp"

extern "C" int fiche_bench_run(const char* pages, std::size_t pagesSize, const char* details,
                               std::size_t detailsSize, int repeats, const char* platform) {
  fiche::bench::Input input;
  input.pages = fiche::bench::lines(std::string_view(pages, pagesSize));
  if (details != nullptr) {
    input.details = fiche::bench::lines(std::string_view(details, detailsSize));
  }
  input.repeats = repeats < 1 ? 1 : repeats;
  fiche::bench::run(input, platform);
  return 0;
}
