"""The invented country of the drafting tests (QZ): its admin-1 table and a drafting helper.

Shared by tests/test_draft_context.py and tests/test_draft_generalise.py; each keeps its
own invented sources. Nothing here comes from the benchmark's labelled set."""
from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from crosstally import schema as S
from crosstally.draft import draft_document
from crosstally.extract import extract

ADMIN1 = pd.DataFrame([
    ["QZ", "Qzland", "whole country", ""],
    ["QZ01", "Eastmark", "Harbor Town;Eastmark Province", "Coastal Belt"],
    ["QZ02", "Westfold", "Millbrook", ""],
    ["QZ03", "Delta", "Delta City;Reedville", "Delta Strip;Delta;Coastal Belt"],
    ["QZ04", "South Delta", "Saltpan", "Delta Strip;Delta"],
], columns=list(S.ADMIN1_COLUMNS))


def drafter(sources: pd.DataFrame) -> Callable[..., dict[str, dict]]:
    """``draft(text, published=, outlet=, url=)``: the drafts of ``text`` by value_as_reported,
    with ``sources`` and the QZ admin-1 table."""
    def draft(text: str, published: str = "2031-03-14", outlet: str = "",
              url: str = "https://example.invalid/") -> dict[str, dict]:
        doc = {"document_id": "d", "outlet": outlet, "url": url, "published": published, "language": "en"}
        out = draft_document(text, doc, sources, ADMIN1)
        return {r["value_as_reported"]: r for r in out.to_dict("records")}
    return draft



def end_day(row: dict) -> str:
    """The day a draft's count stands at, as the ledger reads it: period_end, else as_of."""
    return row["period_end"] or row["as_of"]

# A second country beside Qzland, for stories of two countries (shelling across a border, one's strikes on the other)
ZEMLAND = pd.DataFrame([["ZM", "Zemland", "whole country", ""],
                        ["ZM01", "Capital District", "Varnagrad", ""],
                        ["ZM02", "Border Province", "Tovo", ""]], columns=list(S.ADMIN1_COLUMNS))


def draft_two_countries(text: str, sources: pd.DataFrame, published: str = "2031-07-12") -> dict[str, dict]:
    """The drafts of ``text`` by value_as_reported, with the QZ and Zemland admin-1 tables together."""
    doc = {"document_id": "d", "outlet": "", "url": "", "published": published, "language": "en"}
    out = draft_document(text, doc, sources, pd.concat([ADMIN1, ZEMLAND]))
    return {r["value_as_reported"]: r for r in out.to_dict("records")}


# Two real countries for stories where one's forces strike in the other ("a botched US drone strike" in Nepal), with
# an invented table of their units: real ones for their adjectives ("Nepali"), which invented countries have none of
NEPAL_US = pd.DataFrame([["NP", "Nepal", "whole country", ""], ["NP-P3", "Bagmati", "Kathmandu", ""],
                         ["US", "United States", "whole country;US;U.S.", ""]], columns=list(S.ADMIN1_COLUMNS))


def draft_nepal_us(text: str, sources: pd.DataFrame, published: str) -> dict[str, dict]:
    """The drafts of ``text`` by value_as_reported, with the NEPAL_US admin-1 table."""
    doc = {"document_id": "d", "outlet": "", "url": "", "published": published, "language": "en"}
    out = draft_document(text, doc, sources, NEPAL_US)
    return {r["value_as_reported"]: r for r in out.to_dict("records")}


def by_value(text: str) -> dict[str, object]:
    """The extractor's candidates in ``text`` by value_as_reported."""
    return {c.value_as_reported: c for c in extract(text)}
