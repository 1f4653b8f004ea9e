"""Misfires of fifth-round extraction rules on ordinary sentences, found in review (each
sentence gave a wrong figure before its fix)."""
from __future__ import annotations

import pytest

from crosstally.extract import extract


def figs(text):
    return [(c.span, c.metric, c.unit, c.population) for c in extract(text)]


@pytest.mark.parametrize("text, absent", [
    # a word ending in -ed after a count is its own verb only where its clause ends
    ("Ten soldiers were killed and 15 armoured vehicles destroyed.", "15"),
    ("Five soldiers died and 3 damaged tanks were abandoned.", "3"),
    # "at" before a counted noun is a preposition, not "the number of ... at N"
    ("The number of people killed at 3 checkpoints rose.", "3"),
    # a place's last word or a short word is no name of people ("New Orleans", "Loans")
    ("Damage in New Orleans was estimated at 4,000.", "4,000"),
    ("Government Approves 3 Loans For Displaced Families", "3 Loans"),
])
def test_no_figure_where_the_rule_misfired(text, absent):
    assert absent not in [f[0] for f in figs(text)]


@pytest.mark.parametrize("text, expected", [
    # people in or taken to hospital are injured; people who walk there or are taken to its morgue are not said to be
    ("About 300 protesters marched to the hospital on Friday.", ("About 300 protesters", "other", "people", "all")),
    ("Seven people were taken to the hospital morgue.", ("Seven people", "other", "people", "all")),
    ("Nine people are still in hospital.", ("Nine people", "injured", "people", "all")),
    ("Twelve people were rushed to hospital.", ("Twelve people", "injured", "people", "all")),
    # armed with weapons of war: combatants; with stones: who they were
    ("Police shot dead 30 protesters armed with stones.", ("30 protesters", "killed", "people", "all")),
    ("About 50 people armed with rifles attacked the post.", ("About 50 people", "other", "people", "combatants")),
    # the rules still read what they were written for
    ("40 prisoners were caught and 12 escaped.", ("12", "other", "people", "all")),
    ("Gunmen killed 30 Kenyans on Friday.", ("30 Kenyans", "killed", "people", "all")),
])
def test_the_kind_of_a_figure(text, expected):
    assert expected in figs(text)
