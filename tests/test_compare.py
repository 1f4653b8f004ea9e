"""Comparisons across claimants (small fixture ledger; real-ledger known cases at the end)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis_fixtures import ROWS, make_ledger
from crosstally import compare
from crosstally.tabulate import filter_figures


@pytest.fixture
def ledger():
    return filter_figures(make_ledger(), places=())  # campaign figures, as the notebooks see them


def test_relays_are_counted_once(ledger):
    claims = compare.collapse_relays(ledger)
    assert list(claims.columns) == list(compare.CLAIM_COLUMNS)
    assert len(claims) == len(ledger) - 1
    sohr = claims[claims["figure_ids"] == "S01;S02"].iloc[0]
    assert (sohr["n_figures"], sohr["n_outlets"], sohr["outlets"]) == (2, 2, "dailymail;jejaktapak")
    assert sohr["reported"] == "2015-10-20"
    counts = compare.relay_counts(ledger).set_index(["metric", "claimant"])
    assert counts.loc[("killed", "sohr")].tolist() == ["Syrian Observatory for Human Rights", 5, 4, 1, 4]


def test_collapse_keeps_every_wording_and_the_widest_bounds():
    rows = [ROWS[0], ROWS[1][:5] + ("nearly 370", "nearly") + ROWS[1][7:]]
    df = make_ledger(rows)
    df["origin_key"] = df["origin_key"].iloc[0]  # one claim, worded two ways
    claim = compare.collapse_relays(df).iloc[0]
    assert claim["value_as_reported"] == "370 | nearly 370"
    assert (claim["low"], claim["high"]) == (333, 370)


def test_empty_origin_key_is_an_error(ledger):
    bad = ledger.assign(origin_key=ledger["origin_key"].where(ledger["figure_id"] != "U01", ""))
    with pytest.raises(ValueError, match="U01"):
        compare.collapse_relays(bad)


def _summary(side, *key):
    summary = compare.comparison_summary(side)
    return summary[(summary[["metric", "population", "kind", "window"]] == pd.Series(key, index=[
        "metric", "population", "kind", "window"])).all(axis=1)]


def test_side_by_side_overlap_and_spread(ledger):
    side = compare.side_by_side(ledger)
    assert list(side.columns) == list(compare.SIDE_BY_SIDE_COLUMNS)
    displaced = side[(side["metric"] == "displaced") & (side["window"] == "2015-10")]
    assert list(displaced["value"]) == [120000, 100000, 50000, 35000, 30000]  # highest first
    # each claim counts another area or window, except UNHCR's two: only those are ranked together
    assert displaced["ranked"].all()
    reasons = dict(zip(displaced["figure_ids"], displaced["not_ranked_because"]))
    assert reasons["U01"] == reasons["U02"] == ""
    assert "area SY02;SY05;SY07" in reasons["O01"] and "area SY02;SY04;SY05" in reasons["N01"]
    rows = _summary(side, "displaced", "all", "total", "2015-10")
    assert sorted(rows["figure_ids"]) == ["N01", "O01", "U01;U02", "W01"]
    d = rows[rows["figure_ids"] == "U01;U02"].iloc[0]
    assert (d["claims"], d["claimants"], d["area"], d["count_window"]) == (2, 1, "SY02", "since ?")
    assert (d["lowest_claimant"], d["lowest_value"], d["highest_value"]) == ("unhcr", 30000, 50000)
    assert d["spread"] == round(50000 / 30000, 2)
    # about 30,000 [27,000, 33,000] and about 50,000 [45,000, 55,000] cannot both hold
    assert not d["ranges_overlap"] and pd.isna(d["common_low"])
    # the incident toll is not ranked against totals; a single claim has no overlap verdict
    incident = _summary(side, "killed", "civilians", "incident", "2015-10").iloc[0]
    assert incident["claims"] == 1 and pd.isna(incident["ranges_overlap"])


def _like(ledger, fid, new_id, claimant, **changes):
    """A copy of figure ``fid`` as another claimant's claim of the same thing."""
    row = ledger[ledger["figure_id"] == fid].assign(figure_id=new_id, **changes)
    row["claimant"] = pd.Categorical([claimant])
    from analysis_fixtures import SOURCES
    name, kind, party = SOURCES[claimant]
    row = row.assign(claimant_name=name, claimant_type=kind, claimant_is_party=party,
                     origin_key=row["origin_key"].astype("str") + "|" + new_id)
    return pd.concat([ledger, row], ignore_index=True)


def test_overlapping_ranges_give_the_common_stretch(ledger):
    df = _like(ledger, "O01", "W09", "us-cjtf-oir", value=35000.0, low=31500, high=125000,
               value_as_reported="35,000 to 125,000", qualifier="range")
    two = df[df["figure_id"].isin(["O01", "W09"])]
    summary = compare.comparison_summary(compare.side_by_side(two)).iloc[0]
    assert summary["claims"] == 2 and bool(summary["ranges_overlap"])
    assert (summary["common_low"], summary["common_high"]) == (120000, 125000)
    assert summary["spread"] == round(120000 / 35000, 2)


def test_party_vs_independent(ledger):
    # a party's count of the same thing OCHA counts (same area, window and perpetrators)
    df = _like(ledger, "O01", "W09", "us-cjtf-oir", value=35000.0, low=35000, high=35000, value_as_reported="35,000")
    table = compare.party_vs_independent(compare.side_by_side(df))
    assert list(table.columns) == list(compare.PARTY_COLUMNS)
    both = table.dropna(subset=["party_over_independent"])
    assert len(both) == 1
    d = both.iloc[0]
    assert (d["party_claimants"], d["party_highest"], d["party_figure_ids"]) == ("us-cjtf-oir", 35000, "W09")
    assert (d["independent_claimants"], d["independent_highest"]) == ("ocha", 120000)
    assert d["party_over_independent"] == round(35000 / 120000, 2)
    # W01, the party's count for all of Syria, is not set against OCHA's three governorates
    assert "W01" not in set(both["party_figure_ids"])
    sorties = table[table["metric"] == "sorties"].iloc[0]
    assert sorties["independent_claimants"] == "" and pd.isna(sorties["party_over_independent"])


def test_running_totals(ledger):
    totals = compare.running_totals(ledger)
    sohr = totals[(totals["claimant"] == "sohr") & (totals["population"] == "all")]
    assert list(sohr["as_of"]) == ["2015-10-20", "2015-10-29"]
    assert list(sohr["value"]) == [370, 600]
    assert list(sohr["step"]) == [1, 2]
    assert sohr["change"].tolist()[1] == 230
    assert list(sohr["figure_ids"]) == ["S01;S02", "S03"]
    # only cumulative_since figures: the incident S05 and period totals are not series points
    assert set(totals["figure_ids"]) >= {"X01", "X02", "R01", "S04"} 
    assert not set(totals["figure_ids"]) & {"S05", "O01", "U01", "W01"}


def _findings(df, kind):
    f = compare.findings(df)
    assert list(f.columns) == list(compare.FINDING_COLUMNS)
    return f[f["finding"] == kind]


def test_finding_running_total_decreased(ledger):
    found = _findings(ledger, "running_total_decreased")
    assert list(found["figure_ids"]) == ["X01;X02"]
    assert "fell from 500 (as of 2015-11-01) to 450 (as of 2015-11-15)" in found["detail"].iloc[0]


def test_finding_same_statement_different_values(ledger):
    found = _findings(ledger, "same_statement_different_values")
    # UNHCR's 23 October statement; not SOHR's 370, which two outlets carry alike.
    assert list(found["figure_ids"]) == ["U01;U02"]
    assert found["detail"].iloc[0] == (
        "statement of 2015-10-23 carried as: about 50,000 (Rozana FM, U01); about 30,000 (elnashra, U02)")
    # one outlet printing two numbers for one thing is one statement, several numbers too
    same_outlet = ledger.assign(outlet="rozana")
    assert _findings(same_outlet, "same_statement_different_values")["figure_ids"].tolist() == ["U01;U02"]


def test_counts_of_two_places_in_one_unit_are_not_one_statement_with_two_numbers(ledger):
    # UNHCR's two numbers of 23 October, given as the counts of two named towns of the same admin-1 unit:
    # two counts, not one statement carried with two numbers
    places = ledger.assign(place=ledger["figure_id"].map({"U01": "Eastmark", "U02": "Westfold"}).fillna(""))
    assert _findings(places, "same_statement_different_values").empty
    # the same place, written with other case and spacing, is still one statement
    same = ledger.assign(place=ledger["figure_id"].map({"U01": "Eastmark ", "U02": "eastmark"}).fillna(""))
    assert _findings(same, "same_statement_different_values")["figure_ids"].tolist() == ["U01;U02"]


def test_finding_same_period_and_wording_and_dates(ledger):
    df = ledger.copy()
    # a second outlet carries SOHR's 20 October total as 372 and states it on another day
    extra = df[df["figure_id"] == "S02"].assign(
        figure_id="S09", value=372.0, value_as_reported="372", statement_date="", published="2015-10-22")
    # a relay words OCHA's floor as a plain number; a date after publication
    wording = df[df["figure_id"] == "O01"].assign(figure_id="O02", qualifier="exact", outlet="foxnews")
    late = df[df["figure_id"] == "N01"].assign(figure_id="N02", published="2015-10-20",
                                              statement_date="", origin_key="nrc-late")
    df = pd.concat([df, extra, wording, late], ignore_index=True)
    f = compare.findings(df)
    assert set(f["finding"]) >= {"same_period_different_values", "same_claim_different_wording",
                                 "date_after_publication"}
    assert f.loc[f["finding"] == "same_period_different_values", "figure_ids"].tolist() == ["S01;S02;S09"]
    assert f.loc[f["finding"] == "same_claim_different_wording", "figure_ids"].tolist() == ["O01;O02"]
    late_row = f[f["finding"] == "date_after_publication"]
    assert late_row["figure_ids"].tolist() == ["N02"]
    assert "period_end 2015-10-26 is after the document's published date 2015-10-20" in late_row["detail"].iloc[0]


def test_findings_are_sorted_and_reproducible(ledger):
    a = compare.findings(ledger)
    b = compare.findings(ledger.sample(frac=1, random_state=3).reset_index(drop=True))
    pd.testing.assert_frame_equal(a, b)


def test_compare_window(ledger):
    table = compare.compare_window(ledger, "displaced", "2015-10-20", "2015-10-31")
    assert list(table.columns) == list(compare.COMPARE_WINDOW_COLUMNS)
    assert list(table["claimant"]) == ["nrc", "ocha", "unhcr", "unhcr", "us-cjtf-oir"]
    assert list(table["figure_ids"]) == ["N01", "O01", "U02", "U01", "W01"]
    # windows that end before the requested window are not compared
    assert compare.compare_window(ledger, "displaced", "2015-10-24", "2015-10-31")["figure_ids"].tolist() == ["N01"]
    aleppo = compare.compare_window(ledger, "displaced", "2015-10-20", "2015-10-31", places=["Aleppo"],
                                    admin1=pd.DataFrame({"pcode": ["SY02"], "name": ["Aleppo"], "aliases": [""]}))
    assert "us-cjtf-oir" not in set(aleppo["claimant"])  # whole-country figure left out
    incidents = compare.compare_window(ledger, "killed", "2015-10-01", "2015-10-31", include_incidents=True)
    assert "S05" in set(incidents["figure_ids"])
    assert "S05" not in set(compare.compare_window(ledger, "killed", "2015-10-01", "2015-10-31")["figure_ids"])
    civilians = compare.compare_window(ledger, "killed", "2015-10-01", "2015-10-31", population="civilians")
    assert set(civilians["population"]) == {"civilians"}


# --------------------------------------------------------------------------- real ledger

@pytest.fixture
def real():
    from crosstally.ledger import load_ledger

    return filter_figures(load_ledger(), period_start="2015-09-30", period_end="2015-12-31")


def test_real_late_october_displacement(real):
    table = compare.compare_window(real, "displaced", "2015-10-20", "2015-10-31")
    said = set(zip(table["claimant"], table["value_as_reported"]))
    assert {("ocha", "at least 120,000"), ("us-cjtf-oir", "35,000 | about 35,000"), ("nrc", "up to 100,000"),
            ("unhcr", "about 50,000"), ("unhcr", "about 30,000")} <= said
    assert table.loc[table["claimant"] == "us-cjtf-oir", "claimant_is_party"].all()


def test_real_sohr_running_total(real):
    totals = compare.running_totals(real)
    sohr = totals[(totals["claimant"] == "sohr") & (totals["metric"] == "killed")
                  & (totals["population"] == "all")]
    assert list(zip(sohr["as_of"], sohr["value_as_reported"]))[:2] == [
        ("2015-10-20", "370"), ("2015-10-29", "nearly 600")]
    civilians = totals[(totals["claimant"] == "sohr") & (totals["metric"] == "killed")
                       & (totals["population"] == "civilians")]
    assert {("2015-11-20", 403), ("2015-12-23", 710)} <= set(zip(civilians["as_of"], civilians["value"]))
    assert (civilians["change"].dropna() > 0).all()


def test_real_context_figure_is_not_a_contradiction(real):
    # Warren's briefing of 21 October gave Russian strikes (campaign) and US strikes
    # (context) in one breath: two counts, not one statement with two numbers.
    from crosstally.ledger import load_ledger

    f = compare.findings(filter_figures(load_ledger(), include_context=True))
    warren = f[(f["claimant"] == "us-cjtf-oir") & (f["metric"] == "strikes")]
    assert not any("F53" in ids for ids in warren["figure_ids"])
    assert warren["finding"].tolist() == ["same_claim_different_wording"]


def test_real_unhcr_same_statement_finding(real):
    f = compare.findings(real)
    unhcr = f[(f["finding"] == "same_statement_different_values") & (f["claimant"] == "unhcr")]
    assert unhcr["figure_ids"].tolist() == ["F42;F43"]
    assert "about 50,000" in unhcr["detail"].iloc[0] and "about 30,000" in unhcr["detail"].iloc[0]


def test_real_context_figures_are_listed_but_never_compared():
    from crosstally.ledger import load_ledger

    df = filter_figures(load_ledger(), include_context=True)
    assert {"F44", "F53"} <= set(df["figure_id"])  # listed
    side = compare.side_by_side(df)
    compared = {i for ids in side["figure_ids"] for i in ids.split(";")}
    assert not compared & {"F11", "F30", "F44", "F53", "S05"}
    assert not any(i in ids for ids in compare.comparison_summary(side)["figure_ids"] for i in ("F44", "F53"))


def test_running_totals_of_different_places_are_different_series(ledger):
    # SOHR's nationwide 600 and an Aleppo-only 120 since the same day: not a fall.
    aleppo = ledger[ledger["figure_id"] == "S03"].assign(
        figure_id="S09", admin1="SY02", value=120.0, value_as_reported="120", period_end="2015-11-05",
        statement_date="2015-11-05", published="2015-11-05")
    aleppo["origin_key"] = aleppo["origin_key"] + "|aleppo"
    both = pd.concat([ledger, aleppo], ignore_index=True)
    totals = compare.running_totals(both)
    sohr_all = totals[(totals["claimant"] == "sohr") & (totals["population"] == "all")]
    assert set(sohr_all["admin1"]) == {"SY", "SY02"}
    assert sohr_all.loc[sohr_all["admin1"] == "SY02", "step"].tolist() == [1]
    assert _findings(both, "running_total_decreased")["figure_ids"].tolist() == ["X01;X02"]


def test_real_snhr_october_report_273_and_276_is_a_finding(real):
    f = compare.findings(real)
    snhr = f[(f["finding"] == "same_period_different_values") & (f["claimant"] == "snhr")]
    assert snhr["figure_ids"].tolist() == ["F19t;F20"]
    assert "273" in snhr["detail"].iloc[0] and "276" in snhr["detail"].iloc[0]


def test_join_per_group_is_the_same_for_text_and_categoricals():
    """Distinct non-empty values per group, sorted and joined; a categorical (any order
    of categories, a missing value) gives what its text gives."""
    words = pd.Series(["b", "a", "", "b", None, "é", "a", "Z"], dtype="str")
    group = np.array([0, 0, 0, 1, 1, 1, 3, 3])
    as_text = list(compare._join_per_group(group, words.fillna(""), 4))
    assert as_text == ["a;b", "b;é", "", "Z;a"]
    categorical = words.astype(pd.CategoricalDtype(["é", "b", "Z", "a", ""]))
    assert list(compare._join_per_group(group, categorical, 4)) == as_text
