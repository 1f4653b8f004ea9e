"""Twentieth round (read parts 36-37 after the seventh-round claimant relabelling). Invented fixtures only
(the QZ country of tests/qz_fixtures.py); nothing copied from the labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from qz_fixtures import drafter

draft = drafter(pd.DataFrame(columns=list(S.SOURCE_COLUMNS)))

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
