"""Twenty-fourth round (read parts 44-45 after listing them in tuned.txt): reference marks, and "one"
as the last item of a list of people. Invented sentences only; nothing copied from the labelled set."""
from __future__ import annotations

import pandas as pd
import pytest

from crosstally import schema as S
from crosstally.extract import _mask_reference_marks, extract
from qz_fixtures import drafter


def found(text: str) -> list[tuple[str, str]]:
    return [(c.value_as_reported, c.metric) for c in extract(text, actors=())]


@pytest.mark.parametrize("text", [
    "Police fired tear gas and live ammunition.2 Seven protesters were killed in Millbrook.",
    "Police fired tear gas and live ammunition.[2] Seven protesters were killed in Millbrook.",
    "Police fired tear gas and live ammunition.12 Seven protesters were killed in Millbrook.",
])
def test_a_footnote_mark_is_neither_a_figure_nor_a_bar_to_the_next(text):
    assert found(text) == [("Seven", "killed")]


def test_a_citation_in_square_brackets_is_not_a_figure():
    assert found("Seven protesters were killed in Millbrook.[12] Police said 4 more died later.[a]") == [
        ("Seven", "killed"), ("4", "killed")]
    assert found("The attack[3] killed 12 people.") == [("12", "killed")]


def test_the_span_and_context_keep_the_words_as_written():
    text = "Police fired live ammunition.2 Seven protesters were killed."
    (c,) = extract(text, actors=())
    assert text[c.start:c.end] == c.span == "Seven protesters"
    assert c.context == "Seven protesters were killed."  # its sentence, which the mark ended


def test_what_is_not_a_reference_mark_is_kept():
    assert _mask_reference_marks("See Fig.2 Seven soldiers.") == "See Fig.2 Seven soldiers."
    assert _mask_reference_marks("The toll rose to 12. 3 more bodies were found.") == \
        "The toll rose to 12. 3 more bodies were found."
    assert _mask_reference_marks("It was 3.2 Million people") == "It was 3.2 Million people"
    assert found("The toll rose to 12. 3 more bodies were found later.") == [("12", "killed"), ("3", "killed")]
    masked = _mask_reference_marks("ammunition.2 Seven, died.[14]")
    assert masked == "ammunition.  Seven, died.    " and len(masked) == len("ammunition.2 Seven, died.[14]")


def test_one_as_the_last_item_of_a_list_of_people_by_an_unknown_noun():
    assert found("Four gendarmes, two mobile police and one Kanak were killed in the attack.") == [
        ("Four", "killed"), ("two", "killed"), ("one", "killed")]
    assert found("It was there that 22 gendarmes and one French territorial magistrate had been held by rebels.") \
        == [("22", "other"), ("one", "other")]


@pytest.mark.parametrize("text, kept", [
    ("Two soldiers were killed and one vehicle was destroyed.", [("Two", "killed")]),
    ("Five people were killed, and one day later the army withdrew.", [("Five", "killed")]),
    ("Three civilians died, and one more time the army denied it.", [("Three", "killed")]),
    ("Two soldiers were hurt, and one in three homes was damaged.", [("Two", "injured")]),
])
def test_one_that_is_not_a_list_item_of_people_stays_out(text, kept):
    assert found(text) == kept


# -- a compact range of days: "on March 7-10, 2031", "7–10 March"

draft = drafter(pd.DataFrame([["qz-police", "Qzland Police Service", "government", "true", "", "", "Qzland police"]],
                             columns=list(S.SOURCE_COLUMNS)))


@pytest.mark.parametrize("words", ["on March 7-10, 2031", "on 7–10 March 2031", "on March 7-10"])
def test_two_days_of_a_month_joined_by_a_dash_are_a_window(words):
    got = draft(f"Strikes in Millbrook\n\nAs a result of the shelling of Millbrook {words}, 20 civilians were "
                f"killed, the Qzland police said.\n")["20"]
    assert (got["period_start"], got["period_end"], got["counting_basis"]) == ("2031-03-07", "2031-03-10", "period_total")


@pytest.mark.parametrize("text", ["On 12 March 20-30 gunmen stormed Millbrook, killing 20 civilians."])
def test_a_dash_that_does_not_date_the_count_is_no_window(text):
    got = draft(f"Strikes\n\n{text}\n")["20"]
    assert got["counting_basis"] != "period_total" and got["period_start"] == got["period_end"]


def test_no_window_from_what_is_not_two_days_of_a_month():
    got = draft("Strikes\n\nThe score was 7-2 in March, and 20 civilians were killed on Tuesday.\n")["20"]
    assert got["period_start"] != "2031-03-07" and got["period_end"] != "2031-03-02"
    got = draft("Strikes\n\nOn March 10-7 the count was 20 civilians killed.\n")["20"]
    assert got["period_start"] == got["period_end"] == "2031-03-10"  # the first day as written, not a window


# -- the side that was hit is not the perpetrator

@pytest.mark.parametrize("text, perpetrator", [
    ("14 have been killed in the heavy artillery shelling of Qzlandi densely populated areas.", ""),
    ("Shelling of Qzlandi villages killed 5 civilians.", ""),
    ("Norvian strikes on Qzlandi cities killed 12 people.", "Norvian strikes"),
    ("Norvian forces shelled Millbrook, killing 21 civilians.", "Norvian forces"),
    ("Qzlandi forces came under the fire of Norvian artillery, and 3 soldiers were killed.", "Norvian artillery"),
    ("The bombing by Norvian jets of Qzlandi homes killed 40 people.", "Norvian jets"),
    ("Strikes by Norvia on Qzlandi cities killed 20 people.", "Norvia"),
])
def test_the_side_whose_places_were_hit_is_not_the_perpetrator(text, perpetrator):
    (c,) = extract(text, actors=("Qzlandi", "Norvian", "Norvia"))
    assert c.perpetrator_phrase == perpetrator
