"""Forty-seventh round (read parts 90-91 after listing them in tuned.txt). What: an abbreviation in brackets inside the
noun phrase is read past ("40 suspected Liberation Front (QLF) militants were killed"); "two rounds of bombing" are
two strikes; "the crowd of about 200" counts a crowd, with its qualifier; "the killing of two police officers who
were beaten up" were killed (the relative clause of the round before does not outrank a noun of death). Who: the
reporter's own count in the first person ("we counted 44 bodies") is the outlet's. When: a headline that names an old
year ("1971 war crimes: Dozens dead ...") over a lede of people shot now is news of now, not a piece looking back; a
train that "went off the tracks on Friday evening" dates the incident, as do "the events of Monday night"; "founded
... in 1998" dates no count. Where: a country named as a place in the text outweighs another named only before its
soldiers in the headline ("US soldiers fire on school protest"). Invented sentences only; nothing copied from the
labelled set."""
from __future__ import annotations

import pandas as pd

from qz_fixtures import by_value, draft_nepal_us, drafter, end_day

SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police Service", "government", "Qzland police;police"],
    ["qz-tv", "QTV (Qzland private television)", "media", "QTV"],
], columns=["source_id", "name", "type", "aliases"])
draft = drafter(SOURCES)


# --------------------------------------------------------------------------- what

def test_an_abbreviation_in_brackets_inside_the_noun_phrase_is_read_past():
    got = by_value("QTV said at least 40 suspected Liberation Front (QLF) militants were killed on Monday.")
    assert got["at least 40"].metric == "killed"
    assert got["at least 40"].population == "combatants"


def test_the_killing_of_people_who_were_beaten_is_a_killing():
    # (the forty-sixth round's passive relative clause, "treating 65 people who were wounded", does not outrank a
    # noun of death before the count)
    got = by_value("The violence was followed by the killing of two police officers who were beaten up by a mob.")
    assert got["two"].metric == "killed"
    assert by_value("Medics were treating 65 people who were wounded in the raid.")["65"].metric == "injured"


def test_rounds_of_bombing_are_strikes():
    got = by_value("Residents said the camp at Millbrook sustained two rounds of bombing, the second 10 minutes after "
                   "the first.")
    assert (got["two"].metric, got["two"].unit) == ("strikes", "events")
    got = by_value("There were at least two rounds of airstrikes on targets in Millbrook.")
    assert got["at least two"].metric == "strikes"
    assert "two" not in by_value("The election went to two rounds of voting in Millbrook.")


def test_a_crowd_of_about_n_is_counted_with_its_qualifier():
    got = by_value("Troops tried to disperse the crowd of about 200 with smoke and flares.")
    assert (got["about 200"].metric, got["about 200"].unit) == ("other", "people")


# --------------------------------------------------------------------------- who

def test_the_reporters_own_count_in_the_first_person_is_the_outlets():
    got = draft("Strikes hit the Millbrook prison on Friday.\n\nWalking around the prison we counted 44 bodies.",
                published="2031-05-25", outlet="qz-tv")
    assert got["44"]["claimant"] == "qz-tv", got["44"]["why"]
    got = draft("Strikes hit the Millbrook prison on Friday.\n\nWe counted 44 bodies in the yard.", published="2031-05-25",
                outlet="qz-tv")
    assert got["44"]["claimant"] == "qz-tv", got["44"]["why"]
    # (with no outlet known, no one)
    got = draft("Strikes hit the Millbrook prison on Friday.\n\nWalking around the prison we counted 44 bodies.",
                published="2031-05-25")
    assert got["44"]["claimant"] == "", got["44"]["why"]


# --------------------------------------------------------------------------- when

def test_an_old_year_in_the_headline_over_a_lede_of_now_is_news_of_now():
    text = ("2011 war crimes: Dozens dead in Qzland over a rebel leader's conviction\n\nAt least 23 people were shot in "
            "clashes between policemen and protesters.\n\nHARBOR TOWN:\n\nAt least 34 people were killed in the violence that erupted "
            "after a court in Harbor Town sentenced the leader to death on Thursday for war crimes during the 2011 "
            "war.\n\nThe violence was followed by the killing of two police officers in Millbrook.")
    got = draft(text, published="2031-03-01")  # (a Saturday: Thursday the 27th of February)
    assert end_day(got["two"]) == "2031-02-27", got["two"]["why"]


def test_a_train_that_went_off_the_tracks_dates_the_incident():
    text = ("Twenty-five dead as express train comes off tracks\n\nHARBOR TOWN, June 28 (QTV) - Twenty-five people died "
            "in the derailment of an express train bound for Millbrook, police said Saturday.\n\nThree cars of the train "
            "went off the tracks on Friday evening near Millbrook.")
    got = draft(text, published="2031-06-28")
    assert end_day(got["Twenty-five"]) == "2031-06-27", got["Twenty-five"]["why"]


def test_the_events_of_a_night_name_the_incidents_day():
    text = ("At least 10 dead as soldiers fire on school protest\n\nDoctors in Millbrook say that 13 people were killed. "
            "\n\nThe people of Millbrook will always view the events of Monday night as an atrocity.")
    got = draft(text, published="2031-04-30")  # (a Wednesday: Monday the 28th)
    assert end_day(got["13"]) == "2031-04-28", got["13"]["why"]


def test_the_year_a_body_was_founded_dates_no_count():
    got = draft("Police said they had two people in custody with links to a group which was founded in Qzland in 2011.",
                published="2031-05-24")
    assert end_day(got["two"]) == "2031-05-24", got["two"]["why"]


# --------------------------------------------------------------------------- where

def test_a_country_named_as_a_place_outweighs_one_named_before_its_soldiers_in_the_headline():
    text = ("At least 10 dead as US soldiers fire on school protest\n\nNepali doctors say that 13 people were killed.\n\n"
            "The people of Kathmandu, a town 35 miles from the border, will not forget the night.")
    got = draft_nepal_us(text, SOURCES, published="2031-04-30")
    assert got["13"]["admin1"].startswith("NP"), got["13"]["why"]
