"""Small python-docx helpers the template builders share: page set-up, styles, fields,
captions, placeholders and docxtpl loop tables.

Imported only by the template builders (python-docx is loaded when a template is made).
Jinja tags are plain paragraph or cell text; docxtpl's ``{%tr %}`` / ``{%p %}`` forms
repeat table rows and paragraphs.
"""

from __future__ import annotations

from collections.abc import Sequence

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from rkt_xl.texts import text

FONT = "Arial"
CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY


def new_document(landscape: bool = False):  # type: ignore[no-untyped-def]
    """An A4 document with black headings in one font, page numbers in the footer and the
    DRAF mark in the header (``{{ draf }}``, empty unless forced past errors)."""
    doc = Document()
    # python-docx stamps the creation time into docProps/core.xml; fixed, so a template
    # generated twice is the same file
    import datetime as dt

    fixed = dt.datetime(2026, 1, 1)
    doc.core_properties.created = doc.core_properties.modified = fixed
    doc.core_properties.author = doc.core_properties.last_modified_by = "rkt_xl"
    doc.core_properties.revision = 1
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    section.left_margin, section.right_margin = Mm(30), Mm(20)
    section.top_margin, section.bottom_margin = Mm(25), Mm(20)
    styles = doc.styles
    normal = styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(11)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    normal.paragraph_format.space_after = Pt(4)
    for name, size in (("Heading 1", 14), ("Heading 2", 12), ("Heading 3", 11), ("Title", 20),
                       ("Caption", 10)):
        st = styles[name]
        st.font.name, st.font.size, st.font.color.rgb = FONT, Pt(size), RGBColor(0, 0, 0)
        st.font.bold = name != "Caption"
        st.font.italic = False
        rfonts = st.element.rPr.find(qn("w:rFonts"))
        if rfonts is not None:
            for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                rfonts.attrib.pop(qn(attr), None)
            rfonts.set(qn("w:ascii"), FONT)
            rfonts.set(qn("w:hAnsi"), FONT)
    styles["Heading 1"].paragraph_format.alignment = CENTER
    styles["Heading 1"].paragraph_format.page_break_before = True
    _update_fields_on_open(doc)
    header = section.header.paragraphs[0]
    header.alignment = CENTER
    run = header.add_run("{{ draf }}")
    run.bold, run.font.size, run.font.color.rgb = True, Pt(12), RGBColor(0xC0, 0, 0)
    footer = section.footer.paragraphs[0]
    footer.alignment = CENTER
    add_field(footer, "PAGE", "1")
    return doc


def new_section(doc, landscape: bool) -> None:  # type: ignore[no-untyped-def]
    """A new page in the other orientation (wide tables); header and footer continue."""
    from docx.enum.section import WD_SECTION

    section = doc.add_section(WD_SECTION.NEW_PAGE)
    wide, tall = Mm(297), Mm(210)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (wide, tall) if landscape else (tall, wide)
    if landscape:
        section.left_margin, section.right_margin = Mm(25), Mm(25)
        section.top_margin, section.bottom_margin = Mm(25), Mm(20)
    else:
        section.left_margin, section.right_margin = Mm(30), Mm(20)
        section.top_margin, section.bottom_margin = Mm(25), Mm(20)


def _update_fields_on_open(doc) -> None:  # type: ignore[no-untyped-def]
    """Word refreshes the daftar isi/tabel/gambar and the numbering when it opens the file."""
    settings = doc.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.append(update)


def para(container, content: str = "", style: str | None = None, bold: bool = False,  # type: ignore[no-untyped-def]
         align=None, size: int | None = None, italic: bool = False, space_after: int | None = None):
    p = container.add_paragraph(style=style)
    if content:
        run = p.add_run(content)
        run.bold, run.italic = bold or None, italic or None
        if size:
            run.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def mark(run) -> None:  # type: ignore[no-untyped-def]
    """The placeholder look: yellow highlight, so it cannot pass as the office's own text."""
    run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def placeholder(container, instruction: str):  # type: ignore[no-untyped-def]
    """A paragraph holding only a marked, bracketed instruction in Bahasa Indonesia."""
    p = container.add_paragraph()
    mark(p.add_run(text("dokumen.placeholder", instruksi=instruction)))
    return p


def marked_tag(container, tag: str, style: str | None = None):  # type: ignore[no-untyped-def]
    """A paragraph whose rendered value is a placeholder (highlighted)."""
    p = container.add_paragraph(style=style)
    mark(p.add_run(tag))
    return p


def page_break(doc) -> None:  # type: ignore[no-untyped-def]
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def add_field(paragraph, instruction: str, result: str = "", highlight: bool = False) -> None:  # type: ignore[no-untyped-def]
    """A Word field (``PAGE``, ``SEQ Tabel``, ``TOC ...``) with a cached result."""
    def fld(kind: str):  # type: ignore[no-untyped-def]
        run = paragraph.add_run()
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        if kind == "begin":
            el.set(qn("w:dirty"), "true")
        run._r.append(el)

    fld("begin")
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    fld("separate")
    shown = paragraph.add_run(result)
    if highlight:
        mark(shown)
    fld("end")


def toc(doc, title: str, instruction: str, hint: str) -> None:  # type: ignore[no-untyped-def]
    para(doc, title, style="Heading 1")
    add_field(doc.add_paragraph(), instruction, text("dokumen.placeholder", instruksi=hint), highlight=True)


def caption(container, kind: str, counter: str, title: str) -> None:  # type: ignore[no-untyped-def]
    """``Tabel 3. <title>``: a SEQ field whose cached number comes from a render-time
    counter (``{{ nomor_tabel() }}``), so numbers follow the rendered order even in loops and
    after an office removes a section."""
    p = container.add_paragraph(style="Caption")
    p.add_run(f"{kind} ")
    add_field(p, f"SEQ {kind} \\* ARABIC", "{{ " + counter + "() }}")
    p.add_run(f". {title}")
    if kind == "Gambar":
        p.alignment = CENTER
    p.paragraph_format.keep_with_next = kind == "Tabel"


def _cell_text(cell, content: str, bold: bool = False, align=None, size: int = 9) -> None:  # type: ignore[no-untyped-def]
    p = cell.paragraphs[0]
    run = p.add_run(content)
    run.bold = bold or None
    run.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(0)
    if align is not None:
        p.alignment = align


def _repeat_header(row) -> None:  # type: ignore[no-untyped-def]
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _shade(cell, fill: str = "D9D9D9") -> None:  # type: ignore[no-untyped-def]
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _expr_cell(cell, expr: str, align, bold_when: str) -> None:  # type: ignore[no-untyped-def]
    """A repeated row's cell: ``{{ expr }}``; bold when ``bold_when`` holds; an expression
    written ``?expr`` shows a marked ``[isi]`` placeholder when its value is empty."""
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    if align is not None:
        p.alignment = align

    def value(bold: bool) -> None:
        if expr.startswith("?"):
            name = expr[1:]
            p.add_run("{% if " + name + " %}")
            run = p.add_run("{{ " + name + " }}")
            run.font.size, run.bold = Pt(9), bold or None
            p.add_run("{% else %}")
            hole = p.add_run(text("dokumen.placeholder", instruksi=text("dokumen.t-isi-sel")))
            hole.font.size = Pt(9)
            mark(hole)
            p.add_run("{% endif %}")
        else:
            run = p.add_run("{{ " + expr + " }}")
            run.font.size, run.bold = Pt(9), bold or None

    if bold_when:
        p.add_run("{% if " + bold_when + " %}")
        value(True)
        p.add_run("{% else %}")
        value(False)
        p.add_run("{% endif %}")
    else:
        value(False)


def loop_table(container, headers: Sequence[str], cells: Sequence[str], loop: str,  # type: ignore[no-untyped-def]
               widths: Sequence[float], numeric: Sequence[int] = (),
               total: Sequence[str] | None = None, bold_when: str = ""):
    """A table: one header row, one row repeated by ``{%tr for <loop> %}``, an optional
    total row. ``cells`` are the jinja expressions of the repeated row; columns in
    ``numeric`` are right-aligned. ``bold_when`` makes a repeated row's text bold when the
    expression is true (program rows inside an anggaran table)."""
    table = container.add_table(rows=0, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    head = table.add_row()
    _repeat_header(head)
    for cell, label in zip(head.cells, headers, strict=True):
        _cell_text(cell, label, bold=True, align=CENTER)
        _shade(cell)
    opener = table.add_row()
    _cell_text(opener.cells[0], "{%tr for " + loop + " %}")
    row = table.add_row()
    for i, (cell, expr) in enumerate(zip(row.cells, cells, strict=True)):
        _expr_cell(cell, expr, RIGHT if i in numeric else None, bold_when)
    closer = table.add_row()
    _cell_text(closer.cells[0], "{%tr endfor %}")
    if total is not None:
        last = table.add_row()
        for i, (cell, expr) in enumerate(zip(last.cells, total, strict=True)):
            if expr:
                _cell_text(cell, expr, bold=True,
                           align=RIGHT if i in numeric else None)
    set_widths(table, widths)
    return table


def set_widths(table, widths: Sequence[float]) -> None:  # type: ignore[no-untyped-def]
    """Fixed column widths (LibreOffice ignores cell widths without the grid's)."""
    table.autofit = False
    for col, width in zip(table.columns, widths, strict=True):
        col.width = Mm(width)
    for r in table.rows:
        for cell, width in zip(r.cells, widths, strict=True):
            cell.width = Mm(width)


def plain_table(container, rows: Sequence[Sequence[str]], widths: Sequence[float],  # type: ignore[no-untyped-def]
                bold_first_col: bool = False, borders: bool = True):
    table = container.add_table(rows=0, cols=len(widths))
    if borders:
        table.style = "Table Grid"
    for values in rows:
        row = table.add_row()
        for i, (cell, content) in enumerate(zip(row.cells, values, strict=True)):
            _cell_text(cell, content, bold=bold_first_col and i == 0, size=11)
    set_widths(table, widths)
    return table
