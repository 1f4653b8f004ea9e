"""Period end of drafts, fifth round: which day a count stands at.

Invented fixtures only (the QZ country of tests/qz_fixtures.py); nothing copied from the
labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from qz_fixtures import drafter

SOURCES = pd.DataFrame([
    ["qz-government", "Government of Qzland", "government", "yes", "", "", "the government"],
    ["delta-authorities", "Delta authorities", "government", "yes", "", "", "Delta authorities"],
], columns=list(S.SOURCE_COLUMNS))
draft = drafter(SOURCES)


def test_the_day_a_campaign_began_is_no_incident_day_for_its_toll():
    # published Friday 14 March 2031
    text = ("Delta says 900 killed in Qzland's offensive\n\n"
            "Delta authorities said on Thursday that 912 residents were killed in Qzland's February 20 "
            "military offensive, according to revised figures.\n\n"
            "Delta authorities earlier put the number of deaths at over 1,200 people.\n")
    got = draft(text)
    assert got["912"]["period_end"] == "2031-03-13"  # the toll as given on Thursday
    assert (got["over 1,200"]["period_end"] or got["over 1,200"]["as_of"]) == "2031-03-14"


def test_a_vow_on_a_day_dates_the_vow_not_the_killings():
    # published Friday 14 March 2031; the killings were on Tuesday, the vow on Thursday
    text = ("The government vowed Thursday to hunt down those responsible for the killing of 11 farmers in "
            "Westfold.\n\nThe attack happened on Tuesday near Millbrook.\n")
    assert draft(text)["11"]["period_end"] == "2031-03-11"


def test_a_raised_toll_of_one_attack_keeps_the_attacks_day():
    text = ("Gunmen attacked a village near Millbrook on Tuesday night, the government said.\n\n"
            "The victims were yesterday laid to rest in Millbrook.\n\n"
            "Initially, the government announced that six people were killed during the attack but the toll rose "
            "to 10 victims yesterday.\n")
    got = draft(text)
    assert got["six"]["period_end"] == "2031-03-11"
    assert got["10"]["period_end"] == "2031-03-11"


def test_the_day_bodies_were_recovered_is_not_the_day_of_the_killing():
    # published Friday 14 March 2031
    text = ("Nine dead in clash in Westfold\n\n"
            "The police chief said two armed groups clashed Wednesday night and officers recovered the bodies of "
            "nine villagers Thursday morning.\n\n"
            "About 40 people fled their homes in Millbrook, where the clash took place.\n")
    got = draft(text)
    assert got["nine"]["period_end"] == "2031-03-12"
    assert got["About 40"]["period_end"] == "2031-03-12"


def test_the_same_day_and_the_next_day_refer_to_the_day_named_before():
    # published Friday 14 March 2031
    text = ("Feud spreads in Westfold\n\n"
            "Three people died in a shoot-out in Millbrook on Monday, the police said.\n\n"
            "Two more people were killed the same day in a revenge attack, and a further four in an ambush "
            "the next day, the police said.\n")
    got = draft(text)
    assert got["Two"]["period_end"] == "2031-03-10"
    assert got["four"]["period_end"] == "2031-03-11"
    # a month only before: the same month
    text = ("Feud spreads in Westfold\n\n"
            "Three people died in a shoot-out in Millbrook last week, the police said.\n\n"
            "Two more people were killed the same day in a revenge attack, the police said.\n")
    assert draft(text, published="2031-03-28")["Two"]["period_end"] == "2031-03"


def test_a_toll_of_two_wars_is_no_incidents():
    text = ("Gunmen attacked a police post in Millbrook on Thursday, killing four officers, the government said.\n\n"
            "Background:\n\n"
            "• At least 90,000 people were killed in the two wars\n")
    got = draft(text)
    assert got["four"]["period_end"] == "2031-03-13"
    assert (got["At least 90,000"]["period_end"] or got["At least 90,000"]["as_of"]) == "2031-03-14"


def test_an_attack_that_came_a_day_after_another_dates_the_other_a_day_before():
    # published Friday 14 March 2031
    text = ("Rebels kill 30 in Westfold\n\n"
            "At least 30 police were killed in an overnight attack on Millbrook, officials said Friday.\n\n"
            "The assault came a day after rebels attacked a remote outpost, killing at least 12 soldiers.\n")
    assert draft(text)["at least 12"]["period_end"] == "2031-03-13"


def test_a_count_as_it_stands_is_not_dated_by_another_clauses_day():
    # published Friday 14 March 2031
    text = ("Clashes in Westfold\n\n"
            "Shelling hit Millbrook on Tuesday, the government said.\n\n"
            "At least six civilians were wounded in Thursday's shelling there, and more than 2,000 people have been "
            "displaced from their villages.\n\n"
            "In the town's prison there are about 900 prisoners.\n")
    got = draft(text)
    assert got["At least six"]["period_end"] == "2031-03-13"
    assert (got["more than 2,000"]["period_end"] or got["more than 2,000"]["as_of"]) == "2031-03-14"
    assert (got["about 900"]["period_end"] or got["about 900"]["as_of"]) == "2031-03-14"


def test_each_clause_keeps_its_own_month():
    text = ("Killings in Westfold\n\n"
            "In Westfold, October reached a record of 140 homicides, while November, though lower, registered "
            "120 cases.\n")
    got = draft(text, published="2031-12-03")
    assert got["140"]["period_end"] == "2031-10"
    assert got["120"]["period_end"] == "2031-11"


def test_of_these_is_a_part_of_the_count_before_as_of_its_day():
    text = ("Disappearances in Westfold\n\n"
            "Between September 9 and November 30, the government opened 300 files on disappearances in Westfold, "
            "counting 350 victims. Of these, 120 people were found alive.\n")
    got = draft(text, published="2031-12-03")
    assert got["120"]["period_end"] == "2031-11-30"


def test_as_of_the_end_of_a_month_is_its_last_day():
    text = ("Returns to Westfold\n\n"
            "Since the ceasefire signed last November, at least 40,000 returns to Westfold have taken place as of "
            "end of July 2031.\n")
    got = draft(text, published="2031-08-25")
    assert got["at least 40,000"]["period_end"] == "2031-07-31"


def test_a_toll_over_an_ongoing_campaign_as_given_and_people_still_roaming():
    # published Friday 14 March 2031; the last incident day the text names is Tuesday
    text = ("What we know\n\n"
            "Gunmen stormed Millbrook on Saturday and killed 30 people, the government said.\n\n"
            "Fighting went on until the army regained control on Tuesday.\n\n"
            "In Harbor Town, health officials said 640 people had been killed during retaliatory strikes by "
            "Qzland.\n\n"
            "Reports indicate dozens of gunmen are roaming the area.\n")
    got = draft(text)
    assert (got["640"]["period_end"] or got["640"]["as_of"]) == "2031-03-14"
    assert (got["dozens"]["period_end"] or got["dozens"]["as_of"]) == "2031-03-14"


def test_a_story_that_dates_no_violence_takes_the_day_its_paragraph_named():
    text = ("Monthly report\n\n"
            "After the just ended July 28 elections, opposition supporters took to the streets of Millbrook on "
            "August 1 protesting the delay in the results. The police fired into the crowd. Seven citizens were "
            "killed.\n")
    got = draft(text, published="2031-09-07")
    assert got["Seven"]["period_end"] == "2031-08-01"
    # a window's count is no story: the part of it the next sentence gives keeps no day of the window's end
    text = ("Counting casualties\n\n"
            "Hundreds of civilians in Qzland have been killed in air strikes between July 30 and August 20, "
            "according to a monitor. The group said that 90 of the 400 casualties were children.\n")
    assert draft(text, published="2031-08-22")["90"]["period_end"] != "2031-08-20"


def test_the_end_of_a_month_does_not_end_a_figure_with_its_own_day():
    # published Friday 14 March 2031
    text = ("Gunmen kill 12 in Millbrook\n\n"
            "Gunmen killed 12 people in Millbrook on March 3, bringing the toll by the end of February to 40, "
            "the government said.\n")
    got = draft(text)
    assert (got["12"]["period_start"], got["12"]["period_end"]) == ("2031-03-03", "2031-03-03")
    assert got["40"]["period_end"] == "2031-02-28"


def test_the_next_day_of_another_clause_does_not_date_the_figure():
    text = ("Millbrook\n\n"
            "Rebels attacked a checkpoint in Millbrook on March 2.\n\n"
            "Gunmen killed 12 villagers in Millbrook, and the army arrived the next day.\n")
    got = draft(text)
    assert (got["12"]["period_start"], got["12"]["period_end"]) == ("2031-03-02", "2031-03-02")
