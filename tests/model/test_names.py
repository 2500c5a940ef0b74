"""The name similarity that tells a name variant (warning) from another sub kegiatan (galat),
measured on the real variants of the reference RKT 2023 and on the bundled list."""

from __future__ import annotations

import itertools

from rkt_xl.model.names import UNRELATED_BELOW, name_similarity, same_name, unrelated
from rkt_xl.model.nomenclature import nomenclature, parent_codes, sub_kegiatan_entries
from rkt_xl.samples.sample import load_sample


def sample_variants() -> list[tuple[str, str]]:
    rkt, _ = load_sample()
    codes = nomenclature("2021")
    out = []
    for s in rkt.all_sub_kegiatan():
        program, kegiatan = parent_codes(s.kode)
        for typed, kode in ((s.nama, s.kode), (s.kegiatan, kegiatan), (s.program, program)):
            if not same_name(typed, codes[kode].nama):
                out.append((typed, codes[kode].nama))
    return sorted(set(out))


def test_every_name_variant_of_the_2023_sample_stays_related():
    variants = sample_variants()
    assert len(variants) == 11
    scores = {typed: name_similarity(typed, official) for typed, official in variants}
    assert min(scores.values()) >= 0.66 > UNRELATED_BELOW
    assert scores["Penataan sistem administrasi kenaikan pangkat otomatis PNS"] == 1.0
    assert scores["Fasilitas Kunjungan Tamu"] == 1.0
    assert scores["Perencanaan, Penganggaran dan"] == 1.0
    assert round(scores["Penyediaan Bahan Cetak dan Penggandaan"], 2) == 0.67


def test_gaji_typed_for_a_training_sub_kegiatan_is_unrelated():
    gaji = "Penyediaan Gaji dan Tunjangan ASN"
    training = [e for e in sub_kegiatan_entries("2021") if e.kode.startswith(("5.04.", "5.03.02.2.03."))]
    assert len(training) == 4
    assert all(name_similarity(gaji, e.nama) == 0.0 and unrelated(gaji, e.nama) for e in training)


def test_most_pairs_of_different_official_sub_kegiatan_fall_below_the_threshold():
    subs = sub_kegiatan_entries("2021")
    pairs = [name_similarity(a.nama, b.nama) for a, b in itertools.combinations(subs, 2)]
    below = sum(score < UNRELATED_BELOW for score in pairs)
    assert (below, len(pairs)) == (3385, 3486)      # 97 %


def test_word_matching_rules():
    assert name_similarity("Pengadaan Mebel", "PENGADAAN MEBEL") == 1.0
    assert name_similarity("Pengelolaan Dukumen Kepegawaian", "Pengelolaan Dokumen Kepegawaian") == 1.0   # typo
    assert name_similarity("Pengadaan Mebel", "Penyediaan Gaji dan Tunjangan ASN") == 0.0
