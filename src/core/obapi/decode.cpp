// core/obapi: decoders for discovery, intervention lists and single interventions.
#include "core/obapi/decode.hpp"

#include <optional>
#include <string>

#include "core/util/json_reader.hpp"

namespace fiche::core {
namespace {

using nlohmann::json;

Error decodeError(std::string message) {
  return Error{.kind = ErrorKind::Decode, .message = std::move(message)};
}

// The parsed body if it is a JSON object; otherwise an error naming what it was given.
Result<json> parseObject(std::string_view body, std::string_view what) {
  std::optional<json> parsed = parseJson(body);
  if (!parsed) {
    return decodeError("The " + std::string(what) + " reply is not valid JSON.");
  }
  if (!parsed->is_object()) {
    return decodeError("The " + std::string(what) + " reply is not a JSON object.");
  }
  return std::move(*parsed);
}

std::string text(const json& obj, std::string_view key) {
  return optString(obj, key).value_or(std::string());
}

std::int64_t int64Or(const json& obj, std::string_view key, std::int64_t fallback) {
  return optInt64(obj, key).value_or(fallback);
}

int positiveOrZero(const json& obj, std::string_view key) {
  const int v = optInt(obj, key).value_or(0);
  return v > 0 ? v : 0;
}

InterventionSummary summaryFrom(const json& item) {
  return InterventionSummary{
      .id = text(item, "id"),
      .ref = text(item, "ref"),
      .date = text(item, "date_intervention"),
      .durationSeconds = int64Or(item, "duration", 0),
      .status = text(item, "status"),
  };
}

InterventionLine lineFrom(const json& line) {
  return InterventionLine{
      .id = text(line, "id"),
      .position = optInt(line, "position").value_or(0),
      .description = text(line, "description"),
      .date = text(line, "date"),
      .durationSeconds = int64Or(line, "duration", 0),
      .productRef = text(line, "product_ref"),
  };
}

}  // namespace

Result<Discovery> decodeDiscovery(std::string_view body) {
  Result<json> parsed = parseObject(body, "discovery");
  if (!parsed) return parsed.error();
  const json& top = parsed.value();
  // Shape B nests everything under "discovery"; shape A is flat.
  const json* wrapped = optObject(top, "discovery");
  const json& root = wrapped != nullptr ? *wrapped : top;

  Discovery discovery;
  discovery.obapiVersion = text(root, "obapi_version");
  if (const json* provider = optObject(root, "provider")) {
    discovery.providerName = text(*provider, "name");
  } else {
    discovery.providerName = text(root, "provider");
  }
  const json* list = optArray(root, "capabilities");
  if (list == nullptr) list = optArray(root, "endpoints");
  if (list != nullptr) {
    for (const json& entry : *list) {
      if (entry.is_string()) discovery.capabilities.push_back(entry.get<std::string>());
    }
  }
  if (const json* pagination = optObject(root, "pagination")) {
    discovery.defaultPerPage = positiveOrZero(*pagination, "default_per_page");
    discovery.maxPerPage = positiveOrZero(*pagination, "max_per_page");
  }
  return discovery;
}

Result<InterventionPage> decodeInterventionPage(std::string_view body) {
  Result<json> parsed = parseObject(body, "intervention list");
  if (!parsed) return parsed.error();
  const json& top = parsed.value();
  const json* items = optMember(top, "items");
  if (items == nullptr) return decodeError("The intervention list reply has no \"items\".");
  if (!items->is_array()) {
    return decodeError("The intervention list reply's \"items\" is not an array.");
  }

  InterventionPage page;
  page.itemsInReply = items->size();
  page.items.reserve(items->size());
  for (const json& item : *items) {
    if (!item.is_object()) continue;
    InterventionSummary summary = summaryFrom(item);
    if (summary.id.empty()) continue;
    page.items.push_back(std::move(summary));
  }
  if (const json* pagination = optObject(top, "pagination")) {
    page.hasPagination = true;
    page.pagination.page = optInt(*pagination, "page").value_or(0);
    page.pagination.perPage = optInt(*pagination, "per_page").value_or(0);
    page.pagination.totalItems = int64Or(*pagination, "total_items", -1);
    page.pagination.totalPages = optInt(*pagination, "total_pages").value_or(-1);
  }
  return page;
}

Result<Intervention> decodeIntervention(std::string_view body) {
  Result<json> parsed = parseObject(body, "intervention");
  if (!parsed) return parsed.error();
  const json* obj = optMember(parsed.value(), "intervention");
  if (obj == nullptr) return decodeError("The intervention reply has no \"intervention\".");
  if (!obj->is_object()) {
    return decodeError("The intervention reply's \"intervention\" is not an object.");
  }
  const json& o = *obj;
  Intervention result{
      .id = text(o, "id"),
      .ref = text(o, "ref"),
      .customerRef = text(o, "customer_ref"),
      .dateIntervention = text(o, "date_intervention"),
      .dateStart = text(o, "date_start"),
      .dateEnd = text(o, "date_end"),
      .contractRef = text(o, "contract_ref"),
      .description = text(o, "description"),
      .durationSeconds = int64Or(o, "duration", 0),
      .validatedAt = text(o, "validated_at"),
      .createdAt = text(o, "created_at"),
      .updatedAt = text(o, "updated_at"),
      .status = text(o, "status"),
      .publicNote = text(o, "public_note"),
      .lines = {},
  };
  if (const json* lines = optArray(o, "lines")) {
    result.lines.reserve(lines->size());
    for (const json& line : *lines) {
      if (line.is_object()) result.lines.push_back(lineFrom(line));
    }
  }
  return result;
}

}  // namespace fiche::core
