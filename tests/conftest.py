"""Shared fixtures: a scratch copy of the project's inputs, so tests never touch the real outputs."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from crosstally.paths import Paths

# pandera imports its strategies (hypothesis.extra.numpy) on its first validation, on the
# validator's worker thread; under pytest, hypothesis's modules are compiled from source by
# the assertion rewriter, and compiling there while the main thread runs ast.parse (bound
# rule expressions) trips CPython 3.11's AST recursion-depth check ("AST constructor recursion
# depth mismatch", a race). Importing them here, once, on the main thread avoids it.
import pandera.backends.pandas.builtin_checks  # noqa: E402,F401

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def project_copy(tmp_path) -> Paths:
    """A copy of data/raw and data/processed in a temporary root."""
    for sub in ("data/raw", "data/processed"):
        shutil.copytree(ROOT / sub, tmp_path / sub)
    return Paths(tmp_path)
