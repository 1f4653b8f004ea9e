"""Recall of the ninth round: figures the extractor missed, by general patterns of English news
copy. Fixtures are invented (places, groups and sources made up for these tests), never copied
from the labelled set; each rule has near-misses it must leave alone."""
import pytest

from crosstally import extract as X


def figs(text, *cols):
    cols = cols or ("span", "metric", "population")
    return [tuple(getattr(c, k) for k in cols) for c in X.extract(text, actors=())]


@pytest.mark.parametrize("text, expected", [
    # a country's people, by its adjective in the plural, alone or after another country word
    ("Police said 300 Greek Cypriots marched to the line at Varn.", ("300 Greek Cypriots", "other", "all")),
    ("Twelve Filipinos and 40 Thais were among the dead in Ostrava.", ("40 Thais", "killed", "all")),
    ("At least 30 Bosnian Serbs were killed in the shelling of Varn.", ("At least 30 Bosnian Serbs", "killed", "all")),
    ("About 2,000 Afghans crossed into Tessaly on Monday.", ("About 2,000 Afghans", "displaced", "all")),
])
def test_a_countrys_people_in_the_plural_are_counted(text, expected):
    assert expected in figs(text)


@pytest.mark.parametrize("text", [
    "Shops in Varn took 5,000 afghanis a day before the war.",   # a currency, in lower case
    "The navy sent 12 Turkish-built warships to Ostrava.",       # an adjective before a noun not counted
    "Some 300 New Yorkers marched in Varn.",                      # a city's people: no country word
])
def test_no_people_where_the_word_is_no_countrys_people(text):
    assert figs(text, "span") == []


@pytest.mark.parametrize("text, expected", [
    # a count put at its number, a place between and "at least" absorbing the "at"
    ("Our estimate puts enemy casualties at Varn at least 3,000, the colonel said.",
     ("at least 3,000", "casualties", "combatants")),
    ("The army puts rebel losses at 2,000.", ("2,000", "casualties", "combatants")),
    ("The commission puts civilian deaths in Ostrava at more than 140.", ("more than 140", "killed", "civilians")),
    ("Medics placed the injured at about 60.", ("about 60", "injured", "all")),
])
def test_a_count_put_at_its_number(text, expected):
    assert expected in figs(text)


def test_put_at_a_time_or_a_place_is_no_count():
    assert figs("The convoy was put at Varn at 10 in the morning.", "span") == []


@pytest.mark.parametrize("text, expected", [
    # mutineers and paratroops are armed men; gardaí are police (with the accent: a word of any alphabet)
    ("Troops were hunting 14 mutineers who fled the Varn barracks.", ("14 mutineers", "other", "combatants")),
    ("The ministry flew in 800 paratroops to retake Ostrava.", ("800 paratroops", "other", "combatants")),
    ("More than 300 gardaí were on duty in Varn overnight.", ("More than 300 gardaí", "other", "combatants")),
    # a time after the count without its article
    ("Six people were killed and 40 to 60 injured past weekend in Varn.", ("40 to 60 injured", "injured", "all")),
])
def test_armed_men_police_and_a_bare_past_weekend(text, expected):
    assert expected in figs(text)


def test_a_number_past_the_hour_is_not_a_count_of_the_past():
    # "past" lets a count's noun end; it makes no count of a time
    assert figs("The shelling of Varn began at ten past five.", "span") == []


@pytest.mark.parametrize("text, expected", [
    # two nouns used as modifiers of people
    ("Police said six tube train commuters died in Varn.", ("six tube train commuters", "killed")),
    ("Forty coal mine workers were trapped after the strike on Ostrava.", ("Forty coal mine workers", "other")),
])
def test_two_nouns_before_the_people_they_describe(text, expected):
    assert expected in figs(text, "span", "metric")


@pytest.mark.parametrize("text", [
    "The army destroyed six rocket launch sites near Varn.",
    "The office sold 12 train tickets in Ostrava.",
])
def test_two_nouns_before_a_thing_make_no_count(text):
    assert figs(text, "span") == []
