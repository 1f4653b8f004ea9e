"""Misfires of eighth-round extraction rules on ordinary sentences, found in review (each sentence gave
a wrong figure before its fix). Sentences invented, none from the labelled set."""
from __future__ import annotations

import pytest

from crosstally.extract import extract


def figs(text, *cols):
    cols = cols or ("span", "metric")
    return [tuple(getattr(c, k) for k in cols) for c in extract(text, actors=())]


def spans(text):
    return [c.span for c in extract(text, actors=())]


# d784668: "for each/every" after a count is a rate only within its own sentence
@pytest.mark.parametrize("text", [
    "The blast killed 15 people. For each victim, the government promised $1,000 in compensation.",
    "The attack killed 15 people. For every family here, the loss is personal.",
])
def test_for_each_in_the_next_sentence_is_no_rate(text):
    assert ("15 people", "killed") in figs(text)


# c290bcc: "N at/in" a place splits the count before only in a sentence with no verb of its own
@pytest.mark.parametrize("text, count", [
    ("The floods killed 20 people. 3,000 in the district lost their homes.", "3,000"),
    ("The shelling killed eight people. 20 in the city remain without power.", "20"),
])
def test_n_in_a_place_with_a_verb_is_no_split(text, count):
    assert (count, "killed") not in figs(text)
    assert len([f for f in figs(text) if f[1] == "killed"]) == 1
