"""Predikat: the band a capaian (or an evaluation score) falls in, from a configurable scale.

Scales are TOML (``data/predikat.toml`` ships Permendagri 86/2017 as the default, the same
thresholds with LKjIP labels, and the PermenPANRB 88/2021 SAKIP scale AA…D). Offices can
load their own file with :func:`load_scales`. A band holds a lower bound, a label and
colours; bands are tried best first, so the top band is open upwards (values above 100
included) and gaps between published bands are closed by the lower bounds.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from pathlib import Path

from rkt_xl.errors import ConfigError
from rkt_xl.texts import text

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

SCALES_FILE = "data/predikat.toml"


class SkalaError(ConfigError):
    """A predikat scale file cannot be used (exit code 2); the message is from texts/realisasi."""

    def __init__(self, path: str, detail: str) -> None:
        self.code = "realisasi.skala-tidak-sah"
        self.params = {"path": path, "detail": detail}
        Exception.__init__(self, text(self.code, **self.params))


@dataclass(frozen=True)
class Pita:
    """One band: ``min`` is its lower bound (``None`` for the bottom band)."""

    label: str
    warna: str
    huruf: str = "#000000"
    min: Decimal | None = None
    min_inklusif: bool = True

    def holds(self, value: Decimal) -> bool:
        if self.min is None:
            return True
        return value >= self.min if self.min_inklusif else value > self.min


@dataclass(frozen=True)
class Skala:
    key: str
    nama: str
    pita: tuple[Pita, ...]

    def band(self, value: Decimal | None) -> Pita | None:
        """The band of ``value`` (``None`` for no value)."""
        if value is None:
            return None
        return next(p for p in self.pita if p.holds(Decimal(value)))

    def label(self, value: Decimal | None) -> str:
        band = self.band(value)
        return band.label if band else ""


def _scale(key: str, raw: dict, source: str) -> Skala:
    try:
        bands = tuple(
            Pita(str(b["label"]), str(b["warna"]), str(b.get("huruf", "#000000")),
                 Decimal(str(b["min"])) if "min" in b else None, bool(b.get("min_inklusif", True)))
            for b in raw["pita"])
    except (KeyError, TypeError, ArithmeticError) as exc:
        raise SkalaError(source, f"{key}: {exc}") from exc
    mins = [b.min for b in bands]
    if not bands or mins[-1] is not None or None in mins[:-1] or mins[:-1] != sorted(mins[:-1], reverse=True):
        raise SkalaError(source, text("realisasi.skala-urutan", skala=key))
    return Skala(key, str(raw.get("nama", key)), bands)


def parse_scales(data: dict, source: str) -> tuple[dict[str, Skala], str]:
    """Scales and the default key from TOML data."""
    scales = {k: _scale(k, v, source) for k, v in data.get("skala", {}).items()}
    default = str(data.get("default", next(iter(scales), "")))
    if default not in scales:
        raise SkalaError(source, text("realisasi.skala-default", skala=default))
    return scales, default


def load_scales(path: Path | None = None) -> tuple[dict[str, Skala], str]:
    """Scales from ``path`` (an office's own TOML) or the shipped file."""
    try:
        if path is None:
            with resources.files("rkt_xl.realisasi").joinpath(SCALES_FILE).open("rb") as fh:
                return parse_scales(tomllib.load(fh), SCALES_FILE)
        with open(path, "rb") as fh:
            return parse_scales(tomllib.load(fh), str(path))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise SkalaError(str(path), str(exc)) from exc


def skala(key: str | None = None) -> Skala:
    """A shipped scale by key; the default (Permendagri 86/2017) when ``key`` is None."""
    scales, default = load_scales()
    return scales[key or default]


def predikat(value: Decimal | None, key: str | None = None) -> str:
    """The label of ``value`` on a shipped scale (``""`` for no value)."""
    return skala(key).label(value)
