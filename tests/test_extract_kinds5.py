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


# --- who they are ------------------------------------------------------------------------

def test_a_place_possessive_after_of_does_not_hide_the_noun():
    assert figs("The council said 300 of the district's residents were killed.", "population") == [("civilians",)]
    assert figs("Dozens of the town’s farmers fled east.", "population") == [("civilians",)]


def test_people_armed_with_weapons_are_combatants():
    assert figs("Witnesses described an attack by about 30 people armed with machetes and rifles.",
                "population") == [("combatants",)]


def test_the_part_named_after_those_killed():
    text = "Gunmen attacked the market in Orrin and 40 people died. 15 of those killed were militants, police said."
    assert figs(text)[-1] == ("15", "killed", "combatants")


# --- what befell them ----------------------------------------------------------------------

def test_the_verb_after_a_second_count_joined_to_it():
    text = "The ministry said a guard and 6 villagers were killed while 11 soldiers and 25 other villagers were injured."
    assert ("11", "injured", "combatants") in figs(text)
    text = "Rebels shot dead 9 soldiers, and two police officials and a judge have been kidnapped."
    assert ("two", "other", "combatants") in figs(text)


def test_the_numbers_own_verb_over_its_nouns_participle():
    assert figs("Five wounded fighters were captured near Dunmere, the army said.", "metric") == [("other",)]
    assert figs("Eleven displaced people were killed at the Harrow camp.", "metric") == [("killed",)]
    # a verb of care leaves the wounded wounded
    assert figs("Some 80 wounded people were treated at Hollin hospital.", "metric") == [("injured",)]


def test_a_killing_verb_before_attackers_says_what_befell_them():
    assert figs("Troops killed 14 militants who stormed a checkpoint near Pell.", "metric") == [("killed",)]
    # troops storming, a day between them and the verb: deployed, not killed
    text = "About 1,500 soldiers on Sunday stormed the jail as the death toll from the riot rose."
    assert figs(text, "metric") == [("other",)]


@pytest.mark.parametrize("text, metric", [
    ("The governor ordered the evacuation of 12,000 people from the front-line district.", "displaced"),
    ("About 700 families have been evacuated to safer villages, the spokesman said.", "displaced"),
    ("Soldiers evacuated 240 residents of Kessel overnight.", "displaced"),
    # moved for care: not displaced
    ("A second helicopter was able to evacuate 17 injured.", "other"),
    ("Medics evacuated 35 patients to Ardley.", "other"),
])
def test_people_evacuated(text, metric):
    assert figs(text, "metric") == [(metric,)]


def test_a_body_and_an_execution_are_deaths():
    assert figs("The body of one suspected rebel was recovered near the ridge.", "metric") == [("killed",)]
    assert figs("Rights groups condemned the execution of 13 people in the south.", "metric") == [("killed",)]


# --- counts named by the sentence --------------------------------------------------------

def test_n_other_soldiers_says_who_the_count_before_was():
    text = "The commander admitted only one fatality and said three other soldiers were missing."
    assert figs(text)[0] == ("one", "killed", "combatants")
    assert figs("Two people were killed and four other villagers wounded in Darrow.")[0] == ("Two", "killed", "civilians")


def test_a_count_brought_to_a_number_names_it():
    text = ("Some 800 refugees came home by bus this week, bringing the total number of returns "
            "from nine camps to 14,200.")
    assert figs(text)[-1] == ("14,200", "other", "all")
    assert figs("Three more bodies were recovered, bringing the total to 52.")[-1] == ("52", "killed", "all")


def test_a_count_that_totalled_a_number_names_it():
    assert figs("Returns of refugees from the southern camps totalled just 1,900 in May.") == [("1,900", "other", "all")]
    assert figs("Civilian casualties numbered 61 in the first week.") == [("61", "casualties", "civilians")]


def test_the_countries_of_a_war_named_are_not_a_count():
    assert figs("Fighting resumed between the two Balkan nations on Sunday.") == []
    assert figs("Donors from 30 countries pledged aid.", "value", "unit") == [(30.0, "countries")]


# --- people present, and what the verb before them did -----------------------------------

def test_people_present_or_deployed_are_counted_not_harmed():
    text = "Scores of villagers have died, despite the presence of thousands of Nordic and UN soldiers."
    assert figs(text)[-1] == ("thousands", "other", "combatants")
    assert figs("The ministry deployed 4,000 troops after 12 people were killed in Varn.")[0] == (
        "4,000", "other", "combatants")


def test_two_capitalised_names_joined_before_the_noun():
    assert figs("Dozens of Gaulish and Pictish soldiers were wounded.", "population") == [("combatants",)]


def test_a_verb_of_capture_or_shooting_at_them_over_the_nouns_participle():
    assert figs("Bandits abducted 25 displaced people from the Orlo camp.", "metric") == [("other",)]
    assert figs("Police said the gang had shot at dozens of fleeing people.", "metric") == [("other",)]
    # a graver participle after a verb of care still stands
    assert figs("Nurses treated 60 wounded people overnight.", "metric") == [("injured",)]


# --- general reporting -------------------------------------------------------------------

def test_bystanders_and_the_drowned():
    assert figs("The grenade wounded a guard and three passers-by in Lomas.")[-1] == ("three", "injured", "civilians")
    assert figs("Nineteen people drowned as they fled the fighting across the river.", "metric") == [("killed",)]


def test_a_part_of_them_in_a_condition():
    text = "Eastfield hospital received 48 casualties, 9 of them in critical condition."
    assert figs(text, "value", "metric")[-1] == (9.0, "injured")


def test_a_breakdown_in_brackets_keeps_the_counts_people():
    text = "The mission documented 900 civilian casualties (310 killed and 590 injured) in the quarter."
    assert figs(text)[1:] == [("310", "killed", "civilians"), ("590", "injured", "civilians")]


@pytest.mark.parametrize("text, qualifier", [
    ("At most 20 people were hurt in Dorran.", "up_to"),
    ("No more than 15 soldiers remain in the outpost.", "up_to"),
    ("A maximum of 300 families fled the valley.", "up_to"),
])
def test_a_ceiling_is_up_to(text, qualifier):
    assert figs(text, "qualifier") == [(qualifier,)]


def test_among_the_dead_opening_a_sentence_does_not_break_the_reading():
    # a part ("among") with no figure before it in the text
    assert figs("Among the dead were 14 soldiers and 3 police officers.") == [
        ("14", "killed", "combatants"), ("3", "killed", "combatants")]


def test_members_of_a_force_are_combatants():
    assert figs("Raiders killed 7 members of the village defence force.", "population") == [("combatants",)]
    assert figs("Some 45 members of the armed group surrendered.", "population") == [("combatants",)]
    assert figs("Eleven members of one family were killed.", "population") == [("all",)]


def test_the_wounded_who_later_died():
    assert figs("Two of the injured later succumbed to their wounds.", "value", "metric") == [(2.0, "killed")]
    assert figs("Four wounded later died at Corran hospital.", "metric") == [("killed",)]
    # a noun of death after them is not their verb
    text = "Some 900 civilians were killed and more than 2,000 injured with deaths in the capital rising."
    assert figs(text, "metric") == [("killed",), ("injured",)]


def test_sought_protection_and_treated_for_injuries():
    assert figs("More than 2 million Ruritanians have sought protection abroad.", "metric") == [("displaced",)]
    assert figs("Over 700 people have been treated for injuries since Friday.", "metric") == [("injured",)]
    assert figs("Some 300 people were treated for shock.", "metric") == [("other",)]


def test_attacks_on_schools_are_attacks_on_facilities():
    assert figs("The agency verified 310 attacks on schools in Norland since 2021.", "metric", "unit") == [
        ("attacks_on_facilities", "events")]


def test_people_named_by_descent_or_country():
    assert figs("At least 30 Ruritanians and 12 Kenyans were killed.", "span") == [
        ("At least 30 Ruritanians",), ("12 Kenyans",)]
    assert figs("The remaining 2,000 Serbs fled the town.", "span") == [("2,000 Serbs",)]
    # an adjective of a country before its noun
    assert figs("Fighting killed 40 Chinese workers at the mine.", "span", "population") == [
        ("40 Chinese workers", "civilians")]


def test_members_from_a_population():
    assert figs("The bombers meant to kill 40 members from the civilian population of Tarn.") == [
        ("40", "killed", "civilians")]


def test_public_buildings_used_as_shelters_are_facilities():
    assert figs("About 3,000 people have found refuge in nine public buildings in Ostra.", "span", "unit")[-1] == (
        "nine public buildings", "facilities")


def test_cases_of_what_the_sentence_before_is_about():
    text = "Kidnap gangs have driven up disappearances in Varn. This year they passed 90 cases per month."
    assert figs(text, "value", "metric") == [(90.0, "other")]
    # cases of nothing named: not a figure
    assert figs("The court heard the appeal. In two cases the judges agreed.") == []


def test_a_number_estimated_for_the_people_named_before():
    text = ("The agency said the remaining Ruritanians in the city - estimated at no more than 900 from a "
            "pre-war figure of more than 12,000 - face growing threats.")
    assert figs(text, "value_as_reported", "qualifier", "unit") == [
        ("no more than 900", "up_to", "people"), ("more than 12,000", "more_than", "people")]
    assert figs("The damage was estimated at 40 million.") == []


def test_another_n_with_a_verb_of_its_own_after_people():
    text = "This week 700 refugees flew home to Ostra, while another 2,100 flew into Kelt."
    assert figs(text, "value", "unit")[-1] == (2100.0, "people")
    # time and distance after "another" stay out
    assert figs("Ten people died, and another 24 hours passed.", "value") == [(10.0,)]


def test_massacres_counted_are_events():
    assert figs("The monitor documented at least 31 massacres in Oster in May.", "metric", "unit") == [
        ("other", "events")]
    assert figs("Unidentified groups committed 1 massacre.", "metric", "unit") == [("other", "events")]
    assert figs("The massacre of 30 villagers shocked Oster.", "metric") == [("killed",)]


@pytest.mark.parametrize("text, metric", [
    ("Five of the victims died at the scene while 3 others were rushed to the hospital.", "injured"),
    ("Eleven people were butchered in their sleep in Kessa.", "killed"),
    ("Two soldiers paid the supreme price, the army said.", "killed"),
    # moved to a hospital: care, not displacement
    ("Twelve people were evacuated to a nearby hospital.", "other"),
    ("More than 300 farmers were taken hostage by the gang.", "other"),
])
def test_idioms_of_fate(text, metric):
    assert figs(text, "metric")[-1] == (metric,)


def test_the_speaker_is_not_the_people_estimated():
    assert figs("Police officers said the figure of 12 was too low.") == []
    assert figs("Residents said the crowd was estimated at 5,000.") == []


def test_a_count_that_totalled_a_number_is_read_after_the_speaker():
    assert figs("Police officers said civilian casualties numbered 45.") == [("45", "casualties", "civilians")]
