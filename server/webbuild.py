"""Building the web app before serving: runs tools/build-web from the repository root."""

from __future__ import annotations

import pathlib
import subprocess
import sys


def run_build(root: pathlib.Path) -> int:
    """Run `bash tools/build-web` in root; returns its exit status (non-zero = failure),
    after telling the user on stderr what went wrong."""
    script = root / "tools" / "build-web"
    if not script.is_file():
        sys.stderr.write(f"serve.py: cannot build the web app: {script} does not exist.\n"
                         "Use --no-build to serve the API (and an existing build) without building.\n")
        return 1
    sys.stderr.write("serve.py: building the web app (tools/build-web)...\n")
    sys.stderr.flush()
    try:
        code = subprocess.run(["bash", str(script)], cwd=root).returncode
    except KeyboardInterrupt:
        sys.stderr.write("serve.py: build interrupted.\n")
        return 130
    except OSError as exc:
        sys.stderr.write(f"serve.py: cannot run tools/build-web: {exc}\n")
        return 1
    if code != 0:
        sys.stderr.write(f"serve.py: tools/build-web failed with exit status {code}; not serving.\n"
                         "Fix the build, or use --no-build to serve without building.\n")
    return code
