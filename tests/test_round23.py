"""Twenty-third round (read parts 42-43 after listing them in tuned.txt). Invented fixtures only (the QZ
country of tests/qz_fixtures.py, and ISO 3166-2's own two units named Maputo); nothing copied from the
labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from crosstally.draft import draft_document
from crosstally.draft_places import Places, _is_city_unit
from qz_fixtures import by_value, drafter

SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police Service", "government", "true", "", "", "Qzland police;police"],
    ["qz-army", "Qzland Army", "military", "true", "", "", "Qzland army"],
    ["qz-courier", "Harbor Courier (newspaper)", "media", "false", "", "", "Courier"],
], columns=list(S.SOURCE_COLUMNS))
draft = drafter(SOURCES)

# 2031-03-14 is a Friday


# -- a document marking an anniversary of the violence it counts

def test_a_count_in_a_piece_marking_an_anniversary_is_of_the_day_so_many_years_back():
    text = ("Qzland marks 20 years since deadly bomb attack\n\n"
            "Hundreds of people held a ceremony on Thursday marking the 20th anniversary of a bomb attack in "
            "Millbrook that killed 16 people.\n\n"
            "More than 100 people were wounded in the attack.\n")
    got = draft(text)
    assert got["16"]["period_end"] == "2011-03-13"  # the Thursday of the ceremony, 20 years back
    assert got["More than 100"]["period_end"] == "2011-03-13"
    assert "anniversary" in got["16"]["date_basis"]
    assert got["Hundreds"]["period_end"] == "2031-03-13"  # the ceremony's own crowd: its day


def test_a_year_the_anniversary_counts_back_to_takes_the_day_it_was_marked():
    text = ("Millbrook remembers market attack\n\n"
            "Mourners gathered to mark the 22nd anniversary of the shelling of the Millbrook market and to "
            "remember the 68 people who were killed in the blast in 2009.\n")
    assert draft(text)["68"]["period_end"] == "2009-03-14"


def test_violence_on_the_anniversary_of_something_else_keeps_its_own_day():
    # near misses: the new attack fell on an anniversary; it happened now, not so many years back
    text = ("Bomb kills 12 in Millbrook\n\n"
            "A bomb killed 12 people in Millbrook on Wednesday, the 18th anniversary of an attack on a Saltpan "
            "mosque.\n")
    assert draft(text)["12"]["period_end"] == "2031-03-12"
    text = ("Blasts kill 30 in Millbrook\n\n"
            "Twin blasts killed 30 people in Millbrook on Wednesday during a ceremony to commemorate the fourth "
            "anniversary of the general's death.\n")
    assert draft(text)["30"]["period_end"] == "2031-03-12"


def test_the_ceremonys_own_figures_and_this_years_are_not_moved_back():
    text = ("The 70th anniversary of the battle of Millbrook was marked on Thursday by a ceremony that drew "
            "around 400 participants.\n\n"
            "He comes to Millbrook each year, and was accompanied this year by five family members.\n\n"
            "About 3,000 soldiers were killed in the battle.\n")
    got = draft(text)
    assert got["around 400"]["period_end"] == "2031-03-13"
    assert got["five"]["period_end"] != "1961-03-14"
    assert got["About 3,000"]["period_end"].startswith("1961-03")


def test_a_count_with_no_day_of_its_own_in_an_anniversary_piece_gets_the_day_marked_back():
    got = draft("Qzland marks 20 years since Millbrook massacre\n\n"
                "More than 100 people were killed in the Millbrook massacre.\n")["More than 100"]
    assert (got["period_end"], got["date_precision"], got["counting_basis"]) == ("2011-03-14", "day", "incident")


def test_a_toll_of_a_massacre_in_the_perfect_tense_is_the_massacres_day():
    text = ("At least 15 women and children massacred in Qzland\n\n"
            "At least 15 women and children have been killed in a massacre in Millbrook, in one of the worst "
            "outbreaks of violence in the country for years. The killings happened early on Monday morning during "
            "a raid on the village.\n")
    assert draft(text)["At least 15"]["period_end"] == "2031-03-10"


# -- a crowd doing something is not a toll

def test_a_crowd_dispersed_protesting_or_gathered_is_not_what_the_sentence_counts_of_the_dead():
    got = by_value("The toll did not include violence on Thursday when police dispersed thousands of "
                   "demonstrators in Millbrook.")
    assert got["thousands"].metric == "other"
    got = by_value("Police killed six demonstrators in Millbrook, where thousands were protesting against the "
                   "government.")
    assert got["six"].metric == "killed" and got["thousands"].metric == "other"
    got = by_value("Relatives of the victims were among hundreds of people who gathered on Thursday to mark the "
                   "massacre.")
    assert got["hundreds"].metric == "other"
    got = by_value("The gunman was killed on Thursday, ending a manhunt that involved more than 700 police officers.")
    assert got["more than 700"].metric == "other"


def test_people_killed_while_they_protested_are_still_the_dead():
    # near miss: the verb of what befell them governs the count
    got = by_value("Soldiers killed 30 demonstrators who gathered outside the governor's office in Millbrook.")
    assert got["30"].metric == "killed"


# -- victims

def test_victims_in_a_text_about_a_killing_are_the_dead_and_those_being_treated_the_hurt():
    got = by_value("Gunmen massacre villagers in Qzland\n\n"
                   "A nurse who was in the village told reporters that there were 16 victims, eight children and "
                   "eight women.\n")
    assert got["16"].metric == "killed"
    got = by_value("Fire attack on studio\n\n"
                   "The paper said 7 female victims were being treated in hospital months after the attack.\n")
    assert got["7"].metric == "injured"


def test_victims_of_stress_or_disappearance_are_no_toll():
    # near misses
    got = by_value("Rocket fire on Millbrook\n\n"
                   "Paramedics treated 29 victims of stress symptoms after the rockets hit, and two people died.\n")
    assert got["29"].metric == "other"
    got = by_value("The agency opened 368 files on disappearances, counting 406 victims; 50 were found dead.")
    assert got["406"].metric == "other"


# -- who said it

def test_a_speaker_quoted_in_the_passive_is_the_claimant():
    text = ("Clashes in Millbrook\n\n"
            "Qzland police said 50 people were killed in Millbrook on Thursday.\n\n"
            "Earlier, Qzland army spokesman Jo Tam was quoted as saying by the Courier that \u201cabout 10\u201d "
            "soldiers were among the dead.\n")
    got = draft(text)["about 10"]
    assert got["claimant"] == "qz-army"  # the one quoted, not carried from the police's paragraph
    assert "Jo Tam" in got["why"]


def test_people_who_put_the_toll_higher_are_a_speaker_though_not_a_known_source():
    text = ("Protesters killed in Millbrook\n\n"
            "Qzland police said 20 protesters were killed in Millbrook on Thursday. Organizers of the march, "
            "though, placed the toll higher, at 40.\n")
    got = draft(text)
    assert got["20"]["claimant"] == "qz-police"
    assert got["40"]["claimant"] == ""  # not carried from the police's sentence
    assert "Organizers of the march" in got["40"]["why"]


def test_declared_dead_is_a_fate_not_a_statement():
    text = ("Attack in Millbrook\n\n"
            "Four people were wounded in Millbrook, Qzland police said in a statement.\n\n"
            "One of the injured has been declared brain dead.\n")
    assert "names no one who said it" not in draft(text)["One"]["why"]


# -- a city and the province around it, named alike

MZ = pd.DataFrame([
    ["MZ", "Mozambique", "whole country", ""],
    ["MZ-L", "Maputo", "", ""],
    ["MZ-MPM", "Maputo", "", ""],
    ["MZ-P", "Cabo Delgado", "", ""],
], columns=list(S.ADMIN1_COLUMNS))


def test_a_name_shared_by_a_city_and_its_province_is_the_city():
    assert _is_city_unit("MZ-MPM") and not _is_city_unit("MZ-L") and not _is_city_unit("QZ01")
    places = Places(MZ)
    (m,) = [m for m in places.mentions("Police fired on protesters in Maputo.") if m.kind == "unit"]
    assert m.codes == ("MZ-MPM",)
    doc = {"document_id": "d", "outlet": "", "url": "https://example.invalid/", "published": "2031-03-14",
           "language": "en"}
    out = draft_document("Police killed 12 protesters in the capital, Maputo, on Thursday.\n", doc, SOURCES, MZ)
    assert out.set_index("value_as_reported").loc["12", "admin1"] == "MZ-MPM"


def test_a_name_of_two_units_neither_of_them_a_city_keeps_the_first():
    # near miss: no city among them, nothing to prefer
    table = pd.DataFrame([["QZ", "Qzland", "whole country", ""], ["QZ01", "Eastmark", "", ""],
                          ["QZ02", "Eastmark", "", ""]], columns=list(S.ADMIN1_COLUMNS))
    (m,) = [m for m in Places(table).mentions("Fighting in Eastmark.") if m.kind == "unit"]
    assert m.codes == ("QZ01",)


def test_declaring_a_state_of_siege_is_a_decree_not_a_statement_of_the_toll():
    sources = pd.concat([SOURCES, pd.DataFrame([["qz-president", "President of Qzland", "government", "true", "", "",
                                                 "President Jo Tam"]], columns=list(S.SOURCE_COLUMNS))])
    text = ("Qzland in state of siege\n\n"
            "Qzland President Jo Tam declared a state of siege yesterday to stop an outbreak of looting.\n\n"
            "At least five people were killed and 100 injured in a day of violence.\n\n"
            "Qzland police fired tear gas at looters in Millbrook.\n")
    got = drafter(sources)(text)
    assert got["At least five"]["claimant"] == ""
    # near miss: a president who declares that 30 died speaks for the figure
    text = "Riots in Millbrook\n\nQzland President Jo Tam declared that 30 people had died in the riots.\n"
    assert drafter(sources)(text)["30"]["claimant"] == "qz-president"


def test_a_party_to_the_violence_named_in_a_story_is_not_its_counter():
    sources = pd.concat([SOURCES, pd.DataFrame([
        ["qz-opposition", "Qzland Freedom Party", "political_opposition", "false", "", "", "Freedom Party"],
        ["qz-monitor", "Qzland Rights Watch", "monitoring_ngo", "false", "", "", "Rights Watch"]],
        columns=list(S.SOURCE_COLUMNS))])
    text = ("Grenades thrown at rally in Millbrook\n\n"
            "Grenades were thrown at a rally of the Freedom Party in Millbrook, and more than 100 people were "
            "wounded.\n")
    assert drafter(sources)(text)["more than 100"]["claimant"] == ""
    # near miss: a monitor named alone in a text with no reporting word is its own report's author
    text = ("Rights Watch report on Millbrook\n\n"
            "Rights Watch documented the events in Millbrook. More than 100 people were wounded.\n")
    assert drafter(sources)(text)["More than 100"]["claimant"] == "qz-monitor"
