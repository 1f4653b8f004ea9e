"""Fortieth round (read parts 76-77 after listing them in tuned.txt): a running total in a sentence about one raid
("..., where more than 230 have been killed since April") is the area the sentence names, not the raid's place;
"police blamed gunmen for the deaths of two officers" is the police's count; '"...," read the statement' speaks for
the statement's author ("as per a statement by ..."); a paragraph "This is reported by X, citing Y" gives the
paragraph before it Y's words; "The X report, citing local officials, said ..." has X for subject (not the words
after "said"), and "it said" after it points back to X; "identified" is a reporting verb of its subject; "the toll
from U.S. strikes has risen to 74" and "the number of people injured has grown to 686" keep their own noun of fate;
"That includes one officer, ..." breaks down the count before; rioters are combatants (the labelling rules say so);
and a foreign country's strikes ("Zemland airstrikes on the port") are not where they fell. Invented sentences only;
nothing copied from the labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from qz_fixtures import by_value, draft_two_countries, drafter


SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police", "police", "true", "", "", "Qzland police"],
    ["qz-government", "Government of Qzland", "government", "true", "", "", "Qzland officials;Qzland government"],
    ["un", "United Nations", "un", "false", "", "", "UN;U.N."],
], columns=list(S.SOURCE_COLUMNS))


# --------------------------------------------------------------------------- drafts: places

def test_a_running_total_beside_one_raid_is_the_named_areas():
    draft = drafter(SOURCES)
    text = ("Raid in Millbrook\n\nA raid by police on Sunday left at least 14 people dead in Millbrook, the UN said.\n\n"
            "A raid by police left at least three people dead in Qzland, where more than 230 people have been killed "
            "since unrest broke out in April, the UN said.\n")
    got = draft(text, published="2031-03-14")
    assert got["more than 230"]["admin1"] == "QZ", got["more than 230"]["why"]
    assert "running total" in got["more than 230"]["why"]
    # the raid's own count keeps the raid's place
    assert got["at least three"]["admin1"] == "QZ02", got["at least three"]["why"]


def test_fled_in_recent_months_is_a_running_total_too():
    draft = drafter(SOURCES)
    text = ("Massacre in Millbrook\n\nGunmen killed 95 people in a raid on Millbrook on Sunday, the UN said.\n\n"
            "The raid was the worst in Qzland, where tens of thousands of people have fled the violence in recent "
            "months, the UN said.\n")
    got = draft(text, published="2031-03-14")
    assert got["tens of thousands"]["admin1"] == "QZ", got["tens of thousands"]["why"]


def _two_countries(text: str) -> dict[str, dict]:
    return draft_two_countries(text, SOURCES)


def test_a_foreign_countrys_strikes_are_not_where_they_fell():
    got = _two_countries("Strikes on Qzland port\n\nThe toll from strikes on the port of Harbor Town in Qzland rose to "
                         "74, the UN said.\n\nFive paramedics were also among the casualties, killed in the second wave "
                         "of Zemland airstrikes on the port, the UN said.\n")
    assert got["Five"]["admin1"] != "ZM", got["Five"]["why"]
    # a country named as where strikes fell is still a place
    got = _two_countries("Strikes\n\nIn Zemland strikes killed 12 people on Friday, the UN said.\n")
    assert got["12"]["admin1"] == "ZM", got["12"]["why"]


# --------------------------------------------------------------------------- drafts: claimants

def test_who_blames_someone_for_the_deaths_tells_of_them():
    draft = drafter(SOURCES)
    text = ("Raid\n\nThe UN said 14 people died in the raid.\n\nThe government has not commented on the violence, but "
            "Qzland police blamed \"terrorists with firearms\" for the deaths of two officers.\n")
    got = draft(text, published="2031-03-14")
    assert got["two"]["claimant"] == "qz-police", got["two"]["why"]
    # blamed BY someone is not that someone blaming
    text = "Raid\n\nThe UN said 14 people died.\n\nRebels blamed by Qzland police for the raid said 3 were killed.\n"
    got = draft(text, published="2031-03-14")
    assert got["3"]["claimant"] != "un", got["3"]["why"]
    # blamed for something that is no deadly act tells of no count
    text = ("Riots\n\nThe UN said 14 people were hurt.\n\nThe Qzland government blamed student leaders for the "
            "rioting in a statement.\n\nDozens of students were arrested.\n")
    got = draft(text, published="2031-03-14")
    assert got["Dozens"]["claimant"] != "qz-government", got["Dozens"]["why"]


def test_a_statement_read_out_is_its_authors():
    draft = drafter(SOURCES)
    text = ("Attack\n\nThe UN said 14 people died.\n\nThe incident occurred in Millbrook, as per a statement by the "
            "Qzland government posted on its website.\n\n\"The heroic action of our soldiers made it possible to "
            "neutralise eighty terrorists,\" read the statement.\n")
    got = draft(text, published="2031-03-14")
    assert got["eighty"]["claimant"] == "qz-government", got["eighty"]["why"]
    # "read" as anything but a quotation's verb is no reporting word
    text = "Attack\n\nThe UN said 14 people died.\n\nAt the vigil, a priest read the names of the 20 dead.\n"
    got = draft(text, published="2031-03-14")
    assert got["20"]["claimant"] == "un", got["20"]["why"]


def test_a_paragraph_pointing_back_names_the_source_before_it():
    draft = drafter(SOURCES)
    text = ("Riots in Millbrook\n\nThe number of people injured during the protests in the capital increased to 590. "
            "One person died.\n\nThis is reported by Sputnik, citing data from Qzland police.\n")
    got = draft(text, published="2031-03-14")
    assert got["590"]["claimant"] == "qz-police", got["590"]["why"]
    assert got["One"]["claimant"] == "qz-police", got["One"]["why"]
    # without the pointing back, the paragraph after says nothing of the one before
    text = ("Riots in Millbrook\n\nThe number of people injured during the protests in the capital increased to 590. "
            "One person died.\n\nQzland police arrested 12 people on Monday.\n")
    got = draft(text, published="2031-03-14")
    assert got["590"]["claimant"] != "qz-police", got["590"]["why"]


def test_a_subject_citing_others_is_still_the_subject():
    draft = drafter(SOURCES)
    text = ("Riots\n\nRiots have killed 27 people in Millbrook, state media report.\n\nThe UN report, citing local "
            "officials, said rioters stabbed people. Seventeen people were killed before police shot dead 10 of the "
            "rioters, it said. At least three others were injured, it added.\n")
    got = draft(text, published="2031-03-14")
    for span in ("Seventeen", "10", "At least three"):
        assert got[span]["claimant"] == "un", got[span]["why"]


def test_identified_is_said_by_its_subject():
    draft = drafter(SOURCES)
    text = ("Riots\n\nThe UN said 42 people died.\n\nMeanwhile, Qzland police on Friday identified the cause of death "
            "of 35 victims.\n\nThree of the dead were identified as soldiers.\n")
    got = draft(text, published="2031-03-14")
    assert got["35"]["claimant"] == "qz-police", got["35"]["why"]
    # the passive ("were identified as") is a fate of the dead, no one speaking: the sentence has no attribution
    assert got["Three"]["why"].startswith("no attributing words in the sentence"), got["Three"]["why"]
    text = ("Riots\n\nThe UN said 42 people died.\n\nBodies of 18 miners were found on Monday, whom Qzland police "
            "identified as part of the 28 missing.\n")
    got = draft(text, published="2031-03-14")
    assert got["18"]["claimant"] == "un", got["18"]["why"]


# --------------------------------------------------------------------------- extraction: metric and population

def test_a_toll_keeps_its_noun_across_an_initialism():
    got = by_value("The death toll from U.S. overnight airstrikes on the port has increased to 74, with 171 others "
                   "wounded, according to the UN.")
    assert got["74"].metric == "killed"
    assert got["171"].metric == "injured"


def test_a_number_of_the_injured_that_has_grown_is_injured():
    got = by_value("The number of people injured in Qzland in the clashes has grown to 686, and the death toll "
                   "stands at one, the UN said.")
    assert got["686"].metric == "injured"
    assert got["one"].metric == "killed"


def test_that_includes_breaks_down_the_count_before():
    got = by_value("\"We have a minimum of 14 dead, but it could be more,\" the UN said.\n\n\"That includes at least "
                   "one anti-riot officer, one paramilitary member and two police officers.\"")
    for span in ("at least one", "one", "two"):
        assert got[span].metric == "killed", span
    got = by_value("Police said 20 people were wounded. They include two children and 12 women.")
    assert got["two"].metric == "injured" and got["12"].metric == "injured"


def test_rioters_are_combatants():
    got = by_value("Police shot and killed 11 rioters at the scene.")
    assert got["11"].population == "combatants"
    assert got["11"].metric == "killed"
