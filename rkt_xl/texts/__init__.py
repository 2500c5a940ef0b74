"""The catalogue of every user-visible Indonesian text, read one way.

Each module here holds the texts of one stage: ``TEXTS`` (key -> whole-sentence
``str.format`` template, keys prefixed with the stage) and, where the stage judges
something, ``FINDINGS`` (finding code -> (severity, template, example parameters)).
A new stage adds one module and one line to ``_MODULES``; a key defined twice fails
at import time, and tests/texts checks that every key is used and every used key exists.
"""

from __future__ import annotations

from types import ModuleType

from rkt_xl.texts import (
    andal,
    commands,
    dokumen,
    excel,
    findings,
    kirim,
    messages,
    panduan,
    pasang,
    realisasi,
    reports,
    sheets,
)

_MODULES: tuple[ModuleType, ...] = (messages, commands, sheets, reports, excel, findings, kirim, pasang, panduan,
                                    realisasi, dokumen, andal)


def _merge(attr: str) -> dict:
    merged: dict = {}
    for module in _MODULES:
        table = getattr(module, attr, {})
        twice = merged.keys() & table.keys()
        if twice:
            raise RuntimeError(f"catalogue keys defined twice: {sorted(twice)}")
        merged.update(table)
    return merged


TEXTS: dict[str, str] = _merge("TEXTS")
FINDINGS: dict[str, tuple[str, str, dict[str, object]]] = _merge("FINDINGS")


def text(key: str, **params: object) -> str:
    """The Indonesian text for ``key`` with ``params`` filled in."""
    template = TEXTS[key]
    return template.format(**params) if params else template
