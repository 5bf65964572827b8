"""Settings of a running server, shared by serve.py (which fills them) and the handler."""

from __future__ import annotations

import dataclasses
import pathlib

DEFAULT_TOKEN = "fiche-demo-token"

# Provider identity reported by discovery and printed on PDFs. The accent is deliberate:
# it makes every client path that shows the provider name prove it handles UTF-8.
PROVIDER_NAME = "Atelier Démo Services"
PROVIDER_WEBSITE = "https://demo.example.com"
PROVIDER_EMAIL = "contact@demo.example.com"
SOFTWARE_NAME = "Fiche demo server"
SOFTWARE_VERSION = "1.0.0"

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 200


@dataclasses.dataclass
class Settings:
    """Everything the HTTP layer needs; zero/None means "feature off"."""

    token: str = DEFAULT_TOKEN
    # Token written into the generated config.json ("" = let the user type one).
    config_token: str = DEFAULT_TOKEN
    web_dir: pathlib.Path | None = None
    static_config: bool = False
    upstream: str | None = None
    upstream_timeout: float = 15.0
    latency_ms: int = 0
    fail_rate: float = 0.0
    fail_seed: int = 1
    # Kinds of fault --fail-rate picks from (server.faults.Fault); None = 503 with Retry-After 1.
    fault_kinds: list | None = None
    # The control endpoint of server.faults (tests only: it lets anyone break the server).
    test_control: bool = False
    # Extra keys for the generated config.json (e.g. refresh_seconds), from --config-json.
    config_extra: dict = dataclasses.field(default_factory=dict)
    log_requests: bool = False
