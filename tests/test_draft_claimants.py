"""Who claims a figure, in texts about a country the drafter has not seen: a source's
country, generic names, roles named nowhere in the text, unnamed people, surnames, a
lede's unnamed officials, a headline's source.

Every fixture here is invented for these tests (a made-up country, QZ or "Qzland", and
made-up sources; the foreign sources carry real countries that no labelled text is about);
none comes from the benchmark's labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from crosstally.countries import country_words, pattern
from crosstally.draft import Claimants
from qz_fixtures import drafter

SOURCES = pd.DataFrame([
    ["qz-defence", "Ministry of National Defence of Qzland", "government", "true", "", "",
     "Ministry of National Defence;Dan Roe"],
    ["qz-army", "Qzland Army", "military", "true", "", "", "the army;Ben Okar"],
    ["qz-police", "Qzland Police Service", "government", "true", "", "", "Police Service;Ivo Ness"],
    ["gov-eastmark", "Governor of Eastmark (Ana Pell)", "government", "true", "", "", "Ana Pell;Pell"],
    ["pt-navy", "Portuguese Navy", "military", "true", "", "", "the navy;navy"],
    ["cl-defence", "Chilean Ministry of Defence", "government", "true", "", "", "Ministry of Defense"],
    ["no-coalition", "Norwegian-led coalition", "military", "true", "", "", "coalition;the coalition"],
    ["fr-wire", "Agence Francaise de Presse (AFDP)", "media", "false", "", "", "AFDP"],
    ["reliefnet", "Relief Network (RN)", "humanitarian_ngo", "false", "", "", ""],
], columns=list(S.SOURCE_COLUMNS))

draft = drafter(SOURCES)


def test_country_words_know_names_adjectives_and_possessives():
    words = country_words()
    assert words["Colombian"] == {"CO"} and words["Nigerien"] == {"NE"} and words["Nigerian"] == {"NG"}
    assert {"CD", "CG"} <= words["Congolese"]
    pat = pattern(words)
    assert pat.search("a Saudi-led coalition").group() == "Saudi"
    assert pat.search("in South Sudan today").group() == "South Sudan"  # the longer name, not "Sudan"
    assert pat.search("Nigeria's army").group() == "Nigeria"


def test_a_source_of_another_country_is_not_named_by_a_generic_name():
    # "the navy" is the Portuguese Navy's generic name: not a source in a text about Qzland
    d = draft("Seven sailors were killed off Harbor Town on Monday, the navy said.\n")
    r = d["Seven"]
    assert r["claimant"] == ""
    # named with its country, it is that source, and its generic name then means it too
    d = draft("The Portuguese Navy said 4 sailors were hurt off Harbor Town.\n\n"
              "Later the navy said 2 more sailors were missing.\n")
    assert d["4"]["claimant"] == "pt-navy"
    assert d["2"]["claimant"] == "pt-navy"


def test_a_generic_name_after_another_countrys_modifier_is_not_the_source():
    c = Claimants(SOURCES, "QZ", ["Qzland"])
    assert c.resolve("the army")[0] == "qz-army"
    assert c.resolve("the Chilean army")[0] == ""  # another country's army
    assert c.resolve("the Qzland army")[0] == "qz-army"
    c = Claimants(SOURCES, "NO", ["Norway"])
    assert c.resolve("the coalition")[0] == "no-coalition"
    assert c.resolve("a Chilean-led coalition")[0] == ""  # not the Norwegian-led one
    # a news agency reports on any country, whatever country its name carries
    assert Claimants(SOURCES, "QZ", ["Qzland"]).resolve("AFDP")[0] == "fr-wire"


def test_a_ministry_named_nowhere_is_the_one_of_the_documents_country():
    d = draft("The defence ministry reported on Saturday that at least 9 soldiers were killed in Westfold.\n\n"
              "According to a ministry statement, 16 people are still missing.\n")
    r = d["at least 9"]
    assert r["claimant"] == "qz-defence"  # not Chile's Ministry of Defense
    assert "named nowhere" in r["why"] and float(r["confidence"]) <= 0.7
    assert d["16"]["claimant"] == "qz-defence"


def test_vague_roles_pick_no_source_from_the_registry():
    d = draft("Gunmen killed 14 people in Millbrook, officials said.\n\nThe market was closed.\n")
    assert d["14"]["claimant"] == ""


def test_an_unnamed_person_is_no_claimant_and_the_same_person_later_neither():
    d = draft("Two militants were killed in Millbrook on Saturday.\n\n"
              "A police official said that the police cordoned off the area.\n\n"
              "The police official said that bodies of 3 militants were later retrieved.\n\n"
              "\"The operation goes on,\" Police Service chief Ivo Ness said.\n")
    assert d["Two"]["claimant"] == ""  # the lede is the unnamed official's, not Ivo Ness's
    assert d["3"]["claimant"] == ""


def test_a_surname_is_the_person_named_before():
    d = draft("Army General Ben Okar said the convoy was hit near Millbrook.\n\n"
              "\"We have 5 of our men dead,\" Okar told a radio station.\n")
    r = d["5"]
    assert r["claimant"] == "qz-army" and "surname" in r["why"]


def test_a_ledes_unnamed_officials_are_the_source_the_next_paragraph_names():
    d = draft("Gunmen early Tuesday killed 9 villagers in Millbrook, officials said.\n\n"
              "\"There are nine dead,\" Ana Pell told local radio.\n")
    r = d["9"]
    assert r["claimant"] == "gov-eastmark" and "next paragraph" in r["why"]
    assert float(r["confidence"]) <= 0.75
    # when the text names several official sources, "officials" are the one that gives the same figure in
    # the body (the labelled set's fourth-round convention), and nobody for a figure the body does not repeat
    d = draft("Gunmen early Tuesday killed 9 villagers and wounded 3 in Millbrook, officials said.\n\n"
              "\"There are nine dead,\" Ana Pell told local radio.\n\n"
              "The army said 2 soldiers were wounded, Ben Okar said.\n")
    assert d["9"]["claimant"] == "gov-eastmark" and "same figure" in d["9"]["why"]
    assert d["3"]["claimant"] == ""
    # a lede's "the group" is no official, and a news outlet named next is no official source
    d = draft("Strikes hit Millbrook. The group said that 97 of the 403 casualties were children.\n\n"
              "AFDP said the strikes went on overnight.\n")
    assert d["403"]["claimant"] == ""
    # unofficial plural speakers are nobody identifiable
    d = draft("Gunmen killed 9 villagers in Millbrook, residents and activists said.\n\n"
              "\"There are nine dead,\" Ana Pell told local radio.\n")
    assert d["9"]["claimant"] == ""


def test_a_headline_names_its_source_after_a_dash():
    d = draft("Blast kills 3 in Harbor Town - police\n\n"
              "A bomb blast killed 3 people in Harbor Town, local authorities said on Tuesday.\n")
    for r in d.values():
        assert r["claimant"] == "qz-police", r["why"]


def test_a_pronoun_with_an_aside_still_speaks():
    d = draft("Ana Pell said the toll would rise.\n\n"
              "She, however, said the toll arising from these killings was not yet included in the official "
              "figure of 27 civilians killed in Millbrook.\n")
    assert d["27"]["claimant"] == "gov-eastmark"


def test_an_unknown_names_apposition_gives_its_role():
    d = draft("The Relief Network said shelling hit Millbrook.\n\n"
              "\"We counted 15 dead and 50 wounded,\" said Tor Vik, spokesman for the network.\n")
    r = d["15"]
    assert r["claimant"] == "reliefnet" and "spokesman for the network" in r["why"]


def test_words_beside_a_name_are_no_speaker_when_they_are_a_clause():
    # "called" catches a clause, not a speaker: the source named beside it is not the claimant
    d = draft("The blast shook the whole town, a witness said.\n\n"
              "A truck bomb in Harbor Town killed at least 92 people in what the Relief Network called the "
              "\"deadliest incident\" of the year.\n")
    assert d["at least 92"]["claimant"] == ""


def test_the_group_refers_back_to_the_group_named_before():
    sources = pd.concat([SOURCES, pd.DataFrame([["millbrook-group", "Millbrook activist group", "activist_group",
                                                 "false", "", "", "Millbrook activist group"]],
                                               columns=list(S.SOURCE_COLUMNS))])
    d = drafter(sources)("The Millbrook activist group reported a strike on Tuesday. According to the group, "
                         "at least 30 children were killed.\n")
    assert d["at least 30"]["claimant"] == "millbrook-group"


def test_claiming_responsibility_is_no_claim_of_a_number():
    d = draft("The Relief Network voiced concern about attacks in Eastmark.\n\n"
              "On 3 May, the Red Hand claimed responsibility for a bombing in Harbor Town. Thirty civilians were "
              "killed in the attack.\n\n"
              "On Friday, 25 civilians were killed in a Red Hand-claimed attack in Millbrook.\n\n"
              "In Westfold, the Relief Network's findings indicate that strikes killed at least 16 civilians.\n")
    # the network's own findings give "at least 16"; the Red Hand's claim of the attacks gives "Thirty" and
    # "25" to nobody: neither the armed group (it claimed the attack, not the count) nor the network, whose
    # only earlier words voiced concern
    assert d["at least 16"]["claimant"] == "reliefnet"
    assert d["Thirty"]["claimant"] == "" and d["25"]["claimant"] == ""


def test_a_parenthesis_between_dashes_does_not_hide_the_speaker():
    d = draft("At least 9 people were killed in Eastmark, Ana Pell said.\n\n"
              "The Relief Network – volunteers who work under the provincial council – said 4 people were "
              "killed in Millbrook.\n\nIt said 2 others were missing.\n")
    assert d["4"]["claimant"] == "reliefnet"
    assert d["2"]["claimant"] == "reliefnet"  # "It": the network, not the governor


def test_reported_citing_others_is_the_cited_claim():
    d = draft("Seventeen civilians were killed in Millbrook, AFDP reported Tuesday, citing aid workers.\n")
    r = d["Seventeen"]
    assert r["claimant"] == "" and "cites" in r["why"]
    d = draft("Seventeen civilians were killed in Millbrook, AFDP reported Tuesday, citing the Relief Network.\n")
    assert d["Seventeen"]["claimant"] == "reliefnet"


def test_a_bracketed_source_ends_a_bullet_line():
    d = draft("Daily update, 14 March\n\n"
              "- 55 people killed in strikes on Eastmark (RN)\n"
              "- 12 people killed in Westfold (Ana Pell)\n"
              "- 30 houses damaged\n")
    assert d["55"]["claimant"] == "reliefnet" and d["55"]["claimant_phrase"] == "RN"
    assert d["12"]["claimant"] == "gov-eastmark" and d["12"]["claimant_phrase"] == "Ana Pell"


def test_background_in_the_writers_voice_is_nobodys_a_wires_dateline_or_not():
    # (the labelled set's convention of 2 December, fourth round: background has no claimant, agency
    # dateline or not; the wire stays the relay)
    text = ("Harbor Town (AFDP) – Five soldiers were killed in Millbrook, the army said Tuesday.\n\n"
            "Army General Ben Okar said the convoy was hit.\n\n"
            "Since talks broke down the rebels have carried out several attacks, killing 8 police officers.\n")
    r = draft(text)["8"]
    assert r["claimant"] == "" and "background" in r["why"] and float(r["confidence"]) <= 0.7
    assert r["cited_via"] == "fr-wire"
    # an earlier event, opened by its own time, in a text with one voice: background too
    text = ("Five soldiers were killed in Millbrook on Tuesday, the army said.\n\n"
            "In September 2029, the same post was attacked, with some 50 soldiers killed.\n\n"
            "Earlier this year, 7 chiefs were abducted in Westfold.\n")
    d = draft(text)
    assert d["some 50"]["claimant"] == "" and "In September 2029" in d["some 50"]["why"]
    assert d["7"]["claimant"] == ""
    text = ("Five soldiers were killed in Millbrook, the army said Tuesday.\n\n"
            "\"It was an ambush,\" a witness said.\n\n"
            "Thousands have died and 9,000 have been displaced since the conflict began.\n")
    d = draft(text)
    assert d["9,000"]["claimant"] == "" and "background" in d["9,000"]["why"]
