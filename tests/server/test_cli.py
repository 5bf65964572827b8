"""serve.py as a real process: the start-up lines, clean SIGINT/SIGTERM exits, the build
step's failures, argument checks."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import unittest

from tests.server import support

SERVE = support.ROOT / "serve.py"
FICHE_LINE = re.compile(r"^Fiche: http://127\.0\.0\.1:(\d+)/$")


def serve_args(*extra):
    return [sys.executable, "-u", str(SERVE), "--port", "0", "--no-build", "--data-dir", str(support.data_dir()),
            "--count", str(support.COUNT), "--seed", str(support.SEED), "--anchor", support.ANCHOR.isoformat(),
            "--web-dir", str(support.temp_dir() / "not-built"), *extra]


class Process:
    """serve.py in a subprocess; waits for (and parses) its first stdout line."""

    def __init__(self, args, script=SERVE):
        self.started = time.monotonic()
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.first_line = self._readline(15)
        self.startup_seconds = time.monotonic() - self.started
        match = FICHE_LINE.match(self.first_line.rstrip("\n"))
        if not match:
            self.proc.kill()
            raise AssertionError(f"unexpected first line {self.first_line!r}: {self.proc.stderr.read()}")
        self.port = int(match.group(1))
        self.second_line = self._readline(5)

    def _readline(self, timeout):
        result = []
        reader = threading.Thread(target=lambda: result.append(self.proc.stdout.readline()), daemon=True)
        reader.start()
        reader.join(timeout)
        if not result:
            self.proc.kill()
            raise AssertionError("serve.py printed nothing in time")
        return result[0]

    def stop(self, sig):
        self.proc.send_signal(sig)
        try:
            _, err = self.proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            raise
        return self.proc.returncode, err


class ServeProcessTest(unittest.TestCase):
    def test_start_serve_and_sigint(self):
        p = Process(serve_args())
        try:
            self.assertEqual(p.second_line.strip(), "demo token: fiche-demo-token")
            status, _, body = support.raw_request("127.0.0.1", p.port, "/obapi/v1")
            self.assertEqual(status, 200)
            self.assertEqual(json.loads(body)["obapi_version"], "1.0")
            status, _, body = support.raw_request("127.0.0.1", p.port, "/obapi/v1/interventions?per_page=1",
                                                  headers=support.AUTH)
            self.assertEqual(json.loads(body)["pagination"]["total_items"], support.COUNT)
            status, _, body = support.raw_request("127.0.0.1", p.port, "/")
            self.assertEqual(status, 404)
            self.assertIn(b"not built", body)
            # an idle keep-alive connection must not hold the shutdown up
            import http.client
            idle = http.client.HTTPConnection("127.0.0.1", p.port, timeout=5)
            idle.request("GET", "/obapi/v1")
            idle.getresponse().read()
            self.assertLess(p.startup_seconds, 10)
        finally:
            code, err = p.stop(signal.SIGINT)
        idle.close()
        self.assertEqual(code, 0, err)
        self.assertNotIn("Traceback", err)

    def test_sigterm_and_options(self):
        p = Process(serve_args("--token", "abc", "--fail-rate", "1.0"))
        try:
            self.assertEqual(p.second_line.strip(), "demo token: abc")
            status, _, body = support.raw_request("127.0.0.1", p.port, "/obapi/v1/interventions",
                                                  headers={"Authorization": "Bearer abc"})
            self.assertEqual(status, 503)
            self.assertEqual(support.raw_request("127.0.0.1", p.port, "/obapi/v1/discovery")[0], 200)
            config = json.loads(support.raw_request("127.0.0.1", p.port, "/config.json")[2])
            self.assertEqual(config["token"], "abc")
        finally:
            code, err = p.stop(signal.SIGTERM)
        self.assertEqual(code, 0, err)
        self.assertNotIn("Traceback", err)

    def test_generates_missing_data(self):
        d = support.temp_dir()
        args = serve_args()
        args[args.index("--data-dir") + 1] = str(d)
        args[args.index("--count") + 1] = "150"
        p = Process(args)
        try:
            self.assertEqual(len(list(d.glob("*.sqlite3"))), 1)
        finally:
            code, err = p.stop(signal.SIGINT)
        self.assertEqual(code, 0, err)
        self.assertIn("Generating demo data", err)

    def test_bad_arguments(self):
        for extra in (["--fail-rate", "2"], ["--anchor", "2025-13-01"], ["--count", "0"], ["--latency-ms", "-1"]):
            result = subprocess.run(serve_args(*extra), capture_output=True, text=True, timeout=30)
            self.assertEqual(result.returncode, 2, extra)
            self.assertIn("usage", result.stderr)


class BuildStepTest(unittest.TestCase):
    """serve.py runs tools/build-web from its own folder: test it on a copy of the tree."""

    def tree(self, build_script: str | None):
        root = support.temp_dir()
        shutil.copy2(SERVE, root / "serve.py")
        shutil.copytree(support.ROOT / "server", root / "server", ignore=shutil.ignore_patterns("__pycache__"))
        if build_script is not None:
            (root / "tools").mkdir()
            (root / "tools" / "build-web").write_text(build_script)
        return root

    def run_serve(self, root):
        args = serve_args()
        args[2] = str(root / "serve.py")
        args.remove("--no-build")
        return subprocess.run(args, capture_output=True, text=True, timeout=30)

    def test_failing_build_exit_code(self):
        result = self.run_serve(self.tree("echo building >&2; exit 7\n"))
        self.assertEqual(result.returncode, 7)
        self.assertIn("tools/build-web failed with exit status 7", result.stderr)
        self.assertEqual(result.stdout, "")

    def test_missing_build_script(self):
        result = self.run_serve(self.tree(None))
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("does not exist", result.stderr)

    def test_successful_build_then_serve(self):
        root = self.tree("mkdir -p build/web-release/out && echo '<p>built</p>' > build/web-release/out/index.html\n")
        args = serve_args()
        args[2] = str(root / "serve.py")
        args.remove("--no-build")
        i = args.index("--web-dir")
        del args[i:i + 2]  # the default web dir, relative to serve.py's folder
        p = Process(args)
        try:
            status, headers, body = support.raw_request("127.0.0.1", p.port, "/")
            self.assertEqual((status, body), (200, b"<p>built</p>\n"))
        finally:
            code, err = p.stop(signal.SIGINT)
        self.assertEqual(code, 0, err)


if __name__ == "__main__":
    unittest.main()
