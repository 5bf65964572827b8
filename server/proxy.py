"""Forwarding /obapi/... to a real OBAPI server (--upstream), so a browser page served
from here can talk to an ERP that sends no CORS headers."""

from __future__ import annotations

import http.client
import urllib.error
import urllib.request

from server.api import Response, error

# Only these travel back; hop-by-hop and upstream cookies/caching headers stay behind.
PASSED_BACK = ("Content-Type", "Content-Disposition", "Retry-After")
FORWARDED = ("Authorization", "Accept")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Never follow a redirect: it would carry the bearer token to another host."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


_opener = urllib.request.build_opener(_NoRedirect)


def upstream_url(base: str, path: str, query: str) -> str:
    """base may carry a sub-path ('https://erp.example.com/16'); path starts with '/'."""
    return base.rstrip("/") + path + ("?" + query if query else "")


def forward(base: str, method: str, path: str, query: str, headers, timeout: float) -> Response:
    request = urllib.request.Request(upstream_url(base, path, query), method=method)
    for name in FORWARDED:
        value = headers.get(name)
        if value:
            request.add_header(name, value)
    request.add_header("User-Agent", "Fiche-serve/1.0")
    try:
        with _opener.open(request, timeout=timeout) as reply:
            status, reply_headers, body = reply.status, reply.headers, reply.read()
    except urllib.error.HTTPError as exc:  # 4xx/5xx (and unfollowed 3xx) are answers too
        status, reply_headers = exc.code, exc.headers
        body = exc.read() if exc.fp else b""
    except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        return error(502, "server_error", "UPSTREAM_UNREACHABLE", f"Upstream OBAPI server unreachable: {reason}")
    passed = [(name, reply_headers[name]) for name in PASSED_BACK if reply_headers.get(name)]
    return Response(status, passed, body)
