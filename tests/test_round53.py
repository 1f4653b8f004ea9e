"""Fifty-third round (read parts 102-103 after listing them in tuned.txt). What: a wire's dateline with no dash
("HARBOR TOWN, Sept 18 Eight bodies") does not hide the story's first number; a paragraph wrapped by hand goes on
past a line that ends on a word before a capital ("since at least 14 Sunni Muslim\\nKenyan and Somali gunmen ...
were killed"), and past "two\\nof its soldiers"; "14 Kenyan and Somali gunmen" are the gunmen, not two peoples;
"Sessi (3,080 people), ..., Cifa/Butiye (890 people)": each item of a count by place in brackets has the list's
metric; "Militia Massacre 41 Turkanas" counts a people killed; "relief of Rs 10,000" is money. Who: "It said two of
its soldiers had been wounded" after "residents said ..., while the army said ..." is the army's; a count of an
earlier year's event ("the firing of 600 mutinous soldiers in 2006 triggered unrest that killed 37 people") is
background, no one's carried claim. When: a press release's "Wednesday, 14 March 2031, Harbor Town:" dates its
text (and its place is where it was written); "the incident, which took place on Tuesday" is the incident's day; a
wire's dateline day that is the day its sentence says the count was given ("a spokesman said on Thursday") is no
incident day; a toll that "has risen to 12" after a long noun phrase, or that "fresh violence" took to 26, stands
as given. Invented sentences only; nothing copied from the labelled set."""
from __future__ import annotations

import pandas as pd

from qz_fixtures import by_value, drafter, end_day

SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police Service", "government", "Qzland police;local police"],
    ["qz-army", "Qzland Armed Forces", "government", "Qzland army;army;the army"],
    ["qz-red-cross", "Qzland Red Cross", "ngo", "QRC"],
    ["un", "United Nations", "un", "UN;U.N."],
], columns=["source_id", "name", "type", "aliases"])
draft = drafter(SOURCES)


# --------------------------------------------------------------------------- what

def test_a_dateline_without_a_dash_then_the_first_word():
    got = by_value("HARBOR TOWN, Sept 18 Eight bodies were found after an attack on a health team.")
    assert "Eight" in got and got["Eight"].metric == "killed"
    assert by_value("MILLBROOK Dec 6 Two men were killed by sniper fire.")["Two"].metric == "killed"
    # (but a day then its number is still no count: "on Sept 18 2031", "May 5 1,000")
    assert "2031" not in by_value("The raid on Sept 18 2031 was condemned.")


def test_a_hand_wrapped_line_that_ends_before_a_capital():
    text = ("Clashes in the port city have gone on for a week and have\n"
            "intensified as the war next door has divided the town.\n"
            "Tensions have been high since at least 14 Sunni Muslim\n"
            "Kenyan and Somali gunmen from the north were killed\n"
            "in a town close to the border a week ago.\n")
    got = by_value(text)
    assert (got["at least 14"].metric, got["at least 14"].population) == ("killed", "combatants")
    # (a headline over a paragraph is not run on into it)
    got = by_value("Harbor Town blast kills 12 in Market Square\nPolice said the toll could rise.")
    assert got["12"].metric == "killed"


def test_two_countries_words_then_one_noun():
    got = by_value("At least 14 Kenyan and Somali gunmen were killed in the raid.")
    assert got["At least 14"].population == "combatants"
    got = by_value("At least 14 Lebanese and Sudanese gunmen were killed in the raid.")
    assert got["At least 14"].population == "combatants"
    # (but two groups of their own stay all)
    assert by_value("Six soldiers and civilians were killed.")["Six"].population == "all"


def test_a_wrapped_of_its_soldiers():
    text = ("Residents said they heard gunfire overnight, while the army said it\n"
            "had arrested five men on suspicion of opening fire. It said two\n"
            "of its soldiers had been wounded.\n")
    assert by_value(text)["two"].population == "combatants"


def test_a_count_by_place_in_brackets_runs_on():
    text = ("The displaced persons are currently concentrated in: Sessa (3,080 people), Solola (2,300 people), Somar "
            "(1,830 people), Cifo/Butane (890 people), Maya (300 people), Kukuba (91 people) and Gatta Korm (51 "
            "people).")
    got = by_value(text)
    assert all(got[v].metric == "displaced" for v in ("3,080", "890", "300", "91", "51")), \
        {v: c.metric for v, c in got.items()}
    # (brackets after a noun that is no place are not a list by place)
    got = by_value("Fifty people were displaced. The school (300 pupils) stayed open.")
    assert got["300"].metric != "displaced"


def test_a_people_killed_named_by_its_plural():
    got = by_value("Qzland: Zemland's Merlo Militia Massacre 41 Turkanos")
    assert "41" in got and got["41"].metric == "killed" and got["41"].unit == "people"
    # (but a capitalised word after a number with no killing verb before it counts nobody)
    assert "41" not in by_value("Militia Marches 41 Kilometres")


def test_money_in_rupees_shillings_and_taka():
    got = by_value("The meeting announced relief of Rs 10,000 to the next of kin of those killed in the violence.")
    assert "10,000" not in got
    assert "5,000" not in by_value("Each of the families of the 12 dead got KSh 5,000.")
    got = by_value("Families of 12 people killed in the riot got 5,000 rupees each.")
    assert "5,000" not in got and got["12"].metric == "killed"


# --------------------------------------------------------------------------- who

def test_it_after_residents_then_the_army_is_the_army():
    text = ("Sniper fire in Harbor Town\n\nTwo men were killed by sniper fire in Harbor Town on Thursday, residents "
            "said.\n\nResidents said they had heard heavy gunfire overnight, while the army said it had arrested five "
            "men on suspicion of opening fire. It said two of its soldiers had been wounded.")
    got = draft(text, published="2031-12-06")
    assert got["two"]["claimant"] == "qz-army", got["two"]["why"]
    # (but "It" after residents alone has no body to point back to)
    text2 = text.replace(", while the army said it had arrested five men on suspicion of opening fire", "")
    assert draft(text2, published="2031-12-06")["two"]["claimant"] == ""


def test_an_earlier_years_event_is_no_carried_claim():
    text = ("Gunmen wound president\n\nGunmen shot the president of Qzland on Monday, and one attacker was killed, "
            "the UN said.\n\nThe attacks plunged the country into fresh uncertainty after the firing of 600 mutinous "
            "soldiers in 2029 triggered unrest that killed 37 people.")
    got = draft(text, published="2031-02-11")
    assert got["37"]["claimant"] == "", got["37"]["why"]
    assert got["600"]["claimant"] == ""
    # (the same words of this year's unrest carry the UN's claim)
    got = draft(text.replace("in 2029", "in January"), published="2031-02-11")
    assert got["37"]["claimant"] == "un", got["37"]["why"]


# --------------------------------------------------------------------------- when

def test_a_press_releases_weekday_dateline():
    text = ("Displaced rise to more than 8,500\n\nWednesday, 14 March 2031, Harbor Town: The number of displaced "
            "persons has risen to 8,592 as many more seek refuge in Millbrook.")
    got = draft(text, published="2031-03-15")
    assert end_day(got["8,592"]) == "2031-03-14", got["8,592"]["why"]
    assert got["8,592"]["admin1"] == "QZ02", got["8,592"]["why"]


def test_the_day_the_incident_took_place():
    text = ("HARBOR TOWN, Sept 18 Eight bodies, including those of three journalists, were found after an attack on a "
            "health team in a remote area, a government spokesman said on Thursday.\n\n"
            "He said six people have been arrested following the incident, which took place on Tuesday in Millbrook.")
    got = draft(text, published="2031-09-18")  # a Thursday
    assert end_day(got["Eight"]) == "2031-09-16", got["Eight"]["why"]
    # (a dateline's day that is not the day of the saying may still date it)
    text2 = text.replace("a government spokesman said on Thursday", "a government spokesman said").replace(
        "He said six people have been arrested following the incident, which took place on Tuesday in Millbrook.",
        "He said six people have been arrested in Millbrook.")
    assert end_day(draft(text2, published="2031-09-19")["Eight"]) == "2031-09-18"


def test_a_toll_risen_after_a_long_noun_phrase_stands_as_given():
    text = ("Toll rises in Qzland unrest\n\nHarbor Town: The death toll from the violence that had engulfed a district in "
            "southern Qzland following the murder of a politician has risen to 12 with the discovery of seven "
            "more bodies.\n\nThe politician was shot dead Sunday.")
    got = draft(text, published="2031-09-19")  # a Friday
    assert end_day(got["12"]) == "2031-09-19", got["12"]["why"]


def test_fresh_violence_taking_the_toll():
    text = ("Panel to probe violence\n\nHarbor Town: The government set up a panel to probe the violence in "
            "Millbrook, triggered by the murder of a politician on Sunday.\n\nMeanwhile, at least three people were "
            "killed in fresh violence in the district, taking the toll to 26.")
    got = draft(text, published="2031-09-19")  # a Friday
    assert end_day(got["26"]) == "2031-09-19", got["26"]["why"]
    assert end_day(got["at least three"]) == "2031-09-19"


def test_a_search_since_a_day_in_brackets_and_a_count_by_a_day_in_brackets():
    text = ("Raiders kill 38 at the border: official\n\nAt least 38 people were killed when armed men attacked a "
            "village in Millbrook, a local official said on Wednesday.\n\n\"Security forces have been combing the area "
            "since last (Tuesday) evening and the number of people killed is now 38,\" he added.\n\n\"By yesterday "
            "(Tuesday) only 18 bodies had been found.\"")
    got = draft(text, published="2031-05-08")  # a Thursday
    assert end_day(got["At least 38"]) == "2031-05-07", got["At least 38"]["why"]
    # (but the attack's own Tuesday dates it)
    text2 = text.replace("attacked a village in Millbrook", "attacked a village in Millbrook on Tuesday")
    assert end_day(draft(text2, published="2031-05-08")["At least 38"]) == "2031-05-06"


# --------------------------------------------------------------------------- where

def test_fighting_that_spilled_over_from_a_place_happened_in_the_other():
    text = ("Tribal fighting spreads\n\nThe latest fighting between two warring clans has spilled into Westfold from "
            "neighbouring Eastmark province, with at least nine people shot dead in a massacre in Millbrook.")
    got = draft(text, published="2031-03-02")
    assert got["at least nine"]["admin1"] == "QZ02", got["at least nine"]["why"]
    # (but fighting in both provinces is coded to both)
    text2 = text.replace("has spilled into Westfold from neighbouring Eastmark province", "rages in Westfold and "
                         "Eastmark province").replace(" in a massacre in Millbrook", "")
    assert set(draft(text2, published="2031-03-02")["at least nine"]["admin1"].split(";")) == {"QZ01", "QZ02"}


def test_the_earlier_event_the_news_follows_is_background():
    text = ("Protests turn deadly\n\nFive died on Saturday in Harbor Town, the UN said.\n\nViolent clashes erupted "
            "as about a thousand people gathered outside the main mosque in Harbor Town, the UN said.\n\n"
            "The protests follow the Jan. 7 attack on the offices of a magazine in Varnagrad in which gunmen killed 12 "
            "people.")
    got = draft(text, published="2031-01-18")
    assert got["12"]["claimant"] == "", got["12"]["why"]
    # (but a count of the protests themselves carries the UN's claim)
    got = draft(text.replace("The protests follow the Jan. 7 attack on the offices of a magazine in Varnagrad in "
                             "which gunmen killed 12 people.", "At least 12 people were injured in the clashes."),
                published="2031-01-18")
    assert got["At least 12"]["claimant"] == "un", got["At least 12"]["why"]


def test_a_wrapped_line_before_a_lone_capitalised_word():
    # (a next line of one word and a trailing space is no sentence going on, and reading it must not fail)
    text = ("x" * 45 + " end.\nTensions have been high since at least 14 Sunni Muslim\nLebanese" + " " * 20 + "\n\nMore.")
    assert "at least 14" in by_value(text)
