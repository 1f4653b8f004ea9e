"""The second real case, examples/mariupol-2022: it builds its own ledger and briefing
from its own folder, and its known answers hold (the theatre's ~300 vs ~600 dead are
compared as incident tolls, only with incident tolls)."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

from crosstally import briefing, ledger as ledger_mod, scaffold, tables
from crosstally.case import load_config
from crosstally.paths import Paths

CASE = Path(__file__).resolve().parents[1] / "examples" / "mariupol-2022"


@pytest.fixture(scope="module")
def built():
    """The committed case, read only: tests/test_committed_outputs.py proves its derived
    files are what `crosstally all` makes from its raw data, so they are not rebuilt here."""
    paths = Paths(CASE)
    run = briefing.RunParams.from_yaml(paths.params / "default.yaml", case=load_config(CASE))
    out = SimpleNamespace(html=paths.briefing_dir / "default" / "briefing.html",
                          pdf=paths.briefing_dir / "default" / "briefing.pdf",
                          facts_frame=pd.read_csv(paths.tables / "default" / "briefing-facts.csv",
                                                  dtype={"figure_ids": "str", "claimant": "str"},
                                                  keep_default_na=False))
    return paths, run, out


def test_the_case_meets_the_curation_bar(built):
    paths = built[0]
    assert ledger_mod.validate(paths) == []
    led = ledger_mod.load_ledger(None, paths)
    assert len(led) >= 20 and led["claimant"].nunique() >= 6
    claimants = set(led["claimant"].astype(str))
    assert {"mariupol-city-council", "russia-mod", "ohchr", "osce-moscow-mechanism", "ap"} <= claimants
    assert claimants & {"amnesty", "hrw"}
    docs = ledger_mod.load_documents(paths)
    held = set(docs.loc[docs["text_file"] != "", "document_id"])
    assert len(held) >= 4
    quoted = led[led["document_id"].astype(str).isin(held)]
    assert len(quoted) and quoted["quote_verified"].astype(str).isin(["true", "True"]).all()
    assert set(led["admin1"].astype(str)) <= {"UA", "UA14"}  # Ukraine's OCHA p-codes; Mariupol is in UA14


def test_the_incident_toll_is_compared_only_with_incident_tolls(built):
    paths, run, _ = built
    led = ledger_mod.load_ledger(run.bound_profile, paths)
    df = briefing.select(led, run, paths)
    comps = briefing.comparison_frames(df, run, paths)
    by_title = {c.title: f for c, f in comps}
    theatre = by_title["Killed in the theatre, 16 March 2022: incident tolls only"]
    assert set(theatre["counting_basis"].astype(str)) == {"incident"}
    by_claimant = theatre.groupby("claimant", observed=True)["value"].max()
    assert by_claimant["mariupol-city-council"] == 300 and by_claimant["ap"] == 600  # the disagreement
    for title, frame in by_title.items():
        if frame is not theatre:
            assert "incident" not in set(frame["counting_basis"].astype(str)), title
    # The comparison tables group incidents apart from totals too.
    side = tables.comparison_tables(led, period_start=run.period_start, period_end=run.period_end)["side-by-side"]
    assert ((side["kind"] == "incident") == (side["counting_basis"].astype(str) == "incident")).all()
    theatre_rows = side[side["figure_ids"].str.contains(r"\bM01\b")]
    assert len(theatre_rows) == 1 and theatre_rows["kind"].iloc[0] == "incident"


def test_the_briefing_is_the_case_s_own_and_every_number_traces(built):
    paths, run, out = built
    html = out.html.read_text(encoding="utf-8")
    assert "<h1>Reported figures: the Mariupol drama theatre strike, 16 March 2022</h1>" in html
    assert "Ukraine, all oblasts" in html and "Syria" not in html
    assert out.pdf.read_bytes().startswith(b"%PDF")
    led = ledger_mod.load_ledger(run.bound_profile, paths).set_index("figure_id")
    facts = out.facts_frame
    assert len(facts) > 20
    for f in facts.itertuples():
        rows = led.loc[f.figure_ids.split(";")]
        if f.kind == "value":  # one claimant's number, or one number several claimants gave ("all at 300")
            claimants = set(rows["claimant"].astype(str))
            assert claimants == {f.claimant} if f.claimant else len(claimants) > 1, f.fact_id
            assert (rows["value"].astype("float64") == f.number).all(), f.fact_id
    # The disagreement in numbers: the city council's ~300 and AP's ~600, each traced to its rows.
    values = facts[facts["kind"] == "value"]
    council = values[(values["number"] == 300) & values["figure_ids"].str.contains(r"\bM02\b")]
    ap = values[(values["claimant"] == "ap") & (values["number"] == 600)]
    assert len(council) and len(ap)


def test_the_notebooks_open_with_the_case_s_defaults():
    """Opened in JupyterLab as stored, the case's notebooks run on 16 March to 30 June 2022
    (its params/default.yaml), not on the reference case's 2015 period."""
    from test_case import assert_notebooks_open_with_the_case_defaults

    assert_notebooks_open_with_the_case_defaults(Paths(CASE), ("2022-03-16", "2022-06-30"))


def test_the_committed_notebooks_are_the_installed_package_s():
    """examples/mariupol-2022/notebooks are copies made by `crosstally upgrade` (make all runs it)."""
    status = scaffold.notebook_status(Paths(CASE))
    assert not (status.added or status.updated or status.edited), (
        "run `crosstally --case examples/mariupol-2022 upgrade` (make all does): "
        f"{status.added + status.updated + status.edited}")
