"""The README's ledger table names every value the schema accepts.

An analyst starting a new case types these values into the review queue from the README
alone (a Libya 2011 trial missed `casualties`, which the schema, the extractor and the
drafter use but the table did not list). Each row of the table under "## The ledger" that
documents a vocabulary must name every one of the schema's values, as a whole word.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from crosstally import bounds, schema

README = Path(__file__).resolve().parents[1] / "README.md"

VOCABULARIES = {
    "`metric`": schema.METRICS,
    "`population`, `unit`": schema.POPULATIONS + schema.UNITS,
    "`value_as_reported`, `qualifier`": bounds.QUALIFIERS,
    "`perpetrator`, `attribution`": schema.ATTRIBUTIONS,
    "`counting_basis`": schema.COUNTING_BASES,
    "`date_certainty`, `date_basis`": schema.DATE_CERTAINTIES,
    "`scope`": schema.SCOPES,
    "`perpetrator_scope`": schema.PERPETRATOR_SCOPES,
    "`completeness`, `completeness_basis`": schema.COMPLETENESS,
    "`status`, `superseded_by`, `status_words`": schema.STATUSES,
    "`projection`": schema.PROJECTIONS,
}


def ledger_table_rows() -> dict[str, str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("\n## The ledger\n", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        if line.startswith("| `") and len(cells) >= 2:
            rows[cells[0]] = " | ".join(cells[1:])
    return rows


def test_the_ledger_table_is_found():
    rows = ledger_table_rows()
    assert "`metric`" in rows and "`claimant`" in rows, sorted(rows)


@pytest.mark.parametrize("column", sorted(VOCABULARIES))
def test_readme_names_every_value(column):
    rows = ledger_table_rows()
    assert column in rows, f"README's ledger table has no row {column}"
    missing = [v for v in VOCABULARIES[column]
               if not re.search(rf"(?<![\w-]){re.escape(v)}(?![\w-])", rows[column])]
    assert not missing, f"README's ledger row {column} does not name {missing}"


def test_the_check_fails_on_a_missing_value():
    """The word match is strict: 'casualties' is not found in a row that lacks it."""
    row = "killed, injured, displaced, strikes, sorties, targets_hit, attacks_on_facilities, incidents, other"
    assert not re.search(r"(?<![\w-])casualties(?![\w-])", row)
    assert not re.search(r"(?<![\w-])at_least(?![\w-])", "at_least_once")
