"""Fifty-fourth round (read parts 104-107 after listing them in tuned.txt). What: prisons, jails, ministries,
pharmacies and police substations are places counted when attacked, like police stations and hotels ("forces
raided 20 prisons", "stormed the buildings of four ministries", "three police substations have been raided"):
attacks on facilities; their count with no word of attack near ("one of the 12 prisons in the region") is no
figure. Where: "raided 20 prisons around the country" and "the country's 42 prisons" (the number right after the
words) are the whole country's, though the document names one city most. Invented sentences only; nothing copied
from the labelled set."""
from __future__ import annotations

import pandas as pd

from qz_fixtures import by_value, drafter

SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police Service", "government", "Qzland police;police"],
], columns=["source_id", "name", "type", "aliases"])
draft = drafter(SOURCES)


def test_prisons_raided_are_attacks_on_facilities():
    got = by_value("Qzland troops raided 20 prisons across the country at dawn to end a hunger strike.")
    assert "20" in got and got["20"].metric == "attacks_on_facilities"
    assert got["20"].unit == "facilities"
    got = by_value("Rioters stormed 3 jails in the north overnight.")
    assert got["3"].metric == "attacks_on_facilities"


def test_ministries_and_substations_attacked():
    got = by_value("Protesters stormed the buildings of four ministries in the capital.")
    assert got["four"].metric == "attacks_on_facilities"
    got = by_value("At least three police substations in Harbor Town have been raided by gangs since May.")
    assert got["At least three"].metric == "attacks_on_facilities"
    got = by_value("Looters torched two pharmacies on the main road.")
    assert got["two"].metric == "attacks_on_facilities"


def test_prisons_not_attacked_are_not_figures():
    got = by_value("The jail, one of the 12 prisons in the region, holds 300 inmates.")
    assert "12" not in got
    assert "300" in got and got["300"].metric == "other"
    assert "five" not in by_value("The country has five ministries of defence and security, a report said.")


def test_around_the_country_and_the_countrys_count_are_the_whole_country():
    text = ("Riot at Harbor Town prison kills three\n\n"
            "HARBOR TOWN - Three inmates were killed at the main prison in Harbor Town on Friday, police said.\n\n"
            "Guards have struggled to feed an estimated 17,000 inmates in the country's 42 prisons.\n\n"
            "Troops also raided 20 prisons around the country on Saturday, police said.\n")
    got = draft(text, published="2031-03-15")
    assert got["Three"]["admin1"] == "QZ01", got["Three"]["why"]
    assert "20" in got and "an estimated 17,000" in got and "42" not in got  # (42 prisons not attacked: no figure)
    for value in ("an estimated 17,000", "20"):
        assert got[value]["admin1"] == "QZ", (value, got[value]["why"])
    # (but the country's words with no number after them leave the city's count alone)
    text2 = ("HARBOR TOWN - In the country's main port, 12 people were killed in Harbor Town on Friday, police said.\n")
    assert draft(text2, published="2031-03-15")["12"]["admin1"] == "QZ01"
