"""Recall and precision of the eighth round: figures the extractor missed or read wrongly, by
general patterns of news, police and UN English. Fixtures are invented (places, groups and
sources made up for these tests), never copied from the labelled set; each rule has near-misses
it must leave alone."""
import pytest

from crosstally import extract as X


def figs(text, *cols):
    cols = cols or ("span", "metric", "population")
    return [tuple(getattr(c, k) for k in cols) for c in X.extract(text, actors=())]


@pytest.mark.parametrize("text, expected", [
    # "mortally wounded" is wounded so as to die of it: the dead
    ("Two soldiers were mortally wounded in the ambush near Varn.", ("Two soldiers", "killed")),
    ("The gunmen mortally wounded three guards before fleeing Ostrava.", ("three guards", "killed")),
    ("Three policemen were killed and two were mortally wounded.", ("two", "killed")),
    ("Five civilians were seriously wounded and one mortally wounded.", ("one", "killed")),
    # a part of the wounded, by a mortal condition
    ("Nine people were wounded, two mortally, in the shelling of Varn.", ("two", "killed")),
    ("Four soldiers were wounded, two of them mortally.", ("two", "killed")),
    # near-misses: the shooters of an active verb, the wounded of other conditions
    ("Two gunmen mortally wounded a policeman at the Tessaly checkpoint.", ("Two gunmen", "other")),
    ("Nine people were wounded, two critically, in the shelling of Varn.", ("two", "injured")),
    ("Seven were seriously wounded in the attack on Varn.", ("Seven", "injured")),
])
def test_mortally_wounded_is_killed(text, expected):
    assert expected in figs(text, "span", "metric")


@pytest.mark.parametrize("text, expected", [
    # the count's own wounded who have died since: the dead
    ("One person who had been injured has since died, police in Varn said.", ("One person", "killed")),
    ("Two people who were wounded in the blast later died in hospital.", ("Two people", "killed")),
    ("Two soldiers injured in the attack on Ostrava have since died.", ("Two soldiers", "killed")),
    # near-misses: another count dies, or the wounded are still alive
    ("One man was injured and two others later died.", ("One man", "injured")),
    ("Two men who were injured on Monday remain in hospital.", ("Two men", "injured")),
    ("Seven people were wounded in the attack and the mayor later died of his wounds.", ("Seven people", "injured")),
])
def test_the_wounded_who_have_since_died_are_killed(text, expected):
    assert expected in figs(text, "span", "metric")
