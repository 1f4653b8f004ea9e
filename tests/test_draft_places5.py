"""Admin-1 of drafts, fifth round: places a reader does not take as where a count happened.

Invented fixtures only (the QZ country of tests/qz_fixtures.py); nothing copied from the
labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from qz_fixtures import drafter

SOURCES = pd.DataFrame([
    ["qz-government", "Government of Qzland", "government", "yes", "", "", "the government"],
    ["qz-army", "Qzland Armed Forces", "military", "yes", "", "", "the army;the military"],
], columns=list(S.SOURCE_COLUMNS))
draft = drafter(SOURCES)


def test_where_the_wounded_were_taken_is_not_where_they_were_hurt():
    text = ("Gunmen attack farmers in Qzland\n\n"
            "Gunmen killed nine farmers on Tuesday in fields near Millbrook, the army said.\n\n"
            "According to the government, seven of the nine killed were shot. Four more were wounded, the worst "
            "hurt being flown to Harbor Town for treatment.\n")
    got = draft(text)
    assert got["nine"]["admin1"] == "QZ02"
    assert got["Four"]["admin1"] == "QZ02"
    assert "Harbor Town" not in got["Four"]["place"]


def test_a_dateline_is_where_the_reporter_filed_from():
    text = ("Rebels ambush convoy in Qzland\n\n"
            "Harbor Town : At least 14 people were killed when rebels ambushed a convoy in a remote part of "
            "Qzland, officials said on Friday.\n\n"
            "The ambush took place on Thursday near Reedville, the army said.\n")
    got = draft(text)
    assert got["At least 14"]["admin1"] == "QZ03"
    # a dateline in capitals with a date, the same
    text = ("HARBOR TOWN, March 13 — Rebels ambushed a convoy in a remote part of Qzland, killing 14 "
            "people, the army said.\n\nThe ambush took place on Thursday near Reedville.\n")
    assert draft(text)["14"]["admin1"] == "QZ03"


def test_the_place_the_incident_days_name_beats_the_country_named_as_often():
    # Qzland is named as a place as often as Delta City; the dated incident is in Delta City
    text = ("Eleven killed in attack in Qzland\n\n"
            "Eleven people were killed in an attack on a market in Qzland, officials said.\n\n"
            "The attack happened on Wednesday in Delta City, the army said.\n\n"
            "A further six people were wounded.\n\n"
            "Last year the army fought rebels in Westfold and in Delta City.\n")
    assert draft(text)["six"]["admin1"] == "QZ03"
