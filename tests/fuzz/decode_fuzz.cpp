// tests/fuzz: the OBAPI body decoders (discovery, list page, single intervention) and the UTF-8
// repair under them, on any bytes; every input goes through all three decoders.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/obapi/decode.hpp"
#include "core/obapi/pagination.hpp"
#include "core/util/utf8.hpp"
#include "fuzz_check.hpp"

namespace fiche::fuzz {
namespace {

using core::ErrorKind;

void checkFailure(const core::Error& error) {
  FUZZ_CHECK(error.kind == ErrorKind::Decode, "decoders fail with ErrorKind::Decode");
  FUZZ_CHECK(!error.message.empty(), "a decode error says what is wrong");
  checkUtf8(error.message, "error messages are UTF-8");
}

void checkDiscovery(std::string_view body) {
  const core::Result<core::Discovery> result = core::decodeDiscovery(body);
  if (!result) return checkFailure(result.error());
  const core::Discovery& d = result.value();
  checkUtf8(d.providerName, "provider name is UTF-8");
  checkUtf8(d.obapiVersion, "obapi_version is UTF-8");
  for (const std::string& capability : d.capabilities) checkUtf8(capability, "capability UTF-8");
  FUZZ_CHECK(d.defaultPerPage >= 0 && d.maxPerPage >= 0, "advertised page sizes are >= 0");
}

void checkPage(std::string_view body) {
  const core::Result<core::InterventionPage> result = core::decodeInterventionPage(body);
  if (!result) return checkFailure(result.error());
  const core::InterventionPage& page = result.value();
  FUZZ_CHECK(page.items.size() <= page.itemsInReply, "kept items are among those sent");
  for (const core::InterventionSummary& item : page.items) {
    FUZZ_CHECK(!item.id.empty(), "every kept row has an id");
    for (const std::string* text : {&item.id, &item.ref, &item.date, &item.status}) {
      checkUtf8(*text, "list fields are UTF-8");
    }
  }
  if (!page.hasPagination) {
    FUZZ_CHECK(page.pagination.totalPages == -1 && page.pagination.totalItems == -1,
               "no pagination object, no totals");
  }
  // The end-of-list rule must hold whatever the reply says: empty means last.
  for (const int requested : {1, 2, 1000000}) {
    const bool last = core::isLastPage(page, requested, 50);
    if (page.itemsInReply == 0) FUZZ_CHECK(last, "an empty page is the last one");
  }
}

void checkDetail(std::string_view body) {
  const core::Result<core::Intervention> result = core::decodeIntervention(body);
  if (!result) return checkFailure(result.error());
  const core::Intervention& i = result.value();
  for (const std::string* text : {&i.id, &i.ref, &i.customerRef, &i.dateIntervention, &i.dateStart,
                                  &i.dateEnd, &i.contractRef, &i.description, &i.validatedAt,
                                  &i.createdAt, &i.updatedAt, &i.status, &i.publicNote}) {
    checkUtf8(*text, "detail fields are UTF-8");
  }
  for (const core::InterventionLine& line : i.lines) {
    for (const std::string* text : {&line.id, &line.description, &line.date, &line.productRef}) {
      checkUtf8(*text, "line fields are UTF-8");
    }
  }
}

void checkRepair(std::string_view bytes) {
  const std::string repaired = core::repairUtf8(bytes);
  checkUtf8(repaired, "repairUtf8 gives UTF-8");
  FUZZ_CHECK(core::repairUtf8(repaired) == repaired, "repairUtf8 is idempotent");
  if (core::isValidUtf8(bytes)) FUZZ_CHECK(repaired == bytes, "valid text is left as it is");
  FUZZ_CHECK(repaired.size() <= 3 * bytes.size(), "at most one U+FFFD per byte");
}

}  // namespace
}  // namespace fiche::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view body = fiche::fuzz::textOf(data, size);
  fiche::fuzz::checkDiscovery(body);
  fiche::fuzz::checkPage(body);
  fiche::fuzz::checkDetail(body);
  fiche::fuzz::checkRepair(body);
  return 0;
}
