// tests/fuzz: FUZZ_CHECK, how a fuzz target reports a broken property (libFuzzer saves the input).
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "core/util/utf8.hpp"

// Aborts with the property and where it was checked: libFuzzer treats the abort as a crash
// and writes the input that caused it to its artifact folder.
#define FUZZ_CHECK(condition, property)                                                  \
  do {                                                                                   \
    if (!(condition)) {                                                                  \
      std::fprintf(stderr, "property violated: %s\n  check: %s\n  at %s:%d\n", property, \
                   #condition, __FILE__, __LINE__);                                      \
      std::abort();                                                                      \
    }                                                                                    \
  } while (false)

namespace fiche::fuzz {

// The fuzzer's bytes as text.
inline std::string_view textOf(const unsigned char* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Every string a decoder or parser hands to the UI must be valid UTF-8 (bad bytes become
// U+FFFD on the way in).
inline void checkUtf8(std::string_view text, const char* what) {
  FUZZ_CHECK(core::isValidUtf8(text), what);
}

}  // namespace fiche::fuzz
