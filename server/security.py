"""Security headers of the static responses: a Content-Security-Policy that allows exactly
what Fiche needs, nosniff and no referrer. docs/deploy.md explains each directive; its
nginx configurations send the same policy."""

from __future__ import annotations

import json
import pathlib
import urllib.parse

# 'wasm-unsafe-eval' lets the page compile its WebAssembly module and nothing else (no eval,
# no new Function). The fonts, config.json and the module are fetched (connect-src); the
# favicon is an image; app.css the only style sheet. Everything else is refused.
_FIXED = (
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'none'",
)

# A page without a configured API lets the user type any server's address: the policy can
# only require HTTPS for it.
ANY_HTTPS = "https:"


def api_origin(api: str) -> str | None:
    """The origin (scheme://host[:port]) of an API root such as 'https://erp.example/16', or
    None when it is empty or not an http(s) URL."""
    parts = urllib.parse.urlsplit(api.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    try:
        port = parts.port
    except ValueError:
        return None
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    default = {"http": 80, "https": 443}[parts.scheme.lower()]
    suffix = f":{port}" if port is not None and port != default else ""
    return f"{parts.scheme.lower()}://{host}{suffix}"


def configured_origin(config_file: pathlib.Path) -> str | None:
    """The API origin a deployment's config.json names; None when it names none (or the file
    is missing or invalid: then the page asks the user)."""
    try:
        config = json.loads(config_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    api = config.get("api") if isinstance(config, dict) else None
    return api_origin(api) if isinstance(api, str) else None


def content_security_policy(connect: str | None) -> str:
    """The policy for a page whose API is at origin `connect`: None means the page's own
    origin (serve.py's demo API, or a same-origin proxy), ANY_HTTPS any HTTPS server."""
    sources = "'self'" if connect is None else f"'self' {connect}"
    return "; ".join((*_FIXED, f"connect-src {sources}"))


def headers(connect: str | None) -> list[tuple[str, str]]:
    return [
        ("Content-Security-Policy", content_security_policy(connect)),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
    ]
