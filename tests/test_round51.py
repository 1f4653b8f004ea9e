"""Fifty-first round (read parts 98-99 after listing them in tuned.txt). What: prisoners of war are a force's men
(`combatants`, as the labelled README says); "wounded, frozen to death or missing" counts the hurt and the dead
together (`casualties`). Who: "X put the total at 2,600 dead" is X's count, as "put the death toll at" is; "The
agency quoted a photographer who said he counted 31 dead" is the photographer's count, not the agency's; "The
reports said" after "media reported" are those media's reports, not the officials one of them cited. When:
"since a truck bombing that killed 21 there in 2002" counts the bombing's dead, dated by its own words, not a
running total since it. Where: "the village of Daih, west of the capital, Harbor Town" and "a woman from the
southern province of Westfold" name a point of reference and a person's home, not the place; a headline's "clash
with protesters" is one clash in one place, not unrest over the country. Invented sentences only; nothing copied
from the labelled set."""
from __future__ import annotations

import pandas as pd

from qz_fixtures import by_value, drafter, end_day

SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police Service", "government", "Qzland police;local police"],
    ["qz-wire", "Qzland Wire Service (news agency)", "media", "Qzland Wire;QWS"],
    ["qz-security-ministry", "Ministry of Public Security of Qzland", "government", "Ministry of Public Security"],
], columns=["source_id", "name", "type", "aliases"])
draft = drafter(SOURCES)


# --------------------------------------------------------------------------- what

def test_prisoners_of_war_are_combatants():
    got = by_value("At least 52 Zemlandi prisoners of war were killed and 75 wounded when the camp was shelled.")
    assert (got["At least 52"].population, got["75"].population) == ("combatants", "combatants")
    assert by_value("The sides exchanged 95 POWs on Friday.")["95"].population == "combatants"
    # (but prisoners of war counted with civilians are everyone)
    assert by_value("About 3,000 prisoners of war and civilians were taken to camps.")["About 3,000"].population == "all"


def test_a_list_of_fates_with_the_hurt_and_the_dead_is_casualties():
    got = by_value("Another 4,000 are believed to be wounded, frozen to death or missing after the massacre.")
    assert got["4,000"].metric == "casualties"
    # (the hurt alone, or the hurt and the detained, are not)
    assert by_value("Another 30 were wounded, police said.")["30"].metric == "injured"
    assert by_value("Another 30 were wounded and detained.")["30"].metric == "other"


# --------------------------------------------------------------------------- who

def test_a_source_that_puts_the_total_at_a_number():
    text = ("Troops fire on crowd\n\nTroops opened fire on protesters in Harbor Town on Sunday.\n\nThe Qzland Wire "
            "Service, quoting hospital sources, put the total at 2,600 dead and 10,000 wounded.")
    got = draft(text, published="2031-06-05")
    assert got["2,600"]["claimant"] == got["10,000"]["claimant"] == "qz-wire", got["2,600"]["why"]


def test_the_one_quoted_who_said_is_the_source():
    text = ("Massacre reported\n\nTroops killed villagers in Millbrook on Sunday.\n\nThe Qzland Wire quoted a "
            "photographer who said that he had counted 31 dead.")
    got = draft(text, published="2031-06-05")
    assert got["31"]["claimant"] == "", got["31"]["why"]
    text = ("Massacre reported\n\nTroops killed villagers in Millbrook on Sunday.\n\nThe Qzland Wire quoted local "
            "police who said 12 were killed.")
    assert draft(text, published="2031-06-05")["12"]["claimant"] == "qz-police"


def test_the_reports_after_media_reported_name_no_one():
    text = ("Coup attempt reported\n\nTroops defeated a coup attempt early Tuesday, local and other media "
            "reported.\n\nThe coup leader was killed in a gun battle, the news service reported, citing local "
            "police.\n\nThe reports said at least four of the attacking gunmen had been killed.")
    got = draft(text, published="2031-12-31")
    assert got["at least four"]["claimant"] == "", got["at least four"]["why"]
    # (but with no media reports before, "the reports" are the last body's)
    text = text.replace("local and other media reported", "officials said")
    assert draft(text, published="2031-12-31")["at least four"]["claimant"] == "qz-police"


# --------------------------------------------------------------------------- when

def test_the_count_of_the_event_since_names():
    text = ("Pilgrims return\n\nPilgrims returned to Millbrook on Tuesday. Their numbers have dropped "
            "since a truck bombing that killed 21 there in 2019.\n\nBodies were still being recovered since the "
            "two-day fighting on May 15 and 16 that claimed 19 lives.")
    got = draft(text, published="2031-05-21")
    assert end_day(got["21"]) == "2019-12-31", got["21"]["why"]
    assert end_day(got["19"]) == "2031-05-16", got["19"]["why"]
    # (but a count after "since" with no relative clause is a running total up to publication)
    text = ("War toll\n\nSince the war began in 2019, fighting in Millbrook has killed 400 people.")
    assert end_day(draft(text, published="2031-05-21")["400"]) == "2031-05-21"


# --------------------------------------------------------------------------- where

def test_a_place_west_of_the_capital_is_not_the_capital():
    text = ("Bomb kills three policemen\n\nThree policemen have been killed in a bomb explosion in Qzland, the "
            "police said.\n\nThe officers had been dispersing rioters in the village of Tamra, west of the capital, "
            "Harbor Town, at the time of the attack.")
    got = draft(text, published="2031-03-04")
    assert got["Three"]["admin1"] == "QZ", got["Three"]["why"]
    # (but "in Tamra, in Harbor Town" places it there)
    text = text.replace("west of the capital, Harbor Town", "in Harbor Town")
    assert draft(text, published="2031-03-04")["Three"]["admin1"] == "QZ01"


def test_a_bombers_home_is_not_the_place():
    text = ("Bus bombing\n\nIn an attack in Millbrook in late October, six people were killed and 37 injured when "
            "a bomb carried by a young woman from the southern province of Eastmark went off on a bus.")
    got = draft(text, published="2031-12-30")
    assert got["six"]["admin1"] == got["37"]["admin1"] == "QZ02", got["six"]["why"]


def test_a_clash_with_protesters_is_one_place():
    text = ("Three policemen killed in clash with protesters in Qzland\n\n(QWS) - At least four people, including "
            "three policemen, were killed on Thursday in Qzland when protesters attacked officials building a wall, "
            "the Ministry of Public Security said.\n\nThe protesters attacked the officials with knives in the "
            "village of Tamra, near the capital, Harbor Town, the ministry said.\n\nThree policemen and one of the "
            "protesters were killed, the ministry said.")
    got = draft(text, published="2031-01-10")
    assert got["Three"]["admin1"] == "QZ01", got["Three"]["why"]
    assert got["At least four"]["claimant"] == "qz-security-ministry"
