"""Thirty-fourth round: counts the extractor passed over whatever text they stand in. A count with no noun whose own
verb is a crowd's ("Thousands marched on parliament", "as thousands took to the streets"); "reports" as the verb
of a headline before a bare fate ("UN Reports 11 Killed"), not a report's number; one of the people the lists name
in the plural, after "one" ("one staffer", "one member was slightly wounded"); monitors and interpreters as people;
and "one parent who witnessed the attack told ...": a speaker, not a count. Invented sentences only; nothing
copied from the labelled set."""
from __future__ import annotations

import pytest

from crosstally.extract import extract


def _spans(text: str) -> dict[str, object]:
    return {c.span: c for c in extract(text, "t")}


@pytest.mark.parametrize("text, span", [
    ("Thousands marched on parliament in Varn on Monday.", "Thousands"),
    ("Police fired on the crowd as thousands took to the streets of Varn.", "thousands"),
    ("Some 5,000 gathered in the main square of Varn.", "Some 5,000"),
    ("Hundreds protested outside the governor's office.", "Hundreds"),
    ("Tens of thousands participated, and thousands were arrested.", "Tens of thousands"),
    ("Only 600 of a force of some 40,000 took part in the mutiny.", "some 40,000"),
    ("About 2,000 were protesting near the port when troops opened fire.", "About 2,000"),
])
def test_a_count_with_no_noun_and_a_crowds_own_verb_is_people_doing_it(text, span):
    got = _spans(text)
    assert span in got, got
    assert (got[span].metric, got[span].unit) == ("other", "people"), got[span]


@pytest.mark.parametrize("text, span", [
    ("Thousands fled the fighting in Varn.", "Thousands"),  # a fate: displaced, as before
    ("Hundreds were killed in the shelling.", "Hundreds"),
])
def test_a_bare_count_with_a_fate_keeps_it(text, span):
    got = _spans(text)
    assert span in got and got[span].metric in ("displaced", "killed"), got


@pytest.mark.parametrize("text", [
    "The march lasted 3 hours before it ended.",
    "The committee met 12 times and marched on.",
])
def test_no_crowd_without_the_crowds_verb_right_after(text):
    assert not [c for c in extract(text, "t") if c.unit == "people"], extract(text, "t")


@pytest.mark.parametrize("text, value", [
    ("UN Reports 11 Killed As Clashes Rock Camp", 11),
    ("The agency reports 40 dead after the raid.", 40),
])
def test_reports_before_a_bare_fate_is_the_verb(text, value):
    got = [c for c in extract(text, "t") if c.value == value]
    assert got and got[0].unit == "people" and got[0].metric == "killed", got


@pytest.mark.parametrize("text", [
    "Under Report 11 of the commission, the board met.",
    "See reports 12 and 13 for the budget.",
])
def test_a_reports_number_stays_a_reference(text):
    assert not [c for c in extract(text, "t") if c.value in (11, 12, 13)], extract(text, "t")


@pytest.mark.parametrize("text, span, metric", [
    ("One staffer was killed in the blast.", "One staffer", "killed"),
    ("One member was slightly wounded after a stone hit him.", "One member", "injured"),
    ("One employee died of his wounds.", "One employee", "killed"),
    ("One contractor and two guards were hurt.", "One contractor", "injured"),
    ("They may include one staffer and two patients missing.", "one staffer", "other"),
])
def test_one_of_the_people_the_lists_name_in_the_plural(text, span, metric):
    got = _spans(text)
    assert span in got and got[span].metric == metric and got[span].unit == "people", got


@pytest.mark.parametrize("text", [
    "One general election was held in Varn.",  # an adjective before its noun, not one general
    "'We saw it all,' one local source said.",
    "One Varnian source said the town fell.",  # a people's name, read as a demonym is
])
def test_one_and_a_word_that_is_also_an_adjective_is_no_count(text):
    assert not [c for c in extract(text, "t") if c.value == 1], extract(text, "t")


@pytest.mark.parametrize("text, span, metric", [
    ("Two ceasefire monitors were killed near Varn.", "Two ceasefire monitors", "killed"),
    ("Elsewhere, two cease-fire monitors were shot in the first attack.", "two cease-fire monitors", "other"),
    ("Three interpreters were wounded in the ambush.", "Three interpreters", "injured"),
])
def test_monitors_and_interpreters_are_people(text, span, metric):
    got = _spans(text)
    assert span in got and got[span].metric == metric, got


@pytest.mark.parametrize("text", [
    "'There was nothing we could do,' one parent who witnessed the attack told reporters.",
    "'It was chaos,' one resident who saw the blast said.",
    "One soldier said the town had fallen.",
])
def test_one_witness_who_speaks_is_a_speaker(text):
    assert not [c for c in extract(text, "t") if c.value == 1], extract(text, "t")


def test_one_who_was_wounded_and_speaks_is_still_counted():
    got = _spans("One man who was wounded in the raid said 12 people were killed.")
    assert "12 people" in got and got["12 people"].metric == "killed", got


def test_taking_part_in_talks_is_no_crowd():
    assert not extract("Eight took part in the talks in Varn.", "t")
    got = _spans("Some 3,000 took part in the protest in Varn.")
    assert "Some 3,000" in got and got["Some 3,000"].metric == "other", got
