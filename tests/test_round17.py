"""Seventeenth round: a country's name alone speaking, an unnamed speaker beside a named one, "the
agency", the day rescue work ended, and a wounded man's later death. Invented fixtures only (the QZ
country of tests/qz_fixtures.py); nothing copied from the labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from qz_fixtures import drafter

SOURCES = pd.DataFrame([
    ["qz-government", "Government of Qzland", "government", "yes", "", "", "Qzland government"],
    ["qz-prosecutor", "Public Prosecution of Qzland", "government", "yes", "", "", "Prosecutor General"],
    ["qz-red-cross", "Qzland Red Cross", "humanitarian_ngo", "no", "", "", "the Red Cross"],
    ["qz-news", "Qz News Agency", "media", "no", "", "", "QNA"],
    ["qz-police", "Qzland Police", "government", "yes", "", "", "Qzland police"],
], columns=list(S.SOURCE_COLUMNS))
draft = drafter(SOURCES)
NO_GOVERNMENT = drafter(SOURCES[SOURCES.source_id != "qz-government"])

MOSQUE = ("Qzland mosque attack toll raised to 305\n\nQzland on Saturday said an attack on a mosque by militants in "
          "Millbrook has killed 305 worshippers, including 27 children.\n\nA statement by the Prosecutor General said "
          "the attack Friday left another 128 people wounded.\n")


def test_a_countrys_name_alone_speaks_as_its_government():
    got = draft(MOSQUE, published="2031-03-16")  # a Sunday
    assert got["305 worshippers"]["claimant"] == "qz-government" if "305 worshippers" in got else \
        got["305"]["claimant"] == "qz-government"


def test_no_government_source_leaves_the_country_unresolved():
    got = NO_GOVERNMENT(MOSQUE, published="2031-03-16")
    body = [r for v, r in got.items() if v.startswith("305") and "worshippers" in r["quote"]]
    assert body and all(r["claimant"] == "" for r in body)


def test_a_countrys_possession_is_not_the_state_speaking():
    # near miss: "Qzland's army" is a body of the state, not the state: no source here carries that name
    got = draft("Clashes in Millbrook\n\nQzland's army said 12 militants were killed in Millbrook on Monday.\n")
    assert got["12"]["claimant"] == ""


def test_a_headlines_country_before_a_colon_is_no_speaker():
    # near miss: "Qzland: Police shoot dead 3 ..." labels the story's country; it is not the state speaking
    got = draft("Qzland: Police shoot dead 3 who killed 2 in Millbrook attack\n\nThree assailants attacked staff at "
                "an office in Millbrook, killing two, the Qzland police said.\n")
    assert got["3"]["claimant"] != "qz-government"


def test_an_unnamed_speaker_keeps_the_number_a_named_source_after_it_does_not_take():
    got = draft("Riots in Millbrook\n\nA community leader claimed at least 200 people alone had already been buried "
                "in Millbrook, and the Red Cross said about 100 people had died there.\n")
    assert got["at least 200"]["claimant"] == ""
    assert got["about 100"]["claimant"] == "qz-red-cross"
    # near miss: the named source before the number, unnamed speaker absent: the source keeps it
    got = draft("Riots in Millbrook\n\nThe Red Cross said about 100 people had died in Millbrook.\n")
    assert got["about 100"]["claimant"] == "qz-red-cross"


def test_the_agency_is_the_news_agency_named_last():
    got = draft("Riots in Millbrook\n\nQNA said 18 civilians died in Millbrook. Rioters set fire to 908 shops and "
                "seven schools, the agency said.\n")
    assert got["seven"]["claimant"] == "qz-news"
    # near miss: with no news agency named before, "the agency" is nobody known
    got = draft("Riots in Millbrook\n\nRioters set fire to seven schools in Millbrook, the agency said.\n")
    assert got["seven"]["claimant"] == ""


def test_the_day_rescue_work_ended_is_not_the_attacks():
    text = ("Strike on Millbrook hospital\n\nSearch and rescue operations at the site of a missile attack on the "
            "hospital in Millbrook concluded on March 14, the Qzland police said.\n\nThe attack against the hospital "
            "killed two people and wounded 32 others.\n\nThe hospital was hit during a missile attack on March 13.\n")
    got = draft(text, published="2031-03-15")
    assert (got["two"]["period_end"], got["32"]["period_end"]) == ("2031-03-13", "2031-03-13")


def test_a_wounded_mans_later_death_does_not_date_the_incident():
    text = ("Police say five officers killed in Millbrook clashes\n\nClashes in Millbrook claimed the lives of 5 "
            "police officers, QNA reported Sunday.\n\n\"With the death on Saturday night of one of the officers, the "
            "number of officers killed in the attack in Millbrook on Friday has increased to five,\" QNA reported.\n")
    got = draft(text, published="2031-03-16")  # Sunday
    assert got["5"]["period_end"] == "2031-03-14"  # the attack's Friday, not the later death's Saturday
