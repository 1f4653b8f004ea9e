"""Extraction, tenth round: general patterns of English news copy the extractor misread.
Fixtures are invented (places and people made up for these tests), never copied from the
labelled set; each rule has near-misses it must leave alone."""
import pytest

from crosstally import extract as X


def figs(text, *cols):
    cols = cols or ("value_as_reported", "metric")
    return [tuple(getattr(c, k) for k in cols) for c in X.extract(text, actors=())]


@pytest.mark.parametrize("text", [
    "The chief said there were 14 victims, while 25 people were wounded in Varn.",
    "\"I can confirm 14 victims of the horrible crime and 25 wounded,\" the minister said.",
    "Police counted 14 victims and 25 injured after the blast in Varn.",
])
def test_victims_set_against_the_wounded_are_the_dead(text):
    got = dict(figs(text))
    assert got["14"] == "killed" and got["25"] == "injured"


@pytest.mark.parametrize("text, metric", [
    ("Medics treated 14 victims in Varn.", "other"),                                # what befell them: treated
    ("Police said 14 victims were taken to hospital and 25 were wounded.", "injured"),  # no "victims and N wounded"
])
def test_victims_with_no_wounded_set_against_them_keep_their_verb(text, metric):
    assert dict(figs(text))["14"] == metric


@pytest.mark.parametrize("text", [
    "The death toll from the riots rose to eight late on Friday.",
    "The toll rose to eight early yesterday, officials said.",
    "The death toll reached 30 late last night.",
])
def test_a_toll_followed_by_a_time_of_day_is_counted(text):
    assert [m for _, m in figs(text)] == ["killed"]


@pytest.mark.parametrize("text", [
    "He arrived at eight late on Friday.",            # a time, no toll before it
    "The meeting ran for two hours late on Friday.",  # a duration
])
def test_a_number_before_a_time_of_day_with_no_toll_is_nothing(text):
    assert figs(text) == []


def test_human_lives_lost_are_the_dead():
    assert figs("The army announced \u201cfour human lives were lost\u201d after exchanges of fire in Varn.") == \
        [("four", "killed")]


@pytest.mark.parametrize("text, span, qualifier", [
    ("Loyalists are thought to number barely 400 on the island.", "barely 400", "up_to"),
    ("At most 30 people were killed in Varn.", "At most 30", "up_to"),
    ("No more than 12 soldiers died in the raid.", "No more than 12", "up_to"),
    ("The army said not more than 20 civilians were wounded.", "not more than 20", "up_to"),
    ("A maximum of 300 refugees were sheltered in the school.", "A maximum of 300", "up_to"),
])
def test_words_of_a_ceiling_are_up_to(text, span, qualifier):
    assert (span, qualifier) in figs(text, "value_as_reported", "qualifier")


@pytest.mark.parametrize("text", [
    "He was barely 16 when he died.",
    "She was only 12 when she was killed in Varn.",
    "Ana, who was 19 when soldiers shot her, is remembered in Varn.",
])
def test_an_age_told_as_he_was_n_when_is_no_figure(text):
    assert figs(text) == []


def test_we_were_n_when_is_still_a_count():
    # the near miss: several people "were 40" is how many there were
    assert ("40", "killed") in figs("They were 40 when the soldiers arrived and killed them.")


# --------------------------------------------------------------------------- eleventh round

@pytest.mark.parametrize("text, span", [
    ("Police said the two shootings in Varn were linked.", "two"),
    ("A series of revenge attacks - including two stabbings - occurred overnight.", "two"),
    ("He was responsible for two deadly attacks in Varn.", "two"),
    ("Police said there was one shooting, on a tram in Varn.", "one"),
    ("His leanings prompted two previous coup attempts.", "two"),
])
def test_attacks_counted_by_their_kind_are_events(text, span):
    assert (span, "other", "events") in figs(text, "value_as_reported", "metric", "unit")


def test_fatal_shootings_are_people_killed():
    assert ("more than 2,220", "killed", "people") in figs(
        "Between 2000 and 2010, more than 2,220 fatal shootings by police were reported in Varn.",
        "value_as_reported", "metric", "unit")


@pytest.mark.parametrize("text", [
    "He was shot in a shooting on Monday.",             # no number
    "Police said 2 shooting suspects were arrested.",   # "shooting" describes the suspects
])
def test_a_shooting_named_is_not_a_count_of_shootings(text):
    assert all(u != "events" for u in (c.unit for c in X.extract(text, actors=())))


@pytest.mark.parametrize("text, span, population", [
    ("Hundreds of masked right-wing protestors threw bottles at police in Varn.", "Hundreds", "all"),
    ("About 200 mostly young men gathered at the mosque in Varn.", "About 200", "all"),
])
def test_describing_words_between_a_number_and_its_people_are_read_through(text, span, population):
    assert (span, population) in figs(text, "value_as_reported", "population")


def test_stray_missiles_are_munitions():
    assert figs("Two people died after the impact of two stray missiles in Varn.",
                "value_as_reported", "unit")[-1] == ("two", "munitions")


@pytest.mark.parametrize("text, span, qualifier", [
    ("A further 40 or so people sought treatment in Varn.", "40 or so", "about"),
    ("Police said 40 or more people were killed in Varn.", "40 or more", "at_least"),
    ("Officials said 12 or fewer soldiers were wounded in Varn.", "12 or fewer", "up_to"),
    ("He said 40 or 50 people were killed in Varn.", "40 or 50", "range"),   # two numbers: a range
])
def test_words_after_a_number_say_how_near_it_is(text, span, qualifier):
    assert (span, qualifier) in figs(text, "value_as_reported", "qualifier")


@pytest.mark.parametrize("text, date", [
    ("Mayor Jan van Zanen said three people were killed in Varn.", ""),   # a name, not January
    ("Three people were killed in Varn on 5 Jan.", "on 5 Jan."),
    ("Three people were killed in Varn on Jan 5.", "on Jan 5"),
    ("Three people were killed in Varn in early Jan", "in early Jan"),
    ("Three people were killed in Varn in Dec 2019.", "in Dec 2019"),
])
def test_an_abbreviated_month_alone_is_a_name(text, date):
    assert [d for (d,) in figs(text, "date_phrase")][:1] == [date]
