// core/net: HttpResponse helpers.
#include "core/net/http.hpp"

namespace fiche::core {

std::string_view HttpResponse::header(std::string_view lowerName) const {
  for (const Header& h : headers) {
    if (h.name == lowerName) return h.value;
  }
  return {};
}

}  // namespace fiche::core
