"""Thirteenth round: another country's people are that country's only in a story of a border;
the dead named by "the loss of", "fallen" and "casualties at"; armed suspects; men of a named
unit and the crew of a navy's ship; an aside opened by a dash. Invented fixtures only (two real
countries' names, invented units, as tests/test_draft_countries.py); nothing copied from the
labelled set."""
from __future__ import annotations

import pandas as pd
import pytest

from crosstally import schema as S
from crosstally.draft import draft_document
from crosstally.extract import extract

NORDIC = pd.DataFrame([
    ["NO", "Norway", "whole country", ""],
    ["NO-01", "Fjordmark", "Fjordby", ""],
    ["SE", "Sweden", "whole country", ""],
    ["SE-01", "Skogland", "Skogby", ""],
], columns=list(S.ADMIN1_COLUMNS))
SOURCES = pd.DataFrame([["no-army", "Norwegian Army", "military", "yes", "", "", "the army"]],
                       columns=list(S.SOURCE_COLUMNS))


def _draft(text: str) -> dict[str, dict]:
    doc = {"document_id": "d", "outlet": "", "url": "https://example.invalid/", "published": "2031-03-14",
           "language": "en"}
    return {r["value_as_reported"]: r for r in draft_document(text, doc, SOURCES, NORDIC).to_dict("records")}


def test_the_other_countrys_dead_in_a_border_clash_are_that_countrys():
    got = _draft("Clashes on the border\n\nShelling hit Fjordby on Monday, killing 3 people.\n\n"
                 "Separately, 50 Swedish soldiers were killed in clashes along the border, the army said.\n")
    assert got["50"]["admin1"] == "SE"


def test_foreign_troops_killed_where_no_border_is_fought_over_are_where_the_story_is():
    # Swedish troops sent to Norway's Fjordby and killed there: the place of the story, not Sweden
    got = _draft("Peacekeepers attacked in Fjordby\n\nGunmen attacked a base in Fjordby on Monday, killing 3 people.\n\n"
                 "Separately, 50 Swedish soldiers were killed in clashes, the army said.\n")
    assert got["50"]["admin1"] != "SE"
    assert "another country of the case" not in got["50"]["why"]


def _one(text: str, value: str):
    return next(c for c in extract(text) if c.value_as_reported == value)


@pytest.mark.parametrize("text, value, metric", [
    ("The battle led to the loss of 3,000 troops.", "3,000", "killed"),
    ("The storm led to the loss of more than 300 lives.", "more than 300", "killed"),
    ("They paid tribute to the survivors and four fallen marines.", "four", "killed"),
    ("About 1,800 servicemen were killed, with total casualties at about 7,400.", "about 7,400", "casualties"),
    ("About 1,800 servicemen were killed, with total casualties at about 7,400.", "About 1,800", "killed"),
])
def test_words_that_name_the_dead_or_both(text, value, metric):
    assert _one(text, value).metric == metric


@pytest.mark.parametrize("text, value, metric", [
    ("The fallen tree injured three people.", "three", "injured"),  # "fallen" of a thing, not of a force
    ("Total casualties were 40 dead.", "40", "killed"),  # the count's own noun
])
def test_near_misses_of_the_words_of_the_dead(text, value, metric):
    assert _one(text, value).metric == metric


@pytest.mark.parametrize("text, value, population", [
    ("Troops opened fire on three terrorist suspects.", "three", "combatants"),
    ("Police arrested five suspects.", "five", "combatants"),  # suspects: an attack's side, as the labels count them
    ("About 55,000 men from the 3rd Marine Division landed.", "About 55,000", "combatants"),
    ("About 200 men from the village fled.", "About 200", "all"),
    ("Twelve crew members of HMS Skogby died.", "Twelve", "combatants"),
    ("The tanker Skogby and its 83 crew were seized.", "83", "all"),
    ("Four fallen marines were honoured.", "Four", "combatants"),
    ("Hundreds of black youths rampaged through Fjordby.", "Hundreds", "all"),
])
def test_who_was_counted(text, value, population):
    assert _one(text, value).population == population


def test_a_dash_that_opens_an_aside_is_not_a_range():
    got = {c.value_as_reported: c for c in extract("The three - two men and a woman - were shot as they walked.")}
    assert "three - two" not in got and got["two"].qualifier == "exact"


def test_a_rising_range_with_a_dash_is_still_a_range():
    c = _one("Between 300 - 500 people were killed.", "300 - 500")
    assert (c.qualifier, c.value, c.value_max) == ("range", 300.0, 500.0)
