"""Thirty-second round: two misfires a reviewer found in the thirty-first round's invented sentences, left then
and mended now. The part of the wounded who later died when the wounded are placed ("in the ambush", "in the
attack on Monday") before "later died"; a sentence glued to a quotation closed with a British single quote
('40.’Yesterday'). Invented sentences only; nothing copied from the labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from crosstally.extract import extract
from qz_fixtures import drafter


def _by_value(text: str) -> dict[float, object]:
    return {c.value: c for c in extract(text, "t")}


def test_the_part_of_the_wounded_in_a_named_attack_who_later_died_is_dead_and_the_whole_injured():
    for text in ("Two of the 12 soldiers wounded in the ambush later died.",
                 "Two of the 12 soldiers wounded in the ambush on Monday later died, the army said.",
                 "Three of the 40 people injured in the attack had since died."):
        got = _by_value(text)
        small, whole = sorted(got)
        assert got[small].metric == "killed" and got[whole].metric == "injured", (text, got)
    # (another subject between the wounded and the death is not the part: nothing is reversed)
    got = _by_value("Two of the 12 soldiers wounded in the ambush and two civilians later died.")
    assert got[12.0].metric == "injured", got
    # (the wounded with no death stay the wounded)
    got = _by_value("Two of the 12 soldiers wounded in the ambush were flown to the capital.")
    assert got[12.0].metric == "injured", got


def test_a_sentence_glued_to_a_quotation_closed_with_a_single_quote_is_its_own_sentence():
    sources = pd.DataFrame([["qz-health", "Qzland Ministry of Health (Undersecretary Jo Tam)", "government", "true", "",
                             "", "Qzland Ministry of Health;Jo Tam"],
                            ["qz-medics", "Qzland Medical Union", "medical", "false", "", "", "Qzland Medical Union"]],
                           columns=list(S.SOURCE_COLUMNS))
    text = ("In a statement, the Undersecretary, Jo Tam, said: ‘The number of the dead did not exceed 40.’Yesterday "
            "evening, the Qzland Medical Union announced that the death toll had risen to 98 in Millbrook.\n")
    got = drafter(sources)(text, published="2031-03-14")
    assert got["98"]["claimant"] == "qz-medics", got["98"]["why"]
    assert got["did not exceed 40"]["claimant"] == "qz-health"
