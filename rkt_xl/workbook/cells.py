"""Normalising cell values from any reader (calamine, openpyxl, a live xlwings range)
to what the model holds. The one place that knows calamine gives floats and ''."""

from __future__ import annotations

import datetime as dt

from rkt_xl.model.numbers import number_to_text, parse_rupiah


def is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def as_text(value: object) -> str:
    """Cell value as stripped text; numbers as staff would type them (6500, 95,5)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        return number_to_text(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def as_int(value: object) -> int | None:
    """Cell value as a whole number (Rupiah, year), or None (empty or not whole)."""
    if is_empty(value):
        return None
    return parse_rupiah(value)
