"""Fiftieth round (read parts 96-97 after listing them in tuned.txt). What: "three were caught" are people caught, not
killed; the military's "50 KIA" are dead (but the carmaker Kia is nobody). Who: "cited local police as confirming 17
were killed" is the police's count; an event "last year" is background, not the claim of the source quoted before
it; a ministry named with its country speaks for itself, not for a commission of that country that speaks elsewhere.
When: "The incident took place in Millbrook jail on Friday" and "during a deadly riot on Thursday night" date the
story's violence, the day a body was found "near where the ambush occurred" does not; the perfect tense of a report
on one breakout or riot ("have killed 17 after a mass breakout", "A riot ... has left 30 dead") is that incident,
not a running total. Where: a dateline in another country than the document's is where the reporter filed from,
not the place of the attack told later; a place "120 miles north of the capital, X" is a point of reference.
Invented sentences only; nothing copied from the labelled set."""
from __future__ import annotations

import pandas as pd

from qz_fixtures import by_value, draft_two_countries, drafter, end_day

SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police Service", "government", "Qzland police;local police"],
    ["qz-army", "Qzland Army", "military", "army"],
    ["qz-mod", "Ministry of Defence of Qzland", "military", "Qzland Ministry of Defence"],
    ["qz-pow-commission", "Qzland State Commission on Prisoners of War (of the Ministry of Defence of Qzland)",
     "government", "State Commission on Prisoners of War"],
], columns=["source_id", "name", "type", "aliases"])
draft = drafter(SOURCES)


# --------------------------------------------------------------------------- what

def test_people_caught_again_are_not_the_dead():
    got = by_value("Officials said 17 people were killed, three were caught and 57 were still at large.")
    assert [got[k].metric for k in ("17", "three", "57")] == ["killed", "other", "other"]
    # (but people caught in the crossfire and killed are dead)
    assert by_value("Twelve civilians were caught in the crossfire and killed.")["Twelve"].metric == "killed"


def test_killed_in_action_in_capitals():
    got = by_value("The army has officially announced 50 KIA and 30 WIA.")
    assert (got["50"].metric, got["30"].metric) == ("killed", "injured")
    assert by_value("He drove 2 Kia cars to the border.") == {}


# --------------------------------------------------------------------------- who

def test_a_source_cited_as_confirming_a_count():
    text = ("Guards kill 17 inmates in Millbrook jailbreak\n\nThe army said on Monday that the jail was calm.\n\n"
            "The Qzland Times and the Daily Post both cited local police as confirming 17 people were killed in the "
            "breakout.")
    got = draft(text, published="2031-05-15")
    assert got["17"]["claimant"] == "qz-police", got["17"]["why"]


def test_an_event_last_year_is_background():
    text = ("Guards kill 17 inmates in Millbrook jailbreak\n\nThe Qzland Times cited local police as confirming 17 "
            "people were killed in the breakout.\n\nMillbrook jail is the same prison where guards shot dead 12 "
            "inmates during a jailbreak last year.")
    got = draft(text, published="2031-05-15")
    assert got["17"]["claimant"] == "qz-police"
    assert got["12"]["claimant"] == "", got["12"]["why"]
    # (but not a year named in another clause than the count's: "a village housing people deported last year")
    text = ("Raid kills five\n\nThe Qzland police said a bomber killed five civilians in Millbrook.\n\nTwo "
            "women were killed when the plane dropped bombs on Millbrook, a village housing about 500 people deported "
            "from Zemland last year.")
    got = draft(text, published="2031-05-15")
    assert got["Two"]["claimant"] == got["five"]["claimant"] != "", got["Two"]["why"]


def test_a_ministry_named_with_its_country_is_not_its_commission():
    text = ("Border clashes\n\nThe State Commission on Prisoners of War said in a statement that 20 soldiers were "
            "missing.\n\nThe Qzland Ministry of Defence announced yesterday that 50 of its soldiers were killed "
            "during the clashes.")
    got = draft(text, published="2031-09-14")
    assert got["20"]["claimant"] == "qz-pow-commission"
    assert got["50"]["claimant"] == "qz-mod", got["50"]["why"]


# --------------------------------------------------------------------------- when

def test_the_incident_took_place_somewhere_on_a_day():
    text = ("Guards kill inmates after jailbreak\n\nPrison guards have killed at least 17 prisoners after a mass "
            "breakout at a jail in Qzland, according to reports.\n\nThe incident took place in Millbrook jail in the "
            "country's second-largest city on Friday, but only became public after media reports on Monday.")
    got = draft(text, published="2031-05-13")  # (a Tuesday)
    assert end_day(got["at least 17"]) == "2031-05-09", got["at least 17"]["why"]
    # (and the jail's place, not the whole country: one breakout)
    assert got["at least 17"]["admin1"] == "QZ02", got["at least 17"]["why"]


def test_a_deadly_riot_on_a_night_dates_its_dead():
    text = ("Inmates escape\n\nMore than 200 prisoners escaped from a jail in Millbrook during a deadly riot on "
            "Thursday night.\n\nThree prison officers and two inmates died in the riot.")
    got = draft(text, published="2031-07-12")  # (a Saturday)
    assert end_day(got["Three"]) == "2031-07-10", got["Three"]["why"]
    # (riot police sent on a day date no incident)
    text = ("Calm returns\n\nRiot police were deployed to Millbrook on Thursday.\n\nThree people died in the town, "
            "officials said.")
    got = draft(text, published="2031-07-12")
    assert end_day(got["Three"]) == "2031-07-12", got["Three"]["why"]


def test_the_day_a_body_was_found_after_the_ambush_is_not_its_day():
    text = ("Fourth soldier found dead\n\nA soldier missing for two days after an ambush in Millbrook was found "
            "dead, officials said Friday.\n\nHe was one of four soldiers killed in the attack.\n\nHis body was found "
            "by village guards on Friday near where the ambush occurred. Two soldiers were wounded in the attack, but "
            "they were evacuated from the area on Wednesday after the attack unfolded.")
    got = draft(text, published="2031-10-11")  # (a Saturday)
    assert end_day(got["four"]) == "2031-10-08", got["four"]["why"]


def test_a_riot_that_has_left_dead_is_one_incident_in_its_place():
    text = ("30 dead in Qzland prison riot\n\nA riot in a prison in western Qzland has left 30 dead, officials "
            "said.\n\nThe riot broke out in Millbrook prison, in Westfold.")
    got = draft(text, published="2031-08-23")
    assert got["30"]["admin1"] == "QZ02", got["30"]["why"]


# --------------------------------------------------------------------------- where

def test_a_dateline_is_not_where_the_attack_was():
    text = ("Fourth soldier dead after ambush\n\nVARNAGRAD — A Zemlandi soldier missing for two days in Qzland was "
            "found dead after an ambush on a joint patrol, officials said Friday.\n\nThe soldier was one of four "
            "Zemlandi troops and four Qzland soldiers killed in the attack.")
    got = draft_two_countries(text, SOURCES, published="2031-10-07")
    assert got["four"]["admin1"] == "QZ", got["four"]["why"]


def test_a_point_of_reference_miles_away_is_not_the_place():
    text = ("Soldiers killed in ambush\n\nFour soldiers were killed in an ambush in Qzland on Wednesday, officials "
            "said.\n\nOfficials say militants were responsible for the attack about 120 miles north of Qzland's "
            "capital, Harbor Town.")
    got = draft(text, published="2031-10-06")
    assert got["Four"]["admin1"] == "QZ", got["Four"]["why"]
