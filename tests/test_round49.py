"""Forty-ninth round (read parts 94-95 after listing them in tuned.txt). What: "Gunman kills 4 outside Jewish
school" counts four; "cadavers" and "one corpse" are the dead; wounds called fatal are deaths ("received fatal
gunshot wounds"); a count joined in quotation marks ('two civilians and “16 criminals” were killed') shares the
verb; "Three rescue vehicles", a law's article numbers and a note's "[1]" are no counts; "defence volunteers" are
combatants. Who: an earlier year's event ("was in 2013, when 60 people died"), a war's toll "over the last 15 years"
and a country's population are background, not the claim of the speaker quoted before them. When: "an attack four
days ago that killed two" is four days before publication. Where: a jail riot is one place, not unrest over the
country. Invented sentences only; nothing copied from the labelled set."""
from __future__ import annotations

import pandas as pd

from qz_fixtures import by_value, drafter, end_day

SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police Service", "government", "Qzland police;police"],
    ["qz-army", "Qzland Army", "military", "army"],
    ["westfold-governor", "Governor of Westfold", "government", "Westfold governor"],
], columns=["source_id", "name", "type", "aliases"])
draft = drafter(SOURCES)


# --------------------------------------------------------------------------- what

def test_a_headline_verb_with_a_bare_count_before_where():
    got = by_value("Gunman kills 4 outside school in Millbrook")
    assert (got["4"].value, got["4"].metric) == (4, "killed")


def test_cadavers_and_a_corpse_are_the_dead():
    got = by_value("The raid left over 35 cadavers, the governor wrote.")
    assert (got["over 35"].metric, got["over 35"].unit) == ("killed", "people")
    got = by_value("A reporter in the town had seen one corpse being put into a body bag.")
    assert (got["one"].value, got["one"].metric) == (1, "killed")


def test_wounds_called_fatal_are_deaths():
    got = by_value("While chasing the car two police officers received fatal gunshot wounds.")
    assert (got["two"].metric, got["two"].population) == ("killed", "combatants")
    # (wounds not called fatal stay wounds)
    assert by_value("Five others sustained serious injuries.")["Five"].metric == "injured"
    assert by_value("Ten people received medical treatment.")["Ten"].metric == "injured"


def test_a_count_joined_in_quotation_marks_shares_the_verb():
    got = by_value("Four police officers and “16 criminals” were killed.")
    assert (got["Four"].metric, got["16"].metric) == ("killed", "killed")


def test_things_articles_and_notes_are_no_counts():
    assert by_value("Smoke hindered emergency services. Three rescue vehicles were disabled.") == {}
    assert by_value("They are charged under the following articles of the Criminal Code: 120 (intentional murder), "
                    "214 (terrorism), 220 (mass unrest).") == {}
    got = by_value("A gunman killed three people [1] and wounded a fourth [2] hours later.")
    assert list(got) == ["three"]
    # (but rescue workers are people)
    assert by_value("Three rescue workers were killed.")["Three"].metric == "killed"


def test_defence_volunteers_are_combatants():
    got = by_value("Two defence volunteers survived the attack unscathed.")
    assert got["Two"].population == "combatants"


# --------------------------------------------------------------------------- who

def test_an_earlier_years_event_is_background():
    text = ("Riot in Millbrook jail kills 37\n\nAt least 37 people died in a jail riot in Millbrook, Westfold governor "
            "Ana Ruiz said on Wednesday.\n\nThe jail held 105 prisoners at the time, Ruiz said.\n\nThe deadliest "
            "riot in a prison in Qzland was in 2019, when 60 people died and more than 150 were wounded in a jail "
            "in Harbor Town.")
    got = draft(text, published="2031-08-17")
    assert got["At least 37"]["claimant"] == "westfold-governor"
    assert got["60"]["claimant"] == "", got["60"]["why"]
    assert got["more than 150"]["claimant"] == "", got["more than 150"]["why"]


def test_a_wars_toll_over_years_and_a_countrys_population_are_background():
    text = ("15 killed in rebel attacks in Qzland\n\nAt least 15 people were killed in attacks by rebels in Delta, "
            "army spokesman Tom Reed said.\n\n\"Twelve were killed at the scene,\" said Reed.\n\nThe south has been "
            "in the grip of an insurgency that has killed more than 7,000 people over the last 15 years.")
    got = draft(text, published="2031-11-06")
    assert got["Twelve"]["claimant"] == "qz-army"
    assert got["more than 7,000"]["claimant"] == "", got["more than 7,000"]["why"]
    text = ("Riots in Westfold\n\nA police spokesman said hundreds of police officers had been sent to Millbrook, "
            "the Qzland police said.\n\nThe Ruritanians make up nearly three-quarters of Qzland's 21 million people.")
    got = draft(text, published="2031-03-07")
    assert got["21 million"]["claimant"] == "", got["21 million"]["why"]


# --------------------------------------------------------------------------- when

def test_days_ago_date_the_count_of_their_attack():
    text = ("Gunman kills four in Millbrook\n\nA gunman killed four people in Millbrook on Monday, police said.\n\n"
            "A police official said the gun used in Monday's attack was used in an attack four days ago that killed "
            "two soldiers in Harbor Town.")
    got = draft(text, published="2031-03-17")  # (a Monday)
    assert end_day(got["two"]) == "2031-03-13", got["two"]["why"]
    assert end_day(got["four"]) == "2031-03-17", got["four"]["why"]


# --------------------------------------------------------------------------- where

def test_a_jail_riot_is_one_place_not_unrest_over_the_country():
    text = ("At least 37 die in jail riot in Westfold\n\nAt least 37 people died in an hours-long jail riot in "
            "Westfold, officials said on Wednesday.\n\nThe governor had earlier said that at least 35 corpses were "
            "counted.\n\nThe deadliest riot in Qzland was at a jail in Delta City, in the state of Delta.")
    got = draft(text, published="2031-08-17")
    assert got["at least 35"]["admin1"] == "QZ02", got["at least 35"]["why"]


def test_a_countrys_service_named_by_the_country_is_no_place():
    text = ("Gunmen attack Millbrook prison\n\nGunmen stormed the prison in Millbrook on Tuesday night, freeing "
            "hundreds of inmates.\n\nThe spokesperson of the Qzland Correctional Service, on Wednesday, said 400 of the "
            "inmates had been recaptured. Another 16 inmates who sustained injuries are receiving treatment.")
    got = draft(text, published="2031-07-07")
    assert got["16"]["admin1"] == "QZ02", got["16"]["why"]
