"""Who claims a figure (sixth round): generic names of bodies tied to a place, ...

Every fixture is invented for these tests: the made-up country QZ ("Qzland", with its
admin-1 table from qz_fixtures) and made-up sources. None comes from the benchmark's
labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from qz_fixtures import drafter

SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police Service", "government", "true", "", "", "Qzland police"],
    ["qz-health", "Qzland Ministry of Health", "government", "true", "", "", "Qzland's Health Ministry;health ministry"],
    ["qz-army", "Qzland Army", "military", "true", "", "", "the army"],
    # a body of a province of some other country, known by a generic alias ("local police")
    ["vorn-police", "Police of Vornhalla Province", "government", "true", "", "", "Vornhalla police;local police"],
    ["qz-wire", "Qz Wire Service (QWS)", "media", "false", "", "", "QWS"],
], columns=list(S.SOURCE_COLUMNS))

draft = drafter(SOURCES)


def test_a_generic_alias_of_a_body_of_a_place_the_text_never_names_is_not_that_body():
    # "local police" is an alias of a province's police elsewhere; in a Qzland text naming no Vornhalla
    # it is the police of the text's own country
    d = draft("Seven people were killed in Millbrook on Monday, the local police commander said.\n")
    assert d["Seven"]["claimant"] == "qz-police"


def test_a_generic_alias_still_names_the_body_in_a_text_that_names_its_place():
    d = draft("Seven people were killed in an attack on a police station in Vornhalla on Monday, "
              "local police said.\n")
    assert d["Seven"]["claimant"] == "vorn-police"


def _draft_at(text: str, url: str, sources=SOURCES) -> dict[str, dict]:
    from crosstally.draft import draft_document
    from qz_fixtures import ADMIN1
    doc = {"document_id": "d", "outlet": "", "url": url, "published": "2031-03-14", "language": "en"}
    return {r["value_as_reported"]: r for r in draft_document(text, doc, sources, ADMIN1).to_dict("records")}


REPORTERS = pd.concat([SOURCES, pd.DataFrame([
    ["qrw", "Qzland Rights Watch (QRW)", "monitoring_ngo", "false", "", "", "QRW"],
    ["kestrel-aid", "Kestrel Aid International", "humanitarian_ngo", "false", "", "", ""],
], columns=list(S.SOURCE_COLUMNS))], ignore_index=True)

REPORT = ("Millbrook: one year on\n\n"
          "During the first three days of the operation, at least 40 people were killed in Millbrook.\n\n"
          "More than 900 people were detained without charge.\n")


def test_a_report_on_its_authors_own_website_is_the_authors():
    d = _draft_at(REPORT, "https://www.qrw.org/en/library/2031/report.html", REPORTERS)
    assert d["at least 40"]["claimant"] == "qrw"
    assert d["More than 900"]["claimant"] == "qrw"
    d = _draft_at(REPORT, "http://kestrel.org/news/millbrook", REPORTERS)  # the first word of its name
    assert d["at least 40"]["claimant"] == "kestrel-aid"


def test_an_outlets_or_an_unknown_website_makes_no_author():
    assert _draft_at(REPORT, "https://www.qws.com/world/millbrook", REPORTERS)["at least 40"]["claimant"] == ""
    assert _draft_at(REPORT, "https://news.example.org/millbrook", REPORTERS)["at least 40"]["claimant"] == ""


def test_a_line_naming_its_sources_in_brackets_is_theirs_not_the_reports_author():
    text = REPORT + ("\nBetween 2020 and 2030, more than 900 people have been reported killed by police across Qzland "
                     "(Sources: police statistics; Millbrook Justice League).\n")
    d = _draft_at(text, "https://www.qrw.org/en/library/2031/report.html", REPORTERS)
    assert d["at least 40"]["claimant"] == "qrw"
    assert d["more than 900"]["claimant"] == ""  # two sources at once, neither the report's author


FIGHTERS = pd.concat([SOURCES, pd.DataFrame([
    ["qz-doctors", "Qzland Doctors' Union", "rights_medical_ngo", "false", "", "", "doctors' union"],
], columns=list(S.SOURCE_COLUMNS))], ignore_index=True)


def test_clashes_between_two_sides_name_no_perpetrator():
    d = drafter(FIGHTERS)("Clashes between the army and the Delta Support Forces killed 56 civilians in Millbrook "
                          "on Saturday, the health ministry said.\n")
    assert d["56"]["perpetrator"] == ""
    assert d["56"]["attribution"] == "not_attributed"
    assert d["56"]["claimant"] == "qz-health"
    d = drafter(FIGHTERS)("At least 12 people were killed in fighting between the army and rebels in Millbrook "
                          "on Monday, the doctors' union said.\n")
    assert d["At least 12"]["perpetrator"] == ""


def test_a_side_that_acts_outside_the_clash_is_still_the_perpetrator():
    d = drafter(FIGHTERS)("The army killed 56 rebels in Millbrook on Saturday after clashes between the army and "
                          "the rebels, the doctors' union said.\n")
    assert d["56"]["perpetrator"].lower() == "the army"
    assert d["56"]["attribution"] == "stated"


def test_a_ministry_spokesman_speaks_for_the_ministry_named_before():
    d = drafter(FIGHTERS)("The health ministry said at least 56 civilians were killed in Millbrook on Saturday.\n\n"
                          "The doctors' union said 97 people had died in Delta City since Friday.\n\n"
                          "A ministry spokesman said 595 people were injured in Millbrook.\n")
    assert d["at least 56"]["claimant"] == "qz-health"
    assert d["595"]["claimant"] == "qz-health"


def test_an_unnamed_official_is_still_no_identifiable_claimant():
    d = drafter(FIGHTERS)("The health ministry said at least 56 civilians were killed in Millbrook on Saturday.\n\n"
                          "A ministry official said 595 people were injured in Millbrook.\n")
    assert d["595"]["claimant"] == ""


def test_a_places_population_is_background_not_the_quoted_sources():
    d = drafter(FIGHTERS)("The health ministry said at least 56 civilians were killed in Millbrook on Saturday.\n\n"
                          "Blood could still be seen in the streets of this hillside city of 300,000 people.\n\n"
                          "Qzlanders make up a third of the country's population of 1.3 million people.\n")
    assert d["at least 56"]["claimant"] == "qz-health"
    assert d["300,000"]["claimant"] == ""
    assert d["300,000"]["metric"] == "other"
    assert d["1.3 million"]["claimant"] == ""


def test_a_ledes_indefinite_official_is_the_official_named_next_with_the_same_word():
    d = drafter(FIGHTERS)("Days of fighting in Millbrook leave more than 35 dead\n\n"
                          "HARBOR TOWN (QWS) — A police official says days of fighting in Millbrook have left more "
                          "than 35 people dead. Police Service commander Ada Tam on Tuesday said the toll was still "
                          "being assessed.\n")
    assert d["more than 35"]["claimant"] == "qz-police"


def test_a_ledes_indefinite_official_never_named_stays_unnamed():
    d = drafter(FIGHTERS)("Days of fighting in Millbrook leave more than 35 dead\n\n"
                          "HARBOR TOWN (QWS) — A police official says days of fighting in Millbrook have left more "
                          "than 35 people dead. The doctors' union on Tuesday said 20 of them were children.\n")
    assert d["more than 35"]["claimant"] == ""
    assert d["20"]["claimant"] == "qz-doctors"


def test_a_lede_figure_without_attribution_takes_the_body_source_of_the_same_figure():
    d = drafter(FIGHTERS)("Protesters and soldiers killed as Millbrook square cleared\n\n"
                          "At least four protesters and 3 soldiers were killed in Millbrook on Wednesday when "
                          "troops moved in to clear a protest camp.\n\n"
                          "Troops arrived early in the morning in armoured vehicles.\n\n"
                          "The doctors' union said that at least two protesters were killed by gunfire.\n\n"
                          "The army said in a statement that three soldiers were killed when their vehicle "
                          "overturned.\n")
    assert d["3"]["claimant"] == "qz-army"  # the same number, metric and population as the army's "three soldiers"
    assert d["At least four"]["claimant"] == ""  # a figure the body does not repeat keeps none


def test_a_datelines_city_is_not_the_speaker_beside_it():
    sources = pd.concat([FIGHTERS, pd.DataFrame([
        ["no-government", "Government of Norway", "government", "true", "", "", "Norwegian government;Oslo"],
    ], columns=list(S.SOURCE_COLUMNS))], ignore_index=True)
    d = drafter(sources)("OSLO – A top official in Qzland said Saturday that 225 people died in the unrest in "
                         "Millbrook this month.\n")
    assert d["225"]["claimant"] == ""
    d = drafter(sources)("OSLO – A top official in Qzland said Saturday that 225 people died in the unrest in "
                         "Millbrook this month, the Norwegian government said.\n")
    assert d["225"]["claimant"] == "no-government"


def test_someone_unnamed_who_works_at_a_body_is_not_the_body():
    d = drafter(FIGHTERS)("The army said on Thursday that 10 soldiers were killed in Millbrook.\n\n"
                          "Earlier, a senior officer at the army chief of staff's office said 12 soldiers had been "
                          "killed.\n")
    assert d["10"]["claimant"] == "qz-army"
    assert d["12"]["claimant"] == ""


def test_a_spokesman_for_a_body_still_speaks_for_it():
    d = drafter(FIGHTERS)("A spokesman for the army said 12 soldiers had been killed in Millbrook on Monday.\n")
    assert d["12"]["claimant"] == "qz-army"


def test_a_person_is_no_body_whose_part_speaks_for_it():
    sources = pd.concat([FIGHTERS, pd.DataFrame([
        ["ada-tam", "Ada Tam, survivor of the Millbrook attack (Reedville)", "individual", "false", "", "", "Ada Tam;Ms Tam"],
        ["jo-okar", "Jo Okar, survivor of the Millbrook attack (Reedville)", "individual", "false", "", "", "Jo Okar"],
    ], columns=list(S.SOURCE_COLUMNS))], ignore_index=True)
    d = drafter(sources)("Survivors of the attack on Millbrook recounted the night.\n\n"
                         "Ms Tam said there were 11 villagers who had gathered at the well.\n\n"
                         "Another survivor, Jo Okar, said that 6 armed men had arrived at dawn.\n")
    assert d["11"]["claimant"] == "ada-tam"
    assert d["6"]["claimant"] == "jo-okar"


def test_a_country_in_brackets_after_a_bodys_name_is_not_a_name_of_that_body():
    sources = pd.concat([FIGHTERS, pd.DataFrame([
        ["vorn-admin", "Vornhalla Provincial Administration (Norway)", "government", "true", "", "", ""],
        ["no-government", "Government of Norway", "government", "true", "", "", "Norwegian government"],
    ], columns=list(S.SOURCE_COLUMNS))], ignore_index=True)
    d = drafter(sources)("The health ministry said 40 people were killed in Millbrook on Monday.\n\n"
                         "Norway said 12 of its nationals were among the dead.\n")
    assert d["12"]["claimant"] == "no-government"


def test_a_named_reporter_citing_unnamed_sources_keeps_the_figure():
    d = drafter(FIGHTERS)("Two local people were killed in the shooting in Millbrook, bringing the death toll to 7, "
                          "the QWS television channel said citing security sources.\n")
    assert d["7"]["claimant"] == "qz-wire"
    d = drafter(FIGHTERS)("Two local people were killed in the shooting in Millbrook, bringing the death toll to 7, "
                          "QWS reported, citing the health ministry.\n")
    assert d["7"]["claimant"] == "qz-health"  # a named source behind the reporter is the claimant


def test_troops_sent_in_the_writers_voice_are_background():
    d = drafter(FIGHTERS)("The army said on Monday that 40 soldiers had been killed in Millbrook.\n\n"
                          "A regional alliance sent a force of more than 2,000 soldiers to Qzland to guard "
                          "its airports.\n")
    assert d["40"]["claimant"] == "qz-army"
    assert d["more than 2,000"]["claimant"] == ""
    assert d["more than 2,000"]["metric"] == "other"


def test_a_sentence_opening_with_the_report_it_quotes_is_that_reports():
    sources = pd.concat([FIGHTERS, pd.DataFrame([
        ["no-government", "Government of Norway", "government", "true", "", "", "Norwegian government;Norwegian Ambassador"],
        ["qz-spokes", "Qzland Defence Spokesman (Ben Okar)", "government", "true", "", "", "Ben Okar;Okar"],
    ], columns=list(S.SOURCE_COLUMNS))], ignore_index=True)
    d = drafter(sources)("Quoting the report of the Norwegian Ambassador, Okar said 10 of the gunmen had surrendered "
                         "in Millbrook on Friday.\n")
    assert d["10"]["claimant"] == "no-government"
    d = drafter(sources)("Okar said 10 of the gunmen had surrendered in Millbrook on Friday.\n")
    assert d["10"]["claimant"] == "qz-spokes"
