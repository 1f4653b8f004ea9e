"""Fifty-second round (read parts 100-101 after listing them in tuned.txt). What: "one Serb", "one Briton" are one of a
people, as "two Serbs" are; "15 United Nations peacekeepers" counts the peacekeepers, not nations; "five agents" and
"five intelligence agents" are a state's armed agents; armed men "who crossed from Zemland, have been killed" were
killed (the clause's "crossed from" is no flight); "More than 20 were evacuated for medical treatment" are moved for
care (`other`, as the labelled README has people evacuated for care), not displaced; "Camp Street prison" names a
street, no camp of the displaced; "one remained in hospital" and "sending three officers to hospital" count the hurt;
"at least 20 of the estimated 50 attackers" is a part of the whole. Who: "prompting Harbor Town to contact the UN
over the incident, which it said went too far" gives the count to no one (the pronoun speaks, not the body
contacted); "authorities announced they had foiled an X plot" does not make X the speaker. When: "May 10 -- A day
after a stampede left more than 100 dead" is the day before; a day named only for violence in other countries
("staged air strikes late on Monday in Zemland") does not date the document's own violence; the day a truce was
"called on March 22" dates no violence. Where: a capital that acts ("prompting Harbor Town to contact") is its
government, not a place. Invented sentences only; nothing copied from the labelled set."""
from __future__ import annotations

import pandas as pd

from qz_fixtures import by_value, draft_two_countries, drafter, end_day

SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police Service", "government", "Qzland police;local police"],
    ["qz-government", "Government of Qzland", "government", "Qzland government"],
    ["un", "United Nations", "un", "UN;U.N."],
    ["red-hand", "Red Hand (armed group)", "armed_group", "RH"],
], columns=["source_id", "name", "type", "aliases"])
draft = drafter(SOURCES)


# --------------------------------------------------------------------------- what

def test_one_of_a_people_named_by_its_noun():
    got = by_value("On Tuesday one Serb was killed and three others injured when their convoy was attacked.")
    assert got["one"].metric == "killed" and got["one"].population == "all"
    assert by_value("One Briton was killed in the blast.")["One"].metric == "killed"
    assert by_value("One Kurd and one Turk were injured.")["One"].metric == "injured"


def test_united_nations_before_its_people():
    got = by_value("At least 15 United Nations peacekeepers have been killed and 53 wounded in a rebel raid.")
    assert (got["At least 15"].metric, got["At least 15"].population) == ("killed", "combatants")
    assert got["At least 15"].unit == "people"
    # (but "15 United Nations member states" are countries, and its members are no people counted)
    assert by_value("Troops came from 15 United Nations member states.")["15"].unit == "countries"
    assert "193" not in by_value("The 193 United Nations members voted.")


def test_agents_of_a_state():
    got = by_value("Gunmen kill five intelligence agents in Qzland")
    assert (got["five"].metric, got["five"].population) == ("killed", "combatants")
    got = by_value("The attack left five agents dead, a spokesman said.")
    assert (got["five"].metric, got["five"].population) == ("killed", "combatants")
    # (but agents of a trade are nobody's force)
    assert by_value("Three travel agents were questioned.")["Three"].population == "all"


def test_armed_men_who_crossed_then_killed():
    got = by_value("Three Qzland special forces personnel and 11 armed men, who allegedly crossed from Zemland, "
                   "have been killed.")
    assert got["Three"].metric == got["11"].metric == "killed"
    # (armed men who crossed, with no fate after, are not displaced: still `other`)
    assert by_value("About 40 militants crossed from Zemland overnight.")["About 40"].metric == "other"


def test_evacuated_for_treatment_are_moved_for_care():
    # (the labelled README: people evacuated for care are `other`, not displaced)
    got = by_value("Three peacekeepers remained missing. More than 20 were evacuated for medical treatment in Tovo.")
    assert got["More than 20"].metric == "other"
    assert by_value("Forty patients were evacuated to a clinic 15 kilometres away.")["Forty"].metric == "other"
    # (but residents evacuated from their homes are displaced)
    assert by_value("Some 2,000 residents were evacuated from their homes.")["Some 2,000"].metric == "displaced"


def test_camp_in_a_street_or_prison_name_is_no_camp():
    got = by_value("Camp Street prison was designed to hold 600 inmates, but 984 individuals are locked in it.")
    assert got["600"].metric == got["984"].metric == "other"
    # (but people in a camp are displaced)
    assert by_value("About 500 people now live in Camp Zamzam.")["About 500"].metric == "displaced"


def test_one_who_remained_in_hospital_is_hurt():
    got = by_value("Police said 24 policemen were injured, and one remained in hospital on Sunday morning.")
    assert got["one"].metric == "injured"
    # (a verb of no fate still counts them only)
    assert by_value("40 prisoners were caught and 12 escaped.")["12"].metric == "other"


def test_people_sent_to_hospital_are_hurt():
    got = by_value("Youths smashed shop windows, sending three officers to hospital, said police.")
    assert got["three"].metric == "injured"
    assert by_value("The blast left four people in hospital.")["four"].metric == "injured"
    # (but officers sent to the hospital to guard it are not hurt)
    assert by_value("Police sent 200 officers to the hospital to guard it.")["200"].metric == "other"


def test_a_part_of_an_estimated_whole():
    got = by_value("A source said at least 20 of the estimated 50 attackers were killed or wounded.")
    assert "at least 20" in got and got["at least 20"].metric == "casualties"


# --------------------------------------------------------------------------- who

def test_the_pronoun_of_a_relative_clause_speaks_not_the_body_contacted():
    text = ("Shells hit border town\n\nZemlandi shells killed five people in a Qzland town near the border Wednesday, "
            "prompting Harbor Town to contact the UN over the incident, which it said went too far.")
    got = draft(text, published="2031-10-03")
    assert got["five"]["claimant"] == "", got["five"]["why"]
    # (but the UN that says so is the claimant)
    text = text.replace("which it said went too far", "the UN said")
    assert draft(text, published="2031-10-03")["five"]["claimant"] == "un"


def test_a_group_named_by_its_plot_is_no_speaker():
    text = ("Office attacked\n\nIn March, Qzlandi authorities announced they had foiled an RH plot in an operation "
            "that led to the deaths of seven militants.")
    got = draft(text, published="2031-06-06")
    assert got["seven"]["claimant"] != "red-hand", got["seven"]["why"]


# --------------------------------------------------------------------------- when

def test_a_day_after_the_event():
    text = ("Qzland mourns\n\nMay 10, 2031 -- A day after a stadium stampede left more than 100 dead in Harbor Town, "
            "police were blamed for the crush.")
    got = draft(text, published="2031-05-10")
    assert end_day(got["more than 100"]) == "2031-05-09", got["more than 100"]["why"]
    text = text.replace("A day after", "Two days after")
    assert end_day(draft(text, published="2031-05-10")["more than 100"]) == "2031-05-08"


def test_a_day_of_violence_abroad_does_not_date_the_story():
    text = ("Strikes on Qzland\n\nZemlandi air strikes on Qzland killed four children and three women, a local "
            "official said.\n\nQzland also staged air strikes late on Monday in Zemland over a bombing that killed "
            "over 90 people earlier this month.")
    got = draft_two_countries(text, SOURCES, published="2031-01-16")  # a Thursday
    assert end_day(got["four"]) == "2031-01-16", got["four"]["why"]
    # (but the Monday of strikes in Qzland itself dates them)
    text = text.replace("late on Monday in Zemland", "late on Monday in Harbor Town")
    assert end_day(draft_two_countries(text, SOURCES, published="2031-01-16")["four"]) == "2031-01-13"


def test_the_day_a_truce_was_called_is_no_day_of_violence():
    text = ("Airport bomb ends truce\n\nThe minister says a car bomb attack at the Harbor Town airport, claimed by the "
            "RH, \"breaks the cease-fire\" the group called on March 22.\n\nUp to 19 people received minor injuries "
            "in the bomb attack.")
    got = draft(text, published="2031-12-31")
    assert end_day(got["Up to 19"]) == "2031-12-31", got["Up to 19"]["why"]


# --------------------------------------------------------------------------- where

def test_a_capital_that_acts_is_its_government():
    text = ("Shells hit border town\n\nZemlandi shells killed five people in a Qzland town near the border Wednesday, "
            "prompting Harbor Town to contact the UN.")
    got = draft(text, published="2031-10-03")
    assert got["five"]["admin1"] == "QZ", got["five"]["why"]
