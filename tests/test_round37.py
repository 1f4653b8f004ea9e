"""Thirty-seventh round (read parts 70-71 after listing them in tuned.txt): armed people counted as combatants
("13 armed members of a sect"); who all of a count were, after a dash or after "more" ("dozens more, all
civilians,"); the ranks a count came from ("three from police, seven civilians"); a force sent in is counted, not
hurt ("more than 7,000 troops have been sent in" after a count of the injured); a country in a body's name or a
post's title is no place ("the Armed Forces of Qzland", "the UN's chief in Qzland"); officers "summoned to" a capital
put nothing there; the lede's source named in the number's own sentence in words the clause reader does not tie to
it ("an operation that Qzland officials said killed about 90"); two speakers of different offices together ("a
provincial health director and a UN official said") are no one source; and "last week" takes the one day of that
week the document names for its violence. Invented sentences only; nothing copied from the labelled set."""
from __future__ import annotations

import pandas as pd
import pytest

from crosstally import schema as S
from qz_fixtures import by_value, drafter


SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police", "police", "true", "", "", "Qzland police"],
    ["qz-government", "Government of Qzland", "government", "true", "", "", "Qzland officials;Qzland government"],
    ["qz-army", "Armed Forces of Qzland", "military", "true", "", "", "Armed Forces of Qzland"],
    ["un", "United Nations", "un", "false", "", "", "UN;U.N."],
], columns=list(S.SOURCE_COLUMNS))


# --------------------------------------------------------------------------- extraction: who was counted

@pytest.mark.parametrize("text, span", [
    ("Police said they killed 13 armed members of a religious sect on Friday.", "13"),
    ("Police Report Killing 13 Armed Church Sect Members", "13"),
    ("Troops shot dead five heavily armed men at the checkpoint.", "five"),
])
def test_armed_people_are_combatants(text, span):
    got = by_value(text)
    assert span in got, got
    assert got[span].population == "combatants", got[span].reading


def test_unarmed_people_are_not_combatants():
    got = by_value("Police killed 12 unarmed protesters on Monday.")
    assert got["12"].population == "all"


@pytest.mark.parametrize("text, span", [
    ("The reporter said that dozens more, all civilians, were injured in the attack.", "dozens"),
    ("The charity said more than 40 people – all of them civilians, including a child – were killed.",
     "more than 40"),
    ("Twelve people were killed, all of them civilians.", "Twelve"),  # as before
])
def test_who_all_of_a_count_were_after_a_dash_or_more(text, span):
    got = by_value(text)
    assert span in got, got
    assert got[span].population == "civilians", got[span].reading


def test_all_in_a_place_says_nothing_of_who_they_were():
    got = by_value("At least 30 people were killed, all in the capital.")
    assert got["At least 30"].population == "all"


def test_the_ranks_a_count_came_from():
    got = by_value("The army said that of those killed, 51 were rebels, five from civilians, and three each from the "
                 "military and the police.")
    assert (got["five"].population, got["three"].population) == ("civilians", "combatants"), got
    got = by_value("There were six killed from the army, three from police, seven civilians and 71 rebels.")
    assert [got[k].population for k in ("six", "three", "seven", "71")] == \
        ["combatants", "combatants", "civilians", "combatants"], got


def test_from_a_place_says_nothing_of_who_they_were():
    got = by_value("Twenty from the same village were killed.")
    assert got["Twenty"].population == "all"


@pytest.mark.parametrize("text, span", [
    ("At least 100 people were injured in the rioting, and more than 7,000 troops have been sent in to restore order.",
     "more than 7,000"),
    ("Five people were wounded; 500 police were deployed to the square.", "500"),
])
def test_a_force_sent_in_is_counted_not_hurt(text, span):
    got = by_value(text)
    assert span in got, got
    assert got[span].metric == "other", got[span].reading


@pytest.mark.parametrize("text, span, metric", [
    ("Three soldiers sent to the area were killed.", "Three", "killed"),
    ("Ten soldiers were sent to the area and were killed in an ambush.", "Ten", "killed"),
    ("Five soldiers were killed and 12 police were wounded.", "12", "injured"),
])
def test_a_force_sent_that_then_suffered_keeps_its_fate(text, span, metric):
    got = by_value(text)
    assert got[span].metric == metric, got[span].reading


# --------------------------------------------------------------------------- drafts: places

def test_a_country_in_a_bodys_name_is_no_place():
    draft = drafter(SOURCES)
    text = ("Fighting in Millbrook enters second week\n\nGovernment troops and rebels fought on in Millbrook on "
            "Monday.\n\nAs of Monday night, the Armed Forces of Qzland recorded 87 deaths. There were six killed "
            "from the army and 71 rebels.\n")
    got = draft(text)
    assert got["87"]["admin1"] == "QZ02", got["87"]["why"]
    assert got["six"]["admin1"] == "QZ02", got["six"]["why"]


def test_a_posts_country_is_no_place():
    draft = drafter(SOURCES)
    text = ("Clashes in a camp\n\nClashes broke out over the weekend between two factions in the camp, the largest in "
            "the port city of Harbor Town.\n\n\"According to reports, 11 were killed and another 40 were injured,\" "
            "said Ann Lee, the UN agency's director in Qzland.\n")
    got = draft(text)
    assert got["11"]["admin1"] == "QZ01", got["11"]["why"]
    assert got["40"]["admin1"] == "QZ01", got["40"]["why"]


def test_a_country_named_as_a_place_is_still_a_place():
    draft = drafter(SOURCES)
    text = ("Unrest spreads\n\nGunmen attacked a market in Harbor Town on Sunday.\n\nOver the year, fighting "
            "across Qzland has killed 4,000 people, the UN said.\n")
    got = draft(text)
    assert got["4,000"]["admin1"] == "QZ", got["4,000"]["why"]


# --------------------------------------------------------------------------- drafts: claimants

def test_the_ledes_source_named_in_the_numbers_own_sentence():
    # (the government known by its name only: "Qzland officials" found by the registry's words, as in the news)
    draft = drafter(pd.DataFrame([["qz-government", "Government of Qzland", "government", "true", "", "", ""]],
                                 columns=list(S.SOURCE_COLUMNS)))
    text = ("2 army officers fired for botched raid\n\nHARBOR TOWN, QZLAND — President Ann Lee dismissed an army "
            "general and another officer Sunday for their part in a commando operation in western Qzland that Qzland "
            "officials said killed about 90 civilians Friday.\n\nQzland officials say mostly women and children were "
            "killed when commandos called in airstrikes on a compound in Millbrook.\n")
    got = draft(text, published="2031-03-16")
    assert got["about 90"]["claimant"] == "qz-government", got["about 90"]["why"]


def test_two_speakers_of_different_offices_are_no_one_source():
    draft = drafter(SOURCES)
    text = ("Toll from market strike rises\n\nThe death toll from the strike on a market in Millbrook has risen to "
            "more than 100, a provincial health director and a UN official said on Thursday.\n")
    got = draft(text, published="2031-03-13")
    assert got["more than 100"]["claimant"] == "", got["more than 100"]["why"]


def test_a_un_official_alone_is_still_the_uns():
    draft = drafter(SOURCES)
    text = ("Toll from market strike rises\n\nThe death toll from the strike on a market in Millbrook has risen to "
            "more than 100, the UN said on Thursday.\n")
    got = draft(text, published="2031-03-13")
    assert got["more than 100"]["claimant"] == "un", got["more than 100"]["why"]


# --------------------------------------------------------------------------- drafts: dates

def test_last_week_takes_the_one_day_of_that_week_the_document_names():
    draft = drafter(SOURCES)
    text = ("UN inquiry into air strikes\n\nNinety civilians were killed in air strikes last week in Qzland, the UN "
            "said Tuesday.\n\nA UN team was sent to Millbrook after claims that scores of civilians were killed in "
            "Friday's strikes.\n")
    got = draft(text, published="2031-03-18")  # a Tuesday; Friday 14 March
    assert got["Ninety"]["period_end"] == "2031-03-14", got["Ninety"]["why"]


def test_last_week_with_no_day_named_stays_the_month():
    draft = drafter(SOURCES)
    text = ("Clashes\n\nNinety civilians were killed in clashes last week in Millbrook, the UN said.\n")
    got = draft(text, published="2031-03-18")
    assert got["Ninety"]["period_end"] == "2031-03", got["Ninety"]["why"]


def test_last_week_of_another_attack_stays_the_month():
    draft = drafter(SOURCES)
    text = ("Massacre in Millbrook\n\nGunmen killed 30 villagers in Millbrook on Friday, the police said.\n\nRebels "
            "said they had carried out an attack last week on an army base that left more than 20 soldiers dead.\n")
    got = draft(text, published="2031-03-18")
    assert got["30"]["period_end"] == "2031-03-14", got["30"]["why"]
    assert got["more than 20"]["period_end"] == "2031-03", got["more than 20"]["why"]


def test_officers_summoned_to_a_city_put_nothing_there():
    draft = drafter(SOURCES)
    text = ("Officers fired\n\nGunmen attacked a village in Westfold on Friday.\n\nTwo commanders were removed from "
            "their posts and summoned to Harbor Town for further investigation, the president's office said.\n\n"
            "A delegation was visiting the region to determine what had happened. The minister said that more than "
            "90 people had been killed.\n")
    got = draft(text, published="2031-03-16")
    assert got["more than 90"]["admin1"] != "QZ01", got["more than 90"]["why"]
