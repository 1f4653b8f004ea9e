"""Nineteenth round (read parts 34-35): bombs named by what carries them ("two car bombs", "four vehicle
bombs"), a bare "one has died" after a count, "78 faithful", and an adjective before a people's name
("100 angry Yazidi men"). Invented fixtures only (the QZ country of tests/qz_fixtures.py); nothing copied
from the labelled set."""
from __future__ import annotations

import pandas as pd
import pytest

from crosstally import schema as S
from qz_fixtures import drafter

draft = drafter(pd.DataFrame(columns=list(S.SOURCE_COLUMNS)))


@pytest.mark.parametrize("text, number", [
    ("Two car bombs detonated near the border with Qzland.", "Two"),
    ("Officials said four vehicle bombs were detonated in the village of Millbrook.", "four"),
    ("Police said three roadside bombs went off along the road.", "three"),
    ("Two time bombs were used on the plane.", "Two"),
])
def test_bombs_named_by_what_carries_them_are_munitions(text, number):
    got = draft(text + "\n", published="2031-03-17")
    assert got[number]["unit"] == "munitions"


def test_a_vehicle_that_is_no_bomb_stays_uncounted():
    # near miss: "car" alone names vehicles, not a figure; the drivers are people
    got = draft("Two car drivers were killed and four cars were burned.\n", published="2031-03-17")
    assert got["Two"]["unit"] == "people" and "four" not in got


@pytest.mark.parametrize("text", [
    "Two were killed at the scene while one has died in hospital.",
    "Two were killed and one has since died.",
])
def test_a_bare_one_that_has_died_after_a_count_is_a_figure(text):
    got = draft(text + "\n", published="2031-03-17")
    assert got["one"]["metric"] == "killed"


def test_one_of_the_few_stays_no_figure():
    got = draft("Two were killed, and one of the few survivors has since left Millbrook.\n", published="2031-03-17")
    assert "one" not in got


def test_the_faithful_are_people():
    got = draft("The rebels killed 78 faithful in Millbrook, including 48 children.\n", published="2031-03-17")
    assert (got["78"]["metric"], got["78"]["unit"], got["78"]["population"]) == ("killed", "people", "all")


def test_an_adjective_before_a_peoples_name_is_read_through():
    got = draft("About 100 angry Qzlandi men gathered as the minister met local officials.\n", published="2031-03-17")
    assert got["About 100"]["unit"] == "people"


def test_an_adjective_before_a_name_and_a_thing_stays_uncounted():
    # near miss: a name before trucks, not people
    got = draft("Two heavy Qzlandi trucks were destroyed.\n", published="2031-03-17")
    assert "Two" not in got


def test_a_day_so_many_years_ago_is_that_years_day():
    text = ("Millbrook remembers its dead\n\nTen years ago the rebels murdered 78 people in Millbrook, including 48 "
            "children.\n\nOn May 2 ten years ago the rebels and the army clashed in the streets of Millbrook.\n")
    got = draft(text, published="2031-05-04")
    assert got["78"]["period_end"] == "2021-05-02"


def test_a_day_two_decades_ago():
    text = ("On that fateful May 2 two decades ago, rebels fired gas cylinders during combat in Millbrook, killing "
            "79 people.\n")
    assert draft(text, published="2031-05-04")["79"]["period_end"] == "2011-05-02"


def test_a_quoted_today_is_the_speakers_day_not_the_incidents():
    text = ("Blast toll rises to 14\n\nThe toll from the blast in the Millbrook subway on Monday has reached 14, the "
            "health minister said on Tuesday. \"Today, we can verify the death of 14 people: eleven at the scene and "
            "three others in hospital,\" she said.\n")
    got = draft(text, published="2031-03-18")
    assert got["eleven"]["period_end"] == "2031-03-17"


def test_an_unquoted_today_still_dates_the_count():
    # near miss: the writer's own "today" is the day of the count when the text names no other
    got = draft("Clashes in Millbrook\n\nToday police counted 12 bodies in Millbrook after the clashes.\n",
                published="2031-03-20")
    assert got["12"]["period_end"] == "2031-03-20"


def test_by_a_day_is_when_a_count_stood_not_the_incident():
    text = ("Bombings kill 60\n\nSuicide bombers struck two villages in Millbrook on Tuesday. While an initial release "
            "said 60 people had been killed, by Wednesday afternoon the health minister said the toll had risen to at "
            "least 250.\n")
    got = draft(text, published="2031-03-20")
    assert got["at least 250"]["period_end"] == "2031-03-18"
