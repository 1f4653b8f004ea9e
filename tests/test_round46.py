"""Forty-sixth round (read parts 88-89 after listing them in tuned.txt). What: a passive relative clause is the
number's own predicate ("treating 65 people who were wounded": injured); refugees "who had sought sanctuary ... were
killed" were killed, whatever the noun calls them. Who: a speaker just before ", according to" said it ("16 deaths,
the station QTV reported Wednesday, according to QZTA": QTV; QZTA relays); reports followed by "Both cited X" are
X's. When: "two days earlier" in the clause of "following" counts back from the main clause's day; a count of the
state people are in as the story is told ("46 remained in hospital", "2,000 prisoners were being transferred") stands
as of the statement, not the incident's day. Where: in the headline, a country's adjective names it as much as
another country's name before a noun ("The Nepali family ... a botched US drone strike"). Invented sentences only;
nothing copied from the labelled set."""
from __future__ import annotations

import pandas as pd

from qz_fixtures import draft_nepal_us, drafter, end_day

SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police Service", "government", "Qzland police;police"],
    ["qz-tv", "QTV (Qzland private television)", "media", "QTV"],
    ["qz-wire", "QZTA (Qzland state news agency)", "media", "QZTA;QZTA news agency"],
    ["medics", "Medics Without Walls", "ngo", "Medics Without Walls"],
], columns=["source_id", "name", "type", "aliases"])
draft = drafter(SOURCES)


# --------------------------------------------------------------------------- what

def test_a_passive_relative_clause_is_the_numbers_own_predicate():
    got = draft("Gunmen raided the camp at Millbrook on Monday. Medics Without Walls said it was treating 65 people who "
                "were wounded in the raid.", published="2031-08-26")
    assert got["65"]["metric"] == "injured", got["65"]["why"]
    # (an active clause is no predicate of theirs: "treating 40 people who fled" are not the fled)
    got = draft("Gunmen raided the camp at Millbrook on Monday. Medics Without Walls said it was treating 40 people who "
                "fled the raid for fever.", published="2031-08-26")
    assert got["40"]["metric"] != "displaced", got["40"]["why"]


def test_refugees_who_had_sought_shelter_and_were_killed_were_killed():
    got = draft("Shells slammed into a school in Millbrook today, and officials said at least 75 refugees who had sought "
                "shelter from the offensive were killed.", published="2031-04-18")
    assert got["at least 75"]["metric"] == "killed", got["at least 75"]["why"]
    # (refugees who had fled, and nothing after: the displaced still)
    got = draft("Officials said some 7,500 refugees who had fled the offensive were sheltering in Millbrook today.",
                published="2031-04-18")
    assert got["some 7,500"]["metric"] == "displaced", got["some 7,500"]["why"]


# --------------------------------------------------------------------------- who

def test_the_speaker_before_according_to_said_it():
    got = draft("Protests across Qzland have already resulted in 16 deaths, the local television station QTV reported "
                "Wednesday, according to QZTA.", published="2031-10-08")
    assert got["16"]["claimant"] == "qz-tv", got["16"]["why"]
    # (according to a source, with no speaker of its own before it: that source)
    got = draft("Protests across Qzland have already resulted in 16 deaths, according to QZTA.", published="2031-10-08")
    assert got["16"]["claimant"] == "qz-wire", got["16"]["why"]


def test_the_one_the_reports_cited_in_the_sentence_after_is_their_claimant():
    text = ("A riot broke out at the Millbrook prison on Friday.\n\nThe newspaper Harbor Daily reported on its website "
            "that 54 were killed. The channel QTV reported at least 50 killed and about 90 injured. Both cited Jo Tam, "
            "the director of Medics Without Walls in the city.")
    got = draft(text, published="2031-01-26")
    for v in ("54", "at least 50", "about 90"):
        assert got[v]["claimant"] == "medics", (v, got[v]["why"])
    # ("It cited" is the one sentence before's only)
    text = ("A riot broke out at the Millbrook prison on Friday.\n\nThe newspaper Harbor Daily reported that 54 were "
            "killed. The channel QTV reported at least 50 killed. It cited Medics Without Walls.")
    got = draft(text, published="2031-01-26")
    assert got["at least 50"]["claimant"] == "medics", got["at least 50"]["why"]
    assert got["54"]["claimant"] != "medics", got["54"]["why"]


# --------------------------------------------------------------------------- when

def test_days_earlier_in_a_clause_of_following_count_back_from_the_main_clause():
    got = draft("Police moved inmates out of the Millbrook prison on Sunday following a riot two days earlier that "
                "killed 58 people.", published="2031-01-27")  # (a Monday: Sunday the 26th, two days before it the 24th)
    assert end_day(got["58"]) == "2031-01-24", got["58"]["why"]
    # (days earlier of no violence are no incident's day: "a declaration ... two days earlier")
    got = draft("Troops engaged the militia in Millbrook on Thursday in fighting provoked by the province's declaration "
                "of independence two days earlier.\n\nOfficials said five people were killed.", published="2031-06-28")
    assert end_day(got["five"]) == "2031-06-26", got["five"]["why"]


def test_the_state_people_are_in_as_told_stands_as_of_the_statement():
    text = ("A riot at the Millbrook prison on Friday killed 58 people.\n\nThe minister said 2,000 male prisoners and "
            "130 female prisoners were being transferred to other prisons, while 46 remained in hospital recovering "
            "from injuries.")
    got = draft(text, published="2031-01-27")
    assert end_day(got["58"]) == "2031-01-24", got["58"]["why"]
    for v in ("2,000", "130", "46"):
        assert end_day(got[v]) == "2031-01-27", (v, got[v]["why"])


# --------------------------------------------------------------------------- where

def test_a_countrys_adjective_in_the_headline_counts_as_much_as_anothers_name():
    text = ("The Nepali Family Who Lost Seven Members to a Botched US Drone Strike\n\nMost were children.\n\n"
            "The missile fired by the United States hit a car in a courtyard in Kathmandu on Sunday.\n\nHis brother "
            "told reporters: \"We lost seven members of our family.\"")
    got = draft_nepal_us(text, SOURCES, published="2031-09-13")
    assert got["seven"]["admin1"] == "NP-P3", got["seven"]["why"]
