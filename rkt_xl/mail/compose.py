"""The message: each workbook judged the way `rkt konsolidasi` judges it, then headers,
an Indonesian body written from the data (OPD, year, JUMLAH, number of sub kegiatan,
galat/peringatan, the sha256 of every attachment, the office's closing text) and the
attachments. Nothing here touches the network."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate, make_msgid
from pathlib import Path

from rkt_xl import __version__
from rkt_xl.errors import ConfigError, MailError
from rkt_xl.mail.attachments import Attachment
from rkt_xl.mail.config import MailConfig
from rkt_xl.model.entities import Profil
from rkt_xl.model.numbers import format_id
from rkt_xl.texts import text
from rkt_xl.validation.inputs import is_consolidation_output
from rkt_xl.validation.judge import judge

# RFC 5321/5322 dot-atom addresses, the form offices use (no quoted local parts, no IP literals)
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
ADDRESS = re.compile(rf"{_ATOM}(?:\.{_ATOM})*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{{0,61}}[A-Za-z0-9])?\.)+[A-Za-z]{{2,63}}")
# C0 and C1 controls and every other line boundary of str.splitlines (NEL, LS, PS)
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


@dataclass(frozen=True)
class Judged:
    """One workbook as the validation judged it."""

    path: Path
    profil: Profil
    jumlah: int              # JUMLAH pagu (Rupiah)
    sub_kegiatan: int
    galat: int
    peringatan: int
    consolidated: bool

    def reasons(self) -> list[str]:
        """Why it should not be sent ([] when it may)."""
        why = [] if self.consolidated else [text("kirim.alasan-bukan-konsolidasi")]
        if self.galat:
            why.append(text("kirim.alasan-galat", galat=self.galat))
        return why


def judge_workbook(path: Path, versi: str | None = None) -> Judged:
    """The workbook judged by the one judgement path of `rkt konsolidasi` (read, every check,
    the merge). The only place where the mail stage calls the validation."""

    judgement = judge([path], versi)
    report = judgement.report
    if report.unreadable:
        raise MailError("kirim.tidak-terbaca", path=path, detail=report.unreadable[0].message)
    rkt = judgement.merged()
    counts = report.counts
    return Judged(Path(path), rkt.profil, rkt.total_pagu(), judgement.n_subs,
                  counts["galat"], counts["peringatan"], is_consolidation_output(Path(path)))


def gate(judged: Sequence[Judged], paksa: bool) -> list[str]:
    """Refuse (MailError) what may not be sent; with ``paksa`` the reasons, for the subject."""
    reasons: list[str] = []
    for j in judged:
        if not j.consolidated and not paksa:
            raise MailError("kirim.bukan-konsolidasi", path=j.path)
        if j.galat and not paksa:
            raise MailError("kirim.ada-galat", path=j.path, galat=j.galat, peringatan=j.peringatan)
        reasons.extend(r for r in j.reasons() if r not in reasons)
    return reasons


def check_addresses(groups: Sequence[tuple[Sequence[str], str]]) -> None:
    """Every address well-formed, before any connection: (addresses, where they came from)."""
    for addresses, origin in groups:
        for address in addresses:
            if len(address) > 254 or not ADDRESS.fullmatch(address):
                raise ConfigError("kirim.alamat-tidak-sah", alamat=address, asal=origin)


def one_line(value: object) -> str:
    """Text for a header: control characters, line breaks and runs of white space become one
    space each (a header cannot carry them, and the e-mail encoding would not keep them)."""
    return " ".join(_CONTROL.sub(" ", str(value)).split())


def subject_for(judged: Sequence[Judged], subjek: str | None, forced: Sequence[str],
                attachments: Sequence[Attachment] = ()) -> str:
    if subjek:
        base = subjek
    elif judged:
        first = judged[0].profil
        base = text("kirim.subjek", tahun=first.tahun or "", opd=first.opd or text("kirim.tanpa-nama"))
    else:   # documents only (e.g. the second mail after a size refusal)
        base = text("kirim.subjek-dokumen", nama=", ".join(a.name for a in attachments))
    base = one_line(base)
    return text("kirim.subjek-dipaksa", alasan=", ".join(forced), subjek=base) if forced else base


def body_for(judged: Sequence[Judged], attachments: Sequence[Attachment], cfg: MailConfig,
             pesan: str | None, forced: Sequence[str]) -> str:
    """The Indonesian body, every figure from the data."""
    parts = [text("kirim.salam"), ""]
    if len(judged) == 1:
        p = judged[0].profil
        parts.append(text("kirim.pembuka", opd=p.opd or text("kirim.tanpa-nama"), pemda=p.pemda,
                          tahun=p.tahun or text("kirim.tanpa-nama")).replace("  ", " "))
    elif judged:
        parts.append(text("kirim.pembuka-banyak", jumlah=len(judged)))
    else:
        parts.append(text("kirim.pembuka-dokumen"))
    if forced:
        parts += ["", text("kirim.peringatan-dipaksa", alasan=", ".join(forced))]
    for j in judged:
        parts += ["", text("kirim.ringkasan-judul", nama=j.path.name),
                  text("kirim.baris-opd", opd=j.profil.opd or text("kirim.tanpa-nama")),
                  text("kirim.baris-tahun", tahun=j.profil.tahun or text("kirim.tanpa-nama")),
                  text("kirim.baris-jumlah", total=format_id(j.jumlah), jumlah=j.sub_kegiatan),
                  text("kirim.baris-validasi", galat=j.galat, peringatan=j.peringatan)]
    if pesan:
        parts += ["", pesan.strip()]
    parts += ["", text("kirim.lampiran-judul")]
    for n, a in enumerate(attachments, start=1):
        parts.append(text("kirim.lampiran-baris", nomor=n, nama=a.name, ukuran=format_id(a.size), sha256=a.sha256))
        parts += [text("kirim.lampiran-isi-zip", nama=m.name, ukuran=format_id(m.size), sha256=m.sha256)
                  for m in a.members]
    parts += ["", text("kirim.cara-periksa"), "",
              cfg.penutup or text("kirim.penutup-bawaan", nama=cfg.nama_pengirim or cfg.sender)]
    return "\n".join(parts).rstrip() + "\n"


@dataclass
class Outgoing:
    """A composed message and what it is made of (for sending, a draft, the log, a dialog)."""

    message: EmailMessage
    attachments: list[Attachment]
    judged: list[Judged]
    forced: list[str]
    ke: tuple[str, ...]
    cc: tuple[str, ...]
    folder: Path                         # where kirim.log goes
    size: int = 0                        # the encoded message, bytes
    warnings: list[str] = field(default_factory=list)
    _data: bytes | None = field(default=None, repr=False)

    @property
    def subject(self) -> str:
        return str(self.message["Subject"])

    @property
    def message_id(self) -> str:
        return str(self.message["Message-ID"])

    @property
    def sender(self) -> str:
        return self.message["From"].addresses[0].addr_spec

    @property
    def recipients(self) -> list[str]:
        return list(dict.fromkeys([*self.ke, *self.cc]))

    def as_bytes(self) -> bytes:
        """The encoded message (CRLF lines), made once: sent, saved and measured alike."""
        if self._data is None:
            self._data = self.message.as_bytes(policy=SMTP)
        return self._data


def build_message(cfg: MailConfig, ke: Sequence[str], cc: Sequence[str], subject: str, body: str,
                  attachments: Sequence[Attachment], draft: bool = False) -> EmailMessage:
    msg = EmailMessage(policy=SMTP)
    sender = cfg.sender
    msg["Subject"] = subject
    msg["From"] = Address(one_line(cfg.nama_pengirim), addr_spec=sender)
    msg["To"] = ", ".join(ke)
    if cc:
        msg["Cc"] = ", ".join(cc)
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(idstring="rkt", domain=sender.rpartition("@")[2] or None)
    msg["X-Mailer"] = f"rkt_xl {__version__}"
    if draft:
        msg["X-Unsent"] = "1"     # Outlook opens the file as a draft to send
    msg.set_content(body, charset="utf-8", cte="quoted-printable")
    for a in attachments:
        maintype, subtype = a.mime
        msg.add_attachment(a.data, maintype=maintype, subtype=subtype, filename=a.name)
    return msg
