"""Render a Word template with docxtpl, and say in Bahasa Indonesia which tag is broken.

Autoescape is on (``<w:t>`` in a cell is text), undefined names are errors (a mistyped tag
in an office's copy is named, not silently empty), and values are never evaluated as
templates (``{{ }}`` in a cell stays text). Before rendering, every tag in the document's
paragraphs (body, tables, headers, footers) is checked on its own, so the message names
the tag rather than a line of XML.

python-docx and docxtpl (heavy) are imported at the top: this module itself is imported
only when a document is rendered or a template built.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docxtpl import DocxTemplate
from jinja2 import Environment, StrictUndefined, TemplateSyntaxError, UndefinedError

from rkt_xl.errors import TemplateError
from rkt_xl.texts import text

_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_OPEN = re.compile(r"\{\{|\{%")
# docxtpl's own prefixes: {%tr %}, {%tc %}, {%p %}, {%r %}, {{r x }}, {{p x }}
_PREFIX = re.compile(r"^(\{[{%])(?:tr|tc|p|r)(?=\s)")
_BLOCKS = {"for": "endfor", "if": "endif", "macro": "endmacro", "call": "endcall",
           "filter": "endfilter", "with": "endwith", "raw": "endraw", "block": "endblock"}
_MIDDLE = {"elif": "if", "else": ("if", "for")}


# docxtpl's resolve_listing turns a tab, line feed, \a or \f inside a text run into a tab,
# line break, new paragraph or page break, with nested regular expressions over every
# paragraph of the body: a large part of rendering, and a no-op when no text holds one.
_LISTING_TEXT = re.compile(r"<w:t(?: [^>]*)?>[^<]*[\t\n\a\f]")


class _Template(DocxTemplate):  # type: ignore[misc]
    def resolve_listing(self, xml: str) -> str:
        return super().resolve_listing(xml) if _LISTING_TEXT.search(xml) else xml


def environment() -> Environment:
    return Environment(autoescape=True, undefined=StrictUndefined)


def paragraph_texts(docx) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The text of every paragraph of body, headers and footers, runs joined (Word splits
    a tag over several runs when it is edited)."""
    parts = [docx.element.body]
    for section in docx.sections:
        for hf in (section.header, section.footer, section.first_page_header, section.first_page_footer,
                   section.even_page_header, section.even_page_footer):
            if not hf.is_linked_to_previous:
                parts.append(hf._element)
    for part in parts:
        for p in part.iter(qn("w:p")):
            yield "".join(t.text or "" for t in p.iter(qn("w:t"), qn("w:instrText")))


def tags(docx) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.group(0) for t in paragraph_texts(docx) for m in _TAG.finditer(t)]


def check_tags(docx, path: str) -> None:  # type: ignore[no-untyped-def]
    """Raise :class:`TemplateError` for the first broken tag: one that does not
    parse, is not closed, or whose block has no partner."""
    env = environment()

    def broken(tag: str, alasan: str) -> TemplateError:
        return TemplateError("dokumen.templat-tag-rusak", path=path, tag=tag, alasan=alasan)

    stack: list[tuple[str, str]] = []
    for para in paragraph_texts(docx):
        rest = _TAG.sub(" ", para)
        m = _OPEN.search(rest)
        if m:
            raise broken(rest[m.start():m.start() + 40].strip(), text("dokumen.alasan-tak-tertutup"))
        for found in _TAG.finditer(para):
            tag = found.group(0)
            plain = _PREFIX.sub(r"\1", tag)
            if plain.startswith("{#"):
                continue
            inner = plain[2:-2].strip("-+ \t\n")          # {%- ... -%}: whitespace control
            word = inner.split(maxsplit=1)[0] if inner else ""
            if plain.startswith("{{") or word in ("set", "include", "import", "from", "do", ""):
                probe = plain
            elif word in _BLOCKS:
                probe = plain + "{% " + _BLOCKS[word] + " %}"
                stack.append((word, tag))
            elif word in _MIDDLE:
                if not stack or stack[-1][0] not in (_MIDDLE[word] if isinstance(_MIDDLE[word], tuple)
                                                     else (_MIDDLE[word],)):
                    raise broken(tag, text("dokumen.alasan-tanpa-pasangan"))
                probe = "{% if 1 %}" + plain + "{% endif %}"
            elif word.startswith("end"):
                if not stack:
                    raise broken(tag, text("dokumen.alasan-tanpa-pasangan"))
                opened, opener = stack.pop()
                if _BLOCKS.get(opened) != word:
                    raise broken(opener, text("dokumen.alasan-pasangan-salah", tag_lain=tag))
                continue
            else:
                probe = plain
            try:
                env.parse(probe)
            except TemplateSyntaxError as exc:
                raise broken(tag, text("dokumen.alasan-sintaks", detail=exc.message)) from None
    if stack:
        raise broken(stack[-1][1], text("dokumen.alasan-tanpa-pasangan"))


def _unknown_tag(docx, exc: UndefinedError) -> str:  # type: ignore[no-untyped-def]
    """The tag that used the undefined name (first match), else the jinja message."""
    m = re.search(r"'([^']+)' is undefined|has no attribute '([^']+)'", str(exc))
    name = (m.group(1) or m.group(2)) if m else ""
    if name:
        for tag in tags(docx):
            if re.search(rf"\b{re.escape(name)}\b", tag):
                return tag
    return name or str(exc)


def render(template: Path, make_context: Callable[[object], dict], target: Path,
           finish: Callable[[object], None] | None = None) -> None:
    """Render ``template`` into ``target``. ``make_context(tpl)`` builds the values (it
    receives the DocxTemplate for pictures); ``finish(docx)`` changes the rendered
    document's body before it is saved. Raises :class:`TemplateError`."""
    try:
        tpl = _Template(str(template))
        tpl.init_docx()
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, PackageNotFoundError) as exc:
        raise TemplateError("dokumen.templat-tidak-terbaca", path=template, detail=exc) from None
    docx = tpl.get_docx()
    check_tags(docx, str(template))
    context = make_context(tpl)
    try:
        tpl.render(context, environment(), autoescape=True)
    except TemplateSyntaxError as exc:
        near = " ".join(x.strip() for x in getattr(exc, "docx_context", []) if x.strip())[:80]
        raise TemplateError("dokumen.templat-tag-rusak", path=template, tag=near or "?",
                                   alasan=text("dokumen.alasan-sintaks", detail=exc.message)) from None
    except UndefinedError as exc:
        raise TemplateError("dokumen.templat-tag-tak-dikenal", path=template,
                                   tag=_unknown_tag(docx, exc),
                                   alasan=text("dokumen.alasan-tak-dikenal", detail=exc.message)) from None
    if finish is not None:
        finish(tpl.docx)
    tpl.save(str(target))


def ensure_header(path: Path, mark: str) -> None:
    """Put ``mark`` (the DRAF line) in the header of every section that does not show it
    already: an office's template may have dropped the ``{{ draf }}`` tag, and a forced
    document must still say DRAF on every page. (On the saved file: after docxtpl has
    rendered them, python-docx's sections still point at the template's headers.)"""
    doc = Document(str(path))
    changed = False
    for section in doc.sections:
        header = section.header
        if mark in "\n".join(p.text for p in header.paragraphs):
            continue
        header.is_linked_to_previous = False
        p = header.paragraphs[0] if header.paragraphs and not header.paragraphs[0].text else header.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(mark)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(12), RGBColor(0xC0, 0, 0)
        changed = True
    if changed:
        doc.save(str(path))


def normalise_zip(path: Path) -> None:
    """Rewrite a .docx with fixed member dates and order, so a template generated twice is
    byte-identical (python-docx stamps the current time into the zip entries)."""
    with zipfile.ZipFile(path) as zf:
        members = [(info.filename, zf.read(info)) for info in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
