"""What the LKjIP says, as plain data (see :mod:`rkt_xl.documents.content`).

Pengukuran kinerja per sasaran indicator with :func:`rkt_xl.realisasi.ukur` (the capaian
function that reports instead of raising), predikat on the ``lkjip`` scale, efisiensi with
:func:`rkt_xl.realisasi.anggaran.efisiensi_kinerja`; the generated sentences of the
Ikhtisar Eksekutif and BAB IV are catalogue templates filled with these numbers.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal, localcontext

from rkt_xl.documents.content import (
    Node,
    anggaran_rows,
    persen,
    pk_values,
    program_tree,
    rupiah,
    safe,
    target_text,
    totals,
)
from rkt_xl.model.entities import IndikatorSasaran, Rkt
from rkt_xl.realisasi import skala, ukur
from rkt_xl.realisasi.anggaran import efisiensi_anggaran, efisiensi_kinerja, serapan_total
from rkt_xl.realisasi.indikator import pilih_realisasi, ukuran
from rkt_xl.texts import text

SCALE = "lkjip"   # Kategori capaian LKjIP (Permendagri 86/2017 thresholds)
_NBSP_RP = re.compile(r"Rp (?=\d)")
_NBSP_PERSEN = re.compile(r"(\d) %")


@dataclass(frozen=True)
class Ukuran:
    """One sasaran indicator measured: the library's capaian (None = not measurable)."""

    indikator: IndikatorSasaran
    realisasi: str     # the year's realisasi as the library takes it (typed, or from the triwulan)
    capaian: Decimal | None
    alasan: str        # a CapaianError reason, "" when measured or simply not defined
    predikat: str

    @property
    def tercapai(self) -> bool | None:
        return None if self.capaian is None else self.capaian >= 100


def measured(rkt: Rkt) -> list[Ukuran]:
    """Every indikator sasaran measured as the Pengukuran Kinerja sheet measures it:
    :func:`~rkt_xl.realisasi.indikator.pilih_realisasi`, then :func:`~rkt_xl.realisasi.ukur`."""
    scale = skala(SCALE)
    out = []
    for u in ukuran(rkt):
        if u.sasaran is not None:
            chosen = pilih_realisasi(u)
            m = ukur(u.target.raw, chosen.text, u.polaritas, u.skala or None)
            out.append(Ukuran(u.sasaran, chosen.text, m.nilai, m.alasan, scale.label(m.nilai)))
    return out


def sasaran_order(rkt: Rkt) -> list[tuple[str, list[IndikatorSasaran]]]:
    """Indicators grouped by sasaran (in order of first appearance): BAB III and the
    Lampiran number them in this order."""
    groups: dict[str, tuple[str, list[IndikatorSasaran]]] = {}
    for s in rkt.sasaran:
        groups.setdefault(s.sasaran.strip().casefold(), (s.sasaran, []))[1].append(s)
    return list(groups.values())


def mean(values: list[Decimal]) -> Decimal | None:
    """The average capaian of several indicators (exact; None for none)."""
    if not values:
        return None
    with localcontext() as ctx:
        ctx.prec = 34
        return sum(values, Decimal(0)) / len(values)


def keterangan(u: Ukuran) -> str:
    if u.alasan:
        return text(f"dokumen.alasan-{u.alasan}")
    if u.capaian is None:
        return text("dokumen.belum-ada-realisasi")
    return text("dokumen.tercapai") if u.tercapai else text("dokumen.tidak-tercapai")


def ukur_row(u: Ukuran, no: str) -> dict[str, object]:
    s = u.indikator
    return {"no": no, "kode": safe(s.kode), "sasaran": safe(s.sasaran), "indikator": safe(s.indikator),
            "satuan": safe(s.satuan), "target": target_text(s.target.raw, s.satuan),
            "realisasi": target_text(u.realisasi, s.satuan) or text("dokumen.na"),
            "capaian": persen(u.capaian), "predikat": u.predikat or "-", "keterangan": keterangan(u)}


def _facts(nodes: list[Node], subs_pagu: int, realisasi: int | None, n: int) -> str:
    if not n:
        return text("dokumen.analisis-tanpa-sub")
    daftar = "; ".join(text("dokumen.analisis-sub", nama=x.nama, pagu=rupiah(x.pagu)) for x in nodes)
    pairs = [(x.realisasi, x.pagu) for x in nodes]
    serapan = "" if realisasi is None else text(
        "dokumen.analisis-serapan", realisasi=rupiah(realisasi), serapan=persen(serapan_total(pairs)))
    return text("dokumen.analisis-fakta", n_sub=n, pagu=rupiah(subs_pagu), serapan=serapan, daftar=daftar)


def lkjip_values(rkt: Rkt) -> dict[str, object]:
    pk = pk_values(rkt)
    programs = program_tree(rkt)
    tot = totals(programs)
    done = measured(rkt)
    by_kode = {id(u.indikator): u for u in done}
    subs = rkt.all_sub_kegiatan()

    bab3 = []
    efisiensi = []
    number = 0
    for i, (nama, indicators) in enumerate(sasaran_order(rkt), start=1):
        rows = []
        for s in indicators:
            number += 1
            rows.append(ukur_row(by_kode[id(s)], str(number)))
        kodes = {s.kode.strip() for s in indicators}
        mine = [x for p in program_tree(rkt, [sub for sub in subs if sub.sasaran.strip() in kodes])
                for k in p.children for x in k.children]
        pagu = sum(x.pagu for x in mine)
        real = None
        for x in mine:
            real = x.realisasi if real is None else real + (x.realisasi or 0)
        caps = [by_kode[id(s)].capaian for s in indicators if by_kode[id(s)].capaian is not None]
        cap = mean(caps)  # type: ignore[arg-type]
        ser = serapan_total((x.realisasi, x.pagu) for x in mine)
        label = efisiensi_kinerja(cap, ser)
        efisiensi.append({"no": str(i), "sasaran": safe(nama), "capaian": persen(cap), "serapan": persen(ser),
                          "efisiensi": text(f"realisasi.{label}") if label else "-",
                          "efisiensi_anggaran": persen(efisiensi_anggaran(real, pagu) if mine else None)})
        bab3.append({"no": str(i), "sasaran": safe(nama), "indikator": rows,
                     "banding": [banding(by_kode[id(s)]) for s in indicators],
                     "fakta": prose(_facts(mine, pagu, real, len(mine)))})

    values = [u.capaian for u in done if u.capaian is not None]
    rata = mean(values)  # type: ignore[arg-type]
    reached = sum(1 for u in done if u.tercapai)
    scale = skala(SCALE)
    counts = Counter(u.predikat for u in done if u.predikat)
    predikat_items = [text("dokumen.kalimat-predikat-item", jumlah=counts[b.label], predikat=b.label)
                      for b in scale.pita if counts[b.label]]
    n_keg = sum(len(p.children) for p in programs)
    n_sub = len(subs)
    tak_terukur = len(done) - len(values)
    base = {"tahun": pk["tahun"], "opd": pk["opd"]}
    ikhtisar = text("dokumen.kalimat-ikhtisar", **base, n_indikator=len(done), n_terukur=len(values),
                    n_tercapai=reached, n_belum=len(values) - reached, rata=persen(rata),
                    tak_terukur=text("dokumen.kalimat-tak-terukur", n=tak_terukur) if tak_terukur else "").strip()
    money = {"pagu": rupiah(tot["pagu"]), "n_program": len(programs), "n_kegiatan": n_keg, "n_sub": n_sub}  # type: ignore[arg-type]
    if tot["realisasi"] is None:
        anggaran = text("dokumen.kalimat-anggaran-kosong", **money)
    else:
        anggaran = text("dokumen.kalimat-anggaran", **money, realisasi=rupiah(tot["realisasi"]),  # type: ignore[arg-type]
                        serapan=persen(tot["serapan"]), sisa=rupiah(tot["sisa"]))  # type: ignore[arg-type]
    bidang = [safe(b.nama or b.sheet) for b in rkt.bidang]
    return {
        **pk,
        "ikhtisar": prose(ikhtisar),
        "kalimat_predikat": text("dokumen.kalimat-predikat", skala=scale.nama, daftar="; ".join(predikat_items))
        if predikat_items else "",
        "kalimat_anggaran": prose(anggaran),
        "kalimat_penutup": prose(text("dokumen.kalimat-penutup", **base, n_tercapai=reached, n_terukur=len(values),
                                rata=persen(rata), serapan=persen(tot["serapan"]))),  # type: ignore[arg-type]
        "kalimat_struktur": text("dokumen.kalimat-struktur", opd=pk["opd"], n=len(bidang), daftar="; ".join(bidang)),
        "kalimat_rkt": prose(text("dokumen.kalimat-rkt", tahun=pk["tahun"], **money)),
        "bidang": [{"no": str(i), "nama": n} for i, n in enumerate(bidang, start=1)],
        "renstra": _renstra(rkt),
        "ringkasan_program": [{"no": str(i), "kode": p.kode, "program": p.nama, "kegiatan": str(len(p.children)),
                               "sub": str(sum(len(k.children) for k in p.children)), "pagu": rupiah(p.pagu)}
                              for i, p in enumerate(programs, start=1)],
        "bab3": bab3,
        "pengukuran": [r for s in bab3 for r in s["indikator"]],  # type: ignore[attr-defined]
        "efisiensi": efisiensi,
        "anggaran": anggaran_rows(programs),
        "total_pagu": rupiah(tot["pagu"]), "total_realisasi": rupiah(tot["realisasi"]),  # type: ignore[arg-type]
        "total_sisa": rupiah(tot["sisa"]), "total_serapan": persen(tot["serapan"]),  # type: ignore[arg-type]
        "skala_predikat": scale.nama,
        "rata_capaian": prose(persen(rata)),
        "jumlah_indikator": str(len(done)), "jumlah_terukur": str(len(values)),
        "jumlah_tercapai": str(reached),
        "_measured": done, "_programs": programs,
    }


def prose(sentence: str) -> str:
    """A generated sentence with ``Rp`` and ``%`` kept on the line of their number."""
    return _NBSP_PERSEN.sub("\\1\u00a0%", _NBSP_RP.sub("Rp\u00a0", sentence))


def _renstra(rkt: Rkt) -> list[dict[str, object]]:
    """Tujuan | Sasaran | Indikator | Target rows; a tujuan or sasaran only where it starts."""
    rows: list[dict[str, object]] = []
    tujuan = sasaran = None
    n = 0
    for s in rkt.sasaran:
        t_key, s_key = s.tujuan.strip().casefold(), s.sasaran.strip().casefold()
        new_t = t_key != tujuan
        if new_t:
            n += 1
        rows.append({"no": str(n) if new_t else "", "tujuan": safe(s.tujuan) if new_t else "",
                     "sasaran": safe(s.sasaran) if new_t or s_key != sasaran else "",
                     "indikator": safe(s.indikator), "target": target_text(s.target.raw, s.satuan)})
        tujuan, sasaran = t_key, s_key
    return rows


def banding(u: Ukuran) -> dict[str, object]:
    """This year against last year and the Renstra end target, where the workbook has them
    (capaian against the Renstra target by the same library function)."""
    s = u.indikator
    renstra = s.target_renstra.raw
    cap = ukur(renstra, u.realisasi, s.polaritas or "positif", s.skala or None) \
        if renstra.strip() and u.realisasi.strip() else None
    return {"indikator": safe(s.indikator), "lalu": target_text(s.realisasi_n1.raw, s.satuan),
            "realisasi": target_text(u.realisasi, s.satuan) or text("dokumen.na"),
            "renstra": target_text(renstra, s.satuan),
            "capaian_renstra": persen(cap.nilai) if cap is not None and cap.nilai is not None else ""}
