"""Fifty-seventh round (read parts 112 and 113 after listing them in tuned.txt). What: people deported, or driven
out by "the expulsion of" a count, are displaced ("deported more than 174,000 people"), but not those a government
plans or threatens to deport ("would start massive deportations of ..."), nor diplomats; arrests "related to
homicide" count a charge, not the dead. How many: "one thousand, one hundred and forty three", a comma after the
thousands, is one number. Who: a press statement signed at its foot ("Issued by the / Ministry of ...") is that
body's claim. Where: a country named with "&" ("Tarn & Bel") is the country, not its unit named in its name ("Bel");
protesters evicted from a country's parliament are in one building, not unrest over the whole country. Invented
sentences only; nothing copied from the labelled set."""
from __future__ import annotations

import pandas as pd
import pytest

from crosstally import schema as S
from crosstally.draft import draft_document
from qz_fixtures import ADMIN1, by_value, drafter

SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police Service", "government", "Qzland police;police"],
    ["qz-government", "Government of Qzland", "government", "Qzland government"],
    ["qz-interior", "Qzland Ministry of Interior and Communications", "government",
     "Ministry of Interior and Communications"],
], columns=["source_id", "name", "type", "aliases"])
draft = drafter(SOURCES)


@pytest.mark.parametrize("text, reported", [
    ("Last year, the Qzland government deported more than 17,000 people it says are Zemlandi.", "more than 17,000"),
    ("The Qzland government says it has deported or repatriated nearly 1,100 Zemlandi in the past week.",
     "nearly 1,100"),
    ("The UN is concerned over the expulsion of some 20,000 Zemlandi in the past two weeks.", "some 20,000"),
    ("Rights groups condemned the deportation of 5,000 migrants from Harbor Town.", "5,000"),
])
def test_the_deported_are_displaced(text, reported):
    got = by_value(text)
    assert got[reported].metric == "displaced", (reported, got[reported].metric)


@pytest.mark.parametrize("text, reported", [
    ("The Qzland government said it would start massive deportations of Zemlandi living in the country.\n\n"
     "Up to 1,000 migrants will be deported every week.", "Up to 1,000"),
    ("The Qzland government plans to deport 2,000 migrants next month.", "2,000"),
    ("Qzland deported two diplomats on Monday.", "two"),
    ("Qzland has announced the expulsion of 12 diplomats.", "12"),
])
def test_a_plan_to_deport_or_deported_diplomats_are_not_displaced(text, reported):
    got = by_value(text)
    assert got[reported].metric != "displaced", (reported, got[reported].metric)


def test_arrests_related_to_homicide_are_a_charge_not_the_dead():
    text = ("To date, 1,143 persons have been arrested, with 366 arrests related to gangs, 82 related to breach of "
            "curfew, and thirty [30] related to homicide.")
    got = by_value(text)
    assert got["thirty"].metric != "killed", got["thirty"].metric
    got = by_value("Police arrested 14 people for homicide in Harbor Town.")
    assert got["14"].metric != "killed", got["14"].metric
    # (a count of homicides is still the dead)
    got = by_value("Police recorded 30 homicides in Harbor Town last month.")
    assert got["30"].metric == "killed", got["30"].metric


@pytest.mark.parametrize("text, reported, value", [
    ("To date, a total of one thousand, one hundred and forty three persons have been arrested.",
     "one thousand, one hundred and forty three", 1143),
    ("Some 2,306 people fled, and two thousand, three hundred and six were counted.",
     "two thousand, three hundred and six", 2306),
])
def test_number_words_with_a_comma_after_the_thousands(text, reported, value):
    got = by_value(text)
    assert reported in got, list(got)
    assert got[reported].value == value
    assert "one thousand" not in got and "two thousand" not in got, list(got)


def test_a_list_of_two_counts_is_still_two():
    # (only the hundreds with their "and" join the thousands: "one thousand, two hundred" may be two counts)
    got = by_value("Raiders killed one thousand, two hundred were wounded.")
    assert "one thousand" in got and "two hundred" in got, list(got)


def test_a_press_statement_signed_at_its_foot_is_its_signers_claim():
    text = ("State of Emergency Update\n\n"
            "Harbor Town. Over the last 24 hours, a total of one hundred and sixty seven persons were arrested. Of "
            "those, twenty seven were gang related.\n\n"
            "Issued by the\nMinistry of Interior and Communications\nState of Emergency Communications\n")
    got = draft(text, published="2031-09-02")
    for reported in ("one hundred and sixty seven", "twenty seven"):
        assert got[reported]["claimant"] == "qz-interior", got[reported]["why"]
        assert "signature at its foot" in got[reported]["why"]
    # (a ministry named at the foot without "Issued by" signs nothing)
    got = draft(text.replace("Issued by the\n", "Contact:\n"), published="2031-09-02")
    assert got["twenty seven"]["claimant"] == "", got["twenty seven"]["why"]


TARN_AND_BEL = pd.DataFrame([["TB", "Tarn and Bel", "whole country", ""],
                             ["TB-01", "Tarn", "Porto Tarn", ""],
                             ["TB-02", "Bel", "Scarbel", ""]], columns=list(S.ADMIN1_COLUMNS))


def test_a_country_written_with_an_ampersand_is_the_country():
    text = ("State of Emergency in Tarn & Bel\n\n"
            "A total of 167 persons were arrested over the last 24 hours, the ministry said.\n\n"
            "State of emergency in Tarn & Bel continues.\n")
    doc = {"document_id": "d", "outlet": "", "url": "", "published": "2031-09-02", "language": "en"}
    out = draft_document(text, doc, SOURCES, TARN_AND_BEL)
    row = out[out["value_as_reported"] == "167"].iloc[0]
    assert row["admin1"] == "TB", row["why"]
    # (the unit alone is still the unit)
    out = draft_document("Police arrested 40 people in Bel on Monday.\n", doc, SOURCES, TARN_AND_BEL)
    assert out[out["value_as_reported"] == "40"].iloc[0]["admin1"] == "TB-02"


def test_protesters_evicted_from_the_parliament_are_in_one_place():
    text = ("More than 150 injured as police evict protesters from Qzland parliament\n\n"
            "More than 150 people were injured and 61 students arrested after riot police broke up a protest at "
            "Qzland's parliament in the early hours of Monday.\n\n"
            "Police cleared the courtyard of the parliament building in Harbor Town, which demonstrators had "
            "broken into hours earlier.\n")
    got = draft(text, published="2031-03-24")
    assert got["More than 150"]["admin1"] == "QZ01", got["More than 150"]["why"]
    # (but protests over the country named in the headline still are the country's)
    text2 = ("Qzland protests turn deadly\n\n"
             "Nearly 30 people have been killed in the unrest, officials said.\n\n"
             "Protesters also marched in Harbor Town and Millbrook on Sunday.\n")
    got = draft(text2, published="2031-03-24")
    assert got["Nearly 30"]["admin1"] == "QZ", got["Nearly 30"]["why"]


def test_a_lede_count_of_the_country_takes_the_unit_the_body_names_for_it():
    text = ("Qzland election protests turn deadly\n\n"
            "Three people have been killed after election protests in Qzland turned violent, the police said on "
            "Tuesday.\n\n"
            "Three protesters died in riots in the southern town of Millbrook, the police said on Tuesday.\n\n"
            "Police arrested 40 people in Harbor Town.\n")
    doc = {"document_id": "d", "outlet": "", "url": "", "published": "2031-07-02", "language": "en"}

    def lede(text):
        out = draft_document(text, doc, SOURCES, ADMIN1)
        return out[out["value_as_reported"] == "Three"].sort_values("start", key=lambda s: s.astype(int)).iloc[0]
    row = lede(text)
    assert row["admin1"] == "QZ02", row["why"]
    assert "a lede figure placed in the whole country" in row["why"]
    # (a count the body does not repeat keeps the country)
    row = lede(text.replace("Three protesters died", "Two protesters died"))
    assert row["admin1"] == "QZ", row["why"]
