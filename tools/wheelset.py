"""Does a folder of wheels install a requirement offline on a given Windows Python?

`closure()` walks the requirement tree from the rkt_xl wheel's own metadata with the
environment markers evaluated as on the office PC (Windows 64-bit, CPython 3.X), picks for
each requirement a wheel in the folder whose name, version and tags fit, and reads that
wheel's metadata for the next level. What it cannot satisfy is returned, so the release
script can fetch it and the tests can assert there is nothing. Used by tools/rilis.py and
tests/install; needs only `packaging`.
"""

from __future__ import annotations

import email.parser
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.tags import Tag, compatible_tags, cpython_tags
from packaging.utils import canonicalize_name, parse_wheel_filename
from packaging.version import Version

SUPPORTED_PYTHONS = ("3.11", "3.12", "3.13", "3.14")   # = requires-python up to the newest CPython
PLATFORM = "win_amd64"


def windows_environment(python: str) -> dict[str, str]:
    """Marker variables of CPython ``python`` (e.g. "3.12") on 64-bit Windows."""
    return {
        "implementation_name": "cpython", "implementation_version": f"{python}.0",
        "os_name": "nt", "platform_machine": "AMD64", "platform_python_implementation": "CPython",
        "platform_release": "10", "platform_system": "Windows", "platform_version": "10.0.19045",
        "python_full_version": f"{python}.0", "python_version": python, "sys_platform": "win32",
    }


def windows_tags(python: str) -> set[Tag]:
    """Every wheel tag pip accepts on CPython ``python`` for win_amd64, best first."""
    major, minor = (int(p) for p in python.split("."))
    version = (major, minor)
    abi = f"cp{major}{minor}"
    return set(cpython_tags(version, abis=[abi, "abi3", "none"], platforms=[PLATFORM])) | set(
        compatible_tags(version, interpreter=abi, platforms=[PLATFORM]))


@dataclass(frozen=True)
class Wheel:
    path: Path
    name: str             # canonical
    version: Version
    tags: frozenset[Tag]

    @classmethod
    def of(cls, path: Path) -> Wheel:
        name, version, _build, tags = parse_wheel_filename(path.name)
        return cls(path, canonicalize_name(name), version, frozenset(tags))

    def requires(self) -> list[Requirement]:
        """Requires-Dist of the wheel's METADATA."""
        with zipfile.ZipFile(self.path) as zf:
            meta = next(n for n in zf.namelist()
                        if n.count("/") == 1 and n.endswith(".dist-info/METADATA"))
            headers = email.parser.Parser().parsestr(zf.read(meta).decode("utf-8"), headersonly=True)
        return [Requirement(r) for r in headers.get_all("Requires-Dist") or []]


@dataclass
class Closure:
    python: str
    chosen: dict[str, Wheel] = field(default_factory=dict)   # canonical name -> wheel
    missing: list[str] = field(default_factory=list)          # requirements nothing satisfies


def wheels_in(folder: Path) -> list[Wheel]:
    return [Wheel.of(p) for p in sorted(Path(folder).glob("*.whl"))]


def marker_holds(marker: Marker | None, env: dict[str, str], extras: set[str]) -> bool:
    if marker is None:
        return True
    return any(marker.evaluate({**env, "extra": e}) for e in (extras or {""}))


def closure(root: Wheel, extras: set[str], available: list[Wheel], python: str) -> Closure:
    """Resolve ``root[extras]`` against ``available`` for Windows CPython ``python``
    (greedy, newest fitting version first: enough for a pinned, non-conflicting set)."""
    env, tags = windows_environment(python), windows_tags(python)
    result = Closure(python)
    by_name: dict[str, list[Wheel]] = {}
    for w in available:
        if w.tags & tags:
            by_name.setdefault(w.name, []).append(w)
    todo: list[tuple[Wheel, set[str]]] = [(root, set(extras))]
    seen: set[tuple[str, frozenset[str]]] = set()
    while todo:
        wheel, wanted = todo.pop()
        key = (wheel.name, frozenset(wanted))
        if key in seen:
            continue
        seen.add(key)
        for req in wheel.requires():
            if not marker_holds(req.marker, env, wanted):
                continue
            name = canonicalize_name(req.name)
            fits = sorted((w for w in by_name.get(name, []) if req.specifier.contains(w.version, prereleases=True)),
                          key=lambda w: w.version, reverse=True)
            if not fits:
                result.missing.append(str(req))
                continue
            pick = result.chosen.setdefault(name, fits[0])
            if not req.specifier.contains(pick.version, prereleases=True):
                result.missing.append(f"{req} (chosen {pick.version})")
                continue
            todo.append((pick, set(req.extras)))
    return result
