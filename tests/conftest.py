"""Shared fixtures: a scratch copy of the project's inputs, so tests never touch the real outputs."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from crosstally.paths import Paths

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def project_copy(tmp_path) -> Paths:
    """A copy of the Syria case's crosstally.yaml, data/raw and data/processed in a temporary root."""
    for sub in ("data/raw", "data/processed"):
        shutil.copytree(ROOT / sub, tmp_path / sub)
    shutil.copy2(ROOT / "crosstally.yaml", tmp_path / "crosstally.yaml")
    return Paths(tmp_path)
