"""Comparing names typed by staff with official nomenclature names."""

from __future__ import annotations

import re

_PREFIX = re.compile(r"^(program|kegiatan|sub kegiatan)\s+", re.IGNORECASE)
_NON_WORD = re.compile(r"[^\w]+")


def name_key(name: str) -> str:
    """Case, punctuation, spacing and a leading 'Program'/'Kegiatan' ignored."""
    text = _PREFIX.sub("", name.strip())
    return _NON_WORD.sub(" ", text.casefold()).strip()


def same_name(a: str, b: str) -> bool:
    return name_key(a) == name_key(b)
