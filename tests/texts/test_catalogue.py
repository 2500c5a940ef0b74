"""The catalogue is one catalogue: nothing used but undefined, defined but unused, or defined twice."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from rkt_xl import texts
from rkt_xl.texts import FINDINGS, TEXTS

PACKAGE = Path(texts.__file__).parent.parent
CATALOGUE = Path(texts.__file__).parent
CODE = {p: p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py") if CATALOGUE not in p.parents}
ALL_CODE = "\n".join(CODE.values())
LITERAL_KEY = re.compile(r'\btext\(\s*"([^"{}]+)"')
DYNAMIC_KEY = re.compile(r'\btext\(\s*f"([^"{]*)\{')


def test_no_key_is_defined_twice_in_one_table():
    for module in CATALOGUE.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
                assert len(keys) == len(set(keys)), (module.name, sorted({k for k in keys if keys.count(k) > 1}))


def test_every_text_read_by_the_code_is_defined():
    used = set(LITERAL_KEY.findall(ALL_CODE))
    assert sorted(used - TEXTS.keys()) == []
    for prefix in DYNAMIC_KEY.findall(ALL_CODE):
        assert any(k.startswith(prefix) for k in TEXTS), prefix


def test_every_defined_text_is_used():
    prefixes = tuple(DYNAMIC_KEY.findall(ALL_CODE))
    unused = [k for k in TEXTS if f'"{k}"' not in ALL_CODE and not k.startswith(prefixes)]
    assert unused == []


def test_every_finding_code_is_made_somewhere_and_every_made_code_exists():
    made = set(re.findall(r'make_finding\(\s*"([a-z-]+)"', ALL_CODE))
    assert sorted(made - FINDINGS.keys()) == []
    unused = [code for code in FINDINGS if f'"{code}"' not in ALL_CODE]
    assert unused == []


def test_no_user_text_outside_the_catalogue_in_writers_and_edges():
    """Indonesian words typical of messages do not appear in string literals outside texts/."""
    words = re.compile(r'"[^"\n]*\b(tidak|belum|silakan|berhasil|gagal|perbaiki)\b[^"\n]*"', re.I)
    offenders = [f"{p.relative_to(PACKAGE)}: {m.group(0)[:60]}" for p, src in CODE.items()
                 for m in words.finditer(_without_docstrings_and_comments(src))
                 if not re.fullmatch(r'"[a-z0-9.-]+"', m.group(0))
                 and re.sub(r"\{[^}]*\}", "", m.group(0)).strip('"').strip(": ")]
    assert offenders == []


def _without_docstrings_and_comments(src: str) -> str:
    tree = ast.parse(src)
    spans = []
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) and isinstance(
                getattr(body[0], "value", None), ast.Constant) and isinstance(body[0].value.value, str):
            spans.append((body[0].lineno, body[0].end_lineno))
    lines = src.splitlines()
    for a, b in spans:
        for i in range(a - 1, b):
            lines[i] = ""
    return "\n".join(re.sub(r"#.*$", "", line) for line in lines)
