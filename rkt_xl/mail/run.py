"""``kirim()``: the library entry point behind ``rkt kirim`` and the Kirim button.

Before anything leaves the machine: the settings are complete, every address is well-formed,
each workbook is judged the way `rkt konsolidasi` judges it (a consolidated output without
galat, unless ``paksa``), the message fits the size limit, and the log's folder is writable.
Then the message is sent (or written as a .eml draft) and one line is appended to
``kirim.log`` next to the workbook. Input files are only read.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from email.policy import SMTP
from pathlib import Path

from rkt_xl.errors import ConfigError, MailError
from rkt_xl.mail import transport
from rkt_xl.mail.attachments import (
    DOCUMENT_SUFFIXES,
    WORKBOOK_SUFFIXES,
    Attachment,
    check_size,
    find_documents,
    megabytes,
    read_attachment,
    zipped,
)
from rkt_xl.mail.compose import (
    Outgoing,
    body_for,
    build_message,
    check_addresses,
    gate,
    judge_workbook,
    subject_for,
)
from rkt_xl.mail.config import (
    MailConfig,
    check_ready,
    load_config,
    resolve_password,
    split_addresses,
)
from rkt_xl.mail.eml import write_eml
from rkt_xl.mail.log import append_record
from rkt_xl.save import SaveResult
from rkt_xl.texts import text


@dataclass(frozen=True)
class KirimOptions:
    ke: Sequence[str] = ()               # replace the configured recipients
    cc: Sequence[str] = ()               # replace the configured copies
    subjek: str | None = None
    pesan: str | None = None
    paksa: bool = False
    lampiran: bool = False               # attach LKjIP/PK documents (also when configured)
    zip: bool = False
    tanpa_pdf: bool = False
    versi: str | None = None


@dataclass
class KirimResult:
    mode: str                            # "smtp", "eml" or "uji"
    cfg: MailConfig
    outgoing: Outgoing | None = None
    delivery: transport.Delivery | None = None
    eml: SaveResult | None = None
    log: Path | None = None
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One Indonesian paragraph for the user."""
        out = self.outgoing
        if self.mode == "uji":
            login = text("kirim.uji-login", user=self.cfg.user) if self.cfg.user else ""
            lines = [text("kirim.uji-berhasil", host=self.cfg.host, port=self.cfg.port, login=login,
                          keamanan=text(f"kirim.keamanan-{self.cfg.keamanan}"))]
            if out is not None:
                lines.append(text("kirim.uji-pesan", ke=", ".join(out.ke), cc=_cc(out), subjek=out.subject,
                                  jumlah=len(out.attachments), mb=megabytes(out.size),
                                  lampiran=", ".join(a.name for a in out.attachments)))
            return "\n".join(lines)
        assert out is not None
        if self.mode == "eml":
            assert self.eml is not None
            return text("kirim.draf-ditulis", path=self.eml.path, log=self.log)
        assert self.delivery is not None
        return text("kirim.terkirim", ke=", ".join(out.ke), cc=_cc(out), subjek=out.subject,
                    jumlah=len(out.attachments), mb=megabytes(out.size), jawaban=self.delivery.answer, log=self.log)


def _cc(out: Outgoing) -> str:
    return text("kirim.terkirim-cc", cc=", ".join(out.cc)) if out.cc else ""


def kirim(files: Sequence[str | Path], options: KirimOptions = KirimOptions(),
          ask_password: Callable[[str], str] | None = None, eml: Path | None = None,
          uji: bool = False, environ: Mapping[str, str] | None = None,
          pause: float = transport.RETRY_PAUSE) -> KirimResult:
    """Send ``files`` (or write the draft ``eml``, or with ``uji`` only test the server).

    Raises ConfigError (settings, options, addresses: exit 2) or MailError (the workbook may
    not be sent, too large, the server failed: exit 3); nothing is sent when either is raised,
    except "kirim.penerima-sebagian" (sent to the others, and logged)."""
    paths = [Path(f) for f in files]
    cfg = load_config(paths, environ)
    if eml is None:
        check_ready(cfg)
    if uji and not paths:
        password = resolve_password(cfg, ask_password, environ)
        transport.check_connection(cfg, password, pause)
        return KirimResult("uji", cfg, warnings=_plain_warning(cfg))
    outgoing = prepare(paths, options, cfg, draft=eml is not None)
    if eml is not None:
        return write_draft(outgoing, cfg, eml)
    password = resolve_password(cfg, ask_password, environ)
    if uji:
        transport.check_connection(cfg, password, pause)
        return KirimResult("uji", cfg, outgoing, warnings=outgoing.warnings + _plain_warning(cfg))
    return deliver(outgoing, cfg, password, pause)


def prepare_saved(path: Path, options: KirimOptions = KirimOptions()) -> tuple[MailConfig, Outgoing]:
    """Settings and the prepared message for one saved workbook (the Kirim button)."""
    cfg = load_config([path])
    check_ready(cfg)
    return cfg, prepare([Path(path)], options, cfg)


def send_prepared(cfg: MailConfig, outgoing: Outgoing, ask_password: Callable[[str], str] | None) -> KirimResult:
    """The password (store, variable or ``ask_password``), then :func:`deliver`."""
    return deliver(outgoing, cfg, resolve_password(cfg, ask_password))


def _plain_warning(cfg: MailConfig) -> list[str]:
    return [text("kirim.peringatan-tanpa-enkripsi", host=cfg.host, port=cfg.port)] if cfg.keamanan == "tanpa" else []


def prepare(files: Sequence[Path], options: KirimOptions, cfg: MailConfig, draft: bool = False) -> Outgoing:
    """Every check that needs no server, and the composed message (see the module doc)."""
    if not files:
        raise ConfigError("kirim.tanpa-berkas")
    books, documents = [], []
    for path in files:
        suffix = path.suffix.lower()
        if suffix not in WORKBOOK_SUFFIXES + DOCUMENT_SUFFIXES:
            raise ConfigError("kirim.jenis-berkas", path=path)
        if not path.is_file():
            raise MailError("kirim.berkas-tidak-ada", path=path)
        (books if suffix in WORKBOOK_SUFFIXES else documents).append(path)
    ke = tuple(split_addresses(options.ke)) or cfg.ke
    cc = tuple(split_addresses(options.cc)) if options.cc else cfg.cc
    check_addresses([(split_addresses(options.ke), text("kirim.asal-opsi", nama="--ke")),
                     (split_addresses(options.cc), text("kirim.asal-opsi", nama="--cc")),
                     (cfg.ke, cfg.origin("ke")), (cfg.cc, cfg.origin("cc")),
                     ([cfg.sender] if cfg.sender else [], cfg.origin("dari") or cfg.origin("user"))])
    if not ke:
        raise ConfigError("kirim.tanpa-penerima")
    if not cfg.sender:
        raise ConfigError("kirim.tanpa-pengirim")
    judged = [judge_workbook(p, options.versi) for p in books]
    forced = gate(judged, options.paksa)
    tahun = judged[0].profil.tahun if judged else None
    if options.lampiran or cfg.lampiran_dokumen:
        for folder in dict.fromkeys(p.resolve().parent for p in books):
            documents += find_documents(folder, tahun)
    unique = list(dict.fromkeys(p.resolve() for p in documents))
    if options.tanpa_pdf:
        unique = [p for p in unique if p.suffix.lower() != ".pdf"]
    attachments = [read_attachment(p, workbook=True) for p in books] + [read_attachment(p) for p in unique]
    zip_name = f"RKT_kirim_{tahun}.zip" if tahun else "RKT_kirim.zip"
    if options.zip:
        attachments = [zipped(attachments, zip_name)]
    subject = subject_for(judged, options.subjek, forced, attachments)

    def message_for(items: Sequence[Attachment]):  # type: ignore[no-untyped-def]
        body = body_for(judged, items, cfg, options.pesan, forced)
        return build_message(cfg, ke, cc, subject, body, items, draft=draft)

    def size_of(items: Sequence[Attachment]) -> int:
        return len(message_for(items).as_bytes(policy=SMTP))

    check_size(attachments, size_of, cfg.limit_bytes, zip_name, zipped_already=options.zip)
    folder = (books or files)[0].resolve().parent
    if not os.access(folder, os.W_OK):
        raise MailError("kirim.log-tidak-dapat-ditulis", path=folder)
    warnings = [text("kirim.dipaksa", alasan=", ".join(forced))] if forced else []
    outgoing = Outgoing(message_for(attachments), attachments, judged, forced, ke, cc, folder, warnings=warnings)
    outgoing.size = len(outgoing.as_bytes())
    return outgoing


def _record(outgoing: Outgoing, mode: str, **extra: object) -> dict[str, object]:
    return {"cara": mode, "dari": outgoing.sender, "ke": list(outgoing.ke), "cc": list(outgoing.cc),
            "subjek": outgoing.subject, "message_id": outgoing.message_id,
            "lampiran": [a.record() for a in outgoing.attachments], "ukuran_pesan": outgoing.size,
            "dipaksa": outgoing.forced, **extra}


def _log(outgoing: Outgoing, record: dict[str, object]) -> Path:
    try:
        return append_record(outgoing.folder, record)
    except OSError as exc:
        raise MailError("kirim.log-gagal", message_id=outgoing.message_id, path=outgoing.folder / "kirim.log",
                        detail=exc.strerror or exc) from None


def deliver(outgoing: Outgoing, cfg: MailConfig, password: str,
            pause: float = transport.RETRY_PAUSE) -> KirimResult:
    """Send a prepared message and log it."""
    check_ready(cfg)
    delivery = transport.send(cfg, password, outgoing.sender, outgoing.recipients, outgoing.as_bytes(),
                              outgoing.message_id, pause)
    log = _log(outgoing, _record(outgoing, "smtp", server=f"{cfg.host}:{cfg.port}", keamanan=cfg.keamanan,
                                 jawaban_server=delivery.answer, ditolak=delivery.refused))
    if delivery.refused:
        accepted = [r for r in outgoing.recipients if r not in delivery.refused]
        raise MailError("kirim.penerima-sebagian", host=cfg.host, diterima=", ".join(accepted),
                        daftar="; ".join(f"{r} ({why})" for r, why in delivery.refused.items()))
    return KirimResult("smtp", cfg, outgoing, delivery=delivery, log=log,
                       warnings=outgoing.warnings + _plain_warning(cfg))


def write_draft(outgoing: Outgoing, cfg: MailConfig, path: Path) -> KirimResult:
    """Write a prepared message as a .eml draft and log it."""

    saved = write_eml(Path(path), outgoing.as_bytes())
    log = _log(outgoing, _record(outgoing, "eml", eml=str(saved.path)))
    return KirimResult("eml", cfg, outgoing, eml=saved, log=log, warnings=list(outgoing.warnings))


def confirmation(outgoing: Outgoing) -> str:
    """The text of the Kirim button's confirmation box."""
    cc = text("kirim.konfirmasi-cc", cc=", ".join(outgoing.cc)) if outgoing.cc else ""
    items = "\n".join(text("kirim.konfirmasi-lampiran", nama=a.name, mb=megabytes(a.size))
                      for a in outgoing.attachments)
    return text("kirim.konfirmasi", ke=", ".join(outgoing.ke), cc=cc, subjek=outgoing.subject, lampiran=items)
