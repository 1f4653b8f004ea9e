"""Twenty-sixth round (read parts 48-49 after listing them in tuned.txt): a piece that tells of violence years
before it was published (a memorial, an anniversary, a trial, a history) dates that violence's counts to the
day, month or year it tells them in, not to its own time. Invented sentences only; nothing copied from the
labelled set."""
from __future__ import annotations

import pandas as pd
import pytest

from crosstally import schema as S
from crosstally.draft_dates import _LOOKS_BACK, _years_looked_back, story_date
from crosstally.draft_common import _paragraph_spans
from crosstally.extract import _sentence_starts
from qz_fixtures import drafter

draft = drafter(pd.DataFrame([["qz-police", "Qzland Police Service", "government", "true", "", "", "Qzland police"]],
                             columns=list(S.SOURCE_COLUMNS)))


def story(text: str, published: str = "2031-03-14"):
    paras = _paragraph_spans(text)
    return story_date(text, published, _sentence_starts(text), paras[min(1, len(paras) - 1)][1])


# -- the story's day, as fine as the text gives it

def test_on_this_day_in_a_year_is_the_publications_day_that_year():
    text = "Remembering Millbrook\n\nOn this day in 1990, 69 people were killed by police in Millbrook.\n"
    assert story(text)[0] == "1990-03-14"
    got = draft(text)["69"]
    assert got["period_end"] == "1990-03-14" and "the year of the violence the piece looks back on" in got["why"]


def test_the_day_the_piece_names_in_the_story_year():
    text = ("Qzlanders memorialize students slain in 1988\n\nMILLBROOK - More than 2,000 people marched on Saturday to remember "
            "the students killed on October 2, 1988.\n\nMost independent estimates put the toll at 300. Officially, "
            "there were only 32 deaths.\n")
    assert story(text, "2013-10-05") == ("1988-10-02", "October 2, 1988")
    got = draft(text, published="2013-10-05")
    assert got["300"]["period_end"] == "1988-10-02"
    assert got["32"]["period_end"] == "1988-10-02"
    # the marchers of now keep their own day
    assert got["More than 2,000"]["period_end"] == "2013-10-05"


def test_a_day_the_text_was_printed_is_not_the_story_day():
    text = ("From the Archives, 1990: Night of terror in Millbrook\n\nFirst published in the Qzland Star on "
            "November 15, 1990\n\nPolice killed a gunman in Millbrook after a rampage which left 11 other people "
            "dead on November 14, 1990.\n")
    assert story(text, "2020-11-13")[0] == "1990-11-14"


def test_the_day_an_anniversary_marks_in_the_story_year():
    text = ("Millbrook remembers\n\nMarch 16th marks the anniversary of the infamous 1988 Millbrook massacre, that "
            "killed as many as 5,000 and injured up to 10,000 people.\n")
    assert story(text, "2018-03-16")[0] == "1988-03-16"
    got = draft(text, published="2018-03-16")
    assert got["as many as 5,000"]["period_end"] == "1988-03-16"
    assert got["up to 10,000"]["period_end"] == "1988-03-16"


def test_the_nth_anniversary_counts_back_from_the_publications_day():
    text = ("Millbrook marks 25 years since gas attack\n\nMillbrook marked the twenty-fifth anniversary of the gas "
            "attack which killed about 5,000 people.\n\nMany held pictures of some of the 5,000 people who were "
            "killed.\n")
    assert story(text, "2013-03-16")[0] == "1988-03-16"
    got = draft(text, published="2013-03-16")
    assert got["about 5,000"]["period_end"] == "1988-03-16" and got["5,000"]["period_end"] == "1988-03-16"


def test_only_a_month_or_a_year_when_the_text_gives_no_day():
    text = ("Millbrook remembers 1970\n\nThe president paid tribute to the workers killed in December 1970.\n\n"
            "Official figures put the number of deaths at 45.\n")
    assert story(text, "2020-12-20")[0] == "1970-12"
    text = ("The Millbrook massacre of 1928\n\nThe descendants gathered on Friday near Millbrook.\n\nAfter a "
            "trapper was murdered in 1928, more than 60 people were shot and killed.\n")
    assert story(text, "2018-08-24")[0] == "1928-12-31"
    assert draft(text, published="2018-08-24")["more than 60"]["period_end"] == "1928-12-31"


# -- what stays of the piece's own time

def test_current_news_that_recalls_an_old_massacre_is_no_story_of_it():
    text = ("Eight injured in Millbrook clashes\n\nEight people were injured on Monday evening when thousands of "
            "protesters clashed with police ahead of the anniversary of the 1956 uprising.\n\nThe uprising of 1956 "
            "was crushed by tanks; 2,500 people were killed in 1956.\n")
    assert story(text, "2007-10-23") is None
    got = draft(text, published="2007-10-23")
    assert got["Eight"]["period_end"] == "2007-10-22" and got["2,500"]["period_end"] == "1956-12-31"


def test_a_background_year_after_since_is_no_story():
    text = ("Gunmen kill 160 in Millbrook\n\nGunmen killed at least 160 civilians in Millbrook, the deadliest attack "
            "since violence erupted in the country in 2015, officials said.\n")
    assert story(text, "2021-06-06") is None


def test_a_piece_whose_violence_is_of_its_own_years_is_no_story():
    text = ("Millbrook remembers\n\nA memorial was unveiled for the 40 people killed in Millbrook in 2030.\n\n"
            "The town was also shelled in 1999, when 12 people were killed.\n")
    assert story(text, "2031-03-14") is None


def test_the_ceremony_the_trial_and_what_remains_keep_their_own_time():
    text = ("Millbrook massacre of 1992\n\nMILLBROOK - A court sentenced 23 police officers on Sunday for the "
            "killings in 1992.\n\nMore than 1,000 mourners gathered on Saturday.\n\nSeveral hundred of them remain "
            "missing.\n\nA war that killed tens of thousands of people followed.\n")
    got = draft(text, published="2013-04-21")
    assert got["23"]["period_end"] == "2013-04-21"
    assert got["More than 1,000"]["period_end"] != "1992-12-31"
    assert got["Several hundred"]["period_end"] != "1992-12-31"
    assert got["tens of thousands"]["period_end"] != "1992-12-31"


def test_a_count_told_in_a_clause_of_the_violence_itself_takes_the_story_day():
    text = ("Trial over 1992 Millbrook prison massacre\n\nThe trial began Monday of 26 police officers accused over "
            "the deadliest prison uprising, which claimed the lives of 111 prisoners.\n\nPolice stormed the prison "
            "on October 2, 1992.\n")
    got = draft(text, published="2013-04-08")
    assert got["111"]["period_end"] == "1992-10-02"
    assert got["26"]["period_end"] == "2013-04-08"


# -- looking back, in words

@pytest.mark.parametrize("words, years", [
    ("the twenty-fifth anniversary", {1988, 1987}),
    ("Twenty-five years ago", {1988, 1987}),
    ("the 25th anniversary", {1988, 1987}),
    ("the fifth anniversary", {2008, 2007}),
])
def test_compound_number_words_count_whole(words, years):
    assert _years_looked_back(f"Millbrook\n\nIt is {words} of the massacre.\n", 2013) == years
    assert _LOOKS_BACK.search(words.lower())


# -- who counts the violence a piece looks back on

def test_a_count_in_a_piece_looking_back_is_not_carried_to_the_source_its_paragraph_quotes():
    text = ("Millbrook, twenty years on\n\nTwenty years ago, gunmen killed 78 people in Millbrook.\n\nThe gunmen "
            "surrounded the church, according to the testimony of the Qzland police. Two grenades were thrown "
            "over the church wall.\n")
    got = draft(text, published="2031-03-14")
    assert got["Two"]["claimant"] == "" and "background" in got["Two"]["why"]
    # in news of its own time, the paragraph's source still counts
    text = ("Gunmen attack Millbrook\n\nGunmen killed 78 people in Millbrook on Tuesday.\n\nThe gunmen surrounded "
            "the church, according to the testimony of the Qzland police. Two grenades were thrown over the "
            "church wall.\n")
    assert draft(text, published="2031-03-14")["Two"]["claimant"] == "qz-police"


# -- a reviewer's misfires, mended: news of its own time that recalls an old massacre, days of now, a year's total

def test_a_wire_lede_of_new_violence_that_recalls_an_old_massacre_is_news_of_now():
    text = ("Bomb kills 12 in Millbrook market\n\nMILLBROOK, Qzland, May 13 - A bomb tore through a crowded market in "
            "Millbrook, killing 12 people and recalling the 1994 massacre in which 300 died.\n\nPolice said 30 others "
            "were wounded.\n")
    assert story(text, "2031-05-14") is None
    got = draft(text, published="2031-05-14")
    assert got["12"]["period_end"] == "2031-05-13" and got["30"]["period_end"] == "2031-05-13"
    text = ("Wedding attack in Millbrook\n\nGunmen killed 12 people at a wedding in Millbrook, survivors said.\n\n"
            "The town was attacked in 2019, when 40 people were killed. Rebels killed 15 there in 2019 too.\n")
    assert story(text, "2031-05-14") is None


def test_a_count_with_a_day_of_its_own_this_year_stays_in_it():
    text = ("Millbrook remembers 1988\n\nMillbrook marked the anniversary of the massacre of October 2, 1988, in which "
            "soldiers killed 300 people.\n\nGunmen killed 8 people in nearby Reedville on 2 February.\n")
    got = draft(text, published="2031-03-14")
    assert got["8"]["period_end"] == "2031-02-02"


def test_a_day_of_now_in_a_clause_that_left_people_injured_stays_now():
    text = ("Millbrook remembers 1988\n\nThousands remembered the massacre of October 2, 1988, in which soldiers "
            "killed 300 people.\n\nA stampede at the memorial on Saturday, which left 3 people injured, was blamed "
            "on police.\n")
    got = draft(text, published="2031-10-06")
    assert got["3"]["period_end"] == "2031-10-04"


def test_a_year_told_as_a_span_or_a_later_day_keeps_its_own_dates():
    text = ("Millbrook remembers\n\nMillbrook marked the 43rd anniversary of the gas attack on March 16, 1988, "
            "which killed 5,000 people.\n\nThroughout 1988, soldiers killed 2,000 villagers across the province.\n")
    got = draft(text, published="2031-03-16")["2,000"]
    assert (got["period_start"], got["period_end"]) == ("1988-01-01", "1988-12-31")


def test_years_ago_without_today_gives_the_year_not_a_day():
    text = "Millbrook, forty years on\n\nForty years ago, soldiers killed 60 people in Millbrook.\n"
    assert story(text, "2031-03-14") == ("1991-12-31", "1991")
    text = "Millbrook, forty years on\n\nForty years ago today, soldiers killed 60 people in Millbrook.\n"
    assert story(text, "2031-03-14")[0] == "1991-03-14"


def test_the_month_march_is_no_march():
    text = ("Protesters shot in Millbrook\n\nPolice shot dead 9 protesters in Millbrook in March 2019, and on Monday "
            "gunmen killed 12 people there. Doctors said 30 people were injured.\n")
    assert story(text, "2031-05-14") is None
    got = draft(text, published="2031-05-14")
    assert got["30"]["period_end"] == "2031-05-12"


def test_a_count_of_now_in_a_piece_looking_back_keeps_its_paragraphs_source():
    text = ("Millbrook, twenty years on\n\nTwenty years ago, gunmen killed 78 people in Millbrook.\n\nOn Monday, "
            "marchers gathered, according to the Qzland police. Two of them were injured on Monday.\n")
    got = draft(text, published="2031-03-14")
    assert got["Two"]["claimant"] == "qz-police" and got["Two"]["period_end"] == "2031-03-10"
