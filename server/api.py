"""OBAPI routing and validation for the demo data: (method, path, query, headers) -> Response.

Pure logic, no sockets: the HTTP handler adds CORS, latency and fault injection around it,
and the tests can call it directly. Decisions on the spec's open points are listed in
docs/obapi-server.md; the short version is in the comments below.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import urllib.parse

from server import config, report
from server.data import SORT_SQL, STATUSES, Store

BASE = "/obapi/v1"
JSON_TYPE = "application/json; charset=utf-8"
_DIGITS = re.compile(r"[0-9]+\Z")  # ASCII only: str.isdigit() also accepts '²' and '٣'
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
# Beyond this an OFFSET no longer fits SQLite's 64-bit integers; such pages are empty anyway.
_MAX_OFFSET = 2**62


@dataclasses.dataclass
class Response:
    status: int
    headers: list[tuple[str, str]]
    body: bytes


def json_response(status: int, payload: dict, headers: list[tuple[str, str]] | None = None) -> Response:
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Response(status, [("Content-Type", JSON_TYPE)] + (headers or []), body)


def error(status: int, type_: str, code: str, message: str, headers=None) -> Response:
    """Every error has the OBAPI body {"error": {"type", "code", "message"}}."""
    return json_response(status, {"error": {"type": type_, "code": code, "message": message}}, headers)


class ApiError(Exception):
    def __init__(self, response: Response):
        super().__init__(response.status)
        self.response = response


def _bad(code: str, message: str) -> ApiError:
    return ApiError(error(400, "invalid_request", code, message))


def method_not_allowed() -> Response:
    return error(405, "method_not_allowed", "METHOD_NOT_ALLOWED",
                 "The OBAPI is read-only: only GET (and HEAD, OPTIONS) are allowed",
                 [("Allow", "GET, HEAD, OPTIONS")])


def api_path(path: str) -> str | None:
    """The path relative to /obapi/v1 ('' for the base itself, '/x' below it), or None
    when the path is not an API path. One trailing slash is ignored everywhere."""
    if path != BASE and not path.startswith(BASE + "/"):
        return None
    rest = path[len(BASE):]
    return rest[:-1] if rest.endswith("/") else rest


def is_discovery(path: str) -> bool:
    return api_path(path) in ("", "/discovery")


def _discovery_a() -> dict:
    return {
        "obapi_version": "1.0",
        "provider": {"name": config.PROVIDER_NAME, "website": config.PROVIDER_WEBSITE,
                     "contact_email": config.PROVIDER_EMAIL},
        "software": {"name": config.SOFTWARE_NAME, "version": config.SOFTWARE_VERSION},
        "capabilities": ["interventions", "download"],
        "pagination": {"default_per_page": config.DEFAULT_PER_PAGE, "max_per_page": config.MAX_PER_PAGE},
    }


def _discovery_b() -> dict:
    return {"discovery": {
        "provider": config.PROVIDER_NAME,
        "obapi_version": "1.0",
        "endpoints": ["interventions", "download"],
        "tier": 2,  # interventions are a tier-2 object
        "authentication": ["bearer"],
        "documentation": "https://obapi.org",
    }}


def _query(query_string: str) -> dict[str, str]:
    """Last value wins for a repeated parameter (as PHP, hence Dolibarr, does); an empty
    value counts as absent, so 'status=' means "no status filter"."""
    params: dict[str, str] = {}
    for key, value in urllib.parse.parse_qsl(query_string, keep_blank_values=True):
        if value == "":
            params.pop(key, None)
        else:
            params[key] = value
    return params


def _int_param(params: dict, name: str, default: int, maximum: int | None = None) -> int:
    raw = params.get(name)
    if raw is None:
        return default
    if not _DIGITS.match(raw) or int(raw) < 1:
        raise _bad("INVALID_PARAMETER", f"'{name}' must be an integer >= 1")
    value = int(raw)
    if maximum is not None and value > maximum:
        raise _bad("INVALID_PARAMETER", f"'{name}' must not exceed {maximum}")
    return value


def _date_param(params: dict, name: str) -> str | None:
    raw = params.get(name)
    if raw is None:
        return None
    try:
        if not _DATE.match(raw):
            raise ValueError
        return dt.date.fromisoformat(raw).isoformat()
    except ValueError:
        raise _bad("INVALID_PARAMETER", f"'{name}' must be a calendar date YYYY-MM-DD") from None


def _parse_id(segment: str) -> int | None:
    """Ids are strings of digits in canonical form ('0042' is not '42')."""
    if not _DIGITS.match(segment) or len(segment) > 18 or str(int(segment)) != segment:
        return None
    return int(segment)


class Api:
    def __init__(self, store: Store, token: str, sort_supported: bool = True):
        self.store = store
        self.token = token
        # SPEC §4/§15.4: sort values for interventions are undocumented; some servers refuse
        # the parameter and list in their own order (Dolibarr's is ref, newest first).
        self.sort_supported = sort_supported

    def handle(self, method: str, path: str, query_string: str, headers) -> Response:
        """headers: any mapping with .get() (http.client's message or a dict)."""
        try:
            return self._route(method, path, query_string, headers)
        except ApiError as exc:
            return exc.response

    def _route(self, method, path, query_string, headers) -> Response:
        rel = api_path(path)
        if method not in ("GET", "HEAD"):
            return method_not_allowed()
        if rel is None:
            raise ApiError(error(404, "not_found", "ENDPOINT_NOT_FOUND", "Not an OBAPI path"))
        if rel == "":
            return json_response(200, _discovery_a())
        if rel == "/discovery":
            return json_response(200, _discovery_b())
        self._authenticate(headers.get("Authorization"))
        params = _query(query_string)
        parts = rel.split("/")[1:]
        if parts == ["interventions"]:
            return self._list(params)
        if len(parts) == 2 and parts[0] == "interventions":
            return self._detail(urllib.parse.unquote(parts[1]))
        if len(parts) == 2 and parts[0] == "download":
            return self._download(urllib.parse.unquote(parts[1]), params)
        raise ApiError(error(404, "not_found", "ENDPOINT_NOT_FOUND",
                             "This endpoint is not implemented by this server"))

    def _authenticate(self, header: str | None) -> None:
        # Authentication comes before routing: without a token nothing but discovery is
        # revealed, not even which endpoints exist.
        if not header:
            raise ApiError(error(401, "authentication_error", "MISSING_TOKEN",
                                 "An Authorization: Bearer token is required"))
        scheme, _, token = header.strip().partition(" ")
        if scheme.lower() != "bearer" or token.strip() != self.token:
            raise ApiError(error(401, "authentication_error", "INVALID_TOKEN",
                                 "The provided Bearer token is invalid or expired"))

    def _list(self, params: dict) -> Response:
        page = _int_param(params, "page", 1)
        per_page = _int_param(params, "per_page", config.DEFAULT_PER_PAGE, config.MAX_PER_PAGE)
        date_start = _date_param(params, "date_start")
        date_end = _date_param(params, "date_end")
        status = params.get("status")
        if status is not None and status not in STATUSES:
            raise _bad("INVALID_PARAMETER", "'status' must be one of " + ", ".join(STATUSES))
        if not self.sort_supported and "sort" in params:
            raise _bad("INVALID_PARAMETER", "Unknown parameter 'sort'")
        sort = params.get("sort", "date_desc" if self.sort_supported else "ref_desc")
        if sort not in SORT_SQL:
            raise _bad("INVALID_PARAMETER", "'sort' must be one of date_desc, date_asc, ref_asc, ref_desc")
        if date_start and date_end and date_start > date_end:
            # Well-formed but contradictory: the spec's "semantically wrong" case.
            raise ApiError(error(422, "invalid_request", "INVALID_DATE_RANGE",
                                 "'date_start' must not be after 'date_end'"))
        offset = (page - 1) * per_page
        if offset > _MAX_OFFSET:
            total, items = self.store.list(date_start=date_start, date_end=date_end, status=status,
                                           sort=sort, limit=0, offset=0)
        else:
            total, items = self.store.list(date_start=date_start, date_end=date_end, status=status,
                                           sort=sort, limit=per_page, offset=offset)
        return json_response(200, {
            "items": items,
            # total_pages is 0 when there are no items: "page 1 of 0" means "nothing".
            "pagination": {"page": page, "per_page": per_page, "total_items": total,
                           "total_pages": (total + per_page - 1) // per_page},
        })

    def _get(self, segment: str) -> dict:
        ident = _parse_id(segment)
        iv = self.store.get(ident) if ident is not None else None
        if iv is None:
            raise ApiError(error(404, "not_found", "OBJECT_NOT_FOUND", "Requested object does not exist"))
        return iv

    def _detail(self, segment: str) -> Response:
        return json_response(200, {"intervention": self._get(segment)})

    def _download(self, segment: str, params: dict) -> Response:
        kind = params.get("type")
        if kind is None:
            raise _bad("MISSING_PARAMETER", "'type' is required (type=intervention)")
        if kind != "intervention":
            raise _bad("INVALID_PARAMETER", "Only type=intervention is available on this server")
        if params.get("format", "pdf") != "pdf":
            raise _bad("INVALID_PARAMETER", "Only format=pdf is available")
        iv = self._get(segment)
        if iv["status"] == "draft":
            raise ApiError(error(404, "not_found", "DOCUMENT_NOT_FOUND",
                                 "No document available for this intervention"))
        body = report.intervention_pdf(iv, config.PROVIDER_NAME)
        # Refs are [A-Za-z0-9-]; anything else is dropped so the header stays valid.
        filename = re.sub(r"[^A-Za-z0-9._-]", "_", iv["ref"]) + ".pdf"
        return Response(200, [("Content-Type", "application/pdf"),
                              ("Content-Disposition", f'attachment; filename="{filename}"')], body)
