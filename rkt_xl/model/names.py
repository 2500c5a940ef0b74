"""Comparing names typed by staff with official nomenclature names.

Two questions, two functions:

- :func:`same_name`: the same text up to case, punctuation, spacing and a leading
  'Program'/'Kegiatan' (otherwise a ``nama-tidak-resmi`` warning is due);
- :func:`name_similarity`: how much of the shorter name's *distinctive* words the other name
  shares (0.0 to 1.0). Function words and the words that open or close most nomenclature
  names (Penyediaan, Pengelolaan, ASN, Perangkat Daerah...) are left out, so what is left
  is what tells sub kegiatan apart; two words match when equal, when one is a prefix of the
  other (Fasilitas/Fasilitasi, Cetak/Cetakan) or when they differ by a typo (difflib ratio
  at least :data:`WORD_RATIO`). Below :data:`UNRELATED_BELOW` the typed name is taken to
  name a different sub kegiatan than the code.

The threshold was chosen on real variants: every name variant of the reference RKT 2023
(truncated kegiatan names, 'Fasilitas Kunjungan Tamu', 'Penyediaan Bahan Cetak dan
Penggandaan', 'Penataan sistem administrasi kenaikan pangkat otomatis PNS' for 'Pengelolaan
Kenaikan Pangkat ASN') scores at least 0.67, while 'Penyediaan Gaji dan Tunjangan ASN' against
any training sub kegiatan scores 0.0, and 97% of the pairs of two different official sub
kegiatan of the bundled 2021 list (3,385 of 3,486) score below 0.5: the threshold sits
between the two (tests/model/test_names.py measures all three).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

_PREFIX = re.compile(r"^(program|kegiatan|sub kegiatan)\s+", re.IGNORECASE)
_NON_WORD = re.compile(r"[^\w]+")

UNRELATED_BELOW = 0.5    # name_similarity below this: the code belongs to another sub kegiatan
WORD_RATIO = 0.8         # difflib ratio at which two words count as one word mistyped
_FUNCTION_WORDS = frozenset(
    "dan atau serta pada bagi untuk di ke dari yang dengan dalam beserta oleh program kegiatan sub".split())
# Words that open or close a large share of nomenclature names, so they do not tell sub
# kegiatan apart.
_GENERIC_WORDS = frozenset(
    "penyediaan pengelolaan pengadaan koordinasi fasilitasi pelaksanaan penyusunan "
    "penyelenggaraan pembinaan pelayanan pemeliharaan administrasi penataan peningkatan "
    "pengembangan jasa asn pns pppk skpd perangkat daerah pemerintahan pemerintah urusan "
    "kabupaten kota pegawai aparatur".split())


def name_key(name: str) -> str:
    """Case, punctuation, spacing and a leading 'Program'/'Kegiatan' ignored."""
    text = _PREFIX.sub("", name.strip())
    return _NON_WORD.sub(" ", text.casefold()).strip()


def same_name(a: str, b: str) -> bool:
    return name_key(a) == name_key(b)


def distinctive_words(name: str) -> list[str]:
    """The words of ``name`` that tell it apart (all its words when none is left)."""
    words = [w for w in name_key(name).split() if w not in _FUNCTION_WORDS]
    return [w for w in words if w not in _GENERIC_WORDS] or words


def _word_match(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 4 and long_.startswith(short):
        return True
    return SequenceMatcher(None, a, b).ratio() >= WORD_RATIO


def name_similarity(a: str, b: str) -> float:
    """Share of the shorter name's distinctive words found in the other (0.0 to 1.0)."""
    wa, wb = distinctive_words(a), distinctive_words(b)
    if not wa or not wb:
        return 1.0 if not wa and not wb else 0.0
    short, long_ = sorted((wa, wb), key=len)
    found = sum(1 for w in short if any(_word_match(w, o) for o in long_))
    return found / len(short)


def unrelated(typed: str, official: str) -> bool:
    """True when ``typed`` names something else than ``official`` (see the module text)."""
    return name_similarity(typed, official) < UNRELATED_BELOW
