"""Fifty-fifth round (read parts 108 and 109 after listing them in tuned.txt). What: "a couple of hundred", "a
couple hundred", "a couple of dozen" and "a couple of thousand" are vague numbers, bounded by every shipped profile
(a couple of days is no figure); a bare crowd count that took part in, or attended, a funeral, a procession or a
vigil is a count of people ("Thousands took part in the funeral procession"), as one that took part in a protest
was (not "Eight took part in the talks", "Ten attended the meeting"); a crowd that "had taken to the streets" did
so (metric other), not what befell others in its sentence. When: a toll raised later from the events of one named
day ("The toll from Monday's clashes ... rose to 31, police said on Tuesday") keeps that day, as a toll from one
attack did, though clashes are many; a birthday ("who would have turned 30 on Sunday") is no incident's day.
Where: a document about unrest whose headline and lede put it in one place, and say nothing of it spreading ("a
march in Harbor Town turned violent"), is about that place: a count naming no place is that place's, not the whole
country's; and a place named after "came days after" is an earlier incident's, not the document's. Invented
sentences only; nothing copied from the labelled set."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from qz_fixtures import by_value, drafter, end_day

SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police Service", "government", "Qzland police;police"],
], columns=["source_id", "name", "type", "aliases"])
draft = drafter(SOURCES)


@pytest.mark.parametrize("text, reported", [
    ("Witnesses said a couple of hundred people gathered outside the court.", "a couple of hundred"),
    ("A couple hundred marines arrived on the island on Tuesday.", "A couple hundred"),
    ("A couple of dozen villagers were injured in the blast.", "A couple of dozen"),
    ("A couple of thousand protesters marched to the palace.", "A couple of thousand"),
])
def test_a_couple_of_hundred_is_a_vague_number(text, reported):
    got = by_value(text)
    assert reported in got, got
    c = got[reported]
    assert c.qualifier == "vague" and math.isnan(c.value)
    assert 0 < c.low <= c.high


def test_a_couple_of_words_have_a_rule_in_every_profile_and_both_spellings_read_alike():
    from crosstally.bounds import load_profiles
    _, profiles = load_profiles()
    for profile in profiles.values():
        for unit, lo in (("dozen", 12), ("hundred", 100), ("thousand", 1000)):
            low, high = profile.bounds("vague", value_as_reported=f"a couple of {unit}")
            assert lo <= low <= high <= 5 * lo, (profile.id, unit, low, high)
            assert profile.bounds("vague", value_as_reported=f"A couple {unit}") == (low, high)


def test_a_couple_of_days_or_people_is_no_vague_number():
    got = by_value("A couple of days later, two people died in hospital.")
    assert list(got) == ["two"], got
    assert "couple" not in " ".join(by_value("The couple said 40 people were arrested.")), "a couple is no count"


def test_a_crowd_at_a_funeral_or_vigil_is_counted():
    got = by_value("Thousands took part in the funeral procession on the edge of Harbor Town.")
    assert got["Thousands"].qualifier == "vague" and got["Thousands"].metric == "other"
    assert got["Thousands"].population == "all"
    assert "Hundreds" in by_value("Hundreds attended the funeral of the two victims.")
    assert "Some 300" in by_value("Some 300 attended a vigil for the dead on Sunday.")
    # a crowd that "had taken to the streets" did so: what befell others in the sentence is theirs
    got = by_value("Five people were injured in Harbor Town after about 500 people had taken to the streets.")
    assert got["Five"].metric == "injured" and got["about 500"].metric == "other"
    assert by_value("Thousands have taken to the streets since Friday.")["Thousands"].metric == "other"
    # (not talks nor meetings: their numbers are no crowd)
    assert by_value("Eight took part in the talks in Millbrook.") == {}
    assert by_value("Ten attended the meeting of the council.") == {}


def test_a_toll_raised_from_one_named_days_clashes_keeps_that_day():
    text = ("The toll from Monday's clashes between herders and farmers near Harbor Town in eastern Qzland rose to 31 "
            "after three more of the wounded died in hospital, police said on Tuesday.\n\n"
            "Police said 60 people were wounded when the herders attacked the farms before dawn on Monday.\n")
    got = draft(text, published="2031-08-23")  # a Saturday: Monday is 2031-08-18, Tuesday 2031-08-19
    assert end_day(got["31"]) == "2031-08-18", got["31"]["why"]
    # (a toll over clashes whose day is not named stands as of the day it was given)
    text2 = text.replace("Monday's clashes", "the clashes")
    assert end_day(draft(text2, published="2031-08-23")["31"]) == "2031-08-19"


def test_unrest_the_lede_puts_in_one_place_is_that_places():
    text = ("Police arrest 13 after riot in Harbor Town\n\n"
            "Police said on Saturday they arrested 13 people when an anti-migrant march in the port city, Harbor Town, "
            "turned violent with mobs vandalising shops.\n\n"
            "Five people were injured during the unrest that broke out on Friday evening, the police said.\n\n"
            "The violence came days after about 20 people were arrested during clashes near Millbrook.\n")
    got = draft(text, published="2031-09-06")
    assert got["Five"]["admin1"] == "QZ01", got["Five"]["why"]
    assert got["about 20"]["admin1"] == "QZ02"
    # (but unrest the lede says spread over the country stays the country's)
    text2 = ("Protests spread across Qzland\n\n"
             "Protests over fuel prices spread across the country on Friday, with clashes in Harbor Town.\n\n"
             "Five people were injured during the unrest, the police said.\n\n"
             "In Millbrook, about 20 people were arrested.\n")
    assert draft(text2, published="2031-09-06")["Five"]["admin1"] == "QZ"


def test_a_place_named_for_an_earlier_incident_is_not_the_documents():
    text = ("Gunmen attacked a bus on the coast road near Harbor Town on Friday, police said.\n\n"
            "Six passengers were wounded, police said.\n\n"
            "The attack came days after three traders were kidnapped in Millbrook.\n")
    got = draft(text, published="2031-09-06")
    assert got["Six"]["admin1"] == "QZ01", got["Six"]["why"]
    assert got["three"]["admin1"] == "QZ02"


def test_a_birthday_is_not_the_incidents_day():
    text = ("Two soldiers were killed when their truck hit a mine near Millbrook, the army said.\n\n"
            "Sergeant Ilo Varn, who would have turned 30 on Sunday, and a driver died in the blast.\n")
    got = draft(text, published="2031-09-06")  # a Saturday: the Sunday before is 2031-08-31
    assert end_day(got["Two"]) == "2031-09-06", got["Two"]["why"]
