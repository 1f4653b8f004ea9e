"""Twentieth round (read parts 36-37 after the seventh-round claimant relabelling). Invented fixtures only
(the QZ country of tests/qz_fixtures.py); nothing copied from the labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from crosstally.extract import _sentence_starts, extract
from qz_fixtures import by_value, drafter

draft = drafter(pd.DataFrame(columns=list(S.SOURCE_COLUMNS)))
SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police Service", "government", "true", "", "", "Qzland police"],
    ["qz-health", "Qzland Ministry of Health", "government", "true", "", "", "health ministry"],
], columns=list(S.SOURCE_COLUMNS))
draft_with_sources = drafter(SOURCES)

# 2031-03-16 is a Sunday; Monday before it is 2031-03-10


def test_a_day_told_right_before_the_verb_dates_the_statement_not_the_incident():
    text = ("Qzland state media early Sunday said that 37 villagers had been killed in an attack in Millbrook.\n\n"
            "Police arrested 21 men after Monday's attack on the market.\n")
    got = draft(text, published="2031-03-16")
    assert got["37"]["period_end"] == "2031-03-10"


def test_a_day_in_its_report_dates_the_statement():
    text = ("Gunmen killed 12 people in Millbrook on Monday.\n\n"
            "The agency said 10 of the dead were farmers in its report on Sunday.\n")
    got = draft(text, published="2031-03-16")
    assert got["10"]["period_end"] == "2031-03-10"


def test_the_day_of_an_attack_followed_by_its_toll_stays_the_incident_day():
    # near miss: "on Sunday killed" is the attack's day, no statement verb follows the day
    got = draft("A bomb on Sunday killed 14 people in Millbrook, police said.\n", published="2031-03-18")
    assert got["14"]["period_end"] == "2031-03-16"


# extraction (tests/qz_fixtures.by_value: the extractor's candidates by their words)


def test_a_breakdown_of_the_victims_by_nationality_counts_each_item():
    got = by_value("Gunmen killed 21 people at the hotel. Of the civilian victims, 16 were Chilean, one was British, "
                   "one was American and three were of Andean descent.\n")
    assert got["16"].metric == "killed" and got["16"].population == "civilians"
    assert got["three"].metric == "killed"
    one = [c for c in extract(
        "Gunmen killed 21 people. Of the civilian victims, 16 were Chilean, one was British, one was American.")
        if c.value_as_reported == "one"]
    assert len(one) == 2 and all(c.unit == "people" for c in one)


def test_one_of_a_few_with_a_nationality_but_no_frame_stays_no_figure():
    # near miss: no "Of the victims," frame: a bare "one was British" is not counted
    assert "one" not in by_value("One was British, the embassy said.\n")


def test_one_national_and_another_are_two_figures():
    got = [c.value_as_reported for c in extract(
        "One Slovak and one Italian were injured, their embassies reported.")]
    assert got == ["One", "one"]


def test_police_firearms_officers_are_people():
    got = by_value("Police later confirmed eight police firearms officers fired 50 rounds.\n")
    assert got["eight"].unit == "people" and got["eight"].population == "combatants"


def test_police_stations_are_no_police_officers():
    # not police officers; counted only as attacks on the stations (the thirty-fifth round's venues)
    assert "12" not in by_value("The district has 12 police stations.\n")
    burned = by_value("12 police stations were burned.\n")["12"]
    assert (burned.metric, burned.unit) == ("attacks_on_facilities", "facilities")


def test_hospitals_beside_their_place_word_are_facilities():
    assert by_value("Those injured have been taken to five nearby hospitals.\n")["five"].unit == "facilities"


def test_a_hand_wrapped_line_goes_on_to_its_noun():
    text = ("An unemployed resident of Millbrook, he is one of 20 young\n"
            "men lying in hospital in the remote and dusty oil town at the\n")
    assert by_value(text)["20"].unit == "people"


def test_a_short_line_still_ends_before_the_next():
    # near miss: a headline's short line ends the noun search even when the next line starts in lower case
    got = by_value("Ten held\nmen of the town said nothing.\n")
    assert "Ten" not in got or got["Ten"].unit != "people"


def test_a_headline_figure_the_body_does_not_repeat_keeps_no_claimant():
    text = ("Market bombing in Millbrook\n\n"
            "A bomb tore through a market in Millbrook on Sunday, killing five traders.\n\nQzland police said 43 "
            "people were killed and 61 wounded in attacks across the province over the week.\n")
    got = draft_with_sources(text, published="2031-03-17")
    assert got["five"]["claimant"] == ""
    assert got["43"]["claimant"] == "qz-police"


def test_a_headline_figure_takes_the_source_the_body_gives_it():
    text = ("At least 35 killed in Millbrook blast\n\n"
            "The health ministry said the blast wounded 80. At least 35 people were killed, Qzland police said.\n")
    got = draft_with_sources(text, published="2031-03-17")
    assert got["At least 35"]["claimant"] == "qz-police"


def test_a_full_stop_with_no_space_after_it_ends_a_sentence():
    # a page scraped without its spaces: "... by the rebels.An eyewitness told ..." is two sentences, and the
    # lede's unnamed officials are not guessed from a name glued to the next sentence's speaker
    text = "The school has been targeted in the past by the Qzland Front.An eyewitness told reporters most were girls."
    assert text.index("An eyewitness") in _sentence_starts(text)


def test_a_domain_name_or_initials_do_not_end_a_sentence():
    text = "SEAToday.com reported that the U.S.Army sent 40 soldiers."
    assert _sentence_starts(text) == [0]


# misfires a reviewer found in the first version of these rules (each an invented sentence)

def test_the_victims_of_a_wounding_are_the_wounded():
    got = by_value("The blast wounded 30 people in the market on Sunday afternoon.\n"
                   "Of the victims, 16 were Chilean, one was British.\n")
    assert got["16"].metric == "injured"


def test_people_who_were_not_harmed_are_no_breakdown():
    assert by_value("Of the passengers, 120 were British and one was Irish.\n") == {}


def test_a_day_then_a_comma_and_said_dates_the_incident():
    text = ("Gunmen killed 12 people in Millbrook on Sunday, said a police officer.\n\n"
            "Police arrested 21 men after Friday's attack on the market.\n")
    assert draft(text, published="2031-03-17")["12"]["period_end"] == "2031-03-16"


def test_reported_by_and_a_military_post_are_no_statement():
    for text in ("Twelve people were killed in the attack on Sunday reported by residents.\n\n",
                 "Twelve soldiers died in the post on Sunday, the army said.\n\n"):
        got = draft(text + "Police arrested 21 men after Friday's attack on the market.\n", published="2031-03-17")
        assert got["Twelve"]["period_end"] == "2031-03-16", text


def test_a_long_line_before_a_pages_furniture_keeps_its_figure():
    got = by_value("Mourners gather in Millbrook after the market attack that killed 12\n"
                   "updated 17 March 2031, 10:00 GMT\n")
    assert got["12"].metric == "killed"


def test_one_abbreviated_country_is_no_person():
    got = by_value("Rebels shot down one US and one British drone.\n")
    assert all(c.unit != "people" for c in got.values())


def test_a_full_stop_glued_to_a_one_letter_word_or_a_comma_ends_a_sentence():
    assert len(_sentence_starts("They were killed.A witness said 30 died.")) == 2
    assert len(_sentence_starts("He said it was approx.Twelve people.")) == 1


def test_a_lede_figure_is_not_given_to_a_later_source_by_a_date_or_an_age():
    text = ("Market bombing\n\nA bomb killed 14 people in Millbrook on Sunday.\n\n"
            "Qzland police said the bomber was a teenager.\n\nThe health ministry said a 14-year-old boy was "
            "treated.\n")
    assert draft_with_sources(text, published="2031-03-17")["14"]["claimant"] == ""
