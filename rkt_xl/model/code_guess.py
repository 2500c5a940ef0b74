"""Guessing the code meant by a code typed wrongly: spaces instead of dots (``5 03 01 2.01``),
the urusan digit left out (``03.02.2.01.0001``), a 2-digit sub code (``5.03.02.2.01.03``),
one digit missing or one too many. Only codes present in the nomenclature are offered."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from rkt_xl.model.names import distinctive_words, name_similarity
from rkt_xl.model.nomenclature import Entry

SUB_WIDTHS = (1, 2, 2, 1, 2, 4)
KEGIATAN_WIDTHS = SUB_WIDTHS[:5]
KODE_KEGIATAN = re.compile(r"^\d\.\d{2}\.\d{2}\.[12]\.\d{2}$")
SCORED = 50        # best_by_name scores only the entries with the most words in common
CLEAR_LEAD = 0.34   # a candidate's name similarity must lead the next by this to be "the" one
MAX_LISTED = 3


def pad(groups: list[str], widths: tuple[int, ...]) -> str | None:
    """Digit groups padded to the segment widths ('01' -> '0001'), or None if they do not fit."""
    if len(groups) != len(widths) or any(len(g) > w for g, w in zip(groups, widths, strict=True)):
        return None
    return ".".join(g.zfill(w) for g, w in zip(groups, widths, strict=True))


def kegiatan_code(typed: str) -> str | None:
    """The kegiatan code U.BB.PP.2.KK that ``typed`` spells (with any separators), or None."""
    code = pad(re.findall(r"\d+", typed), KEGIATAN_WIDTHS)
    return code if code is not None and KODE_KEGIATAN.match(code) else None


def reshaped(typed: str) -> list[str]:
    """Codes ``typed`` can be read as, by segment (known or not)."""
    groups = re.findall(r"\d+", typed)
    out = [c for c in (pad(groups, SUB_WIDTHS), pad(groups, KEGIATAN_WIDTHS)) if c]
    if len(groups) == 5 and len(groups[0]) == 2:           # the urusan digit left out
        out += [c for u in "123456789" if (c := pad([u, *groups], SUB_WIDTHS))]
    if len(groups) == 1 and len(groups[0]) in (12, 8):     # typed without separators
        digits, cuts, pos = groups[0], [], 0
        for w in SUB_WIDTHS[: 6 if len(digits) == 12 else 5]:
            cuts.append(digits[pos:pos + w])
            pos += w
        out.append(".".join(cuts))
    return out


# One digit changed, missing or extra leaves either the first or the last AFFIX digits of a
# code intact, so the candidates are looked up by those (no scan of a 96,000-code list).
AFFIX = 5
_INDEX: dict[int, tuple[Mapping[str, Entry], tuple[dict, dict]]] = {}


def _digit_index(codes: Mapping[str, Entry]) -> tuple[dict[str, list], dict[str, list]]:
    """(first digits -> [(digits, entry)], last digits -> [...]) of the sub kegiatan and
    kegiatan codes, built once per loaded list."""
    cached = _INDEX.get(id(codes))
    if cached is not None and cached[0] is codes:
        return cached[1]
    head: dict[str, list] = {}
    tail: dict[str, list] = {}
    for e in codes.values():
        if e.tingkat in ("sub_kegiatan", "kegiatan"):
            d = e.kode.replace(".", "")
            head.setdefault(d[:AFFIX], []).append((d, e))
            tail.setdefault(d[-AFFIX:], []).append((d, e))
    _INDEX.clear()   # one list per edition in use; an older one is not needed again
    _INDEX[id(codes)] = (codes, (head, tail))
    return head, tail


def _one_edit_apart(a: str, b: str) -> bool:
    """Levenshtein distance exactly 1 (one digit changed, missing or extra)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def candidates(typed: str, codes: Mapping[str, Entry], typed_name: str = "") -> list[Entry]:
    """Known sub kegiatan or kegiatan entries ``typed`` most likely means, best first; one
    entry when the choice is clear (by shape, else by the typed name)."""
    found = [codes[c] for c in dict.fromkeys(reshaped(typed)) if c in codes]
    if not found:
        digits = re.sub(r"\D", "", typed)
        by_head, by_tail = _digit_index(codes)
        near = by_head.get(digits[:AFFIX], []) + by_tail.get(digits[-AFFIX:], [])
        found = list({e.kode: e for d, e in near if _one_edit_apart(digits, d)}.values())
    if len(found) > 1 and typed_name:
        scored = sorted(found, key=lambda e: -name_similarity(typed_name, e.nama))
        first, second = (name_similarity(typed_name, e.nama) for e in scored[:2])
        return scored[:1] if first - second >= CLEAR_LEAD else scored[:MAX_LISTED]
    return found[:MAX_LISTED]


def best_by_name(name: str, codes: Mapping[str, Entry], exclude: str = "", at_least: float = 0.67) -> Entry | None:
    """The one sub kegiatan whose name matches ``name`` best, when it matches clearly. Only
    entries sharing a distinctive word (or its first four letters) are scored."""
    index = _word_index(codes)
    hits: Counter[str] = Counter()
    by_code: dict[str, Entry] = {}
    for k in {w[:4] for w in distinctive_words(name)}:
        for e in index.get(k, ()):
            hits[e.kode] += 1
            by_code[e.kode] = e
    near = [by_code[k] for k, _ in hits.most_common(SCORED)]   # the most words in common
    scored = sorted(((name_similarity(name, e.nama), e) for e in near if e.kode != exclude),
                    key=lambda se: -se[0])
    if not scored or scored[0][0] < at_least or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


_WORDS: dict[int, tuple[Mapping[str, Entry], dict[str, list[Entry]]]] = {}


def _word_index(codes: Mapping[str, Entry]) -> dict[str, list[Entry]]:
    """First four letters of each distinctive word -> sub kegiatan, built once per loaded list."""
    cached = _WORDS.get(id(codes))
    if cached is not None and cached[0] is codes:
        return cached[1]
    index: dict[str, list[Entry]] = {}
    for e in codes.values():
        if e.tingkat == "sub_kegiatan":
            for k in {w[:4] for w in distinctive_words(e.nama)}:
                index.setdefault(k, []).append(e)
    _WORDS.clear()
    _WORDS[id(codes)] = (codes, index)
    return index
