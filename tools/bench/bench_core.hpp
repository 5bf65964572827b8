// tools/bench: the benchmarks that run alike natively and as wasm — decoding OBAPI list pages
// and details, and keystrokes in the list's query engine over every row. They print figures
// (one "bench ..." line each, key=value pairs) and assert nothing.
#pragma once

#include <string_view>
#include <vector>

namespace fiche::bench {

struct Input {
  std::vector<std::string_view> pages;    // list response bodies
  std::vector<std::string_view> details;  // single-intervention response bodies
  int repeats = 5;
};

// platform: a label for the printed lines ("native", "wasm-node", "wasm-chromium").
void run(const Input& input, std::string_view platform);

// Splits JSON Lines text into its non-empty lines.
std::vector<std::string_view> lines(std::string_view text);

}  // namespace fiche::bench
