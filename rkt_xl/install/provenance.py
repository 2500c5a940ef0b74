"""Which build is running: the version and the commit it was built from.

The release script (tools/rilis.py) writes ``data/build.json`` into the package before it
builds the wheel, so an installed copy knows its commit without git. A checkout without that
file asks git; an installed wheel built some other way says it does not know.
"""

from __future__ import annotations

import json
import subprocess
from importlib import resources
from pathlib import Path

BUILD_FILE = "data/build.json"
PACKAGE_ROOT = Path(__file__).resolve().parent.parent   # the rkt_xl folder


def build_info() -> dict[str, str] | None:
    """The record the release script left in the package, if any."""
    try:
        raw = resources.files("rkt_xl.install").joinpath(BUILD_FILE).read_text("utf-8")
    except (FileNotFoundError, OSError):
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def git_commit(root: Path) -> str | None:
    """Short commit of the checkout at ``root`` (``-dirty`` with uncommitted changes)."""
    if not (root / ".git").exists():
        return None
    try:
        head = subprocess.run(["git", "-C", str(root), "rev-parse", "--short=12", "HEAD"],
                              capture_output=True, text=True, check=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, check=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return f"{head}-dirty" if dirty else head


def commit() -> str | None:
    info = build_info()
    if info and info.get("commit"):
        return info["commit"]
    return git_commit(PACKAGE_ROOT.parent)
