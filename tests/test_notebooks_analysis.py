"""Execute notebooks 01-tabulate and 02-compare with papermill in a scratch copy of the
project (CROSSTALLY_ROOT), then check the tables they wrote."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import papermill as pm
import pytest

from crosstally.io import csv_bytes
from crosstally.ledger import load_ledger
from crosstally.paths import Paths
from crosstally.tables import COMPARISON_TABLES, TABULATION_TABLES, comparison_tables, tabulation_tables
from crosstally.tabulate import load_admin1

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
ALEPPO = {"run_name": "aleppo-october-2015", "places": ["SY02"],
          "period_start": "2015-10-01", "period_end": "2015-10-31"}
DEFAULTS = {"metrics": [], "places": [], "period_start": "2015-09-30", "period_end": "2015-12-31",
            "claimants": [], "include_context": False}


def run(name: str, out_dir: Path, parameters: dict) -> Path:
    out = out_dir / f"{name}-{parameters.get('run_name', 'default')}.ipynb"
    pm.execute_notebook(str(NOTEBOOKS / f"{name}.ipynb"), str(out), parameters=parameters,
                        kernel_name="crosstally", cwd=str(NOTEBOOKS), execution_timeout=300,
                        progress_bar=False)
    return out


def read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype="str", keep_default_na=False)


@pytest.fixture
def scratch(project_copy: Paths, monkeypatch) -> Paths:
    monkeypatch.setenv("CROSSTALLY_ROOT", str(project_copy.root))
    return project_copy


def test_notebooks_are_stored_clean():
    for name in ("01-tabulate", "02-compare"):
        nb = json.loads((NOTEBOOKS / f"{name}.ipynb").read_text(encoding="utf-8"))
        assert nb["metadata"]["kernelspec"]["name"] == "crosstally"
        assert nb["cells"][0]["cell_type"] == "markdown"
        code = [c for c in nb["cells"] if c["cell_type"] == "code"]
        assert all(c["outputs"] == [] and c["execution_count"] is None for c in code)
        tagged = [c for c in nb["cells"] if "parameters" in c["metadata"].get("tags", [])]
        assert len(tagged) == 1
        lines = "".join(tagged[0]["source"]).splitlines()
        declared = pm.inspect_notebook(str(NOTEBOOKS / f"{name}.ipynb"))
        assert list(declared) == ["run_name", "metrics", "places", "period_start", "period_end",
                                  "claimants", "bound_profile", "include_context"]
        assert all(" # " in line and ": " in line for line in lines)  # annotated and commented
        assert all(line.count("=") == 1 for line in lines)  # papermill cannot parse a second "="


@pytest.mark.slow
def test_default_run_writes_what_the_package_computes(scratch: Paths, tmp_path):
    for name in ("01-tabulate", "02-compare"):
        run(name, tmp_path, {})
    out = scratch.tables / "default"
    assert {p.stem for p in out.glob("*.csv")} >= set(TABULATION_TABLES + COMPARISON_TABLES)

    ledger = load_ledger(paths=scratch)
    expected = {**tabulation_tables(ledger, admin1=load_admin1(scratch.admin1), **DEFAULTS),
                **comparison_tables(ledger, admin1=load_admin1(scratch.admin1), **DEFAULTS)}
    for name, table in expected.items():
        assert (out / f"{name}.csv").read_bytes() == csv_bytes(table), name

    findings = read(out / "findings.csv")
    unhcr = findings[(findings["finding"] == "same_statement_different_values") & (findings["claimant"] == "unhcr")]
    assert unhcr["figure_ids"].tolist() == ["F42;F43"]
    totals = read(out / "running-totals.csv")
    sohr = totals[(totals["claimant"] == "sohr") & (totals["metric"] == "killed") & (totals["population"] == "all")]
    assert list(zip(sohr["as_of"], sohr["value_as_reported"]))[:2] == [("2015-10-20", "370"), ("2015-10-29", "nearly 600")]
    side = read(out / "side-by-side.csv")
    displaced = side[(side["metric"] == "displaced") & (side["window"] == "2015-10") & (side["population"] == "all")]
    said = set(zip(displaced["claimant"], displaced["value_as_reported"]))
    assert {("ocha", "at least 120,000"), ("us-cjtf-oir", "35,000 | about 35,000"), ("nrc", "up to 100,000"),
            ("unhcr", "about 50,000"), ("unhcr", "about 30,000")} <= said


@pytest.mark.slow
def test_aleppo_october_run(scratch: Paths, tmp_path):
    run("01-tabulate", tmp_path, ALEPPO)
    run("02-compare", tmp_path, ALEPPO)
    out = scratch.tables / ALEPPO["run_name"]
    first = {name: (out / f"{name}.csv").read_bytes() for name in TABULATION_TABLES + COMPARISON_TABLES}

    figures = read(out / "figures-by-claimant-date.csv")
    assert {"F42", "F43", "F36"} <= set(figures["figure_id"])
    assert not (figures["admin1"] == "SY").any()  # whole-country figures are left out ...
    summary = read(out / "filter-summary.csv").set_index("step")
    assert int(summary.loc["places: whole country", "rows_removed"]) > 0  # ... and counted
    assert int(summary["rows_left"].iloc[-1]) == len(figures)
    assert all(figures["period_end"].str[:7] >= "2015-10")
    coverage = dict(zip(figures["figure_id"], figures["place_coverage"]))
    assert (coverage["F42"], coverage["F34"]) == ("within", "spans_more")

    comparison = read(out / "comparison-summary.csv")
    d = comparison[(comparison["metric"] == "displaced") & (comparison["window"] == "2015-10")
                   & (comparison["population"] == "all") & (comparison["area"] == "SY02")].iloc[0]
    assert (d["lowest_claimant"], d["lowest_value_as_reported"]) == ("unhcr", "about 30,000")
    assert not comparison["claimant_ids"].str.contains("us-cjtf-oir").any()
    # only claims about one area are ranked together
    assert not comparison["area"].str.contains("|", regex=False).any()

    # a rerun writes the same bytes
    run("01-tabulate", tmp_path, ALEPPO)
    run("02-compare", tmp_path, ALEPPO)
    assert {name: (out / f"{name}.csv").read_bytes() for name in first} == first
