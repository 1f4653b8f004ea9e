"""Misfires of the seventh round's drafting rules on ordinary reporting, found by a read-only review
(sentences written for it, about the invented QZ country of tests/qz_fixtures.py), and their fixes."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from qz_fixtures import drafter

SOURCES = pd.DataFrame([
    ["qz-government", "Government of Qzland", "government", "yes", "", "", "the government"],
    ["qz-army", "Qzland Armed Forces", "military", "yes", "", "", "the army;the military"],
    ["qz-police", "Qzland Police", "government", "yes", "", "", "the police;police"],
    ["qz-health-ministry", "Ministry of Health of Qzland", "government", "yes", "", "", "the health ministry"],
    ["qrw", "Qzland Rights Watch (QRW)", "monitoring_ngo", "no", "", "", "QRW"],
], columns=list(S.SOURCE_COLUMNS))
draft = drafter(SOURCES)


def _end(row: dict) -> str:
    return row["period_end"] or row["as_of"] or row["statement_date"] or row["published"]


def test_bodies_found_in_a_separate_development_keep_their_own_day():
    # published Saturday 15 March 2031; the car bomb was on Tuesday, the bodies found on Friday elsewhere
    text = ("Car bomb kills 30 in Harbor Town\n\n"
            "A car bomb killed 30 people in Harbor Town on Tuesday, the police said.\n\n"
            "In a separate development, police said 12 bodies were found on Friday in Millbrook, each shot in "
            "the head.\n")
    got = draft(text, published="2031-03-15")
    assert got["30"]["period_end"] == "2031-03-11"
    assert got["12"]["period_end"] == "2031-03-14"


def test_bodies_found_in_another_place_than_the_incident_keep_their_own_day():
    text = ("Car bomb kills 30 in Harbor Town\n\n"
            "A car bomb killed 30 people in Harbor Town on Tuesday, the police said.\n\n"
            "Police said 12 bodies were found on Friday in Millbrook.\n")
    got = draft(text, published="2031-03-15")
    assert got["12"]["period_end"] == "2031-03-14"


def test_a_relative_clause_whose_verb_has_its_own_object_names_no_claimant_of_the_number():
    text = ("Airstrikes killed 12 civilians in raids that the army said targeted militant hideouts in Millbrook on "
            "Monday, QRW said.\n")
    got = draft(text, published="2031-03-18")
    assert got["12"]["claimant"] == "qrw"


def test_unrest_beside_a_war_story_is_not_its_event():
    # ", as protests against the war continued": the story is the shelling of Harbor Town
    text = ("Shelling hits Harbor Town\n\n"
            "Rebel artillery struck Harbor Town on Monday, killing 12 civilians, the army said, as protests "
            "against the war continued in Millbrook.\n\n"
            "The health ministry said 40 people were wounded.\n")
    got = draft(text, published="2031-03-18")
    assert got["40"]["admin1"] == "QZ01"


def test_a_crackdown_on_militants_is_not_unrest():
    text = ("Army offensive in the east\n\n"
            "The army launched a crackdown on militants in Eastmark and Westfold on Monday.\n\n"
            "The army said 25 militants were killed and 40 arrested.\n")
    got = draft(text, published="2031-03-18")
    assert got["25"]["admin1"] != "QZ"


def test_other_towns_inside_a_named_unit_stay_in_that_unit():
    text = "Rockets hit Harbor Town and other towns in Eastmark Province on Monday, killing six people, the army said.\n"
    got = draft(text, published="2031-03-18")
    assert got["six"]["admin1"] == "QZ01"


def test_there_after_a_noun_is_the_place_again():
    # "Doctors there were treating": there = Harbor Town, not an existential "there were"
    text = ("Millbrook fighting\n\n"
            "Fighting raged in Millbrook and Millbrook's outskirts last week. On Tuesday troops advanced on Harbor "
            "Town.\n\n"
            "Doctors there were treating 40 wounded soldiers, the army said.\n")
    got = draft(text, published="2031-03-19")
    assert got["40"]["admin1"] == "QZ01"


def test_reportedly_in_a_relative_clause_leaves_the_numbers_claimant_alone():
    text = ("Twelve soldiers were killed in Harbor Town on Monday, the army said. "
            "The ambush, which was reportedly planned for weeks, also left 9 soldiers wounded.\n")
    got = draft(text, published="2031-03-18")
    assert got["9"]["claimant"] == "qz-army"
    text2 = "As many as 19 people have reportedly been killed in the unrest in Millbrook, the army said earlier.\n"
    got2 = draft("The army said on Monday it was sending troops.\n\n" + text2.replace(", the army said earlier", ""),
                 published="2031-03-18")
    assert got2["As many as 19"]["claimant"] == ""
