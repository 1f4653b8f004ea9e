"""Recall and precision of the sixth round: figures the extractor missed or returned wrongly,
read by general patterns of news, UN and NGO English. Fixtures are invented (places, groups
and sources made up for these tests), never copied from the labelled set."""
import math

import pytest

from crosstally import extract as X


def figs(text, *cols):
    cols = cols or ("value_as_reported", "metric", "population")
    return [tuple(getattr(c, k) for k in cols) for c in X.extract(text, actors=())]


@pytest.mark.parametrize("text, expected", [
    # a participle clause after a bare count: "with N having fled", "N having been killed"
    ("The war has uprooted whole districts of Kestovia, with some 250,000 having fled across the border.",
     ("some 250,000", "displaced", "about", 250000.0)),
    ("Relief agencies said 1.1 million were displaced, with 300,000 having crossed into Morvania.",
     ("300,000", "displaced", "exact", 300000.0)),
    ("The raid emptied Pellworth, with 40 having been abducted by the gunmen.",
     ("40", "other", "exact", 40.0)),
])
def test_a_participle_clause_after_a_bare_count(text, expected):
    assert expected in figs(text, "value_as_reported", "metric", "qualifier", "value")
