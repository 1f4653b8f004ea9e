"""Admin-1 and dates of drafts, eighth round.

Invented fixtures only (the QZ country of tests/qz_fixtures.py); nothing copied from the
labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from qz_fixtures import drafter

SOURCES = pd.DataFrame([
    ["qz-government", "Government of Qzland", "government", "yes", "", "", "the government"],
    ["qz-police", "Qzland Police", "government", "yes", "", "", "the police"],
    ["qz-defence-ministry", "Ministry of Defence of Qzland", "government", "yes", "", "", "the defence ministry"],
], columns=list(S.SOURCE_COLUMNS))
draft = drafter(SOURCES)


def test_including_with_a_finite_verb_is_the_sentences_own_event_and_place():
    # ", including one guard were killed ... in Millbrook": the comma never closes, "were killed" is the
    # sentence's verb, so Millbrook is the place of the whole count (and so of the document)
    text = ("Deadly attack on Qzland market\n\n"
            "Seven people, including one guard were killed and 30 others were injured in an attack on the "
            "central market in Millbrook on Monday night.\n\n"
            "Two attackers were also killed in the incident.\n")
    got = draft(text, published="2031-03-17")
    assert got["Seven"]["admin1"] == "QZ02"
    assert got["Two"]["admin1"] == "QZ02"  # no place in its sentence: the document's place
    assert "Millbrook" in got["Two"]["why"]


def test_including_a_victim_of_another_event_keeps_that_place_apart():
    # the near miss: ", including a guard slain on Sunday in Harbor Town" is one of the counted, with his own
    # event; the count's place is the document's, Millbrook
    text = ("Attacks in Millbrook\n\n"
            "Gunmen attacked a checkpoint in Millbrook on Monday, the police said.\n\n"
            "Nine people have been killed this week, including a guard slain on Sunday in Harbor Town.\n")
    got = draft(text, published="2031-03-17")
    assert got["Nine"]["admin1"] == "QZ02"
