// core/util: the origin (scheme://host[:port]) of an http(s) URL, to compare with the page's.
#pragma once

#include <string>
#include <string_view>

namespace fiche::core {

// "HTTPS://User:pw@API.Example:443/obapi?x#y" -> "https://api.example".
// - scheme http or https (any case), then "://", then a host: written lower-case;
// - userinfo (up to the last '@' before the path), path, query and fragment are ignored;
// - the port is written as a plain number, and dropped when it is the scheme's default
//   (80, 443) or empty ("http://h:/" -> "http://h");
// - an IPv6 literal keeps its brackets ("http://[::1]:8080" -> "http://[::1]:8080");
// - surrounding blanks are ignored.
// Returns "" for anything else: another scheme, no host, a bad port (not digits, > 65535),
// spaces or control characters in the host, an unclosed '['. Two URLs are same-origin when
// their non-empty results are equal. Host names are not IDNA- or IP-normalised.
std::string originOf(std::string_view url);

}  // namespace fiche::core
