"""Drafts, tenth round: days of violence told in other words, what set a story off, unnamed
sources of a body, seats of power, and date words that date nothing. Invented fixtures only
(the QZ country of tests/qz_fixtures.py, plus a United States row for the seats of power);
nothing copied from the labelled set."""
from __future__ import annotations

import pandas as pd
import pytest

from crosstally import schema as S
from crosstally.draft import draft_document
from crosstally.draft_common import _VIOLENCE
from qz_fixtures import ADMIN1, drafter

SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police", "government", "yes", "", "", "the police"],
    ["un", "United Nations", "un_agency", "no", "", "", "UN;the UN"],
    ["qz-daily", "Qzland Daily", "media", "no", "", "", ""],
], columns=list(S.SOURCE_COLUMNS))
draft = drafter(SOURCES)


@pytest.mark.parametrize("words", ["shot their way into the ministry", "a gun battle", "the shooting",
                                   "a mutiny", "the invasion", "a stabbing", "a failed coup"])
def test_violence_told_in_other_words_is_violence(words):
    assert _VIOLENCE.search(words)


@pytest.mark.parametrize("words", ["a riot of colour", "rioters", "the protest", "an election"])
def test_riots_and_protests_are_not_words_of_one_days_violence(words):
    # riots and protests run over days: their days are not one incident's (tried on the tuned set: worse)
    assert not _VIOLENCE.search(words)


def test_a_day_told_as_shooting_their_way_in_dates_the_counts_of_the_story():
    # published Monday 2031-03-17: "on Sunday night" is the 16th; the counts after it name no day
    text = ("Commandos seize ministry\n\n"
            "Commandos shot their way into the Interior Ministry in Millbrook on Sunday night, holding the "
            "building for five hours.\n\n"
            "Four people were killed and at least nine wounded, according to initial reports.\n")
    got = draft(text, published="2031-03-17")
    assert got["Four"]["period_end"] == "2031-03-16"
    assert got["at least nine"]["period_end"] == "2031-03-16"
    assert "incident day" in got["Four"]["why"]


def test_a_day_in_a_sentence_with_no_violence_still_dates_nothing():
    # the near miss: a day of no violence leaves the counts at the document's date
    text = ("Ministry reopens\n\n"
            "Staff returned to the Interior Ministry in Millbrook on Sunday night.\n\n"
            "Four people were killed and at least nine wounded, according to initial reports.\n")
    got = draft(text, published="2031-03-17")
    assert got["Four"]["period_end"] != "2031-03-16"
    assert got["Four"]["as_of"] == "2031-03-17" and "no date in the sentence" in got["Four"]["date_basis"]


@pytest.mark.parametrize("opening", ["It follows", "This came after", "The violence followed"])
def test_the_day_of_what_set_the_story_off_is_not_its_incidents(opening):
    # the fighting's toll is reported as of the document's date, not dated by the stabbing that set it off
    text = ("Fighting in Millbrook\n\n"
            "At least 42 people were killed in fighting in Millbrook, police said.\n\n"
            f"{opening} the fatal stabbing of a security official on Saturday.\n")
    got = draft(text, published="2031-03-17")
    assert got["At least 42"]["period_end"] != "2031-03-15"
    assert got["At least 42"]["as_of"] == "2031-03-17"


def test_a_stabbing_on_a_day_told_plainly_dates_the_story():
    # the near miss: the same day, not as what something follows, is the incident's
    text = ("Fighting in Millbrook\n\n"
            "At least 42 people were killed in fighting in Millbrook, police said.\n\n"
            "Gunmen stabbed a security official to death on Saturday.\n")
    got = draft(text, published="2031-03-17")
    assert got["At least 42"]["period_end"] == "2031-03-15"


@pytest.mark.parametrize("who", ["A UN source", "UN sources", "Two UN sources", "Police sources"])
def test_unnamed_sources_of_a_body_are_no_identifiable_claimant(who):
    text = (f"Bus attacked near Millbrook\n\n{who} told reporters that 14 people had been killed in the attack "
            "near Millbrook on Friday.\n")
    got = draft(text, published="2031-03-17")
    assert got["14"]["claimant"] == ""
    assert "unnamed sources" in got["14"]["why"]


@pytest.mark.parametrize("who, claimant", [("The UN", "un"), ("A UN spokesman", "un"), ("The police", "qz-police")])
def test_a_body_or_its_spokesman_is_still_the_body(who, claimant):
    text = (f"Bus attacked near Millbrook\n\n{who} said 14 people had been killed in the attack near Millbrook "
            "on Friday.\n")
    got = draft(text, published="2031-03-17")
    assert got["14"]["claimant"] == claimant


US_SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police", "government", "yes", "", "", "the police"],
    ["us-government", "Government of the United States", "government", "yes", "", "", "U.S. government"],
    ["us-defense", "United States Department of Defense", "military", "yes", "", "", "Defense Department"],
], columns=list(S.SOURCE_COLUMNS))
US_ADMIN1 = pd.concat([ADMIN1, pd.DataFrame([["US", "United States", "whole country", ""]],
                                            columns=list(S.ADMIN1_COLUMNS))], ignore_index=True)


def _draft_us(text: str) -> dict[str, dict]:
    doc = {"document_id": "d", "outlet": "", "url": "https://example.invalid/", "published": "2031-03-17",
           "language": "en"}
    return {r["value_as_reported"]: r for r in draft_document(text, doc, US_SOURCES, US_ADMIN1).to_dict("records")}


def test_the_white_house_speaks_for_its_countrys_government():
    got = _draft_us("Marines land in Qzland\n\nWhite House spokesman Jo Tam said 18 servicemen were killed "
                    "and 89 wounded in Millbrook on Friday.\n")
    assert got["18"]["claimant"] == "us-government"
    assert "White House" in got["18"]["why"]


def test_the_pentagon_speaks_for_its_defence_department():
    got = _draft_us("Marines land in Qzland\n\nA Pentagon spokesman said 18 servicemen were killed in Millbrook "
                    "on Friday.\n")
    assert got["18"]["claimant"] == "us-defense"


def test_a_seat_of_power_with_no_body_of_its_country_in_the_table_is_nobody():
    # the Kremlin stands for Russia's government, which the table does not hold: no guess among others
    got = _draft_us("Marines land in Qzland\n\nA Kremlin spokesman said 18 servicemen were killed in Millbrook "
                    "on Friday.\n")
    assert got["18"]["claimant"] == ""


def test_a_newspaper_called_today_dates_nothing():
    # published Monday 2031-03-17; the riot was on Sunday night
    text = ("Riot in Millbrook\n\n"
            "Rioters clashed with police in Millbrook on Sunday night.\n\n"
            "Things escalated quickly; Today newspaper said it involved about 400 people.\n")
    got = draft(text, published="2031-03-17")
    assert got["about 400"]["period_end"] == "2031-03-16"
    # the near miss: "today" as a day still dates the count
    text = text.replace("Things escalated quickly; Today newspaper said it involved about 400 people.",
                        "Police arrested about 400 people today.")
    assert draft(text, published="2031-03-17")["about 400"]["period_end"] == "2031-03-17"


def test_an_overnight_event_already_told_is_not_the_night_before_publication():
    # published Sunday 2031-03-16; the coup was thwarted on Friday
    text = ("Four killed in failed coup\n\n"
            "The army, which Friday thwarted a coup attempt in Millbrook, said four people were killed.\n\n"
            "The prime minister said 12 soldiers were involved in the attempted overnight putsch.\n")
    got = draft(text, published="2031-03-16")
    assert got["12"]["period_end"] == "2031-03-14"
    # the near miss: "overnight" as an adverb is still the night up to publication
    text2 = text.replace("were involved in the attempted overnight putsch", "were killed in Millbrook overnight")
    assert draft(text2, published="2031-03-16")["12"]["period_end"] == "2031-03-16"


def test_a_toll_over_time_with_no_place_is_the_countrys_unless_the_headline_names_the_unit():
    # tenth round: a toll still rising, its sentence and paragraph naming no place, in a document about one
    # town whose headline names no unit, is the country's (the labelled set: six times in eight)
    body = ("Gunmen opened fire on a market in Millbrook on Monday, killing five people, police said.\n\n"
            "The violence has killed 27 people so far.\n")
    got = draft("Clashes in Qzland\n\n" + body, published="2031-03-17")
    assert got["27"]["admin1"] == "QZ"
    assert "a total over time with no place named" in got["27"]["why"]
    # the near miss: a headline naming the town keeps the town's
    got = draft("Clashes in Millbrook\n\n" + body, published="2031-03-17")
    assert got["27"]["admin1"] == "QZ02"


def test_a_country_named_in_the_paragraph_is_not_narrowed_to_the_documents_place():
    text = ("Bus ambushed\n\n"
            "Patrols in Qzland are searching for gunmen who attacked a bus on Thursday. A UN source said the toll "
            "had risen to 14.\n\n"
            "The ambush happened near Millbrook.\n")
    got = draft(text, published="2031-03-17")
    assert got["14"]["admin1"] == "QZ"


# --------------------------------------------------------------------------- eleventh round

def test_last_weekday_in_a_text_of_that_weekday_is_the_week_before():
    from crosstally.draft_dates import resolve_date
    assert resolve_date("last Thursday", "2031-03-13")["period_end"] == "2031-03-06"  # 13 March 2031: a Thursday
    assert resolve_date("on Thursday", "2031-03-13")["period_end"] == "2031-03-13"
    assert resolve_date("last Wednesday", "2031-03-13")["period_end"] == "2031-03-12"


def test_a_month_abbreviation_that_is_a_name_dates_nothing():
    text = ("Shooting in Millbrook\n\nMillbrook Mayor Jan Oster said three people were killed in the shooting "
            "on Monday.\n")
    got = draft(text, published="2031-03-17")
    assert got["three"]["period_end"] == "2031-03-17"  # Monday the 17th, not January


def test_a_place_alias_is_found_whichever_apostrophe_the_text_types():
    from crosstally.draft_places import Places
    table = pd.concat([ADMIN1, pd.DataFrame([["QZ05", "Harbour", "Saint Ann’s;St Ann's Bay", ""]],
                                             columns=list(S.ADMIN1_COLUMNS))], ignore_index=True)
    places = Places(table)
    for text in ("Gunmen struck Saint Ann's market.", "Gunmen struck Saint Ann’s market.",
                 "Gunmen struck St Ann’s Bay."):
        assert [m.codes for m in places.mentions(text)] == [("QZ05",)], text


WIRE_SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police", "government", "yes", "", "", "the police"],
    ["qz-court", "Qzland Supreme Court", "government", "no", "", "", "the court"],
    ["wire", "Wire Agency", "media", "no", "", "", "Wire"],
], columns=list(S.SOURCE_COLUMNS))


def test_a_document_an_outlet_obtained_is_not_the_outlets_claim():
    d = drafter(WIRE_SOURCES)
    text = ("Court orders inquiry in Millbrook\n\nThe state must pay damages to the 130 survivors, "
            "according to a copy of the decision obtained by Wire.\n")
    got = d(text, published="2031-03-17")
    assert got["130"]["claimant"] == ""
    assert "the outlet relays it" in got["130"]["why"]
    # where the sentence names who decided, that body's
    text_court = text.replace("The state must pay", "The court ordered the state to pay")
    assert d(text_court, published="2031-03-17")["130"]["claimant"] == "qz-court"
    # the near miss: an outlet reporting in its own words is its claim
    text2 = text.replace("according to a copy of the decision obtained by Wire", "Wire reported")
    assert d(text2, published="2031-03-17")["130"]["claimant"] == "wire"


def test_a_ledes_officials_of_another_country_are_not_the_headlines_source():
    d = drafter(pd.DataFrame([
        ["qz-foreign", "Qzland Foreign Ministry", "government", "yes", "", "", "the ministry"],
    ], columns=list(S.SOURCE_COLUMNS)))
    text = ("Missile killed two in Millbrook, Qzland Foreign Ministry says\n\n"
            "At least two are dead in Millbrook. Norwegian intelligence officials initially said it was a misfired "
            "missile.\n")
    got = d(text, published="2031-03-17")
    assert got["At least two"]["claimant"] != "qz-foreign"
    # the near miss: the country's own officials in the lede are the headline's ministry
    got = d(text.replace("Norwegian intelligence officials", "Qzland officials"), published="2031-03-17")
    assert got["At least two"]["claimant"] == "qz-foreign"
