"""Running totals from different claimants that stood at different days (compare.set_conflict).

A running total since one start that stood at 20 April and one that stood at 1 May count
different stretches of time: that they differ is no disagreement. Two totals of the same
day that do not overlap are one, and so is an earlier total above a later one's upper
bound (the toll would have fallen). The fixture is the Sudan pattern a new user met:
injured since the war began (15 April 2023): WHO 3,200 as of 20 April, the doctors'
committee 2,174 and the Ministry of Health 4,599, both as of 1 May.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

import analysis_fixtures
from analysis_fixtures import make_ledger, plain_text
from crosstally import briefing, compare
from crosstally.ledger import restore_dtypes

SUDAN = {"who": ("WHO", "un_agency", False),
         "doctors": ("Sudan Doctors' Committee", "medical_ngo", False),
         "moh": ("Ministry of Health", "government", True),
         "wire": ("Wire", "media", False)}


def _row(fid, claimant, value, as_of, basis="cumulative_since", start="2023-04-15"):
    return (fid, claimant, "wire", "injured", "all", f"{value:,}", "exact", value, "SD",
            start, as_of, as_of, as_of, basis, "campaign")


@pytest.fixture
def sudan(monkeypatch):
    for k, v in SUDAN.items():
        monkeypatch.setitem(analysis_fixtures.SOURCES, k, v)

    def ledger(*rows):  # the injured are people (make_ledger counts other metrics in events)
        return restore_dtypes(make_ledger(list(rows)).astype({"unit": "str"}).assign(unit="people"))
    return ledger


WHO = ("T01", "who", 3200, "2023-04-20")
DOCTORS = ("T02", "doctors", 2174, "2023-05-01")
MOH = ("T03", "moh", 4599, "2023-05-01")


def _conflict(df):
    """set_conflict over the ranked claims of a briefing's comparison window (late April to
    May 2023: a window spans months, as the briefing's do), claims named by figure id."""
    frame = compare.compare_window(df, "injured", "2023-04-15", "2023-05-31")
    assert frame["ranked"].all() and frame["comparable_set"].nunique() == 1  # one set: they count the same thing
    return compare.set_conflict(frame.set_index("figure_ids"))


def _summary(df):
    """comparison-summary.csv's one row for ``df``'s claims (its groups are months)."""
    summary = compare.comparison_summary(compare.side_by_side(df))
    assert len(summary) == 1, summary
    return summary.iloc[0]


def _in_may(row):
    """The claim moved 30 days later, into May, so that side-by-side's months group it with May's."""
    fid, claimant, value, as_of = row
    return fid, claimant, value, "2023-05-" + {"2023-04-20": "20", "2023-05-01": "31"}[as_of]


def test_an_earlier_lower_total_and_a_later_higher_one_can_both_be_right(sudan):
    assert _conflict(sudan(_row(*WHO), _row(*MOH))) is None  # 3,200 on 20 April, 4,599 on 1 May
    row = _summary(sudan(_row(*_in_may(WHO)), _row(*_in_may(MOH))))
    assert row["claims"] == 2
    assert not row["ranges_overlap"]  # 3,200 and 4,599 do not overlap as ranges...
    assert row["can_all_be_right"]  # ...but as totals of different days they can both hold


def test_the_sudan_pattern_is_a_disagreement_of_the_same_day(sudan):
    conflict = _conflict(sudan(_row(*WHO), _row(*DOCTORS), _row(*MOH)))
    # the first reason, in day order: 2,174 and 4,599, both as of 1 May, do not overlap
    assert (conflict.kind, conflict.first, conflict.second, conflict.day) == ("same day", "T03", "T02", "2023-05-01")
    row = _summary(sudan(*(_row(*_in_may(r)) for r in (WHO, DOCTORS, MOH))))
    assert row["claims"] == 3 and not row["can_all_be_right"]


def test_a_toll_that_fell_across_claimants_is_still_a_disagreement(sudan):
    # WHO's 3,200 as of 20 April is above the doctors' 2,174 as of 1 May: a running total does not fall
    conflict = _conflict(sudan(_row(*WHO), _row(*DOCTORS)))
    assert (conflict.kind, conflict.first, conflict.second, conflict.day) == ("fell", "T01", "T02", "2023-04-20")
    assert not _summary(sudan(_row(*_in_may(WHO)), _row(*_in_may(DOCTORS))))["can_all_be_right"]
    higher = ("T01", "who", 5000, "2023-04-20")
    assert _conflict(sudan(_row(*higher), _row(*MOH))).kind == "fell"


def test_an_open_later_total_never_makes_an_earlier_one_wrong(sudan):
    # "at least 1,000" as of 1 May has no upper bound: WHO's 3,200 as of 20 April can stand below it
    at_least = ("T04", "moh", "wire", "injured", "all", "at least 1,000", "at_least", 1000, "SD",
                "2023-04-15", "2023-05-01", "2023-05-01", "2023-05-01", "cumulative_since", "campaign")
    assert _conflict(sudan(_row(*WHO), at_least)) is None


def test_counts_at_a_date_are_set_against_counts_of_the_same_day_only(sudan):
    # a count at a date (people sheltering) can rise or fall: 4,599 then 2,174 is no disagreement
    df = sudan(_row("T05", "who", 4599, "2023-05-20", basis="stock_as_of"),
               _row("T06", "moh", 2174, "2023-05-31", basis="stock_as_of"))
    assert _summary(df)["can_all_be_right"]
    same_day = sudan(_row("T05", "who", 4599, "2023-05-31", basis="stock_as_of"),
                     _row("T06", "moh", 2174, "2023-05-31", basis="stock_as_of"))
    assert not _summary(same_day)["can_all_be_right"]


def test_totals_of_one_day_keep_the_overlap_verdict(sudan):
    row = _summary(sudan(_row(*DOCTORS), _row(*MOH)))
    assert not row["ranges_overlap"] and not row["can_all_be_right"]
    row = _summary(sudan(_row(*DOCTORS), _row("T07", "who", 2174, "2023-05-01")))
    assert row["ranges_overlap"] and row["can_all_be_right"]




def _words(df):
    frame = compare.compare_window(df, "injured", "2023-04-15", "2023-05-31")
    sub = frame[frame["ranked"]]
    b = briefing.Briefing(df)
    return plain_text([*briefing._range_words(b, sub), *briefing._verdict(sub)])


def test_the_briefing_names_each_total_with_its_day_and_says_why(sudan):
    grows = _words(sudan(_row(*WHO), _row(*MOH)))
    assert grows.startswith("from 3,200 (WHO, as of 2023-04-20) [T01] to 4,599 (Ministry of Health, as of "
                            "2023-05-01) [T03]"), grows
    assert grows.endswith(": they stood at different dates, and a running total may grow but not fall; read as "
                          "ranges under the run's bound profile, none is above the upper bound of a later one, so "
                          "they can all be right. "), grows
    sudan_text = _words(sudan(_row(*WHO), _row(*DOCTORS), _row(*MOH)))
    assert "those of 2023-05-01 do not all overlap, so they cannot all be right" in sudan_text
    fell = _words(sudan(_row(*WHO), _row(*DOCTORS)))
    assert re.search(r"WHO's total as of 2023-04-20 \[T01\] is above the upper bound of Sudan Doctors' "
                     r"Committee's as of 2023-05-01 \[T02\], so they cannot all be right", fell), fell
    stocks = _words(sudan(_row("T05", "who", 4599, "2023-04-20", basis="stock_as_of", start=""),
                          _row("T06", "moh", 2174, "2023-05-01", basis="stock_as_of", start="")))
    assert stocks.endswith("a count at a date can rise or fall, so only counts of the same day are set against "
                           "each other: they can all be right. "), stocks
    one_day = _words(sudan(_row(*DOCTORS), _row(*MOH)))
    assert one_day.endswith("they do not all overlap, so they cannot all be right. ")
    assert "as of" not in one_day  # claims of one day: no day named


@pytest.mark.parametrize("seed", range(6))
def test_the_summary_verdict_is_the_plain_one_per_set(seed):
    """comparison_summary's can_all_be_right (by day cells) against set_conflict (day by day)."""
    rng = np.random.default_rng(seed)
    n = 300
    side = pd.DataFrame({
        "group": rng.integers(0, 60, n),
        "window_end": np.array(["2023-04-20", "2023-05-01", "2023-05-10", "2023-06-01"])[rng.integers(0, 4, n)],
        "counting_basis": np.array(["cumulative_since", "stock_as_of"])[(rng.random(n) < 0.2).astype(int)],
    })
    side["low"] = rng.integers(0, 100, n).astype("float64")
    side["high"] = side["low"] + rng.integers(0, 60, n)
    side.loc[rng.random(n) < 0.15, "high"] = np.nan
    got = compare._can_all_be_right(side["group"].to_numpy(), 60, side)
    for g in range(60):
        sub = side[side["group"] == g]
        assert got[g] == (compare.set_conflict(sub) is None), (g, sub)
