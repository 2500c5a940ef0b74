"""What the documents say, as plain data: pure functions from the RKT model to the values
the Word templates print. No docx here, so every number can be checked without Word.

Every capaian, serapan, sisa and predikat comes from :mod:`rkt_xl.realisasi` (never a
formula of our own); totals are sums of ints; the one display rounding is
:func:`rkt_xl.realisasi.format_persen`. Every text taken from a cell passes :func:`safe`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from rkt_xl.consolidation.plan import code_key, plan_rkt, sub_records
from rkt_xl.model.entities import IndikatorSasaran, Profil, Rkt, SubKegiatan
from rkt_xl.model.numbers import format_id
from rkt_xl.realisasi import Ordinal, format_persen, serapan, sisa
from rkt_xl.realisasi.anggaran import realisasi_anggaran, serapan_total
from rkt_xl.texts import text

# C0 controls other than tab, line feed and carriage return cannot stand in XML, and docxtpl
# turns \a and \f into paragraph and page breaks: each is shown as its Unicode "control
# picture" (U+2400 + code), so a cell's content appears literally.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# docxtpl turns "{_{" back into "{{" after rendering; a zero-width space keeps it literal.
_DOCXTPL_ESCAPES = re.compile(r"\{_(?=[{%])|(?<=[}%])_\}")


def _picture(m: re.Match[str]) -> str:
    c = ord(m.group(0))
    return "\u2421" if c == 0x7F else chr(0x2400 + c)


def safe(value: object) -> str:
    """Cell text made safe for the template: control characters visible, docxtpl's own
    escape sequences broken. XML escaping (``<w:t>``) is jinja's autoescape at render time;
    jinja never evaluates a value, so ``{{ }}`` in a cell stays text."""
    s = "" if value is None else str(value)
    s = _CONTROLS.sub(_picture, s.replace("\r\n", "\n").replace("\r", "\n"))
    return _DOCXTPL_ESCAPES.sub(lambda m: m.group(0)[0] + "\u200b" + m.group(0)[1], s)


def rupiah(value: int | None) -> str:
    return "" if value is None else format_id(value)


def persen(value: Decimal | None) -> str:
    """``97,89 %``; ``n/a``; a capaian on an ordered scale ``66,67 % (ordinal)``."""
    if value is None:
        return format_persen(value)
    shown = f"{format_persen(Decimal(value))} %"
    return text("realisasi.ordinal", nilai=shown) if isinstance(value, Ordinal) else shown


def target_text(raw: str, satuan: str) -> str:
    """``95`` + ``persen`` -> ``95 %``; ``26`` + ``dokumen`` -> ``26 dokumen``; ``Baik`` as is."""
    raw, satuan = safe(raw).strip(), safe(satuan).strip()
    if not raw or not any(c.isdigit() for c in raw):   # empty, or a word (Baik): no unit
        return raw
    if satuan.casefold() in ("persen", "%") and not raw.endswith("%"):
        return f"{raw} %"
    if not satuan or raw.casefold().endswith(satuan.casefold()) or satuan.casefold() in ("persen", "%"):
        return raw
    return f"{raw} {satuan}"


def kepala_daerah(pemda: str) -> str:
    """``Kabupaten Lima Puluh Kota`` -> ``Bupati Lima Puluh Kota`` (Kota -> Wali Kota,
    Provinsi -> Gubernur)."""
    words = pemda.strip().split(maxsplit=1)
    titles = {"kabupaten": "Bupati", "kota": "Wali Kota", "provinsi": "Gubernur"}
    if len(words) == 2 and words[0].casefold() in titles:
        return f"{titles[words[0].casefold()]} {words[1]}"
    return f"Kepala Daerah {pemda}".strip()


# --- the program / kegiatan / sub kegiatan tree with its money ---

@dataclass
class Node:
    level: str           # program | kegiatan | sub
    kode: str
    nama: str
    pagu: int = 0
    realisasi: int | None = None
    children: list[Node] = field(default_factory=list)
    sumber_dana: set[str] = field(default_factory=set)

    def leaves(self) -> list[Node]:
        return [self] if not self.children else [x for c in self.children for x in c.leaves()]

    @property
    def serapan(self) -> Decimal | None:
        if not self.children:
            return serapan(self.realisasi, self.pagu)
        return serapan_total((x.realisasi, x.pagu) for x in self.leaves())

    @property
    def sisa(self) -> int | None:
        return sisa(self.realisasi, self.pagu)


def _add(total: int | None, value: int | None) -> int | None:
    if value is None:
        return total
    return value if total is None else total + value


def program_tree(rkt: Rkt, subs: Iterable[SubKegiatan] | None = None) -> list[Node]:
    """Programs by code, each with its kegiatan and sub kegiatan; names are the official
    nomenclature names where the code is known (as in the RKT sheet). ``realisasi`` of a
    group is the sum of the realisasi present (None when none is)."""
    subs = list(rkt.all_sub_kegiatan() if subs is None else subs)
    names = _names(rkt)
    programs: dict[str, Node] = {}
    for sub in sorted(subs, key=lambda s: code_key(s.kode)):
        prog = programs.setdefault(sub.kode_program, Node(
            "program", sub.kode_program, names.get(("program", sub.kode_program), safe(sub.program))))
        keg = next((k for k in prog.children if k.kode == sub.kode_kegiatan), None)
        if keg is None:
            keg = Node("kegiatan", sub.kode_kegiatan,
                       names.get(("kegiatan", sub.kode_kegiatan), safe(sub.kegiatan)))
            prog.children.append(keg)
        leaf = Node("sub", sub.kode, safe(sub.nama), sub.pagu or 0, year_realisasi(sub))
        keg.children.append(leaf)
        for node in (prog, keg):
            node.pagu += leaf.pagu
            node.realisasi = _add(node.realisasi, leaf.realisasi)
            if sub.sumber_dana.strip():
                node.sumber_dana.add(safe(sub.sumber_dana.strip()))
    return [programs[k] for k in sorted(programs, key=code_key)]


def year_realisasi(sub: SubKegiatan) -> int | None:
    """Realisasi anggaran of the year as the library takes it (the year figure, else the
    sum of the triwulan filled)."""
    return realisasi_anggaran(sub.realisasi_anggaran, sub.realisasi_anggaran_triwulan)[0]


def _names(rkt: Rkt) -> dict[tuple[str, str], str]:
    records = [r for b in rkt.bidang for r in sub_records(b, b.sheet)]
    plan = plan_rkt(rkt.profil, rkt.sasaran, records)
    return {key: safe(name) for key, name in plan.names.items()}


def anggaran_rows(programs: list[Node]) -> list[dict[str, object]]:
    """Rows of the realisasi anggaran table: program, its kegiatan, their sub kegiatan."""
    rows: list[dict[str, object]] = []

    def emit(node: Node, number: str) -> None:
        rows.append({"no": number, "kode": node.kode, "uraian": node.nama, "level": node.level,
                     "tebal": node.level != "sub", "pagu": rupiah(node.pagu),
                     "realisasi": rupiah(node.realisasi), "sisa": rupiah(node.sisa),
                     "serapan": persen(node.serapan)})

    for i, prog in enumerate(programs, start=1):
        emit(prog, str(i))
        for j, keg in enumerate(prog.children, start=1):
            emit(keg, f"{i}.{j}")
            for k, sub in enumerate(keg.children, start=1):
                emit(sub, f"{i}.{j}.{k}")
    return rows


def totals(programs: list[Node]) -> dict[str, object]:
    pagu = sum(p.pagu for p in programs)
    realisasi = None
    for p in programs:
        realisasi = _add(realisasi, p.realisasi)
    leaves = [(x.realisasi, x.pagu) for p in programs for x in p.leaves()]
    return {"pagu": pagu, "realisasi": realisasi, "serapan": serapan_total(leaves),
            "sisa": sisa(realisasi, pagu)}


# --- Perjanjian Kinerja ---

def sasaran_rows(sasaran: list[IndikatorSasaran]) -> list[dict[str, object]]:
    """``No | Sasaran Strategis | Indikator Kinerja | Target``: the sasaran text and its
    number only on its first indicator row."""
    rows: list[dict[str, object]] = []
    seen: dict[str, int] = {}
    for s in sasaran:
        key = s.sasaran.strip().casefold()
        first = key not in seen
        if first:
            seen[key] = len(seen) + 1
        rows.append({"no": str(seen[key]) if first else "", "sasaran": safe(s.sasaran) if first else "",
                     "indikator": safe(s.indikator), "satuan": safe(s.satuan),
                     "target": target_text(s.target.raw, s.satuan), "kode": safe(s.kode)})
    return rows


def profil_values(profil: Profil) -> dict[str, object]:
    tahun = profil.tahun if profil.tahun is not None else ""
    return {
        "pemda": safe(profil.pemda), "pemda_kapital": safe(profil.pemda).upper(),
        "opd": safe(profil.opd), "opd_kapital": safe(profil.opd).upper(), "tahun": str(tahun),
        "kepala": safe(profil.kepala), "nip": safe(profil.nip),
        "jabatan": text("dokumen.jabatan-kepala-opd", opd=safe(profil.opd)),
        "kepala_daerah": safe(kepala_daerah(profil.pemda)),
        "tempat": safe(profil.tempat), "tanggal_pk": safe(profil.tanggal),
    }


def pk_values(rkt: Rkt) -> dict[str, object]:
    programs = program_tree(rkt)
    t = totals(programs)
    return {
        **profil_values(rkt.profil),
        "sasaran": sasaran_rows(rkt.sasaran),
        "program": [{"no": str(i), "kode": p.kode, "program": p.nama, "anggaran": "Rp " + rupiah(p.pagu),
                     "keterangan": ", ".join(sorted(p.sumber_dana))}
                    for i, p in enumerate(programs, start=1)],
        "jumlah_anggaran": "Rp " + rupiah(t["pagu"]),  # type: ignore[arg-type]
    }
