"""Sixtieth round (read parts 118 and 119 after listing them in tuned.txt). When: "during 1989-90" is the two years'
window, "at the end of 1998" the year's last day, "between 1965 and 1973 to make way" a window of years (the word
"to" after it is no range of numbers); in a piece that looks back on violence of an earlier year, a year the sentence
states ("In 1989, ...") is the count's, not the story's day. What: people counted by one noun and named by their
plight ("30,000 people were refugees") are displaced; refugees who "repatriated" or "have returned" are returnees
(`other`); people "forcibly removed", or removed "to make way" for something built, are displaced; "had their legs
and arms broken", "suffered broken arms" are the hurt; a crowd "reacting to the shooting death of" someone is not
counted by that death. Invented sentences only; nothing copied from the labelled set."""
from __future__ import annotations

import pandas as pd

from qz_fixtures import drafter, end_day

SOURCES = pd.DataFrame([
    ["qz-government", "Government of Qzland", "government", "Qzland government"],
    ["qz-watch", "Qzland Watch", "monitoring_ngo", ""],
], columns=["source_id", "name", "type", "aliases"])
draft = drafter(SOURCES)


def test_two_years_written_as_one_span():
    text = ("Qzland's expelled\n\n"
            "Ethnic conflict in Qzland during 1989-90 culminated in the expulsion of approximately 75,000 "
            "Eastmarkers from the country.\n")
    got = draft(text, published="1999-01-01")["approximately 75,000"]
    assert (got["period_start"], end_day(got)) == ("1989-01-01", "1990-12-31"), got["why"]
    # (four digits twice: "in 2004-2005")
    got = draft(text.replace("during 1989-90", "in 2004-2005"), published="2010-01-01")["approximately 75,000"]
    assert (got["period_start"], end_day(got)) == ("2004-01-01", "2005-12-31"), got["why"]


def test_the_end_of_a_year_is_its_last_day_and_refugees_named_by_the_predicate_are_displaced():
    text = ("Qzland refugees\n\n"
            "An estimated 30,000 people were refugees at the end of 1998, including about 25,000 in Harbor Town.\n")
    got = draft(text, published="1999-06-01")
    for key in ("An estimated 30,000", "about 25,000"):
        assert end_day(got[key]) == "1998-12-31", got[key]["why"]
        assert got[key]["metric"] == "displaced", got[key]["why"]
    # (the same people counted with no plight stay `other`: "were living in Harbor Town")
    got = draft(text.replace("were refugees", "were living in Millbrook"), published="1999-06-01")
    assert got["An estimated 30,000"]["metric"] == "other", got["An estimated 30,000"]["why"]


def test_a_year_range_before_to_and_people_forcibly_removed():
    text = ("Islanders win in court\n\n"
            "About 2,000 islanders were forcibly removed between 1965 and 1973 to make way for an airbase.\n")
    got = draft(text, published="2006-05-12")["About 2,000"]
    assert end_day(got) == "1973-12-31", got["why"]
    assert got["metric"] == "displaced", got["why"]
    # (removed to make way, without "forcibly")
    got = draft(text.replace("were forcibly removed between 1965 and 1973", "had been removed in 1971"),
                published="2006-05-12")["About 2,000"]
    assert got["metric"] == "displaced", got["why"]
    # (a range of numbers is not a window of years: "between 1900 and 2000 troops")
    got = draft("Troops deployed\n\nThe army sent between 1900 and 2000 troops to Millbrook on Monday.\n",
                published="2031-05-10")
    assert all(end_day(r) != "2000-12-31" for r in got.values()), [r["why"] for r in got.values()]


def test_refugees_who_went_home_are_returnees():
    text = ("Returns to Qzland\n\n"
            "Approximately 10,000 Qzlander refugees repatriated during 1998. At least 30,000 refugees have officially "
            "returned to Millbrook since 1992.\n")
    got = draft(text, published="1999-06-01")
    assert got["Approximately 10,000"]["metric"] == "other", got["Approximately 10,000"]["why"]
    assert got["At least 30,000"]["metric"] == "other", got["At least 30,000"]["why"]
    # (refugees who arrived, and refugees killed, keep their own metric)
    got = draft(text.replace("repatriated", "arrived in Harbor Town").replace(
        "have officially returned to Millbrook", "were killed in Millbrook"), published="1999-06-01")
    assert got["Approximately 10,000"]["metric"] == "displaced", got["Approximately 10,000"]["why"]
    assert got["At least 30,000"]["metric"] == "killed", got["At least 30,000"]["why"]


def test_broken_limbs_are_injuries():
    text = ("Fishermen attacked\n\n"
            "Three of the fishermen had their legs and arms broken in the attack off Harbor Town on Sunday, "
            "Qzland Watch said. The captain said four of his crew suffered broken arms and ribs.\n")
    got = draft(text, published="2031-10-01")
    assert got["Three"]["metric"] == "injured", got["Three"]["why"]
    assert got["four"]["metric"] == "injured", got["four"]["why"]
    # (a crew who had their boat seized are not hurt)
    got = draft(text.replace("had their legs and arms broken", "had their boat seized"), published="2031-10-01")
    assert got["Three"]["metric"] == "other", got["Three"]["why"]


def test_a_crowd_acting_on_another_death_is_not_counted_by_it():
    text = ("Riots in Harbor Town\n\n"
            "On Friday, about 1,500 rioters, reacting to the shooting death of a farm boy, battled police in "
            "Harbor Town.\n")
    got = draft(text, published="2031-01-14")
    assert got["about 1,500"]["metric"] == "other", got["about 1,500"]["why"]
    # (the crowd's own fate after the clause still counts: "were shot dead")
    got = draft(text.replace("battled police in", "were shot dead by police in"), published="2031-01-14")
    assert got["about 1,500"]["metric"] == "killed", got["about 1,500"]["why"]


def test_a_stated_year_is_not_the_day_of_the_story_looked_back_on():
    text = ("New hope for Qzland's refugees\n\n"
            "Few of the people living in the camp call it home. They were driven out of their homes nearly 20 years "
            "ago.\n\n"
            "In 1989, militias drove as many as 70,000 Eastmarkers from their country. Now the new government says "
            "it will help the remaining 20,000 to return.\n")
    got = draft(text, published="2007-11-20")["as many as 70,000"]
    assert end_day(got) == "1989-12-31", got["why"]


SOURCES_CRASH = pd.DataFrame([
    ["qz-government", "Government of Qzland", "government", "Qzland government"],
    ["qz-emergencies", "Qzland Emergencies Ministry", "government", "Qzland's emergency ministry;the ministry"],
    ["qz-watch", "Qzland Watch", "monitoring_ngo", ""],
], columns=["source_id", "name", "type", "aliases"])


def test_a_source_with_a_participle_of_saying_and_as_per():
    text = ("Plane crash\n\n"
            "An airliner has crashed in the city of Millbrook with Qzland's emergency ministry saying 42 people have "
            "been declared dead. The Qzland government said it was a tragedy.\n\n"
            "As per the ministry, the aircraft was carrying 72 passengers.\n")
    got = drafter(SOURCES_CRASH)(text, published="2031-05-10")
    assert got["42"]["claimant"] == "qz-emergencies", got["42"]["why"]
    assert got["72"]["claimant"] == "qz-emergencies", got["72"]["why"]
    # ("with" and a noun that names no known source is no speaker: the sentence's own attribution)
    got = drafter(SOURCES_CRASH)(text.replace("with Qzland's emergency ministry saying", "with Rescue Teams saying"),
                                 published="2031-05-10")
    assert got["42"]["claimant"] != "qz-emergencies", got["42"]["why"]
    # (nor when the sentence has its own speaker: "..., Qzland Watch said, with the ministry saying ...")
    got = drafter(SOURCES_CRASH)(
        "Air strike\n\nAn air strike left nine staff dead in Millbrook, Qzland Watch said, with Qzland's emergency "
        "ministry saying the army may be behind the attack.\n", published="2031-05-10")
    assert got["nine"]["claimant"] == "qz-watch", got["nine"]["why"]


def test_the_victims_included_a_part_by_nationality():
    text = ("Plane downed\n\n"
            "All 176 on board were killed. Qzland Watch said the victims included 82 students, 63 children and "
            "11 women.\n")
    got = draft(text, published="2031-01-10")
    for key in ("82", "63", "11"):
        assert got[key]["metric"] == "killed", got[key]["why"]
    # (where the text has counted only the wounded, the victims are the wounded)
    got = draft(text.replace("All 176 on board were killed", "A blast wounded 176 people"), published="2031-01-10")
    assert got["63"]["metric"] == "injured", got["63"]["why"]
    # (a count that says its own fate keeps it: "the only casualties were five injured police officers")
    got = draft("Raid\n\nThe state news agency quoted a statement from Qzland Watch saying the only casualties were five "
                "injured police officers and seven injured residents.\n", published="2031-01-10")
    assert got["five"]["metric"] == "injured", got["five"]["why"]


def test_a_fraction_is_no_count_of_people():
    text = ("Fishermen attacked\n\n"
            "Three of the fishermen had their legs and arms broken, Qzland Watch said, citing the captain of the "
            "fishing boat QZ 957.39 TS.\n")
    got = draft(text, published="2031-10-01")
    assert "957.39" not in got, got["957.39"]["why"]
    # (a fraction with its scale word is a count: "1.5 million people")
    got = draft("Flight\n\nAbout 1.5 million people have fled Millbrook, Qzland Watch said.\n", published="2031-10-01")
    assert got["About 1.5 million"]["metric"] == "displaced", got["About 1.5 million"]["why"]
