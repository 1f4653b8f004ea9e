"""Admin-1 of drafts, seventh round: unrest spread over a country, "and other cities", and the
"there" of "there are" that points back to no place.

Invented fixtures only (the QZ country of tests/qz_fixtures.py); nothing copied from the
labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from qz_fixtures import drafter

SOURCES = pd.DataFrame([
    ["qz-government", "Government of Qzland", "government", "yes", "", "", "the government"],
    ["qz-police", "Qzland Police", "government", "yes", "", "", "the police"],
    ["qz-health-ministry", "Ministry of Health of Qzland", "government", "yes", "", "", "the health ministry"],
], columns=list(S.SOURCE_COLUMNS))
draft = drafter(SOURCES)


def test_a_count_in_a_document_about_protests_in_several_cities_is_the_countrys():
    # protests in Harbor Town (QZ01) and Millbrook (QZ02): the toll naming no place is the country's,
    # not that of the city the document names most
    text = ("Qzland protests turn deadly\n\n"
            "Protesters clashed with police in Harbor Town on Monday as anti-government protests spread.\n\n"
            "Police fired tear gas at marchers in Harbor Town and in Millbrook, witnesses said.\n\n"
            "The health ministry said on Tuesday that 14 people had been killed and 230 injured.\n")
    got = draft(text, published="2031-03-18")
    assert got["14"]["admin1"] == "QZ"
    assert got["230"]["admin1"] == "QZ"
    assert "unrest" in got["14"]["why"]


def test_protests_at_one_place_keep_that_place():
    # the same toll in a document whose protests are all in Harbor Town: Harbor Town's
    text = ("Qzland protest camp cleared\n\n"
            "Police cleared the protest camp in Harbor Town's main square on Monday, firing on protesters.\n\n"
            "The health ministry said on Tuesday that 14 people had been killed and 230 injured.\n")
    got = draft(text, published="2031-03-18")
    assert got["14"]["admin1"] == "QZ01"
    assert got["230"]["admin1"] == "QZ01"


def test_a_war_story_is_not_unrest():
    # no protest, riot or crackdown in the headline and lede: the document's own place as before
    text = ("Shelling hits Harbor Town\n\n"
            "Artillery struck Harbor Town and Millbrook on Monday, the army said.\n\n"
            "The health ministry said on Tuesday that 14 people had been killed.\n")
    got = draft(text, published="2031-03-18")
    assert got["14"]["admin1"] != "QZ"


def test_a_place_and_other_cities_is_the_whole_country():
    text = ("Hundreds detained in Qzland\n\n"
            "Police detained more than 700 people during protests in Harbor Town and other cities on Sunday, "
            "the government said.\n\n"
            "Police detained 40 people in Millbrook on Sunday, the government said.\n")
    got = draft(text, published="2031-03-18")
    assert got["more than 700"]["admin1"] == "QZ"
    assert "other cities" in got["more than 700"]["why"]
    assert got["40"]["admin1"] == "QZ02"  # one named place alone keeps it


def test_there_are_points_back_to_no_place():
    # "there are eight people" says that they exist, not where: not Millbrook, named last before it
    text = ("Clashes in Qzland\n\n"
            "Fighting broke out in Harbor Town on Monday. Later, troops moved on to Millbrook.\n\n"
            "\u201cWe can confirm there are eight people that were shot dead,\u201d the police said.\n")
    got = draft(text, published="2031-03-18")
    assert "refers back" not in got["eight"]["why"]
    text2 = text.replace("there are eight people that were shot dead", "eight people were shot dead there")
    got2 = draft(text2, published="2031-03-18")
    assert "refers back" in got2["eight"]["why"]
    assert got2["eight"]["admin1"] == "QZ02"


def test_a_headline_about_the_countrys_protests_spreads_them_over_the_country():
    # only Harbor Town named in the body, but "Qzland protests" in the headline: the country's
    text = ("Qzland protests turn deadly as police intensify crackdown\n\n"
            "At least eight people were killed in Qzland on Wednesday as police cracked down on protests, "
            "the health ministry said.\n\n"
            "Police fired on marchers in Harbor Town.\n")
    got = draft(text, published="2031-03-18")
    assert got["At least eight"]["admin1"] == "QZ"


def test_a_prison_riot_or_years_of_unrest_are_one_place():
    # a riot inside a prison is at the prison; "years of unrest" is the background of one attack
    riot = ("Qzland prison riot leaves 31 dead\n\n"
            "A riot at the prison in Harbor Town left 31 inmates dead on Monday, the government said.\n\n"
            "Some 2,700 inmates are held in Qzland's prisons, the government said.\n\n"
            "At least one guard was wounded.\n")
    got = draft(riot, published="2031-03-18")
    assert got["At least one"]["admin1"] == "QZ01"
    attack = ("Gunmen early Tuesday killed nine villagers in western Qzland, the scene of years of unrest\n\n"
              "Gunmen killed nine villagers in Millbrook early on Tuesday, the government said.\n\n"
              "Two more were wounded, the government said.\n")
    got = draft(attack, published="2031-03-18")
    assert got["Two"]["admin1"] == "QZ02"


def test_a_place_and_other_major_cities_is_the_whole_country():
    text = ("Curfew in Qzland\n\n"
            "The government imposed a curfew in Harbor Town and in other major cities after protests.\n\n"
            "More than 100 people have been injured, the health ministry said.\n")
    got = draft(text, published="2031-03-18")
    assert got["More than 100"]["admin1"] == "QZ"


def test_a_rising_toll_of_unrest_over_the_country_stands_as_of_the_day_it_was_given():
    # published Thursday 20 March 2031; Wednesday's shooting in Harbor Town is one day of the protests,
    # the toll of all of them stands as of Thursday, when officials gave it
    text = ("Qzland protests toll rises\n\n"
            "The death toll in the anti-government protests in Qzland has risen to nine, officials said Thursday.\n\n"
            "On Wednesday police fired on protesters in Harbor Town, killing two, and in Millbrook.\n")
    got = draft(text, published="2031-03-20")
    assert got["nine"]["period_end"] or got["nine"]["as_of"] or got["nine"]["statement_date"]
    assert (got["nine"]["period_end"] or got["nine"]["as_of"]) == "2031-03-20"
    assert got["two"]["period_end"] == "2031-03-19"  # the day's own count keeps its day


def test_a_country_named_as_the_attacker_is_not_the_documents_place():
    # a war of two countries: "bombed by Zemland", "Zemland fired": Zemland attacks; the toll is the island's
    # (Harbor Town, QZ01), not Zemland's, though Zemland is named more often
    from crosstally.draft import draft_document
    from qz_fixtures import ADMIN1
    admin1 = pd.concat([ADMIN1, pd.DataFrame([["ZL", "Zemland", "Zemland", ""], ["ZL01", "Northgate", "Northgate", ""]],
                                             columns=list(S.ADMIN1_COLUMNS))], ignore_index=True)
    text = ("Two civilians found dead on island bombed by Zemland\n\n"
            "Two civilians were found dead Wednesday on an island devastated by Zemland's artillery attack.\n\n"
            "Their deaths brought the number of victims of Tuesday's attack to four, the government said.\n\n"
            "On Tuesday, Zemland fired about 170 rounds of artillery, with 80 of them landing on Harbor Town island.\n")
    doc = {"document_id": "d", "outlet": "", "url": "https://example.invalid/", "published": "2031-03-19",
           "language": "en"}
    got = {r["value_as_reported"]: r for r in draft_document(text, doc, SOURCES, admin1).to_dict("records")}
    assert got["four"]["admin1"] == "QZ01"
    assert got["80"]["admin1"] == "QZ01"


def test_the_day_the_wounded_died_later_is_not_the_incidents_day():
    # published Saturday 15 March 2031: the attack was on Thursday; two of the wounded died on Friday
    text = ("Truck attack in Harbor Town\n\n"
            "A truck drove into a crowd in Harbor Town on Thursday night, killing dozens.\n\n"
            "Around 50 people were taken to the city hospital. The hospital said two of those died on Friday "
            "morning during surgery.\n\n"
            "As of now, official tallies say 84 people were killed in the attack.\n")
    got = draft(text, published="2031-03-15")
    assert got["84"]["period_end"] == "2031-03-13"


def test_a_date_after_days_after_belongs_to_the_other_event():
    # published Tuesday 18 March 2031: "in November" dates the earlier attacks the sentence recalls
    text = ("Blasts in Harbor Town\n\n"
            "At least 34 people have been killed by several blasts in Harbor Town on Tuesday.\n\n"
            "Another 20 people have been killed by blasts in Harbor Town, days after the arrest of a suspect in "
            "the Millbrook attacks in November.\n")
    got = draft(text, published="2031-03-18")
    assert (got["20"]["period_end"] or got["20"]["as_of"]) == "2031-03-18"  # not November 2030
    assert "another event" in got["20"]["why"]


def test_arrests_in_the_perfect_stand_as_of_the_report_not_the_incident_day():
    # published Thursday 20 March 2031; the clashes were on Monday
    text = ("Clashes in Harbor Town\n\n"
            "Rival groups clashed on Monday in Harbor Town, leaving at least five people dead.\n\n"
            "Police have arrested some 72 people and imposed a curfew.\n\n"
            "The raid on Monday killed 19 gunmen while 5 have been arrested, the police said.\n")
    got = draft(text, published="2031-03-20")
    assert (got["some 72"]["period_end"] or got["some 72"]["as_of"]) == "2031-03-20"
    assert got["at least five"]["period_end"] == "2031-03-17"
    # arrests told beside the killings of the same operation keep its day
    assert got["5"]["period_end"] == "2031-03-17"


def test_the_day_the_dead_were_found_is_not_the_day_they_were_killed():
    # published Wednesday 19 March 2031: shelled on Tuesday, the bodies found on Wednesday
    text = ("Two civilians found dead in Harbor Town\n\n"
            "Two civilians were found dead Wednesday in Harbor Town, devastated by shelling.\n\n"
            "Their deaths brought the number of victims of Tuesday's shelling to four, the government said.\n")
    got = draft(text, published="2031-03-19")
    assert got["Two"]["period_end"] == "2031-03-18"
    assert "found" in got["Two"]["date_basis"]
    assert got["four"]["period_end"] == "2031-03-18"


def test_the_day_of_an_attack_told_before_its_wounded_died_stays_an_incident_day():
    # "shot on Monday ... later died": Monday is still the day of the shooting
    text = ("Shooting in Harbor Town\n\n"
            "Gunmen shot five people in Harbor Town on Monday; two of them later died in hospital.\n\n"
            "Three others were wounded, the police said.\n")
    got = draft(text, published="2031-03-20")
    assert got["Three"]["period_end"] == "2031-03-17"


def test_a_paragraph_naming_a_place_and_other_cities_gives_the_country():
    text = ("Hundreds detained in Qzland\n\n"
            "Police detained more than 700 people in Harbor Town and other cities on Sunday, the government said. "
            "It added on Monday that 51 protesters were hurt.\n")
    got = draft(text, published="2031-03-18")
    assert got["51"]["admin1"] == "QZ"
