"""crosstally.extract: the general rules of reading that the labelled set's unseen parts asked
for, each on invented sentences (invented places, groups and numbers; nothing copied from
benchmarks/labelled/).

Kinds of rule: number forms (digit groups, "a million", "at least a dozen"), status nouns
(civilians, security forces, armed groups, children, women, medical staff: whole vocabularies),
a count's population carried to "others", "another", "N more", "N of them", "two critically",
"two of their leaders", a stated count's own words ("the civilian death toll ... 39"), change
versus range ("from 558 to 569"), casualties, bodies, "N times", "-strong", a place's
population, the speaker "one aid worker said".
"""
from __future__ import annotations

import pytest

from crosstally import extract as X


def figs(text: str, *fields: str) -> list[tuple]:
    fields = fields or ("value_as_reported", "value", "metric", "population")
    return [tuple(getattr(c, f) for f in fields) for c in X.extract(text, actors=())]


# ------------------------------------------------------------------ number forms

@pytest.mark.parametrize("text, value", [
    ("Shelling on Eastmark displaced 2 050 people, the agency said.", 2050),           # plain space
    ("Shelling on Eastmark displaced 2\u00a0050 people, the agency said.", 2050),       # no-break space
    ("Shelling on Eastmark displaced 2\u2009050 people, the agency said.", 2050),       # thin space
    ("Shelling on Eastmark displaced 2\u202f050 people, the agency said.", 2050),       # narrow no-break
    ("Shelling on Eastmark displaced 1 204 300 people, the agency said.", 1204300),
    ("The agency said that 2, 940 people were displaced from Millbrook.", 2940),       # comma and space
    ("Floods and fighting left over a million people homeless in Qzland.", 1_000_000),
])
def test_thousands_grouped_by_spaces_or_comma_and_space_are_one_number(text, value):
    found = X.extract(text, actors=())
    assert [c.value for c in found] == [value]
    assert found[0].span.replace("\u00a0", " ").replace("\u2009", " ").replace("\u202f", " ").startswith(
        text[found[0].start:found[0].start + 3].replace("\u00a0", " ").replace("\u2009", " ").replace("\u202f", " "))


def test_comma_and_space_after_a_month_or_in_a_list_are_two_numbers():
    assert figs("On March 3, 500 people fled Saltpan.", "value") == [(500,)]
    assert 300 in [v for (v,) in figs("Wards 1, 2, 300 people were displaced.", "value")]


def test_a_number_after_month_and_comma_is_not_the_day():
    # "19 September, 25 civilians": the day is 19; "September 25" stays a date
    assert figs("On 19 September, 25 civilians were killed and 93 injured in Reedville.") == [
        ("25", 25, "killed", "civilians"), ("93", 93, "injured", "civilians")]
    assert figs("On September 25 the army said 4 soldiers were killed.", "value") == [(4,)]


def test_a_qualifier_makes_a_dozen_twelve_but_a_bare_dozen_stays_vague():
    c = X.extract("At least a dozen fighters were killed near Millbrook.", actors=())[0]
    assert (c.value_as_reported, c.qualifier, c.value, c.low, c.high) == ("At least a dozen", "at_least", 12, 12, None)
    c = X.extract("A dozen fighters were killed near Millbrook.", actors=())[0]
    assert (c.qualifier, c.value_as_reported) == ("vague", "A dozen")


def test_a_quotation_around_the_number_does_not_hide_its_verb_or_noun():
    c = X.extract('The raid killed "up to 70" people, a local group said.', actors=())[0]
    assert (c.value_as_reported, c.qualifier, c.metric, c.unit) == ("up to 70", "up_to", "killed", "people")


# ------------------------------------------------------------------ status nouns

@pytest.mark.parametrize("noun, population", [
    *[(n, "civilians") for n in ("residents", "villagers", "inhabitants", "townspeople", "shopkeepers",
                                 "traders", "farmers", "herders", "fishermen", "vendors", "locals")],
    *[(n, "combatants") for n in ("soldiers", "policemen", "police officers", "security guards", "guards",
                                  "gendarmes", "border guards", "paratroopers", "conscripts", "marines",
                                  "military personnel", "peacekeepers", "commandos")],
    *[(n, "combatants") for n in ("militants", "insurgents", "jihadis", "guerrillas", "gunmen", "bandits",
                                  "mercenaries", "militiamen", "separatists", "gang members")],
    *[(n, "children") for n in ("children", "schoolchildren", "infants", "toddlers", "pupils", "orphans")],
    *[(n, "women") for n in ("women", "mothers", "pregnant women", "widows")],
    *[(n, "medical") for n in ("nurses", "paramedics", "surgeons", "health workers", "healthcare workers",
                               "ambulance workers", "midwives")],
    *[(n, "all") for n in ("people", "passengers", "worshippers")],
    # journalists, lawyers and teachers by their trade (the labelling conventions: civilians)
    *[(n, "civilians") for n in ("journalists", "lawyers", "teachers")],
])
def test_every_common_noun_of_a_kind_gives_its_population(noun, population):
    (found,) = figs(f"Nine {noun} were killed in Saltpan on Monday.", "population", "metric")
    assert found == (population, "killed")


def test_the_military_after_a_number_are_soldiers_but_not_before_another_noun():
    assert figs("Ten Qzlandic military killed in ambush near Delta City") == [("Ten", 10, "killed", "combatants")]
    assert figs("Rebels shot down two military helicopters near Delta City.") == []
    # (12 police stations are no police officers; burned, they are attacks on facilities: the thirty-fifth round)
    assert figs("Gunmen burned 12 police stations in Westfold.") == [("12", 12.0, "attacks_on_facilities", "not_applicable")]
    assert figs("Westfold has 12 police stations.") == []
    assert figs("The group freed two child soldiers in Westfold.", "population") == [("children",)]


def test_a_compound_adjective_stands_between_number_and_noun():
    assert figs("Thousands of panic-stricken residents fled Saltpan.", "metric", "population") == [
        ("displaced", "civilians")]


# ------------------------------------------------------------------ a count's population carried on

@pytest.mark.parametrize("text, expected", [
    ("Four Qzlandic soldiers were killed and 10 others wounded in the ambush.",
     [("Four", "killed", "combatants"), ("10", "injured", "combatants")]),
    ("The strikes killed at least 16 civilians and injured 12 others, the mission said.",
     [("at least 16", "killed", "civilians"), ("12", "injured", "civilians")]),
    ("The shelling killed one civilian and injured another two.",
     [("one", "killed", "civilians"), ("two", "injured", "civilians")]),
    # a subgroup is not carried: the others are not children
    ("The shelling killed three children and wounded 10 others.",
     [("three", "killed", "children"), ("10", "injured", "all")]),
])
def test_others_another_after_a_count_carry_its_status(text, expected):
    assert figs(text, "value_as_reported", "metric", "population") == expected


def test_n_of_them_is_a_part_of_the_figure_before():
    # population of the whole, metric of the whole when the part has none of its own
    assert figs("Eight people were injured in Millbrook. Two of them were sent home.",
                "value_as_reported", "metric", "population") == [("Eight", "injured", "all"), ("Two", "injured", "all")]
    # a noun after "of them" names the part's population
    assert figs("At least 18 people - eight of them children - were killed.",
                "value_as_reported", "metric", "population") == [
        ("At least 18", "killed", "all"), ("eight", "killed", "children")]
    # facilities: struck or not
    assert figs("The charity supports 40 clinics in Eastmark and three of them were bombed last month.",
                "value_as_reported", "metric", "unit") == [("40", "other", "facilities"),
                                                           ("three", "attacks_on_facilities", "facilities")]


def test_a_part_by_its_condition_keeps_the_whole():
    assert figs("Fifteen people were wounded, two critically, in the blast.",
                "value_as_reported", "metric", "population") == [("Fifteen", "injured", "all"), ("two", "injured", "all")]


def test_n_of_their_members_belong_to_the_group_before():
    assert figs("The raid killed 40 insurgents, including two of their commanders.", "population") == [
        ("combatants",), ("combatants",)]
    assert figs("The raid killed 40 insurgents, including three of their relatives.", "population")[1] == (
        "combatants",)


# ------------------------------------------------------------------ a stated count's own words

@pytest.mark.parametrize("text, expected", [
    ("The army's death toll has climbed to 61 after another soldier died.", [("61", "killed", "combatants")]),
    ("The number of slain insurgents rose to 212 by Friday.", [("212", "killed", "combatants")]),
    ("The official figure on civilians killed currently stands at 31.", [("31", "killed", "civilians")]),
    # the words of the claimant before the noun are not the count's
    ("The Qzlandic army estimated the number of deaths at 62 people.", [("62", "killed", "all")]),
])
def test_a_stated_count_takes_the_population_its_noun_names(text, expected):
    assert figs(text, "value_as_reported", "metric", "population") == expected


@pytest.mark.parametrize("text", [
    "The ministry said the toll climbed from 558 to 569.",
    "The ministry revised the civilian death toll from 558 to just 569.",
    "The ministry raised the number of people killed in Saltpan from 558 to 569.",
])
def test_from_old_to_new_after_a_count_is_two_figures_not_a_range(text):
    found = X.extract(text, actors=())
    assert [(c.qualifier, c.value) for c in found] == [("exact", 558), ("exact", 569)]


def test_ranging_from_is_a_range():
    (c,) = X.extract("Estimates of the dead ranging from 558 to 569 were given.", actors=())
    assert (c.qualifier, c.value, c.value_max) == ("range", 558, 569)


# ------------------------------------------------------------------ metric and unit

def test_killed_and_injured_together_are_casualties():
    assert figs("At least 20 civilians were killed and injured in Westfold.", "metric", "population") == [
        ("casualties", "civilians")]
    assert figs("The mission counted 300 casualties in May.", "metric") == [("casualties",)]
    # apart, they stay apart
    assert figs("Two civilians were killed and three injured.", "metric") == [("killed",), ("injured",)]


def test_bodies_of_are_the_dead():
    assert figs("Police said the bodies of two fighters were later recovered.", "metric", "population") == [
        ("killed", "combatants")]


def test_times_after_a_verb_of_striking_counts_strikes():
    assert figs("Artillery shelled Eastmark province 87 times in the past day.", "value", "metric", "unit") == [
        (87, "strikes", "events")]
    # attacks counted are events of metric `other` (the labelling conventions); only strikes and attacks on
    # facilities have metrics of their own
    assert figs("Rebels attacked the town of Millbrook 12 times last year.", "metric", "unit") == [("other", "events")]
    assert figs("The shelling was three times heavier than in May.") == []
    assert figs("Air strikes targeted clinics in Delta six times in May.", "metric") == [("attacks_on_facilities",)]


def test_attacks_from_the_air_are_strikes_and_bombings_on_the_ground_are_other_events():
    assert figs("Monitors documented nine cluster munition attacks in Delta.", "metric") == [("strikes",)]
    assert figs("Monitors documented 14 drone attacks in Delta.", "metric") == [("strikes",)]
    assert figs("Three near-simultaneous suicide car bombings hit Delta City.", "metric", "unit") == [
        ("other", "events")]


def test_the_size_of_a_force_or_crowd():
    assert figs("Talks began with the 2,400-strong rebel force.", "value", "metric", "population") == [
        (2400, "other", "combatants")]
    assert figs("A 300-strong crowd gathered in Saltpan.", "population") == [("all",)]


def test_a_places_population_is_not_what_happened_to_it():
    assert figs("Most of the Delta Strip's 1.8 million people have been displaced.", "metric") == [("other",)]
    assert figs("The region's population of 3 million is facing hunger.", "metric") == [("other",)]
    assert figs("Shelling hit Harbor Town, home to over a million people.", "value", "metric") == [
        (1_000_000, "other")]


def test_one_person_who_speaks_is_not_a_count():
    assert figs('"They fired on the market," one aid worker said.') == []
    assert figs("One aid worker was killed in Saltpan.", "metric") == [("killed",)]


def test_displaced_people_with_host_families():
    assert figs("Another 4,000 people are staying with host families in Millbrook.", "metric") == [("displaced",)]


def test_a_part_keeps_its_wholes_metric_and_others_are_not_of_the_parts_kind():
    assert figs("The raid killed 5 people, including 3 soldiers, and wounded 10 others.",
                "value_as_reported", "metric", "population") == [
        ("5", "killed", "all"), ("3", "killed", "combatants"), ("10", "injured", "all")]
    assert figs("The blast killed 14 people, three of them police officers, and wounded 40 others.",
                "value_as_reported", "metric", "population") == [
        ("14", "killed", "all"), ("three", "killed", "combatants"), ("40", "injured", "all")]


def test_a_number_whose_predicate_names_its_people():
    assert figs("Of the 60 killed, 20 were women and 15 were children.", "value_as_reported", "population") == [
        ("60", "all"), ("20", "women"), ("15", "children")]


def test_each_rule_reading_beyond_the_number_says_so_and_the_draft_shows_it():
    c = X.extract("Four Qzlandic soldiers were killed and 10 others wounded.", actors=())[1]
    assert "others" in c.reading and "Four Qzlandic soldiers" in c.reading
    assert X.extract("Nine residents were killed.", actors=())[0].reading == ""  # its own noun: nothing to say
    assert "count's own words" in X.extract("The civilian death toll rose to 39.", actors=())[0].reading
    from qz_fixtures import drafter
    import pandas as pd
    from crosstally import schema as S
    sources = pd.DataFrame(columns=list(S.SOURCE_COLUMNS))
    drafts = drafter(sources)("Four Qzlandic soldiers were killed and 10 others wounded in Millbrook.")
    assert "'others' of the same status" in drafts["10"]["why"]
    assert drafts["10"]["confidence"] < drafts["Four"]["confidence"]


def test_a_part_of_the_wounded_whose_own_verb_says_they_died():
    assert figs("Two of the wounded died later in hospital.", "metric") == [("killed",)]
    assert figs("Two of the wounded were children.", "metric", "population") == [("injured", "children")]


def test_a_title_case_headline_verb_is_not_passed_over_to_a_noun():
    assert figs("Ten Killed In Twin Blasts Near Saltpan", "value_as_reported", "metric", "unit") == [
        ("Ten", "killed", "people")]
    assert figs("Airstrike Kills 12 Villagers In Delta", "population") == [("civilians",)]


def test_among_the_counted_before_is_a_part_of_it():
    found = figs("Shelling killed 80 civilians in Delta, monitors said. Among the civilians were 21 children "
                 "and 9 women.", "value_as_reported", "metric", "population")
    assert found == [("80", "killed", "civilians"), ("21", "killed", "children"), ("9", "killed", "women")]


def test_damaged_facilities_are_counted_but_not_as_attacks():
    assert figs("Some 46 schools were damaged, the ministry said.", "metric", "unit") == [("other", "facilities")]
    assert figs("Air strikes have hit 12 hospitals since May.", "metric") == [("attacks_on_facilities",)]


def test_a_word_of_attack_after_one_of_them_is_the_parts_not_the_wholes():
    assert figs("Doctors worked at two field clinics, one of which was itself hit by a rocket.", "metric") == [
        ("other",)]


def test_the_occupants_named_before_a_bare_number_are_its_people():
    assert figs("A drone hit a minibus carrying villagers near Saltpan, killing five and wounding three.",
                "value_as_reported", "metric", "population") == [("five", "killed", "civilians"),
                                                                 ("three", "injured", "civilians")]
    # a number with its own noun keeps it
    assert figs("A drone hit a minibus carrying villagers, killing five soldiers.", "population") == [
        ("combatants",)]
