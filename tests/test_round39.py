"""Thirty-ninth round (read parts 74-75 after listing them in tuned.txt): a sentence that opens on a clause of
contrast ("While media reports have placed the toll at 21, the prosecutor said ...", "Although police initially said
200 ..., the UN later put the figure at 1,527") has two clauses, each with its own speaker; "placed the toll at" and
"gave a far worse toll" are reporting words of their clause; "..., he concluded." speaks; a number in the clause of
"after" keeps that clause's own day ("Calm returned on Monday, after 15 people were killed last week"); and "hurting 41
police officers" counts the hurt. Invented sentences only; nothing copied from the labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from qz_fixtures import drafter


SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police", "police", "true", "", "", "Qzland police"],
    ["qz-government", "Government of Qzland", "government", "true", "", "", "Qzland officials;Qzland government"],
    ["un", "United Nations", "un", "false", "", "", "UN;U.N."],
], columns=list(S.SOURCE_COLUMNS))


# --------------------------------------------------------------------------- drafts: claimants

def test_the_main_clause_after_a_clause_of_contrast_has_its_own_speaker():
    draft = drafter(SOURCES)
    text = ("Crush in Millbrook\n\nAlthough initially Qzland police said 200 people needed hospital treatment, the UN "
            "later put the figure at 1,527.\n")
    got = draft(text, published="2031-03-14")
    assert got["200"]["claimant"] == "qz-police", got["200"]["why"]
    assert got["1,527"]["claimant"] == "un", got["1,527"]["why"]


def test_a_number_with_a_thousands_comma_does_not_end_the_clause_of_contrast():
    draft = drafter(SOURCES)
    text = ("Invasion toll\n\nWhile Qzland police put the figure at 1,508, the UN reported that at least 3,000 people "
            "sought hospital care.\n")
    got = draft(text, published="2031-03-14")
    assert got["at least 3,000"]["claimant"] == "un", got["at least 3,000"]["why"]


def test_unnamed_reports_in_a_clause_of_contrast_are_nobodys():
    draft = drafter(SOURCES)
    text = ("Miners killed\n\nWhile media reports have placed the death toll at at least 21, Qzland police said the "
            "office had processed 17 deaths.\n")
    got = draft(text, published="2031-03-14")
    assert got["at least 21"]["claimant"] == "", got["at least 21"]["why"]
    assert got["17"]["claimant"] == "qz-police", got["17"]["why"]


def test_each_clause_of_contrast_keeps_its_speaker():
    draft = drafter(SOURCES)
    text = "Clashes\n\nWhile the UN said 40 people were killed, Qzland police said 17 died.\n"
    got = draft(text, published="2031-03-14")
    assert got["40"]["claimant"] == "un", got["40"]["why"]
    assert got["17"]["claimant"] == "qz-police", got["17"]["why"]


def test_a_clause_of_contrast_without_reporting_words_keeps_the_sentences_speaker():
    draft = drafter(SOURCES)
    text = ("Attack in Millbrook\n\nAlthough the attack killed 12 people, it was not the deadliest this year, Qzland "
            "police said.\n")
    got = draft(text, published="2031-03-14")
    assert got["12"]["claimant"] == "qz-police", got["12"]["why"]


def test_others_who_gave_a_toll_are_not_the_first_speaker():
    draft = drafter(SOURCES)
    text = ("Massacre\n\nAccording to Qzland police, 60 people were killed; but the surviving witnesses gave a far "
            "worse toll, of over 100 dead.\n")
    got = draft(text, published="2031-03-14")
    assert got["60"]["claimant"] == "qz-police", got["60"]["why"]
    assert got["over 100"]["claimant"] == "", got["over 100"]["why"]


def test_a_source_that_gave_a_higher_figure_is_its_own():
    draft = drafter(SOURCES)
    text = "Clashes\n\nQzland police said 60 people were killed, but the UN gave a higher figure of 85.\n"
    got = draft(text, published="2031-03-14")
    assert got["60"]["claimant"] == "qz-police", got["60"]["why"]
    assert got["85"]["claimant"] == "un", got["85"]["why"]


def test_he_concluded_speaks_for_the_speaker_before():
    draft = drafter(SOURCES)
    text = ("Drone attack\n\nFour drones hit the depot, Qzland police spokesman Jo Tam said at a press conference on "
            "Wednesday.\n\nA total of 18 drones and seven missiles were used in the attack.\n\nThe drones targeted the "
            "plants in Tarn, while six missiles targeted the Voss facilities, with three missiles failing to make their "
            "targets, he concluded.\n")
    got = draft(text, published="2031-03-14")
    assert got["six"]["claimant"] == "qz-police", got["six"]["why"]
    assert got["three"]["claimant"] == "qz-police", got["three"]["why"]


def test_an_inquiry_that_concluded_is_no_known_source():
    draft = drafter(SOURCES)
    got = draft("Inquiry\n\nThe inquiry concluded that 12 people were killed in Tarn.\n", published="2031-03-14")
    assert got["12"]["claimant"] == "", got["12"]["why"]


# --------------------------------------------------------------------------- drafts: period ends

def test_the_clause_of_after_keeps_its_own_day():
    draft = drafter(SOURCES)
    got = draft("Calm\n\nCalm returned to Tarn on Monday, after 15 people were killed on Thursday in clashes.\n",
                published="2031-03-14")
    assert got["15"]["period_end"] == "2031-03-13", got["15"]["why"]
    got = draft("Calm\n\nCalm returned to Tarn on Monday, after 15 people were killed last week in clashes.\n",
                published="2031-03-14")
    assert got["15"]["period_end"] == "2031-03", got["15"]["why"]


def test_a_clause_of_after_without_a_day_keeps_the_sentences():
    draft = drafter(SOURCES)
    got = draft("Arrests\n\nOn Monday, after 15 people were killed in clashes, Qzland police arrested 30 people on "
                "Tuesday.\n", published="2031-03-14")
    assert got["15"]["period_end"] == "2031-03-10", got["15"]["why"]


# --------------------------------------------------------------------------- drafts: metrics

def test_hurting_is_hurt():
    draft = drafter(SOURCES)
    got = draft("Clash\n\nGunmen attacked the police and civilians in Tarn on Sunday, hurting 41 police officers and 53 "
                "civilians.\n", published="2031-03-14")
    assert got["41"]["metric"] == "injured", got["41"]["why"]
    assert got["53"]["metric"] == "injured", got["53"]["why"]
