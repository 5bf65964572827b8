"""--upstream: a proxy instance in front of a demo instance must answer exactly like it,
plus CORS; an unreachable upstream is a 502 with an OBAPI error body."""

from __future__ import annotations

import json
import threading
import unittest
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.server import support
from tests.server.support import AUTH, Running
from server import proxy
from server.config import Settings


class ProxyTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.upstream = Running()
        cls.proxy = Running(Settings(upstream=cls.upstream.base), local=False)

    @classmethod
    def tearDownClass(cls):
        cls.proxy.close()
        cls.upstream.close()

    def both(self, path, headers=AUTH):
        return self.upstream.request(path, headers=headers), self.proxy.request(path, headers=headers)

    def test_same_answers(self):
        for path in ("/obapi/v1", "/obapi/v1/discovery", "/obapi/v1/interventions?per_page=5&sort=ref_desc",
                     "/obapi/v1/interventions/1000", "/obapi/v1/interventions?per_page=500",
                     "/obapi/v1/interventions/abc", "/obapi/v1/nothing"):
            direct, proxied = self.both(path)
            self.assertEqual(proxied[0], direct[0], path)
            self.assertEqual(proxied[2], direct[2], path)
            self.assertEqual(proxied[1]["content-type"], direct[1]["content-type"])
            self.assertEqual(proxied[1]["access-control-allow-origin"], "*")

    def test_authorization_forwarded(self):
        direct, proxied = self.both("/obapi/v1/interventions", headers={"Authorization": "Bearer wrong"})
        self.assertEqual((proxied[0], proxied[2]), (401, direct[2]))
        direct, proxied = self.both("/obapi/v1/interventions", headers={})
        self.assertEqual(json.loads(proxied[2])["error"]["code"], "MISSING_TOKEN")

    def test_pdf_through_proxy(self):
        items = support.all_items(self.upstream, status="billed")
        path = f"/obapi/v1/download/{items[0]['id']}?type=intervention"
        direct, proxied = self.both(path)
        self.assertEqual(proxied[0], 200)
        self.assertEqual(proxied[2], direct[2])
        self.assertEqual(proxied[1]["content-type"], "application/pdf")
        self.assertEqual(proxied[1]["content-disposition"], direct[1]["content-disposition"])
        self.assertEqual(int(proxied[1]["content-length"]), len(direct[2]))

    def test_dev_config_points_at_the_proxy(self):
        body = json.loads(self.proxy.request("/config.json")[2])
        self.assertEqual(body["api"], self.proxy.base)
        self.assertEqual(body["token"], Settings().config_token)

    def test_unreachable_upstream(self):
        with Running(Settings(upstream=f"http://127.0.0.1:{support.free_port()}"), local=False) as srv:
            status, headers, body = srv.request("/obapi/v1/interventions", headers=AUTH)
            self.assertEqual(status, 502)
            err = json.loads(body)["error"]
            self.assertEqual((err["type"], err["code"]), ("server_error", "UPSTREAM_UNREACHABLE"))
            self.assertEqual(headers["access-control-allow-origin"], "*")


class _Recorder(BaseHTTPRequestHandler):
    """A fake upstream that records what reaches it and answers with a redirect when asked."""

    seen: list = []

    def do_GET(self):
        self.seen.append((self.path, self.headers.get("Authorization"), self.headers.get("Accept")))
        if "redirect" in self.path:
            self.send_response(302)
            self.send_header("Location", "http://127.0.0.1:9/steal")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = b'{"ok": true}'
        self.send_response(429)
        self.send_header("Content-Type", "application/json")
        self.send_header("Retry-After", "7")
        self.send_header("Set-Cookie", "x=1")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class SubPathTest(unittest.TestCase):
    def test_url_join(self):
        self.assertEqual(proxy.upstream_url("https://erp.example.com/16/", "/obapi/v1/interventions", "page=2"),
                         "https://erp.example.com/16/obapi/v1/interventions?page=2")
        self.assertEqual(proxy.upstream_url("https://erp.example.com", "/obapi/v1", ""),
                         "https://erp.example.com/obapi/v1")

    def test_forwarding_details(self):
        fake = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
        threading.Thread(target=fake.serve_forever, daemon=True).start()
        try:
            base = f"http://127.0.0.1:{fake.server_address[1]}/16"
            with Running(Settings(upstream=base), local=False) as srv:
                status, headers, body = srv.request("/obapi/v1/interventions?page=2&sort=ref_asc",
                                                    headers={**AUTH, "Accept": "application/json"})
                self.assertEqual((status, body), (429, b'{"ok": true}'))
                self.assertEqual(headers["retry-after"], "7")
                self.assertNotIn("set-cookie", headers)
                self.assertEqual(_Recorder.seen[-1], ("/16/obapi/v1/interventions?page=2&sort=ref_asc",
                                                      AUTH["Authorization"], "application/json"))
                status, _, _ = srv.request("/obapi/v1/redirect", headers=AUTH)
                self.assertEqual(status, 302)  # passed back, never followed with the token
                self.assertEqual(len(_Recorder.seen), 2)
        finally:
            fake.shutdown()
            fake.server_close()


if __name__ == "__main__":
    unittest.main()
