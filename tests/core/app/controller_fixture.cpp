// tests/core/app: helpers shared by the Controller tests.
#include "controller_fixture.hpp"

namespace fiche::core::controller_testing {

std::string listBody(const std::vector<Row>& rows, int page, int totalPages, long long totalItems) {
  std::string items;
  for (const Row& row : rows) {
    if (!items.empty()) items += ",";
    items += R"({"id":")" + row.id + R"(","ref":")" + row.ref + R"(","date_intervention":")" +
             row.date + R"(","duration":)" + std::to_string(row.duration) + R"(,"status":")" +
             row.status + R"("})";
  }
  const long long total = totalItems >= 0 ? totalItems : static_cast<long long>(rows.size());
  return R"({"items":[)" + items + R"(],"pagination":{"page":)" + std::to_string(page) +
         R"(,"per_page":50,"total_items":)" + std::to_string(total) + R"(,"total_pages":)" +
         std::to_string(totalPages) + "}}";
}

std::string pageBody(std::string_view id, std::string_view ref) {
  return listBody({Row{.id = std::string(id), .ref = std::string(ref)}});
}

std::string detailBody(std::string_view id, std::string_view ref) {
  return R"({"intervention":{"id":")" + std::string(id) + R"(","ref":")" + std::string(ref) +
         R"(","date_intervention":"2024-05-18","duration":7200,"status":"done",
         "description":"Maintenance","lines":[
         {"id":"85","position":1,"description":"Diagnostic","date":"2024-05-18","duration":3600,
          "product_ref":"SRV-MAINT"},
         {"id":"86","position":2,"description":"Update","date":"2024-05-18","duration":3600,
          "product_ref":"SRV-CONF"}]}})";
}

std::string everyString(const AppState& s) {
  std::string all = s.connection.apiRoot + "|" + s.connection.discovery.providerName;
  auto addError = [&all](const std::optional<Error>& e) {
    if (e) all += "|" + e->message + "|" + e->apiType + "|" + e->apiCode;
  };
  addError(s.connection.error);
  addError(s.list.error);
  addError(s.detail.error);
  for (const std::optional<RetryInfo>* retry :
       {&s.connection.retry, &s.list.retry, &s.detail.retry}) {
    if (*retry) addError((*retry)->lastError);
  }
  all += "|" + s.connection.linkRoot + "|" + s.connection.configuredRoot;
  const InterventionQuery& q = s.list.query;
  all += "|" + q.dateStart + "|" + q.dateEnd + "|" + q.status + "|" + q.sort;
  for (std::size_t i = 0; i < s.list.store.size(); ++i) {
    const InterventionSummary& row = s.list.store.at(i);
    all += "|" + row.id + "|" + row.ref + "|" + row.date + "|" + row.status;
  }
  const Intervention& d = s.detail.intervention;
  all += "|" + s.detail.id + "|" + d.id + "|" + d.ref + "|" + d.description + "|" + d.publicNote;
  for (const DownloadState& download : s.downloads) {
    all += "|" + download.id + "|" + download.ref + "|" + download.fileName;
    addError(download.error);
  }
  const Route& r = s.route;
  all += "|" + r.from + "|" + r.to + "|" + r.status + "|" + r.sort + "|" + r.clientSort + "|" +
         r.openId;
  return all;
}

std::string listUrl(std::string_view query) {
  return std::string(kListBase) + "?" + std::string(query);
}

}  // namespace fiche::core::controller_testing
