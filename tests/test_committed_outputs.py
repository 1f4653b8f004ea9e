"""Staleness: what is committed is what the pipeline makes from a clean checkout.

For each case (the Syria case at the top level, examples/mariupol-2022), its
crosstally.yaml, raw inputs, notebooks and parameter sets are copied into a scratch
folder; there `crosstally all` rebuilds the ledger and executes every notebook with
papermill for every parameter set, as CI does. Every derived file (data/processed,
figures, briefing) must then equal the committed one byte for byte, and none may be
missing or left over.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CASES = {"syria-2015": ROOT, "mariupol-2022": ROOT / "examples" / "mariupol-2022"}
SOURCES = ("data/raw", "notebooks", "params")
DERIVED = ("data/processed", "figures", "briefing")


def _files(root: Path) -> dict[str, bytes]:
    out = {}
    for sub in DERIVED:
        for p in sorted((root / sub).rglob("*")):
            # <set>--<change> folders are runs with parameters of their own (git-ignored)
            if any("--" in part for part in p.relative_to(root).parts):
                continue
            if p.is_file() and not p.name.startswith("."):
                out[p.relative_to(root).as_posix()] = p.read_bytes()
    return out


@pytest.fixture(scope="module", params=sorted(CASES))
def case(request) -> tuple[Path, Path]:
    """(the committed case, its regeneration in a scratch folder)."""
    source = CASES[request.param]
    scratch = Path(tempfile.mkdtemp(prefix=f"clean-{request.param}-"))
    request.addfinalizer(lambda: shutil.rmtree(scratch, ignore_errors=True))
    for sub in SOURCES:
        shutil.copytree(source / sub, scratch / sub)
    shutil.copy2(source / "crosstally.yaml", scratch / "crosstally.yaml")
    env = {k: v for k, v in os.environ.items() if k != "CROSSTALLY_ROOT"}
    res = subprocess.run([sys.executable, "-m", "crosstally.cli", "--case", str(scratch), "all"], env=env,
                         cwd=scratch, capture_output=True, text=True, timeout=1800)
    assert res.returncode == 0, f"crosstally all failed:\n{res.stdout}\n{res.stderr}"
    return source, scratch


@pytest.mark.slow
def test_committed_outputs_are_current(case):
    source, regenerated = case
    fresh, committed = _files(regenerated), _files(source)
    problems = [f"{p}: missing from the repository" for p in sorted(set(fresh) - set(committed))]
    problems += [f"{p}: no longer produced by the pipeline" for p in sorted(set(committed) - set(fresh))]
    problems += [f"{p}: differs from a fresh regeneration" for p in sorted(set(fresh) & set(committed))
                 if fresh[p] != committed[p]]
    assert not problems, f"stale outputs in {source}; run `make all` and commit:\n" + "\n".join(problems)


@pytest.mark.slow
def test_every_parameter_set_has_its_outputs(case):
    source, regenerated = case
    for params in sorted((source / "params").glob("*.yaml")):
        name = params.stem
        assert (regenerated / "briefing" / name / "briefing.pdf").is_file()
        assert any((regenerated / "figures" / name).glob("*.svg"))
        assert (regenerated / "data/processed/tables" / name / "comparison-summary.csv").is_file()
