"""Issue 9: one folder holding one hostile file of each kind plus one good workbook.

``rkt konsolidasi FOLDER --paksa`` must write the good workbook's RKT sheet and report each
bad file in one line, within 60 s and 300 MB peak for the whole run (maximum RSS of the
child process, interpreter start-up included). Not a test: a measurement, printed.

    python benchmarks/hostile_folder.py [--simpan FOLDER]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rkt_xl.samples.sample import load_sample  # noqa: E402
from rkt_xl.xlsx.template import write_workbook  # noqa: E402
from tests import factories as F  # noqa: E402
from tests import hostile as H  # noqa: E402

TIME_LIMIT = 60.0
MEMORY_LIMIT_MB = 300


def comment_bomb(src: Path, dst: Path, repeat: int = 4000) -> Path:
    """The crafted comment of the issue (a run of tag starts inside it), repeated."""
    unit = b'<!-- <row hidden="1" <c r="A1" <f>SUM( <c t="e"><v>#REF! -->'
    return F.rezip(src, dst, {F.SAMPLE_SHEET: lambda x: x.replace(b"<sheetData>", b"<sheetData>" + unit * repeat, 1)})


def build(folder: Path) -> tuple[Path, list[Path]]:
    rkt, specs = load_sample()
    good = write_workbook(folder / "RKT_BKPSDM_2023.xlsx", rkt, specs, archive=False).path
    spare = Path(tempfile.mkdtemp(prefix="rkt-bahan-"))
    try:
        base = F.copy(good, spare / "asal.xlsx")
        bad = [
            F.encrypted(base, folder / "x01_sandi.xlsx"),
            F.csv_utf8(folder / "x02_csv.xlsx"),
            F.html_table(folder / "x03_html.xlsx"),
            F.empty(folder / "x04_kosong.xlsx"),
            F.truncated(base, folder / "x05_terpotong.xlsx"),
            F.bad_crc(base, folder / "x06_crc.xlsx"),
            F.entity_bomb(base, folder / "x07_bom_entitas.xlsx"),
            F.ratio_bomb(base, folder / "x08_bom_rasio.xlsx"),
            F.lying_bomb(base, folder / "x09_bom_bohong.xlsx"),
            F.far_value(base, folder / "x10_sel_jauh.xlsx"),
            H.unique_count(base, folder / "x12_uniquecount.xlsx"),
            H.many_far_sheets(folder / "x13_40_sheet.xlsx", 40),
            H.many_far_sheets(folder / "x14_300_sheet.xlsx", 300),
            comment_bomb(base, folder / "x15_bom_komentar.xlsx"),
            H.corrupt_deflate(base, folder / "x16_deflate.xlsx"),
            H.fifo(folder / "x17_fifo.xlsx"),
            F.xlsb_like(folder / "x18_xlsb.xlsx"),
        ]
    finally:
        shutil.rmtree(spare, ignore_errors=True)
    return good, bad


def _jumlah(path: Path) -> object:
    import python_calamine as pc

    rows = pc.CalamineWorkbook.from_path(str(path)).get_sheet_by_name("RKT").to_python()
    total = [r for r in rows if r and r[0] == "JUMLAH"]
    return int(max(v for v in total[-1] if isinstance(v, float))) if total else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--simpan", type=Path, help="keep the folder here")
    args = parser.parse_args()
    folder = args.simpan or Path(tempfile.mkdtemp(prefix="rkt-hostile-"))
    folder.mkdir(parents=True, exist_ok=True)
    good, bad = build(folder)
    out = folder.parent / f"{folder.name}-hasil.xlsx"
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "rkt_xl.cli", "konsolidasi", str(folder), "-o", str(out), "--paksa"],
                          capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "200"})
    elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    lines = [line for line in done.stderr.splitlines() if line.startswith("TIDAK TERBACA")]
    named = {p.name for p in bad if any(p.name in line for line in lines)}
    print(f"masukan: 1 baik + {len(bad)} rusak ({sum(p.stat().st_size for p in bad if p.is_file()) // 1024} KB)")
    print(f"kode keluar: {done.returncode}; waktu: {elapsed:.1f} s (batas {TIME_LIMIT:.0f}); "
          f"puncak memori: {peak_mb:.0f} MB (batas {MEMORY_LIMIT_MB})")
    print(f"hasil: {out} {'ada' if out.exists() else 'TIDAK ADA'}; berkas rusak dilaporkan: {len(named)}/{len(bad)}")
    for line in lines:
        print("  " + line[:160])
    missing = sorted(p.name for p in bad if p.name not in named)
    if missing:
        print("tidak dilaporkan:", ", ".join(missing))
    jumlah = _jumlah(out) if out.exists() else None
    print(f"JUMLAH sheet RKT: {jumlah} (contoh 2023: 8120676386)")
    ok = jumlah == 8_120_676_386 and out.exists() and not missing and len(lines) == len(bad) and elapsed < TIME_LIMIT \
        and peak_mb < MEMORY_LIMIT_MB and done.returncode == 3
    if not args.simpan:
        shutil.rmtree(folder, ignore_errors=True)
        out.unlink(missing_ok=True)
    print("LULUS" if ok else "GAGAL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
