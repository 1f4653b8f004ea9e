"""Eighteenth round: officials are not a foreign state named later, a comparison's "since the
<day> bombings", and "Tuesday's attack" beside a total over years. Invented fixtures only (the QZ
country of tests/qz_fixtures.py and an invented neighbour); nothing copied from the labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from qz_fixtures import drafter

SOURCES = pd.DataFrame([
    ["us-government", "Government of the United States", "government", "no", "", "", "The United States;U.S. officials"],
    ["qz-interior", "Qzland Interior Ministry", "government", "yes", "", "", "Interior Secretary Jo Tam"],
], columns=list(S.SOURCE_COLUMNS))
draft = drafter(SOURCES)


def test_officials_are_not_a_foreign_state_the_text_names_later():
    text = ("Toll of commandos killed in clash rises to 43\n\nHARBOR TOWN, Qzland (AP) -- At least 43 police commandos "
            "were killed in a battle with guerrillas in Millbrook, officials said Monday.\n\nThe United States has "
            "offered up to $5 million for the suspect's capture.\n")
    got = draft(text, published="2031-03-17")
    assert got["At least 43"]["claimant"] != "us-government"


def test_officials_named_later_of_the_case_are_still_found():
    # near miss: the later body is the case's own: the role word still finds it
    text = ("Toll rises to 43\n\nAt least 43 police commandos were killed in a battle in Millbrook, the ministry "
            "said Monday.\n\nThe Qzland Interior Ministry said the operation had gone wrong.\n")
    got = draft(text, published="2031-03-17")
    assert got["At least 43"]["claimant"] == "qz-interior"


def test_a_comparisons_since_the_day_bombings_dates_nothing():
    text = ("Five dead in Harbor Town attack\n\nWednesday 12 March 2031\n\nA man drove a car into a crowd in Harbor Town on "
            "Wednesday.\n\nFive people died in all, including the attacker himself, in the worst terrorist incident "
            "to hit Qzland since the 7 July 2005 bombings.\n")
    got = draft(text, published="2031-03-12")
    assert got["Five people"]["period_end"] == "2031-03-12" if "Five people" in got else \
        [r for v, r in got.items() if v == "Five" and "in all" in r["quote"]][0]["period_end"] == "2031-03-12"


def test_a_days_attack_named_beside_a_total_over_years_is_the_incidents_day():
    text = ("Camp attack kills more than 60\n\nHarbor Town, Mar 13 (AFP) Mar 13, 2031\nGunmen attacked a military camp "
            "near the border, killing more than 60 people, a security source said on Thursday.\n\nTuesday's attack in "
            "Millbrook was the deadliest on the military since the violence began in 2015.\n\nThree soldiers were also "
            "killed on Monday in an attack on another army post in Saltpan, the ministry said.\n")
    got = draft(text, published="2031-03-13")  # a Thursday
    assert got["more than 60"]["period_end"] == "2031-03-11"  # Tuesday, not Monday's other attack


def test_a_body_of_a_place_the_text_never_names_is_not_described_by_generic_words():
    sources = pd.DataFrame([
        ["eastmark-health", "Health Department of Eastmark (Health Minister Jo Tam)", "government", "yes", "", "",
         "Eastmark Health Minister Jo Tam"],
    ], columns=list(S.SOURCE_COLUMNS))
    text = ("Pagers explode across Saltpan\n\nThe health minister stated that the casualty count has increased to "
            "twelve in Saltpan on Wednesday.\n")
    assert drafter(sources)(text)["twelve"]["claimant"] == ""
    # near miss: the text names the body's place, so the words describe it
    text = text.replace("Saltpan on Wednesday", "Eastmark on Wednesday")
    assert drafter(sources)(text)["twelve"]["claimant"] == "eastmark-health"
