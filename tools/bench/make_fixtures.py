#!/usr/bin/env python3
"""tools/bench/make_fixtures.py — the benchmarks' data: every list page and every detail that
serve.py's demo server sends for `--count N`, fetched over HTTP from a serve.py started here,
written as JSON Lines (one response body per line) into build/bench/. Never committed.

    tools/bench/make_fixtures.py [--count 100000] [--per-page 200] [--out build/bench]

Writes <out>/list-pages-n<N>.jsonl (each line a page: {"items": [...], "pagination": ...})
and <out>/details-n<N>.jsonl (each line {"intervention": {...}}). Reuses them when present.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import http.client
import json
import pathlib
import re
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
TOKEN = "fiche-bench-token"
ANCHOR = "2026-06-15"


def start_server(count: int, data_dir: pathlib.Path) -> tuple[subprocess.Popen, str, int]:
    child = subprocess.Popen(
        [sys.executable, "serve.py", "--no-build", "--port", "0", "--count", str(count),
         "--anchor", ANCHOR, "--data-dir", str(data_dir), "--token", TOKEN],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=sys.stderr, text=True)
    assert child.stdout is not None
    for line in child.stdout:
        match = re.match(r"^Fiche: http://([^:/]+):(\d+)/", line)
        if match:
            return child, match.group(1), int(match.group(2))
    raise SystemExit("serve.py did not print its address")


def get(host: str, port: int, path: str, connection_cache: dict) -> bytes:
    conn = connection_cache.get("conn")
    if conn is None:
        conn = connection_cache["conn"] = http.client.HTTPConnection(host, port, timeout=60)
    conn.request("GET", path, headers={"Authorization": "Bearer " + TOKEN})
    response = conn.getresponse()
    body = response.read()
    if response.status != 200:
        raise SystemExit(f"GET {path}: HTTP {response.status}: {body[:200]!r}")
    return body


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=100000)
    parser.add_argument("--per-page", type=int, default=200)
    parser.add_argument("--out", type=pathlib.Path, default=ROOT / "build" / "bench")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    pages_file = args.out / f"list-pages-n{args.count}.jsonl"
    details_file = args.out / f"details-n{args.count}.jsonl"
    if pages_file.exists() and details_file.exists():
        print(f"fixtures: {pages_file} and {details_file} exist")
        return

    started = time.monotonic()
    child, host, port = start_server(args.count, args.out / "data")
    try:
        cache: dict = {}
        pages: list[bytes] = []
        ids: list[str] = []
        page = 1
        while True:
            body = get(host, port, f"/obapi/v1/interventions?page={page}&per_page={args.per_page}"
                       "&sort=date_desc", cache)
            decoded = json.loads(body)
            if not decoded["items"]:
                break
            pages.append(body)
            ids.extend(item["id"] for item in decoded["items"])
            page += 1
        print(f"fixtures: {len(pages)} list pages, {len(ids)} interventions "
              f"({time.monotonic() - started:.1f} s)")

        # One keep-alive connection per worker thread.
        local = __import__("threading").local()

        def detail(ident: str) -> bytes:
            cache_of_thread = local.__dict__.setdefault("cache", {})
            return get(host, port, f"/obapi/v1/interventions/{ident}", cache_of_thread)

        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
            details = list(pool.map(detail, ids, chunksize=256))
        print(f"fixtures: {len(details)} details ({time.monotonic() - started:.1f} s)")
    finally:
        child.terminate()
        child.wait(timeout=30)

    for path, bodies in ((pages_file, pages), (details_file, details)):
        tmp = path.with_suffix(".tmp")
        with open(tmp, "wb") as out:
            for body in bodies:
                if b"\n" in body:
                    raise SystemExit("a body holds a raw newline: JSON Lines would break")
                out.write(body + b"\n")
        tmp.replace(path)
        print(f"fixtures: wrote {path} ({path.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
