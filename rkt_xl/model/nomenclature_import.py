"""Importing an office's own code list (``rkt nomenklatur tambah FILE``), as offices have it.

A list comes from SIPD, from the Kepmendagri annex or from a colleague's spreadsheet: a CSV
written by Excel in any locale (``,`` ``;`` or tab; UTF-8 with or without BOM, UTF-16,
cp1252) or an XLSX/XLSM workbook (its first sheet with a recognisable header row). Columns
are recognised by the header's first word: ``kode``; ``nama``/``nomenklatur``/``uraian``;
optional ``tingkat``/``level``, ``versi`` and ``satuan``. The level is inferred from the code's
shape (U.BB.PP program, U.BB.PP.2.KK kegiatan, U.BB.PP.2.KK.SSSS sub kegiatan, short sub codes
padded); a given tingkat must agree with it. Urusan and bidang urusan rows (U, U.BB) are
skipped (counted); every other row that cannot be taken is reported with its line number and
reason, never dropped silently.

The accepted rows are stored as one CSV (the bundled columns) per source file name in the
user's configuration folder (:func:`rkt_xl.model.nomenclature.user_list_folder`), noting the
source file and date; importing a file of the same name again replaces its list.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rkt_xl.errors import ConfigError, FileError, SaveError
from rkt_xl.model import nomenclature as N
from rkt_xl.texts import text
from rkt_xl.workbook.grids import load_grids

HEADER_WORDS = {"kode": "kode", "nama": "nama", "nomenklatur": "nama", "uraian": "nama",
                "tingkat": "tingkat", "level": "tingkat", "versi": "versi", "satuan": "satuan"}
TINGKAT_WORDS = {"program": "program", "kegiatan": "kegiatan", "sub kegiatan": "sub_kegiatan",
                 "subkegiatan": "sub_kegiatan", "sub_kegiatan": "sub_kegiatan", "sub-kegiatan": "sub_kegiatan",
                 "urusan": "urusan", "bidang urusan": "urusan", "bidang_urusan": "urusan"}
SHAPES = {3: ("program", (1, 2, 2)), 5: ("kegiatan", (1, 2, 2, 1, 2)), 6: ("sub_kegiatan", (1, 2, 2, 1, 2, 4))}
LEVEL_WORDS = {"program": "program", "kegiatan": "kegiatan", "sub_kegiatan": "sub kegiatan"}
HEADER_SEARCH_ROWS = 10
STATUS = "daftar_opd"


@dataclass(frozen=True)
class Rejected:
    line: int       # 1-based line (CSV) or row (XLSX) of the source file
    reason: str     # Indonesian


@dataclass
class ImportResult:
    source: str                       # the file name as given
    date: str                         # ISO date of the import
    entries: list[N.Entry] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    skipped_urusan: int = 0

    @property
    def counts(self) -> Counter[str]:
        return Counter(e.tingkat for e in self.entries)

    def lines(self, stored: Path) -> list[str]:
        """What ``rkt nomenklatur tambah`` says: rejected rows, skipped urusan rows, where it went."""
        out = []
        if self.rejected:
            out.append(text("panduan.ditolak-judul", jumlah=len(self.rejected)))
            out += [text("panduan.ditolak", baris=r.line, alasan=r.reason) for r in self.rejected]
        if self.skipped_urusan:
            out.append(text("panduan.dilewati-urusan", jumlah=self.skipped_urusan))
        c = self.counts
        out.append(text("panduan.tersimpan", sumber=self.source, path=stored, program=c["program"],
                        kegiatan=c["kegiatan"], sub=c["sub_kegiatan"],
                        versi=", ".join(sorted({e.versi for e in self.entries}))))
        return out


def _norm(value: object) -> str:
    return re.sub(r"\s+", " ", "" if value is None else str(value)).strip()


def read_table(path: Path) -> list[tuple[int, list[str]]]:
    """(line number, cells as text) of every row of the file."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):

        grids = load_grids(path)
        for grid in grids.values():
            rows = [(r + 1, [_cell(v) for v in row]) for r, row in enumerate(grid)]
            if _header(rows) is not None:
                return rows
        return [(r + 1, [_cell(v) for v in row]) for r, row in enumerate(next(iter(grids.values()), []))]
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise FileError("berkas-tidak-ada", path=path) from exc
    except OSError as exc:
        raise ConfigError("konfig-tidak-sah", path=path, detail=exc.strerror or str(exc)) from exc
    content = N.decode(data)
    reader = csv.reader(N.lines(content), delimiter=N.delimiter(content))
    out = []
    for row in reader:
        out.append((reader.line_num, row))
    return out


def _cell(v: object) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return "" if v is None else str(v)


def _header(rows: list[tuple[int, list[str]]]) -> tuple[int, dict[str, int]] | None:
    for i, (_, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        found: dict[str, int] = {}
        for c, value in enumerate(cells):
            words = _norm(value).casefold().split()
            key = HEADER_WORDS.get(words[0]) if words else None
            if key and key not in found:
                found[key] = c
        if "kode" in found and "nama" in found:
            return i, found
    return None


def shape_of(kode: str) -> tuple[str, str] | None:
    """(tingkat, normalised code) from the code's shape; ("urusan", code) for U and U.BB."""
    groups = re.sub(r"\s+", "", kode).split(".")
    if not all(g.isdigit() for g in groups):
        return None
    if len(groups) in (1, 2) and len(groups[0]) == 1 and all(len(g) <= 2 for g in groups):
        return "urusan", ".".join(groups)
    if len(groups) not in SHAPES:
        return None
    tingkat, widths = SHAPES[len(groups)]
    if any(len(g) > w for g, w in zip(groups, widths, strict=True)):
        return None
    code = ".".join(g.zfill(w) for g, w in zip(groups, widths, strict=True))
    if tingkat != "program" and code.split(".")[3] not in ("1", "2"):
        return None
    return tingkat, code


def parse_list(path: Path, versi: str = N.DEFAULT_EDITION, today: dt.date | None = None) -> ImportResult:
    """Read a code list; bad rows become ``rejected``, never an exception. Raises FileError
    for a missing file and ConfigError when no header row or no usable row is found."""
    path = Path(path)
    if not path.is_file():
        raise FileError("berkas-tidak-ada", path=path)
    rows = read_table(path)
    result = ImportResult(path.name, (today or dt.date.today()).isoformat())
    header = _header(rows)
    if header is None:
        present = ", ".join(c for c in (rows[0][1] if rows else []) if c.strip()) or "-"
        missing = "kode" if not any(_norm(c).casefold().startswith("kode") for c in (rows[0][1] if rows else [])) else "nama"
        raise ConfigError("konfig-tidak-sah", path=path, detail=text("panduan.kolom-hilang", kolom=missing, ada=present))
    head, cols = header
    seen: dict[str, int] = {}
    catatan = text("panduan.catatan-impor", sumber=result.source, tanggal=result.date)
    for line, cells in rows[head + 1:]:
        def get(key: str, cells: list[str] = cells) -> str:
            i = cols.get(key)
            return _norm(cells[i]) if i is not None and i < len(cells) else ""

        kode, nama = get("kode"), get("nama")
        if not kode and not nama:
            continue
        reason = _reject_reason(kode, nama, get("tingkat"), get("versi") or versi, seen)
        if reason == "urusan":
            result.skipped_urusan += 1
            continue
        if reason:
            result.rejected.append(Rejected(line, reason))
            continue
        tingkat, code = shape_of(kode)  # type: ignore[misc]
        seen[f"{get('versi') or versi} {code}"] = line
        result.entries.append(N.Entry(get("versi") or versi, code, tingkat, nama, STATUS, catatan, get("satuan")))
    if not result.entries:
        raise ConfigError("konfig-tidak-sah", path=path, detail=_nothing(result))
    return result


def _nothing(result: ImportResult) -> str:
    lines = [text("panduan.tidak-ada-baris")]
    lines += [text("panduan.ditolak", baris=r.line, alasan=r.reason).strip() for r in result.rejected[:5]]
    return "; ".join(lines)


def _reject_reason(kode: str, nama: str, tingkat: str, versi: str, seen: dict[str, int]) -> str:
    shape = shape_of(kode)
    if shape is None:
        return text("panduan.alasan-kode", kode=kode)
    bentuk, code = shape
    typed = TINGKAT_WORDS.get(tingkat.casefold().replace("  ", " ")) if tingkat else bentuk
    if tingkat and typed is None:
        return text("panduan.alasan-tingkat", tingkat=tingkat)
    if bentuk == "urusan":
        return "urusan"
    if typed != bentuk:
        return text("panduan.alasan-tingkat-beda", kode=code, bentuk=LEVEL_WORDS[bentuk], tingkat=tingkat)
    if versi not in N.EDITIONS:
        return text("panduan.alasan-versi", versi=versi, pilihan=", ".join(N.EDITIONS))
    if not nama:
        return text("panduan.alasan-nama", kode=code)
    if f"{versi} {code}" in seen:
        return text("panduan.alasan-ganda", kode=code, baris=seen[f"{versi} {code}"])
    return ""


def stored_path(source: str, folder: Path | None = None) -> Path:
    stem = re.sub(r"[^\w.-]+", "_", Path(source).stem).strip("._") or "daftar"
    return (folder or N.user_list_folder()) / f"{stem}.csv"


def store(result: ImportResult, folder: Path | None = None) -> Path:
    """Write the accepted rows to the configuration folder (temp file + atomic replace; a
    list of the same source name is replaced) and reload the nomenclature."""
    target = stored_path(result.source, folder)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(N.COLUMNS)
            for e in result.entries:
                writer.writerow([getattr(e, c) for c in N.COLUMNS])
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise SaveError("simpan-gagal", path=target, detail=exc.strerror or str(exc)) from exc
    N.reload()
    return target


def add_list(path: Path, versi: str = N.DEFAULT_EDITION) -> tuple[ImportResult, Path]:
    """``rkt nomenklatur tambah``: parse, store, reload."""
    result = parse_list(path, versi)
    return result, store(result)


@dataclass(frozen=True)
class Coverage:
    versi: str
    urusan: str
    program: int
    kegiatan: int
    sub_kegiatan: int
    sumber: str


def coverage() -> list[Coverage]:
    """What is known, per edition and urusan (U.BB), with where it comes from."""
    label: dict[tuple[str, str], list[str]] = {}
    for kind, path in N.sources():
        entries = N.read_list(path)
        for e in entries:
            key = (e.versi, ".".join(e.kode.split(".")[:2]))
            name = _source_label(kind, path, e)
            if name not in label.setdefault(key, []):
                label[key].append(name)
    out = []
    for (versi, urusan), names in sorted(label.items()):
        counts = Counter(e.tingkat for k, e in N.nomenclature(versi).items() if k.startswith(urusan + "."))
        out.append(Coverage(versi, urusan, counts["program"], counts["kegiatan"], counts["sub_kegiatan"],
                            ", ".join(names)))
    return out


def _source_label(kind: str, path: Path, entry: N.Entry) -> str:
    if kind == "bawaan":
        return text("panduan.sumber-bawaan")
    if kind == "env":
        return text("panduan.sumber-env", path=path)
    return entry.catatan or path.name


def coverage_table() -> tuple[list[str], list[tuple[str, ...]], str]:
    """``rkt nomenklatur``: column titles, one row per edition and urusan, where lists are kept."""
    head = [text(f"panduan.tabel-{k}") for k in ("versi", "urusan", "program", "kegiatan", "sub", "sumber")]
    rows = [(c.versi, c.urusan, str(c.program), str(c.kegiatan), str(c.sub_kegiatan), c.sumber) for c in coverage()]
    return head, rows, text("panduan.folder-daftar", path=N.user_list_folder())
