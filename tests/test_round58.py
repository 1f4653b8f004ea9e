"""Fifty-eighth round (read parts 114 and 115 after listing them in tuned.txt). When: "on that day" in a count's
sentence is the day the text named before ("February 19, 1942: ... On that day, 188 planes bombed the port"); in a
piece marking an anniversary, "with another 400 injured" adds to the count of the same violence, not something new.
What: lives saved are no dead ("credited with saving thousands of lives"); people "on death row" are held, not
dead; the whole a part is taken from keeps metric other with a word of what is left of it ("243 of the town's
remaining 2,000 people were killed"). Where: a sentence that puts its violence "in international airspace" or "on
the high seas", and names no place of its own, gives no country's place. Invented sentences only; nothing copied
from the labelled set."""
from __future__ import annotations

import pandas as pd
import pytest

from qz_fixtures import by_value, drafter

SOURCES = pd.DataFrame([
    ["qz-government", "Government of Qzland", "government", "Qzland government"],
    ["qz-navy", "Qzland Navy", "military", "Qzland navy"],
], columns=["source_id", "name", "type", "aliases"])
draft = drafter(SOURCES)


def test_on_that_day_is_the_day_named_before():
    text = ("Harbor Town remembers\n\n"
            "March 3, 1951: the day the war reached Qzland.\n\n"
            "On that day, 70 years ago, 120 bombers struck Harbor Town in three raids, the mayor said.\n\n"
            "He was speaking to a crowd in Harbor Town on Wednesday.\n")
    got = draft(text, published="2021-03-05")
    assert got["three"]["period_end"] == "1951-03-03", got["three"]["why"]
    assert "'on that day' refers to the day named before" in got["three"]["why"]
    # (without "that day", the raids are of the day the text names for them, as before)
    got = draft(text.replace("On that day, 70 years ago, ", "On Tuesday, "), published="2021-03-05")
    assert got["three"]["period_end"] == "2021-03-02", got["three"]["why"]


def test_that_day_after_the_count_reaches_back_past_a_report_day():
    text = ("The clashes began on Feb. 12, when soldiers entered the village of Millbrook.\n\n"
            "Five villagers were killed and 14 were wounded that day, residents said.\n")
    got = draft(text, published="2031-07-04")
    assert got["Five"]["period_end"] == "2031-02-12", got["Five"]["why"]
    assert got["14"]["period_end"] == "2031-02-12", got["14"]["why"]


def test_another_count_beside_the_dead_is_the_same_violence_of_an_anniversary():
    text = ("Harbor Town marks 60 years since bombing\n\n"
            "Sirens sounded at 9.58am as Harbor Town marked the 60th anniversary of the bombing.\n\n"
            "More than 240 people were killed on that day, with another 400 injured.\n\n"
            "Today, around a thousand people attended a ceremony at the memorial.\n")
    got = draft(text, published="2031-02-19")
    for reported in ("More than 240", "400"):
        assert got[reported]["period_end"] == "1971-02-19", (reported, got[reported]["why"])
    assert got["around a thousand"]["period_end"] == "2031-02-19", got["around a thousand"]["why"]
    # ("another" before no count is still something new: a new attack is not the violence marked)
    text2 = text.replace("More than 240 people were killed on that day, with another 400 injured.",
                         "Another attack killed 12 people near the memorial.")
    got = draft(text2, published="2031-02-19")
    assert got["12"]["period_end"] != "1971-02-19", got["12"]["why"]


@pytest.mark.parametrize("text, reported", [
    ("Over the years, the rescue group is credited with saving thousands of lives.", "thousands"),
    ("Divers and emergency crews worked to save the lives of more than 70 people.", "more than 70"),
    ("The new hospital has saved 300 lives since it opened.", "300"),
])
def test_lives_saved_are_not_the_dead(text, reported):
    got = by_value(text)
    assert got[reported].metric == "other", (reported, got[reported].metric, got[reported].reading)


def test_lives_lost_are_still_the_dead():
    got = by_value("The fire cost 40 lives. The storm claimed the lives of 12 people.")
    assert got["40"].metric == "killed"
    assert got["12"].metric == "killed"


def test_people_on_death_row_are_held_not_dead():
    got = by_value("Thirteen cult members were then on death row.")
    assert got["Thirteen"].metric == "other", got["Thirteen"].reading
    # (a death toll is still the dead)
    got = by_value("The death toll rose to 31 on Monday.")
    assert got["31"].metric == "killed"


@pytest.mark.parametrize("text, part, whole", [
    ("The raid, in which 243 of the town's remaining 2,000 people were killed, lasted an hour.", "243", "2,000"),
    ("Four of its other 30 crew members were killed in the blast.", "Four", "30"),
])
def test_a_whole_with_a_word_of_what_is_left_is_not_the_dead(text, part, whole):
    got = by_value(text)
    assert got[part].metric == "killed", got[part].reading
    assert got[whole].metric == "other", got[whole].reading


def test_violence_in_international_airspace_is_no_country_s_place():
    text = ("Qzland jets down two planes\n\n"
            "Qzland air force jets shot down two light aircraft in international airspace on Saturday, killing all "
            "four men aboard.\n\n"
            "Relatives gathered in Harbor Town on Sunday.\n")
    got = draft(text, published="2031-02-26")
    assert got["four"]["admin1"] == "", got["four"]["why"]
    assert "'in international airspace'" in got["four"]["why"]
    # (a place the sentence names still is the place: "on the high seas off Harbor Town" names none of its own
    # as a locative here, but "in Millbrook" does)
    text2 = text.replace("in international airspace on Saturday", "in Millbrook on Saturday")
    got = draft(text2, published="2031-02-26")
    assert got["four"]["admin1"] == "QZ02", got["four"]["why"]


def test_the_high_seas_and_a_named_port():
    text = ("A Qzland navy patrol boat fired on a fishing boat on the high seas, killing three crew, the Qzland navy "
            "said.\n")
    got = draft(text, published="2031-05-02")
    assert got["three"]["admin1"] == "", got["three"]["why"]
    # (the boat's port named as where it happened is the place)
    got = draft(text.replace("on the high seas", "off Harbor Town"), published="2031-05-02")
    assert got["three"]["admin1"] == "QZ01", got["three"]["why"]


def test_that_day_is_not_the_day_a_saying_is_dated_by():
    text = ("Rescuers pulled 40 bodies from the site of a March 17 airstrike in Harbor Town, an official said.\n\n"
            "A strike on a fuel truck killed dozens of civilians in Harbor Town, a military officer said Sunday.\n\n"
            "The Qzland navy said a review indicated one strike occurred that day in the area.\n")
    got = draft(text, published="2031-03-27")
    assert got["one"]["period_end"] == "2031-03-17", got["one"]["why"]
