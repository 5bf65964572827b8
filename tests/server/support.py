"""Shared fixtures: one small demo data set per test run, in-process servers, HTTP helpers."""

from __future__ import annotations

import atexit
import datetime as dt
import functools
import http.client
import json
import pathlib
import shutil
import sys
import tempfile
import threading
import urllib.parse

ROOT = pathlib.Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from server import data, httpd  # noqa: E402
from server.api import Api  # noqa: E402
from server.config import DEFAULT_TOKEN, Settings  # noqa: E402

COUNT = 600
SEED = 1
ANCHOR = dt.date(2025, 6, 15)
TOKEN = DEFAULT_TOKEN
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def temp_dir(prefix: str = "fiche-test-") -> pathlib.Path:
    path = pathlib.Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, path, True)
    return path


@functools.lru_cache(maxsize=None)
def data_dir() -> pathlib.Path:
    """Built once per process, shared by every test (and the serve.py subprocesses)."""
    path = temp_dir("fiche-data-")
    data.ensure_data(path, COUNT, SEED, ANCHOR)
    return path


@functools.lru_cache(maxsize=None)
def store() -> data.Store:
    return data.Store(data.data_file(data_dir(), COUNT, SEED, ANCHOR))


class Running:
    """An in-process server on a free port, in a background thread."""

    def __init__(self, settings: Settings | None = None, local: bool = True, host: str = "127.0.0.1",
                 sort_supported: bool = True):
        self.settings = settings or Settings()
        api = Api(store(), self.settings.token, sort_supported) if local else None
        self.server = httpd.make_server(host, 0, self.settings, api)
        self.port = self.server.server_address[1]
        self.base = f"http://{host}:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def request(self, path: str, method: str = "GET", headers: dict | None = None, body: bytes | None = None):
        """Raw request (the path is sent as is, no normalisation): (status, headers, body)."""
        return raw_request("127.0.0.1", self.port, path, method, headers, body)

    def get_json(self, path: str, headers: dict | None = AUTH, **params):
        if params:
            path += "?" + urllib.parse.urlencode(params)
        status, hdrs, body = self.request(path, headers=headers)
        return status, hdrs, json.loads(body.decode("utf-8"))


def raw_request(host, port, path, method="GET", headers=None, body=None, timeout=10):
    conn = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        payload = resp.read()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, payload
    finally:
        conn.close()


def all_items(srv: Running, **params) -> list[dict]:
    """Every item of a filtered list, page by page (checks the pages stitch up)."""
    items, page = [], 1
    while True:
        status, _, body = srv.get_json("/obapi/v1/interventions", page=page, per_page=200, **params)
        assert status == 200, body
        items += body["items"]
        if page >= body["pagination"]["total_pages"]:
            return items
        page += 1


def free_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
