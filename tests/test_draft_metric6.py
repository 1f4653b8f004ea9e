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


# --- the clause's own noun of fate --------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # the noun of the count's own clause decides, not a toll named before an earlier number
    ("The death toll has risen to 512, and the number of wounded has risen to 1,930.",
     [("512", "killed", "all"), ("1,930", "injured", "all")]),
    # nor a cue nearer after the number
    ("The number of wounded has risen to 1,930, while the death toll has climbed to 512.",
     [("1,930", "injured", "all"), ("512", "killed", "all")]),
    ("The overall death count of the marchers stood at 27 on Friday, with more than 60 injured, the prefect said.",
     [("27", "killed", "all"), ("more than 60", "injured", "all")]),
    # the verb left out, as translated reports write it
    ("The death toll in Ardena has risen to 512, while the number of wounded - to 1,930.",
     [("512", "killed", "all"), ("1,930", "injured", "all")]),
    ("The injury toll in Ostrava rose to 85.", [("85", "injured", "all")]),
])
def test_clause_own_noun_of_fate(text, expected):
    assert [f[:1] + f[1:] for f in figs(text)] == expected


# --- a headline's bare number: the body's people ----------------------------------------

def _drafts(text):
    import pandas as pd

    from crosstally import schema as S
    from crosstally.draft import draft_document
    from qz_fixtures import ADMIN1
    sources = pd.DataFrame([["qz-army", "Qzland Defence Force", "military", "true", "", "", "Qzland army"]],
                           columns=list(S.SOURCE_COLUMNS))
    doc = {"document_id": "d", "outlet": "", "url": "https://example.invalid/", "published": "2031-03-14",
           "language": "en"}
    return draft_document(text, doc, sources, ADMIN1).to_dict("records")


def test_headline_number_without_noun_takes_the_body_population():
    rows = _drafts("Border clash in Westfold leaves two dead\n\n"
                   "Two Qzland soldiers were killed in a clash near Millbrook on Monday, the Qzland army said.\n")
    assert [(r["value_as_reported"], r["metric"], r["population"]) for r in rows] == [
        ("two", "killed", "combatants"), ("Two", "killed", "combatants")]


def test_headline_noun_of_its_own_is_kept():
    rows = _drafts("Border clash in Westfold leaves two people dead\n\n"
                   "Two Qzland soldiers were killed in a clash near Millbrook on Monday, the Qzland army said.\n")
    assert [(r["value_as_reported"], r["population"]) for r in rows] == [("two", "all"), ("Two", "combatants")]


# --- who the people are ---------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a commander's or a force's men are its fighters
    ("Colonel Varek said 14 of his men died in the ambush near Tolm.", ("14", "killed", "combatants")),
    ("\"We lost six of our men and 11 were wounded,\" the brigade commander said.", ("six", "killed", "combatants")),
    ("The envoy said 20 of the Emir's men had surrendered.", ("20", "other", "combatants")),
    # but not a place's men, nor men alone
    ("Three of the village's men were abducted near Tolm.", ("Three", "other", "all")),
    ("Five men were killed in the Tolm market.", ("Five", "killed", "all")),
])
def test_men_of_a_commander_or_force(text, expected):
    assert expected in figs(text)


# --- what befell them: the count's own verb -------------------------------------------------

def test_verb_after_an_aside_of_the_counts_parts():
    assert figs("In Tolm 16 people died and 45 people, including 20 police officers, were injured.") == [
        ("16", "killed", "all"), ("45", "injured", "all"), ("20", "injured", "combatants")]
    assert figs("At least 40 people, including 3 women, 4 children and 2 soldiers, were wounded in Tolm.")[0] == (
        "At least 40", "injured", "all")


@pytest.mark.parametrize("text, expected", [
    # a headline's present tense, before the wounds they died of
    ("Three soldiers die in Tolm blast", ("Three", "killed", "combatants")),
    ("Two rangers die of shrapnel wounds after the Tolm raid", ("Two", "killed", "combatants")),
])
def test_die_in_a_headline(text, expected):
    assert figs(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # treated for injuries, with where and when between
    ("More than 40 people were being treated in Tolm's main hospital yesterday for injuries from machete attacks.",
     ("More than 40", "injured", "all")),
    ("Doctors treated 30 people at the Tolm clinic for gunshot wounds.", ("30", "injured", "all")),
    # treated for something else stays other
    ("Medics treated 30 people at the Tolm clinic for shock.", ("30", "other", "all")),
])
def test_treated_where_and_when_for_injuries(text, expected):
    assert figs(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # the dead counted as bodies, by whose bodies they were
    ("Rescuers pulled nine bodies of police officers from the Tolm river.", ("nine", "killed", "combatants")),
    ("Rescuers found 12 bodies of civilians in the Tolm rubble.", ("12", "killed", "civilians")),
    ("Rescuers found 12 bodies in the rubble of the Tolm school.", ("12", "killed", "all")),
])
def test_bodies_of_people(text, expected):
    assert figs(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # local people are the place's residents, as locals and local residents are
    ("Three local people died when shells hit Tolm.", ("Three", "killed", "civilians")),
    ("Hundreds of local people fled Tolm on Sunday.", ("Hundreds", "displaced", "civilians")),
    ("Two people were killed in the shooting in Tolm.", ("Two", "killed", "all")),
])
def test_local_people(text, expected):
    assert figs(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # a nationality in -ese before a force's name and its people: the people are the noun
    ("Three Ruritanese Army soldiers were killed near Tolm.", ("Three", "killed", "combatants")),
    ("Two Congolese army soldiers were wounded near Tolm.", ("Two", "injured", "combatants")),
    ("Four Sudanese UN peacekeepers were killed near Tolm.", ("Four", "killed", "combatants")),
    # the nationality alone stays the people
    ("Forty Ruritanese were killed near Tolm.", ("Forty", "killed", "all")),
])
def test_nationality_before_a_force_and_its_people(text, expected):
    assert figs(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # "others" after two counts of different people joined: of both
    ("Three students and four soldiers died and 20 others were hurt in Tolm.", ("20", "injured", "all")),
    # after a person counted without a number: that person's others
    ("Police shot dead five attackers in Tolm, and the attack left another person dead and two others injured.",
     ("two", "injured", "all")),
    # the status still carries from one count
    ("Five soldiers were killed and 10 others wounded in Tolm.", ("10", "injured", "combatants")),
])
def test_others_after_mixed_or_lone_people(text, expected):
    assert figs(text)[-1] == expected


@pytest.mark.parametrize("text, expected", [
    # things burned say nothing of what befell the people counted
    ("Dozens of demonstrators blocked roads and burned tyres outside Tolm.", ("Dozens", "other", "all")),
    ("Hundreds of youths burned down the market in Tolm.", ("Hundreds", "other", "all")),
    # people burned are the dead
    ("Gunmen burned 20 villagers alive in Tolm.", ("20", "killed", "civilians")),
    ("Twelve people were burned to death in Tolm.", ("Twelve", "killed", "all")),
])
def test_burned_things_are_no_fate(text, expected):
    assert figs(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # people convicted, sentenced or jailed: what the courts did to them, not the killings tried
    ("A court sentenced 12 men to death for the Tolm massacre.", ("12", "other", "all")),
    ("Twelve rebels were jailed for the killings in Tolm.", ("Twelve", "other", "combatants")),
    ("Gunmen killed 12 people in Tolm.", ("12", "killed", "all")),
])
def test_convicted_sentenced_jailed(text, expected):
    assert figs(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # what a list says of them decides, not the cue of the count before
    ("Nine people were hurt in Tolm and three were listed as missing.", ("three", "other", "all")),
    ("Nine people were hurt in Tolm and three were registered as dead.", ("three", "killed", "all")),
])
def test_listed_as(text, expected):
    assert figs(text)[-1] == expected


def test_of_those_killed_is_a_part_of_the_killed():
    got = figs("Shelling killed 61 people in Tolm and wounded 50 people, including 20 police officers. "
               "Some 25 of those killed had been shot at close range.")
    assert got[-1] == ("Some 25", "killed", "all")


@pytest.mark.parametrize("text, expected", [
    # people named by their unit's or craft's designation before the noun
    ("Two GSG7 troopers were killed in Tolm.", [("Two GSG7 troopers", "killed", "combatants")]),
    ("Three F-16 pilots were killed when their jets crashed near Tolm.", [("Three F-16 pilots", "killed", "all")]),
    # things by their model stay no figure
    ("Six AK-47 rifles were seized in Tolm.", []),
])
def test_people_after_a_designation(text, expected):
    assert figs(text, "span", "metric", "population") == expected


@pytest.mark.parametrize("text, expected", [
    # "took N police hostage": the police, taken hostage
    ("Raiders seized 14 police hostage at the Tolm checkpoint.", ("14", "other", "combatants")),
    ("The rebels took 10 soldiers hostage in Tolm.", ("10", "other", "combatants")),
])
def test_people_taken_hostage(text, expected):
    assert figs(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # whose dead, named after them
    ("Officials counted some 20 dead in the group of raiders near Tolm.", ("some 20", "killed", "combatants")),
    ("Twelve people were killed on the side of the rebels near Tolm.", ("Twelve", "killed", "combatants")),
    ("Twelve people were killed in the market of Tolm.", ("Twelve", "killed", "all")),
])
def test_dead_in_the_group_of(text, expected):
    assert figs(text) == [expected]


def test_others_after_a_count_and_a_lone_person_joined_are_of_both():
    assert figs("The explosion in Tolm killed three policemen and a civilian and wounded 14 others.")[-1] == (
        "14", "injured", "all")


@pytest.mark.parametrize("text, expected", [
    # the aside of parts closed before the whole's verb: a bare count after it is the whole's sibling
    ("At least 12 people, including four children, were killed in Tolm and 30 were wounded.", ("30", "injured", "all")),
    ("Twelve soldiers, including two officers, were killed in Tolm and 30 were wounded.",
     ("30", "injured", "combatants")),
    # a list of parts stays parts
    ("At least 12 people were killed in Tolm, including four children and three women.", ("three", "killed", "women")),
])
def test_bare_count_after_a_closed_aside_of_parts(text, expected):
    assert figs(text)[-1] == expected
