"""Forty-fifth round (read parts 86-87 after listing them in tuned.txt). Who: an abbreviation styled in mixed case
("STv" for STV, "Itar-Tass" for ITAR-TASS) names its source, but not a capitalised word ("Who" is not WHO); a source
with its own reporting verb after "and" speaks in a clause of its own ("... said six were killed and STv reported
10 deaths"); an outlet that quotes an unnamed official ("Lusa quoted hospital sources as saying") stands behind the
figure. When: the day of a funeral ("today's funeral of seven slain guards") is not the killing's; "The rioting
erupted Sunday", the day before a text that names no other day of it, dates the riot's dead. Where: a direction
before the country ("in western Qzland") is a part of it, the document's own unit. Invented sentences only; nothing
copied from the labelled set."""
from __future__ import annotations

import pandas as pd

from qz_fixtures import drafter, end_day

SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police Service", "government", "Qzland police;police"],
    ["qz-tv", "QTV (Qzland private television)", "media", "QTV"],
    ["qz-wire", "QZTA (Qzland state news agency)", "media", "QZTA;QZTA news agency"],
    ["who", "World Health Organization (WHO)", "un_agency", "WHO"],
], columns=["source_id", "name", "type", "aliases"])
draft = drafter(SOURCES)


# --------------------------------------------------------------------------- who

def test_an_abbreviation_styled_in_mixed_case_names_its_source():
    got = draft("Riots in Harbor Town.\n\nQTv reported 10 deaths in the riots on Wednesday.", published="2031-09-02")
    assert got["10"]["claimant"] == "qz-tv", got["10"]["why"]
    got = draft("Riots in Harbor Town.\n\nThe Qzta news agency said 12 people were killed.", published="2031-09-02")
    assert got["12"]["claimant"] == "qz-wire", got["12"]["why"]


def test_a_capitalised_word_is_not_an_abbreviation():
    got = draft("Who counted the dead? Residents said 14 people were killed in Harbor Town.", published="2031-09-02")
    assert got["14"]["claimant"] == "", got["14"]["why"]


def test_a_source_with_its_own_verb_after_and_speaks_in_its_own_clause():
    got = draft("Hospital sources and residents said at least six were killed in Harbor Town and QTV reported 10 "
                "deaths, about 140 arrested and 27 seriously injured.", published="2031-09-02")
    assert got["10"]["claimant"] == "qz-tv", got["10"]["why"]
    assert got["27"]["claimant"] == "qz-tv"
    assert got["at least six"]["claimant"] == ""  # (two bodies together: no one source's)


def test_an_outlet_quoting_someone_unnamed_stands_behind_the_figure():
    got = draft("Riots in Harbor Town.\n\nQTV also quoted hospital sources as saying that 11 people had been "
                "injured.", published="2031-09-02")
    assert got["11"]["claimant"] == "qz-tv", got["11"]["why"]
    got = draft("Riots in Harbor Town.\n\nThe QZTA news agency quotes a senior minister as saying that more than 60 "
                "others were wounded.", published="2031-09-02")
    assert got["more than 60"]["claimant"] == "qz-wire", got["more than 60"]["why"]
    # (a named person quoted is someone: the outlet relays, and nobody known is behind the figure)
    got = draft("Riots in Harbor Town.\n\nQTV quoted Jo Tam, a shopkeeper, as saying that 250 people died.",
                published="2031-09-02")
    assert got["250"]["claimant"] != "qz-tv", got["250"]["why"]


# --------------------------------------------------------------------------- when

def test_a_funerals_day_is_not_the_killings():
    got = draft("Envoy to attend today's funeral of seven slain border guards\n\nThe guards were shot at their post "
                "near Millbrook on Wednesday, officials said.", published="2031-08-03")
    assert end_day(got["seven"]) == "2031-07-30", got["seven"]["why"]
    got = draft("The envoy said he would attend the funeral today of seven border guards who were shot at their "
                "post in Millbrook on Wednesday.", published="2031-08-03")
    assert end_day(got["seven"]) == "2031-07-30", got["seven"]["why"]


def test_the_day_a_riot_erupted_dates_its_dead_when_the_text_names_no_other():
    got = draft("Thirty-one people were killed in ethnic rioting in Millbrook, the QZTA news agency reported today.\n\n"
                "The rioting erupted Sunday in the industrial city north of Harbor Town.", published="2031-03-03")
    assert end_day(got["Thirty-one"]) == "2031-03-02", got["Thirty-one"]["why"]
    # (a start days before publication is only when it began, not the day of the dead counted since)
    got = draft("Thirty-one people were killed in ethnic rioting in Millbrook, the QZTA news agency reported today.\n\n"
                "The rioting erupted Sunday in the industrial city north of Harbor Town.", published="2031-03-07")
    assert end_day(got["Thirty-one"]) != "2031-03-02", got["Thirty-one"]["why"]


# --------------------------------------------------------------------------- where

def test_a_direction_before_the_country_is_a_part_of_it():
    # (in a story of unrest over the country, where one day's violence is not taken for one place's)
    got = draft("Post-election unrest spreads across Qzland\n\nA mob torched a church in western Qzland on Tuesday, "
                "killing up to 30 people sheltering inside.\n\nThe church stood on the edge of Millbrook, where gangs "
                "burned homes.", published="2031-01-02")
    assert got["up to 30"]["admin1"] == "QZ02", got["up to 30"]["why"]
    # (the country without a direction stays the whole country's)
    got = draft("Fighting has killed 300 people across Qzland this year.\n\nGangs burned homes in Millbrook on "
                "Tuesday.", published="2031-01-02")
    assert got["300"]["admin1"] == "QZ", got["300"]["why"]
