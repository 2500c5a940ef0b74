"""What the Pengukuran Kinerja and Realisasi Anggaran sheet descriptions share: styles, a
cell from a :class:`~rkt_xl.realisasi.formulas.Nilai`, row heights, page set-up and the
predikat colours (conditional formats from the scale)."""

from __future__ import annotations

from rkt_xl.model.entities import Profil
from rkt_xl.realisasi.formulas import Nilai, literal
from rkt_xl.realisasi.predikat import Skala
from rkt_xl.texts import text
from rkt_xl.workbook.layout import TW, col_letter
from rkt_xl.xlsx.sheet import Cell, ConditionalFormat, Highlight, PrintSetup, Style
from rkt_xl.xlsx.template_formats import text_lines

PCT = "0.00"          # shown with the locale's decimal comma in an Indonesian Excel
RP = "#,##0"
GROUP_FILL, TOTAL_FILL = "#F2F2F2", "#DDEBF7"

_BORDER = Style(border=True, valign="top", font_size=9)
_BOLD = Style(**{**_BORDER.__dict__, "bold": True})


def _with(base: Style, **props: object) -> Style:
    return Style(**{**base.__dict__, **props})


STYLES: dict[str, Style] = {
    "title": Style(bold=True, font_size=13),
    "note": Style(italic=True, font_colour="#404040", wrap=True, valign="top", font_size=9),
    "header": _with(_BOLD, fill=TOTAL_FILL, wrap=True, align="center", valign="vcenter"),
    "bagian": _with(_BOLD, fill="#1F4E78", font_colour="#FFFFFF"),
    "text": _with(_BORDER, wrap=True, num_format="@"),
    "pct": _with(_BORDER, num_format=PCT, align="right"),
    "rp": _with(_BORDER, num_format=RP),
    "label": _with(_BORDER, align="center", wrap=True),
    "group_text": _with(_BOLD, fill=GROUP_FILL, wrap=True, num_format="@"),
    "group_rp": _with(_BOLD, fill=GROUP_FILL, num_format=RP),
    "group_pct": _with(_BOLD, fill=GROUP_FILL, num_format=PCT, align="right"),
    "total_text": _with(_BOLD, fill=TOTAL_FILL),
    "total_rp": _with(_BOLD, fill=TOTAL_FILL, num_format=RP),
    "total_pct": _with(_BOLD, fill=TOTAL_FILL, num_format=PCT, align="right"),
}


def title(key: str, profil: Profil, triwulan: int | None) -> str:
    """The heading of either sheet: OPD, year and, mid-year, the triwulan reported."""
    periode = text("realisasi.periode", tw=TW[triwulan]) if triwulan else ""
    return text(key, opd=profil.opd.upper(), tahun=profil.tahun or "", periode=periode)


def cell(value: object, style: Style, note: str = "") -> Cell:
    """A Nilai (formula with its cached value, or a plain value) or a plain text as a cell;
    user text always stays text (the back ends write it as text)."""
    if isinstance(value, Nilai):
        if value.formula:
            return Cell("" if value.value is None else value.value, style, value.formula, note)
        value = value.value
    if value is None or value == "":
        return Cell(None, style, note=note)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return Cell(value, style, note=note)
    return Cell(str(value), style, note=note)


POINTS_PER_LINE = 12   # 9-pt text


def fit_height(texts: dict[int, object], widths: list[float]) -> float | None:
    """The row height that shows every wrapped text in full (LibreOffice does not auto-fit
    rows of a file it opens); None for one line."""
    lines = max([text_lines(v, widths[c] * 1.15) for c, v in texts.items() if isinstance(v, str) and v] or [1])
    return POINTS_PER_LINE * lines + 3 if lines > 1 else None


def page_setup(header_row: int, title: str) -> PrintSetup:
    """A4 landscape, one page wide, the header row repeated on every page, a footer."""
    return PrintSetup(repeat_rows=(header_row, header_row), footer=text("realisasi.kaki", judul=title.replace("&", "&&")))


def band_looks(skala: Skala) -> list[Highlight]:
    """The look of each band, best first: fill and font colour, bold for the top band."""
    return [Highlight(band.warna, band.huruf, i == 0) for i, band in enumerate(skala.pita)]


def predikat_colours(skala: Skala, first: int, last: int, cols: list[int],
                     capaian_col: int) -> list[ConditionalFormat]:
    """Conditional formats colouring ``cols`` of rows [first, last] by the band of the
    capaian in ``capaian_col`` (a number; text like n/a stays uncoloured)."""
    if last < first:
        return []
    cap = f"${col_letter(capaian_col)}{first + 1}"
    out = []
    for band, look in zip(skala.pita, band_looks(skala), strict=True):
        if band.min is None:
            criteria = f"=ISNUMBER({cap})"
        else:
            op = ">=" if band.min_inklusif else ">"
            criteria = f"=AND(ISNUMBER({cap}),{cap}{op}{literal(band.min)})"
        out.extend(ConditionalFormat((first, col, last, col), criteria, look) for col in cols)
    return out


def scale_legend(skala: Skala) -> str:
    parts = []
    for band in skala.pita:
        if band.min is None:
            batas = text("realisasi.pita-sisa")
        else:
            key = "realisasi.pita-min" if band.min_inklusif else "realisasi.pita-lebih"
            batas = text(key, min=literal(band.min).replace(".", ","))
        parts.append(text("realisasi.pita", label=band.label, batas=batas))
    return text("realisasi.pk-skala", nama=skala.nama, pita="; ".join(parts))
