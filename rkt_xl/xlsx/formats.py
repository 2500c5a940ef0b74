"""Colours, number formats and print set-up shared by every sheet we write (one place)."""

from __future__ import annotations

from rkt_xl.validation.findings import GALAT, PERINGATAN

BORDER_COLOUR = "#808080"
HEADER_FILL = "#DDEBF7"        # column headers of every table
TITLE_BLUE = "#1F4E78"         # headings, column-group bands
NOTE_GREY = "#595959"          # subtitles and notes
LINK_BLUE = "#0563C1"
DRAFT_RED = "#C00000"          # the DRAF mark of a forced output
BAR_BLUE = "#2E75B6"           # chart bars

# input sheets: which cells staff fill
RENCANA_FILL = "#FFF2CC"       # plan cells (yellow)
REALISASI_FILL = "#E2EFDA"     # realisation cells (green)

# RKT sheet rows
RKT_FILLS = {"tujuan": "#BDD7EE", "indikator": HEADER_FILL, "program": "#F2F2F2", "jumlah": "#BDD7EE",
             "header": HEADER_FILL}

# findings: rows of the Validasi sheet, and cells marked by the Validasi button
FINDING_FILLS = {GALAT: "#F8CBAD", PERINGATAN: "#FFF2CC", "berkas": "#F4B084"}
MARK_FILLS = {GALAT: "#FF9999", PERINGATAN: "#FFD966"}

# number formats
RUPIAH = "#,##0"
TEXT = "@"
INTEGER = "0"
PERCENT = "0.0%"
MILLIONS = '#,##0,," jt"'  # Rupiah in millions (chart axis and labels)

A4 = 9                         # XlsxWriter paper code


def rgb(hex_colour: str) -> tuple[int, int, int]:
    """'#RRGGBB' as the (r, g, b) tuple xlwings takes."""
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)
