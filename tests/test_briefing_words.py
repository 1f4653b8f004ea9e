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
        "1 claim alone of its kind (population, area, perpetrators and window)"
