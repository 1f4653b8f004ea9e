"""Twenty-ninth round (read parts 54-55 after listing them in tuned.txt): news of its week, read further. A source
citing figures nobody is named for keeps its claim; a quotation's later sentences are the speaker's, not the
writer's background; a lede's one unnamed official takes the body's source for the same figure; the day a speaker
spoke or a report was cited is not the incident's; "The incident happened on Friday, May 5th" dates the story; a
weekday and its date are one day; "over the weekend" is the weekend's day the text names; "Hours earlier" turns to
another event; a place named only to say where another lies ("Millbrook, outside Harbor Town") is not where it
happened. Invented sentences only; nothing copied from the labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from crosstally.draft_dates import _SENTENCE_DATE
from crosstally.draft import draft_document
from qz_fixtures import ADMIN1, drafter

SOURCES = pd.DataFrame([["qz-police", "Qzland Police Service", "government", "true", "", "", "Qzland police"],
                        ["eastmark-government", "Eastmark Provincial Government (Governor Jo Tam)", "government",
                         "false", "", "", "Jo Tam;Eastmark governor Jo Tam"],
                        ["millbrook-mayor", "Mayor of Millbrook", "government", "false", "", "",
                         "the mayor's office in Millbrook"],
                        ["qz-radio", "Qzland Radio", "media", "false", "", "", "Qzland Radio"]],
                       columns=list(S.SOURCE_COLUMNS))
draft = drafter(SOURCES)


def rows(text: str, published: str) -> list[dict]:
    doc = {"document_id": "d", "outlet": "", "url": "https://example.invalid/", "published": published,
           "language": "en"}
    return draft_document(text, doc, SOURCES, ADMIN1).to_dict("records")


# -- who claims it

def test_a_named_source_citing_figures_nobody_is_named_for_keeps_its_claim():
    text = ("Toll revised to 40\n\nThe toll from the stadium crush in Harbor Town was revised to 40 on Sunday.\n\n"
            "\"Today the toll is 40. 38 have been identified and two have not,\" Eastmark governor Jo Tam told "
            "Qzland Radio after meeting Qzland police, citing data collected from 6 hospitals.\n")
    got = draft(text, published="2031-03-17")
    for n in ("38", "two"):
        assert got[n]["claimant"] == "eastmark-government", (n, got[n]["why"])
    # a reporter citing nobody named is no source of its own: the figure has none
    text = "Qzland Radio reported, citing data from hospitals, that 14 people were killed in Millbrook on Sunday.\n"
    assert draft(text, published="2031-03-17")["14"]["claimant"] == ""


def test_a_quotations_later_sentences_are_the_speakers_not_background():
    text = ("Clashes in Millbrook\n\nPolice broke up a march in Millbrook on Saturday, Qzland police said.\n\n"
            "\"Twelve were hurt. Five have been arrested. More are sought,\" Eastmark governor Jo Tam said.\n")
    got = draft(text, published="2031-03-16")
    assert got["Five"]["claimant"] == "eastmark-government", got["Five"]["why"]


def test_a_ledes_one_unnamed_official_takes_the_bodys_source():
    text = ("Crush toll revised down to 40: official\n\n"
            "The toll from the stadium crush in Harbor Town was revised down to 40 on Sunday, an official told "
            "local media.\n\n"
            "The toll now stands at 40, Eastmark governor Jo Tam told Qzland Radio.\n")
    got = rows(text, published="2031-03-17")
    assert [r["value"] for r in got] == ["40", "40", "40"]
    # headline, lede and body: the body names the governor for the same figure
    assert [r["claimant"] for r in got] == ["eastmark-government"] * 3, [r["why"] for r in got]
    # a lede figure the body does not repeat keeps no claimant
    got = rows(text.replace("stands at 40", "stands at 41"), published="2031-03-17")
    assert [r["claimant"] for r in got] == ["", "", "eastmark-government"]


# -- the day of the violence, not of the saying

def test_speaking_on_a_day_dates_the_statement():
    text = ("A van rammed a crowd at the Millbrook market on Friday night, leaving five dead.\n\n"
            "Speaking on Saturday, Eastmark governor Jo Tam confirmed the toll had risen from two to five, with "
            "over 200 people injured.\n")
    got = draft(text, published="2031-03-15")
    for n in ("two", "five", "over 200"):
        assert got[n]["period_end"] == "2031-03-14", (n, got[n]["why"])
    # (a count the speaker dates as of his own day stays so: "on Saturday the toll stood at")


def test_a_report_cited_on_a_day_is_no_incident_day():
    text = ("At least 50 inmates were killed in the riot that broke out at the Millbrook prison late on March 7.\n\n"
            "Qzland Radio yesterday cited officials as saying that at least 50 inmates were killed in the riot.\n\n"
            "A police source told Qzland Radio on March 12 that 22 prisoners were killed when the riot broke out.\n")
    got = draft(text, published="2031-03-14")
    rows = [r for r in got.values() if r["value"] in ("50", "22")]
    assert rows and all(r["period_end"] == "2031-03-07" for r in rows), [(r["value"], r["period_end"]) for r in rows]


def test_the_incident_happened_on_a_day_dates_the_story():
    text = ("The gunman, suspected of killing eight people and wounding 14 others, has confessed, the Millbrook "
            "prosecutor said.\n\nThe incident happened on Friday, March 7th. The gunman fired from a moving car.\n")
    got = draft(text, published="2031-03-28")
    assert got["eight"]["period_end"] == "2031-03-07", got["eight"]["why"]
    assert got["14"]["period_end"] == "2031-03-07"
    text = ("Relatives are searching hospitals after a crush at the Millbrook stadium led to 56 deaths.\n\n"
            "The tragic events took place on Sunday during a football final.\n")
    assert draft(text, published="2031-03-13")["56"]["period_end"] == "2031-03-09"


def test_a_weekday_and_its_date_are_one_day():
    found = [m.group() for m in _SENTENCE_DATE.finditer("It happened on Friday, May 5th, and on Sunday, 7 May 2023.")]
    assert found == ["on Friday, May 5th", "on Sunday, 7 May 2023"]
    # (not a weekday before another word: "on Friday, Mayhem")
    assert [m.group() for m in _SENTENCE_DATE.finditer("on Friday, Mayhem broke out")] == ["on Friday"]


def test_an_old_deed_a_body_has_estimated_is_of_its_day():
    text = ("Riot at Millbrook prison\n\nAt least 27 inmates were killed at Millbrook prison on Wednesday, police "
            "said.\n\nA riot took place at the same prison on April 14, 1997. Security forces put the protest down "
            "on April 17 in what rights groups called a massacre. The government says 24 prisoners were killed, "
            "but rights groups have estimated as many as 150 people were killed.\n")
    got = draft(text, published="2031-03-14")
    assert got["24"]["period_end"] == "1997-04-17", got["24"]["why"]
    assert got["as many as 150"]["period_end"] == "1997-04-17"


def test_over_the_weekend_is_the_weekends_day_the_text_names():
    text = ("A man was charged after a car rammed a festival crowd in Millbrook over the weekend, killing at least "
            "11 people.\n\nHe was arrested at the scene after the car hit the crowd on Saturday evening.\n")
    got = draft(text, published="2031-03-17")  # a Monday; the Saturday was 2031-03-15
    assert got["at least 11"]["period_end"] == "2031-03-15", got["at least 11"]["why"]
    # with no day of that weekend named, the weekend's last day as before
    text = "A car rammed a festival crowd in Millbrook over the weekend, killing at least 11 people.\n"
    assert draft(text, published="2031-03-17")["at least 11"]["period_end"] == "2031-03-16"


# -- another event; a point of reference

def test_hours_earlier_turns_to_another_event():
    text = ("A truck bomb exploded in Millbrook on Thursday. Dozens of people were injured, according to the "
            "mayor's office in Millbrook. Hours earlier, a police helicopter was shot down over Saltpan, killing 12 "
            "officers.\n")
    got = draft(text, published="2031-03-14")
    assert got["Dozens"]["claimant"] == "millbrook-mayor"
    assert got["12"]["claimant"] == "", got["12"]["why"]


def test_a_place_named_to_say_where_another_lies_is_not_where_it_happened():
    for where in ("in Millbrook, outside Harbor Town", "in the town of Millbrook west of Harbor Town",
                  "in Millbrook, northwest of the capital Harbor Town", "in Millbrook, near Harbor Town"):
        got = draft(f"A bomb exploded {where} on Friday, killing a policeman and wounding 6 others.\n",
                    published="2031-03-15")
        assert got["6"]["admin1"] == "QZ02", (where, got["6"]["admin1"])
    # two places each where something happened stay two
    got = draft("Bombs exploded in Millbrook and in Harbor Town on Friday, wounding 6 people.\n",
                published="2031-03-15")
    assert got["6"]["admin1"] == "QZ01;QZ02"


def test_a_verb_after_but_with_no_subject_is_the_pronouns():
    text = ("A gunman killed ten people in Millbrook on Wednesday, Qzland police said.\n\n"
            "In a live broadcast, Eastmark governor Jo Tam called the shooting a tragedy and declared three days "
            "of mourning.\n\n"
            "He did not give a toll, but said four people had been taken to hospital in Harbor Town.\n")
    got = draft(text, published="2031-03-13")
    assert got["four"]["claimant"] == "eastmark-government", got["four"]["why"]
    # (a conjunction is no speaker: "... and declared" does not stand between "He" and the governor)


def test_a_ledes_unnamed_official_with_other_words_of_number_keeps_none():
    # "killed 40" against the body's "Nearly 40": not the same words of number, so not the body's figure
    text = ("A strike on a detention centre in Millbrook killed 40 and wounded 80, a health official told "
            "Qzland Radio.\n\n\"Nearly 40 bodies were recovered,\" said Jo Tam, the Eastmark governor.\n")
    got = rows(text, published="2031-03-13")
    assert [(r["value_as_reported"], r["claimant"]) for r in got][0] == ("40", "")


def test_hours_later_turns_to_another_event_across_paragraphs():
    text = ("A car bomb exploded in Millbrook on Friday, killing five people, Qzland police said.\n\n"
            "Jo Tam, the Eastmark governor, confirmed the toll.\n\n"
            "Hours later, a drone downed a police helicopter over Saltpan, killing all 12 officers on board.\n")
    got = draft(text, published="2031-03-15")
    assert got["12"]["claimant"] == "", got["12"]["why"]
    # a previous toll told after an attribution is still the speaker's
    text = ("The toll rose to 190, the state news agency Qzland Radio said. The previous death toll was 156.\n")
    assert draft(text, published="2031-03-15")["156"]["claimant"] == "qz-radio"


# -- what befell them (extract)

def test_taken_to_hospital_is_wounded():
    from qz_fixtures import by_value
    for text, n in (("He said four people had been transferred to a hospital in Millbrook for surgery.", "four"),
                    ("We had four children transferred to the Millbrook Children’s Hospital, he said.", "four"),
                    ("Twelve people were rushed to hospital after the blast.", "Twelve")):
        assert by_value(text)[n].metric == "injured", text
    # the dead taken there stay dead; people taken in elsewhere keep their reading
    assert by_value("The bodies of 12 people were taken to the hospital morgue.")["12"].metric == "killed"
    assert by_value("Qzland has taken in 300,000 refugees.")["300,000"].metric == "displaced"


def test_dead_and_a_verb_of_wounds_before_a_count():
    from qz_fixtures import by_value
    got = by_value("The blast left a gendarme dead and injured 6 others.")
    assert got["6"].metric == "injured"
    assert by_value("Gunmen killed and injured 30 people.")["30"].metric == "casualties"
    assert by_value("The stampede resulted in dozens of deaths and injuries.")["dozens"].metric == "casualties"


def test_a_count_joined_past_its_of_phrase_or_a_quoted_noun_shares_the_verb():
    from qz_fixtures import by_value
    got = by_value("Four members of the Qzland security forces and three “terrorists” have been killed in a raid.")
    assert (got["Four"].metric, got["three"].metric) == ("killed", "killed")
    got = by_value('Four soldiers and three "rebels" were killed.')
    assert got["Four"].metric == "killed"
    got = by_value("Ten members of the council and three mayors met on Friday.")
    assert got["Ten"].metric == "other"


# -- a reviewer's read-through (about 175 invented texts): the misfires mended

def test_a_count_whose_of_phrase_has_its_own_verb_keeps_it():
    from qz_fixtures import by_value
    for text, first, metric in (("Two members of the family were killed and four others were injured.", "Two",
                                 "killed"),
                                ("Three members of the same family died and two neighbours were wounded.", "Three",
                                 "killed"),
                                ("Four members of the crew were rescued and two passengers were killed.", "Four",
                                 "other")):
        assert by_value(text)[first].metric == metric, text
    got = by_value("Four members of the armed forces and three civilians were killed.")
    assert got["Four"].metric == "killed"


def test_deaths_and_a_verb_of_wounds_and_the_pair_with_nothing_before_dead():
    from qz_fixtures import by_value
    got = by_value("The clashes caused 3 deaths and injured 40 others.")
    assert (got["3"].metric, got["40"].metric) == ("killed", "injured")
    assert by_value("The attack left dead and injured 30 people.")["30"].metric == "casualties"
    assert by_value("The 12 victims were taken to the hospital morgue.")["12"].metric != "injured"


def test_hours_later_telling_the_same_event_keeps_its_source():
    for text, n in (("A bomb killed eight people in Millbrook on Friday, Qzland police said. Hours later, the toll "
                     "rose to 20.\n", "20"),
                    ("A bomb killed eight people in Millbrook on Friday, Qzland police said.\n\nHours later, 12 more "
                     "people died of their wounds.\n", "12")):
        assert draft(text, published="2031-03-17")[n]["claimant"] == "qz-police", text


def test_a_ledes_one_official_takes_no_twin_of_another_place_or_day():
    text = ("A blast in Harbor Town killed 40 on Sunday, an official told local media.\n\n"
            "A blast in Millbrook in January killed 40, Qzland police said.\n")
    got = rows(text, published="2031-03-17")
    assert [(r["value"], r["claimant"]) for r in got] == [("40", ""), ("40", "qz-police")]


def test_over_the_weekend_takes_no_day_of_another_place_nor_ends_a_total_early():
    text = ("At least 11 people were killed in Millbrook over the weekend, police said.\n\n"
            "A bomb exploded in Saltpan on Saturday.\n")
    assert draft(text, published="2031-03-17")["At least 11"]["period_end"] == "2031-03-16"
    text = ("Eleven people have been killed in Millbrook over the weekend, Qzland police said on Sunday.\n\n"
            "A bomb killed three in Millbrook on Saturday.\n")
    assert draft(text, published="2031-03-17")["Eleven"]["period_end"] != "2031-03-15"
