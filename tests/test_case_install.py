"""Issue 10's "done when", as a user does it: a non-editable install of crosstally into a
fresh venv outside the repository, then `crosstally init` a Sudan case in a temporary
folder, `crosstally all` on it empty (an honest "no figures yet" briefing), register a
document, write one figure row, and `crosstally all` again: a ledger, tables and a
briefing PDF and HTML. No Jupyter kernel is registered in that venv.

To stay well under two minutes without downloading the pinned libraries again, the fresh
venv sees this environment's installed dependencies through a ``.pth`` file naming a
folder of links to them, crosstally itself (and its editable hook) left out; crosstally
is installed from a wheel built from a copy of this checkout (`pip wheel`, with build
isolation: setuptools comes from the pip cache or PyPI).
"""
from __future__ import annotations

import csv
import hashlib
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(cmd, cwd, env, timeout=600) -> subprocess.CompletedProcess:
    res = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert res.returncode == 0, f"{' '.join(map(str, cmd))} failed:\n{res.stdout}\n{res.stderr}"
    return res


def _checkout_copy(dest: Path) -> None:
    """The checkout as a clone would have it, plus uncommitted work (not ignored files)."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, capture_output=True, check=True).stdout.decode().split("\0")
    for rel in filter(None, listed):
        src = ROOT / rel
        if src.is_file():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / rel)


def _fresh_venv(where: Path) -> Path:
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(where)], check=True)
    python = where / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    deps = where / "deps"
    deps.mkdir()
    ours = Path(sysconfig.get_paths()["purelib"])
    for entry in ours.iterdir():
        name = entry.name
        if name.startswith(("crosstally", "__editable__", "_distutils_hack")) or name.endswith(".pth"):
            continue
        (deps / name).symlink_to(entry)
    (site / "deps.pth").write_text(str(deps) + "\n", encoding="utf-8")
    return python


def _append(path: Path, row: dict) -> None:
    with open(path, newline="", encoding="utf-8") as fh:
        columns = next(csv.reader(fh))
    with open(path, "a", newline="", encoding="utf-8") as fh:
        csv.DictWriter(fh, fieldnames=columns, lineterminator="\n").writerow(row)


@pytest.mark.slow
def test_a_non_editable_install_builds_a_new_sudan_case(tmp_path):
    src, wheels = tmp_path / "clone", tmp_path / "wheels"
    _checkout_copy(src)
    env = {k: v for k, v in os.environ.items() if k not in ("CROSSTALLY_ROOT", "PYTHONPATH", "VIRTUAL_ENV")}
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(wheels), str(src)], tmp_path, env)
    python = _fresh_venv(tmp_path / "venv")
    (wheel,) = wheels.glob("crosstally-*.whl")
    _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index",
          "--quiet", str(wheel)], tmp_path, env)
    crosstally = [str(python), "-m", "crosstally.cli"]
    where = _run([str(python), "-c", "import crosstally; print(crosstally.__file__)"], tmp_path, env).stdout
    assert str(tmp_path / "venv") in where and str(ROOT) not in where  # the installed copy, not the checkout
    assert not (tmp_path / "venv" / "share" / "jupyter" / "kernels").exists()  # no kernel registered

    # The notebooks the wheel ships are this repository's, byte for byte.
    shipped = Path(where.strip()).parent / "_shipped" / "notebooks"
    assert {p.name: p.read_bytes() for p in shipped.iterdir()} == {
        p.name: p.read_bytes() for p in (ROOT / "notebooks").iterdir() if p.suffix in (".ipynb", ".yaml")}

    work = tmp_path / "somewhere"
    work.mkdir()
    _run(crosstally + ["init", "sudan", "--country", "SD"], work, env)
    case = work / "sudan"
    assert "valid" in _run(crosstally + ["validate"], case, env).stdout
    _run(crosstally + ["all"], case, env)
    html = (case / "briefing/default/briefing.html").read_text(encoding="utf-8")
    assert "No figures yet" in html and "Reported figures: Sudan" in html

    # Register a document, its claimant and outlet, and one figure row.
    text = "Synthetic test text. The monitor said at least 120 civilians had been killed in El Fasher.\n"
    (case / "data/raw/documents/monitor-2024-05-01.txt").write_text(text, encoding="utf-8")
    _append(case / "data/raw/sources.csv", {"source_id": "monitor", "name": "Example Monitor",
                                            "type": "monitoring_ngo", "party_to_conflict": "false"})
    _append(case / "data/raw/sources.csv", {"source_id": "example-news", "name": "Example News", "type": "media",
                                            "party_to_conflict": "false"})
    _append(case / "data/raw/documents.csv", {
        "document_id": "monitor-2024-05-01", "title": "Example report", "outlet": "example-news",
        "url": "https://example.org/report", "published": "2024-05-01", "date_certainty": "stated",
        "language": "en", "text_file": "monitor-2024-05-01.txt",
        "sha256": hashlib.sha256(text.encode()).hexdigest(), "notes": "synthetic test document"})
    _append(case / "data/raw/figures.csv", {
        "figure_id": "X1", "document_id": "monitor-2024-05-01", "claimant": "monitor", "outlet": "example-news",
        "metric": "killed", "population": "civilians", "unit": "people", "value_as_reported": "at least 120",
        "qualifier": "at_least", "value": "120", "attribution": "not_attributed", "place": "El Fasher",
        "admin1": "SD-DN", "period_start": "2024-04-10", "period_end": "2024-05-01", "date_precision": "day",
        "as_of": "2024-05-01", "counting_basis": "cumulative_since", "statement_date": "2024-05-01",
        "published": "2024-05-01", "date_certainty": "stated", "scope": "campaign",
        "quote": "at least 120 civilians had been killed", "url": "https://example.org/report", "language": "en",
        "perpetrator_scope": "all_or_unspecified", "completeness": "full", "status": "current"})
    _run(crosstally + ["all"], case, env)

    ledger = (case / "data/processed/ledger.csv").read_text(encoding="utf-8").splitlines()
    assert len(ledger) == 2 and '"X1"' in ledger[1]
    assert "monitor" in (case / "data/processed/tables/default/figures-by-claimant-date.csv").read_text("utf-8")
    html = (case / "briefing/default/briefing.html").read_text(encoding="utf-8")
    assert "No figures yet" not in html and "Example Monitor" in html and "Sudan, all states" in html
    assert (case / "briefing/default/briefing.pdf").read_bytes().startswith(b"%PDF")
    assert (case / "figures/default/timeline-killed.svg").is_file()
