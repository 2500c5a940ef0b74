"""Properties of consolidation (hypothesis): random inputs, written as template copies and
consolidated, lose or duplicate no sub kegiatan, total exactly the pagu typed, and read back
every text unchanged, as text (never as a formula)."""

from __future__ import annotations

import os
import re
import zipfile
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rkt_xl import Bidang, Indikator, IndikatorSasaran, Profil, Rkt, SubKegiatan, Target
from rkt_xl.consolidation.plan import COL, NILAI
from rkt_xl.consolidation.run import konsolidasi
from rkt_xl.workbook import layout as C
from rkt_xl.workbook.bidang import BidangSpec
from rkt_xl.xlsx.template import write_workbook
from tests.consolidation.test_konsolidasi import rkt_rows

TRICKY = ["=SUM(A1:A2)", '=HYPERLINK("http://contoh","Klik")', "+62 812", "-5", "@user", "=1+1", "007",
          "1.000", "95,5", "70 dan Baik", "TRUE", "#REF!", "_x0041_", "1E5", "JUMLAH", "Masukan",
          # XlsxWriter writes a text shaped like this as raw rich-text XML unless we escape it
          "<r><t>x</t></r>", '<r></t></is></c><c r="XFA7777"><f>1+1</f></c><c><is><t></r>']
# No control characters or noncharacters (U+FFFE): a cell cannot hold them (XlsxWriter writes
# them as _xFFFE_ escapes, which python-calamine leaves undecoded), as in test_roundtrip.py.
plain = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Cn")), max_size=30).map(str.strip)
text = st.one_of(plain, st.sampled_from(TRICKY))
nonempty = text.filter(bool)
KODES = ["5.03.02.2.01.0001", "5.03.02.2.01.0002", "5.03.02.2.02.0001", "5.03.01.2.02.0001",
         "5.04.02.2.01.0003", "1.01.01.2.01.0001", "5.03.02.2.01.03", "=5.03", "X"]
SASARAN = ["S1.1", "S1.2", "S2.1"]

indikator = st.builds(Indikator, tolok_ukur=text, satuan=text, target=text.map(Target.parse)).filter(
    lambda i: not i.is_empty)
sub = st.builds(SubKegiatan, kode=st.sampled_from(KODES), program=text, kegiatan=text, nama=text,
                sasaran=st.sampled_from([*SASARAN, "S9.9"]), sumber_dana=text,
                pagu=st.one_of(st.none(), st.integers(0, 10**12)),
                keluaran=st.lists(indikator, max_size=2), hasil=st.lists(indikator, max_size=2))
SHEETS = ["Sekretariat", "Bid A", "=Bidang", "Keuangan 2"]


@st.composite
def inputs(draw):
    sheets = draw(st.lists(st.sampled_from(SHEETS), min_size=1, max_size=3, unique=True))
    bidang = [Bidang(s, draw(nonempty), draw(st.lists(sub, max_size=4))) for s in sheets]
    sasaran = [IndikatorSasaran(k, tujuan=draw(text), sasaran=draw(text), indikator=draw(text),
                                target=Target.parse(draw(text))) for k in SASARAN]
    profil = Profil(pemda=draw(text), opd=draw(text), tahun=2025, versi_nomenklatur="2021")
    files = draw(st.integers(1, 2))
    owner = [draw(st.integers(0, files - 1)) for _ in bidang]   # which file fills each bidang
    return profil, sasaran, bidang, [[b for b, o in zip(bidang, owner, strict=True) if o == f]
                                     for f in range(files)]


@settings(max_examples=int(os.environ.get("RKT_FUZZ_EXAMPLES", "0")) or 8, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=inputs())
def test_no_row_lost_totals_exact_text_unchanged(data, tmp_path_factory):
    profil, sasaran, bidang, per_file = data
    folder = tmp_path_factory.mktemp("sifat")
    specs = [BidangSpec(b.sheet, b.nama) for b in bidang]
    paths = [write_workbook(folder / f"masuk_{i}.xlsx", Rkt(profil, sasaran, own), specs, archive=False).path
             for i, own in enumerate(per_file)]
    subs = [s for b in bidang for s in b.sub_kegiatan]
    result = konsolidasi(paths, output=folder / "hasil.xlsx", paksa=True)
    assert not result.stopped
    rows = rkt_rows(result.output)

    masukan = [r for r in rows if r[COL["jenis"]] == "Masukan"]
    assert Counter((r[COL["kode"]], r[COL["uraian"]], r[NILAI]) for r in masukan) == \
        Counter((s.kode, s.nama, s.pagu or 0) for s in subs), "no sub kegiatan lost or duplicated"
    assert rows[-1][0] == "JUMLAH" and rows[-1][NILAI] == sum(s.pagu or 0 for s in subs)
    assert result.totals.jumlah == sum(s.pagu or 0 for s in subs)

    for kind in ("keluaran", "hasil"):
        written = Counter((r[COL["tolok_ukur"]], r[COL["satuan"]], r[NILAI])
                          for r in rows if r[COL["jenis"]] == kind.capitalize())
        typed = Counter((i.tolok_ukur, i.satuan, i.target.raw) for s in subs for i in getattr(s, kind))
        assert written == typed

    with zipfile.ZipFile(result.output) as zf:
        xml = zf.read("xl/worksheets/sheet1.xml").decode()     # the RKT sheet comes first
    formula_cols = set(re.findall(r'<c r="([A-Z]+)\d+"[^>]*><f>', xml))
    assert formula_cols <= {C.col_letter(NILAI)}, "user text must never become a formula"
    rekap = len(result.totals.program)   # issue 10: one SUM per program below the JUMLAH
    assert xml.count("<f>") == len(masukan) + sum(1 for r in rows if r[COL["kode"]] and r[COL["jenis"]] == "") + 1 + rekap
