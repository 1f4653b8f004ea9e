"""Which raw inputs the processed ledger was built from, so that notebooks read only
inputs a build has validated.

``crosstally build`` validates every raw input and, with the ledger, writes
``data/processed/inputs.sha256``: one ``sha256  path`` line per raw input it read (the
format of ``sha256sum``, so ``sha256sum -c`` checks it too). ``crosstally run`` compares
the raw inputs with it before any kernel starts (:func:`run_problems`): while they differ
it refuses, listing the validation errors if the inputs are invalid, or asking for a
build if they are valid but newer than the ledger. A notebook therefore never mixes the
last good ledger with rows the build refused (or has not seen).

Hashing only (no pandas): a run with nothing changed stays well under a second.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from .paths import Paths

# Every raw input the build reads, relative to the project root (globs allowed).
RAW_INPUTS = (
    "data/raw/sources.csv",
    "data/raw/documents.csv",
    "data/raw/figures.csv",
    "data/raw/rules/admin1.csv",
    "data/raw/rules/bound-profiles.yaml",
    "data/raw/documents/*",
)


def stamp_file(paths: Paths) -> Path:
    return paths.processed / "inputs.sha256"


def manifest(paths: Paths) -> str:
    """``sha256  path`` lines, sorted by path, for every raw input present."""
    files = set()
    for pattern in RAW_INPUTS:
        files |= {p for p in paths.root.glob(pattern) if p.is_file()}
    lines = []
    for path in sorted(files, key=lambda p: p.relative_to(paths.root).as_posix()):
        with open(path, "rb") as fh:
            digest = hashlib.file_digest(fh, "sha256").hexdigest()
        lines.append(f"{digest}  {path.relative_to(paths.root).as_posix()}\n")
    return "".join(lines)


def run_problems(paths: Paths) -> list[str]:
    """Why notebooks must not run now (empty: they may).

    Nothing is checked in a project without a raw ledger (``data/raw/figures.csv``).
    When the raw inputs are those the ledger was built from, nothing more is done;
    otherwise they are validated: invalid, the errors are returned; valid, a request to
    rebuild the ledger first.
    """
    if not paths.figures.exists():
        return []
    stamp = stamp_file(paths)
    current = manifest(paths)
    try:
        if stamp.read_text(encoding="utf-8") == current:
            return []
    except (OSError, UnicodeDecodeError):
        pass
    from .ledger import validate

    errors = [str(e) for e in validate(paths)]
    if errors:
        return errors + [
            f"the raw inputs have {len(errors)} error(s) and `crosstally build` refuses them: notebooks read only "
            "validated inputs, so no notebook runs until they are fixed and the ledger is rebuilt"]
    if not paths.ledger_parquet.exists():
        return ["there is no processed ledger yet: run `crosstally build` (or `crosstally all`) first"]
    return [f"the raw inputs changed since the ledger was built ({_rel(stamp, paths)} lists the inputs it was "
            "built from): run `crosstally build` (or `crosstally all`) first, so that the notebooks read the "
            "ledger, sources and documents of one validated state"]


def _rel(path: Path, paths: Paths) -> str:
    return path.relative_to(paths.root).as_posix()
