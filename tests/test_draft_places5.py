"""Admin-1 of drafts, fifth round: places a reader does not take as where a count happened.

Invented fixtures only (the QZ country of tests/qz_fixtures.py); nothing copied from the
labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from qz_fixtures import drafter

SOURCES = pd.DataFrame([
    ["qz-government", "Government of Qzland", "government", "yes", "", "", "the government"],
    ["qz-army", "Qzland Armed Forces", "military", "yes", "", "", "the army;the military"],
], columns=list(S.SOURCE_COLUMNS))
draft = drafter(SOURCES)


def test_where_the_wounded_were_taken_is_not_where_they_were_hurt():
    text = ("Gunmen attack farmers in Qzland\n\n"
            "Gunmen killed nine farmers on Tuesday in fields near Millbrook, the army said.\n\n"
            "According to the government, seven of the nine killed were shot. Four more were wounded, the worst "
            "hurt being flown to Harbor Town for treatment.\n")
    got = draft(text)
    assert got["nine"]["admin1"] == "QZ02"
    assert got["Four"]["admin1"] == "QZ02"
    assert "Harbor Town" not in got["Four"]["place"]


def test_a_dateline_is_where_the_reporter_filed_from():
    text = ("Rebels ambush convoy in Qzland\n\n"
            "Harbor Town : At least 14 people were killed when rebels ambushed a convoy in a remote part of "
            "Qzland, officials said on Friday.\n\n"
            "The ambush took place on Thursday near Reedville, the army said.\n")
    got = draft(text)
    assert got["At least 14"]["admin1"] == "QZ03"
    # a dateline in capitals with a date, the same
    text = ("HARBOR TOWN, March 13 — Rebels ambushed a convoy in a remote part of Qzland, killing 14 "
            "people, the army said.\n\nThe ambush took place on Thursday near Reedville.\n")
    assert draft(text)["14"]["admin1"] == "QZ03"


def test_the_place_the_incident_days_name_beats_the_country_named_as_often():
    # Qzland is named as a place as often as Delta City; the dated incident is in Delta City
    text = ("Eleven killed in attack in Qzland\n\n"
            "Eleven people were killed in an attack on a market in Qzland, officials said.\n\n"
            "The attack happened on Wednesday in Delta City, the army said.\n\n"
            "A further six people were wounded.\n\n"
            "Last year the army fought rebels in Westfold and in Delta City.\n")
    assert draft(text)["six"]["admin1"] == "QZ03"


# -- a war between two countries (Qzland and its neighbour Norvia)

TWO = pd.DataFrame([
    ["QZ", "Qzland", "whole country", ""],
    ["QZ01", "Eastmark", "Harbor Town", ""],
    ["QZ02", "Westfold", "Millbrook", ""],
    ["NV", "Norvia", "Republic of Norvia", ""],
    ["NV-AL", "Altmar", "Altmar City", ""],
], columns=list(S.ADMIN1_COLUMNS))


def draft_two(text: str, published: str = "2031-03-14") -> dict[str, dict]:
    from crosstally.draft import draft_document
    doc = {"document_id": "d", "outlet": "", "url": "https://example.invalid/", "published": published,
           "language": "en"}
    out = draft_document(text, doc, SOURCES, TWO)
    return {r["value_as_reported"]: r for r in out.to_dict("records")}


def test_the_other_sides_capital_speaking_gives_its_countrys_count():
    text = ("Qzland evacuates villages near Norvian border\n\n"
            "Qzland began evacuating villages near the border on Friday, the Westfold administration said.\n\n"
            "Officials said four Qzlandi guards were hurt. Altmar City said three soldiers died and nine were "
            "wounded.\n")
    got = draft_two(text)
    assert got["three"]["admin1"] == "NV"
    assert got["nine"]["admin1"] == "NV"


def test_a_with_clause_has_its_own_speaker():
    text = ("Clashes on the Qzland-Norvia border\n\n"
            "Shelling near Millbrook has displaced 900 families, with Norvia reporting 11 of its nationals "
            "killed as the fighting spread.\n")
    got = draft_two(text)
    assert got["900"]["admin1"] == "QZ02"
    assert got["11"]["admin1"] == "NV"


def test_an_including_clause_with_its_own_event_places_one_of_the_counted_not_the_count():
    text = ("At least 80 deaths tied to Qzland unrest, prosecutor says\n\n"
            "Qzland's prosecutor is reporting at least 80 deaths during the protests against the government.\n\n"
            "The office later reported at least four more deaths, including a teacher shot on Tuesday in the "
            "town of Reedville, in Delta province.\n")
    got = draft(text)
    assert got["at least four"]["admin1"] == "QZ"
    assert got["at least 80"]["admin1"] == "QZ"


def test_a_place_after_since_is_where_the_count_started_not_the_counts():
    text = ("Bombs hit Millbrook\n\n"
            "Two bombs exploded in Millbrook on Tuesday, wounding four people.\n\n"
            "The attacks brought to at least 31 the number of people killed in the Coastal Belt since soldiers "
            "raided a rebel camp in Reedville on March 2.\n")
    assert draft(text)["at least 31"]["admin1"] == "QZ01;QZ03"


def test_a_region_after_a_religious_or_ethnic_adjective_is_still_the_region():
    text = ("Bombs hit Millbrook\n\n"
            "Two bombs exploded in Millbrook on Tuesday, wounding four people.\n\n"
            "Since 2004, at least 7,000 people have been killed in violence in Qzland's predominantly Muslim "
            "Coastal Belt.\n")
    assert draft(text)["at least 7,000"]["admin1"] == "QZ01;QZ03"


def test_the_attack_told_just_before_keeps_its_place():
    # the document names Millbrook most; the attack the last paragraphs tell was in Reedville
    text = ("Gunmen kill farmer near Millbrook\n\n"
            "Gunmen killed a farmer in Millbrook, Westfold, on Monday.\n\n"
            "Millbrook's mayor said the killing in Millbrook could have been avoided.\n\n"
            "On Sunday morning, a gang attacked a police camp in Reedville and killed six officers.\n\n"
            "Officials said 20 officers were at the camp during the attack. Seven remain unaccounted for.\n\n"
            "During the attack, three gunmen were killed, the army said.\n")
    got = draft(text)
    assert got["Seven"]["admin1"] == "QZ03"
    assert got["three"]["admin1"] == "QZ03"


def test_a_count_across_several_places_takes_every_place_the_document_names():
    text = ("Qzland says strikes killed 20\n\n"
            "Qzland reported strikes across multiple locations, including Harbor Town. The death toll has risen "
            "to 20, officials said.\n\n"
            "The strikes, which hit seven locations overnight, also left 35 people injured.\n\n"
            "In Millbrook, a strike on a market killed nine people. In Harbor Town, four people died.\n")
    got = draft(text)
    assert got["20"]["admin1"] == "QZ01;QZ02"
    assert got["35"]["admin1"] == "QZ01;QZ02"
    assert got["nine"]["admin1"] == "QZ02"


def test_one_incident_in_the_country_the_paragraph_names_stays_the_countrys():
    # tenth round: with no place in its own sentence, a count whose paragraph names only the country is the
    # country's, not the document's own place of the incident (the labelled set: right once, wrong five times)
    text = ("Rebels kill 40 in Qzland\n\n"
            "At least 40 police were killed in an overnight attack by rebels on a hill town in central Qzland, "
            "officials said Monday. Dozens were reported injured.\n\n"
            "Reports from the scene said the rebels struck government offices in Millbrook at around midnight.\n")
    got = draft(text, published="2031-03-17")
    assert got["Dozens"]["admin1"] == "QZ"
    assert "'Qzland' in the paragraph" in got["Dozens"]["why"]


def test_a_toll_at_the_border_of_two_countries_is_the_country_that_gives_it():
    text = ("Clashes on the Qzland-Norvia border\n\n"
            "As a result of fighting on the Qzland-Norvia border, 30 citizens were killed and another 90 "
            "injured, Norvia's health minister announced.\n\n"
            "Norvia declared a state of emergency in the border region of Altmar.\n")
    got = draft_two(text)
    assert got["30"]["admin1"] == "NV"
    assert got["90"]["admin1"] == "NV"


def test_a_place_people_fled_or_were_sent_to_can_be_the_scene():
    # only the passive carrying of people ("were taken to") and fleeing *into* name a destination
    text = ("Gunmen kill villagers\n\n"
            "Gunmen attacked families who had fled to Millbrook, killing 12 of them on Tuesday, the army said.\n\n"
            "Separately, 3 people were killed in Reedville.\n")
    assert draft(text)["12"]["admin1"] == "QZ02"
    text = ("Troops clash with rebels\n\n"
            "Troops sent to Millbrook clashed with rebels on Tuesday, killing 12 fighters, the army said.\n\n"
            "In Reedville, 3 soldiers were hurt last week.\n")
    assert draft(text)["12"]["admin1"] == "QZ02"


def test_the_attack_is_where_it_was_told_not_where_it_was_condemned():
    text = ("Market attack\n\n"
            "Gunmen killed 12 people at a market in Millbrook on Friday.\n\n"
            "The president condemned the killings at a news conference in Harbor Town on Saturday.\n\n"
            "Eight people wounded in the attack remain in critical condition.\n")
    assert draft(text)["Eight"]["admin1"] == "QZ02"


def test_a_place_crossed_into_for_a_deed_of_violence_is_the_scene():
    text = ("Rebels kill 12\n\n"
            "Rebels crossed into Millbrook on Tuesday and killed 12 villagers, the army said.\n\n"
            "In Reedville, 3 soldiers were hurt last week.\n")
    assert draft(text)["12"]["admin1"] == "QZ02"
    # where the displaced fled to is not where they were counted as displaced
    text = ("Families flee\n\n"
            "Some 300 families fled into Millbrook after fighting in Reedville on Tuesday, the army said.\n")
    assert draft(text)["Some 300"]["admin1"] == "QZ03"
