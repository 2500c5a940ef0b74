"""What is attached: the bytes of each file read once (so the sha256 in the body is the
sha256 of what is sent), the LKjIP/PK documents found next to a workbook, an optional zip,
and the size limit with offers that are measured to fit."""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from rkt_xl.errors import MailError
from rkt_xl.model.numbers import format_id
from rkt_xl.texts import text

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
DOCUMENT_SUFFIXES = (".docx", ".pdf")
DOCUMENT_PREFIXES = ("lkjip_", "pk_")
MIME = {
    ".xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ".xlsm": ("application", "vnd.ms-excel.sheet.macroEnabled.12"),
    ".docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ".pdf": ("application", "pdf"),
    ".zip": ("application", "zip"),
}


@dataclass(frozen=True)
class Attachment:
    name: str
    data: bytes = field(repr=False)
    members: tuple[Attachment, ...] = ()   # the files inside, for a zip we made
    workbook: bool = False

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def mime(self) -> tuple[str, str]:
        return MIME.get(Path(self.name).suffix.lower(), ("application", "octet-stream"))

    @property
    def is_pdf(self) -> bool:
        return self.name.lower().endswith(".pdf")

    def record(self) -> dict[str, object]:
        """What the log keeps of it."""
        entry: dict[str, object] = {"nama": self.name, "ukuran": self.size, "sha256": self.sha256}
        if self.members:
            entry["isi"] = [m.record() for m in self.members]
        return entry


def read_attachment(path: Path, workbook: bool = False) -> Attachment:
    try:
        return Attachment(path.name, path.read_bytes(), workbook=workbook)
    except FileNotFoundError:
        raise MailError("kirim.berkas-tidak-ada", path=path) from None
    except OSError as exc:
        raise MailError("kirim.tidak-terbaca", path=path, detail=exc.strerror or exc) from None


def find_documents(folder: Path, tahun: int | None) -> list[Path]:
    """LKjIP_*/PK_* .docx and .pdf next to the workbook; of the year when the name says one."""
    found = sorted(p for p in Path(folder).iterdir()
                   if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES
                   and p.name.lower().startswith(DOCUMENT_PREFIXES))
    if tahun:
        found = [p for p in found if str(tahun) in p.stem]
    return found


def zipped(attachments: Sequence[Attachment], name: str) -> Attachment:
    """One zip of ``attachments`` (deterministic: fixed member dates)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for a in attachments:
            info = zipfile.ZipInfo(a.name, date_time=(2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, a.data)
    return Attachment(name, buffer.getvalue(), members=tuple(attachments))


def megabytes(n: int) -> str:
    """Bytes as MB (10^6) with an Indonesian comma, e.g. ``12,35``."""
    return format_id(Decimal(n) / 1_000_000, decimals=2)


def check_size(attachments: Sequence[Attachment], size_of: Callable[[Sequence[Attachment]], int],
               limit: int, zip_name: str, zipped_already: bool) -> int:
    """The encoded size of the message with ``attachments``; over ``limit`` a MailError with
    the sizes and only the alternatives that were measured to fit."""
    size = size_of(attachments)
    if size <= limit:
        return size
    offers: list[str] = []
    if not zipped_already and len(attachments) > 0:
        alt = size_of([zipped(attachments, zip_name)])
        if alt <= limit:
            offers.append(text("kirim.saran-zip", mb=megabytes(alt)))
    pdfs = [a for a in _flat(attachments) if a.is_pdf]
    if pdfs:
        alt = size_of([a for a in _flat(attachments) if not a.is_pdf])
        if alt <= limit:
            offers.append(text("kirim.saran-tanpa-pdf", mb=megabytes(alt)))
    books = [a for a in _flat(attachments) if a.workbook]
    if len(books) < len(_flat(attachments)):
        alt = size_of(books)
        if alt <= limit:
            offers.append(text("kirim.saran-tanpa-dokumen", mb=megabytes(alt)))
    raw = sum(a.size for a in attachments)
    raise MailError("kirim.lampiran-terlalu-besar",
                    lampiran=", ".join(text("kirim.rincian-lampiran", nama=a.name, mb=megabytes(a.size))
                                       for a in attachments),
                    ukuran=f"{megabytes(raw)} MB", pesan=megabytes(size), batas=megabytes(limit),
                    saran=" ".join(offers) or text("kirim.saran-tidak-ada"))


def _flat(attachments: Sequence[Attachment]) -> list[Attachment]:
    return [m for a in attachments for m in (a.members or (a,))]
