"""Fifth round: kinds of figure the extractor reads by general English usage and the
labelling conventions (benchmarks/labelled/README.md). Fixtures are invented (places,
groups and sources made up for these tests), never copied from the labelled set."""
import pytest

from crosstally import extract as X


def figs(text, *cols):
    cols = cols or ("value_as_reported", "metric", "population")
    return [tuple(getattr(c, k) for k in cols) for c in X.extract(text, actors=())]


# --- nouns and their modifiers ---------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # law enforcement and police officials are security forces
    ("Three civilians died and another 11 law enforcement officers were hurt in Calder.",
     ("11", "injured", "combatants")),
    ("Four police officials were abducted near Brenmoor.", ("Four", "other", "combatants")),
    # people named by descent or community: the adjective does not hide the noun
    ("The offensive has uprooted thousands of indigenous people in the Varn hills.",
     ("thousands", "displaced", "all")),
    ("Hundreds of tribal villagers were forced from their homes.", ("Hundreds", "displaced", "civilians")),
])
def test_people_behind_modifiers(text, expected):
    assert expected in figs(text)


def test_things_counted_behind_modifiers():
    assert figs("Donations arrived from 14 different countries.", "span", "unit") == [("14 different countries", "countries")]
    assert figs("Monitors logged five violent assaults on shopkeepers in Tarrow.", "span", "metric", "unit") == [
        ("five violent assaults", "other", "events")]


@pytest.mark.parametrize("text, metric", [
    ("The army acknowledged just one fatality in the clash.", "killed"),
    ("Officials reported one death after the shelling of Oster.", "killed"),
    ("The militia admitted one casualty.", "casualties"),
])
def test_one_singular_fate(text, metric):
    assert figs(text, "value", "metric") == [(1.0, metric)]


def test_a_stream_of_people_is_displacement():
    assert figs("Tens of thousands of ethnic Dravs streamed out of the valley into Norland.", "metric") == [
        ("displaced",)]
    assert figs("Thousands of families were pouring across the border at Kelt.", "metric") == [("displaced",)]
    # armed men moving are not displaced
    assert figs("Hundreds of fighters poured into the district.", "metric") == [("other",)]
