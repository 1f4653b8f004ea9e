"""Misfires a reviewer found in the twenty-second round's rules, with invented sentences (the QZ country of
tests/qz_fixtures.py), each mended; nothing copied from the labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from crosstally.extract import extract
from qz_fixtures import by_value, drafter

SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police Service", "government", "true", "", "", "Qzland police;police"],
    ["qz-army", "Qzland Army", "military", "true", "", "", "Qzland army;army"],
    ["qz-front", "Qzland Liberation Front", "armed_group", "true", "", "", "Liberation Front"],
    ["qz-courier", "Harbor Courier (newspaper)", "media", "false", "", "", "Courier"],
], columns=list(S.SOURCE_COLUMNS))
draft = drafter(SOURCES)

# 2031-03-14 is a Friday


def test_a_chronologys_time_zone_in_brackets_is_no_agency():
    text = ("Key events\n\nMarch 12 (UTC) - Troops opened fire in Millbrook, killing 9 people.\n\n"
            "March 13 (UTC) - A car bomb killed 6 people in Harbor Town.\n")
    got = draft(text)
    assert got["9"]["period_end"] == "2031-03-12" and got["6"]["period_end"] == "2031-03-13"


def test_said_from_a_day_to_another_is_a_window_not_how_it_was_said():
    text = ("Rebels attacked Harbor Town on March 3.\n\n"
            "The army said from Tuesday to Thursday, 40 rebels were killed in Millbrook.\n\n"
            "Police said 12 civilians were wounded.\n")
    assert draft(text)["12"]["period_end"] != "2031-03-03"


def test_how_and_when_it_was_said_is_passed_over_to_the_speaker_after_the_verb():
    def phrase(text):
        return extract(text)[0].claimant_phrase
    assert phrase("\u201cPolice shot 30 people in Millbrook,\u201d said yesterday a local resident who saw the "
                  "march.") == "a local resident"
    assert phrase('"Police shot 30 people in Millbrook," said by telephone a witness, Ali Musa.') == "a witness"
    assert phrase("\u201cPolice shot 30 people in Millbrook,\u201d said today's report by the Harbor "
                  "Courier.").startswith("today's report")


def test_no_speaker_is_taken_from_inside_the_quotation():
    assert extract("\u201cWe counted 30 bodies,\u201d said by far the most senior officer, who asked not to be "
                   "named.")[0].claimant_phrase == ""
    assert extract("\u201cWe counted 30 bodies in the mortuary,\u201d Ali Musa, leader of the Front, said by phone "
                   "from the city today.")[0].claimant_phrase == "Ali Musa"


def test_a_day_before_a_passive_condemned_by_is_the_events():
    text = ("Gunmen attacked a market in Harbor Town on Saturday.\n\n"
            "The bombing on Monday condemned by rights groups killed 12 people in Millbrook.\n")
    assert draft(text)["12"]["period_end"] == "2031-03-10"


def test_a_day_earlier_after_a_named_day_does_not_count_from_publication():
    got = draft("On March 3, gunmen stormed Parliament in Millbrook. A day earlier, 12 soldiers were killed in "
                "Harbor Town.\n")
    assert got["12"]["period_end"] == "2031-03-02"
    got = draft("In 2019, gunmen stormed Parliament in Millbrook; a day earlier they had killed 12 soldiers in Harbor "
                "Town.\n")
    assert got["12"]["period_end"] != "2031-03-13"


def test_a_range_of_years_after_the_birth_years_still_dates_the_count():
    got = draft("Police said 300 people, all born between 1990 and 1995, were killed in Millbrook between 2015 and "
                "2017.\n")
    assert got["300"]["period_end"] == "2017-12-31"


def test_lower_case_label_lines_are_sentences_of_their_own():
    got = by_value("Casualty figures\nkilled: 12\nwounded: 30\nmissing: 4\n")
    assert got["12"].metric == "killed" and got["30"].metric == "injured"


def test_a_short_headline_over_a_lower_case_time_stamp_is_its_own_sentence():
    got = by_value("Gunmen kill 12 in Millbrook attack\nupdated 10:32 GMT, March 3\n\nThe army said so.\n")
    assert "March" not in got["12"].date_phrase


def test_a_survivor_who_said_others_died_is_no_later_death():
    text = ("Rebels attacked Harbor Town on March 3.\n\n"
            "A soldier who was wounded in the clash said 12 comrades died on Monday when rebels stormed their post "
            "in Millbrook.\n\n"
            "The army said 30 soldiers were wounded.\n")
    assert draft(text)["30"]["period_end"] == "2031-03-10"


def test_a_spokesman_before_a_spaced_colon_still_speaks():
    text = ("Qzland Army spokesman : The rebels lost 40 fighters in Millbrook on Monday.\n\n"
            "The Liberation Front said 12 soldiers died.\n")
    assert draft(text)["40"]["claimant"] == "qz-army"


def test_violence_begun_the_day_before_is_not_a_count_by_a_later_day():
    text = ("Riots in Millbrook\n\nClashes broke out in Millbrook on Thursday. By Friday morning, police said, 12 "
            "people had been killed.\n")
    assert draft(text)["12"]["period_end"] != "2031-03-13"


def test_lines_of_prose_above_a_source_line_are_no_table():
    text = ("Gunmen killed 7 students in Millbrook on Monday.\nThe army said 5 soldiers died.\n"
            "Source: Qzland Police Service\n")
    assert draft(text)["7"]["claimant"] != "qz-police"


def test_a_source_line_in_capitals_or_plural_still_credits_its_table():
    text = ("Police fired on a march in Millbrook on Monday.\n\nMillbrook victims\n7 students\n5 teachers\n\n"
            "SOURCES: Qzland Police Service\n")
    assert draft(text)["7"]["claimant"] == "qz-police"
