"""Forty-eighth round (read parts 92-93 after listing them in tuned.txt). What: the sides of a fight ("fighting between
thousands of opposition supporters and security forces"), a crowd that "had gathered" or was moved "to attack a bus"
are people doing something, not the dead; people driven "out of" a place or "given temporary accommodation" are
displaced; "millions" is a vague word with a rule in every profile; a sentence that opens on "One died" counts one;
"20 dead pro-Russian forces" are men (but "the two forces clashed" are sides). Who: a website's host that only
qualifies a body's common noun ("metro.co.uk" and "Metro Police") names no author. When: a "gunfight" is violence; the
day of an incident "which sparked the violence" is not the day of the violence it set off. Where: an embassy's "move
to" a city and the wounded's "airlift to" it are destinations; a region named first as the place outweighs a city
named once later. A toll that "has gone up to 50" is 50, not at most 50; "killed in a shootout" is a report on that
shootout, not a running total. Invented sentences only; nothing copied from the labelled set."""
from __future__ import annotations

import pandas as pd

from qz_fixtures import by_value, drafter, end_day

SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police Service", "government", "Qzland police;police"],
    ["qz-health", "Qzland Health Ministry", "government", "Health Ministry"],
    ["harbor-metro-police", "Harbor Town Metropolitan Police (Metro Police)", "government", "Metro Police"],
    ["qzwatch", "Qzwatch Monitors", "monitoring_ngo", "Qzwatch Monitors"],
], columns=["source_id", "name", "type", "aliases"])
draft = drafter(SOURCES)


# --------------------------------------------------------------------------- what

def test_the_sides_of_a_fight_are_not_its_dead():
    got = by_value("Reports say up to 12 people have been killed in fierce fighting between thousands of opposition "
                   "supporters and security forces.")
    assert got["up to 12"].metric == "killed"
    assert got["thousands"].metric == "other"


def test_a_crowd_that_had_gathered_or_was_moved_to_attack_is_not_hurt():
    got = by_value("Dozens of people were reported killed Monday as tens of thousands protesters had gathered at the "
                   "fence.")
    assert (got["Dozens"].metric, got["tens of thousands"].metric) == ("killed", "other")
    got = by_value("The rumour moved several hundred people to attack a bus in Millbrook, killing 10 passengers.")
    assert (got["several hundred"].metric, got["10"].metric) == ("other", "killed")
    # (but a crowd that gathered and was killed is what befell it)
    assert by_value("Five people who had gathered at the gate were killed.")["Five"].metric == "killed"


def test_people_driven_out_of_a_place_or_given_a_roof_are_displaced():
    got = by_value("Activists accuse soldiers of driving hundreds of residents out of Millbrook by firing at homes.")
    assert got["hundreds"].metric == "displaced"
    assert by_value("Militants drove 2,000 people from their villages.")["2,000"].metric == "displaced"
    got = by_value("Dozens of families have been given temporary accommodation in a new housing complex.")
    assert (got["Dozens"].metric, got["Dozens"].unit) == ("displaced", "households")
    # (not members forced out of a party)
    assert by_value("The party forced 20 members out of the party.")["20"].metric == "other"


def test_millions_is_a_vague_count():
    got = by_value("The unrest came as millions of people held rallies on Sunday across Qzland.")
    assert (got["millions"].qualifier, got["millions"].metric, got["millions"].low) == ("vague", "other", 2_000_000)


def test_a_sentence_that_opens_on_one_with_its_fate_counts_one():
    got = by_value('"One died after falling from a bridge, two others were run over by cars," the police said.')
    assert (got["One"].value, got["One"].metric) == (1, "killed")
    assert got["two"].metric == "killed"
    assert by_value("One is tempted to say more about the riot.") == {}


def test_forces_are_men_but_the_two_forces_are_sides():
    got = by_value("The minister said there are at least 20 dead pro-government forces.")
    assert (got["at least 20"].metric, got["at least 20"].population) == ("killed", "combatants")
    assert (by_value("The president sent 9,000 military forces to Millbrook.")["9,000"].metric) == "other"
    assert "two" not in by_value("The two forces clashed near the border, killing five.")


# --------------------------------------------------------------------------- who

def test_a_host_that_only_qualifies_a_bodys_common_noun_names_no_author():
    text = "At least 57 prisoners have been killed in clashes between gangs in Millbrook prison."

    def claimant(url: str) -> str:
        return draft(text, published="2031-07-30", url=url)["At least 57"]["claimant"]

    assert claimant("https://metro.example.uk/2031/07/30/prisoners-killed/") == ""  # (not "Metro Police")
    assert claimant("https://www.qzwatch.org/2031/07/30/prisoners-killed/") == "qzwatch"  # a body's own website


# --------------------------------------------------------------------------- when

def test_a_gunfight_is_violence_that_dates_the_story():
    text = ("At least 43 dead in Millbrook shootout\n\nMore than 40 people have been killed in a shootout between "
            "police and an armed gang in Westfold.\n\nThe large scale gunfight took place in Millbrook near the Delta "
            "border on May 22.")
    got = draft(text, published="2031-05-24")
    assert end_day(got["More than 40"]) == "2031-05-22", got["More than 40"]["why"]


def test_the_day_of_what_sparked_the_violence_is_not_the_violences_day():
    text = ("Qzland raises death toll from riots\n\nThe Health Ministry said on Saturday that the death toll has gone up "
            "to 50 in the riots in Westfold.\n\nIt did not say whether the toll included 10 people beaten to death on "
            "June 3 by a mob in Millbrook, which sparked the violence.")
    got = draft(text, published="2031-06-16")  # (a Monday: the statement's Saturday is the 14th)
    assert end_day(got["50"]) == "2031-06-14", got["50"]["why"]
    # (the day of the ten beaten to death is still theirs)
    assert end_day(got["10"]) == "2031-06-03", got["10"]["why"]


def test_a_toll_that_has_gone_up_to_a_number_is_that_number():
    got = by_value("The death toll has gone up to 50 in the riots.")
    assert (got["50"].qualifier, got["50"].value) == ("exact", 50)
    assert by_value("The toll could go up to 100, officials said.")["up to 100"].qualifier == "up_to"


# --------------------------------------------------------------------------- where

def test_an_embassys_move_to_a_city_is_no_place_of_the_dead():
    text = ("The army killed dozens of protesters in Westfold on Monday as crowds protested the embassy's historic move "
            "to Harbor Town.")
    got = draft(text, published="2031-05-15")
    assert got["dozens"]["admin1"] == "QZ02", got["dozens"]["why"]


def test_the_wounded_airlifted_to_a_city_are_not_of_it():
    text = ("A truck bomb killed 15 people in Millbrook on Saturday.\n\n\"Twenty of the wounded are in Millbrook "
            "hospitals, while another 20 are in critical condition, prompting a request for their airlift to Harbor "
            "Town,\" he said.")
    got = draft(text, published="2031-09-24")
    assert got["20"]["admin1"] == "QZ02", got["20"]["why"]


def test_a_region_named_first_as_the_place_outweighs_a_city_named_once_later():
    text = ("Troops killed dozens of protesters at the Delta Strip border on Monday.\n\nThe Health Ministry said 58 "
            "people had been killed by gunfire on Monday.\n\nOfficials met in Harbor Town to mark the day.")
    got = draft(text, published="2031-05-15")
    assert got["58"]["admin1"] == "QZ03;QZ04", got["58"]["why"]
