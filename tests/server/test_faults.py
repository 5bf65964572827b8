"""Fault injection: each kind as the client sees it on the wire, plans set through the control
endpoint, the seeded random mix, and the generated config's extra keys."""

from __future__ import annotations

import http.client
import json
import socket
import time
import unittest

from server import faults
from server.config import Settings
from tests.server.support import AUTH, Running

LIST = "/obapi/v1/interventions"
DETAIL = LIST + "/1000"


def plan(srv: Running, *entries, **extra) -> dict:
    body = json.dumps({"plan": list(entries), **extra}).encode()
    status, _, payload = srv.request("/__fiche/faults", "POST", {"Content-Type": "application/json"}, body)
    assert status == 200, payload
    return json.loads(payload)


class ControlEndpointTest(unittest.TestCase):
    def test_absent_without_test_control(self):
        with Running() as srv:
            self.assertEqual(srv.request("/__fiche/faults", "POST", body=b"{}")[0], 405)
            self.assertEqual(srv.request("/__fiche/faults")[0], 404)

    def test_bad_plans_are_refused_and_change_nothing(self):
        with Running(Settings(test_control=True)) as srv:
            plan(srv, {"kind": "503", "count": 1})
            for bad in (b"not json", b"[]", b'{"plan": 3}', b'{"plan": [{"kind": "nope"}]}',
                        b'{"plan": [{"kind": "503", "count": -1}]}',
                        b'{"plan": [{"kind": "503", "match": "elsewhere"}]}',
                        b'{"plan": [{"kind": "429", "retry_after": "soon"}]}'):
                status, _, body = srv.request("/__fiche/faults", "POST", body=bad)
                self.assertEqual(status, 400, bad)
                self.assertIn("error", json.loads(body))
            _, _, body = srv.request("/__fiche/faults")
            self.assertEqual(json.loads(body)["plan"], [{"kind": "503", "match": "api", "count": 1}])

    def test_count_match_and_counters(self):
        with Running(Settings(test_control=True)) as srv:
            plan(srv, {"kind": "500", "count": 2, "match": "detail"})
            self.assertEqual(srv.request(LIST, headers=AUTH)[0], 200, "the list does not match")
            self.assertEqual(srv.request(DETAIL, headers=AUTH)[0], 500)
            self.assertEqual(srv.request(DETAIL, headers=AUTH)[0], 500)
            self.assertEqual(srv.request(DETAIL, headers=AUTH)[0], 200, "two only")
            _, _, body = srv.request("/__fiche/faults")
            snapshot = json.loads(body)
            self.assertEqual(snapshot["plan"], [])
            self.assertEqual(snapshot["injected"], {"500": 2})
            self.assertEqual(snapshot["served"], {"list": 1, "detail": 3})

    def test_count_zero_lasts_until_replaced(self):
        with Running(Settings(test_control=True)) as srv:
            plan(srv, {"kind": "expired-token", "count": 0})
            for _ in range(5):
                status, _, body = srv.request(LIST, headers=AUTH)
                self.assertEqual(status, 401)
                self.assertEqual(json.loads(body)["error"]["code"], "EXPIRED_TOKEN")
            self.assertEqual(srv.request("/obapi/v1")[0], 200, "discovery is not 'api'")
            plan(srv)
            self.assertEqual(srv.request(LIST, headers=AUTH)[0], 200)


class AnswerKindsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.srv = Running(Settings(test_control=True))

    @classmethod
    def tearDownClass(cls):
        cls.srv.close()

    def fault(self, kind, **entry):
        plan(self.srv, {"kind": kind, **entry})
        return self.srv.request(LIST, headers=AUTH)

    def test_503_with_and_without_retry_after(self):
        status, headers, body = self.fault("503", retry_after=2)
        self.assertEqual((status, headers["retry-after"]), (503, "2"))
        self.assertEqual(json.loads(body)["error"]["type"], "service_unavailable")
        status, headers, _ = self.fault("503")
        self.assertEqual(status, 503)
        self.assertNotIn("retry-after", headers)

    def test_429(self):
        status, headers, body = self.fault("429", retry_after=3)
        self.assertEqual((status, headers["retry-after"]), (429, "3"))
        self.assertEqual(json.loads(body)["error"]["type"], "rate_limit")
        self.assertNotIn("retry-after", self.fault("429")[1])

    def test_502_is_a_proxys_html_page(self):
        status, headers, body = self.fault("502")
        self.assertEqual(status, 502)
        self.assertTrue(headers["content-type"].startswith("text/html"))
        self.assertIn(b"Bad Gateway", body)
        self.assertEqual(headers["access-control-allow-origin"], "*", "the browser may read it")

    def test_html_200(self):
        status, headers, body = self.fault("html-200")
        self.assertEqual(status, 200)
        self.assertIn(b"<html>", body)

    def test_truncate_sends_half_a_json_body(self):
        status, headers, body = self.fault("truncate")
        self.assertEqual(status, 200)
        self.assertEqual(int(headers["content-length"]), len(body))
        with self.assertRaises(ValueError):
            json.loads(body)


class SocketKindsTest(unittest.TestCase):
    def test_reset_mid_body(self):
        with Running(Settings(test_control=True)) as srv:
            plan(srv, {"kind": "reset"})
            conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=10)
            conn.request("GET", LIST, headers=AUTH)
            response = conn.getresponse()
            self.assertEqual(response.status, 200)
            with self.assertRaises((http.client.IncompleteRead, ConnectionResetError)):
                response.read()
            conn.close()
            self.assertEqual(srv.request(LIST, headers=AUTH)[0], 200, "the server carries on")

    def test_drip_trickles_the_whole_body(self):
        with Running(Settings(test_control=True)) as srv:
            _, _, whole = srv.request(LIST + "?per_page=1", headers=AUTH)
            steps = -(-len(whole) // 100)
            plan(srv, {"kind": "drip", "drip_bytes": 100, "drip_interval": 0.05})
            started = time.monotonic()
            status, _, body = srv.request(LIST + "?per_page=1", headers=AUTH)
            elapsed = time.monotonic() - started
            self.assertEqual((status, body), (200, whole))
            self.assertGreaterEqual(elapsed, 0.05 * (steps - 1))

    def test_hang_answers_nothing_until_the_client_gives_up(self):
        with Running(Settings(test_control=True)) as srv:
            plan(srv, {"kind": "hang"})
            with socket.create_connection(("127.0.0.1", srv.port), timeout=1) as sock:
                sock.sendall(b"GET " + LIST.encode() + b" HTTP/1.1\r\nHost: x\r\n\r\n")
                with self.assertRaises(socket.timeout):
                    sock.recv(1)
            self.assertEqual(srv.request(LIST, headers=AUTH)[0], 200, "other requests are served")


class RandomMixTest(unittest.TestCase):
    def test_rate_picks_among_the_given_kinds_reproducibly(self):
        kinds = [faults.parse_kind(k) for k in ("500", "429:1", "truncate")]

        def statuses(seed):
            with Running(Settings(fail_rate=0.6, fail_seed=seed, fault_kinds=kinds)) as srv:
                return [srv.request(LIST + "?per_page=1", headers=AUTH)[0] for _ in range(40)]

        first = statuses(3)
        self.assertEqual(first, statuses(3))
        self.assertEqual(set(first), {200, 500, 429}, "truncate answers 200 with half a body")

    def test_parse_kind(self):
        self.assertEqual(faults.parse_kind("503:7").retry_after, 7)
        drip = faults.parse_kind("drip:32:0.5")
        self.assertEqual((drip.drip_bytes, drip.drip_interval), (32, 0.5))
        for bad in ("504", "503:x", "drip:a"):
            with self.assertRaises(faults.PlanError):
                faults.parse_kind(bad)


class ConfigExtraTest(unittest.TestCase):
    def test_extra_keys_reach_the_generated_config(self):
        with Running(Settings(config_extra={"refresh_seconds": 5, "timeout_seconds": 3})) as srv:
            _, _, body = srv.request("/config.json")
            config = json.loads(body)
            self.assertEqual(config["refresh_seconds"], 5)
            self.assertEqual(config["timeout_seconds"], 3)
            self.assertIn("api", config)


if __name__ == "__main__":
    unittest.main()
