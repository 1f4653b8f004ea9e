"""A reviewer's misfires of the twenty-third round's rules, mended. Invented fixtures only (the QZ country of
tests/qz_fixtures.py, and ISO 3166-2's own units); nothing copied from the labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from crosstally.draft_patterns import _PLURAL_STRIKES, _SINGLE_STRIKE
from crosstally.draft_places import Places
from qz_fixtures import by_value, drafter

SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police Service", "government", "true", "", "", "Qzland police;police"],
    ["qz-army", "Qzland Army", "military", "true", "", "", "Qzland army"],
    ["qz-mod", "Qzland Defence Ministry", "belligerent", "true", "", "", "Defence Ministry"],
    ["qz-courier", "Harbor Courier (newspaper)", "media", "false", "", "", "Courier"],
    ["qz-monitor", "Qzland Rights Watch", "monitoring_ngo", "false", "", "", "Rights Watch"],
    ["qz-opposition", "Qzland Freedom Party", "political_opposition", "false", "", "", "Freedom Party"],
], columns=list(S.SOURCE_COLUMNS))
draft = drafter(SOURCES)
LEDE = ("Survivors held a ceremony on Thursday marking the 20th anniversary of a grenade attack in Millbrook that "
        "killed 16 people.\n\n")

# 2031-03-14 is a Friday


def test_violence_that_fell_on_an_anniversary_keeps_its_own_day():
    text = ("Bomb kills 12 on 20th anniversary of Millbrook massacre\n\n"
            "A bomb killed 12 people in Saltpan on Thursday, Qzland police said.\n")
    assert draft(text)["12"]["period_end"] == "2031-03-13"
    text = ("Fighting in Millbrook\n\n"
            "On the 10th anniversary of the war, 30 people were killed in new fighting in Millbrook on Wednesday.\n")
    assert draft(text)["30"]["period_end"] == "2031-03-12"
    # near miss: a headline that ends on the anniversary marks it
    text = ("Millbrook massacre still haunts survivors on 20th anniversary\n\n"
            "More than 100 people were killed in the Millbrook massacre, Rights Watch says.\n")
    assert draft(text)["More than 100"]["period_end"].startswith("2011-03")


def test_new_violence_in_a_piece_marking_an_anniversary_keeps_its_day():
    got = draft("Qzland remembers\n\n" + LEDE + "Last month, gunmen killed eight villagers in Saltpan, Qzland police "
                "said.\n\nOn Tuesday, gunmen killed three police officers in Saltpan.\n")
    assert got["16"]["period_end"] == "2011-03-13"
    assert got["eight"]["period_end"].startswith("2031-02")
    assert got["three"]["period_end"] == "2031-03-11"
    got = draft("Qzland remembers\n\nMourners marked the 20th anniversary of the attack on the Millbrook market in "
                "which 45 people were killed, as a new bomb killed six people in Saltpan.\n")
    assert got["45"]["period_end"].startswith("2011-03")
    assert not got["six"]["period_end"].startswith("2011")


def test_present_day_counts_and_running_totals_in_an_anniversary_piece_are_not_moved():
    got = draft("Qzland remembers\n\n" + LEDE + "Today, 500 survivors still need medical care, Rights Watch said.\n\n"
                "Since the attack, the government has paid compensation to 300 families.\n")
    assert got["500"]["period_end"] == "2031-03-14"
    assert not got["300"]["period_end"].startswith("2011")
    got = draft("Qzland remembers\n\nThousands marked the fifth anniversary of the start of the war, which has killed "
                "more than 10,000 people.\n")
    assert not got["more than 10,000"]["period_end"].startswith("2026")


def test_a_window_in_a_first_anniversary_piece_stays_a_window():
    got = draft("A year of war\n\nQzland marked the first anniversary of the war on Thursday.\n\n"
                "Over the past year, 300 more people have been killed in the region, police said.\n")
    assert got["300"]["period_start"] != got["300"]["period_end"]


def test_an_anniversary_of_an_election_or_a_peace_marks_no_violence():
    got = draft("Clashes in Millbrook\n\nThe opposition marked the first anniversary of the election on Thursday. "
                "Qzland police said 3 protesters were killed in clashes in Millbrook on Wednesday.\n")
    assert got["3"]["period_end"] == "2031-03-12"
    got = draft("Peace remembered\n\nQzland marked the 20th anniversary of the peace agreement that ended a war in "
                "which 50,000 people were killed.\n")
    assert not got["50,000"]["period_end"].startswith("2011-03")


def test_a_crowd_that_was_killed_or_hurt_is_the_dead_or_the_hurt():
    assert by_value("At least 30 people who had gathered for a wedding were killed in an air strike.")[
        "At least 30"].metric == "killed"
    assert by_value("Six people who took part in the protest were killed by police.")["Six"].metric == "killed"
    assert by_value("Hundreds of people who gathered in the square were injured when police fired tear gas.")[
        "Hundreds"].metric == "injured"


def test_victims_who_survived_were_freed_or_are_represented_are_no_toll():
    text = "Massacre in Millbrook\n\nGunmen killed 40 villagers. "
    assert by_value(text + "The court heard testimony from 12 victims who survived the attack.")["12"].metric == "other"
    assert by_value(text + "The association represents 2,000 victims of the conflict.")["2,000"].metric == "other"
    assert by_value(text + "The 30 victims of the abduction were freed on Sunday.")["30"].metric == "other"


def test_victims_with_shrapnel_or_received_by_a_hospital_are_the_hurt():
    text = "Bombing in Millbrook\n\nA bomb killed 12 people in Millbrook. "
    assert by_value(text + "Doctors said 30 victims had shrapnel in their legs.")["30"].metric == "injured"
    assert by_value(text + "The hospital received 25 victims of the blast.")["25"].metric == "injured"


def test_quoted_by_an_outlet_as_saying_is_the_one_quoted():
    text = ("Clashes in Millbrook\n\nQzland police said 50 people were killed in Millbrook on Thursday.\n\n"
            "Qzland army spokesman Jo Tam was quoted by the Courier as saying that 10 soldiers were among the dead.\n")
    assert draft(text)["10"]["claimant"] == "qz-army"


def test_quoted_as_saying_inside_a_quotation_or_a_relative_clause_is_no_speaker():
    text = ("Clashes in Millbrook\n\n\u201cThe spokesman was quoted as saying by reporters that nothing happened, but 10 "
            "soldiers died,\u201d a Rights Watch researcher said.\n")
    assert draft(text)["10"]["claimant"] == "qz-monitor"
    text = ("Clashes in Millbrook\n\nMeanwhile, the Courier, which is quoted as saying by rivals that it exaggerates, "
            "put the toll at 70.\n")
    assert draft(text)["70"]["claimant"] == "qz-courier"


def test_declaring_that_the_war_killed_is_a_statement():
    text = "War toll\n\nFreedom Party leader Jo Tam declared that the war had killed 3,000 people in Millbrook.\n"
    assert draft(text)["3,000"]["claimant"] == "qz-opposition"


def test_a_belligerents_own_briefing_keeps_its_figures():
    text = ("Defence Ministry briefing\n\nThe Defence Ministry published a map of Millbrook on Friday.\n\n"
            "Overnight, 30 rebels were killed in Millbrook.\n")
    assert draft(text)["30"]["claimant"] == "qz-mod"


def test_a_shooting_range_is_no_incident_and_massacres_are_several():
    assert _SINGLE_STRIKE.search("police said 300 were wounded near a shooting range") is None
    assert _SINGLE_STRIKE.search("six were killed in a shooting at a school") is not None
    assert _PLURAL_STRIKES.search("a series of massacres and shootings") is not None


AR = pd.DataFrame([
    ["AR", "Argentina", "whole country", ""],
    ["AR-B", "Buenos Aires", "", ""],
    ["AR-C", "Ciudad Autónoma de Buenos Aires", "Buenos Aires", ""],
    ["AR-E", "Entre Ríos", "", ""],
], columns=list(S.ADMIN1_COLUMNS))


def test_a_unit_word_makes_a_city_name_its_province():
    places = Places(AR)

    def unit(text):
        return [m.codes for m in places.mentions(text) if m.kind == "unit"]
    assert unit("Riots in Buenos Aires.") == [("AR-C",)]
    assert unit("Floods hit Buenos Aires province.") == [("AR-B",)]
    assert unit("Floods hit the province of Buenos Aires.") == [("AR-B",)]
    assert [m.codes for m in places.mentions("BUENOS AIRES, July 18 (AP) - A bomb killed 85.") if m.dateline] \
        == [("AR-C",)]


def test_a_spelling_shared_with_another_country_still_prefers_the_city():
    table = pd.concat([AR, pd.DataFrame([["UY", "Uruguay", "whole country", ""], ["UY-MO", "Montevideo",
                                                                                  "Buenos Aires", ""]],
                                        columns=list(S.ADMIN1_COLUMNS))])
    places = Places(table)
    places.country = "AR"
    assert [m.codes for m in places.mentions("Riots in Buenos Aires.") if m.kind == "unit"] == [("AR-C",)]
