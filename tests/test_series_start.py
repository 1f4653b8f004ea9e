"""A claimant's running total is one series however its start day is written: "since
Oct. 7" in one document and "since 7 October" in another are one series (the series key,
``compare.SERIES_KEY``, holds the start as an ISO day, ``period_start``); a different start
day stays a different series. The drafter reads the start day in any common spelling,
and a yearless day that is the case's first day is that day, also a year on.

Invented fixtures only (Veloria of tests/test_draft_whenwhere.py, the analysis fixtures' claimant)."""
from __future__ import annotations

import pytest

from analysis_fixtures import make_ledger
from crosstally import compare
from crosstally.draft import _since_day, draft_document
from test_draft_whenwhere import SOURCES, VELORIA

CASE_START = "2030-10-07"  # the war of the fixtures began on Monday 7 October 2030


def _draft(words: str, published: str, value: str = "1,200", case_start: str = CASE_START) -> dict:
    text = f"The health ministry said {value} people have been killed in Kessel since {words}.\n"
    doc = {"document_id": "d", "outlet": "", "url": "https://example.invalid/", "published": published,
           "language": "en"}
    rows = draft_document(text, doc, SOURCES, VELORIA, case_start=case_start)
    return {r["value_as_reported"]: r for r in rows.to_dict("records")}[value]


@pytest.mark.parametrize("words", [
    "Oct. 7", "Oct 7", "Oct.7", "October 7", "October 7th", "7 October", "7 Oct.", "7th October",
    "the 7th of October", "Monday, Oct. 7", "the Oct. 7 attack", "the October 7 attacks", "October 7, 2030",
    "7 October 2030", "2030-10-07",
])
def test_every_spelling_of_the_start_day_gives_the_same_start(words):
    got = _since_day(f"Strikes have killed 1,200 people since {words}.", 22, "2030-11-20", None)
    assert got is not None and got[0] == "2030-10-07", got
    assert _draft(words, "2030-11-20")["period_start"] == "2030-10-07"


@pytest.mark.parametrize("words, start", [
    ("Oct. 8", "2030-10-08"), ("8 October", "2030-10-08"), ("Sept. 7", "2030-09-07"),
    ("October 7, 2029", "2029-10-07"),
])
def test_a_different_start_day_stays_different(words, start):
    assert _draft(words, "2030-11-20")["period_start"] == start


def test_a_yearless_day_is_the_latest_before_publication_and_the_case_start_a_year_on():
    # the latest 7 October on or before publication ...
    assert _since_day("killed since 7 October", 0, "2031-09-20", None)[0] == "2030-10-07"
    assert _since_day("killed since 7 October", 0, "2031-11-20", None)[0] == "2031-10-07"
    # ... unless that day of an earlier year is the case's first day: the war's start
    day, words, how = _since_day("killed since 7 October", 0, "2031-11-20", CASE_START)
    assert day == CASE_START and "the day the case starts" in how
    assert _since_day("killed since 8 October", 0, "2031-11-20", CASE_START)[0] == "2031-10-08"
    # "last year" and a stated year are taken as said
    assert _since_day("killed since October 7 last year", 0, "2031-11-20", None)[0] == "2030-10-07"
    assert _since_day("killed since October 7, 2031", 0, "2031-11-20", CASE_START)[0] == "2031-10-07"
    # no day of a month: nothing to read here ("since the start of the war" is another rule's)
    assert _since_day("killed since the start of the war", 0, "2031-11-20", CASE_START) is None
    assert _since_day("killed since October", 0, "2031-11-20", CASE_START) is None


def test_the_drafts_why_says_how_the_start_was_read():
    r = _draft("the 7th of October", "2031-11-20")
    assert r["period_start"] == CASE_START and r["counting_basis"] == "cumulative_since"
    assert "the day the case starts" in r["why"] and r["date_certainty"] == "inferred"


def test_one_claimant_s_total_written_with_the_start_in_three_spellings_is_one_series():
    drafted = [("R1", "Oct. 7", "2031-09-20", "1,200"), ("R2", "7 October", "2031-11-20", "1,450"),
               ("R3", "the 7th of October", "2031-12-05", "1,600"), ("R4", "8 October", "2031-12-05", "900")]
    rows = []
    for fid, words, published, value in drafted:
        d = _draft(words, published, value)
        rows.append((fid, "monitor-x", "afp", "killed", "all", value, "exact", float(value.replace(",", "")), "VL-02",
                     d["period_start"], d["period_end"], published, published, d["counting_basis"], "campaign"))
    totals = compare.running_totals(make_ledger(rows))
    series = {since: sorted(g["figure_ids"]) for since, g in totals.groupby("since", observed=True)}
    assert series == {CASE_START: ["R1", "R2", "R3"], "2031-10-08": ["R4"]}
    one = totals[totals["since"] == CASE_START].sort_values("step")
    assert list(one["step"]) == [1, 2, 3] and list(one["change"].iloc[1:]) == [250, 150]
