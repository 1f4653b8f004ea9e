"""Fourteenth round: who claims an attack claims no count; an acronym names its own body, not
another of the same kind; a day something is set for dates nothing that happened; a noun of the
count before does not say what befell the next. Invented fixtures only (the QZ country of
tests/qz_fixtures.py); nothing copied from the labelled set."""
from __future__ import annotations

import pandas as pd
import pytest

from crosstally import schema as S
from crosstally.draft_dates import _sentence_date
from crosstally.extract import extract
from qz_fixtures import drafter

SOURCES = pd.DataFrame([
    ["qz-health", "Qzland Health Ministry", "government", "yes", "", "", "health ministry;the health ministry"],
    ["qlf", "Qz Liberation Front", "belligerent", "yes", "", "", "QLF;Liberation Front;Front Media Agency"],
], columns=list(S.SOURCE_COLUMNS))
draft = drafter(SOURCES)


def test_a_group_that_claims_an_attack_claims_no_count():
    got = draft("Millbrook attack: 133 dead, QLF claims attack\n\nGunmen attacked a concert hall in Millbrook "
                "on Friday.\n", published="2031-03-14")
    assert got["133"]["claimant"] == ""


def test_a_group_that_gives_a_count_still_claims_it():
    # near miss: the group's own statement of a number
    got = draft("Millbrook attack\n\nThe QLF said 133 people were killed in Millbrook on Friday.\n",
                published="2031-03-14")
    assert got["133"]["claimant"] == "qlf"


def test_an_acronym_names_its_own_agency_not_one_named_before():
    got = draft("Attack in Millbrook\n\nGunmen attacked a concert hall in Millbrook on Friday, the Front Media "
                "Agency said.\n\nAccording to the TASS agency, 154 people have been injured.\n", published="2031-03-14")
    assert got["154"]["claimant"] == ""
    assert "TASS" in got["154"]["why"]


def test_the_agency_named_before_is_still_found_without_an_acronym():
    got = draft("Attack in Millbrook\n\nGunmen attacked a concert hall in Millbrook on Friday, the Front Media "
                "Agency said.\n\nAccording to the agency, 154 people have been injured.\n", published="2031-03-14")
    assert got["154"]["claimant"] == "qlf"


@pytest.mark.parametrize("sentence", [
    "before the final withdrawal of the troops, set for Tuesday, 20 were killed",
    "The vote, scheduled for March 3, came after 20 were killed",
    "ahead of elections due on Friday, 20 were killed",
])
def test_a_day_something_is_set_for_dates_nothing(sentence):
    assert _sentence_date(sentence, sentence.index("20")) == ""


def test_a_day_that_was_still_dates():
    s = "Gunmen attacked the base on Tuesday, and 20 were killed"
    assert _sentence_date(s, s.index("20")) == "on Tuesday"


def test_the_incident_day_is_not_the_day_a_withdrawal_is_set_for():
    got = draft("Blasts at Millbrook airport\n\nTwo explosions killed 20 people outside Millbrook's airport "
                "Thursday.\n\nThe attack struck the crowds waiting to leave before the withdrawal, set for "
                "Tuesday.\n\nAt least 120 people were wounded.\n", published="2031-03-14")  # a Friday
    assert got["At least 120"]["period_end"] == "2031-03-13"


@pytest.mark.parametrize("text, value, metric", [
    ("Gunmen seized a bakery, killing 20 hostages and two police officers in a standoff.", "two", "killed"),
    ("Gunmen killed 20 hostages and two soldiers.", "two", "killed"),
    ("Gunmen took 20 hostages and two were killed.", "two", "killed"),
    ("The 14 dead included two women.", "two", "killed"),
    ("Militants kidnapped 20 hostages and freed two others.", "two", "other"),
])
def test_the_noun_of_the_count_before_does_not_say_what_befell_the_next(text, value, metric):
    c = next(c for c in extract(text) if c.value_as_reported == value)
    assert c.metric == metric
