"""Fifteenth round: the verbs and nouns that say what befell a count ("perish", "slaughtering",
"were confirmed as injured", "450 dead and wounded"), a part of the dead counted before, a
count that follows two counts sharing one verb, and a day a little after the page's own date.
Invented fixtures only (the QZ country of tests/qz_fixtures.py); nothing copied from the
labelled set."""
from __future__ import annotations

import pandas as pd
import pytest

from crosstally import schema as S
from crosstally.draft_dates import resolve_date
from qz_fixtures import by_value as _by_value, drafter

SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police", "government", "yes", "", "", "Qzland police"],
], columns=list(S.SOURCE_COLUMNS))
draft = drafter(SOURCES)


# -- what befell the count -----------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("31 pupils perish in Millbrook school attack", "31"),
    ("Gunmen ambushed a bus near Millbrook, slaughtering nine passengers.", "nine"),
    ("Raiders stormed the village, massacring 40 people.", "40"),
])
def test_present_and_participle_verbs_of_killing(text, value):
    assert _by_value(text)[value].metric == "killed"


@pytest.mark.parametrize("text", [
    "Nine soldiers and two policemen were killed, while 31 were confirmed as injured.",
    "Nine soldiers and two policemen were killed, while 31 people were recorded injured.",
    "Nine soldiers and two policemen were killed, while 31 were listed as injured.",
])
def test_a_count_registered_as_injured_is_injured(text):
    assert _by_value(text)["31"].metric == "injured"


def test_a_count_after_two_counts_sharing_a_verb_is_of_neither_alone():
    got = _by_value("At least 20 pupils and three gunmen were killed, while 31 were injured in the attack.")
    assert (got["three"].population, got["31"].population, got["31"].metric) == ("combatants", "all", "injured")
    # near miss: after one count, the noun carries on ("14 civilians killed and 36 wounded")
    got = _by_value("Rebels killed 14 civilians and wounded 36 in the attack.")
    assert got["36"].population == "civilians"


@pytest.mark.parametrize("text, value", [
    ("The toll has risen to more than 450 dead and wounded, an official said.", "more than 450"),
    ("Rescuers were reporting dozens of dead and injured.", "dozens"),
    ("Police report dozens of killed and injured.", "dozens"),
    ("There were 60 wounded or dead in the blast.", "60"),
])
def test_the_dead_and_the_wounded_named_together_are_casualties(text, value):
    assert _by_value(text)[value].metric == "casualties"


def test_the_dead_alone_stay_killed():
    assert _by_value("Some 30 dead were found in the ruins.")["Some 30"].metric == "killed"


def test_a_part_of_the_dead_counted_before_is_of_the_dead():
    got = _by_value("Out of the 63 bodies that were brought to the mortuary at Harbor Town Hospital, 58 were "
                    "identified and handed over to their families.")
    assert (got["63"].metric, got["58"].metric) == ("killed", "killed")


def test_a_count_set_against_the_dead_keeps_its_own_fate():
    # near miss: "among the dead ..., while N others are injured"
    got = _by_value("Children are among the 22 dead after the blast, while at least 59 others are injured.")
    assert got["at least 59"].metric == "injured"


def test_moms_are_women():
    assert _by_value("Ambush kills 6 kids, 3 moms")["3"].population == "women"


# -- a day a little after the page's date ---------------------------------------------------------

def test_a_day_a_little_after_the_pages_date_is_of_its_year():
    got = resolve_date("Jan. 28", "2031-01-27")
    assert got["period_end"] == "2031-01-28" and "a day or few after it" in got["date_basis"]
    assert resolve_date("March 3", "2031-03-01")["period_end"] == "2031-03-03"
    # near miss: weeks after the page's date is the year before, as before
    assert resolve_date("Feb. 27", "2031-01-27")["period_end"] == "2030-02-27"


def test_an_update_stamp_dates_nothing():
    text = ("Millbrook bombing toll rises to 27\n\nHARBOR TOWN (Update 6, 10:02 a.m., Jan. 28) — At least 27 people "
            "were killed when two bombs hit a church in Millbrook, the police said Sunday.\n")
    got = draft(text, published="2031-01-27")
    assert got["At least 27"]["period_end"] == "2031-01-26"  # Sunday, the day before the page's date
