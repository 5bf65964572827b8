// core/obapi: the API root the user typed, and every OBAPI URL built from it.
#pragma once

#include <string>
#include <string_view>

#include "core/obapi/query.hpp"
#include "core/util/result.hpp"

namespace fiche::core {

// Cleans what the user typed or configured into the root all URLs hang from:
// - trims surrounding blanks; scheme must be http:// or https:// (any case, written lower);
// - host required (name, IPv4 or [IPv6], the latter of hex digits, ':' and '.'), optional
//   :port (1..65535);
// - a sub-path is kept ("https://erp.example/16"); trailing '/' are dropped, and so are pasted
//   "/obapi/v1" or "/obapi/v1/discovery" suffixes (all of them: the result normalises to
//   itself);
// - rejected with ErrorKind::InvalidInput and a message for people: query ('?'), fragment
//   ('#'), credentials ("user:pw@"), spaces or control characters inside.
Result<std::string> normaliseApiRoot(std::string_view input);

// RFC 3986: unreserved characters (A-Z a-z 0-9 - . _ ~) kept, every other byte as %XX
// (upper-case hex); UTF-8 text is encoded byte by byte.
std::string percentEncode(std::string_view text);

// `root` is a value returned by normaliseApiRoot.
std::string discoveryUrl(std::string_view root);     // root + "/obapi/v1"
std::string discoveryAltUrl(std::string_view root);  // root + "/obapi/v1/discovery"

// Parameters in the fixed order page, per_page, date_start, date_end, status, sort; values
// percent-encoded; omitted ones as described on InterventionQuery. The fixed order makes a URL
// a stable key for a query.
std::string interventionsUrl(std::string_view root, const InterventionQuery& query);

// The id is one percent-encoded path segment ("a/b" -> "a%2Fb"). An id of "." or ".." cannot
// be sent safely (URL parsers resolve it even encoded); OBAPI ids never are.
std::string interventionUrl(std::string_view root, std::string_view id);

// PDF of an intervention: root + "/obapi/v1/download/{id}?type=intervention".
std::string downloadUrl(std::string_view root, std::string_view id);

}  // namespace fiche::core
