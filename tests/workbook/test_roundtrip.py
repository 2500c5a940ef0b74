"""Property: any model written into the template and read back is equal, including text
that looks like a formula or a number (it must stay text)."""

import copy
import os
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rkt_xl import (
    Bidang,
    Indikator,
    IndikatorSasaran,
    Profil,
    Rkt,
    SubKegiatan,
    Target,
    read_workbook,
)
from rkt_xl.workbook.reader import inherit_from_above
from rkt_xl.xlsx.template import write_workbook

TRICKY = ["=SUM(A1:A2)", '=HYPERLINK("http://contoh","Klik")', "+62 812 000", "-5", "@user", "=1+1",
          "007", "19661020 199503 1 001", "196610201995031001", "5.03.02.2.02.0001", "1.000", "95,5",
          "70 dan Baik", "TRUE", "#REF!", "_x0041_", "2023-01-01", "1E5"]
plain = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40).map(str.strip)
text = st.one_of(plain, st.sampled_from(TRICKY))
nonempty = text.filter(bool)
rupiah = st.one_of(st.none(), st.integers(0, 10**13))
target = text.map(Target.parse)

indikator = st.builds(Indikator, tolok_ukur=text, satuan=text, target=target, realisasi=target).filter(
    lambda i: not i.is_empty)
sub = st.builds(SubKegiatan, kode=nonempty, program=text, kegiatan=text, nama=text, sasaran=text,
                sumber_dana=text, pagu=rupiah, keluaran=st.lists(indikator, max_size=3),
                hasil=st.lists(indikator, max_size=3), realisasi_anggaran=rupiah, keterangan=text)
sasaran = st.builds(IndikatorSasaran, kode=nonempty, tujuan=text, sasaran=text, indikator=text,
                    satuan=text, target=target, polaritas=text, realisasi=target)
profil = st.builds(Profil, pemda=text, opd=text, tahun=st.one_of(st.none(), st.integers(2000, 2100)),
                   kepala=text, nip=text, tempat=text, tanggal=text, versi_nomenklatur=st.sampled_from(["2021", "2023"]))
SHEETS = ["Sekretariat", "Bid A", "Keuangan 2", "=Bidang"]


@st.composite
def models(draw):
    sheets = draw(st.lists(st.sampled_from(SHEETS), min_size=1, max_size=3, unique=True))
    bidang = [Bidang(s, draw(nonempty), draw(st.lists(sub, max_size=4))) for s in sheets]
    return Rkt(draw(profil), draw(st.lists(sasaran, max_size=4)), bidang)


@settings(max_examples=int(os.environ.get("RKT_FUZZ_EXAMPLES", "0")) or 12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(rkt=models())
def test_model_round_trips_through_the_workbook(rkt, tmp_path):
    path = write_workbook(tmp_path / "rt.xlsx", rkt, archive=False).path
    expected = copy.deepcopy(rkt)   # issue 10: a blank Tujuan/Sasaran is read as the row above's
    for above, s in zip(expected.sasaran[:-1], expected.sasaran[1:], strict=True):
        inherit_from_above(s, above)
    assert read_workbook(path) == expected
    with zipfile.ZipFile(path) as zf:
        sheets = [zf.read(n) for n in zf.namelist() if n.startswith("xl/worksheets/sheet")]
    assert not any(b"<f>" in xml for xml in sheets), "user text must never become a formula"
