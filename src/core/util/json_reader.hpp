// core/util: no-throw, typed reading of untrusted JSON (we build with -fno-exceptions).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace fiche::core {

// Deepest array/object nesting parseJson accepts. OBAPI bodies need 4; the limit keeps
// later recursive walks (dump, copies, our decoders) far from the wasm stack's end.
inline constexpr int kMaxJsonDepth = 64;

// Parses text as one JSON value. nullopt when it is not JSON, has trailing garbage, or nests
// deeper than kMaxJsonDepth. Never throws, never aborts.
// Broken text inside strings does not lose the document (nlohmann would reject it): bytes that
// are not UTF-8 become U+FFFD (see repairUtf8), and so do \u escapes of lone surrogates
// ("\ud800" not followed by a low surrogate, or a low one alone). Text needing neither is
// parsed in place, without a copy.
std::optional<nlohmann::json> parseJson(std::string_view text);

// The typed getters below read obj[key] when obj is an object holding key; in every other
// case (obj not an object, key missing, value null or of an unusable type) they return
// nullopt/nullptr. They never throw and never insert.

// Pointer to the member, or nullptr. The pointer lives as long as obj is not modified.
const nlohmann::json* optMember(const nlohmann::json& obj, std::string_view key);

// String as is; a number as its decimal text (42 -> "42", 42.0 -> "42", 1.5 -> "1.5"), so
// ids sent as numbers become the strings OBAPI documents. Booleans and null are nullopt.
std::optional<std::string> optString(const nlohmann::json& obj, std::string_view key);

// Integer number; float rounded down (7200.9 -> 7200) when in range; a string holding a
// decimal number ("7200", "-5", "7200.0", surrounding blanks allowed). Out of int64 range,
// empty string, or anything else: nullopt.
std::optional<std::int64_t> optInt64(const nlohmann::json& obj, std::string_view key);

// Same rules as optInt64, and nullopt when outside int's range.
std::optional<int> optInt(const nlohmann::json& obj, std::string_view key);

// The member when it is an object (resp. array), else nullptr.
const nlohmann::json* optObject(const nlohmann::json& obj, std::string_view key);
const nlohmann::json* optArray(const nlohmann::json& obj, std::string_view key);

// The same coercions applied to a value rather than a member.
std::optional<std::string> asString(const nlohmann::json& value);
std::optional<std::int64_t> asInt64(const nlohmann::json& value);

}  // namespace fiche::core
