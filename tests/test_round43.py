"""Forty-third round (read parts 82-83 after listing them in tuned.txt): bare counts with their own verb of harm
("44 shot and wounded", "36 beaten up", "Among them, one was beheaded"); people counted by sex ("2 females and 3
males"); fates said in idioms ("had their throats slashed", "on the brink of death", "victims of homicidal
violence"); people evacuated from their homes or because of the fighting, or housed in accommodation centres, are
displaced; a part named after ", among them" is not who all of the count were; bodies of both sides are of all.
And, after the run of aeec754: a year in brackets in a source's name ("... chairman of the committee (2031)") is no
name of it. Invented sentences only; nothing copied from the labelled set."""
from __future__ import annotations

from crosstally.extract import extract
from qz_fixtures import by_value


def _found(text: str) -> dict[str, tuple[str, str]]:
    return {words: (c.metric, c.population) for words, c in by_value(text).items()}


def _one(text: str, words: str) -> tuple[str, str]:
    got = [c for c in extract(text) if c.value_as_reported == words]
    assert len(got) == 1, [(c.value_as_reported, c.metric) for c in extract(text)]
    return got[0].metric, got[0].population


# --------------------------------------------------------------------------- counts with no noun of their own

def test_a_bare_count_with_its_own_verb_of_harm():
    got = _found("The party said the toll was nine shot dead in Harbor Town, with 52 shot and wounded and a further "
                 "17 beaten up by the police.")
    assert got.get("nine", (None,))[0] == "killed", got
    assert got.get("52", (None,))[0] == "injured", got
    assert got.get("17", (None,))[0] == "injured", got
    assert _one("Two guards were beaten to death in the riot.", "Two")[0] == "killed"


def test_one_of_a_count_named_in_the_sentence_before():
    text = "At least eight villagers were killed in Millbrook. Among them, one was beheaded and another burned."
    assert _one(text, "one")[0] == "killed"
    # ("one" alone with no count before stays no figure)
    assert "one" not in _found("Among the reasons, one was the drought.")


def test_people_counted_by_sex_and_as_tribals():
    got = _found("Four are confirmed dead, 3 females and 1 male, while police firing killed six tribals in Harbor "
                 "Town and 12 males were detained.")
    assert got.get("3") == ("killed", "women"), got
    assert got.get("six", (None,))[0] == "killed", got
    assert got.get("12") == ("other", "all"), got
    # (the adjective stays a modifier: "female nurses" are medical)
    assert _one("Two female nurses were hurt.", "Two") == ("injured", "medical")


# --------------------------------------------------------------------------- what befell them, in idioms

def test_fates_said_in_idioms():
    assert _one("A survivor said his brother and four children had their throats slashed.", "four")[0] == "killed"
    assert _one("Doctors said at least three others were on the brink of death.", "at least three")[0] == "injured"
    assert _one("Doctors said two were near death on Sunday.", "two")[0] == "injured"
    # ("near" and "close" stay ordinary words: "his seven close friends" are still counted)
    assert _one("A shell killed his seven close friends near the market.", "seven")[0] == "killed"
    assert _one("Between 12 and 20 people have been victims of homicidal violence since May.",
                "Between 12 and 20")[0] == "killed"


def test_people_evacuated_from_their_homes_or_because_of_the_fighting_are_displaced():
    assert _one("About 4,000 residents of border villages have been evacuated due to the shelling.",
                "About 4,000")[0] == "displaced"
    assert _one("More than 9,000 people have been evacuated from six border districts.", "More than 9,000")[0] \
        == "displaced"
    assert _one("Some 600 families were evacuated to safer areas.", "Some 600")[0] == "displaced"
    assert _one("More than 50,000 people have left the Ostrava Region's frontier districts.",
                "More than 50,000")[0] == "displaced"
    assert _one("About 8,000 people are staying in temporary accommodation centres.", "About 8,000")[0] == "displaced"
    # the wounded moved for care and people still waiting are not displaced (the labelling conventions: other)
    assert _one("Police said three of the wounded were evacuated to hospital in Millbrook.", "three")[0] == "other"
    assert _one("Thousands of people were waiting to be evacuated.", "Thousands")[0] == "other"


# --------------------------------------------------------------------------- who the count is of

def test_a_part_named_after_among_them_is_not_the_whole_counts_population():
    assert _one("Gunmen killed 90 people, among them children.", "90") == ("killed", "all")
    # (who all of them were, "among the soldiers", still names it)
    assert _one("There were 14 dead among the soldiers.", "14") == ("killed", "combatants")


def test_bodies_of_both_sides_are_of_all():
    assert _one("More than 70 bodies of rebels, soldiers and civilians were recovered.", "More than 70") \
        == ("killed", "all")
    assert _one("Six bodies of policemen were recovered from the homes of civilians.", "Six") \
        == ("killed", "combatants")


# --------------------------------------------------------------------------- who said it (the tables)

def test_a_year_in_brackets_in_a_sources_name_is_no_name_of_it():
    import pandas as pd

    from crosstally.draft_claimants import Claimants

    sources = pd.DataFrame([
        ["qz-mp", "Ada Voss, Qzland MP and chair of the security committee (2031)", "government", "Ada Voss"],
        ["qz-monitor", "Qzland Observatory for Human Rights (QOHR)", "monitoring_ngo", ""],
    ], columns=["source_id", "name", "type", "aliases"])
    claimants = Claimants(sources)
    # a toll in a text dated 2031 names no one; the MP by her name and the monitor by its abbreviation still do
    assert claimants.named_in("(November 10, 2031, Harbor Town) The death toll has risen to 27.") == set()
    assert claimants.named_in("Ada Voss said 27 people were killed.") == {"qz-mp"}
    assert claimants.named_in("QOHR said 27 people were killed.") == {"qz-monitor"}
