"""The Syria ledger's numbers trace to words we hold: most figures' quotes are checked
against a held excerpt of their document, not only against a URL.

Computed from the raw inputs (not the committed ledger), so an edit to figures.csv or
documents.csv that drops held texts or quotes fails here at once.
"""
from __future__ import annotations

import pytest

from crosstally.ledger import make_ledger, read_inputs

MIN_SHARE = 0.75  # issue 11 item 7: at least 75% of the ledger's figures


@pytest.fixture(scope="module")
def raw():
    r = read_inputs()
    assert r.errors == [], r.errors[:5]
    return r


@pytest.fixture(scope="module")
def ledger(raw):
    return make_ledger(raw)


def test_share_of_verified_quotes_stays_at_least_75_percent(ledger):
    verified = int(ledger["quote_verified"].sum())
    share = verified / len(ledger)
    assert share >= MIN_SHARE, (
        f"only {verified} of {len(ledger)} figures ({share:.0%}) have a quote found in a held text; "
        f"at least {MIN_SHARE:.0%} must: hold an excerpt of the document and quote it")


def test_every_figure_of_a_held_document_is_verified(raw, ledger):
    held = ledger["document_id"].isin(list(raw.texts))
    assert held.sum() == ledger["quote_verified"].sum()
    assert ledger.loc[held, "quote_verified"].all()

