"""Injected faults around the API answers, for tests and soak runs.

Two sources, both deterministic:
- a seeded random rate (--fail-rate R --faults KIND,...): each API request except discovery
  fails with probability R, with one of the given kinds picked by the same RNG;
- a plan set at run time (only with --test-control) through the control endpoint
  POST /__fiche/faults {"plan": [{"kind": ..., "count": N, "match": ...}, ...]}: the next N
  matching requests get that fault (count 0 = until the plan is replaced). GET returns the
  plan and counters of what was served.

A kind is either an answer (a status with its body and headers) or a way of (not) answering
that needs the socket: hang, reset, drip. Those are carried out by server.httpd.
"""

from __future__ import annotations

import dataclasses
import random
import re
import threading

from server import api
from server.api import Response

# What a plan entry's "match" selects, by API path (relative to /obapi/v1).
MATCHES = {
    "any": re.compile(r".*"),
    "api": re.compile(r"/.+"),  # everything but discovery
    "discovery": re.compile(r"(/discovery)?\Z"),
    "list": re.compile(r"/interventions\Z"),
    "detail": re.compile(r"/interventions/[^/]+\Z"),
    "download": re.compile(r"/download/[^/]+\Z"),
}

_HTML_502 = (b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
             b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
             b"</body>\r\n</html>\r\n")


def _json_error(status, type_, code, message, retry_after=None) -> Response:
    headers = [("Retry-After", str(retry_after))] if retry_after is not None else []
    return api.error(status, type_, code, message, headers)


# Kinds that are plain answers: (name -> function(retry_after) -> Response).
ANSWERS = {
    "500": lambda ra: _json_error(500, "server_error", "INTERNAL_ERROR", "Unexpected server failure (injected fault)"),
    "502": lambda ra: Response(502, [("Content-Type", "text/html")], _HTML_502),
    "503": lambda ra: _json_error(503, "service_unavailable", "SERVICE_UNAVAILABLE",
                                  "The service is temporarily unavailable (injected fault), retry later", ra),
    "429": lambda ra: _json_error(429, "rate_limit", "RATE_LIMITED", "Too many requests (injected fault)", ra),
    "expired-token": lambda ra: _json_error(401, "authentication_error", "EXPIRED_TOKEN",
                                            "The provided Bearer token is invalid or expired"),
    "html-200": lambda ra: Response(200, [("Content-Type", "text/html")],
                                    b"<html><body><h1>Welcome to the captive portal</h1></body></html>"),
}
# Kinds that need the socket; httpd carries them out with the real answer's bytes.
SOCKET_KINDS = ("hang", "reset", "drip", "truncate")
KINDS = tuple(ANSWERS) + SOCKET_KINDS


@dataclasses.dataclass
class Fault:
    kind: str
    retry_after: int | None = None  # for 503 / 429: the Retry-After header, None = none
    drip_bytes: int = 64            # drip: bytes per step
    drip_interval: float = 0.25     # drip: seconds between steps

    def answer(self) -> Response | None:
        """The answer for answer kinds; None for socket kinds."""
        make = ANSWERS.get(self.kind)
        return make(self.retry_after) if make else None


@dataclasses.dataclass
class _Planned:
    fault: Fault
    match: str
    count: int  # left to serve; 0 = unlimited


class PlanError(ValueError):
    pass


def parse_kind(text: str) -> Fault:
    """'503', '503:2' (Retry-After 2), 'drip:32:0.5' ... as given on the command line."""
    name, *args = text.split(":")
    if name not in KINDS:
        raise PlanError(f"unknown fault kind {name!r} (kinds: {', '.join(KINDS)})")
    fault = Fault(name)
    try:
        if name in ("503", "429") and args:
            fault.retry_after = int(args[0])
        if name == "drip" and args:
            fault.drip_bytes = max(1, int(args[0]))
            if len(args) > 1:
                fault.drip_interval = max(0.0, float(args[1]))
    except ValueError:
        raise PlanError(f"bad arguments in fault {text!r}") from None
    return fault


def _planned(entry) -> _Planned:
    if not isinstance(entry, dict) or not isinstance(entry.get("kind"), str):
        raise PlanError("each plan entry must be an object with a string 'kind'")
    fault = parse_kind(entry["kind"])
    if "retry_after" in entry:
        if not isinstance(entry["retry_after"], int) or entry["retry_after"] < 0:
            raise PlanError("'retry_after' must be an integer >= 0")
        fault.retry_after = entry["retry_after"]
    for key, attr in (("drip_bytes", "drip_bytes"), ("drip_interval", "drip_interval")):
        if key in entry:
            if not isinstance(entry[key], (int, float)) or entry[key] <= 0:
                raise PlanError(f"'{key}' must be a positive number")
            setattr(fault, attr, int(entry[key]) if key == "drip_bytes" else float(entry[key]))
    match = entry.get("match", "api")
    if match not in MATCHES:
        raise PlanError(f"unknown match {match!r} (matches: {', '.join(MATCHES)})")
    count = entry.get("count", 1)
    if not isinstance(count, int) or count < 0:
        raise PlanError("'count' must be an integer >= 0 (0 = until replaced)")
    return _Planned(fault, match, count)


class Faults:
    """Decides which API requests fail, and how. Thread-safe; every decision is counted."""

    def __init__(self, rate: float = 0.0, seed: int = 1, kinds: list[Fault] | None = None):
        self.rate = rate
        self.kinds = kinds or [Fault("503", retry_after=1)]
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self._plan: list[_Planned] = []
        self.served: dict[str, int] = {}   # API requests seen, by match name ("list", ...)
        self.injected: dict[str, int] = {}  # faults applied, by kind

    def set_plan(self, entries) -> None:
        if not isinstance(entries, list):
            raise PlanError("'plan' must be a list")
        plan = [_planned(entry) for entry in entries]
        with self._lock:
            self._plan = plan

    def snapshot(self) -> dict:
        with self._lock:
            return {
                "plan": [{"kind": p.fault.kind, "match": p.match, "count": p.count} for p in self._plan],
                "served": dict(self.served),
                "injected": dict(self.injected),
            }

    def reset_counters(self) -> None:
        with self._lock:
            self.served.clear()
            self.injected.clear()

    def take(self, api_rel_path: str) -> Fault | None:
        """The fault for this request, if any (consumes a planned one)."""
        with self._lock:
            for name in ("discovery", "list", "detail", "download"):
                if MATCHES[name].match(api_rel_path):
                    self.served[name] = self.served.get(name, 0) + 1
                    break
            fault = self._from_plan(api_rel_path)
            if fault is None and self.rate > 0 and not MATCHES["discovery"].match(api_rel_path):
                if self._rng.random() < self.rate:
                    fault = self._rng.choice(self.kinds)
            if fault is not None:
                self.injected[fault.kind] = self.injected.get(fault.kind, 0) + 1
            return fault

    def _from_plan(self, path: str) -> Fault | None:
        for planned in self._plan:
            if not MATCHES[planned.match].match(path):
                continue
            if planned.count > 0:
                planned.count -= 1
                if planned.count == 0:
                    self._plan.remove(planned)
            return planned.fault
        return None
