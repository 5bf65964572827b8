"""OBAPI conformance of the demo server, over real HTTP: discovery, auth, list parameters,
sorting, paging, detail, errors, methods, CORS, latency and injected failures."""

from __future__ import annotations

import datetime as dt
import json
import re
import time
import unittest
import urllib.parse

from tests.server import support
from tests.server.support import AUTH, Running
from server.config import Settings

LIST = "/obapi/v1/interventions"
CORS = {
    "access-control-allow-origin": "*",
    "access-control-allow-methods": "GET, OPTIONS",
    "access-control-allow-headers": "Authorization, Content-Type",
    "access-control-expose-headers": "Content-Disposition, Content-Length, Retry-After",
    "access-control-max-age": "600",
}


class ApiTestCase(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.srv = Running()
        cls.everything = support.all_items(cls.srv)

    @classmethod
    def tearDownClass(cls):
        cls.srv.close()

    def assertError(self, response, status, type_, code=None):
        got_status, headers, body = response
        self.assertEqual(got_status, status, body)
        self.assertEqual(headers["content-type"], "application/json; charset=utf-8")
        err = json.loads(body)["error"]
        self.assertEqual(set(err), {"type", "code", "message"})
        self.assertEqual(err["type"], type_)
        if code:
            self.assertEqual(err["code"], code)
        self.assertTrue(err["message"])
        return err

    def list_query(self, **params):
        return self.srv.get_json(LIST, **params)


class DiscoveryTest(ApiTestCase):
    def test_shape_a_without_auth(self):
        for path in ("/obapi/v1", "/obapi/v1/"):
            status, headers, body = self.srv.get_json(path, headers={})
            self.assertEqual(status, 200)
            self.assertEqual(headers["content-type"], "application/json; charset=utf-8")
            self.assertEqual(body["obapi_version"], "1.0")
            self.assertEqual(body["provider"]["name"], "Atelier Démo Services")
            self.assertIn("website", body["provider"])
            self.assertIn("contact_email", body["provider"])
            self.assertIn("name", body["software"])
            self.assertIn("interventions", body["capabilities"])
            self.assertIn("download", body["capabilities"])
            self.assertEqual(body["pagination"], {"default_per_page": 50, "max_per_page": 200})

    def test_shape_b_without_auth(self):
        for path in ("/obapi/v1/discovery", "/obapi/v1/discovery/"):
            status, _, body = self.srv.get_json(path, headers={})
            self.assertEqual(status, 200)
            d = body["discovery"]
            self.assertEqual(d["provider"], "Atelier Démo Services")
            self.assertEqual(d["obapi_version"], "1.0")
            self.assertIn("interventions", d["endpoints"])
            self.assertIn("download", d["endpoints"])
            self.assertIsInstance(d["tier"], int)
            self.assertEqual(d["authentication"], ["bearer"])
            self.assertTrue(d["documentation"].startswith("http"))

    def test_utf8_on_the_wire(self):
        _, _, body = self.srv.request("/obapi/v1")
        self.assertIn("Atelier Démo Services".encode("utf-8"), body)


class AuthTest(ApiTestCase):
    PATHS = (LIST, LIST + "/1000", "/obapi/v1/download/1000?type=intervention", "/obapi/v1/invoices")

    def test_missing_token(self):
        for path in self.PATHS:
            self.assertError(self.srv.request(path), 401, "authentication_error", "MISSING_TOKEN")

    def test_wrong_token(self):
        for header in ("Bearer nope", "Bearer", "Basic Zm9vOmJhcg==", "fiche-demo-token", "Bearer fiche-demo-token2"):
            for path in self.PATHS:
                self.assertError(self.srv.request(path, headers={"Authorization": header}),
                                 401, "authentication_error", "INVALID_TOKEN")

    def test_scheme_is_case_insensitive(self):
        status, _, _ = self.srv.request(LIST, headers={"Authorization": "bearer fiche-demo-token"})
        self.assertEqual(status, 200)

    def test_custom_token(self):
        with Running(Settings(token="s3cret")) as srv:
            self.assertEqual(srv.request(LIST, headers={"Authorization": "Bearer s3cret"})[0], 200)
            self.assertEqual(srv.request(LIST, headers=AUTH)[0], 401)


class ListTest(ApiTestCase):
    def test_defaults(self):
        status, headers, body = self.list_query()
        self.assertEqual(status, 200)
        self.assertEqual(headers["cache-control"], "no-store")
        p = body["pagination"]
        self.assertEqual(p, {"page": 1, "per_page": 50, "total_items": support.COUNT, "total_pages": 12})
        self.assertEqual(len(body["items"]), 50)
        for item in body["items"]:
            self.assertEqual(set(item), {"id", "ref", "date_intervention", "duration", "status"})
            self.assertIsInstance(item["id"], str)
            self.assertRegex(item["id"], r"^[0-9]+$")
            self.assertRegex(item["ref"], r"^FI[0-9]{4}-[0-9]{4}$")
            self.assertIsInstance(item["duration"], int)
            dt.date.fromisoformat(item["date_intervention"])
        # default sort is date_desc
        dates = [i["date_intervention"] for i in body["items"]]
        self.assertEqual(dates, sorted(dates, reverse=True))

    def test_every_item_once(self):
        ids = [i["id"] for i in self.everything]
        self.assertEqual(len(ids), support.COUNT)
        self.assertEqual(len(set(ids)), support.COUNT)
        self.assertEqual(len({i["ref"] for i in self.everything}), support.COUNT)

    def test_page_sizes(self):
        for per_page, pages in ((1, 600), (7, 86), (50, 12), (200, 3)):
            status, _, body = self.list_query(per_page=per_page, page=pages)
            self.assertEqual(status, 200)
            self.assertEqual(body["pagination"]["total_pages"], pages)
            self.assertEqual(body["pagination"]["per_page"], per_page)
            self.assertEqual(len(body["items"]), support.COUNT - (pages - 1) * per_page)
        _, _, body = self.list_query(per_page=7, page=2)
        self.assertEqual([i["id"] for i in body["items"]], [i["id"] for i in self.everything[7:14]])

    def test_page_past_end(self):
        for page in (4, 5, 10**6, 10**30):
            status, _, body = self.list_query(per_page=200, page=page)
            self.assertEqual(status, 200)
            self.assertEqual(body["items"], [])
            self.assertEqual(body["pagination"]["total_items"], support.COUNT)
            self.assertEqual(body["pagination"]["page"], page)

    def test_invalid_page_and_per_page(self):
        for name, value in (("page", "0"), ("page", "-1"), ("page", "abc"), ("page", "1.5"), ("page", " 1"),
                            ("page", "²"), ("per_page", "0"), ("per_page", "201"), ("per_page", "1000"),
                            ("per_page", "x"), ("per_page", "-5"), ("per_page", "1e2")):
            err = self.assertError(self.srv.request(f"{LIST}?{name}={urllib.parse.quote(value)}", headers=AUTH),
                                   400, "invalid_request")
            self.assertIn(name, err["message"])

    def test_per_page_max_accepted(self):
        status, _, body = self.list_query(per_page=200)
        self.assertEqual((status, len(body["items"])), (200, 200))

    def test_unknown_and_empty_parameters_ignored(self):
        _, _, base = self.list_query()
        status, _, body = self.list_query(foo="bar", limit="3", status="", sort="")
        self.assertEqual(status, 200)
        self.assertEqual(body, base)

    def test_status_filter(self):
        total = 0
        for status in ("draft", "validated", "done", "billed"):
            items = support.all_items(self.srv, status=status)
            self.assertTrue(items, status)
            self.assertTrue(all(i["status"] == status for i in items))
            self.assertEqual(len(items), sum(1 for i in self.everything if i["status"] == status))
            total += len(items)
        self.assertEqual(total, support.COUNT)

    def test_invalid_status(self):
        for value in ("paid", "DRAFT", "draft,done", "closed"):
            self.assertError(self.srv.request(f"{LIST}?status={value}", headers=AUTH), 400, "invalid_request")

    def test_date_filter_inclusive(self):
        dates = sorted({i["date_intervention"] for i in self.everything})
        start, end = dates[len(dates) // 4], dates[len(dates) // 2]
        items = support.all_items(self.srv, date_start=start, date_end=end)
        expected = {i["id"] for i in self.everything if start <= i["date_intervention"] <= end}
        self.assertEqual({i["id"] for i in items}, expected)
        got_dates = {i["date_intervention"] for i in items}
        self.assertIn(start, got_dates)  # bounds are inclusive on both sides
        self.assertIn(end, got_dates)
        # the filter targets date_intervention, as the detail confirms
        for item in items[:5] + items[-5:]:
            _, _, detail = self.srv.get_json(f"{LIST}/{item['id']}")
            self.assertTrue(start <= detail["intervention"]["date_intervention"] <= end)

    def test_single_day_and_open_ranges(self):
        day = self.everything[100]["date_intervention"]
        items = support.all_items(self.srv, date_start=day, date_end=day)
        self.assertEqual({i["id"] for i in items}, {i["id"] for i in self.everything if i["date_intervention"] == day})
        only_start = support.all_items(self.srv, date_start=day)
        self.assertEqual(len(only_start), sum(1 for i in self.everything if i["date_intervention"] >= day))
        only_end = support.all_items(self.srv, date_end=day)
        self.assertEqual(len(only_end), sum(1 for i in self.everything if i["date_intervention"] <= day))

    def test_date_filter_with_status_and_sort(self):
        start, end = "2024-01-01", "2024-12-31"
        items = support.all_items(self.srv, date_start=start, date_end=end, status="billed", sort="ref_asc")
        expected = [i for i in self.everything if start <= i["date_intervention"] <= end and i["status"] == "billed"]
        self.assertEqual(sorted(i["id"] for i in items), sorted(i["id"] for i in expected))
        refs = [i["ref"] for i in items]
        self.assertEqual(refs, sorted(refs))

    def test_empty_result(self):
        status, _, body = self.list_query(date_start="1990-01-01", date_end="1990-12-31")
        self.assertEqual(status, 200)
        self.assertEqual(body["items"], [])
        self.assertEqual(body["pagination"], {"page": 1, "per_page": 50, "total_items": 0, "total_pages": 0})

    def test_malformed_dates(self):
        for value in ("2024-02-30", "2024-13-01", "2024-2-3", "20240203", "2024-02-03T00:00:00Z",
                      "yesterday", "2024/02/03", "２０２４-02-03"):
            for name in ("date_start", "date_end"):
                path = f"{LIST}?{name}={urllib.parse.quote(value)}"
                err = self.assertError(self.srv.request(path, headers=AUTH), 400, "invalid_request")
                self.assertIn(name, err["message"])

    def test_leap_day_is_a_date(self):
        self.assertEqual(self.list_query(date_start="2024-02-29")[0], 200)

    def test_reversed_range_is_422(self):
        self.assertError(self.srv.request(f"{LIST}?date_start=2024-05-02&date_end=2024-05-01", headers=AUTH),
                         422, "invalid_request", "INVALID_DATE_RANGE")

    def test_sort_orders(self):
        keys = {
            "date_desc": lambda i: (i["date_intervention"], i["ref"]),
            "date_asc": lambda i: (i["date_intervention"], i["ref"]),
            "ref_asc": lambda i: i["ref"],
            "ref_desc": lambda i: i["ref"],
        }
        for sort, key in keys.items():
            items = support.all_items(self.srv, sort=sort)
            self.assertEqual(len(items), support.COUNT)
            descending = sort.endswith("desc")
            for a, b in zip(items, items[1:]):
                if descending:
                    self.assertGreater(key(a), key(b), sort)
                else:
                    self.assertLess(key(a), key(b), sort)
        # ref order and date order really differ (refs number in creation order)
        by_ref = [i["id"] for i in support.all_items(self.srv, sort="ref_asc")]
        by_date = [i["id"] for i in support.all_items(self.srv, sort="date_asc")]
        self.assertNotEqual(by_ref, by_date)

    def test_sort_is_stable_across_requests(self):
        first = support.all_items(self.srv, sort="date_desc")
        self.assertEqual(first, support.all_items(self.srv, sort="date_desc"))

    def test_invalid_sort(self):
        for value in ("date", "-date", "date:asc", "DATE_ASC", "id_asc"):
            self.assertError(self.srv.request(f"{LIST}?sort={value}", headers=AUTH), 400, "invalid_request")


class NoSortServerTest(unittest.TestCase):
    """serve.py --no-sort: a server that refuses `sort` and lists by ref, newest first."""

    def test_sort_refused_and_ref_order(self):
        with Running(sort_supported=False) as srv:
            status, _, body = srv.request(f"{LIST}?sort=date_desc", headers=AUTH)
            self.assertEqual(status, 400, body)
            self.assertEqual(json.loads(body)["error"]["code"], "INVALID_PARAMETER")
            refs = [item["ref"] for item in support.all_items(srv)]
            self.assertEqual(len(refs), support.COUNT)
            self.assertEqual(refs, sorted(refs, reverse=True))


class DetailTest(ApiTestCase):
    def test_detail_shape(self):
        with_lines = 0
        for item in self.everything[::40]:
            status, headers, body = self.srv.get_json(f"{LIST}/{item['id']}")
            self.assertEqual(status, 200)
            iv = body["intervention"]
            self.assertEqual(list(iv), ["id", "ref", "customer_ref", "date_intervention", "date_start", "date_end",
                                        "contract_ref", "description", "duration", "validated_at", "created_at",
                                        "updated_at", "status", "public_note", "lines"])
            for key in ("id", "ref", "date_intervention", "duration", "status"):
                self.assertEqual(iv[key], item[key])
            for key in ("customer_ref", "contract_ref", "description", "public_note"):
                self.assertIsInstance(iv[key], str)
            self.assertTrue(iv["date_start"] <= iv["date_intervention"] <= iv["date_end"])
            ts = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$"
            self.assertRegex(iv["created_at"], ts)
            self.assertRegex(iv["updated_at"], ts)
            self.assertLessEqual(iv["created_at"], iv["updated_at"])
            if iv["status"] == "draft":
                self.assertIsNone(iv["validated_at"])
            else:
                self.assertRegex(iv["validated_at"], ts)
                self.assertLessEqual(iv["created_at"], iv["validated_at"])
            self.assertEqual([l["position"] for l in iv["lines"]], list(range(1, len(iv["lines"]) + 1)))
            for line in iv["lines"]:
                self.assertEqual(set(line), {"id", "position", "description", "date", "duration", "product_ref"})
                self.assertIsInstance(line["id"], str)
                self.assertIsInstance(line["duration"], int)
                self.assertTrue(iv["date_start"] <= line["date"] <= iv["date_end"])
            with_lines += bool(iv["lines"])
        self.assertGreater(with_lines, 0)

    def test_unknown_or_malformed_id(self):
        last = max(int(i["id"]) for i in self.everything)
        for ident in (str(last + 1), "999999999", "0", "abc", "-1", "01000", "1000.0", "%20", "1" * 40):
            self.assertError(self.srv.request(f"{LIST}/{ident}", headers=AUTH), 404, "not_found", "OBJECT_NOT_FOUND")

    def test_ids_are_not_row_numbers(self):
        ids = sorted(int(i["id"]) for i in self.everything)
        self.assertGreaterEqual(ids[0], 1000)
        self.assertNotEqual(ids, list(range(ids[0], ids[0] + len(ids))))


class RoutingTest(ApiTestCase):
    def test_unknown_endpoint(self):
        for path in ("/obapi/v1/invoices", "/obapi/v1/interventions/1000/lines", "/obapi/v1/download",
                     "/obapi/v2/interventions", "/obapi"):
            self.assertError(self.srv.request(path, headers=AUTH), 404, "not_found", "ENDPOINT_NOT_FOUND")

    def test_trailing_slash(self):
        self.assertEqual(self.srv.request(LIST + "/", headers=AUTH)[0], 200)

    def test_write_methods_are_405(self):
        for method in ("POST", "PUT", "PATCH", "DELETE"):
            for path in (LIST, LIST + "/1000", "/obapi/v1", "/", "/index.html"):
                response = self.srv.request(path, method=method, headers=AUTH, body=b'{"x": 1}')
                self.assertError(response, 405, "method_not_allowed")
                self.assertIn("GET", response[1]["allow"])

    def test_head_like_get_without_body(self):
        status, headers, body = self.srv.request(LIST, method="HEAD", headers=AUTH)
        _, get_headers, get_body = self.srv.request(LIST, headers=AUTH)
        self.assertEqual(status, 200)
        self.assertEqual(body, b"")
        self.assertEqual(int(headers["content-length"]), len(get_body))

    def test_keep_alive_serves_several_requests(self):
        import http.client
        conn = http.client.HTTPConnection("127.0.0.1", self.srv.port, timeout=5)
        try:
            for _ in range(3):
                conn.request("GET", "/obapi/v1")
                self.assertEqual(conn.getresponse().read()[:1], b"{")
        finally:
            conn.close()


class CorsTest(ApiTestCase):
    def test_preflight(self):
        for path in (LIST, "/obapi/v1/download/1000?type=intervention", "/obapi/v1"):
            status, headers, body = self.srv.request(path, method="OPTIONS", headers={
                "Origin": "http://elsewhere.example", "Access-Control-Request-Method": "GET",
                "Access-Control-Request-Headers": "authorization"})
            self.assertEqual(status, 204)
            self.assertEqual(body, b"")
            for key, value in CORS.items():
                self.assertEqual(headers[key], value)

    def test_cors_and_no_store_on_every_api_answer(self):
        for path, headers in ((LIST, AUTH), (LIST, {}), (LIST + "/1", AUTH), ("/obapi/v1", {}),
                              ("/obapi/v1/nothing", AUTH), (f"{LIST}?page=0", AUTH)):
            _, got, _ = self.srv.request(path, headers=headers)
            for key, value in CORS.items():
                self.assertEqual(got[key], value, path)
            self.assertEqual(got["cache-control"], "no-store")


class FaultInjectionTest(unittest.TestCase):
    def test_latency(self):
        with Running(Settings(latency_ms=300)) as srv:
            started = time.monotonic()
            self.assertEqual(srv.request(LIST, headers=AUTH)[0], 200)
            self.assertGreaterEqual(time.monotonic() - started, 0.3)

    def test_fail_rate_one(self):
        with Running(Settings(fail_rate=1.0)) as srv:
            for path in (LIST, LIST + "/1000", "/obapi/v1/download/1000?type=intervention", "/obapi/v1/nothing"):
                status, headers, body = srv.request(path, headers=AUTH)
                self.assertEqual(status, 503)
                err = json.loads(body)["error"]
                self.assertEqual((err["type"], err["code"]), ("service_unavailable", "SERVICE_UNAVAILABLE"))
                self.assertEqual(headers["access-control-allow-origin"], "*")
                self.assertIn("retry-after", headers)
            # discovery and static files are never failed
            self.assertEqual(srv.request("/obapi/v1")[0], 200)
            self.assertEqual(srv.request("/obapi/v1/discovery")[0], 200)
            self.assertEqual(srv.request("/config.json")[0], 200)

    def test_fail_rate_is_seeded(self):
        def statuses(seed):
            with Running(Settings(fail_rate=0.5, fail_seed=seed)) as srv:
                return [srv.request(LIST + "?per_page=1", headers=AUTH)[0] for _ in range(40)]
        first = statuses(7)
        self.assertEqual(first, statuses(7))
        self.assertEqual(set(first), {200, 503})
        self.assertTrue(8 <= first.count(503) <= 32, first)


if __name__ == "__main__":
    unittest.main()
