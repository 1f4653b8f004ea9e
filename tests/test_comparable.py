"""Comparisons an analyst can defend (issue 14): each case the independent check found,
and how it is now handled, on the real ledger; plus the validation rules behind them."""
from __future__ import annotations

import csv
import io
import re

import pandas as pd
import pytest

from crosstally import briefing, compare
from crosstally.ledger import load_ledger, validate
from crosstally.tables import comparison_tables
from crosstally.tabulate import filter_figures

FIG = "data/raw/figures.csv"


@pytest.fixture(scope="module")
def tables():
    return comparison_tables(load_ledger(), period_start="2015-09-30", period_end="2015-12-31")


@pytest.fixture(scope="module")
def aleppo():
    return comparison_tables(load_ledger(), places=["SY02"], period_start="2015-10-01", period_end="2015-10-31")


def _side(tables, *ids):
    side = tables["side-by-side"]
    return side[side["figure_ids"].isin(ids)].set_index("figure_ids")


def _set_of(tables, fid):
    """The summary row (comparable set) whose claims include figure ``fid``."""
    s = tables["comparison-summary"]
    rows = s[s["figure_ids"].str.split(";").map(lambda ids: fid in ids)]
    return rows.iloc[0] if len(rows) else None


# ------------------------------------------------------------------ 1-2: perpetrators, partial counts

def test_case1_all_perpetrators_are_not_ranked_with_russian_strikes(tables):
    # SNC's 436 counts every perpetrator: alone in its set, never the "highest" of the others
    snc = _side(tables, "F46").loc["F46"]
    assert snc["perpetrator_scope"] == "all_or_unspecified"
    assert "perpetrators: all or unspecified perpetrators" in snc["not_ranked_because"]
    october = _set_of(tables, "F18")
    assert october["highest_claimant"] != "snc" and "F46" not in october["figure_ids"].split(";")
    # SOHR's 127 of 20 October (F02) is an earlier step of its own running total, which
    # stood at 185 on 29 October (F07): a series that grows, not a claim against SNHR's
    assert october["figure_ids"] == "F07;F18"
    f02 = _side(tables, "F02").loc["F02"]
    assert not f02["ranked"] and f02["not_ranked_because"] == compare.EARLIER_STEP + "2015-10-29"
    # no party/independent ratio stands on SNC against Russian-only counts (was 1.66)
    pvi = tables["party-vs-independent"]
    assert not ((pvi["party_claimants"] == "snc") & pvi["party_over_independent"].notna()).any()


def test_case2_december_cluster_floor_and_combined_forces_are_not_ranked(tables):
    side = _side(tables, "F29", "F14", "F24")
    assert not side.loc["F29", "ranked"]  # a floor from the attacks HRW documented
    assert side.loc["F29", "not_ranked_because"].startswith("partial count (a floor from a sample)")
    assert side.loc["F14", "perpetrator_scope"] == "several_forces"  # Russian and regime strikes
    december = _set_of(tables, "F24")
    assert december["figure_ids"] == "F15;F23;F24"  # Airwars, SOHR, SNHR running totals since 30 Sept
    assert december["lowest_claimant"] == "snhr" and december["spread"] == round(1098 / 570, 2)  # was 31.37


# ------------------------------------------------------------------ 3-5: units, bases, incidents

def test_case3_24_hour_counts_are_not_ranked_with_running_totals(tables):
    running = _set_of(tables, "F58")
    # the ministry's own 669 of 16 October (F54) is an earlier step of the series that
    # stood at 1,391 on 30 October: not ranked against it
    assert running["figure_ids"] == "F58" and running["basis"] == "running total"
    assert _side(tables, "F54").loc["F54", "not_ranked_because"] == compare.EARLIER_STEP + "2015-10-30"
    for fid in ("F55", "F60", "F56", "F57"):
        row = _set_of(tables, fid)
        assert row["claims"] == 1 and row["basis"] == "period total", fid
    assert _set_of(tables, "F59")["figure_ids"] == "F59"  # 800 targets since 30 Sept, alone


def test_case4_attacks_and_facilities_hit_are_different_units(tables):
    side = _side(tables, "F31", "F33")
    assert (side.loc["F31", "unit"], side.loc["F33", "unit"]) == ("events", "facilities")
    assert "counts facilities" in side.loc["F33", "not_ranked_because"]
    assert _set_of(tables, "F31")["figure_ids"] == "F31" and _set_of(tables, "F33")["figure_ids"] == "F33"


def test_case5_two_different_incidents_are_not_a_contradiction(tables):
    # SOHR's 9 in northern Homs on 15 Oct and OCHA's 10 in Sarmin on 20 Oct
    for fid in ("F08", "F41"):
        row = _set_of(tables, fid)
        assert row["claims"] == 1 and pd.isna(row["ranges_overlap"]), fid
    # the same market strike in Ariha on 29 Nov, by two claimants, is compared
    ariha = _set_of(tables, "F27")
    assert ariha["figure_ids"] == "F17;F27" and bool(ariha["ranges_overlap"])


# ------------------------------------------------------------------ 6-8: partial counts and areas in words

def test_case6_amnesty_floor_from_a_sample_is_a_partial_count(tables):
    f26 = _side(tables, "F26").loc["F26"]
    assert not f26["ranked"] and "more than 25 Russian attacks" in f26["not_ranked_because"]
    november = _set_of(tables, "F12")
    assert november["figure_ids"] == "F09;F12" and november["lowest_value"] == 403  # not "at least 200"
    ledger = filter_figures(load_ledger(), period_start="2015-09-30", period_end="2015-12-31")
    words = briefing.Briefing(ledger).stated(["F26"])
    assert "".join(p if isinstance(p, str) else p.text for p in words) == "at least 200 (partial count)"


def _text(run_name: str) -> str:
    from pathlib import Path

    page = (Path(__file__).resolve().parents[1] / "briefing" / run_name / "briefing.html").read_text(encoding="utf-8")
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", re.sub(r"<img[^>]*>", "", page)))


def test_case7_aleppo_summary_counts_and_names_the_other_areas():
    text = _text("aleppo-october-2015")
    assert ("9 of these figures also cover other governorates (Damascus, Deir-ez-Zor, Hama, Homs, Idleb and "
            "Lattakia): they are not counts for Aleppo alone.") in text


def test_case8_no_range_mixes_areas(tables, aleppo):
    for t in (tables, aleppo):
        assert not t["comparison-summary"]["area"].str.contains("|", regex=False).any()
        assert t["comparison-summary"].groupby(list(compare.GROUP_KEY + compare.SET_KEY)).size().max() == 1
    text = _text("aleppo-october-2015")
    assert "from about 30,000 (UNHCR) [F43] to at least 123,842" not in text
    assert "In Aleppo (running totals from an unstated start, all or unspecified perpetrators), only UNHCR" in text
    assert "claims, as the outlets that carried them give them: from about 30,000 (UNHCR) [F43] to about " \
           "50,000 (UNHCR) [F42]" in text
    # OCHA's own count that stood at 120,000 and then at 123,842 is a series that grows, not a range
    assert "from at least 120,000 (OCHA) [F34; S04] to at least 123,842 (OCHA) [F38]" not in text
    assert "earlier step of a claimant’s own running total" in text or \
        "earlier step of a claimant&#x27;s own running total" in text


# ------------------------------------------------------------------ 9: status

def test_case9_superseded_estimate_stays_but_drives_no_contradiction(tables):
    f37 = _side(tables, "F37").loc["F37"]
    assert (f37["status"], f37["superseded_by"], f37["ranked"]) == ("superseded", "F34", False)
    assert f37["not_ranked_because"] == "superseded by F34"
    ocha = _set_of(tables, "F38")
    # OCHA's own 120,000 (F34, S04 carrying it) is an earlier step of its count that stood
    # at 123,842 on 30 October: one series, no "cannot all be right" and no spread either
    assert ocha["figure_ids"] == "F38" and ocha["claims"] == 1
    assert _side(tables, "F34;S04").loc["F34;S04", "not_ranked_because"].startswith(compare.EARLIER_STEP)
    totals = tables["running-totals"].set_index("figure_ids")
    assert totals.loc["F37", "note"] == "not a step: superseded by F34" and pd.isna(totals.loc["F37", "step"])
    assert not tables["findings"]["figure_ids"].str.contains("F37").any()
    ledger = load_ledger().set_index("figure_id")
    assert "from 50,000 to 120,000" in ledger.loc["F37", "status_words"]


# ------------------------------------------------------------------ 10-11: ties and findings

def test_case10_one_statement_two_numbers_is_not_a_running_total_step(tables):
    totals = tables["running-totals"]
    unhcr = totals[totals["claimant"] == "unhcr"]
    assert unhcr["step"].tolist() == [1, 1] and unhcr["change"].isna().all()
    assert set(unhcr["note"]) == {"one statement, several numbers: not a step"}
    found = tables["findings"]
    assert found.loc[found["finding"] == "same_statement_different_values", "figure_ids"].tolist() == ["F42;F43"]


def test_case10_a_drop_after_a_same_day_pair_is_not_hidden():
    from analysis_fixtures import ROWS, make_ledger

    # a claimant's two numbers on 1 Nov (500 and 520), then 450 on 15 Nov; and 300, 320
    # on one day after 450: ties are no steps, a clean fall is still found
    rows = [r for r in ROWS if r[0] in ("X01", "X02")]
    rows.insert(1, ("X05",) + rows[0][1:5] + ("520", "exact", 520) + rows[0][8:])
    totals = compare.running_totals(make_ledger(rows))
    assert totals["value"].tolist() == [500, 520, 450]
    assert totals["step"].tolist() == [1, 1, 2] and totals["change"].isna().all()
    rows.append(("X06",) + rows[0][1:5] + ("400", "exact", 400) + rows[0][8:9] + (
        "2015-09-30", "2015-11-20", "", "2015-11-21") + rows[0][13:])
    totals = compare.running_totals(make_ledger(rows))
    assert totals["step"].tolist() == [1, 1, 2, 3] and totals["change"].tolist()[3] == -50
    found = compare.findings(make_ledger(rows))
    assert found.loc[found["finding"] == "running_total_decreased", "figure_ids"].tolist() == ["X02;X06"]


def test_case11_same_period_different_numbers_from_one_outlet_is_explained_by_scope(tables):
    found = tables["findings"]
    sohr = found[(found["finding"] == "same_period_different_values") & (found["claimant"] == "sohr")]
    assert sohr["figure_ids"].tolist() == ["F13;F14"]  # both in SOHR's own page of 15 December
    assert sohr["explained_by"].iloc[0] == "perpetrators differ (campaign_force vs several_forces)"
    snhr = found[(found["finding"] == "same_period_different_values") & (found["claimant"] == "snhr")]
    assert snhr["figure_ids"].tolist() == ["F19t;F20"] and snhr["explained_by"].iloc[0] == ""


# ------------------------------------------------------------------ 12: counting and dates

def test_case12_one_statement_counts_once(tables):
    claims = tables["claims"].set_index("figure_ids")
    assert {"F34;S04", "F52;S02"} <= set(claims.index)
    frame = compare.compare_window(filter_figures(load_ledger()), "displaced", "2015-10-20", "2015-10-31")
    assert (len(frame), frame["claimant"].nunique()) == (9, 4)  # was "11 claims from 4 claimants"
    found = tables["findings"]
    warren = found[(found["finding"] == "same_claim_different_wording") & (found["metric"] == "displaced")]
    assert warren["figure_ids"].tolist() == ["F52;S02"]


def test_case12_s04_stands_at_its_statement():
    s04 = load_ledger().set_index("figure_id").loc["S04"]
    assert (s04["period_end"], s04["statement_date"], s04["same_statement_as"]) == ("2015-10-24", "2015-10-24", "F34")


# ------------------------------------------------------------------ validation rules

def _rows(path):
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


def _edit(path, fid, **changes) -> int:
    rows = _rows(path)
    header = rows[0]
    line = next(i for i, r in enumerate(rows) if r[0] == fid)
    for col, value in changes.items():
        rows[line][header.index(col)] = value
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    return line + 1


RULES = [
    ("F01", {"perpetrator_scope": "russians"}, "perpetrator_scope", "unknown perpetrator scope"),
    ("F01", {"perpetrator_scope": ""}, "perpetrator_scope", "unknown perpetrator scope"),
    ("F01", {"completeness": "floor_from_sample"}, "completeness_basis", "needs the words that document it"),
    ("F01", {"status": "superseded"}, "superseded_by", "names the figure that supersedes it"),
    ("F01", {"superseded_by": "F06"}, "superseded_by", "only for superseded figures"),
    ("F01", {"status": "retracted"}, "status_words", "needs the words that say so"),
    ("F37", {"superseded_by": "F99"}, "superseded_by", "unknown figure id"),
    ("F37", {"superseded_by": "F01"}, "superseded_by", "has another claimant"),
    ("S04", {"same_statement_as": "S04"}, "same_statement_as", "names the figure itself"),
    ("S04", {"same_statement_as": "F42"}, "same_statement_as", "has another claimant"),
    ("F38", {"same_statement_as": "S04"}, "same_statement_as", "itself carries another figure's statement"),
    ("S04", {"period_end": "2015-10-25"}, "period_end", "after its statement date"),
    ("F01", {"projection": "hope"}, "projection", "unknown projection"),
]


@pytest.mark.parametrize("fid, changes, column, words", RULES, ids=[f"{c}={v}" for _, d, _, _ in RULES
                                                                      for c, v in d.items()])
def test_comparability_rules_are_validated(project_copy, fid, changes, column, words):
    line = _edit(project_copy.figures, fid, **changes)
    errors = [str(e) for e in validate(project_copy)]
    hits = [e for e in errors if e.startswith(f"{FIG}:{line}:{column}:")]
    assert hits and any(words in e for e in hits), errors


def test_a_forecast_may_end_after_its_statement(project_copy):
    _edit(project_copy.figures, "S04", period_end="2015-10-25", projection="forecast")
    assert validate(project_copy) == []
