"""Kinds of figure the extractor reads by general English usage and the labelling conventions
(benchmarks/labelled/README.md): what befell the people counted (metric), who they are
(population), and which numbers are counts at all. Fixtures are invented (places, groups and
sources made up for these tests), never copied from the labelled set."""
import pytest

from crosstally import extract as X


def figs(text, *cols):
    cols = cols or ("value_as_reported", "metric", "population")
    return [tuple(getattr(c, k) for k in cols) for c in X.extract(text, actors=())]


# --- metric: what befell them ---------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # taken, held, saved, moved or treated: counted, but neither killed, injured nor displaced
    ("Gunmen were abducting 14 farmers near Lowmoor.", ("14 farmers", "other")),
    ("The brigade said it had rescued 31 hostages.", ("31 hostages", "other")),
    ("Medics treated 22 victims at the scene.", ("22 victims", "other")),
    ("The Red Cross evacuated 60 patients from Fernhill.", ("60 patients", "other")),
    ("Police have arrested 9 suspects.", ("9 suspects", "other")),
    ("Troops neutralized 12 insurgents in the hills.", ("12 insurgents", "other")),
    ("Troops eliminated 12 insurgents in the hills.", ("12 insurgents", "killed")),
    ("Seven survivors were pulled from the rubble.", ("Seven survivors", "other")),
    ("Eight people remain unaccounted for.", ("Eight people", "other")),
])
def test_what_else_befell_people_is_metric_other(text, expected):
    assert figs(text, "span", "metric")[0] == expected


def test_victims_say_nothing_the_verb_does():
    assert figs("Nine victims were in critical condition at Eastbrook hospital.", "metric") == [("injured",)]
    assert figs("The group counted 40 victims of disappearance.", "metric") == [("other",)]


@pytest.mark.parametrize("text, metric", [
    ("More than 200 fighters have been killed, captured or have surrendered, the ministry said.", "other"),
    ("Thirty rebels were killed or captured.", "other"),
    ("Thirty rebels were killed or wounded.", "casualties"),
    ("Forty people were gunned down at the wedding.", "killed"),
    ("Of those hurt, 120 were admitted to regional hospitals.", "injured"),
    ("Six were in moderate condition, the ambulance service said.", "injured"),
    ("Twelve people were found alive under the debris.", "other"),
    ("The monitor counted 58 homicides in May.", "killed"),
])
def test_phrases_of_fate(text, metric):
    assert figs(text, "metric")[0] == (metric,)


def test_the_verb_governing_a_number_wins_over_a_word_after_it():
    # "fleeing" describes them; "shot dead" says what befell them
    assert figs("Rebels shot dead 19 people fleeing the district.", "metric") == [("killed",)]
    assert figs("The militia separated the men and killed 25 of them.", "metric")[-1] == ("killed",)


def test_the_verb_after_a_relative_clause_is_the_numbers():
    text = "Over 300 villagers, who took shelter in a church near Brackwater, returned home on Monday."
    assert figs(text, "metric") == [("other",)]


def test_a_cue_in_scare_quotes_still_counts():
    assert figs("A dozen raiders were also \u201celiminated,\u201d the ministry said.", "metric") == [("killed",)]


def test_returning_people_and_the_sick_and_wounded_are_other():
    assert figs("Some 40,000 returning IDPs need shelter in Kessa.", "metric") == [("other",)]
    assert figs("There were 3,000 voluntary returns in June.", "metric") == [("other",)]
    assert figs("The agency evacuated over 200 sick and wounded by boat.", "metric") == [("other",)]


def test_armed_men_are_not_displaced_and_attackers_are_other():
    assert figs("He said it was done by 20 militants who arrived at the checkpoint in trucks.",
                "metric", "population") == [("other", "combatants")]
    assert figs("Hundreds of gunmen stormed the town and killed 40 people.", "span", "metric", "population") == [
        ("Hundreds of gunmen", "other", "combatants"), ("40 people", "killed", "all")]
    assert figs("The officer was shot by two unidentified men.", "metric", "population") == [("other", "combatants")]


def test_munitions_that_went_off_are_not_strikes():
    assert figs("At least six bombs went off in the market district.", "metric", "unit") == [("other", "munitions")]
    assert figs("Rebels launched six rockets at the base.", "metric", "unit") == [("strikes", "munitions")]


def test_attacks_counted_are_events_of_metric_other():
    assert figs("The region suffered more than 900 attacks last year.", "metric", "unit") == [("other", "events")]
    assert figs("There were 14 drone attacks on Harwick.", "metric") == [("strikes",)]


def test_places_are_targets_only_when_struck():
    assert figs("The missiles struck nine identified militant camps overnight.", "metric", "unit") == [
        ("targets_hit", "targets")]
    assert figs("Aid reached nine sites in the district.") == []


def test_a_combined_toll_of_dead_and_wounded_is_people():
    assert figs("The total of casualties, dead and wounded, has reached 1,200.", "metric", "unit", "population") == [
        ("casualties", "people", "all")]


# --- population: who they are ---------------------------------------------------------------

def test_two_groups_together_are_all():
    assert figs("Thousands of soldiers and civilians have died.", "population") == [("all",)]
    assert figs("The blast killed 29 civilians and soldiers.", "population") == [("all",)]


def test_people_named_after_among():
    text = "The toll is 5 dead and 11 wounded among the soldiers, the army said."
    assert figs(text, "population") == [("combatants",), ("combatants",)]
    assert figs("The war caused 600 deaths among civilians.", "population") == [("civilians",)]


def test_a_part_of_a_group_named_before_including():
    assert figs("Many civilians, including three brothers, were killed.", "population") == [("civilians",)]


def test_them_refers_to_the_counted_people_before():
    text = "About 900 civilians reached the camp. Gunmen fired on them, killing 12 and injuring 30 others."
    assert figs(text, "span", "population")[1:] == [("12", "civilians"), ("30 others", "civilians")]


def test_and_wounding_takes_the_noun_of_the_governed_count_only():
    assert figs("The ambush killed eight police officers and wounded 13.", "population") == [
        ("combatants",), ("combatants",)]
    # "hundreds" are not the raiders: the raiders are the subject, not the count the verb governs
    assert figs("Dozens of raiders crossed the river and killed hundreds.", "population") == [
        ("combatants",), ("all",)]


def test_livelihoods_and_aid_workers_are_civilians():
    assert figs("The strike killed 36 quarry workers.", "span", "population") == [("36 quarry workers", "civilians")]
    assert figs("At least 300 aid workers were attacked.", "population") == [("civilians",)]
    assert figs("Gunmen killed 27 revellers at the festival.", "population") == [("civilians",)]


# --- numbers: which are counts ----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The ministry said two thousand and 367 people had been killed.", [("two thousand and 367", 2367.0)]),
    ("One hundred and twenty civilians were killed.", [("One hundred and twenty", 120.0)]),
    ("The toll surpasses 600, the ministry said.", [("surpasses 600", 600.0)]),
    ("Militants killed 30 and abducted around another 150.", [("30", 30.0), ("around another 150", 150.0)]),
])
def test_numbers_in_words_and_qualifiers(text, expected):
    assert figs(text, "value_as_reported", "value") == expected


def test_qualifier_of_verbs_of_passing():
    assert figs("The toll surpasses 600.", "qualifier") == [("more_than",)]
    assert figs("Monthly homicides exceeded 150 cases.", "qualifier") == [("more_than",)]


@pytest.mark.parametrize("text", [
    "Nine in 10 residents have left.",
    "Pakistan said it shot down five enemy fighter jets, including three Raptor jets.",
    "Two military and security sources told reporters the post fell.",
    "Police seized six AK-47 rifles after the clash.",
])
def test_not_counts(text):
    assert figs(text) == []


def test_a_day_after_a_day_is_a_date():
    assert figs("On October 10 and 11, 2023, many civilians were killed in Tarnby.", "value_as_reported") == []


def test_report_as_a_headline_verb_before_people():
    assert figs("Capital Reports 50 Soldiers Dead in Border Clash", "value_as_reported", "metric") == [("50", "killed")]
    assert figs("See report 50 for the figures.") == []


def test_a_bare_one_with_its_own_verb_after_a_count():
    assert figs("Two raiders were killed, and one was injured, police said.", "value_as_reported", "metric",
                "population") == [("Two", "killed", "combatants"), ("one", "injured", "combatants")]


def test_people_by_a_group_they_are_not_of_and_adverbs_of_state():
    assert figs("They killed 28 non-Believers on board.", "value_as_reported", "metric") == [("28", "killed")]
    assert figs("The service treated 51 people, including 22 physically injured.", "span", "metric") == [
        ("51 people", "other"), ("22", "injured")]


def test_the_graver_of_the_verb_and_the_nouns_own_word():
    assert figs("Gunmen kill 25 displaced villagers near Ostry.", "metric") == [("killed",)]
    assert figs("Local doctors treated more than 120 wounded people.", "metric") == [("injured",)]


def test_a_title_case_head_is_not_passed_over():
    assert figs("Capital Reports 50 Soldiers Dead in Clash", "span", "population") == [("50 Soldiers", "combatants")]


def test_among_after_a_count_beats_the_noun_carried_from_the_figure_before():
    text = "The war caused over 900 deaths among soldiers and police, and about 500 fatalities among civilians."
    assert figs(text, "population") == [("combatants",), ("civilians",)]


def test_cases_take_what_is_named_before_them():
    assert figs("Homicides in Vell fluctuated between 30 and 40 cases per month.", "metric") == [("killed",)]
    assert figs("There were 264 suspected cholera cases and 16 deaths.", "span", "metric") == [
        ("264 suspected cholera cases", "other"), ("16 deaths", "killed")]
    assert figs("In two cases the doors were forced.") == []


def test_injuries_sustained_or_suffered():
    text = "Raiders shot 15 of the villagers dead and five others sustained various degrees of injury."
    assert figs(text, "metric")[-1] == ("injured",)


def test_a_place_raided_by_armed_men_counts_the_raiders_as_attackers():
    assert figs("Kessel village was raided by 300 gunmen on Sunday.", "metric", "population") == [("other", "combatants")]


def test_n_of_m_takes_the_wholes_noun():
    assert figs("Air defences intercepted 38 of 40 drones launched overnight.", "value_as_reported", "metric", "unit") == [
        ("38", "other", "munitions"), ("40", "strikes", "munitions")]
    assert figs("A spokesman said 4 of the 9 soldiers wounded were in critical condition.", "population")[0] == (
        "combatants",)


def test_all_of_them_names_the_population():
    assert figs("Twelve people were killed, all of them civilians.", "population") == [("civilians",)]
    assert figs("The strike killed 12 people, all civilians.", "population") == [("civilians",)]
    assert figs("The strike killed 12 people, mostly women.", "population") == [("all",)]


def test_escaped_the_war_is_displacement_but_escaped_prisoners_are_not():
    assert figs("That brings to 28,000 the number of people who have escaped the war zone.", "metric") == [("displaced",)]
    assert figs("Twelve prisoners escaped on Sunday.", "metric") == [("other",)]


def test_soldiers_ambushed_near_a_town_are_not_the_attackers():
    assert figs("Twenty soldiers ambushed near Tolla were killed.", "metric") == [("killed",)]
    assert figs("Dozens of fighters stormed the base.", "metric") == [("other",)]


@pytest.mark.parametrize("text", ["The sides exchanged 95 prisoners of war.", "Gunmen tortured 14 detainees.",
                                  "The group recruited 300 children."])
def test_more_fates_of_people_are_other(text):
    assert figs(text, "metric") == [("other",)]


def test_n_of_m_named_by_its_predicate():
    assert figs("The group said that 97 of the 403 casualties were children.", "value_as_reported", "metric",
                "population") == [("97", "casualties", "children"), ("403", "casualties", "all")]


def test_others_after_a_list_of_subsets_take_the_whole_counts_population():
    text = ("At least 30 civilians were killed in Harlow, the army said.\n\nThe militia fired a barrage of rockets and "
            "then shelled the town for hours. Among the victims were 4 women and 9 children, with 15 others injured.")
    assert figs(text, "span", "population")[-1] == ("15 others", "civilians")


def test_idioms_of_military_statements_and_more_forces():
    assert figs("Resultantly, all three terrorists were sent to hell, the statement said.", "metric") == [("killed",)]
    assert figs("Four soldiers embraced martyrdom in the gunfight.", "metric") == [("killed",)]
    assert figs("Four militants were killed and 27 apprehended.", "metric", "population") == [
        ("killed", "combatants"), ("other", "combatants")]
    assert figs("Two raiders were killed and one arrested.", "value_as_reported", "metric") == [
        ("Two", "killed"), ("one", "other")]
    assert figs("Three ringleaders were killed.", "population") == [("combatants",)]
    assert figs("Five security personnel and 3 aid personnel were hurt.", "population") == [
        ("combatants",), ("civilians",)]


def test_ages_in_a_list_are_not_counts():
    assert figs("Police said the 3 suspects, aged 19, 20 and 22, were arrested.", "value_as_reported") == [("3",)]


def test_of_whom_were_names_the_part():
    assert figs("The raid killed 20 people, 12 of whom were children.", "population") == [("all",), ("children",)]


def test_treated_for_injuries_is_injured():
    assert figs("Hospitals in Dunmore treated 40 people for gunshot wounds.", "metric") == [("injured",)]
    assert figs("Medics treated 40 people for smoke inhalation.", "metric") == [("other",)]


def test_a_count_named_again_keeps_its_metric():
    text = "Seven soldiers were killed near Pell, the army said.\n\nThe seven soldiers were on patrol when they met the raiders."
    assert figs(text, "metric") == [("killed",), ("killed",)]
    text = "The dead include four children. Among four minors, two were siblings."
    assert figs(text, "value_as_reported", "metric") == [("four", "killed"), ("four", "killed"), ("two", "killed")]
