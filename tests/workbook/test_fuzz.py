"""Fuzzing the whole read path (issue 3): random damage to the bytes of a valid workbook and
to the XML inside it. ``validate_workbook`` must always return ``(model or None, Report)``:
a file that cannot be read lands in ``report.unreadable`` as one Indonesian line; nothing
ever raises, and nothing hangs (a watchdog alarm on top of hypothesis' deadline)."""

from __future__ import annotations

import os
import re
import signal
import zipfile
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rkt_xl.model.entities import Rkt
from rkt_xl.samples.sample import load_sample
from rkt_xl.validation.findings import Report
from rkt_xl.validation.judge import validate_workbook
from rkt_xl.xlsx.template import write_workbook

WATCHDOG_SECONDS = 10
# The suite runs a fixed, reproducible sample; RKT_FUZZ_EXAMPLES=5000 fuzzes deeper at random.
DEEP = int(os.environ.get("RKT_FUZZ_EXAMPLES", "0"))
FUZZ = settings(max_examples=DEEP or 60, deadline=timedelta(seconds=3), derandomize=not DEEP,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Fragments a hostile or broken producer might leave in the XML.
TOKENS = [
    b"<", b">", b"/>", b"</c>", b"</row>", b"<row>", b"<row/>", b"<c>", b"<c/>", b"<v>", b"</v>",
    b'<c r="XFD1048576"><v>1</v></c>', b'<row r="1048576">', b'<c r="A1048576" t="s"><v>0</v></c>',
    b'<c t="e"><v>#REF!</v></c>', b"<f>SUM(A1:A2)</f>", b'<c t="s"><v>999999</v></c>',
    b'<c t="n"><v>1e400</v></c>', b'<c t="d"><v>9999-99-99</v></c>', b'<c s="99999">',
    b'<c t="inlineStr"><is><t>x</t></is></c>', b"<![CDATA[", b"]]>", b"<!--", b"-->",
    b"&amp;", b"&#0;", b"&#xFFFF;", b"&bogus;", b"\x00", b"\xff\xfe", b"\xc3\x28",
    b'<!DOCTYPE x [<!ENTITY a "aaaa">]>', b'r="ZZZZZZZZ1"', b'r="A0"', b'r="-1"',
    b'<mergeCell ref="A1:XFD1048576"/>', b'hidden="1"', b'<dimension ref="A1:XFD1048576"/>',
    b'<sheet name="X" sheetId="9" r:id="rId99"/>', b'state="veryHidden"',
    b'<si><t>' + b"x" * 40000 + b"</t></si>", b'<row r="4294967296">', b'<row r="0">',
]


class Small:
    """A small filled workbook (one bidang, two sub kegiatan) and its parts; short repr so
    that hypothesis' failure reports stay readable."""

    def __init__(self, folder: Path) -> None:
        rkt, specs = load_sample()
        rkt.sasaran = rkt.sasaran[:3]
        rkt.bidang = rkt.bidang[:1]
        rkt.bidang[0].sub_kegiatan = rkt.bidang[0].sub_kegiatan[:2]
        self.path = write_workbook(folder / "kecil.xlsx", rkt, specs[:1]).path
        self.bytes = self.path.read_bytes()
        with zipfile.ZipFile(self.path) as zf:
            self.parts = {i.filename: zf.read(i) for i in zf.infolist()}
        self.out = folder / "mutan.xlsx"

    def __repr__(self) -> str:
        return f"Small({self.path.name})"


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Small:
    return Small(tmp_path_factory.mktemp("fuzz"))


@contextmanager
def watchdog(seconds: int):
    """Fail instead of hanging (Unix; elsewhere hypothesis' deadline still reports slowness)."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def hung(signum, frame):  # noqa: ARG001
        raise AssertionError(f"validate_workbook still running after {seconds} s")

    old = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def check_never_raises(path: Path) -> None:
    with watchdog(WATCHDOG_SECONDS):
        rkt, report = validate_workbook(path)
    assert isinstance(report, Report)
    if report.unreadable:
        assert rkt is None
        for f in report.unreadable:
            assert f.message and "\n" not in f.message
    else:
        assert isinstance(rkt, Rkt)


def apply(data: bytes, ops: list[tuple[str, int, int, bytes]]) -> bytes:
    """Apply (kind, position, length, payload) edits; positions wrap around the data, and
    negative ones count from the end (where a zip keeps its central directory)."""
    buf = bytearray(data)
    for kind, pos, length, payload in ops:
        at = pos % (len(buf) + 1) if pos >= 0 else max(len(buf) + pos, 0)
        if kind == "sisip":
            buf[at:at] = payload
        elif kind == "hapus":
            del buf[at:at + length]
        elif kind == "ganti":
            buf[at:at + len(payload)] = payload
        elif kind == "potong":
            del buf[at:]
        elif kind == "gandakan":
            buf[at:at] = buf[at:at + length]
    return bytes(buf)


def ops(payloads: st.SearchStrategy[bytes], max_size: int) -> st.SearchStrategy:
    return st.lists(st.tuples(st.sampled_from(["sisip", "hapus", "ganti", "potong", "gandakan"]),
                              st.one_of(st.integers(0, 1 << 24), st.integers(-4096, -1)),
                              st.integers(1, 4096), payloads),
                    min_size=1, max_size=max_size)


RAW = st.binary(min_size=1, max_size=16)
XML = st.one_of(st.sampled_from(TOKENS), st.binary(min_size=1, max_size=12))
XML_PARTS = ["xl/worksheets/sheet4.xml", "xl/sharedStrings.xml", "xl/workbook.xml",
             "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet2.xml", "xl/styles.xml",
             "[Content_Types].xml", "xl/worksheets/sheet3.xml"]


@FUZZ
@given(edits=ops(RAW, 6))
def test_random_bytes_of_the_file(small, edits):
    out = small.out
    out.write_bytes(apply(small.bytes, edits))
    check_never_raises(out)


@FUZZ
@given(part=st.sampled_from(XML_PARTS), edits=ops(XML, 5), stored=st.booleans())
def test_random_edits_of_the_xml_inside(small, part, edits, stored):
    out = small.out
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED) as zf:
        for name, data in small.parts.items():
            zf.writestr(name, apply(data, edits) if name == part else data)
    check_never_raises(out)


# Well-formed damage: the XML still parses, so the values reach the reader and the checks.
VALUES = st.one_of(
    st.text(max_size=40).map(lambda t: escape("".join(c for c in t if c.isprintable() or c in "\t\n"))),
    st.sampled_from(["", " ", "0", "-1", "1e308", "1e-320", "NaN", "inf", "-0", "1.699.983.250",
                     "70 dan Baik", "=SUM(A1)", "+62", "@x", "\t", "#REF!", "#N/A", "#DIV/0!",
                     "5.03.5.03.01.2.01.0001", "S1.1", "9" * 30, "2958466", "-693594", "12,5%"]),
    st.integers(-(2**70), 2**70).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
)
VALUE_TAG = re.compile(rb"<(v|t)>([^<]*)</\1>|<(v|t)/>")
ATTRS = st.sampled_from([b't="s"', b't="n"', b't="e"', b't="b"', b't="str"', b't="d"',
                         b't="inlineStr"', b's="0"', b's="9999"', b'r="A1"', b'r="XFD3"', b""])
CELL_ATTR = re.compile(rb'\b[trs]="[^"]*"')


def revalue(xml: bytes, edits: list[tuple[int, str, int, bytes]]) -> bytes:
    """Replace the text of the n-th <v>/<t>, and the n-th t/r/s attribute of a cell."""
    for n, value, m, attr in edits:
        tags = list(VALUE_TAG.finditer(xml))
        if tags:
            tag = tags[n % len(tags)]
            name = tag.group(1) or tag.group(3)
            xml = xml[:tag.start()] + b"<%s>%s</%s>" % (name, value.encode(), name) + xml[tag.end():]
        attrs = list(CELL_ATTR.finditer(xml))
        if attrs:
            a = attrs[m % len(attrs)]
            xml = xml[:a.start()] + attr + xml[a.end():]
    return xml


@FUZZ
@given(part=st.sampled_from(["xl/worksheets/sheet4.xml", "xl/sharedStrings.xml",
                             "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"]),
       edits=st.lists(st.tuples(st.integers(0, 10_000), VALUES, st.integers(0, 10_000), ATTRS),
                      min_size=1, max_size=8))
def test_random_values_in_well_formed_xml(small, part, edits):
    out = small.out
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in small.parts.items():
            zf.writestr(name, revalue(data, edits) if name == part else data)
    check_never_raises(out)
