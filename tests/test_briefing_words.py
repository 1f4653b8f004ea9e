"""The briefing's wording rules, on hand-made claims (no case needed): a range whose ends
state the same number, possessives of plural names, and reasons that quote an ellipsis."""
from __future__ import annotations

import re

import pandas as pd

from analysis_fixtures import plain_text
from crosstally import briefing


def _ledger(rows) -> pd.DataFrame:
    """Ledger rows with the columns Briefing.stated reads."""
    cols = ["figure_id", "claimant", "claimant_name", "qualifier", "value", "value_max", "value_as_reported",
            "completeness", "published", "outlet_name"]
    return pd.DataFrame(rows, columns=cols)


def _claims(ledger: pd.DataFrame) -> pd.DataFrame:
    """One claim per figure, as a comparison frame gives them (low from the profile)."""
    low = {"about": 0.9, "estimated": 0.9, "at_least": 1.0, "exact": 1.0}
    return ledger.assign(figure_ids=ledger["figure_id"],
                         low=[v * low[q] for v, q in zip(ledger["value"], ledger["qualifier"])])




COUNCIL = ("M17", "council", "City Council", "estimated", 300.0, None, "estimate of 300", "full", "2022-03-25", "X")
ADVISER = ("M37", "adviser", "Adviser", "about", 300.0, None, "about 300", "full", "2022-03-26", "Y")
OFFICIALS = ("M27", "officials", "Officials", "at_least", 300.0, None, "at least 300", "full", "2022-05", "Z")
AP = ("M01", "ap", "AP", "about", 600.0, None, "about 600", "full", "2022-05-04", "Z")


def test_a_range_whose_ends_state_the_same_number_lists_each_claim_once():
    ledger = _ledger([COUNCIL, ADVISER, OFFICIALS])
    b = briefing.Briefing(ledger)
    text = plain_text(briefing._range_words(b, _claims(ledger)))
    assert not re.search(r"from (.+?) to \1", text), text  # never "from an estimated 300 (X) to an estimated 300 (X)"
    # each claim once, with its own words, in claimant order
    assert text == ("the same number in other words: about 300 (Adviser) [M37], an estimated 300 (City Council) "
                    "[M17] and at least 300 (Officials) [M27]")
    # every number shown is a fact traced to one claimant's figure
    assert sorted(f.figure_ids for f in b.facts) == [("M17",), ("M27",), ("M37",)]


def test_the_same_number_in_the_same_words_is_one_phrase_and_different_numbers_a_range():
    other_adviser = ("M38", "adviser-2", "Other adviser") + ADVISER[3:]
    same = _ledger([ADVISER, other_adviser])
    assert plain_text(briefing._range_words(briefing.Briefing(same), _claims(same))) == \
        "all about 300 (Adviser, Other adviser) [M37; M38]"
    apart = _ledger([COUNCIL, AP])
    assert plain_text(briefing._range_words(briefing.Briefing(apart), _claims(apart))) == \
        "from an estimated 300 (City Council) [M17] to about 600 (AP) [M01]"


def test_possessive_of_a_plural_name():
    assert briefing.possessive("UNHCR") == "UNHCR's"
    assert briefing.possessive("Theatre witnesses") == "Theatre witnesses'"
    assert briefing.possessive("HRW's interviewees") == "HRW's interviewees'"
    assert briefing.possessive("Airwars") == "Airwars'"


def test_a_reason_keeps_its_quoted_ellipsis_and_reads_windows_in_words():
    assert briefing._window_words("partial count: verified ... likely higher") == \
        "partial count: verified ... likely higher"
    assert briefing._window_words("nothing comparable in its group: incident 2015-10-25..2015-10-26") == \
        "nothing comparable in its group: incident 2015-10-25 to 2015-10-26"
    assert briefing._window_words("?..2015-10-26") == "? to 2015-10-26"


def test_a_vague_partial_count_says_it_is_partial():
    ledger = _ledger([("M55", "amnesty", "Amnesty", "vague", None, None, "dozens", "floor_from_sample",
                       "2022-06", "Kyiv Independent")])
    assert plain_text(briefing.Briefing(ledger).stated(["M55"])) == "dozens (partial count)"


def test_claims_not_ranked_are_counted_by_reason():
    ledger = _ledger([COUNCIL, ADVISER, OFFICIALS, AP])
    b = briefing.Briefing(ledger.assign(origin_key=ledger["figure_id"], document_id="d"))
    claims = _claims(ledger).assign(status=["current", "superseded", "current", "current"],
                                    completeness=["floor_from_sample", "full", "partial", "full"])
    assert plain_text(briefing._reasons(b, claims)) == (
        "2 partial counts (floors or parts), 1 superseded or retracted figure and 1 claim that counts something "
        "else (another population, area, perpetrators or window)")
    assert plain_text(briefing._reasons(b, claims.iloc[[1]], briefing.ALONE_WORDS)) == "1 superseded or retracted figure"
    assert plain_text(briefing._reasons(b, claims.iloc[[3]], briefing.ALONE_WORDS)) == \
        "1 claim that no other claim matches in population, area, perpetrators and period"


NAMES = {"SY": "Syria", "SY02": "Aleppo", "SY04": "Homs", "SY05": "Hama", "SY07": "Idleb"}


def test_a_reason_names_places_and_gives_plain_dates():
    """A reader saw "area SY02;SY04;SY05; period total 2015-10-05 to 2015-10-26"."""
    words = briefing.reason_words("area SY02;SY04;SY05; period total 2015-10-05..2015-10-26", NAMES)
    assert words == "area: Aleppo, Homs and Hama together; a total for 5 to 26 October 2015"
    assert not re.search(r"SY\d|\d{4}-\d{2}", words)
    assert briefing.reason_words("perpetrators: the campaign's air force alone; area SY; running total since "
                                 "2015-09-30", NAMES) == \
        "perpetrators: the campaign's air force alone; area: all of Syria; running total since 30 September 2015"
    assert briefing.reason_words("period total ?..2015-10-26", NAMES) == \
        "a total up to 26 October 2015, start not stated"
    assert briefing.reason_words("area SY07; incident 2015-10-20", NAMES) == "area: Idleb; an incident on 20 October 2015"
    assert briefing.reason_words("period total 2015-09-30..2015-10-21", NAMES) == \
        "a total for 30 September to 21 October 2015"
    assert briefing.reason_words("superseded by F34", NAMES) == "superseded by F34"  # ids stay traceable
    assert briefing.reason_words("partial count: verified ... likely higher", NAMES) == \
        "partial count: verified ... likely higher"
    assert [briefing.plain_date(d) for d in ("2015-10-05", "2015-10", "2015", "soon")] == \
        ["5 October 2015", "October 2015", "2015", "soon"]


def test_a_quotation_never_holds_quotes_like_its_own():
    """The bound profile's description quotes "nearly", "about": set inside the PDF's
    “...” they nested identical curly quotes."""
    text = 'No public system publishes bounds for "nearly", "about" or “up to”.'
    inner = briefing.inner_quotes(text)
    assert inner == "No public system publishes bounds for \u2018nearly\u2019, \u2018about\u2019 or \u2018up to\u2019."
    typ = briefing._typst_inline([briefing.Quoted(text)])
    assert typ.count("\u201c") == 1 and typ.count("\u201d") == 1 and '"' not in typ
    page = briefing._html_inline([briefing.Quoted(text)])
    assert "&quot;" not in page and '"nearly"' not in page


def test_a_document_without_a_title_is_named_by_its_outlet_and_date():
    sources = pd.DataFrame({"name": ["MTV Uutiset"]}, index=pd.Index(["mtv-uutiset"], name="source_id"))
    doc = pd.Series({"outlet": "mtv-uutiset", "published": "2015-09-30", "title": ""})
    assert briefing.untitled_words(doc, sources) == "MTV Uutiset, 30 September 2015"
    unknown = pd.Series({"outlet": "somewhere", "published": "2015-11", "title": ""})
    assert briefing.untitled_words(unknown, sources) == "somewhere, November 2015"


def test_figures_about_a_wider_area_are_counted_not_dropped_in_silence():
    """An Aleppo run leaves out figures for all of Syria: the summary counts them, with
    their ids (a fact like any other)."""
    from analysis_fixtures import make_ledger

    ledger = make_ledger()
    run = briefing.RunParams(run_name="aleppo", places=("SY02",), period_start="2015-10-01",
                             period_end="2015-10-31", comparisons=(briefing.Comparison("killed", "2015-10", "2015-10", "t"),))
    wider = briefing.wider_area(ledger, run)
    whole = ledger[(ledger["admin1"] == "SY") & (ledger["scope"] == "campaign")
                   & (ledger["period_end"].astype(str).between("2015-10-01", "2015-10-31"))]
    assert not whole.empty and sorted(wider["figure_id"]) == sorted(whole["figure_id"])
    assert briefing.wider_area(ledger, briefing.RunParams(comparisons=run.comparisons)).empty  # no place filter
    b = briefing.Briefing(ledger[ledger["admin1"].str.contains("SY02")], ("SY", "Syria"))
    b.section = "Summary"
    briefing._summary(b, b.rows.reset_index(drop=True).assign(place_coverage="within"), [], run,
                      {"SY": "Syria", "SY02": "Aleppo"}, ["SY02"], wider)
    (text,) = [plain_text(item) for item in b.blocks[-1].parts if "wider area" in plain_text(item)]
    assert text == (f"{len(whole)} figures about all of Syria, a wider area, are left out: a count for all of "
                    "Syria does not say how much of it was in Aleppo.")
    fact = next(f for f in b.facts if set(f.figure_ids) == set(whole["figure_id"]))
    assert fact.number == len(whole) and fact.kind == "figures"
