"""Sixteenth round: the slaying of people, bombings at buildings, and people named by the place
they came from. Invented fixtures only (the QZ country of tests/qz_fixtures.py); nothing
copied from the labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from qz_fixtures import by_value as _by_value, drafter

SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police", "government", "yes", "", "", "Qzland police"],
], columns=list(S.SOURCE_COLUMNS))
draft = drafter(SOURCES)


def test_the_slaying_of_people_is_killing():
    got = _by_value("The attack followed the slaying of 14 people late on Friday. The slayings of 12 villagers "
                    "shocked the town.")
    assert (got["14"].metric, got["12"].metric) == ("killed", "killed")


def test_bombings_at_buildings_are_attacks_on_them():
    got = _by_value("A family carried out suicide bombings at three churches in Harbor Town.")
    assert got["three"].metric == "attacks_on_facilities"
    # near miss: buildings with no word of attack near them are counted, not attacked
    assert _by_value("The town has three churches and a school.")["three"].metric != "attacks_on_facilities"


def test_people_named_by_the_place_they_came_from_are_not_of_that_place():
    got = draft("Massacre in Millbrook\n\nGunmen killed 30 people in Millbrook on Monday. The group abducted at "
                "least 20 journalists from Harbor Town before killing them.\n")
    assert got["30"]["admin1"] == "QZ02"
    assert got["at least 20"]["admin1"] == "QZ02"  # Millbrook, not Harbor Town (QZ01), their home


def test_a_place_after_from_an_attack_word_or_a_flight_keeps_its_own_reading():
    # near misses: where people were hurt is still read after "in"; an attack "from" a place is its origin
    got = draft("Clashes in Saltpan\n\nPolice said 12 students from Delta City were wounded in Saltpan on "
                "Monday.\n")
    assert got["12"]["admin1"] == "QZ04"


def test_a_headline_figure_says_which_values_the_body_replaced():
    # the headline's claimant was carried from the lead; the body's telling names none: the reasons must
    # end with the values the row keeps, not only the earlier "-> qz-police"
    got = draft("12 killed in Millbrook market strike\n\nThe Qzland police said on Monday that the strike hit the "
                "market.\n\nAt least 12 people were killed in Millbrook on Sunday, residents said.\n")
    # (since the twentieth round the lead's police are not carried at all: the body gives the twelve only as the
    # residents' words, so no reason names qz-police as the row's claimant)
    assert got["12"]["claimant"] == ""
    assert "-> qz-police" not in got["12"]["why"]
    assert "takes only the source the body names for the same figure" in got["12"]["why"]


def test_a_datelines_day_is_not_the_incidents_when_its_sentence_names_the_day_of_the_violence():
    text = ("Strikes on Millbrook market kill 27\n\nMILLBROOK, Qzland, 14 March 2031 (Qz Wire) - Air strikes hit a "
            "market in Millbrook on Sunday, killing at least 27 civilians, rescue workers said.\n\nThe Qzland police "
            "said 27 people were killed and more than 60 wounded in the strikes.\n")
    got = draft(text, published="2031-03-14")
    assert got["27"]["period_end"] == "2031-03-09"  # Sunday, not the dateline's Friday the 14th
    assert got["more than 60"]["period_end"] == "2031-03-09"


def test_a_datelines_day_alone_or_beside_a_statement_day_is_still_the_stories():
    # near miss: "... authorities said on Sunday": the dateline's day stays the story's day
    text = ("Third night of riots in Millbrook\n\nMILLBROOK, Qzland, March 14 (Qz Wire) - Millbrook has been hit by a "
            "third night of riots, authorities said on Friday.\n\nPolice arrested 38 people as shops were looted.\n")
    got = draft(text, published="2031-03-15")
    assert got["38"]["period_end"] == "2031-03-14"


def test_since_in_another_clause_makes_no_running_total():
    base = ("Strikes on Millbrook market kill 27\n\nAir strikes hit a market in Millbrook on Sunday, killing at least "
            "27 civilians, rescue workers said.\n\n")
    got = draft(base + "The Qzland police said about 30 people had been killed and that about 1,200 families had "
                       "fled the town since the strikes began.\n", published="2031-03-14")
    assert (got["about 30"]["period_end"], got["about 30"]["counting_basis"]) == ("2031-03-09", "incident")
    # near miss: "since" in the number's own clause
    got = draft(base + "About 30 people have been killed since Sunday, the Qzland police said.\n",
                published="2031-03-14")
    assert got["About 30"]["counting_basis"] == "cumulative_since"
