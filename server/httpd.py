"""The HTTP side: static files of the web build, the dev config.json, and /obapi/...
answered locally (server.api) or forwarded (server.proxy), with CORS, latency and
injected failures around every API answer."""

from __future__ import annotations

import json
import pathlib
import select
import socket
import struct
import sys
import time
import traceback
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from server import api, faults, proxy, security
from server.api import Response
from server.config import Settings

CONTROL_PATH = "/__fiche/faults"  # with --test-control only
# A hung request gives up after this long even if the client never does.
HANG_LIMIT_S = 300

# Bearer tokens, no cookies: '*' is safe and lets any page (file://, another port) call us.
CORS_HEADERS = (
    ("Access-Control-Allow-Origin", "*"),
    ("Access-Control-Allow-Methods", "GET, OPTIONS"),
    ("Access-Control-Allow-Headers", "Authorization, Content-Type"),
    ("Access-Control-Expose-Headers", "Content-Disposition, Content-Length, Retry-After"),
    ("Access-Control-Max-Age", "600"),
)

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".wasm": "application/wasm",  # required by WebAssembly.instantiateStreaming
    ".css": "text/css; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".map": "application/json; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".txt": "text/plain; charset=utf-8",
    ".data": "application/octet-stream",
}


class FicheServer(ThreadingHTTPServer):
    daemon_threads = True  # a stuck keep-alive connection must not block shutdown

    def __init__(self, address, settings: Settings, local_api: api.Api | None):
        self.settings = settings
        self.api = local_api
        self.faults = faults.Faults(settings.fail_rate, settings.fail_seed, settings.fault_kinds)
        self.web_root = settings.web_dir.resolve() if settings.web_dir else None
        super().__init__(address, Handler)


class FicheServer6(FicheServer):
    address_family = socket.AF_INET6


def make_server(host: str, port: int, settings: Settings, local_api: api.Api | None) -> FicheServer:
    cls = FicheServer6 if ":" in host else FicheServer
    return cls((host, port), settings, local_api)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: the page loads several files at once
    server_version = "Fiche"
    sys_version = ""
    timeout = 60  # idle keep-alive connections give their thread back eventually
    server: FicheServer
    _injected = False  # this request was answered by an injected fault

    def version_string(self):
        return "Fiche"

    # --- methods -------------------------------------------------------------------------

    def do_GET(self):
        self._dispatch(head=False)

    def do_HEAD(self):
        self._dispatch(head=True)

    def do_OPTIONS(self):
        # CORS preflight, for any path: the answer does not depend on the resource.
        self._send(Response(204, [], b""), head=False, api_headers=True)

    def _reject(self):
        self._discard_body()
        self._send(api.method_not_allowed(), head=False, api_headers=True)

    def do_POST(self):
        if self.server.settings.test_control and _split_target(self.path).path == CONTROL_PATH:
            self._control_post()
        else:
            self._reject()

    do_PUT = do_PATCH = do_DELETE = do_TRACE = _reject

    def _discard_body(self):
        """Read a small request body so the connection stays usable; else close it."""
        length = self.headers.get("Content-Length")
        if self.headers.get("Transfer-Encoding") or (length and not length.isdigit()):
            self.close_connection = True
        elif length and int(length) > 0:
            if int(length) <= 1 << 20:
                self.rfile.read(int(length))
            else:
                self.close_connection = True

    # --- dispatch ------------------------------------------------------------------------

    def _dispatch(self, head: bool):
        url = _split_target(self.path)
        self._injected = False  # set by _api when a fault answers this request
        try:
            if url.path == "/obapi" or url.path.startswith("/obapi/"):
                self._api(url, head)
            elif self.server.settings.test_control and url.path == CONTROL_PATH:
                self._send(_json(200, self.server.faults.snapshot()), head, api_headers=False)
            else:
                self._send(self._static_answer(url.path), head, api_headers=False)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _api(self, url, head: bool):
        rel = api.api_path(url.path)
        fault = self.server.faults.take(rel) if rel is not None else None
        self._injected = fault is not None
        if fault is None:
            self._send(self._api_answer(url), head, api_headers=True)
        elif fault.kind == "hang":
            self._hang()
        elif fault.answer() is not None:
            self._send(fault.answer(), head, api_headers=True)
        else:
            self._send_faulty(self._api_answer(url), fault)

    def _api_answer(self, url) -> Response:
        s = self.server.settings
        if s.latency_ms > 0:
            time.sleep(s.latency_ms / 1000.0)
        try:
            if s.upstream:
                return proxy.forward(s.upstream, self.command, url.path, url.query, self.headers, s.upstream_timeout)
            return self.server.api.handle(self.command, url.path, url.query, self.headers)
        except Exception:  # one bad request must not take the server down
            traceback.print_exc(file=sys.stderr)
            return api.error(500, "server_error", "INTERNAL_ERROR", "Unexpected server failure")

    def _static_answer(self, path: str) -> Response:
        s, root = self.server.settings, self.server.web_root
        if path == "/config.json" and not s.static_config:
            return self._dev_config()
        if root is None or not root.is_dir():
            return _text(404, f"The Fiche web app is not built: {root or 'no web dir'} does not exist.\n"
                              "Run `python3 serve.py` (without --no-build) to build it.\n")
        rel = urllib.parse.unquote(path).lstrip("/")
        if "\x00" in rel:
            return _text(404, "Not found\n")
        target = (root / rel).resolve()
        # resolve() folds '..' and symlinks; whatever is left must still be inside root.
        if not target.is_relative_to(root):
            return _text(404, "Not found\n")
        if target.is_dir():
            target = target / "index.html"
        if not target.is_file():
            return _text(404, "Not found\n")
        stat = target.stat()
        etag = f'"{stat.st_mtime_ns:x}-{stat.st_size:x}"'
        # no-cache = "revalidate every time": rebuilt files with the same name are never
        # stale, and unchanged ones cost a 304.
        headers = [("Content-Type", _content_type(target)), ("Cache-Control", "no-cache"), ("ETag", etag)]
        if self.headers.get("If-None-Match") == etag:
            return Response(304, headers, b"")
        return Response(200, headers, target.read_bytes())

    def _dev_config(self) -> Response:
        """config.json generated per request: the API is this very server, as the browser
        reached it (Host header), so the page works with zero clicks."""
        host = self.headers.get("Host") or "%s:%d" % self.server.server_address[:2]
        body = {"api": f"http://{host}", "token": self.server.settings.config_token, "mode": "browse"}
        body.update(self.server.settings.config_extra)
        return Response(200, [("Content-Type", CONTENT_TYPES[".json"]), ("Cache-Control", "no-cache")],
                        json.dumps(body, ensure_ascii=False).encode("utf-8"))

    def _api_origin(self) -> str | None:
        """Where the page's API is, for the policy's connect-src: this server in development
        mode (the generated config.json points here, also with --upstream), else the origin
        the served config.json names, or any HTTPS server when it names none."""
        s, root = self.server.settings, self.server.web_root
        if not s.static_config:
            # --config-json may point the generated config elsewhere (tests of other origins).
            extra_api = s.config_extra.get("api")
            return security.api_origin(extra_api) if isinstance(extra_api, str) else None
        origin = security.configured_origin(root / "config.json") if root else None
        return origin or security.ANY_HTTPS

    # --- test control ------------------------------------------------------------------

    def _control_post(self):
        length = self.headers.get("Content-Length", "")
        if not length.isdigit() or int(length) > 1 << 16:
            self._send(_json(400, {"error": "a JSON body of at most 64 KiB is required"}), False, False)
            return
        try:
            request = json.loads(self.rfile.read(int(length)) or b"{}")
            if not isinstance(request, dict):
                raise faults.PlanError("the body must be a JSON object")
            if "plan" in request:
                self.server.faults.set_plan(request["plan"])
            if request.get("reset_counters"):
                self.server.faults.reset_counters()
        except (ValueError, faults.PlanError) as exc:
            self._send(_json(400, {"error": str(exc)}), False, False)
            return
        self._send(_json(200, self.server.faults.snapshot()), False, False)

    # --- output --------------------------------------------------------------------------

    def _send_head(self, response: Response, api_headers: bool, length: int | None):
        self.send_response(response.status)
        for name, value in response.headers:
            self.send_header(name, value)
        if api_headers:
            for name, value in CORS_HEADERS:
                self.send_header(name, value)
            self.send_header("Cache-Control", "no-store")
        else:
            # On every static answer, not only index.html: nosniff matters for each script,
            # and whatever document the browser shows from here carries the policy.
            for name, value in security.headers(self._api_origin()):
                self.send_header(name, value)
        if length is not None:
            self.send_header("Content-Length", str(length))
        self.end_headers()

    def _send(self, response: Response, head: bool, api_headers: bool):
        has_body = response.status not in (204, 304)
        self._send_head(response, api_headers, len(response.body) if has_body else None)
        if not head and has_body:
            self.wfile.write(response.body)

    def _send_faulty(self, response: Response, fault: faults.Fault):
        """The real answer, damaged on the way: cut short, reset mid-body, or trickling."""
        body = response.body
        if fault.kind == "truncate":
            cut = body[: len(body) // 2]
            self._send_head(response, True, len(cut))
            self.wfile.write(cut)
        elif fault.kind == "reset":
            self._send_head(response, True, len(body))
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            # SO_LINGER with a zero timeout turns close() into a TCP reset.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
        elif fault.kind == "drip":
            self._send_head(response, True, len(body))
            for start in range(0, len(body), fault.drip_bytes):
                self.wfile.write(body[start:start + fault.drip_bytes])
                self.wfile.flush()
                time.sleep(fault.drip_interval)

    def _hang(self):
        """Answers nothing: waits until the client gives up (or HANG_LIMIT_S), then closes."""
        self.close_connection = True
        deadline = time.monotonic() + HANG_LIMIT_S
        while time.monotonic() < deadline:
            readable, _, _ = select.select([self.connection], [], [], 0.2)
            if readable and not self.connection.recv(4096, socket.MSG_PEEK):
                return  # the client closed its side

    def log_request(self, code="-", size="-"):
        code = getattr(code, "value", code)
        # A real 500 is worth a line even when not logging; an injected one is expected.
        real_500 = str(code).isdigit() and int(code) == 500 and not self._injected
        if self.server.settings.log_requests or real_500:
            sys.stderr.write(f"{self.command} {urllib.parse.urlsplit(self.path).path} {code}\n")

    def log_message(self, format, *args):
        if self.server.settings.log_requests:
            sys.stderr.write("%s - %s\n" % (self.address_string(), format % args))


def _split_target(target: str) -> urllib.parse.SplitResult:
    """Path and query of the request target. urlsplit alone would read '//etc/passwd' as
    host 'etc'; only an absolute-form target ('http://host/path') carries a host."""
    if target.startswith(("http://", "https://")):
        return urllib.parse.urlsplit(target)
    path, _, query = target.partition("?")
    return urllib.parse.SplitResult("", "", path, query.partition("#")[0], "")


def _json(status: int, payload) -> Response:
    return Response(status, [("Content-Type", CONTENT_TYPES[".json"]), ("Cache-Control", "no-store")],
                    json.dumps(payload).encode("utf-8"))


def _text(status: int, message: str) -> Response:
    return Response(status, [("Content-Type", "text/plain; charset=utf-8"), ("Cache-Control", "no-cache")],
                    message.encode("utf-8"))


def _content_type(path: pathlib.Path) -> str:
    return CONTENT_TYPES.get(path.suffix.lower(), "application/octet-stream")
