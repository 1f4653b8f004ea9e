"""Twenty-seventh round (read parts 50-51 after listing them in tuned.txt): pieces that look back, read further.
How far back a headline says ("Two decades after", "marks 32 years of"); a span of days with its year ("13-15 June
1990"); a day written without a year that is the story's day; a day already in the story's year not counted back
again; the count told as the victims of the old deed; a capitalised one-word source name ("Memorial") that is
also a plain word. Invented sentences only; nothing copied from the labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from crosstally.draft_claimants import Claimants
from crosstally.draft_common import _paragraph_spans
from crosstally.draft_dates import _DAY_YEAR, resolve_date, story_date
from crosstally.draft_doc import _years_back
from crosstally.extract import _sentence_starts
from qz_fixtures import drafter

SOURCES = pd.DataFrame([["qz-police", "Qzland Police Service", "government", "true", "", "", "Qzland police"],
                        ["rememberers", "Rememberers (Qzland human rights organization)", "monitoring_ngo", "false",
                         "", "", "Rememberers"],
                        ["qz-trust", "Millbrook Memorial Trust", "civil_society", "false", "", "", ""]],
                       columns=list(S.SOURCE_COLUMNS))
draft = drafter(SOURCES)


def story(text: str, published: str):
    paras = _paragraph_spans(text)
    return story_date(text, published, _sentence_starts(text), paras[min(1, len(paras) - 1)][1])


# -- how far back the headline says

def test_decades_after_in_the_lede_names_the_story_year():
    text = ("Night of knives\n\nTwo decades after the Millbrook massacre, the wounds remain open.\n\n"
            "On the night of September 22–23, 1997, armed men stormed the village.\n\nOfficials said 89 people had "
            "been killed, while survivors spoke of 400 victims.\n")
    assert story(text, "2017-09-15") == ("1997-09-23", "September 22–23, 1997")
    got = draft(text, published="2017-09-15")
    assert got["89"]["period_end"] == "1997-09-23"
    assert got["400"]["period_end"] == "1997-09-23"


def test_marks_years_of_with_today_is_the_publications_day_that_year():
    text = ("Qzland marks 30 years of the Millbrook bombing\n\n12:00 | Millbrook, Jul. 16.\n\n"
            "Today, July 16, Qzland marks 30 years of the car bombing in Millbrook.\n\n"
            "The attack was carried out by a rebel group in 1994.\n\nThe bombing claimed 25 lives and left 155 "
            "people wounded.\n")
    # the dateline alone is no lede: the lede is the paragraph after it
    got = draft(text, published="2024-07-16")
    assert got["25"]["period_end"] == "1994-07-16"
    assert got["155"]["period_end"] == "1994-07-16"


def test_years_after_in_a_later_sentence_is_not_how_far_the_piece_looks_back():
    # "three years after the 2011 uprising" counts from 2011, not from the publication: it names no story year
    text = ("Gunmen kill 12 in Millbrook\n\nGunmen killed 12 people in Millbrook on Monday, police said.\n\n"
            "The attack came three years after the 2011 uprising.\n")
    assert story(text, "2031-03-14") is None
    assert draft(text)["12"]["period_end"] == "2031-03-10"


# -- a span of days and its year; a day already in the story's year

def test_a_span_of_days_with_its_year_ends_on_its_last_day():
    for words, day in (("13-15 June 1990", "15"), ("September 22–23, 1997", "23"), ("22 to 24 May 1981", "24")):
        m = _DAY_YEAR.search(f"During the events of {words}, many died.")
        assert m is not None and (m.group("d1") or m.group("d2")) == day, words
    got = resolve_date("September 22–23, 1997", "2017-09-15")
    assert got["period_end"] == "1997-09-23"
    # written backwards it is no span: the day as written
    assert resolve_date("March 10-7", "2031-03-14")["period_end"] == "2031-03-10"


def test_a_day_in_the_story_year_is_not_counted_back_again():
    text = "the invasion on August 21, 1968. On August 21st, 56 years ago, the people of Millbrook tried to stop them"
    at = text.index("August 21st") + len("August 21st")
    assert _years_back("1968-08-21", text, at, "2024-08-21") is None
    assert _years_back("2024-08-21", text, at, "2024-08-21") == ("1968-08-21", ", 56 years ago")


def test_a_day_named_without_a_year_that_is_the_story_day_takes_the_story_year():
    # "on 13 April", the document's incident day, read as last year's 13 April in a March 2019 piece
    text = ("Millbrook massacre: records lost\n\nWhile the country prepares to observe the 100th anniversary of the "
            "Millbrook massacre next month, officials cannot find the original records.\n\nTroops fired on a crowd in "
            "Millbrook on 13 April, killing many.\n\nA board near the square says that 501 people were killed.\n\n"
            "The massacre of 13 April 1919 is remembered every year.\n")
    got = draft(text, published="2019-03-18")
    assert got["501"]["period_end"] == "1919-04-13" and "its day 04-13 in that year" in got["501"]["why"]


def test_a_day_after_publication_in_a_piece_about_that_day_long_ago():
    text = ("23 years after the Millbrook riots\n\nAccording to official data, during the events of 13-15 June 1990, "
            "six people lost their lives.\n\nAccording to official data, during the riots of June 13-15, in "
            "Millbrook, four people died by shooting.\n")
    got = draft(text, published="2013-06-13")
    assert got["six"]["period_end"] == "1990-06-15"
    assert got["four"]["period_end"] == "1990-06-15" and got["four"]["period_start"] == "1990-06-13"


# -- the count told as the victims of the old deed

def test_the_victims_of_the_old_deed_beside_a_day_of_now():
    text = ("President at Millbrook, site of 1956 massacre\n\nEmotions ran high on Sunday when the president "
            "attended the annual ceremony marking the killing there by border guards of 47 villagers almost 58 "
            "years ago.\n\nAt the ceremony, the mayor said that Millbrook was the scene of a massacre in which 49 "
            "people were killed.\n")
    got = draft(text, published="2014-10-26")
    assert story(text, "2014-10-26") is not None
    assert got["47"]["period_end"][:4] == "1956"
    assert got["49"]["period_end"][:4] == "1956"


def test_today_marks_the_anniversary_of_what_was_marked_by_murders():
    text = ("The bloody election that changed Qzland\n\n1980 was one of the wickedest elections, says a historian\n\n"
            "Today marks the 32nd anniversary of the 1980 general election that was marked by over 800 murders.\n\n"
            "Voting took place on October 30, 1980.\n")
    got = draft(text, published="2012-10-30")
    assert got["over 800"]["period_end"] == "1980-10-30"


def test_a_deed_and_then_an_outcome_of_now_is_not_told_of_then():
    # "the attacks and the loss of 51 lives may have been prevented": the "of" belongs to "the loss", after "and"
    text = ("Thirty years on, the Millbrook massacre\n\nThe Millbrook massacre of November 13, 1990 left 13 dead.\n\n"
            "Had the law changed in 1992, the Riverton attacks and the loss of 51 lives may have been prevented, "
            "the report said.\n")
    got = draft(text, published="2020-11-07")
    assert got["13"]["period_end"] == "1990-11-13"
    assert got["51"]["period_end"] != "1990-11-13"


def test_the_quoted_speakers_own_words_keep_their_source_in_a_piece_looking_back():
    text = ("Millbrook massacre: 100 years on, the toll disputed\n\nTroops opened fire on a crowd in Millbrook on "
            "13 April 1919.\n\nRememberers said in a report that 1,000 people were killed.\n\n"
            "The Millbrook Memorial Trust said the board was wrong. \"I do not know where they found those names. "
            "According to my knowledge, 379 people had died.\"\n")
    got = draft(text, published="2019-03-18")
    assert got["379"]["claimant"] == "qz-trust"
    assert got["1,000"]["claimant"] == "rememberers"


# -- a capitalised one-word source name that is also a word

def test_a_one_word_name_is_matched_only_as_written():
    c = Claimants(SOURCES)
    assert c.ids_of("Rememberers") == {"rememberers"}
    found = [w for _, _, w in c.find("Friday's rememberers gathered, and Rememberers said 12 died.")]
    assert found == ["Rememberers"]
    text = ("Village remembers\n\nFriday's memorial events were held at the site of the 1968 massacre of 504 "
            "villagers.\n")
    got = draft(text, published="2018-03-16")
    assert got["504"]["claimant"] == ""


# -- a reviewer's read-through (invented texts on both sides of the line): the misfires mended

SOURCES_RT = pd.concat([SOURCES, pd.DataFrame(
    [["memorial", "Memorial (Qzland rights group)", "monitoring_ngo", "false", "", "", "Memorial"],
     ["qz-health", "Qzland Ministry of Health", "government", "true", "", "", "health ministry;Health Ministry"]],
    columns=list(S.SOURCE_COLUMNS))], ignore_index=True)
draft_rt = drafter(SOURCES_RT)


def test_years_of_something_that_is_no_deed_is_no_looking_back():
    for text, count in (
            ("As Qzland marks 30 years of independence, violence flares in Millbrook\n\nThe country celebrates three "
             "decades of statehood amid a surge of attacks by militias.\n\nGunmen killed nine people in Millbrook, "
             "police said.\n", "nine"),
            ("Two decades after war, fighting returns to Millbrook\n\nFighting between the army and rebels has "
             "returned to the hills of Millbrook, where the war ended long ago.\n\nAt least 15 soldiers were killed, "
             "the health ministry said.\n", "At least 15"),
            ("Militia chief caught after 15 years on the run\n\nPolice in Harbor Town arrested a militia commander "
             "wanted for attacks on villages, officials said.\n\nHis fighters killed 23 civilians in Millbrook in "
             "February 2016, prosecutors said.\n\nTwo police officers were wounded in the raid, police said.\n", "Two")):
        assert story(text, "2031-03-14") is None, text[:40]
        assert draft_rt(text)[count]["period_end"][:4] != "2001" and draft_rt(text)[count]["period_end"][:4] not in (
            "2011", "2016"), text[:40]
    # (nor "jailed for 20 years after killing protesters": the sentence's length, not how far back)
    text = ("Soldier jailed for 20 years after killing protesters in Millbrook\n\nA military court in Harbor Town "
            "sentenced a soldier to 20 years in prison, a judge said.\n\nThe soldier shot dead three protesters in "
            "Millbrook last month, prosecutors said.\n")
    assert story(text, "2031-04-10") is None


def test_counts_of_now_in_a_piece_looking_back_are_not_the_old_deeds_victims():
    head = "Millbrook remembers massacre of 1994\n\nOn 16 March 1994, soldiers killed 86 villagers in Millbrook.\n\n"
    got = draft_rt(head + "On Saturday, gunmen staged a new attack in which three people died near the memorial, "
                          "police said.\n", published="2024-03-18")
    assert got["three"]["period_end"] == "2024-03-16"
    got = draft_rt(head + "Police are investigating the shooting of two guards at the memorial on Saturday.\n",
                   published="2024-03-18")
    assert got["two"]["period_end"] == "2024-03-16"
    text = ("Colonel on trial over Millbrook massacre\n\nThe massacre of 47 villagers in Millbrook in March 2009 shocked "
            "the nation.\n\nThe trial over the massacre ended on Monday with the conviction of 14 soldiers, the judge "
            "said.\n")
    assert draft_rt(text)["14"]["period_end"] == "2031-03-10"
    got = draft_rt("Millbrook massacre: 30 years on\n\nOn 16 March 1994, soldiers killed 86 villagers in Millbrook.\n\n"
                   "Rememberers said 12 survivors have died since the massacre 30 years ago.\n", published="2024-03-18")
    assert not got["12"]["period_end"].startswith("1994")


def test_the_story_day_of_this_years_commemoration_is_this_year():
    text = ("Millbrook massacre of 1994: justice still awaited\n\nDuring this year's commemoration on 16 March, police "
            "fired on the crowd in Millbrook. Two people were wounded, Rememberers said.\n\nThe crowd was demanding "
            "justice for the massacre of 16 March 1994.\n")
    assert draft_rt(text, published="2031-06-10")["Two"]["period_end"] == "2031-03-16"


def test_which_claimed_n_lives_beside_today_is_the_old_deed():
    text = ("Qzland marks 30 years of the Millbrook bombing\n\nToday Qzland marks 30 years of the car bombing in "
            "Millbrook, which claimed 25 lives.\n\nThe attack was carried out by a rebel group.\n")
    assert draft_rt(text, published="2024-07-16")["25"]["period_end"] == "1994-07-16"


def test_capitals_and_quotation_marks_are_not_a_speakers_own_words():
    for troops in ("US troops", "Troops of the “Tiger” brigade"):
        text = ("Millbrook massacre: 50 years on\n\nThe massacre of 16 March 1968 is still remembered in Millbrook.\n\n"
                f"Rememberers has documented the killings for decades. {troops} killed 504 villagers in Millbrook that "
                "day.\n")
        assert draft_rt(text, published="2018-03-20")["504"]["claimant"] == "", troops


def test_a_one_word_name_in_capitals_is_a_datelines_word():
    # "MOSCOW, January 25 (Itar-Tass)" with "Moscow" an alias of a government: the dateline names no source
    c = Claimants(SOURCES_RT)
    assert c.find("MEMORIAL, March 3 (QNA) - Gunmen killed 12 people.") == []
    assert [w for _, _, w in c.find("Memorial said 12 died.")] == ["Memorial"]


def test_no_window_from_a_timeline_dash_nor_a_count_before_a_day():
    text = ("Timeline: violence in Millbrook\n\nHere are the main attacks in Millbrook this month.\n\n"
            "May 2 - 14 people killed in a bombing at a market, police said.\n\n"
            "May 9 - 6 people killed when gunmen opened fire on a bus.\n")
    got = draft_rt(text, published="2031-05-20")
    assert got["6"]["period_end"] == "2031-05-09" and "window" not in got["6"]["why"]
    m = _DAY_YEAR.search("Soldiers killed 12 and 14 June 1990 was the day")
    assert m is not None and m.group() == "14 June 1990"
