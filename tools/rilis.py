"""`make rilis`: build dist/rkt_xl-<versi>-windows.zip, everything an office PC needs offline.

    python tools/rilis.py [--dist DIR] [--ref HEAD]

The wheel is built from a clean export of the commit (``git archive``; uncommitted changes
are not shipped) with ``rkt_xl/install/data/build.json`` recording version and commit for
``rkt --versi``. Then, for Windows 64-bit and every supported CPython, pip downloads binary
wheels of every runtime dependency (with the ``excel`` extra); pip evaluates environment
markers for this Linux machine, so the requirement tree is then walked again with the
markers of Windows (tools/wheelset.py) and whatever is still missing is downloaded by name.
Next to the wheels: RKT_template.xlsm, INSTAL.bat (CRLF), the Windows guide as PDF
(docs/pasang_windows.md through markdown-it and LibreOffice Writer), the release notes from
CHANGELOG.md, and SHA256SUMS over every file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import html
import io
import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))   # tools.wheelset, when run as a script

from packaging.requirements import Requirement  # noqa: E402

from tools.wheelset import SUPPORTED_PYTHONS, Wheel, closure, wheels_in  # noqa: E402

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

EXTRAS = {"excel"}
GUIDE = "docs/pasang_windows.md"
GUIDE_PDF = "PANDUAN_PASANG_WINDOWS.pdf"
NOTES = "CATATAN_RILIS.txt"
SUMS = "SHA256SUMS"
BAT = "INSTAL.bat"
XLSM = "RKT_template.xlsm"


def log(text: str) -> None:
    print(f"rilis: {text}", flush=True)


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:  # type: ignore[no-untyped-def]
    return subprocess.run(cmd, check=True, **kw)


# --- the source -----------------------------------------------------------------------------

def project_version(pyproject: Path) -> str:
    with open(pyproject, "rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def export_commit(ref: str, dest: Path) -> str:
    """The tree of ``ref`` unpacked in ``dest``; returns its short commit."""
    commit = run(["git", "-C", str(ROOT), "rev-parse", "--short=12", ref],
                 capture_output=True, text=True).stdout.strip()
    if run(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
           capture_output=True, text=True).stdout.strip():
        log("PERINGATAN: ada perubahan yang belum di-commit; yang dirilis hanya commit " + commit)
    archive = run(["git", "-C", str(ROOT), "archive", "--format=tar", ref], capture_output=True).stdout
    dest.mkdir(parents=True)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(dest, filter="data") if hasattr(tarfile, "data_filter") else tar.extractall(dest)
    return commit


def build_wheel(src: Path, out: Path, version: str, commit: str) -> Path:
    info = {"version": version, "commit": commit, "dibangun": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}
    data = src / "rkt_xl" / "install" / "data"
    data.mkdir(parents=True, exist_ok=True)
    (data / "build.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(src)])
    (wheel,) = out.glob("rkt_xl-*.whl")
    return wheel


# --- the wheels for Windows ------------------------------------------------------------------

def pip_download(args: list[str], dest: Path, python: str) -> None:
    digits = python.replace(".", "")
    run([sys.executable, "-m", "pip", "download", "--quiet", "--only-binary=:all:", "--platform", "win_amd64",
         "--python-version", python, "--implementation", "cp", "--abi", f"cp{digits}", "--abi", "abi3",
         "--abi", "none", "-d", str(dest), *args])


def collect_wheels(root_wheel: Path, dest: Path) -> dict[str, list[str]]:
    """Fill ``dest`` until the requirement tree resolves for every supported Python; returns
    the (empty) missing lists per Python, or raises SystemExit naming what has no wheel."""
    shutil.copy2(root_wheel, dest)
    root = Wheel.of(dest / root_wheel.name)
    extra = ",".join(sorted(EXTRAS))
    for python in SUPPORTED_PYTHONS:
        log(f"wheel dependensi untuk Windows 64-bit, Python {python}")
        pip_download([f"{dest / root_wheel.name}[{extra}]"], dest, python)
        for _ in range(10):   # a requirement behind a Windows-only marker, then its own ones
            missing = closure(root, EXTRAS, wheels_in(dest), python).missing
            if not missing:
                break
            # pip judged these markers for Linux: ask for the bare requirement
            bare = sorted({f"{r.name}{r.specifier}" for r in map(Requirement, missing)})
            log(f"  hanya untuk Windows, diunduh terpisah: {', '.join(bare)}")
            pip_download(["--no-deps", *bare], dest, python)
    pip_download(["--no-deps", "pip"], dest, SUPPORTED_PYTHONS[-1])   # Langkah 3 of INSTAL.bat
    left = {p: closure(root, EXTRAS, wheels_in(dest), p).missing for p in SUPPORTED_PYTHONS}
    if any(left.values()):
        raise SystemExit(f"rilis: tidak ada wheel untuk: {left}")
    return left


# --- the documents ---------------------------------------------------------------------------

def release_notes(changelog: str, version: str, commit: str) -> str:
    """The CHANGELOG section of ``version`` (else the "Unreleased" one), with a header."""
    sections = re.split(r"(?m)^## ", changelog)
    chosen = next((s for s in sections[1:] if s.split("\n", 1)[0].strip().lstrip("[").startswith(version)), None)
    if chosen is None:
        chosen = next((s for s in sections[1:] if s.lower().startswith("unreleased")), "")
    body = chosen.split("\n", 1)[1].strip() if "\n" in chosen else ""
    head = f"rkt_xl {version} (commit {commit})\nCatatan rilis, dari CHANGELOG.md\n"
    return f"{head}\n{body}\n".replace("\n", "\r\n")


GUIDE_CSS = """body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; }
h1 { font-size: 17pt; } h2 { font-size: 13pt; margin-top: 14pt; } h3 { font-size: 11pt; }
code, pre { font-family: 'Liberation Mono', monospace; font-size: 9pt; }
pre { background: #f2f2f2; padding: 4pt; }
table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 3pt; vertical-align: top; }
th { background: #e6e6e6; }"""


def guide_html(markdown: str, version: str) -> str:
    from markdown_it import MarkdownIt  # comes with rich, a runtime dependency

    body = MarkdownIt("commonmark").enable("table").render(markdown)
    return (f"<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\">"
            f"<title>Memasang rkt_xl {html.escape(version)} di PC Windows</title>"
            f"<style>{GUIDE_CSS}</style></head><body>{body}</body></html>")


def guide_pdf(markdown: str, version: str, out: Path, work: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("rilis: LibreOffice (soffice) diperlukan untuk panduan PDF")
    src = work / (Path(GUIDE_PDF).stem + ".html")
    src.write_text(guide_html(markdown, version), encoding="utf-8")
    profile = work / "lo-profile"
    run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
         "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(work), str(src)],
        capture_output=True, timeout=300)
    pdf = work / GUIDE_PDF
    shutil.move(str(pdf), out)
    return out


# --- checksums and the zip -------------------------------------------------------------------

def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def write_sums(folder: Path) -> Path:
    """SHA256SUMS in the format of ``sha256sum -c`` (two spaces, paths with /)."""
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.name != SUMS)
    lines = [f"{sha256(p)}  {p.relative_to(folder).as_posix()}" for p in files]
    out = folder / SUMS
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def verify_sums(folder: Path) -> list[str]:
    """Problems found checking ``folder`` against its SHA256SUMS (empty: all good)."""
    problems: list[str] = []
    listed: set[str] = set()
    for line in (folder / SUMS).read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        listed.add(name)
        path = folder / name
        if not path.is_file():
            problems.append(f"missing: {name}")
        elif sha256(path) != digest:
            problems.append(f"changed: {name}")
    extra = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()} - listed - {SUMS}
    problems += [f"not listed: {n}" for n in sorted(extra)]
    return problems


def crlf(text: str) -> bytes:
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii")


def build(dist: Path, ref: str = "HEAD") -> Path:
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="rkt-rilis-") as tmp:
        work = Path(tmp)
        commit = export_commit(ref, work / "src")
        src = work / "src"
        version = project_version(src / "pyproject.toml")
        name = f"rkt_xl-{version}-windows"
        stage = work / name
        (stage / "wheels").mkdir(parents=True)
        log(f"rkt_xl {version}, commit {commit}")
        wheel = build_wheel(src, work / "wheel", version, commit)
        collect_wheels(wheel, stage / "wheels")
        shutil.copy2(src / "workbooks" / XLSM, stage / XLSM)
        (stage / BAT).write_bytes(crlf((src / "tools" / "windows" / BAT).read_text(encoding="ascii")))
        (stage / NOTES).write_text(release_notes((src / "CHANGELOG.md").read_text(encoding="utf-8"), version, commit),
                                   encoding="utf-8", newline="")
        log("panduan PDF (LibreOffice)")
        guide_pdf((src / GUIDE).read_text(encoding="utf-8"), version, stage / GUIDE_PDF, work)
        write_sums(stage)
        dist.mkdir(parents=True, exist_ok=True)
        out = dist / f"{name}.zip"
        tmp_zip = dist / f".{name}.zip.tmp"
        with zipfile.ZipFile(tmp_zip, "w", zipfile.ZIP_DEFLATED) as zf:
            for p in sorted(stage.rglob("*")):
                if p.is_file():
                    zf.write(p, f"{name}/{p.relative_to(stage).as_posix()}")
        tmp_zip.replace(out)
    size = out.stat().st_size / 1e6
    log(f"selesai: {out} ({size:.1f} MB, {time.monotonic() - started:.0f} s)")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--ref", default="HEAD")
    args = parser.parse_args(argv)
    build(args.dist, args.ref)
    return 0


if __name__ == "__main__":
    sys.exit(main())
