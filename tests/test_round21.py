"""Twenty-first round (read parts 38-39 after listing them in tuned.txt). Invented fixtures only (the QZ
country of tests/qz_fixtures.py); nothing copied from the labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from crosstally.draft_claimants import Claimants
from crosstally.draft_dates import _dateline_day
from qz_fixtures import by_value, drafter

SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police Service", "government", "true", "", "", "Qzland police;police"],
    ["qz-army", "Qzland Army", "military", "true", "", "", "Qzland army"],
    ["qz-front", "Qzland Liberation Front", "armed_group", "true", "", "", "Liberation Front"],
    ["qz-courier", "Harbor Courier (newspaper)", "media", "false", "", "", "Courier"],
], columns=list(S.SOURCE_COLUMNS))
draft = drafter(SOURCES)

# 2031-03-14 is a Friday


def test_witnesses_who_speak_are_not_the_force_the_clause_names():
    got = draft("Qzland police opened fire on Friday to quell a protest in Millbrook, killing at least three people, "
                "witnesses said.\n")
    assert got["at least three"]["claimant"] == ""


def test_authorities_who_speak_are_not_the_group_whose_members_died():
    got = draft("At least 32 people were killed in a prison riot, including 24 members of the Liberation Front and "
                "three guards, authorities said on Monday.\n")
    assert got["At least 32"]["claimant"] == "" and got["24"]["claimant"] == ""


def test_officials_of_a_named_source_still_speak_for_it():
    # near miss: the unnamed speakers are the named source's own
    got = draft("Qzland army officials said 12 Liberation Front fighters were killed in Millbrook.\n")
    assert got["12"]["claimant"] == "qz-army"


def test_a_single_protest_in_a_city_is_that_citys_not_the_countrys():
    text = ("Police open fire at strike\n\n"
            "Qzland police opened fire on Friday to quell a protest by garment workers in Millbrook, killing at least "
            "three people.\n\n"
            "Chaos during nationwide strikes erupted for a second day as police broke up the demonstration.\n\n"
            "Doctors said 20 people were wounded.\n")
    got = draft(text)
    assert got["20"]["admin1"] == "QZ02"


def test_protests_spread_over_the_country_stay_the_countrys():
    # near miss: plural protests in several cities: a count naming no place is the country's
    text = ("Protests turn deadly across Qzland\n\n"
            "Protests spread from Millbrook to Harbor Town and Saltpan on Friday.\n\n"
            "Doctors said 20 people were wounded.\n")
    got = draft(text)
    assert got["20"]["admin1"] == "QZ"


def test_a_dateline_in_capitals_sets_today():
    assert _dateline_day("Shelling kills 66\n\nHARBOR TOWN, QZLAND, MAR. 13 -- A shell landed today.\n",
                         "2031-03-14") == ("2031-03-13", "MAR. 13")
    got = draft("Shelling kills 66\n\nHARBOR TOWN, QZLAND, MAR. 13 -- A mortar shell landed in a market in Harbor "
                "Town today, killing at least 66 people.\n")
    assert got["at least 66"]["period_end"] == "2031-03-13"


def test_the_day_of_a_dateline_in_capitals_is_no_figure():
    assert "13" not in by_value("HARBOR TOWN, MAR. 13 -- A shell killed 66 people.\n")
    assert "2" not in by_value("MAY 2 -- A shell killed 66 people.\n")
    # near miss: a modal "MAY" in a headline in capitals is no month
    assert "30" in by_value("STRIKE MAY HAVE KILLED 30 PEOPLE\n")


def test_the_day_violence_broke_out_dates_it_when_the_document_names_no_other():
    text = ("Fighting at camp leaves 18 dead\n\n"
            "At least 18 people have been killed in Millbrook camp.\n\n"
            "The violence at the camp broke out on Wednesday night, when two aid workers were attacked and killed.\n\n"
            "According to the charity, at least 25 people were treated for gunshot wounds.\n")
    got = draft(text)
    assert got["at least 25"]["period_end"] == "2031-03-12"


def test_the_day_a_war_began_does_not_date_todays_counts():
    # near miss: the start sentence tells of no dead: the counts stand as of the document's date
    text = ("Refugees flee\n\n"
            "The fighting broke out on Wednesday night in Millbrook.\n\n"
            "The agency said 2,500 people crossed the border.\n")
    got = draft(text)
    assert got["2,500"]["period_end"] != "2031-03-12"


def test_a_relative_clause_keeps_its_own_day_not_the_main_clauses():
    text = ("Mourners remember market attack\n\n"
            "Relatives came to lay flowers on Friday at the site where 68 people were killed and another 144 wounded "
            "when a shell hit the market in Harbor Town on February 5, 2015.\n")
    got = draft(text)
    assert got["68"]["period_end"] == "2015-02-05" and got["144"]["period_end"] == "2015-02-05"


def test_a_day_and_a_later_clause_without_a_relative_keep_the_nearest_day():
    # near miss: no "where"/"in which": the day before the number is its own
    got = draft("Gunmen killed 12 people in Harbor Town on Friday, a year after the attack of February 5, 2030.\n")
    assert got["12"]["period_end"] == "2031-03-14"


def test_a_lower_case_word_in_brackets_is_no_name_of_the_source():
    c = Claimants(SOURCES, "QZ", ["Qzland"], "")
    assert c.resolve("the privately owned daily newspaper Al-Zaman")[0] == ""
    assert c.resolve("the Courier")[0] == "qz-courier"


# extraction


def test_a_graver_verb_after_a_joined_count_overrides_the_nouns_own_word():
    got = by_value("At least 23 hostages and 32 militants died in an army operation.\n")
    assert got["At least 23"].metric == "killed"
    # near miss: a milder verb leaves the hostages' own word
    assert by_value("23 hostages and 32 soldiers were seized.\n")["23"].metric == "other"


def test_a_part_of_those_killed_is_killed():
    assert by_value("Among those killed, two were convicted for drug trafficking.\n")["two"].metric == "killed"
    assert by_value("Among the wounded, 12 were taken to Harbor Town.\n")["12"].metric == "injured"
    # near miss: a part of those arrested is no casualty
    assert by_value("Among those arrested, two were students.\n")["two"].metric == "other"


def test_a_hospital_treating_people_treats_the_wounded():
    assert by_value("The city hospital is treating 40 people.\n")["40"].metric == "injured"
    # near miss: doctors treating people for an illness
    assert by_value("Doctors are treating 40 people for cholera.\n")["40"].metric == "other"


def test_a_toll_of_the_wounded_counts_the_wounded():
    assert by_value("The toll of wounded police officers stood at more than 20 last night.\n")["more than 20"].metric \
        == "injured"
    assert by_value("The death toll stood at 30.\n")["30"].metric == "killed"


def test_invaders_are_combatants():
    got = by_value("During the attack, four invaders died. Another two died at the hospital.\n")
    assert got["four"].population == "combatants" and got["two"].population == "combatants"


def test_a_weekdays_possessive_without_its_apostrophe_dates_the_event():
    text = ("HARBOR TOWN, March 14 (Agency) – Investigators denied reports that Wednesdays terrorist attack at the "
            "airport was staged by two people.\n\n"
            "A total of 35 people were killed as a result of the terrorist act.\n")
    got = draft(text)
    assert got["35"]["period_end"] == "2031-03-12"


def test_a_toll_of_one_attack_that_rose_on_a_later_day_keeps_the_attacks_day():
    text = ("The death toll from the attack on a mosque in Harbor Town a day earlier rose to 62 on Thursday after five "
            "of the injured died, a hospital spokesman said.\n\n"
            "On Wednesday, 57 people lost their lives when a bomber blew himself up inside the mosque.\n")
    got = draft(text, published="2031-03-13")
    assert got["62"]["period_end"] == "2031-03-12" and got["62"]["statement_date"] == "2031-03-13"


def test_a_toll_over_many_attacks_keeps_its_day():
    # near miss: no single attack: the toll stands on the day it was given
    text = ("The death toll from the fighting in Harbor Town rose to 62 on Thursday, a hospital spokesman said.\n\n"
            "On Wednesday, 57 people lost their lives in clashes.\n")
    got = draft(text, published="2031-03-13")
    assert got["62"]["period_end"] == "2031-03-13"


def test_the_last_week_of_a_month_ends_on_its_last_day():
    got = draft("The ministry said that in the last week of February it had killed 203 militants in Millbrook.\n")
    assert got["203"]["period_end"] == "2031-02-28" and got["203"]["period_start"] == "2031-02-22"


SOURCES_HM = pd.DataFrame([
    ["qz-health", "Qzland Ministry of Health", "government", "true", "", "", "Health Ministry"],
    ["qz-daily", "Qzland Daily (newspaper)", "media", "false", "", "", "Qzland Daily"],
    ["qz-watch", "Qzland Rights Watch", "monitoring_ngo", "false", "", "", "Rights Watch"],
    ["qz-government", "Government of Qzland", "government", "true", "", "", "the government"],
], columns=list(S.SOURCE_COLUMNS))
draft_hm = drafter(SOURCES_HM)


def test_the_reports_a_body_submitted_are_that_bodys():
    text = ("The Health Ministry's forensic department submitted on Thursday medical reports on the casualties, "
            "reported the Qzland Daily.\n\n"
            "According to the forensic reports, 627 were killed at Millbrook square on August 14.\n\n"
            "The reports also indicated that 11 bodies were burned.\n")
    got = draft_hm(text, published="2031-11-14")
    assert got["627"]["claimant"] == "qz-health" and got["11"]["claimant"] == "qz-health"


def test_a_body_that_claims_is_a_verb_not_a_noun():
    # near miss: "the government claims that": the government speaks
    got = draft_hm("In a statement, the government claims that the attack killed a total of 20 people in Millbrook.\n")
    assert got["20"]["claimant"] == "qz-government"


def test_a_body_that_can_confirm_speaks():
    got = draft_hm("Rights Watch can confirm today that dozens of people were hacked to death in Millbrook.\n")
    assert got["dozens"]["claimant"] == "qz-watch"
