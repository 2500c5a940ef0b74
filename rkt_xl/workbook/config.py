"""TOML files an office writes: the bidang list of its template, the sample data."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from rkt_xl.errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def load_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError("konfig-tidak-sah", path=path, detail=str(exc)) from exc


def loads_toml(data: bytes, source: str) -> dict[str, Any]:
    try:
        return tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError("konfig-tidak-sah", path=source, detail=str(exc)) from exc
