"""Twenty-fifth round (read parts 46-47 after listing them in tuned.txt): numbers that are not counts of
anything that happened. Invented sentences only; nothing copied from the labelled set."""
from __future__ import annotations

import pytest

from crosstally.extract import extract


def found(text: str) -> list[tuple[str, str]]:
    return [(c.value_as_reported, c.metric) for c in extract(text, actors=())]


@pytest.mark.parametrize("text", [
    "Thousands marched in memory of those who died in the 412 Incident 30 years ago.",
    "The son of a victim of the 412 Massacre joined the march.",
    "The Memorial Foundation of 412 published three books.",
    "One sign names the road 14 Children of Millbrook Street.",
    "Qzland: Lawmakers Demand Justice Over 2011 Millbrook Killings",
    "Mr Tam was struck seven times, in an attack his daughters saw.",
    "The guard had been shot 12 times.",
    "Guidelines require candidates to address fewer than 200 people.",
    "The rules allow rallies of no more than 50 people.",
    "Gatherings of more than 50 people are banned.",
])
def test_names_blows_and_limits_are_not_figures(text):
    assert found(text) == []


@pytest.mark.parametrize("text, kept", [
    ("Five Killed on Main Street in Shooting", [("Five", "killed")]),
    ("Seven Dead In Main Street Blast", [("Seven", "killed")]),
    ("Over 2000 people were killed in the clashes.", [("Over 2000", "killed")]),
    ("More Than 2000 People Killed In Clashes", [("More Than 2000", "killed")]),
    ("Jets struck the town 30 times.", [("30", "strikes")]),
    ("The ministry required hospitals to report all 200 deaths.", [("200", "killed")]),
    ("Under the new law, more than 300 people were arrested.", [("more than 300", "other")]),
    ("The curfew was ignored by more than 5,000 protesters.", [("more than 5,000", "other")]),
    ("Under the rules, no more than 20 people were killed, the army said.", [("no more than 20", "killed")]),
    ("Gatherings of more than 50 people were dispersed.", [("more than 50", "other")]),
    ("In the 412 Incident, 30 people were killed.", [("30", "killed")]),
])
def test_counts_beside_them_are_kept(text, kept):
    assert found(text) == kept
