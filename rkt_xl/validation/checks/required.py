"""Required values: sub kegiatan fields, at least one Keluaran and one Hasil, indicator
fields, Sasaran rows (a blank Tujuan/Sasaran under a filled one belongs to the row above;
only the first row must have them), and the Profil (with NIP kept as text)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rkt_xl.model.entities import Loc
from rkt_xl.model.nomenclature import EDITIONS
from rkt_xl.validation.context import Context, unknown_cells
from rkt_xl.validation.findings import Finding
from rkt_xl.workbook import layout as C
from rkt_xl.workbook.cells import is_empty

PROFIL_REQUIRED = ("pemda", "opd", "tahun")
INHERITED = ("tujuan", "sasaran")   # a blank one belongs to the Sasaran row above (reader.inherit_from_above)


def check(ctx: Context) -> Iterator[Finding]:
    unknown = unknown_cells(ctx)

    def empty(loc: Loc) -> bool:
        return is_empty(loc.raw) and (loc.sheet, loc.cell) not in unknown

    for b in ctx.rkt.bidang:
        header = ctx.header(b.sheet)
        mapping = header[1] if header else {}
        for sub in b.sub_kegiatan:
            untuk = f" untuk sub kegiatan {sub.kode}" if sub.kode else ""
            for col in C.BIDANG_COLUMNS:
                loc = sub.loc.get(col.key)
                if col.level == "sub" and col.required and loc is not None and empty(loc):
                    yield ctx.finding("nilai-wajib-kosong", loc, judul=col.header, untuk=untuk)
            row = sub.loc["_row"].raw
            for level, code in (("keluaran", "keluaran-kosong"), ("hasil", "hasil-kosong")):
                indikators = getattr(sub, level)
                if not indikators:
                    key = f"{level}.tolok_ukur"
                    if key in mapping:
                        cell = f"{C.col_letter(mapping[key])}{row}"
                        yield ctx.finding(code, sheet=b.sheet, cell=cell, kode=sub.kode or "(tanpa kode)")
                for ind in indikators:
                    for fld in ("tolok_ukur", "satuan", "target"):
                        loc = ind.loc.get(fld)
                        if loc is not None and empty(loc):
                            col = next(c for c in C.BIDANG_COLUMNS if c.key == f"{level}.{fld}")
                            yield ctx.finding("nilai-wajib-kosong", loc, judul=col.header, untuk=untuk)
    for n, s in enumerate(ctx.rkt.sasaran):
        for col in C.SASARAN_COLUMNS:
            loc = s.loc.get(col.key)
            if col.key in INHERITED and loc is not None and empty(loc):
                if n == 0:
                    yield ctx.finding("sasaran-baris-pertama-kosong", loc, judul=col.header)
                # inherited from the row above, or blank since a row already reported
                if n == 0 or getattr(s, col.key) or not getattr(ctx.rkt.sasaran[n - 1], col.key):
                    continue
            if col.required and loc is not None and empty(loc):
                yield ctx.finding("nilai-wajib-kosong", loc, judul=f"{col.header} di sheet Sasaran",
                                  untuk=f" untuk indikator sasaran {s.kode}" if s.kode else "")
    yield from _profil(ctx, empty)


def _profil(ctx: Context, empty) -> Iterator[Finding]:  # type: ignore[no-untyped-def]
    p = ctx.rkt.profil
    if ctx.partial and all(empty(loc) or loc is p.loc.get("versi_nomenklatur") for loc in p.loc.values()):
        return   # a bidang copy whose Profil is left to the planner's copy
    for f in C.PROFIL_FIELDS:
        loc = p.loc.get(f.key)
        if loc is None:
            continue
        if empty(loc):
            code = "profil-kosong" if f.key in PROFIL_REQUIRED else "profil-belum-lengkap"
            if f.key != "versi_nomenklatur":
                yield ctx.finding(code, loc, judul=f.label)
            continue
        if f.key == "nip":
            if isinstance(loc.raw, (int, float)) and not isinstance(loc.raw, bool):
                yield ctx.finding("nip-bukan-teks", loc, value=p.nip)
            elif not re.fullmatch(r"\d{18}", re.sub(r"\s", "", p.nip)):
                yield ctx.finding("nip-format", loc)
        elif f.key == "tahun" and (p.tahun is None or not 2000 <= p.tahun <= 2100):
            yield ctx.finding("tahun-tidak-sah", loc)
        elif f.key == "versi_nomenklatur" and p.versi_nomenklatur not in EDITIONS:
            yield ctx.finding("versi-tidak-dikenal", loc, pilihan=" atau ".join(EDITIONS))
