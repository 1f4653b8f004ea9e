"""Forty-first round (read parts 78-79 after listing them in tuned.txt): "The 17 included three officers, ..." and
"The victims included 25 men and five women" break down the count before and keep its fate; "decapitated 25 men"
is a killing; people who "sought medical assistance" or "are in hospitals" are the hurt; "a force based in X" says
where the force is kept, not where anything happened; "called on the Zemland government" names a body, not a place;
"X is reporting 754 ..." is X's count; "between 20 and 30-thousand" is 20,000 to 30,000; and "Some 30 gunmen killed
12 villagers" counts those who did it, not the dead; and "Port Said" is a place, not a speaker. Invented sentences
only; nothing copied from the labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from crosstally.draft_patterns import name_said
from qz_fixtures import by_value, draft_two_countries, drafter


SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police", "police", "true", "", "", "Qzland police"],
    ["qz-government", "Government of Qzland", "government", "true", "", "", "Qzland officials;Qzland government"],
    ["un", "United Nations", "un", "false", "", "", "UN;U.N."],
], columns=list(S.SOURCE_COLUMNS))


# --------------------------------------------------------------------------- drafts: what was counted

def test_the_n_included_breaks_down_the_count_before():
    draft = drafter(SOURCES)
    got = draft("Clashes\n\nClashes in Millbrook left at least 17 people dead, Qzland police said. The 17 included three "
                "police officers, two civilians and 12 attackers.\n")
    for words in ("three", "two", "12"):
        assert got[words]["metric"] == "killed", got[words]["why"]
    assert got["two"]["population"] == "civilians"


def test_the_victims_included_are_the_dead_just_counted():
    draft = drafter(SOURCES)
    got = draft("Massacre\n\nGunmen killed 30 people in Millbrook on Sunday, police said. The victims included 25 men and "
                "five women.\n")
    assert got["25"]["metric"] == "killed", got["25"]["why"]
    assert got["five"]["metric"] == "killed", got["five"]["why"]
    # a breakdown of the hurt keeps theirs
    got = draft("Blast\n\nThe blast in Millbrook injured 40 people, police said. The wounded included 12 children.\n")
    assert got["12"]["metric"] == "injured", got["12"]["why"]
    # a breakdown whose own noun says the fate keeps it, whatever was counted just before
    got = draft("Shelling\n\nShelling killed 12 people in Millbrook and injured 25 others, police said. The dead include "
                "four children.\n")
    assert got["four"]["metric"] == "killed", got["four"]["why"]


def test_decapitated_is_a_killing():
    draft = drafter(SOURCES)
    got = draft("Massacre\n\nGunmen decapitated 25 men and two women on a ranch near Millbrook, police said. Police later "
                "found 14 decapitated bodies.\n")
    assert got["25"]["metric"] == "killed", got["25"]["why"]
    assert got["two"]["metric"] == "killed", got["two"]["why"]
    assert got["14"]["metric"] == "killed", got["14"]["why"]


def test_sought_medical_assistance_and_in_hospitals_are_the_hurt():
    draft = drafter(SOURCES)
    got = draft("Fire\n\nUp to 50 people, including 10 policemen, have sought medical assistance after the fire in "
                "Millbrook, Qzland police said.\n\nA total of about 800 people are in hospitals, including some 200 in "
                "Harbor Town, the UN said.\n")
    for words in ("Up to 50", "10", "about 800", "some 200"):
        assert got[words]["metric"] == "injured", got[words]["why"]
    # people who sought refuge are still the displaced
    got = draft("Flight\n\nSome 300 people sought refuge in a church in Millbrook, the UN said.\n")
    assert got["Some 300"]["metric"] == "displaced", got["Some 300"]["why"]


# --------------------------------------------------------------------------- drafts: places

def test_a_force_based_somewhere_is_not_where_it_struck():
    draft = drafter(SOURCES)
    text = ("Miners shot\n\nTroops fired on a truck near Millbrook on Saturday, the UN said.\n\n"
            "Six of the eight miners in the truck were killed by a special force based in Harbor Town, the UN said.\n")
    got = draft(text, published="2031-03-14")
    assert "QZ01" not in got["Six"]["admin1"], got["Six"]["why"]
    # stationed forces that are attacked there are still where they were struck
    got = draft("Attack\n\nGunmen attacked a base in Harbor Town, killing four soldiers, the UN said.\n")
    assert got["four"]["admin1"] == "QZ01", got["four"]["why"]


def test_a_countrys_government_is_a_body_not_a_place():
    text = ("Shooting in Millbrook\n\nGuards opened fire in Millbrook on Sunday, the UN said.\n\n"
            "The UN said 40 people were killed and called on the Zemland government to end its contract with the "
            "guards.\n")
    got = draft_two_countries(text, SOURCES, published="2031-07-12")
    assert "ZM" not in got["40"]["admin1"], got["40"]["why"]
    # a country named as where it happened is still a place
    got = draft_two_countries("Shelling\n\nShelling killed 12 people in Zemland on Friday, the UN said.\n", SOURCES)
    assert got["12"]["admin1"] == "ZM", got["12"]["why"]


# --------------------------------------------------------------------------- drafts: claimants

def test_is_reporting_is_a_reporting_verb():
    draft = drafter(SOURCES)
    got = draft("Coup\n\nQzland police said five people died in Millbrook.\n\nThe UN is reporting 754 soldiers have been "
                "detained as a result of the attempt.\n")
    assert got["754"]["claimant"] == "un", got["754"]["why"]
    assert "passive" not in got["754"]["why"]
    # "reporting" as a noun or a participle of no one's count speaks for no one
    got = draft("Clashes\n\nQzland police said five people died in Millbrook.\n\nAdditional reporting by the UN desk; "
                "20 people were hurt in Harbor Town.\n")
    assert got["20"]["claimant"] != "un", got["20"]["why"]


# --------------------------------------------------------------------------- extraction: numbers

def test_a_scale_word_joined_by_a_hyphen_and_shared_by_a_range():
    got = by_value("The agency puts the figure at between 20 and 30-thousand refugees. Some 40-thousand people fled "
                   "Harbor Town. Between two and three thousand people fled Millbrook.")
    assert (got["between 20 and 30-thousand"].value, got["between 20 and 30-thousand"].value_max) == (20000, 30000)
    assert got["Some 40-thousand"].value == 40000
    assert (got["Between two and three thousand"].value, got["Between two and three thousand"].value_max) == (2000, 3000)
    # a low end that, scaled, would pass the high end keeps its own value
    got = by_value("Between 800 and 1.2 million people fled the region.")
    assert (got["Between 800 and 1.2 million"].value, got["Between 800 and 1.2 million"].value_max) == (800, 1_200_000)


def test_an_armed_count_that_did_the_killing_is_not_the_dead():
    got = by_value("About 200 gunmen reportedly massacred and decapitated at least 27 people. Some 30 gunmen killed 12 "
                   "villagers in Millbrook.")
    assert got["About 200"].metric == "other", got["About 200"].reading
    assert got["Some 30"].metric == "other", got["Some 30"].reading
    assert got["at least 27"].metric == "killed" and got["12"].metric == "killed"
    # the dead of a force, told short or with a place or a day after, are still the dead
    got = by_value("12 soldiers killed, 5 injured in Millbrook. 30 soldiers killed in an ambush. Two policemen killed "
                   "two days ago were buried.")
    assert got["12"].metric == "killed" and got["30"].metric == "killed" and got["Two"].metric == "killed"


def test_a_names_said_is_no_reporting_verb():
    draft = drafter(SOURCES)
    got = draft("Toll rises\n\nThe death toll in clashes in the riot-stricken Port Said governorate has risen to 40, while "
                "the number of injured has exceeded 1,000, the UN reported Monday.\n")
    assert got["40"]["claimant"] == "un", got["40"]["why"]
    assert got["exceeded 1,000"]["claimant"] == "un", got["exceeded 1,000"]["why"]
    # a headline's "Police Said" still says
    words = "in the riot-stricken Port Said governorate"
    assert name_said(words, words.index("Said"))
    assert not name_said("Police Said To Have Killed 5", 7)
