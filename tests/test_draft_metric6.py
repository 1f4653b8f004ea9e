"""Sixth round, metric and population: what befell the people counted and who they are, by
general English usage of news and UN/NGO reports and the labelling conventions
(benchmarks/labelled/README.md). Fixtures are invented (places, groups and sources made up
for these tests), never copied from the labelled set."""
import pytest

from crosstally import extract as X


def figs(text, *cols):
    cols = cols or ("value_as_reported", "metric", "population")
    return [tuple(getattr(c, k) for k in cols) for c in X.extract(text, actors=())]


# --- "fatal" as the event's adjective ----------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # before a noun of its own, "fatal" describes the event, not what befell the count
    ("A fatal clash near Dunmore on Monday involved 40 soldiers.", [("40", "other", "combatants")]),
    ("Police said 30 people were at the scene of the fatal shooting in Harlow.", [("30", "other", "all")]),
    # the count's own verb still decides
    ("In a fatal clash near Dunmore on Monday, 12 soldiers were wounded.", [("12", "injured", "combatants")]),
    # standing alone or in the count's own noun it is the count's fate
    ("The brigade admitted two casualties, one fatal.", [("two", "casualties", "all"), ("one", "killed", "all")]),
    ("Monitors logged more than 1,300 fatal shootings by police in Velmar.", [("more than 1,300", "killed", "all")]),
])
def test_fatal_event_adjective(text, expected):
    assert figs(text) == expected
