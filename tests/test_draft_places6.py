"""Admin-1 and period end of drafts, sixth round: which place and which day a figure is about.

Invented fixtures only (the QZ country of tests/qz_fixtures.py); nothing copied from the
labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from qz_fixtures import drafter

SOURCES = pd.DataFrame([
    ["qz-government", "Government of Qzland", "government", "yes", "", "", "the government"],
    ["qz-army", "Qzland Armed Forces", "military", "yes", "", "", "the army;the military"],
    ["who", "World Health Organization", "un_agency", "yes", "", "", "WHO"],
], columns=list(S.SOURCE_COLUMNS))
draft = drafter(SOURCES)


def test_the_day_of_an_earlier_incident_the_story_recalls_does_not_date_its_own():
    # published on Saturday 14 March 2031; "an earlier strike on Sunday" is another incident's day
    text = ("Three soldiers killed in Qzland\n\n"
            "Three soldiers were killed in an airstrike in Westfold, the army said. It was the second deadly "
            "strike in four days, following an earlier strike on Sunday that killed two soldiers.\n\n"
            "Earlier on Sunday, rebels killed five farmers in Delta City.\n")
    got = draft(text)
    assert got["Three"]["admin1"] == "QZ02"
    assert (got["Three"]["period_end"] or got["Three"]["as_of"] or got["Three"]["statement_date"]
            or got["Three"]["published"]) == "2031-03-14"
    # the earlier incidents keep their own day
    assert got["two"]["period_end"] == "2031-03-09"
    assert got["five"]["period_end"] == "2031-03-09"


def test_a_national_total_takes_the_whole_country_though_a_unit_is_named_beside_it():
    text = ("Fighting rages in Harbor Town\n\n"
            "Heavy fighting continued in Harbor Town on Monday, and the WHO said at least 1,200 people had been "
            "killed nationwide, most of them in the capital.\n\n"
            "In Harbor Town, the WHO said, 5,000 people have been wounded across the country.\n\n"
            "The WHO said 40 people were killed in Millbrook, while 900 died throughout the country.\n")
    got = draft(text)
    assert got["at least 1,200"]["admin1"] == "QZ"
    assert got["5,000"]["admin1"] == "QZ"
    assert got["900"]["admin1"] == "QZ"
    assert got["40"]["admin1"] == "QZ02"  # a unit in the number's own clause keeps it


def test_a_count_spread_across_the_country_is_not_one_incident_in_it():
    text = ("Police raid in Harbor Town\n\n"
            "On 3 May 2030 police raided Harbor Town, killing 12 people, the government said.\n\n"
            "Between 2020 and 2029, more than 900 fatal shootings by police were reported across Qzland.\n")
    got = draft(text)
    assert got["12"]["admin1"] == "QZ01"
    assert got["more than 900"]["admin1"] == "QZ"


def test_the_place_of_an_earlier_incident_the_story_recalls_is_not_the_storys():
    text = ("Ten soldiers killed near Qzland border\n\n"
            "At least 10 soldiers were killed in an attack on an army post on the northern border on Thursday, "
            "the army said.\n\n"
            "It was the deadliest attack in Qzland since gunmen stormed a hotel in Saltpan in May 2027, killing "
            "22 people. The army said six soldiers were wounded.\n")
    got = draft(text, published="2031-03-14")
    assert got["At least 10"]["admin1"] == "QZ"
    assert got["six"]["admin1"] == "QZ"
    assert got["22"]["admin1"] == "QZ04"  # the recalled incident keeps its own place


def test_a_count_inside_a_recalled_incident_takes_that_incidents_date_not_a_running_total():
    text = ("Ten soldiers killed near Qzland border\n\n"
            "At least 10 soldiers were killed in an attack on an army post on the northern border on Thursday, "
            "the army said.\n\n"
            "It was the first attack on Qzland soil since March 2026, when a raid on Reedville left 19 people "
            "dead. The army said six soldiers were wounded.\n")
    got = draft(text, published="2031-03-14")
    assert got["19"]["period_end"] == "2026-03"
    assert got["19"]["admin1"] == "QZ03"
    assert got["six"]["admin1"] == "QZ"
    assert got["six"]["period_end"] == "2031-03-13"


def test_an_aside_recalling_an_earlier_incident_ends_at_the_reporting_verb():
    text = ("Gunmen kill farmers in Qzland\n\n"
            "The governor, in office since rebels attacked Saltpan in 2022, said 14 farmers were killed on "
            "Tuesday in an ambush.\n")
    got = draft(text, published="2031-03-14")
    assert got["14"]["admin1"] != "QZ04"  # Saltpan is where the recalled attack was
    assert got["14"]["period_end"] == "2031-03-11"


def test_a_window_of_whole_years_ends_on_the_last_day_of_the_later_year():
    text = ("Police raid in Harbor Town\n\n"
            "On 3 May 2030 police raided Harbor Town, killing 12 people, the government said.\n\n"
            "From 2015 to 2019, 3,000 people were displaced in Millbrook, the government said.\n\n"
            "Between 2000 and 2500 troops were deployed to Millbrook, the government said.\n")
    got = draft(text, published="2031-03-14")
    assert got["3,000"]["period_end"] == "2019-12-31"
    assert got["3,000"]["period_start"] == "2015-01-01"
    # a range of numbers, not of years
    assert got["Between 2000 and 2500"]["period_end"] != "2500-12-31"


def test_the_first_days_of_an_operation_end_that_many_days_after_it_began():
    text = ("Police operation in Harbor Town\n\n"
            "On 3 May 2030 police and soldiers attacked a gang stronghold in Harbor Town, the government said.\n\n"
            "During the first three days of the operation, at least 40 people were killed, the government said.\n")
    got = draft(text, published="2031-03-14")
    assert got["at least 40"]["period_end"] == "2030-05-05"
    assert got["at least 40"]["admin1"] == "QZ01"


def test_a_place_that_a_later_sentence_gives_a_part_of_the_total_to_does_not_place_the_total():
    text = ("Monthly report on violations in Qzland\n\n"
            "The report covers the whole of Qzland.\n\n"
            "In July the monitors recorded 266 violations across 151 cases. Millbrook recorded the highest number "
            "of violations at 54, and the town saw most of the clashes.\n")
    got = draft(text, published="2031-09-07")
    assert got["266"]["admin1"] == "QZ"
    assert got["54"]["admin1"] == "QZ02"


def test_each_count_of_a_list_by_place_takes_its_own_place():
    text = ("Protests turn deadly in Qzland\n\n"
            "Twelve people were killed in Millbrook and 14 in Saltpan, the army said.\n\n"
            "Two officers were killed in the capital, Harbor Town, three in the southern town of Saltpan and one in "
            "the western city of Millbrook, the army said.\n\n"
            "At least a dozen soldiers were killed and seven others injured in an attack in western Qzland, the "
            "army said.\n")
    got = draft(text)
    assert got["Twelve"]["admin1"] == "QZ02"
    assert got["14"]["admin1"] == "QZ04"
    assert got["Two"]["admin1"] == "QZ01"
    assert got["three"]["admin1"] == "QZ04"
    assert got["seven"]["admin1"] == got["At least a dozen"]["admin1"]  # one place for both, no list by place


def test_a_unit_named_as_a_part_of_a_wider_event_is_not_the_documents_place():
    text = ("Unrest in Qzland\n\n"
            "Protests over fuel prices began on 2 March and spread across Qzland within days, turning violent "
            "especially in Harbor Town.\n\n"
            "The government said 80 people had died. More than 900 were injured, it said.\n\n"
            "Officials in Harbor Town, the city which saw the worst of the violence, reported 300 arrests.\n")
    got = draft(text, published="2031-03-14")
    assert got["80"]["admin1"] == "QZ"
    assert got["More than 900"]["admin1"] == "QZ"


TWO = pd.DataFrame([
    ["QZ", "Qzland", "whole country", ""],
    ["QZ01", "Eastmark", "Harbor Town", ""],
    ["QZ02", "Westfold", "Millbrook", ""],
    ["NV", "Norvia", "Republic of Norvia", ""],
    ["NV-AL", "Altmar", "Altmar City", ""],
], columns=list(S.ADMIN1_COLUMNS))


def test_the_strength_of_a_countrys_forces_is_the_whole_countrys():
    from crosstally.draft import draft_document
    text = ("Border clashes between Qzland and Norvia\n\n"
            "Two Qzlandi soldiers were killed in clashes near Millbrook on Tuesday, the army said.\n\n"
            "Qzland's smaller army of 11,000 troops has called up reservists. Norvia has 200,000 soldiers, "
            "but many are on its other borders.\n")
    doc = {"document_id": "d", "outlet": "", "url": "https://example.invalid/", "published": "2031-03-14",
           "language": "en"}
    got = {r["value_as_reported"]: r for r in draft_document(text, doc, SOURCES, TWO).to_dict("records")}
    assert got["11,000"]["admin1"] == "QZ"
    assert got["200,000"]["admin1"] == "NV"
    assert got["Two"]["admin1"] == "QZ02"


def test_a_dateline_is_not_the_documents_place_when_the_text_names_places_of_its_own():
    text = ("Fighting in the south\n\n"
            "Harbor Town (Reuters) - Troops have clashed with rebels near Saltpan for weeks, officials "
            "said.\n\n"
            "The health ministry said 13 civilians were killed and 40 wounded.\n")
    got = draft(text)
    assert got["13"]["admin1"] == "QZ04"
    # a text whose only place is its dateline keeps it
    text = ("Death toll from mosque bombing rises\n\n"
            "Harbor Town : An official says the death toll from a suicide bombing at a mosque has risen to 36.\n")
    assert draft(text)["36"]["admin1"] == "QZ01"


def test_a_place_used_only_to_say_where_the_hills_are_is_not_the_documents_place():
    text = ("Mutiny in Qzland over, leader says\n\n"
            "The intervention ignited fierce fighting in which at least 66 people have died.\n\n"
            "On Friday the guns of the rebels in the hills above Harbor Town were almost silent.\n")
    got = draft(text, published="2031-03-14")
    assert got["at least 66"]["admin1"] == "QZ"


def test_where_the_wounded_lie_in_hospital_is_not_where_they_were_hurt():
    text = ("Miners shot dead at Saltpan mine\n\n"
            "Police opened fire on striking miners at the Saltpan mine on Thursday. By late last night at least "
            "34 miners had been killed.\n\n"
            "Another 48 were in a critical condition in hospitals from the mine itself to Harbor Town and "
            "Millbrook.\n")
    got = draft(text, published="2031-03-14")
    assert got["48"]["admin1"] == "QZ04"
    assert got["at least 34"]["admin1"] == "QZ04"


def test_the_days_of_a_window_do_not_date_the_documents_incident():
    text = ("Protests leave deadly toll in Qzland\n\n"
            "The Red Cross said that between March 2 and 9, it assisted 435 people injured during the protests in "
            "Harbor Town. Local rights groups have reported that at least 26 protesters died.\n")
    got = draft(text, published="2031-03-14")
    assert got["435"]["period_end"] == "2031-03-09"
    assert (got["at least 26"]["period_end"] or got["at least 26"]["as_of"]) == "2031-03-14"


def test_earlier_in_the_week_names_no_day_the_month_as_for_last_week():
    text = ("Police fire on miners in Qzland\n\n"
            "Weapons taken off the dead included firearms stolen from the two police officers who were murdered "
            "earlier in the week, police said.\n")
    got = draft(text, published="2031-03-14")
    assert got["two"]["period_end"] == "2031-03"
    assert got["two"]["date_precision"] == "month"


def test_a_dateline_in_capitals_is_read_as_its_place():
    text = ("Six killed in failed coup in Qzland\n\n"
            "HARBOR TOWN, March 13 (Reuters) - At least six people were killed in a failed attempt to overthrow "
            "Qzland's president, state radio said on Wednesday.\n")
    got = draft(text)
    assert got["At least six"]["admin1"] == "QZ01"
    # with a place of its own in the text, the dateline is only where the reporter filed from
    text = ("Six killed in attack in Qzland\n\n"
            "HARBOR TOWN, March 13 (Reuters) - At least six people were killed in an attack on a market in "
            "Saltpan, state radio said on Wednesday.\n\n"
            "The army said two soldiers died.\n")
    got = draft(text)
    assert got["At least six"]["admin1"] == "QZ04"
    assert got["two"]["admin1"] == "QZ04"
