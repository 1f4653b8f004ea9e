"""Thirty-fifth round: counts the extractor passed over whatever text they stand in. Places people gather or
guard (hotels, bars, police stations, compounds, military installations, supermarkets) counted when attacked
("blasts rocked three hotels", "gunmen stormed two police stations"), and not counted when nothing befalls them;
a noun before such a place ("two shisha bars", "two office compounds"); after "one", a people's noun before a
place names the place, not a person ("one police station", "one tourist hotel"); and where the people counted
just before are ("... 25,000 refugees have arrived. There are about 20,000 in the village of Varna").
Invented sentences only; nothing copied from the labelled set."""
from __future__ import annotations

import pytest

from crosstally.extract import extract


def _spans(text: str) -> dict[str, object]:
    """The figures found, by the number's own words (the span also holds its noun)."""
    return {c.value_as_reported: c for c in extract(text, "t")}


@pytest.mark.parametrize("text, span", [
    ("A series of blasts rocked three hotels in the capital of Varnia on Wednesday.", "three"),
    ("Gunmen stormed two military installations in Varn before dawn.", "two"),
    ("Angry protesters burned down two police stations in Varn on Sunday.", "two"),
    ("Four police stations were attacked in the province overnight.", "Four"),
    ("Dozens of supermarkets were ransacked in the capital.", "Dozens"),
    ("A gunman opened fire at two bars in the old town.", "two"),
    ("Militants sprayed gunfire inside two office compounds in Varn.", "two"),
    ("Twelve people were killed at two shisha bars in Varn.", "two"),
    ("One police station had been gutted by the fire.", "One"),
])
def test_a_venue_attacked_is_an_attack_on_a_facility(text, span):
    got = _spans(text)
    assert span in got, got
    assert (got[span].metric, got[span].unit) == ("attacks_on_facilities", "facilities"), got[span]


@pytest.mark.parametrize("text, span", [
    ("Two hospitals were shelled in Varn.", "Two"),   # the facilities the lists had before: unchanged
    ("Rebels hit two military bases on Sunday.", "two"),  # a place struck: targets hit, as before
])
def test_the_facilities_and_places_counted_before_keep_their_metric(text, span):
    got = _spans(text)
    assert span in got, got
    assert got[span].metric in ("attacks_on_facilities", "targets_hit"), got[span]
    assert got[span].metric == ("attacks_on_facilities" if "hospitals" in text else "targets_hit")


@pytest.mark.parametrize("text, span", [
    ("The city of Varn has 12 police stations and three hotels.", "12"),
    ("The city of Varn has 12 police stations and three hotels.", "three"),
    ("The suspects were held at two police stations overnight.", "two"),
    ("The delegation stayed at two hotels near the airport.", "two"),
    ("One tourist hotel had to be evacuated overnight.", "One"),  # "tourist" names the hotel, no tourist counted
    ("As well as the shooting at the club, shots were heard at one other bar in the centre.", "one"),
    ("One police station was closed for the holiday.", "One"),  # no person, no attack
])
def test_a_venue_nothing_befell_and_a_place_named_by_a_people_noun_are_no_figure(text, span):
    got = _spans(text)
    assert span not in got, got


@pytest.mark.parametrize("text, span", [
    ("One soldier was killed and two were wounded.", "One"),
    ("One army officer was killed in the ambush.", "One"),
    ("One tourist was injured in the blast.", "One"),
])
def test_one_person_is_still_counted(text, span):
    got = _spans(text)
    assert span in got and got[span].unit == "people", got


def test_where_the_people_counted_before_are():
    text = ("In the town of Varna, 25,000 refugees have arrived. There are about 20,000 in the village of Soru "
            "and another 20,000 in Betara. An unknown number are in Kelda, with a rights group claiming 8000 "
            "are in the town of Mefan.")
    got = _spans(text)
    for span in ("25,000", "about 20,000", "8000"):
        assert span in got and (got[span].metric, got[span].unit) == ("displaced", "people"), (span, got)
    second = [c for c in extract(text, "t") if c.value_as_reported == "20,000"]
    assert second and second[0].metric == "displaced", second


@pytest.mark.parametrize("text", [
    "Five soldiers were killed. There are 30 in the unit.",       # no place named with a capital
    "There are 40 in the village of Soru.",                       # no people counted before
])
def test_a_count_by_place_needs_a_count_of_people_before_and_a_named_place(text):
    got = _spans(text)
    assert not any(s in ("30", "40") for s in got), got
