"""Who did it: general actor words in the package, the names of a conflict's parties in the
case (crosstally.yaml ``actors``), read by the extractor on wars it has never seen."""
from __future__ import annotations

from pathlib import Path

import pytest

from crosstally import actors, extract as X, scaffold
from crosstally.case import CaseError, load_config

ROOT = Path(__file__).resolve().parents[1]


def _perpetrators(text: str, names=()) -> dict[str, str]:
    return {c.span: c.perpetrator_phrase for c in X.extract(text, "t", actors=tuple(names))}


def test_a_party_s_name_is_the_case_s_not_the_package_s():
    text = "Assad’s barrel bombs killed 12 civilians in the town, activists said."
    assert _perpetrators(text) == {"12 civilians": ""}
    assert _perpetrators(text, ["Assad regime", "Assad"]) == {"12 civilians": "Assad’s"}
    assert _perpetrators("The Assad regime killed 12 civilians.", ["Assad regime", "Assad"]) == {
        "12 civilians": "The Assad regime"}
    # The same words for another war: the Sudan case lists its own parties.
    sudan = "RSF shelling killed 30 civilians in El Fasher on Monday, the governor said."
    assert _perpetrators(sudan) == {"30 civilians": ""}
    assert _perpetrators(sudan, ["RSF", "Rapid Support Forces"]) == {"30 civilians": "RSF shelling"}


def test_general_words_read_any_war_without_a_case_list():
    assert _perpetrators("Government forces killed 14 civilians on Tuesday.") == {"14 civilians": "Government forces"}
    assert _perpetrators("In the clashes the army killed 9 civilians.") == {"9 civilians": "the army"}
    # "<attack> by <Name>": a party's name never listed anywhere.
    assert _perpetrators("Airstrikes by the Rapid Support Forces killed 25 people, medics said.") == {
        "25 people": "the Rapid Support Forces"}
    assert _perpetrators("Shelling by Ukrainian forces killed 4 residents, officials said.") == {
        "4 residents": "Ukrainian forces"}
    assert _perpetrators("Twelve civilians were killed in two airstrikes by the Saudi-led coalition.") == {
        "Twelve civilians": "the Saudi-led coalition", "two airstrikes": "the Saudi-led coalition"}
    # The word before a name: "Saudi-led", "pro-".
    assert _perpetrators("The Saudi-led coalition killed 21 people in Saada.") == {
        "21 people": "The Saudi-led coalition"}


def test_counted_people_are_the_victims_not_who_did_it():
    assert _perpetrators("Government forces killed 20 militants near the town.") == {
        "20 militants": "Government forces"}
    assert _perpetrators("Strikes killed 381 rebel fighters and 547 Islamic State militants.",
                         ["Islamic State"]) == {"381 rebel fighters": "", "547 Islamic State militants": ""}
    # A name before counted munitions or attacks is who fired them.
    assert _perpetrators("Russia launched 13 Russian missiles on Saturday.", ["Russian", "Russia"]) == {
        "13 Russian missiles": "Russian"}


def test_names_match_as_written_capitalised_only_when_capitalised():
    voc = actors.vocabulary(("Islamic State", "coalition"))
    assert voc.match("Islamic State fighters", 0) == (0, 13, "Islamic State")
    assert voc.match("the Islamic  State’s militants", 4)[2] == "the Islamic  State’s"
    assert voc.match("Coalition warplanes", 0)[2] == "Coalition warplanes"
    text = "islamic state fighters killed 3 civilians."  # lower case: not the capitalised name
    assert _perpetrators(text, ["Islamic State"]) == {"3 civilians": ""}


def test_the_extractor_reads_the_current_case_s_list(tmp_path, monkeypatch):
    scaffold.init_case(tmp_path / "sudan", "SD")
    config = tmp_path / "sudan" / "crosstally.yaml"
    monkeypatch.setenv("CROSSTALLY_ROOT", str(tmp_path / "sudan"))
    text = "RSF drones killed 7 civilians, the ministry said."
    assert [c.perpetrator_phrase for c in X.extract(text)] == [""]
    config.write_text(config.read_text(encoding="utf-8").replace("actors: []", "actors: [RSF, Rapid Support Forces]"),
                      encoding="utf-8")
    assert [c.perpetrator_phrase for c in X.extract(text)] == ["RSF"]
    assert list(X.extract_frame({"d": text})["perpetrator_phrase"]) == ["RSF"]
    corpus = tmp_path / "doc.txt"
    corpus.write_text(text, encoding="utf-8")
    assert list(X.extract_corpus([corpus], jobs=1)["perpetrator_phrase"]) == ["RSF"]


def test_the_syria_case_lists_its_parties():
    names = load_config(ROOT).actors
    assert {"Assad", "Russian", "Syrian government", "Islamic State", "Nusra Front"} <= set(names)
    assert not set(names) & set(actors.GENERAL_ACTORS)  # general words stay in the package


@pytest.mark.parametrize("value, message", [
    ("Russia", r"crosstally.yaml: actors: expected a list of names"),
    ("[Russia, 12]", r"crosstally.yaml: actors\[2\]: expected a name \(text\), got 12"),
    ("[Russia, '']", r"crosstally.yaml: actors\[2\]: expected a name"),
    ("['(RSF)']", r"crosstally.yaml: actors\[1\]: '\(RSF\)': a name starts with a letter"),
])
def test_a_bad_actor_list_is_refused_naming_the_entry(tmp_path, value, message):
    (tmp_path / "crosstally.yaml").write_text(f"title: T\nactors: {value}\n", encoding="utf-8")
    with pytest.raises(CaseError, match=message):
        load_config(tmp_path)
