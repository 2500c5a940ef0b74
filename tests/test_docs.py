"""Documentation kept true by tests: the finding reference and the README's command list."""

import re

from rkt_xl.cli import cli
from rkt_xl.texts import FINDINGS
from rkt_xl.texts.finding_docs import render
from tests.helpers import ROOT


def test_finding_reference_page_is_fresh():
    page = (ROOT / "docs" / "temuan.md").read_text(encoding="utf-8")
    assert page == render(), "docs/temuan.md is stale: run `python -m rkt_xl.texts.finding_docs`"


def test_every_finding_has_a_valid_severity_and_renders_its_example():
    for code, (severity, template, example) in FINDINGS.items():
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", code), code
        assert severity in ("galat", "peringatan"), code
        template.format(**{"sheet": "S", "cell": "A1", "value": "v", "file": "f", **example})


def test_readme_documents_every_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    # a new command is documented on its own page under docs/ until the README links it
    pages = readme + "".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").glob("*.md")))
    for name in cli.list_commands(None):
        assert f"rkt {name}" in pages, name
    assert "make demo" in readme and "make test" in readme
