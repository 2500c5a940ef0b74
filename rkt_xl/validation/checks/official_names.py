"""Names against the nomenclature: the sub kegiatan name (a warning with the official name
when it is a variant of it; an error when it names something else, i.e. the code belongs to
another sub kegiatan, see :func:`rkt_xl.model.names.unrelated`), and program/kegiatan
consistent with the code (an error when the typed name is the official name of a different
program/kegiatan, i.e. the code or the parent is wrong)."""

from __future__ import annotations

from collections.abc import Iterator

from rkt_xl.model.code_guess import best_by_name
from rkt_xl.model.names import name_key, same_name, unrelated
from rkt_xl.model.nomenclature import by_name, nomenclature, parent_codes
from rkt_xl.texts import text
from rkt_xl.validation.context import Context
from rkt_xl.validation.findings import Finding


def check(ctx: Context) -> Iterator[Finding]:
    codes = nomenclature(ctx.edition)
    names = by_name(ctx.edition)
    for sub in ctx.rkt.all_sub_kegiatan():
        entry = codes.get(sub.kode)
        if entry is None or entry.tingkat != "sub_kegiatan":
            continue
        if sub.nama and "nama" in sub.loc and not same_name(sub.nama, entry.nama):
            if unrelated(sub.nama, entry.nama) and "kode" in sub.loc:
                other = best_by_name(sub.nama, codes, exclude=sub.kode)
                saran = text("panduan.nama-cocok", kode=other.kode, nama=other.nama) if other else ""
                yield ctx.finding("kode-milik-sub-kegiatan-lain", sub.loc["kode"], value=sub.kode,
                                  resmi=entry.nama, nama=sub.nama, sel_nama=sub.loc["nama"].cell, saran=saran)
                continue
            yield ctx.finding("nama-tidak-resmi", sub.loc["nama"], value=sub.nama,
                              tingkat="sub kegiatan", kode=sub.kode, resmi=entry.nama)
        program, kegiatan = parent_codes(sub.kode)
        for tingkat, field, parent in (("program", "program", program), ("kegiatan", "kegiatan", kegiatan)):
            typed = getattr(sub, field)
            official = codes.get(parent)
            if not typed or field not in sub.loc or official is None or same_name(typed, official.nama):
                continue
            other = names.get((tingkat, name_key(typed)))
            if other is not None and other.kode != parent:
                yield ctx.finding("induk-tidak-sesuai-kode", sub.loc[field], value=typed,
                                  Tingkat=tingkat.capitalize(), tingkat=tingkat, kode_lain=other.kode,
                                  kode=sub.kode, kode_induk=parent, resmi=official.nama)
            else:
                yield ctx.finding("nama-tidak-resmi", sub.loc[field], value=typed, tingkat=tingkat,
                                  kode=parent, resmi=official.nama)
