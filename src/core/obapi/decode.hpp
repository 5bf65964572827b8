// core/obapi: JSON bodies -> OBAPI types; tolerant of what servers vary on, strict on shape.
#pragma once

#include <string_view>

#include "core/obapi/types.hpp"
#include "core/util/result.hpp"

namespace fiche::core {

// Tolerance rules shared by all decoders:
// - ids, refs and other text fields may arrive as strings or numbers; numbers become their
//   decimal text. Leading zeros in strings are kept.
// - durations and integers may be numbers or numeric strings ("7200"); unusable -> 0.
// - null, missing, or wrongly typed optional fields -> empty / default value.
// - unknown fields are ignored; unknown status values are kept as they are.
// Errors (always ErrorKind::Decode, message naming the problem): body not JSON (or nested
// deeper than kMaxJsonDepth), top level not an object, and the per-function cases below.

// Shape A: top-level obapi_version, provider {name} (or a plain string), capabilities,
// pagination {default_per_page, max_per_page}. Shape B: the same inside "discovery", with
// provider as a string and the list named "endpoints". Every field may be absent; non-string
// capability entries are skipped; non-positive page sizes count as not advertised.
Result<Discovery> decodeDiscovery(std::string_view body);

// {"items": [...], "pagination": {...}}. Error when "items" is missing or not an array.
// Items that are not objects, or lack a usable id, are skipped: a row without an id cannot be
// opened or told apart from others; itemsInReply still counts them. hasPagination is true
// when "pagination" is an object; its fields fall back to Pagination's defaults one by one.
// Whether more pages follow: isLastPage (pagination.hpp).
Result<InterventionPage> decodeInterventionPage(std::string_view body);

// {"intervention": {...}}. Error when the wrapper is missing or not an object. Lines that are
// not objects are skipped; a "lines" value that is not an array counts as no lines.
Result<Intervention> decodeIntervention(std::string_view body);

}  // namespace fiche::core
