"""Staleness: what is committed is what the pipeline makes from a clean checkout.

The raw inputs, notebooks and parameter sets are copied into a scratch project; there
`crosstally all` rebuilds the ledger and executes every notebook with papermill for every
parameter set, as CI does. Every derived file (data/processed, figures, briefing) must
then equal the committed one byte for byte, and none may be missing or left over.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("data/raw", "notebooks", "params")
DERIVED = ("data/processed", "figures", "briefing")


def _files(root: Path) -> dict[str, bytes]:
    out = {}
    for sub in DERIVED:
        for p in sorted((root / sub).rglob("*")):
            if p.is_file() and not p.name.startswith("."):
                out[p.relative_to(root).as_posix()] = p.read_bytes()
    return out


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory) -> Path:
    scratch = tmp_path_factory.mktemp("clean-checkout")
    for sub in SOURCES:
        shutil.copytree(ROOT / sub, scratch / sub)
    shutil.copy2(ROOT / "crosstally.yaml", scratch / "crosstally.yaml")
    env = dict(os.environ, CROSSTALLY_ROOT=str(scratch))
    res = subprocess.run([sys.executable, "-m", "crosstally.cli", "all"], env=env, cwd=scratch,
                         capture_output=True, text=True, timeout=1800)
    assert res.returncode == 0, f"crosstally all failed:\n{res.stdout}\n{res.stderr}"
    return scratch


@pytest.mark.slow
def test_committed_outputs_are_current(regenerated):
    fresh, committed = _files(regenerated), _files(ROOT)
    problems = [f"{p}: missing from the repository" for p in sorted(set(fresh) - set(committed))]
    problems += [f"{p}: no longer produced by the pipeline" for p in sorted(set(committed) - set(fresh))]
    problems += [f"{p}: differs from a fresh regeneration" for p in sorted(set(fresh) & set(committed))
                 if fresh[p] != committed[p]]
    assert not problems, "stale outputs; run `make all` and commit:\n" + "\n".join(problems)


@pytest.mark.slow
def test_every_parameter_set_has_its_outputs(regenerated):
    for params in sorted((ROOT / "params").glob("*.yaml")):
        name = params.stem
        assert (regenerated / "briefing" / name / "briefing.pdf").is_file()
        assert any((regenerated / "figures" / name).glob("*.svg"))
        assert (regenerated / "data/processed/tables" / name / "comparison-summary.csv").is_file()
