"""The LKjIP's charts as pictures: capaian per indikator sasaran, pagu vs realisasi per
program, readable in black-and-white print (greys, hatching, printed values).

What a chart shows is a *spec*, plain data built here from the library's numbers and the
catalogue's texts; :mod:`rkt_xl.documents.drawing` draws a spec with matplotlib, in the
chart worker (:mod:`rkt_xl.documents.worker`) while this process renders the text. The
template is rendered with a small placeholder picture per chart; :func:`put_pictures`
swaps the drawn PNGs in (with their real height) before the document is saved.
"""

from __future__ import annotations

import binascii
import io
import struct
import textwrap
import zlib
from decimal import Decimal

from rkt_xl.documents.content import Node, persen, safe
from rkt_xl.model.numbers import format_id
from rkt_xl.texts import text

WIDTH_MM = 150
KEYS = ("grafik_capaian", "grafik_anggaran")
_MILLION = Decimal(1_000_000)


def capaian_spec(measured: list) -> dict | None:  # type: ignore[type-arg]
    """Capaian (%) per indikator sasaran; indicators without capaian at 0 shown ``n/a``."""
    if not measured:
        return None
    return {"kind": "capaian", "height": 0.9 + 0.55 * len(measured),
            "labels": [textwrap.fill(safe(f"{u.indikator.kode} {u.indikator.indikator}"), 38) for u in measured],
            "values": [float(u.capaian) if u.capaian is not None else 0.0 for u in measured],
            "shown": [persen(u.capaian) for u in measured],
            "xlabel": text("dokumen.grafik-sumbu-capaian")}


def anggaran_spec(programs: list[Node]) -> dict | None:  # type: ignore[type-arg]
    """Pagu and realisasi per program, in juta Rupiah."""
    if not programs:
        return None
    return {"kind": "anggaran", "height": 1.0 + 0.9 * len(programs),
            "labels": [textwrap.fill(p.nama, 34) for p in programs],
            "pagu": [float(Decimal(p.pagu) / _MILLION) for p in programs],
            "realisasi": [float(Decimal(p.realisasi or 0) / _MILLION) for p in programs],
            "pagu_shown": [format_id(Decimal(p.pagu) / _MILLION, 1) for p in programs],
            "realisasi_shown": [format_id(Decimal(p.realisasi) / _MILLION, 1) if p.realisasi is not None
                                else text("dokumen.na") for p in programs],
            "xlabel": text("dokumen.grafik-sumbu-anggaran"),
            "legend": [text("dokumen.grafik-pagu"), text("dokumen.grafik-realisasi")]}


def chart_specs(values: dict) -> dict[str, dict]:  # type: ignore[type-arg]
    """The specs of the LKjIP's charts, by template name; a chart with nothing to draw is left out."""
    specs = {"grafik_capaian": capaian_spec(values["_measured"]),
             "grafik_anggaran": anggaran_spec(values["_programs"])}
    return {k: v for k, v in specs.items() if v is not None}


def placeholder(key: str) -> bytes:
    """A 1 x 1 grey PNG named ``key`` in a text chunk: rendered in the chart's place and
    replaced by :func:`put_pictures` (distinct per chart, so Word parts are not shared)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", binascii.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
            + chunk(b"tEXt", b"rkt_xl\x00" + key.encode()) + chunk(b"IDAT", zlib.compress(b"\x00\xc0"))
            + chunk(b"IEND", b""))


def chart_pictures(tpl, specs: dict[str, dict]) -> dict[str, object]:  # type: ignore[no-untyped-def,type-arg]
    """The template's picture values: a placeholder per chart to draw, ``""`` for none."""
    from docx.shared import Mm
    from docxtpl import InlineImage

    return {key: InlineImage(tpl, io.BytesIO(placeholder(key)), width=Mm(WIDTH_MM)) if key in specs else ""
            for key in KEYS}


def put_pictures(docx, pngs: dict[str, bytes]) -> None:  # type: ignore[no-untyped-def]
    """Swap each chart's drawn PNG into the image part of its placeholder, and give every
    picture showing it the PNG's proportions (same width)."""
    from docx.oxml.ns import qn
    from docx.parts.image import ImagePart

    wanted = {placeholder(key): png for key, png in pngs.items()}
    swapped: dict[int, bytes] = {}
    parts = list(docx.part.package.iter_parts())
    for part in parts:
        if isinstance(part, ImagePart) and part.blob in wanted:
            part._blob = wanted[part.blob]    # noqa: SLF001 (python-docx has no setter; docxtpl does the same)
            part._image = None                # noqa: SLF001
            swapped[id(part)] = part.blob
    for part in parts:
        element = getattr(part, "_element", None)
        if element is None:
            continue
        for inline in element.iter(qn("wp:inline"), qn("wp:anchor")):
            blip = next(inline.iter(qn("a:blip")), None)
            rid = blip.get(qn("r:embed")) if blip is not None else None
            target = part.rels[rid].target_part if rid in part.rels else None
            if target is None or id(target) not in swapped:
                continue
            width, height = struct.unpack(">II", swapped[id(target)][16:24])
            extent = inline.find(qn("wp:extent"))
            cy = str(round(int(extent.get("cx")) * height / width))
            extent.set("cy", cy)
            for ext in inline.iter(qn("a:ext")):
                if ext.get("cy") is not None:
                    ext.set("cy", cy)
