"""Static hosting of the web build: types, caching, traversal, dev and static config.json."""

from __future__ import annotations

import json
import os
import unittest

from tests.server import support
from tests.server.support import Running
from server.config import Settings

FILES = {
    "index.html": b"<!doctype html><title>Fiche</title>",
    "fiche.js": b"console.log('fiche');",
    "fiche.wasm": b"\x00asm\x01\x00\x00\x00",
    "style.css": b"body{}",
    "icon.svg": b"<svg/>",
    "icon.png": b"\x89PNG",
    "font.ttf": b"ttf",
    "font.woff2": b"wOF2",
    "data.json": b"{}",
    "config.json": b'{"api": "https://erp.example.com/16", "token": "", "mode": "browse"}',
    "sub/index.html": b"<p>sub</p>",
}
TYPES = {
    "/": "text/html; charset=utf-8",
    "/index.html": "text/html; charset=utf-8",
    "/fiche.js": "text/javascript; charset=utf-8",
    "/fiche.wasm": "application/wasm",
    "/style.css": "text/css; charset=utf-8",
    "/icon.svg": "image/svg+xml",
    "/icon.png": "image/png",
    "/font.ttf": "font/ttf",
    "/font.woff2": "font/woff2",
    "/data.json": "application/json; charset=utf-8",
}


class StaticTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        base = support.temp_dir()
        cls.web = base / "web"
        for name, content in FILES.items():
            (cls.web / name).parent.mkdir(parents=True, exist_ok=True)
            (cls.web / name).write_bytes(content)
        (base / "secret.txt").write_bytes(b"TOP SECRET")
        os.symlink(base / "secret.txt", cls.web / "link.txt")
        cls.srv = Running(Settings(web_dir=cls.web))

    @classmethod
    def tearDownClass(cls):
        cls.srv.close()

    def test_types_and_bodies(self):
        for path, ctype in TYPES.items():
            status, headers, body = self.srv.request(path)
            self.assertEqual(status, 200, path)
            self.assertEqual(headers["content-type"], ctype, path)
            name = "index.html" if path == "/" else path[1:]
            self.assertEqual(body, FILES[name])
            self.assertEqual(int(headers["content-length"]), len(body))

    def test_directory_index_and_query(self):
        self.assertEqual(self.srv.request("/sub/")[2], FILES["sub/index.html"])
        self.assertEqual(self.srv.request("/index.html?test=1")[2], FILES["index.html"])

    def test_no_cache_and_revalidation(self):
        for path in ("/", "/index.html", "/config.json"):
            self.assertEqual(self.srv.request(path)[1]["cache-control"], "no-cache", path)
        _, headers, _ = self.srv.request("/fiche.wasm")
        status, _, body = self.srv.request("/fiche.wasm", headers={"If-None-Match": headers["etag"]})
        self.assertEqual((status, body), (304, b""))

    def test_head(self):
        status, headers, body = self.srv.request("/fiche.js", method="HEAD")
        self.assertEqual((status, body), (200, b""))
        self.assertEqual(int(headers["content-length"]), len(FILES["fiche.js"]))

    def test_missing_file(self):
        status, headers, _ = self.srv.request("/nope.js")
        self.assertEqual(status, 404)
        self.assertTrue(headers["content-type"].startswith("text/plain"))

    def test_traversal_blocked(self):
        for path in ("/../secret.txt", "/%2e%2e/secret.txt", "/sub/../../secret.txt", "/sub/%2E%2E/%2E%2E/secret.txt",
                     "/..%2fsecret.txt", "/link.txt", "/../../../../../../etc/passwd", "//etc/passwd",
                     "/%00index.html"):
            status, _, body = self.srv.request(path)
            self.assertEqual(status, 404, path)
            self.assertNotIn(b"TOP SECRET", body)
            self.assertNotIn(b"root:", body)

    def test_dev_config(self):
        status, headers, body = self.srv.request("/config.json", headers={"Host": "fiche.test:8123"})
        self.assertEqual(status, 200)
        self.assertEqual(headers["content-type"], "application/json; charset=utf-8")
        self.assertEqual(json.loads(body), {"api": "http://fiche.test:8123", "token": "fiche-demo-token", "mode": "browse"})
        _, _, body = self.srv.request("/config.json")
        self.assertEqual(json.loads(body)["api"], f"http://127.0.0.1:{self.srv.port}")

    def test_static_config(self):
        with Running(Settings(web_dir=self.web, static_config=True)) as srv:
            status, headers, body = srv.request("/config.json")
            self.assertEqual((status, body), (200, FILES["config.json"]))
            self.assertEqual(headers["cache-control"], "no-cache")


def directives(policy: str) -> dict[str, str]:
    return {d.split(" ", 1)[0]: d.split(" ", 1)[1] for d in (p.strip() for p in policy.split(";")) if d}


class SecurityHeadersTest(unittest.TestCase):
    """The policy of docs/deploy.md on every static answer; connect-src names the API."""

    @classmethod
    def setUpClass(cls):
        cls.web = support.temp_dir() / "web"
        cls.web.mkdir()
        (cls.web / "index.html").write_bytes(FILES["index.html"])
        cls.srv = Running(Settings(web_dir=cls.web))

    @classmethod
    def tearDownClass(cls):
        cls.srv.close()

    def policy(self, srv, path="/"):
        _, headers, _ = srv.request(path)
        self.assertEqual(headers["x-content-type-options"], "nosniff", path)
        self.assertEqual(headers["referrer-policy"], "no-referrer", path)
        return directives(headers["content-security-policy"])

    def test_fixed_directives_on_every_static_answer(self):
        for path in ("/", "/index.html", "/config.json", "/missing.js"):
            policy = self.policy(self.srv, path)
            self.assertEqual(policy["default-src"], "'none'")
            self.assertEqual(policy["script-src"], "'self' 'wasm-unsafe-eval'")
            self.assertEqual(policy["style-src"], "'self'")
            self.assertEqual(policy["img-src"], "'self'")
            self.assertEqual(policy["frame-ancestors"], "'none'")
            self.assertEqual(policy["base-uri"], "'none'")
            self.assertNotIn("unsafe-inline", str(policy))
            self.assertNotIn("'unsafe-eval'", str(policy))

    def test_dev_mode_connects_to_itself_only(self):
        self.assertEqual(self.policy(self.srv)["connect-src"], "'self'")

    def test_api_answers_keep_their_own_headers(self):
        _, headers, _ = self.srv.request("/obapi/v1", headers=support.AUTH)
        self.assertNotIn("content-security-policy", headers)
        self.assertEqual(headers["access-control-allow-origin"], "*")

    def test_static_config_names_the_api_origin(self):
        cases = {
            b'{"api": "https://erp.example.com/16/"}': "'self' https://erp.example.com",
            b'{"api": "http://erp.internal:8069"}': "'self' http://erp.internal:8069",
            b'{"api": ""}': "'self' https:",  # the user picks the server: any HTTPS one
            b'not json': "'self' https:",
        }
        for config, expected in cases.items():
            (self.web / "config.json").write_bytes(config)
            with Running(Settings(web_dir=self.web, static_config=True)) as srv:
                self.assertEqual(self.policy(srv)["connect-src"], expected, config)
        (self.web / "config.json").unlink()
        with Running(Settings(web_dir=self.web, static_config=True)) as srv:
            self.assertEqual(self.policy(srv)["connect-src"], "'self' https:")


class NotBuiltTest(unittest.TestCase):
    def test_missing_web_dir_still_serves_api(self):
        missing = support.temp_dir() / "not-built"
        with Running(Settings(web_dir=missing)) as srv:
            status, headers, body = srv.request("/")
            self.assertEqual(status, 404)
            self.assertTrue(headers["content-type"].startswith("text/plain"))
            self.assertIn(b"not built", body)
            self.assertIn(b"python3 serve.py", body)
            self.assertEqual(srv.request("/obapi/v1/interventions", headers=support.AUTH)[0], 200)
            self.assertEqual(srv.request("/config.json")[0], 200)  # dev config does not need the build


if __name__ == "__main__":
    unittest.main()
