"""Misfires a reviewer found in the twenty-first round's rules (invented sentences, the QZ country of
tests/qz_fixtures.py), each with the behaviour it should have."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from qz_fixtures import by_value, drafter

SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police Service", "government", "true", "", "", "Qzland police;police"],
    ["qz-army", "Qzland Army", "military", "true", "", "", "Qzland army"],
    ["qz-redcross", "Qzland Red Cross", "humanitarian", "false", "", "", "Red Cross"],
    ["qz-watch", "Qzland Rights Watch", "monitoring_ngo", "false", "", "", "Rights Watch"],
    ["qz-front", "Qzland Liberation Front", "armed_group", "true", "", "", "Liberation Front"],
    ["qz-daily", "Qzland Daily (newspaper)", "media", "false", "", "", "Qzland Daily"],
], columns=list(S.SOURCE_COLUMNS))
draft = drafter(SOURCES)

# 2031-03-14 is a Friday


def test_a_source_citing_witnesses_still_speaks():
    got = draft("At least 40 people were killed in Millbrook, the Red Cross said, citing witnesses.\n")
    assert got["At least 40"]["claimant"] == "qz-redcross"
    got = draft("At least 40 people were killed in Millbrook, Qzland police said, according to witnesses.\n")
    assert got["At least 40"]["claimant"] == "qz-police"


def test_a_relative_clauses_day_stops_at_the_clause():
    got = draft("Gunmen on Monday attacked Millbrook, where 14 people were killed, before fleeing to Harbor Town "
                "late Tuesday.\n")
    assert got["14"]["period_end"] == "2031-03-10"


def test_a_toll_keeps_its_day_when_the_other_day_is_another_attacks():
    text = ("The death toll from the attack on the market in Harbor Town rose to 62 on Thursday.\n\n"
            "In a separate attack on March 1, gunmen killed 10 people in Millbrook.\n")
    assert draft(text, published="2031-03-13")["62"]["period_end"] == "2031-03-13"


def test_a_toll_of_an_attack_named_by_its_day_keeps_that_day():
    got = draft("The death toll from Wednesday's attack on the market rose to 62 on Thursday.\n", published="2031-03-13")
    assert got["62"]["period_end"] == "2031-03-12"


def test_a_second_toll_day_is_no_incident_day():
    text = ("The death toll from the attack reached 40 on Monday, and on Tuesday it rose again to 45.\n\n"
            "The attack on Saturday targeted a wedding.\n")
    got = draft(text)
    assert got["40"]["period_end"] != "2031-03-11"


def test_a_possessive_day_after_said_is_the_attacks_not_the_statements():
    got = draft("Qzland police said Mondays attack in Harbor Town killed 35 people.\n")
    assert got["35"]["statement_date"] != "2031-03-10" and got["35"]["period_end"] == "2031-03-10"


def test_a_source_that_could_not_confirm_gives_no_figure():
    got = draft("Qzland police could not confirm that 30 people were killed in Millbrook.\n")
    assert got["30"]["claimant"] == ""


def test_a_nationwide_protest_stays_the_countrys():
    text = ("Fuel strike turns deadly\n\n"
            "Security forces fired on crowds in Millbrook on Friday during a nationwide protest against fuel prices.\n\n"
            "Doctors said 20 people were wounded.\n")
    assert draft(text)["20"]["admin1"] == "QZ"


def test_a_start_day_does_not_date_a_toll_by_a_later_day():
    text = ("Refugees flee Millbrook\n\n"
            "Fighting began on Wednesday night, and by Friday 30 people had been killed.\n\n"
            "Doctors said 20 people were wounded.\n")
    got = draft(text)
    assert got["30"]["period_end"] != "2031-03-12" and got["20"]["period_end"] != "2031-03-12"


def test_the_reports_do_not_reach_past_an_unnamed_reporter():
    text = ("Qzland police said five people were killed in Millbrook.\n\n"
            "Rights Watch said it had presented its findings to parliament.\n\n"
            "Local media reported on Tuesday that 12 people had died in Millbrook.\n\n"
            "According to the reports, 40 protesters were killed in Harbor Town.\n")
    assert draft(text)["40"]["claimant"] != "qz-watch"


def test_reports_of_torture_are_not_the_polices():
    text = ("The Qzland Daily reported that Qzland police released 30 detainees on Tuesday despite medical reports "
            "of torture.\n\n"
            "According to the reports, 12 detainees had been beaten to death.\n")
    assert draft(text)["12"]["claimant"] != "qz-police"


def test_yesterdays_attack_without_apostrophe_is_dated():
    got = draft("Yesterdays attack on the market in Millbrook killed 12 people.\n")
    assert got["12"]["period_end"] == "2031-03-13"


def test_a_week_of_a_month_dates_only_its_own_count():
    got = draft("The army said 203 militants were killed in the last week of February, and 50 more died in March.\n")
    assert got["203"]["period_end"] == "2031-02-28" and got["203"]["period_start"] == "2031-02-22"
    assert got["50"]["period_start"] != "2031-02-22"  # (not the week's window)


def test_the_last_week_of_the_current_month_is_last_years_if_not_over():
    got = draft("The ministry said that in the last week of March it had killed 203 militants in Millbrook.\n")
    assert got["203"]["period_end"] == "2030-03-31"


def test_a_modal_may_in_capitals_is_no_month():
    assert "UP TO 300" in by_value("UP TO 300 MAY BE DEAD AFTER DAM BURSTS\n")
    assert "30" in by_value("OFFICIALS FEAR 30 MAY HAVE DIED IN BLAST\n")


def test_a_count_with_its_own_verb_keeps_it_before_a_joined_count():
    assert by_value("The gunmen held 23 hostages and 32 militants died in the assault.\n")["23"].metric == "other"


def test_a_hospital_treating_an_illness_is_not_treating_the_wounded():
    assert by_value("The hospital is treating 100 people for cholera.\n")["100"].metric == "other"
    assert by_value("The hospital is treating 30 patients with malaria after floods.\n")["30"].metric == "other"


def test_land_invaders_are_not_combatants():
    assert by_value("Police arrested 30 land invaders in Millbrook.\n")["30"].population != "combatants"


def test_a_claim_that_two_attacks_killed_is_a_claim():
    got = draft("The Liberation Front claims that two attacks killed 20 soldiers in Millbrook.\n")
    assert got["20"]["claimant"] == "qz-front"


def test_a_toll_day_stands_for_the_incident_when_the_document_names_no_day_of_it():
    text = ("The death toll in the massacre reached 32 last night as more victims were recovered from Millbrook.\n\n"
            "The police chief told a media conference late last night that more than 30 people were confirmed dead.\n\n"
            "The worst massacre before it occurred on February 25, 2014, when a gunman killed 29 people in Saltpan.\n")
    got = draft(text)
    assert got["more than 30"]["period_end"] == "2031-03-13"
