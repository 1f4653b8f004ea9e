"""Recall and precision of the seventh round: figures the extractor missed or read wrongly,
by general patterns of news, UN and NGO English. Fixtures are invented (places, groups and
sources made up for these tests), never copied from the labelled set."""
import pytest

from crosstally import extract as X


def figs(text, *cols):
    cols = cols or ("value_as_reported", "metric", "population")
    return [tuple(getattr(c, k) for k in cols) for c in X.extract(text, actors=())]


@pytest.mark.parametrize("text, expected", [
    # the countries victims come from, counted by their nationalities
    ("People of at least 31 nationalities were among the victims of the Vellmar bombing.",
     ("at least 31 nationalities", "other", "countries", "not_applicable", 31.0)),
    ("Tourists of 12 different nationalities were among the injured, the Ostravian ministry said.",
     ("12 different nationalities", "other", "countries", "not_applicable", 12.0)),
])
def test_nationalities_are_a_count_of_countries(text, expected):
    assert expected in figs(text, "span", "metric", "unit", "population", "value")
