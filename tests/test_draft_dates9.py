"""Dates of drafts, ninth round. Invented fixtures only (the QZ country of tests/qz_fixtures.py);
nothing copied from the labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from qz_fixtures import drafter

SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police", "government", "yes", "", "", "the police"],
], columns=list(S.SOURCE_COLUMNS))
draft = drafter(SOURCES)


def test_the_attacks_the_previous_night_date_the_day_before_the_sentences_day():
    # published Monday 2031-03-17; "on Sunday" is the 16th, and the attacks were the night before: the 15th
    text = ("Gunman held over Millbrook shootings\n\n"
            "A gunman who wounded seven people was said to show no remorse.\n\n"
            "The suspect remained in custody on Sunday as police questioned him over the attacks the previous "
            "night in Millbrook.\n")
    got = draft(text, published="2031-03-17")
    assert got["seven"]["period_end"] == "2031-03-15"
    assert "previous night" in got["seven"]["why"]


def test_a_day_with_no_previous_night_dates_the_violence_itself():
    # the near miss: the sentence's own day is the attack's
    text = ("Gunman held over Millbrook shootings\n\n"
            "A gunman who wounded seven people was said to show no remorse.\n\n"
            "The suspect opened fire on Sunday in Millbrook, police said.\n")
    got = draft(text, published="2031-03-17")
    assert got["seven"]["period_end"] == "2031-03-16"


def test_a_previous_night_before_another_day_does_not_move_the_first():
    # "on Saturday ... and on Sunday ... the attacks the previous night": only Sunday's clause is moved
    text = ("Clashes in Millbrook\n\n"
            "Police said three people were killed on Saturday in Millbrook, and on Sunday officers arrested "
            "two men over the attacks the previous night.\n")
    got = draft(text, published="2031-03-17")
    assert got["three"]["period_end"] == "2031-03-15"


def test_a_day_named_as_the_day_after_the_attack_dates_the_attack_the_day_before():
    text = ("Mourning in Millbrook\n\n"
            "Gunmen killed nine people at a wedding, police said.\n\n"
            "Thousands marched in Millbrook on Sunday, the day after the attack.\n")
    got = draft(text, published="2031-03-17")
    assert got["nine"]["period_end"] == "2031-03-15"
