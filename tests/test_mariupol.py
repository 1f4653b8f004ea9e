"""The second real case, examples/mariupol-2022: it builds its own ledger and briefing
from its own folder, and its known answers hold (the theatre's ~300 vs ~600 dead are
compared as incident tolls, only with incident tolls)."""
from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

from crosstally import briefing, compare, ledger as ledger_mod, scaffold, tables
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


def test_the_committed_notebooks_are_the_installed_package_s():
    """examples/mariupol-2022/notebooks are copies made by `crosstally upgrade` (make all runs it)."""
    status = scaffold.notebook_status(Paths(CASE))
    assert not (status.added or status.updated or status.edited), (
        "run `crosstally --case examples/mariupol-2022 upgrade` (make all does): "
        f"{status.added + status.updated + status.edited}")


# ------------------------------------------------------------------ the curated comparability columns


@pytest.fixture(scope="module")
def curated(built):
    """The ledger (figure_id index) and the default run's comparison tables."""
    paths, run, _ = built
    led = ledger_mod.load_ledger(run.bound_profile, paths)
    t = tables.comparison_tables(led, period_start=run.period_start, period_end=run.period_end)
    return led.set_index("figure_id", drop=False), t


def _side_row(t, figure_id: str) -> pd.Series:
    side = t["side-by-side"]
    rows = side[side["figure_ids"].str.split(";").map(lambda ids: figure_id in ids)]
    assert len(rows) == 1, figure_id
    return rows.iloc[0]


def test_no_comparability_column_is_left_at_its_default(curated):
    led, _ = curated
    assert set(led["perpetrator_scope"].astype(str)) >= {"campaign_force", "all_or_unspecified", "not_applicable"}
    assert set(led["completeness"].astype(str)) == {"full", "partial", "floor_from_sample"}
    assert set(led.index[led["status"].astype(str) == "superseded"]) == {"M37", "M39"}
    assert (led["same_statement_as"].astype(str) != "").sum() >= 15
    # every partial count and floor says why, in words
    not_full = led[led["completeness"].astype(str) != "full"]
    assert (not_full["completeness_basis"].astype(str).str.len() > 20).all()


def test_the_theatre_tolls_count_one_air_strike_and_russia_s_denial_its_own_aviation_only(curated):
    led, _ = curated
    theatre = led[(led["metric"] == "killed") & (led["counting_basis"] == "incident")]
    assert set(theatre["perpetrator_scope"].astype(str)) == {"campaign_force"}
    assert led.loc["M44", "perpetrator_scope"] == "campaign_force"  # 'the aviation under their command'
    assert led.loc["M44", "attribution"] == "denied" and led.loc["M44", "value"] == 0
    sheltering = led[led["notes"].astype(str).str.startswith("sheltering")]
    assert len(sheltering) >= 10 and set(sheltering["perpetrator_scope"].astype(str)) == {"not_applicable"}


def test_the_adviser_s_theatre_toll_of_300_is_superseded_by_his_later_600(curated):
    led, t = curated
    m37 = led.loc["M37"]
    assert (m37["status"], m37["superseded_by"]) == ("superseded", "M62")
    assert led.loc["M62", "claimant"] == m37["claimant"] and led.loc["M62", "value"] == 600
    assert "Almost 600 civilians" in m37["status_words"]
    assert _side_row(t, "M37")["not_ranked_because"] == "superseded by M62"
    # the city council's own "about 300" was never revised: it stays current and ranked
    assert _side_row(t, "M17")["ranked"]


def test_the_adviser_s_first_count_of_people_inside_is_superseded_by_his_later_one(curated):
    led, t = curated
    m39 = led.loc["M39"]
    assert (m39["status"], m39["superseded_by"], m39["claimant"]) == ("superseded", "M38", led.loc["M38", "claimant"])
    assert "record of who was in the theater" in m39["status_words"]
    row = _side_row(t, "M39")
    assert not row["ranked"] and row["not_ranked_because"] == "superseded by M38"
    assert _side_row(t, "M38")["ranked"]


def test_statements_carried_again_are_one_claim(curated):
    led, t = curated
    key = led["origin_key"].astype(str)
    # RFE/RL's "about 600 civilians" is AP's "close to 600 people": one claim, counted once
    assert key["M28"] == key["M01"] and led.loc["M28", "population"] != led.loc["M01", "population"]
    # the Kyiv Independent's "dozens" is Amnesty's "at least a dozen"
    assert key["M55"] == key["M13"] == key["M11"]
    # Republic World's "1,035 ... on Mariupol since March 9" is Bogner's whole-Ukraine count of 25 March
    assert key["M57"] == key["M19"] and led.loc["M57", "scope"] == "context"
    ap = _side_row(t, "M01")
    assert set(ap["figure_ids"].split(";")) == {"M01", "M10", "M28", "M29", "M31"}
    council = _side_row(t, "M17")
    assert set(council["figure_ids"].split(";")) == {"M02", "M09", "M17", "M25", "M26", "M59"}
    # OHCHR's two whole-Ukraine counts are two days of one running total, not one statement
    assert (led.loc["M19", "period_end"], led.loc["M53", "period_end"]) == ("2022-03-23", "2022-03-24")


def test_what_the_comparisons_rank_and_what_they_set_aside(curated):
    _, t = curated
    # the theatre: the council's ~300 (and the adviser's, the officials') against AP's ~600 ...
    theatre = t["side-by-side"][(t["side-by-side"]["kind"] == "incident") & (t["side-by-side"]["metric"] == "killed")
                                & (t["side-by-side"]["population"] == "all")]
    ranked = theatre[theatre["ranked"]]
    assert set(ranked["claimant"].astype(str)) == {"ap", "mariupol-city-council", "ukraine-officials"}
    # ... while Amnesty's identified dead and the field kitchen's dead are floors and parts, set aside
    assert _side_row(t, "M13")["not_ranked_because"].startswith("partial count (a floor from a sample): ")
    assert _side_row(t, "M03")["not_ranked_because"].startswith("partial count: ")
    assert "field kitchen" in _side_row(t, "M03")["not_ranked_because"]
    # OHCHR's 1,348 verified deaths are a floor, not an estimate against the mayor's "more than 10,000"
    assert "likely higher" in _side_row(t, "M20")["not_ranked_because"]
    assert _side_row(t, "M49")["ranked"]
    # people who left: evacuations by Russia and forced transfers are kinds of leaving, not rival totals
    for fid in ("M45", "M47", "M50"):
        assert _side_row(t, fid)["not_ranked_because"].startswith("partial count: "), fid
    assert _side_row(t, "M22")["ranked"]
    summary = t["comparison-summary"]
    killed_theatre = summary[(summary["metric"] == "killed") & (summary["kind"] == "incident")
                             & (summary["population"] == "all")]
    assert len(killed_theatre) == 1
    s = killed_theatre.iloc[0]
    assert (s["lowest_value"], s["highest_value"], s["highest_claimant"]) == (300, 600, "ap")


def test_several_witnesses_are_several_accounts_not_one_statement(curated):
    led, _ = curated
    found = compare.findings(led.reset_index(drop=True))
    statements = found[found["finding"] == "same_statement_different_values"]
    assert not statements["claimant"].isin(["theatre-witnesses", "hrw-interviewees"]).any()
    assert statements["claimant"].tolist() == ["amnesty"]  # "at least a dozen" relayed as "dozens"
    periods = found[found["finding"] == "same_period_different_values"]
    assert {"theatre-witnesses", "hrw-interviewees"} <= set(periods["claimant"])


def test_the_briefing_never_ranges_from_a_claim_to_itself(built):
    html = built[2].html.read_text(encoding="utf-8")
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html))
    assert not re.search(r"from ([^;:]+?\[[^\]]+\]) to \1", text)
    assert ("parties to the conflict said the same number in other words: an estimated 300 (Mariupol City "
            "Council) [M02; M09; M17; M25; M26; M59] and at least 300 (Ukrainian officials) [M27]") in text
    assert "witnesses's" not in text and "interviewees's" not in text
