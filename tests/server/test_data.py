"""The demo data set: determinism, atomic build, realistic content, and scale."""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import time
import unittest

from tests.server import support
from server import data


def rows(path):
    con = sqlite3.connect(path)
    try:
        return (con.execute("SELECT * FROM intervention ORDER BY id").fetchall(),
                con.execute("SELECT * FROM line ORDER BY id").fetchall())
    finally:
        con.close()


class BuildTest(unittest.TestCase):
    def test_deterministic(self):
        a, b, c = support.temp_dir(), support.temp_dir(), support.temp_dir()
        same1 = data.ensure_data(a, 300, 5, support.ANCHOR)
        same2 = data.ensure_data(b, 300, 5, support.ANCHOR)
        other = data.ensure_data(c, 300, 6, support.ANCHOR)
        self.assertEqual(rows(same1), rows(same2))
        self.assertNotEqual(rows(same1), rows(other))
        self.assertNotEqual(rows(same1), rows(data.ensure_data(c, 300, 5, support.ANCHOR + dt.timedelta(days=1))))

    def test_reused_and_no_temp_left(self):
        d = support.temp_dir()
        path = data.ensure_data(d, 50, 1, support.ANCHOR)
        mtime = path.stat().st_mtime_ns
        self.assertEqual(data.ensure_data(d, 50, 1, support.ANCHOR), path)
        self.assertEqual(path.stat().st_mtime_ns, mtime)
        self.assertEqual(os.listdir(d), [path.name])
        for part in ("n50", "s1", "a2025-06-15"):
            self.assertIn(part, path.name)

    def test_interrupted_build_leaves_nothing(self):
        d = support.temp_dir()
        original = data.build

        def broken(path, *args):
            original(path, *args)
            raise KeyboardInterrupt

        data.build = broken
        try:
            with self.assertRaises(KeyboardInterrupt):
                data.ensure_data(d, 20, 1, support.ANCHOR)
        finally:
            data.build = original
        self.assertEqual(os.listdir(d), [])


class ContentTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        store = support.store()
        con = sqlite3.connect(store.path)
        con.row_factory = sqlite3.Row
        cls.ivs = con.execute("SELECT * FROM intervention ORDER BY id").fetchall()
        cls.lines = con.execute("SELECT * FROM line ORDER BY intervention_id, position").fetchall()
        con.close()
        cls.by_iv = {}
        for line in cls.lines:
            cls.by_iv.setdefault(line["intervention_id"], []).append(line)

    def test_refs(self):
        refs = [iv["ref"] for iv in self.ivs]
        self.assertEqual(len(refs), len(set(refs)))
        for iv in self.ivs:
            m = re.fullmatch(r"FI(\d{2})(\d{2})-(\d{4})", iv["ref"])
            self.assertTrue(m, iv["ref"])
            self.assertEqual(m.group(1) + m.group(2), iv["date_intervention"][2:4] + iv["date_intervention"][5:7])
        # per-month counters start at 0001 and have no holes
        months = {}
        for iv in self.ivs:
            months.setdefault(iv["ref"][:6], []).append(int(iv["ref"][7:]))
        for month, numbers in months.items():
            self.assertEqual(sorted(numbers), list(range(1, len(numbers) + 1)), month)

    def test_time_span_and_statuses(self):
        end = support.ANCHOR + dt.timedelta(days=30)
        dates = [dt.date.fromisoformat(iv["date_intervention"]) for iv in self.ivs]
        self.assertLessEqual(max(dates), end)
        self.assertGreaterEqual(min(dates), end - dt.timedelta(days=3 * 365))
        self.assertGreater((max(dates) - min(dates)).days, 3 * 365 - 60)
        self.assertEqual({iv["status"] for iv in self.ivs}, {"draft", "validated", "done", "billed"})
        future = [iv for iv in self.ivs if iv["date_intervention"] > support.ANCHOR.isoformat()]
        self.assertTrue(future)
        self.assertTrue(any(iv["status"] == "draft" for iv in future))
        old = [iv for iv in self.ivs if iv["date_intervention"] < "2024-01-01"]
        self.assertGreater(sum(iv["status"] in ("billed", "done") for iv in old) / len(old), 0.9)

    def test_timestamps_consistent(self):
        for iv in self.ivs:
            self.assertEqual(iv["validated_at"] is None, iv["status"] == "draft")
            stamps = [iv["created_at"], iv["validated_at"] or iv["created_at"], iv["updated_at"]]
            self.assertEqual(stamps, sorted(stamps), iv["ref"])
            self.assertLessEqual(iv["created_at"][:10], support.ANCHOR.isoformat())

    def test_variety(self):
        self.assertTrue(any(iv["contract_ref"] == "" for iv in self.ivs))
        self.assertTrue(all(re.fullmatch(r"(CT\d{4}-\d{4})?", iv["contract_ref"]) for iv in self.ivs))
        self.assertTrue(any(iv["customer_ref"] for iv in self.ivs))
        self.assertTrue(any(iv["public_note"] for iv in self.ivs))
        self.assertTrue(any(len(iv["description"]) > 1000 and "\n\n" in iv["description"] for iv in self.ivs))
        text = " ".join(iv["description"] for iv in self.ivs)
        for ch in "éèçàœ«»’€":
            self.assertIn(ch, text + " ".join(l["description"] for l in self.lines))

    def test_lines_and_durations(self):
        counts = [len(self.by_iv.get(iv["id"], [])) for iv in self.ivs]
        self.assertEqual(min(counts), 0)
        self.assertEqual(max(counts), 8)
        mismatch = no_lines_with_duration = 0
        for iv in self.ivs:
            lines = self.by_iv.get(iv["id"], [])
            self.assertEqual([l["position"] for l in lines], list(range(1, len(lines) + 1)))
            total = sum(l["duration"] for l in lines)
            mismatch += bool(lines) and total != iv["duration"]
            no_lines_with_duration += not lines and iv["duration"] > 0
        self.assertGreater(mismatch, 0)
        self.assertLess(mismatch, len(self.ivs) * 0.2)
        self.assertGreater(no_lines_with_duration, 0)
        quarters = sum(l["duration"] % 900 == 0 for l in self.lines)
        self.assertGreater(quarters / len(self.lines), 0.9)
        self.assertTrue({l["product_ref"] for l in self.lines} >= {"SRV-MAINT", "SRV-CONF", "DEP-ELEC"})


@unittest.skipIf(os.environ.get("FICHE_SKIP_SCALE"), "FICHE_SKIP_SCALE is set")
class ScaleTest(unittest.TestCase):
    def test_100000(self):
        d = support.temp_dir()
        started = time.monotonic()
        path = data.ensure_data(d, 100_000, 1, support.ANCHOR)
        elapsed = time.monotonic() - started
        store = data.Store(path)
        total, items = store.list(sort="ref_asc", limit=200, offset=99_900)
        self.assertEqual(total, 100_000)
        self.assertEqual(len(items), 100)
        total, items = store.list(status="billed", date_start="2024-01-01", date_end="2024-12-31", limit=50, offset=500)
        self.assertEqual(len(items), 50)
        self.assertLess(elapsed, 60, "generation of 100,000 interventions is too slow")


if __name__ == "__main__":
    unittest.main()
