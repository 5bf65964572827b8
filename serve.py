#!/usr/bin/env python3
"""Fiche's entry point: builds the web app, then serves it with a reference OBAPI server
(demo data) or a proxy to a real one. Argument parsing and wiring only; see server/.

    python3 serve.py                  # build, then serve on http://127.0.0.1:8000/
    python3 serve.py --no-build --port 0 --anchor 2025-06-15
    python3 serve.py --upstream https://erp.example.com/16 --token REAL_TOKEN
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import pathlib
import signal
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))  # so `server` imports whatever the current directory is

from server import config, data, faults, httpd, webbuild  # noqa: E402
from server.api import Api  # noqa: E402


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from None


def _rate(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError("must be between 0 and 1")
    return value


def _non_negative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be >= 0")
    return value


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be >= 1")
    return value


def _fault_kinds(text: str) -> list:
    try:
        return [faults.parse_kind(kind) for kind in text.split(",") if kind]
    except faults.PlanError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _json_object(text: str) -> dict:
    try:
        value = json.loads(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not JSON: {text!r}") from None
    if not isinstance(value, dict):
        raise argparse.ArgumentTypeError("must be a JSON object")
    return value


def parse_args(argv):
    p = argparse.ArgumentParser(description="Serve the Fiche web app and a demo OBAPI server.")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=_non_negative, default=8000, help="0 picks a free port")
    p.add_argument("--token", default=None, help=f"bearer token (default {config.DEFAULT_TOKEN})")
    p.add_argument("--no-build", action="store_true", help="do not run tools/build-web first")
    p.add_argument("--web-dir", type=pathlib.Path, default=ROOT / "build" / "web-release" / "out")
    p.add_argument("--upstream", metavar="URL", help="forward /obapi/... to this OBAPI root")
    p.add_argument("--latency-ms", type=_non_negative, default=0, help="delay every API answer")
    p.add_argument("--fail-rate", type=_rate, default=0.0,
                   help="fraction of API requests (discovery excepted) that get a fault")
    p.add_argument("--faults", type=_fault_kinds, default=None, metavar="KIND,...",
                   help=f"faults --fail-rate picks from (default 503:1); kinds: {', '.join(faults.KINDS)}; "
                        "503:N and 429:N send Retry-After N, drip:BYTES:SECONDS trickles the body")
    p.add_argument("--test-control", action="store_true",
                   help=f"accept fault plans on {httpd.CONTROL_PATH} (tests only: anyone can break the server)")
    p.add_argument("--config-json", type=_json_object, default={}, metavar="JSON",
                   help='extra keys for the generated config.json, e.g. \'{"refresh_seconds": 5}\'')
    p.add_argument("--no-sort", action="store_true",
                   help="refuse the sort parameter (400) and list by ref, like servers without sort")
    p.add_argument("--count", type=_positive, default=5000, help="number of demo interventions")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--anchor", type=_date, default=None, help="'today' of the demo data (YYYY-MM-DD)")
    p.add_argument("--data-dir", type=pathlib.Path, default=ROOT / "build" / "demo")
    p.add_argument("--static-config", action="store_true", help="serve the web dir's own config.json")
    p.add_argument("--verbose", action="store_true", help="log one line per request on stderr")
    return p.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if not args.no_build:
        code = webbuild.run_build(ROOT)
        if code != 0:
            return code

    token = args.token or config.DEFAULT_TOKEN
    settings = config.Settings(
        token=token,
        # Against a real upstream the demo token means nothing: only hand out a token the
        # user gave us explicitly.
        config_token=(args.token or "") if args.upstream else token,
        web_dir=args.web_dir,
        static_config=args.static_config,
        upstream=args.upstream,
        latency_ms=args.latency_ms,
        fail_rate=args.fail_rate,
        fail_seed=args.seed,
        fault_kinds=args.faults,
        test_control=args.test_control,
        config_extra=args.config_json,
        log_requests=args.verbose,
    )
    local_api = None
    if not args.upstream:
        anchor = args.anchor or dt.date.today()
        path = data.data_file(args.data_dir, args.count, args.seed, anchor)
        if not path.exists():
            sys.stderr.write(f"Generating demo data: {args.count} interventions (seed {args.seed}, anchor {anchor})...\n")
            started = time.monotonic()
            data.ensure_data(args.data_dir, args.count, args.seed, anchor)
            sys.stderr.write(f"  done in {time.monotonic() - started:.1f} s -> {path}\n")
        local_api = Api(data.Store(path), token, sort_supported=not args.no_sort)

    try:
        server = httpd.make_server(args.host, args.port, settings, local_api)
    except OSError as exc:
        sys.stderr.write(f"serve.py: cannot listen on {args.host}:{args.port}: {exc}\n")
        return 1

    def stop(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    # Also when started in the background by a script, where the shell ignores SIGINT:
    # `kill -INT` must still stop the server cleanly.
    signal.signal(signal.SIGINT, stop)
    host = f"[{args.host}]" if ":" in args.host else args.host
    # The announcements are inside the try: a signal right after them (a script that waits
    # for the address, then stops us) is a clean stop too.
    try:
        print(f"Fiche: http://{host}:{server.server_address[1]}/", flush=True)
        print(f"demo token: {token}", flush=True)
        if args.upstream:
            print(f"proxying /obapi/ to {args.upstream}", flush=True)
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:  # Ctrl-C during data generation
        sys.exit(130)
