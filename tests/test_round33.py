"""Thirty-third round: counted people after modifiers the extractor passed over only after a digit. A vague count's
people after "of" and a modifier that is a noun or an unknown word ("dozens of opposition supporters", "dozens of
heavily armed paramilitary troopers"); two adjectives joined by a comma or "and" before the people ("young, unarmed
protesters", "local and foreign journalists"); a quote closing on a verb, not part of it ("'Dozens die' in ..."); a
verb after another count, that count's ("300 people marched in Varn, and 12 were killed": the crowd marched).
And a wire's story drafted the same whether the wire or a paper publishes it. (WordNet nouns whose first sense is
a person and whose other senses are acts or states, "exiles", are in tests/test_lexicon.py.) Invented sentences
only; nothing copied from the labelled set."""
from __future__ import annotations

import pytest

from crosstally.extract import extract


def _spans(text: str) -> dict[str, object]:
    return {c.span: c for c in extract(text, "t")}


@pytest.mark.parametrize("text, span, metric", [
    ("Dozens of opposition supporters were killed in Varn.", "Dozens of opposition supporters", "killed"),
    ("Police arrested hundreds of opposition supporters in Varn.", "hundreds of opposition supporters", "other"),
    ("Dozens of heavily armed paramilitary troopers were wounded.", "Dozens of heavily armed paramilitary troopers",
     "injured"),
    ("Thousands of flood victims were displaced in Varn.", "Thousands of flood victims", "displaced"),
])
def test_a_vague_count_of_people_after_a_noun_used_as_a_modifier(text, span, metric):
    got = _spans(text)
    assert span in got and got[span].metric == metric, got


@pytest.mark.parametrize("text, span, metric", [
    ("Police shot 12 young, unarmed protesters in Varn.", "12 young, unarmed protesters", None),
    ("Dozens of young, unarmed protesters were shot dead in Varn.", "Dozens of young, unarmed protesters", "killed"),
    ("Dozens of local and foreign journalists were detained in Varn.", "Dozens of local and foreign journalists",
     "other"),
    ("The trains spilled out thousands of choking, retching passengers in Varn, and 40 were hurt.",
     "thousands of choking, retching passengers", None),
])
def test_two_joined_adjectives_before_the_people(text, span, metric):
    got = _spans(text)
    assert span in got, got
    if metric:
        assert got[span].metric == metric, got


@pytest.mark.parametrize("text", [
    "The siege lasted three hours, soldiers said.",          # a noun before the comma: no count of soldiers
    "Three days and nights, soldiers fought in Varn.",
    "He faces three cases of murder and four cases of attempted murder.",  # numbers, not adjectives
])
def test_a_noun_or_a_number_either_side_of_the_comma_is_not_joined(text):
    assert not [c for c in extract(text, "t") if c.unit == "people"], extract(text, "t")


@pytest.mark.parametrize("text, span, metric", [
    ("'Dozens die' in Varn bus blast", "Dozens", "killed"),          # a headline's quoted words, British style
    ("‘12 killed’ in Varn bus blast", "12", "killed"),
    ("Police said '12 killed' in Varn", "12", "killed"),
    ("Some 3,000 K’iche’ farmers were displaced in Varn.", "Some 3,000 K’iche’ farmers", "displaced"),
    ("Twelve of the soldiers' relatives were wounded.", "Twelve", "injured"),  # a plural's possessive: kept
])
def test_a_quote_closing_on_a_verb_is_not_part_of_it(text, span, metric):
    got = _spans(text)
    assert span in got and got[span].metric == metric, got


def test_a_wire_story_drafts_the_same_whether_the_wire_or_a_paper_publishes_it():
    """Background in the writer's own voice is nobody's claim in wire copy; a story whose dateline names the wire
    is wire copy when the wire itself is the outlet too, not only when a paper carries it."""
    import pandas as pd

    from crosstally import schema as S
    from qz_fixtures import drafter
    sources = pd.DataFrame([["qz-interior", "Qzland Interior Ministry", "government", "true", "", "",
                             "Qzland Interior Ministry;Minister Lo Ren"],
                            ["qzwire", "Qz Wire Agency (QWA)", "media", "false", "", "", "QWA"],
                            ["qz-times", "Qzland Times", "media", "false", "", "", "Qzland Times"]],
                           columns=list(S.SOURCE_COLUMNS))
    text = ("MILLBROOK (QWA) - A bomb at a cafe killed 15 people in Millbrook on Thursday, Minister Lo Ren said on "
            "Friday.\n\nThe attack has revived memories of the Varn bombings of 2025, which killed 56 people and "
            "injured another 700.\n")
    draft = drafter(sources)
    carried_by_paper = draft(text, published="2031-03-14", outlet="qz-times")
    own_story = draft(text, published="2031-03-14", outlet="qzwire")
    assert carried_by_paper["15"]["claimant"] == own_story["15"]["claimant"] == "qz-interior"
    for value in ("56", "700"):
        assert carried_by_paper[value]["claimant"] == "", carried_by_paper[value]
        assert own_story[value]["claimant"] == "", own_story[value]


@pytest.mark.parametrize("text, first, second", [
    ("About 300 people marched in Varn, and 12 were killed in Eastmark.", "About 300 people", "12"),
    ("About 300 people took to the streets, and 12 were killed in Eastmark.", "About 300 people", "12"),
    ("Hundreds of students marched on Monday, and three were wounded.", "Hundreds of students", "three"),
])
def test_a_verb_after_another_count_is_that_counts_not_the_crowds(text, first, second):
    got = _spans(text)
    assert got[first].metric == "other", got          # the crowd did something: it marched
    assert got[second].metric in ("killed", "injured"), got


@pytest.mark.parametrize("text, span, metric", [
    ("Twenty soldiers ambushed near Varn were killed.", "Twenty soldiers", "killed"),   # a participle, no count between
    ("Fifty soldiers deployed in the city were wounded.", "Fifty soldiers", "injured"),
    ("Some 2,000 people took refuge in the church.", "Some 2,000 people", "displaced"),  # "took refuge": its phrase
])
def test_a_participle_or_a_phrase_of_the_count_itself_still_reads(text, span, metric):
    got = _spans(text)
    assert got[span].metric == metric, got
