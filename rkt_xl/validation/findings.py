"""Validation results as data (after frictionless-py): a Finding per problem, a Report per run."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

GALAT = "galat"            # blocks consolidation
PERINGATAN = "peringatan"  # reported, does not block


def one_line(text: str) -> str:
    """A cell's line breaks shown as ⏎, so a message stays one table row on screen."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "⏎")


@dataclass(frozen=True, slots=True)
class Finding:
    code: str          # stable, e.g. "kode-tidak-dikenal"
    severity: str      # GALAT or PERINGATAN
    file: str          # path as given, "" for a live workbook
    sheet: str
    cell: str          # A1 address, "" when the finding is about a whole sheet or file
    value: object      # the offending raw value (None when absent)
    message: str       # Indonesian, says what is wrong and what to do

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        # pickled by position (faster than the frozen-slots default, see Loc)
        return Finding, (self.code, self.severity, self.file, self.sheet, self.cell, self.value, self.message)

    def as_dict(self) -> dict[str, object]:
        value = self.value if isinstance(self.value, (str, int, float, bool, type(None))) else str(self.value)
        return {"code": self.code, "severity": self.severity, "file": self.file, "sheet": self.sheet,
                "cell": self.cell, "value": value, "message": self.message}


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    unreadable: list[Finding] = field(default_factory=list)  # files that could not be read at all
    files: list[str] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        """No errors and every file readable (warnings allowed)."""
        return not self.unreadable and not any(f.severity == GALAT for f in self.findings)

    @property
    def counts(self) -> dict[str, int]:
        c = Counter(f.severity for f in self.findings)
        return {GALAT: c[GALAT], PERINGATAN: c[PERINGATAN], "berkas": len(self.unreadable)}

    def extend(self, other: Report) -> None:
        self.findings.extend(other.findings)
        self.unreadable.extend(other.unreadable)
        self.files.extend(other.files)

    def flatten(self, keys: list[str]) -> list[list[object]]:
        """Selected fields of every finding, for compact assertions in tests."""
        return [[f.as_dict()[k] for k in keys] for f in self.findings]

    def as_dict(self) -> dict[str, object]:
        return {"valid": self.valid, "counts": self.counts, "files": self.files,
                "unreadable": [f.as_dict() for f in self.unreadable],
                "findings": [f.as_dict() for f in self.findings]}
