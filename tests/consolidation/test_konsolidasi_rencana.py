"""The pure parts of consolidation: merging models and planning the RKT sheet (no files)."""

from __future__ import annotations

import copy
import random
from pathlib import Path

from rkt_xl.consolidation.plan import (
    FIRST_ROW,
    MAX_FORMULA,
    SubRecord,
    SubTexts,
    code_key,
    plan_rkt,
    quote_sheet,
    sub_records,
    sum_formula,
)
from rkt_xl.model.entities import Bidang, IndikatorSasaran, Profil, Rkt
from rkt_xl.samples.sample import load_sample
from rkt_xl.validation.merge import file_order, merge_models


def _rec(kode: str, program: str, kegiatan: str, sasaran: str, pagu: int, row: int, order: int) -> SubRecord:
    return SubRecord(kode, program, kegiatan, sasaran, pagu, "B", row, order, 1, SubTexts("Sub", "DAU", (), ()))


def _records(rkt: Rkt) -> list[SubRecord]:
    out: list[SubRecord] = []
    for b in rkt.bidang:
        out.extend(sub_records(b, b.sheet, start=len(out)))
    return out


def test_plan_does_not_depend_on_the_order_of_sub_kegiatan():
    rkt, _ = load_sample()
    records = _records(rkt)
    expected = list(plan_rkt(rkt.profil, rkt.sasaran, records).rows())
    shuffled = records[:]
    random.Random(4).shuffle(shuffled)
    assert list(plan_rkt(rkt.profil, rkt.sasaran, shuffled).rows()) == expected


def test_rows_groups_and_numbering_of_the_sample():
    rkt, _ = load_sample()
    plan = plan_rkt(rkt.profil, rkt.sasaran, _records(rkt))
    rows = list(plan.rows())
    kinds = [r.kind for r in rows]
    assert kinds.count("tujuan") == 2 and kinds.count("indikator") == 6 and kinds.count("masukan") == 35
    assert kinds.count("program") == 6            # Kepegawaian Daerah under four indicators
    end = kinds.index("jumlah")
    assert plan.jumlah_row == FIRST_ROW + end
    # issue 10: the Rekapitulasi per Program block below the JUMLAH
    assert kinds[end + 1:] == ["jarak", "rekap-judul", "rekap-kepala", "rekap", "rekap", "rekap"]
    assert [(r.cells[4], r.cells[5], r.cells[6], r.formula, r.value) for r in rows[end + 4:]] == [
        ("1", "5.03.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "=SUM(K85)", 4_198_054_136),
        ("2", "5.03.02", "Program Kepegawaian Daerah", "=SUM(K10,K34,K57,K66)", 3_442_694_750),
        ("3", "5.04.02", "Program Pengembangan Sumber Daya Manusia", "=SUM(K28)", 479_927_500)]
    assert plan.jumlah_formula == "=SUM(K10,K28,K34,K57,K66,K85)"
    assert [(p.kode, p.rows, p.total, p.jumlah) for p in plan.programs] == [
        ("5.03.01", (84,), 4_198_054_136, 16),
        ("5.03.02", (9, 33, 56, 65), 3_442_694_750, 18),
        ("5.04.02", (27,), 479_927_500, 1)]
    numbers = {r.cells[5]: r.cells[4] for r in rows if r.kind in ("program", "kegiatan", "masukan")}
    assert numbers["5.03.01"] == "1" and numbers["5.03.02.2.04"] == "2.4"
    assert numbers["5.03.01.2.06.0009"] == "1.5.6"
    orphan = next(i for i, r in enumerate(rows) if r.cells[2] == "Indeks Kepuasan Masyarakat")
    assert rows[orphan].kind == "indikator" and rows[orphan + 1].kind == "tujuan"   # S2.2: no programs


def test_every_formula_has_its_value():
    rkt, _ = load_sample()
    records = _records(rkt)
    plan = plan_rkt(rkt.profil, rkt.sasaran, records)
    rows = list(plan.rows())
    by_row = {FIRST_ROW + i + 1: r for i, r in enumerate(rows)}
    pagu_cells = {f"='{rec.sheet}'!G{rec.row + 1}": rec.pagu for rec in records}
    masukan = [r for r in rows if r.kind == "masukan"]
    # every sub kegiatan's Masukan points at its own Pagu cell, once, cached with its pagu
    assert sorted(r.formula for r in masukan) == sorted(pagu_cells)
    assert all(r.value == pagu_cells[r.formula] for r in masukan)
    for r in rows:
        if r.kind in ("kegiatan", "program", "jumlah", "rekap"):
            refs = r.formula.removeprefix("=SUM(").removesuffix(")")
            if ":" in refs:
                a, b = (int(x[1:]) for x in refs.split(":"))
                cells = [by_row[n] for n in range(a, b + 1)]
            else:
                cells = [by_row[int(x[1:])] for x in refs.split(",")]
            assert r.value == sum(c.value for c in cells if c.formula)
        elif r.kind != "masukan":
            assert not r.formula


def test_sub_kegiatan_without_known_sasaran_are_kept_at_the_end():
    rkt, _ = load_sample()
    records = _records(rkt)
    records[0] = records[0]._replace(sasaran="S9.9")
    records[1] = records[1]._replace(sasaran="")
    plan = plan_rkt(rkt.profil, rkt.sasaran, records)
    rows = list(plan.rows())
    labels = [r.cells[2] for r in rows if r.kind == "indikator"][-2:]
    assert labels == ["Kode sasaran 'S9.9' tidak ada di sheet Sasaran", "Sub kegiatan tanpa kode sasaran"]
    assert sum(1 for r in rows if r.kind == "masukan") == 35 and plan.jumlah == 8_120_676_386


def test_names_official_when_known_else_typed_with_prefix():
    records = [_rec("9.99.01.2.01.0001", "Urusan Contoh", "Contoh", "S1", 5, 3, 0),
               _rec("5.03.02.2.02.0001", "Kepegawaian", "Mutasi", "S1", 7, 4, 1)]
    plan = plan_rkt(Profil(), [IndikatorSasaran("S1")], records)
    names = {r.cells[5]: r.cells[6] for r in plan.rows() if r.kind in ("program", "kegiatan")}
    assert names == {"9.99.01": "Program Urusan Contoh", "9.99.01.2.01": "Kegiatan Contoh",
                     "5.03.02": "Program Kepegawaian Daerah", "5.03.02.2.02": "Kegiatan Mutasi dan Promosi ASN"}


def test_sum_formula_limits():
    assert sum_formula([]) == "=0"
    assert sum_formula(["K1", "K2"]) == "=SUM(K1,K2)"
    long = [f"K{i}" for i in range(1, 301)]
    formula = sum_formula(long)
    assert formula.count("SUM(") == 2 and formula.split("+")[1].startswith("SUM(K256,")
    many = [f"K{i}" for i in range(10_000, 12_000)]
    assert len(sum_formula(many)) > MAX_FORMULA and sum_formula(many, "=X") == "=X"


def test_jumlah_falls_back_to_sumif_beyond_excels_formula_length():
    sasaran = [IndikatorSasaran(f"S{i}") for i in range(2000)]
    records = [_rec(f"5.03.02.2.01.{i:04d}", "P", "K", f"S{i}", i, 3 + i, i) for i in range(2000)]
    plan = plan_rkt(Profil(), sasaran, records)
    assert plan.jumlah_formula == f'=SUMIF(H{FIRST_ROW + 1}:H{plan.jumlah_row},"Masukan",K{FIRST_ROW + 1}:K{plan.jumlah_row})'
    assert plan.jumlah == sum(range(2000))


def test_texts_kept_outside_the_records_give_the_same_rows():
    rkt, _ = load_sample()
    store: list[SubTexts] = []

    def put(texts: SubTexts) -> int:
        store.append(texts)
        return len(store) - 1

    records: list[SubRecord] = []
    for b in rkt.bidang:
        records.extend(sub_records(b, b.sheet, start=len(records), store=put))
    assert all(isinstance(r.texts, int) for r in records)
    spilled = plan_rkt(rkt.profil, rkt.sasaran, records, texts=store.__getitem__)
    assert list(spilled.rows()) == list(plan_rkt(rkt.profil, rkt.sasaran, _records(rkt)).rows())


def test_helpers():
    assert quote_sheet("Bid O'Neil") == "'Bid O''Neil'"
    assert sorted(["5.03.10", "5.03.9", "5.03.02"], key=code_key) == ["5.03.02", "5.03.9", "5.03.10"]
    assert file_order([Path("b/A.xlsx"), Path("a/b.xlsx"), Path("a/a.xlsx")]) == \
        [Path("b/A.xlsx"), Path("a/a.xlsx"), Path("a/b.xlsx")]


def test_merge_takes_each_bidang_from_where_it_is_filled():
    rkt, _ = load_sample()
    copies = {}
    for i, b in enumerate(rkt.bidang):
        others = [Bidang(o.sheet, o.nama) for o in rkt.bidang if o is not b]
        copies[Path(f"{i}.xlsx")] = Rkt(rkt.profil if i == 2 else Profil(), rkt.sasaran if i == 3 else [],
                                        [*others[:i], b, *others[i:]])
    merged, findings = merge_models(dict(reversed(list(copies.items()))))
    assert findings == []
    assert merged == rkt


def test_merge_same_bidang_twice_counts_it_once():
    rkt, _ = load_sample()
    twice = copy.deepcopy(rkt)
    merged, findings = merge_models({Path("b.xlsx"): twice, Path("a.xlsx"): rkt})
    assert [f.code for f in findings] == ["bidang-ganda-berkas"] * 4
    assert {f.file for f in findings} == {"b.xlsx"} and "'a.xlsx' dan 'b.xlsx'" in findings[0].message
    assert merged.total_pagu() == rkt.total_pagu()
