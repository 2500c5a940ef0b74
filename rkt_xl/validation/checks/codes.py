"""Sub kegiatan codes: the U.BB.PP.2.KK.SSSS format, and existence in the nomenclature of
the selected Kepmendagri edition, with guidance to the right code: a kegiatan code where a
sub kegiatan belongs lists that kegiatan's sub kegiatan; a mistyped code gets "maksud Anda"
with the candidate(s) from the nomenclature. Codes under an urusan that no known list covers
are checked for their format only, with one finding per file saying how to add the list."""

from __future__ import annotations

from collections.abc import Iterator

from rkt_xl.model.code_guess import candidates, kegiatan_code
from rkt_xl.model.entities import SubKegiatan
from rkt_xl.model.names import name_key
from rkt_xl.model.nomenclature import (
    EDITIONS,
    KODE_SUB_KEGIATAN,
    Entry,
    by_name,
    covered_urusan,
    nomenclature,
)
from rkt_xl.texts import text
from rkt_xl.validation.context import Context
from rkt_xl.validation.findings import Finding

SEGMENT_WIDTHS = (1, 2, 2, 1, 2, 4)


def normalise_kode(kode: str) -> str | None:
    """A code with short segments padded (5.03.02.2.01.03 -> 5.03.02.2.01.0003), or None."""
    parts = kode.replace(" ", "").split(".")
    if len(parts) != len(SEGMENT_WIDTHS) or not all(p.isdigit() for p in parts):
        return None
    if any(len(p) > w for p, w in zip(parts, SEGMENT_WIDTHS, strict=True)):
        return None
    candidate = ".".join(p.zfill(w) for p, w in zip(parts, SEGMENT_WIDTHS, strict=True))
    return candidate if KODE_SUB_KEGIATAN.match(candidate) else None


def urusan_of(kode: str) -> str:
    return ".".join(kode.split(".")[:2])


def check(ctx: Context) -> Iterator[Finding]:
    versi = ctx.edition
    codes = nomenclature(versi)
    names = by_name(versi)
    covered = covered_urusan(versi)
    uncovered: dict[str, list[SubKegiatan]] = {}
    for sub in ctx.rkt.all_sub_kegiatan():
        loc = sub.loc.get("kode")
        if loc is None or not sub.kode:
            continue
        if not KODE_SUB_KEGIATAN.match(sub.kode):
            yield _malformed(ctx, sub, codes)
            continue
        if urusan_of(sub.kode) not in covered:
            uncovered.setdefault(urusan_of(sub.kode), []).append(sub)
            continue
        entry = codes.get(sub.kode)
        if entry is None or entry.tingkat != "sub_kegiatan":
            found = names.get(("sub_kegiatan", name_key(sub.nama)))
            named = found.kode if found is not None else None
            yield ctx.finding("kode-tidak-dikenal", loc, value=sub.kode, versi=EDITIONS[versi],
                              saran=f"; nama sub kegiatan ini memakai kode {named}" if named else "")
    if uncovered:
        subs = [s for group in uncovered.values() for s in group]
        first = subs[0].loc["kode"]
        yield ctx.finding("urusan-tidak-tercakup", value=", ".join(uncovered), urusan=", ".join(uncovered),
                          jumlah=len(subs), contoh=subs[0].kode, cell_contoh=f"'{first.sheet}'!{first.cell}",
                          versi=EDITIONS[versi])


def _malformed(ctx: Context, sub: SubKegiatan, codes: dict[str, Entry]) -> Finding:
    loc = sub.loc["kode"]
    kegiatan = kegiatan_code(sub.kode)
    found = candidates(sub.kode, codes, sub.nama)
    if kegiatan is None and len(found) == 1 and found[0].tingkat == "kegiatan":
        kegiatan = found[0].kode
    if kegiatan is not None:
        return _kegiatan_finding(ctx, sub, kegiatan, codes)
    found = [e for e in found if e.tingkat == "sub_kegiatan"]
    if len(found) == 1:
        saran = text("panduan.maksud-satu", kode=found[0].kode, nama=found[0].nama)
    elif found:
        daftar = "; ".join(text("panduan.kode-nama", kode=e.kode, nama=e.nama) for e in found)
        saran = text("panduan.maksud-banyak", daftar=daftar)
    else:
        fixed = normalise_kode(sub.kode)
        saran = text("panduan.maksud-pola", kode=fixed) if fixed else ""
    return ctx.finding("kode-format-salah", loc, value=sub.kode, saran=saran)


def _kegiatan_finding(ctx: Context, sub: SubKegiatan, kegiatan: str, codes: dict[str, Entry]) -> Finding:
    entry = codes.get(kegiatan)
    nama = entry.nama if entry is not None else sub.kegiatan
    subs = sorted((e for k, e in codes.items() if k.startswith(kegiatan + ".") and e.tingkat == "sub_kegiatan"),
                  key=lambda e: e.kode)
    if subs:
        daftar = text("panduan.daftar-sub", daftar="; ".join(
            text("panduan.kode-nama", kode=e.kode, nama=e.nama) for e in subs))
    else:
        daftar = text("panduan.daftar-sub-kosong")
    return ctx.finding("kode-kegiatan-bukan-sub", sub.loc["kode"], value=sub.kode, kode=kegiatan, nama=nama,
                       daftar=daftar)
