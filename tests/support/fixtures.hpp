// tests/support: OBAPI bodies used across tests, inline (the wasm test run has no file system).
#pragma once

#include <string_view>

namespace fiche::test::fixtures {

// The list example of the seed page, verbatim. Its "pagination": { "..." } placeholder makes it
// invalid JSON: decoders must reject it cleanly.
inline constexpr std::string_view kSeedListVerbatim = R"({
    "items": [
        {
            "id": "42",
            "ref": "FI2405-0005",
            "date_intervention": "2024-05-18",
            "duration": 7200,
            "status": "done"
        }
    ],
    "pagination": { "..." }
})";

// The same list with the placeholder replaced by the documented pagination shape (SPEC §3).
inline constexpr std::string_view kSeedList = R"({
    "items": [
        {
            "id": "42",
            "ref": "FI2405-0005",
            "date_intervention": "2024-05-18",
            "duration": 7200,
            "status": "done"
        }
    ],
    "pagination": {"page": 1, "per_page": 50, "total_items": 1, "total_pages": 1}
})";

// The single-intervention example of the seed page, verbatim.
inline constexpr std::string_view kSeedSingle = R"({
    "intervention": {
        "id": "42",
        "ref": "FI2405-0005",
        "customer_ref": "",
        "date_intervention": "2024-05-18",
        "date_start": "2024-05-18",
        "date_end": "2024-05-18",
        "contract_ref": "CT2405-0002",
        "description": "On-site server maintenance",
        "duration": 7200,
        "validated_at": "2024-05-19T09:00:00Z",
        "created_at": "2024-05-17T14:00:00Z",
        "updated_at": "2024-05-19T09:00:00Z",
        "status": "done",
        "public_note": "",
        "lines": [
            {
                "id": "85",
                "position": 1,
                "description": "Hardware diagnostic and repair",
                "date": "2024-05-18",
                "duration": 3600,
                "product_ref": "SRV-MAINT"
            },
            {
                "id": "86",
                "position": 2,
                "description": "Software update and configuration",
                "date": "2024-05-18",
                "duration": 3600,
                "product_ref": "SRV-CONF"
            }
        ]
    }
})";

// Discovery, shape A (SPEC §6, [DISC]) with "interventions" added to the capabilities.
inline constexpr std::string_view kDiscoveryA = R"({
  "obapi_version": "1.0",
  "provider": { "name": "My Company", "website": "https://example.com",
                "contact_email": "contact@example.com" },
  "software": { "name": "Dolibarr", "version": "20.0.0" },
  "capabilities": ["thirdparty","contacts","products","proposals","orders",
                   "invoices","creditnotes","shipments","download","interventions"],
  "pagination": { "default_per_page": 50, "max_per_page": 200 }
})";

// Discovery, shape B (SPEC §6, [GS]) verbatim: no interventions.
inline constexpr std::string_view kDiscoveryB = R"({
  "discovery": {
    "provider": "Acme Corp",
    "obapi_version": "1.0",
    "endpoints": ["thirdparty","contacts","products","proposals","orders",
                  "invoices","creditnotes","shipments","download"],
    "tier": 1,
    "authentication": ["bearer"],
    "documentation": "https://obapi.org"
  }
})";

inline constexpr std::string_view kDiscoveryBWithInterventions = R"({
  "discovery": { "provider": "Acme Corp", "obapi_version": "1.0",
                 "endpoints": ["interventions", "download"], "tier": 2 }
})";

// Error bodies from SPEC §7 and §9.
inline constexpr std::string_view kInvalidToken =
    R"({"error":{"type":"authentication_error","code":"INVALID_TOKEN","message":"Invalid or expired API token"}})";
inline constexpr std::string_view kDocumentNotFound =
    R"({"error":{"type":"not_found","code":"DOCUMENT_NOT_FOUND","message":"No document available for this object"}})";
inline constexpr std::string_view kProxy502Html =
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n"
    "</html>\r\n";

}  // namespace fiche::test::fixtures
