"""Twenty-fifth round (read parts 46-47 after listing them in tuned.txt): numbers that are not counts of
anything that happened. Invented sentences only; nothing copied from the labelled set."""
from __future__ import annotations

import pandas as pd
import pytest

from crosstally import schema as S
from crosstally.extract import extract
from qz_fixtures import drafter


def found(text: str) -> list[tuple[str, str]]:
    return [(c.value_as_reported, c.metric) for c in extract(text, actors=())]


@pytest.mark.parametrize("text", [
    "The son of a victim of the 412 Massacre joined the march.",
    "The Memorial Foundation of 412 published three books.",
    "One sign names the road 14 Children of Millbrook Street.",
    "Qzland: Lawmakers Demand Justice Over 2011 Millbrook Killings",
    "Mr Tam was struck seven times, in an attack his daughters saw.",
    "The guard had been shot 12 times.",
    "Guidelines require candidates to address fewer than 200 people.",
    "The rules allow rallies of no more than 50 people.",
    "Gatherings of more than 50 people are banned.",
])
def test_names_blows_and_limits_are_not_figures(text):
    assert found(text) == []


@pytest.mark.parametrize("text, kept", [
    # (the crowd is a count since the thirty-fourth round, as the labels count crowds; the incident's name and
    # the years are still none)
    ("Thousands marched in memory of those who died in the 412 Incident 30 years ago.", [("Thousands", "other")]),
    ("Five Killed on Main Street in Shooting", [("Five", "killed")]),
    ("Seven Dead In Main Street Blast", [("Seven", "killed")]),
    ("Over 2000 people were killed in the clashes.", [("Over 2000", "killed")]),
    ("More Than 2000 People Killed In Clashes", [("More Than 2000", "killed")]),
    ("Jets struck the town 30 times.", [("30", "strikes")]),
    ("The ministry required hospitals to report all 200 deaths.", [("200", "killed")]),
    ("Under the new law, more than 300 people were arrested.", [("more than 300", "other")]),
    ("The curfew was ignored by more than 5,000 protesters.", [("more than 5,000", "other")]),
    ("Under the rules, no more than 20 people were killed, the army said.", [("no more than 20", "killed")]),
    ("Gatherings of more than 50 people were dispersed.", [("more than 50", "other")]),
    ("Despite the ban, up to 5,000 people took to the streets.", [("up to 5,000", "other")]),
    ("Under the ceasefire rules, up to 500 families were allowed to leave.", [("up to 500", "other")]),
    ("A maximum of 300 refugees were sheltered in the school.", [("A maximum of 300", "displaced")]),
    ("More than 1,000 Tahrir Square protesters were injured.", [("More than 1,000", "injured")]),
    ("Police arrested at least 300 Movement for Democratic Change supporters.", [("at least 300", "other")]),
    ("Ukraine said it had killed 2000 Russian soldiers.", [("2000", "killed")]),
    ("The coalition killed 1900 Houthi fighters.", [("1900", "killed")]),
    ("The hospital was struck 12 times by artillery shells.", [("12", "strikes")]),
    ("In the 412 Incident, 30 people were killed.", [("30", "killed")]),
])
def test_counts_beside_them_are_kept(text, kept):
    assert found(text) == kept


# -- a retrospective's days: "On 17 March, four years ago", and the year its paragraph tells the story in

draft = drafter(pd.DataFrame([["qz-police", "Qzland Police Service", "government", "true", "", "", "Qzland police"]],
                             columns=list(S.SOURCE_COLUMNS)))


def test_a_day_then_so_many_years_ago_after_a_comma():
    got = draft("Millbrook remembers\n\nOn 14 March, four years ago in Millbrook, police killed at least five "
                "protesters.\n")["at least five"]
    assert got["period_end"] == "2027-03-14"


def test_a_day_in_a_retrospective_takes_the_year_its_paragraph_tells_the_story_in():
    text = ("Ten years ago in Millbrook\n\nIt is ten years since the Millbrook killings.\n\n"
            "Protests began in Millbrook in January 2021. On March 7, several thousand people gathered, and police "
            "killed four people.\n")
    got = draft(text)
    assert got["four"]["period_end"] == "2021-03-07"
    # a November story told into the next year: "in November 2020 ... On March 7" is March 2021
    got = draft(text.replace("January 2021", "November 2020"))
    assert got["four"]["period_end"] == "2021-03-07"


def test_a_day_in_a_piece_that_looks_back_to_another_year_keeps_the_publications_year():
    got = draft("War in Qzland\n\nQzland's war began 13 years ago.\n\nSince government forces retook Millbrook in "
                "December 2026, the town has been quiet. On March 7, an airstrike killed 12 people there.\n")
    assert got["12"]["period_end"] == "2031-03-07"


def test_a_day_in_current_news_keeps_the_publications_year():
    got = draft("Gunmen attack Millbrook\n\nThe group was founded in January 2021. On March 7, its gunmen killed "
                "four people in Millbrook.\n")
    assert got["four"]["period_end"] == "2031-03-07"


def test_the_toll_of_a_war_is_the_whole_countrys_not_the_village_the_paragraph_names():
    text = ("Millbrook ten years on\n\nMillbrook was burned in 2021.\n\nThe survivors met in Millbrook. They ask how a "
            "country heals itself after a war that killed tens of thousands of people.\n")
    got = draft(text)["tens of thousands"]
    assert got["admin1"] == "QZ" and "the toll of a war" in got["why"]
    text = "Strike on Millbrook\n\nIn Millbrook, shelling killed 12 people on Tuesday.\n"
    assert draft(text)["12"]["admin1"] != "QZ"
