"""Who claims a figure (fourth round): the country the words name, a country or "the
government" speaking, proper names of foreign sources, the passive, joint attribution, a
report's author and its bulleted lists, a war between two countries.

Every fixture is invented for these tests: the made-up country QZ ("Qzland", with its
admin-1 table from qz_fixtures), made-up sources, and a few foreign sources carrying real
countries no labelled text is about (Chile, Norway, Portugal). None comes from the
benchmark's labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from crosstally.draft import Claimants, draft_document
from qz_fixtures import ADMIN1, drafter

SOURCES = pd.DataFrame([
    ["qz-government", "Government of Qzland", "government", "true", "", "", "Qzland government"],
    ["qz-army", "Qzland Army", "military", "true", "", "", "the army;Ben Okar"],
    ["qz-health", "Qzland Ministry of Health", "government", "true", "", "", "Qzland's Health Ministry"],
    ["qz-defence", "Ministry of National Defence of Qzland", "government", "true", "", "", "Ministry of National Defence"],
    ["qz-police", "Qzland Police Service", "government", "true", "", "", "Police Service"],
    ["cl-minister", "Minister of Defence of Chile (Rosa Vial)", "government", "false", "", "", "Rosa Vial"],
    ["no-health", "Norwegian Ministry of Health", "government", "true", "", "", "Norway's Health Ministry"],
    ["no-government", "Government of Norway", "government", "true", "", "", "Norwegian government"],
    ["un", "United Nations", "un_agency", "false", "", "", "UN;United Nations"],
    ["rn", "Relief Network (RN)", "humanitarian_ngo", "false", "", "", "RN Flash"],
    ["qz-wire", "Qz Wire Service (QWS)", "media", "false", "", "", "QWS"],
], columns=list(S.SOURCE_COLUMNS))

draft = drafter(SOURCES)


def test_a_name_written_with_a_curly_apostrophe_is_the_alias_with_a_straight_one():
    d = draft("Qzland’s Health Ministry said 31 people were killed in Millbrook on Monday.\n")
    assert d["31"]["claimant"] == "qz-health"


def test_a_foreign_sources_proper_name_is_no_generic_name():
    # the Chilean minister is a source of another country, but "Rosa Vial" is a person's name, not a
    # generic name ("the army") any country's body could carry
    c = Claimants(SOURCES, "QZ", ["Qzland"])
    assert c.resolve("Chilean defence minister Rosa Vial")[0] == "cl-minister"
    d = draft("Army spokesman Ben Okar said 8 soldiers were killed in Millbrook on Monday.\n\n"
              "In two years the region suffered 700 attacks, Chilean defence minister Rosa Vial said.\n")
    assert d["700"]["claimant"] == "cl-minister"


def test_a_role_after_another_countrys_adjective_is_not_the_documents_source():
    d = draft("The Qzland Ministry of Health said 12 people were killed in Millbrook on Monday.\n\n"
              "A Norwegian health ministry official said 40 aid workers had died abroad this year.\n\n"
              "Norway's ministry said 3 of them were doctors.\n")
    assert d["12"]["claimant"] == "qz-health"
    assert d["3"]["claimant"] == "no-health"  # the ministry of the country the words name


def test_a_surname_rule_does_not_take_a_role_phrase():
    d = draft("Qzland's Health Ministry said 5 people died in Millbrook on Monday.\n\n"
              "Meanwhile, Norway’s Health Ministry has reported 28 deaths on its side.\n")
    assert d["28"]["claimant"] == "no-health"


def test_a_country_speaking_is_its_government_and_the_government_is_the_countrys():
    d = draft("Norway said on Wednesday the toll had reached 90 people.\n")
    assert d["90"]["claimant"] == "no-government"
    assert "government" in d["90"]["why"] and float(d["90"]["confidence"]) <= 0.8
    d = draft("Twenty-one soldiers were killed in Westfold on Monday, the government announced.\n")
    assert d["Twenty-one"]["claimant"] == "qz-government"
    # "a government official" is someone unnamed, not the government
    d = draft("Gunmen killed 6 people in Millbrook, a government official said.\n")
    assert d["6"]["claimant"] == ""


def test_a_reporting_verb_used_otherwise_is_no_speaker():
    # "who reported to the camps" is no attribution: the army, at the sentence's end, speaks
    d = draft("Rebels shot dead 19 people and the bodies were carried among the more than 1,000 civilians "
              "who reported to the camps on Tuesday, the army said.\n")
    assert d["19"]["claimant"] == "qz-army"
    assert d["more than 1,000"]["claimant"] == "qz-army"


def test_a_passive_names_no_one():
    d = draft("Ben Okar said 4 soldiers died in Millbrook.\n\n"
              "Some 30 villagers were said to be missing in Westfold.\n")
    assert d["Some 30"]["claimant"] == ""
    assert "passive" in d["Some 30"]["why"]


def test_claiming_lives_is_no_claim():
    d = draft("The army said 9 soldiers were killed in Millbrook on Monday. In Westfold, an attack on a market "
              "claimed three lives and injured 11 others.\n")
    assert d["three"]["claimant"] == "qz-army"
    assert d["11"]["claimant"] == "qz-army"


TWO = pd.concat([ADMIN1, pd.DataFrame([["NO", "Norway", "", ""], ["NO-03", "Oslo", "", ""]],
                                      columns=list(S.ADMIN1_COLUMNS))], ignore_index=True)


def _draft_two(text: str) -> dict[str, dict]:
    doc = {"document_id": "d", "outlet": "", "url": "https://example.invalid/", "published": "2031-03-14",
           "language": "en"}
    return {r["value_as_reported"]: r for r in draft_document(text, doc, SOURCES, TWO).to_dict("records")}


def test_a_war_between_two_countries_keeps_each_sides_sources():
    d = _draft_two("Qzland's Health Ministry said strikes killed 606 people in Millbrook on Tuesday.\n\n"
                   "Meanwhile, Norway’s Health Ministry has reported 28 deaths on its side.\n\n"
                   "The Norwegian government said 4 soldiers were among them.\n")
    assert d["606"]["claimant"] == "qz-health"
    assert d["28"]["claimant"] == "no-health"
    assert d["4"]["claimant"] == "no-government"
    # a generic name of a source of neither country is still nobody's
    c = Claimants(SOURCES.assign(aliases=SOURCES["aliases"].where(SOURCES["source_id"] != "cl-minister",
                                                                  "defence minister")),
                  None, [], "", case_countries=["QZ", "NO"])
    assert c.resolve("the defence minister")[0] == ""
