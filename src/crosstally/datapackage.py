"""The processed data as a Frictionless Data Package (v2): ``data/processed/datapackage.json``.

A reader who downloads ``data/processed/`` gets the ledger, the sources and documents it
points at, and every run's tables, each described by a Table Schema (types, the
project's vocabularies as enums, required fields, primary and foreign keys) with its
byte size and ``sha256:`` hash, under a stated licence. The ``frictionless`` library
(``frictionless validate data/processed/datapackage.json``) checks all of it: types,
enums, keys, hashes.

One source of truth: the vocabularies and required fields are read from the pandera
schemas that validate the raw files (:mod:`crosstally.ledger`), so a column or value
added there is described here without a second list. Run tables have no declared
schema; their field types are read off the written file (integer, number, boolean or
string), deterministically.

The sources and documents tables are written beside the ledger (sorted, formula-escaped
copies of ``data/raw/sources.csv`` and ``documents.csv``): a data package describes
files inside its own folder, and the foreign keys need them there.
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pandas as pd

from . import schema as S
from .io import write_csv, write_text
from .paths import PATHS, Paths

PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
TABLE_PROFILE = "https://datapackage.org/profiles/2.0/tableschema.json"

LICENSES = [
    {
        "name": "CC-BY-4.0",
        "path": "https://creativecommons.org/licenses/by/4.0/",
        "title": "Creative Commons Attribution 4.0 (the curation: rows, codes, bounds, tables)",
    }
]
LICENSE_NOTE = (
    "The curation (which claimant said which number about which place and period, the "
    "codes, bounds and derived tables) is published under CC BY 4.0. The `quote` and "
    "`value_as_reported` fields and document titles are short verbatim extracts of "
    "third-party publications, kept so that each number can be checked against its words; "
    "their copyright stays with the publishers named in `outlet` and `url`, and they are "
    "quoted, not licensed. Document texts held under data/raw/documents/ are not part of "
    "this package."
)

DATE_PATTERN = r"([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?"
DATE_COLUMNS = {"period_start", "period_end", "as_of", "statement_date", "published"}
LEDGER_TYPES = {
    "value": "number", "value_max": "number", "low": "integer", "high": "integer",
    "claimant_is_party": "boolean", "quote_verified": "boolean",
}
DESCRIPTIONS = {
    "event_id": "The event's id in its dataset (UCDP GED id, ACLED event_id_cnty)",
    "admin1_match": "matched, unmatched (name kept, no p-code), not_given or other_country",
    "figure_id": "One number as one claimant stated it in one document",
    "claimant": "Who asserted the number (sources.source_id)",
    "outlet": "Who published the document read (sources.source_id)",
    "cited_via": "The relay between claimant and outlet, if any (sources.source_id)",
    "origin_key": "Same for every outlet carrying one claim: relays count once",
    "value_as_reported": "The words of the number, as published",
    "low": "Lower bound derived from the words by bound_profile",
    "high": "Upper bound derived by bound_profile; empty = open",
    "quote": "The words carrying the number (third-party text, quoted)",
    "quote_verified": "The quote was found verbatim in the held document text",
    "admin1": "Admin-1 p-codes joined by ';' (the country code = the whole country)",
}


def _rules(pandera_schema) -> dict[str, dict]:
    """{column: {"required": bool, "enum": [...]}} read off a pandera schema's checks."""
    out = {}
    for name, column in pandera_schema.columns.items():
        rule = {"required": False}
        for check in column.checks:
            stats = check.statistics or {}
            if check.name == "str_length" and stats.get("min_value") == 1:
                rule["required"] = True
            elif check.name == "isin":
                rule["enum"] = sorted(stats["allowed_values"])
        out[name] = rule
    return out


def _field(name: str, ftype: str, rule: dict | None = None) -> dict:
    field = {"name": name, "type": ftype}
    if name in DESCRIPTIONS:
        field["description"] = DESCRIPTIONS[name]
    constraints = {}
    if rule and rule.get("required"):
        constraints["required"] = True
    if rule and "enum" in rule and ftype == "string":
        constraints["enum"] = rule["enum"]
    if name in DATE_COLUMNS and ftype == "string":
        constraints["pattern"] = DATE_PATTERN
    if constraints:
        field["constraints"] = constraints
    return field


def _schema_fields(columns, rules: dict[str, dict], types: dict[str, str]) -> list[dict]:
    return [_field(c, types.get(c, "string"), rules.get(c)) for c in columns]


def _infer_type(values: pd.Series) -> str:
    present = values[values != ""]
    if present.empty:
        return "string"
    if present.isin(["true", "false"]).all():
        return "boolean"
    if present.str.fullmatch(r"-?[0-9]+").all():
        return "integer"
    if present.str.fullmatch(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?").all():
        return "number"
    return "string"


def _read_text_table(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False, encoding="utf-8")


def _resource(path: Path, base: Path, name: str, title: str, schema: dict) -> dict:
    data = path.read_bytes()
    return {
        "name": name,
        "type": "table",
        "title": title,
        "path": path.relative_to(base).as_posix(),
        "scheme": "file",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "bytes": len(data),
        "hash": "sha256:" + hashlib.sha256(data).hexdigest(),
        "schema": {"$schema": TABLE_PROFILE, **schema},
    }


def _fk(field: str, resource: str, ref: str) -> dict:
    return {"fields": [field], "reference": {"resource": resource, "fields": [ref]}}


def _resource_name(text: str) -> str:
    return re.sub(r"[^a-z0-9._-]+", "-", text.lower()).strip("-")


def write_tables_copy(paths: Paths) -> tuple[Path, Path]:
    """Sorted, escaped copies of the raw sources and documents tables beside the ledger."""
    from .ledger import load_documents, load_sources

    out = []
    for frame, key, name in ((load_sources(paths), "source_id", "sources.csv"),
                             (load_documents(paths), "document_id", "documents.csv")):
        target = paths.processed / name
        write_csv(frame.sort_values(key, kind="stable").reset_index(drop=True), target)
        out.append(target)
    return out[0], out[1]


def stored_run_names(paths: Paths) -> set[str]:
    """The run names of the stored parameter sets (``params/*.yaml``): only their tables are
    published; an analyst's own runs (overrides, sweeps, scratch) stay out of the package."""
    from . import yamlfile
    from .ledger import InputError, ValidationFailed

    names = set()
    for file in sorted(paths.params.glob("*.yaml")):
        try:
            doc = yamlfile.load(file, file.relative_to(paths.root).as_posix(), located=False) or {}
        except yamlfile.InputFileError as err:
            raise ValidationFailed([InputError(err.file, err.line, str(err.column), err.message)]) from None
        if isinstance(doc, dict) and isinstance(doc.get("run_name"), str):
            names.add(doc["run_name"])
    return names


def describe(paths: Paths = PATHS, title: str | None = None) -> dict:
    """The package descriptor for what is in ``paths.processed`` now (files must exist)."""
    from .ledger import DOCUMENTS_SCHEMA, FIGURES_SCHEMA, SOURCES_SCHEMA

    base = paths.processed
    fig_rules = _rules(FIGURES_SCHEMA)
    fig_rules["claimant_type"] = {"required": False, "enum": sorted(S.SOURCE_TYPES)}
    resources = [
        _resource(paths.ledger_csv, base, "ledger", "Reported figures (the ledger)", {
            "fields": _schema_fields(S.LEDGER_COLUMNS, fig_rules, LEDGER_TYPES),
            "primaryKey": ["figure_id"],
            "foreignKeys": [
                _fk("document_id", "documents", "document_id"),
                _fk("claimant", "sources", "source_id"),
                _fk("outlet", "sources", "source_id"),
                _fk("cited_via", "sources", "source_id"),
            ],
        }),
        _resource(base / "sources.csv", base, "sources", "Claimants, outlets and relays", {
            "fields": _schema_fields(S.SOURCE_COLUMNS, _rules(SOURCES_SCHEMA), {}),
            "primaryKey": ["source_id"],
        }),
        _resource(base / "documents.csv", base, "documents", "Documents read", {
            "fields": _schema_fields(S.DOCUMENT_COLUMNS, _rules(DOCUMENTS_SCHEMA), {}),
            "primaryKey": ["document_id"],
            "foreignKeys": [_fk("outlet", "sources", "source_id")],
        }),
    ]
    events = paths.processed / "events" / "ucdp-ged.csv"  # ACLED rows are never published (its terms)
    if events.is_file():
        from .events import EVENT_COLUMNS

        types = {c: "integer" for c in ("deaths_best", "deaths_low", "deaths_high", "deaths_civilians", "source_row")}
        resources.append(_resource(events, base, "events-ucdp-ged", "Recorded events (UCDP GED), mapped to p-codes", {
            "fields": [_field(c, types.get(c, "string")) for c in EVENT_COLUMNS],
            "primaryKey": ["event_id"],
        }))
    runs = stored_run_names(paths)
    for table in sorted(t for t in paths.tables.glob("*/*.csv") if t.parent.name in runs):
        frame = _read_text_table(table)
        types = {c: _infer_type(frame[c]) for c in frame.columns}
        run, stem = table.parent.name, table.stem
        resources.append(_resource(table, base, _resource_name(f"{run}--{stem}"),
                                   f"Run {run}: {stem.replace('-', ' ')}",
                                   {"fields": [_field(c, types[c]) for c in frame.columns]}))
    title = title or "Crosstally ledger of reported figures"
    return {
        "$schema": PROFILE,
        "name": _resource_name(title),  # from the title, never the folder: a clone anywhere gives the same bytes
        "title": title,
        "description": ("Reported conflict figures: who claimed how many, about which place and period, "
                        "in which document and words; with the tables computed from them. " + LICENSE_NOTE),
        "licenses": LICENSES,
        "sources": [{"title": "Documents listed in the documents resource (outlet, url, published)"}],
        "resources": resources,
    }


def write_datapackage(paths: Paths = PATHS, title: str | None = None) -> Path:
    """Write the sources/documents copies and ``datapackage.json`` (atomic, deterministic)."""
    write_tables_copy(paths)
    descriptor = describe(paths, title)
    target = paths.processed / "datapackage.json"
    write_text(target, json.dumps(descriptor, indent=2, ensure_ascii=False, sort_keys=False) + "\n")
    return target


# ----------------------------------------------------------------------------- HXL (optional)

HXL_COLUMNS = (  # (header, HXL hashtag, ledger column or a metric's value)
    ("figure_id", "#meta+id", "figure_id"),
    ("claimant", "#meta+source", "claimant"),
    ("outlet", "#meta+source+outlet", "outlet"),
    ("url", "#meta+url", "url"),
    ("statement_date", "#date+reported", "statement_date"),
    ("period_start", "#date+start", "period_start"),
    ("period_end", "#date+end", "period_end"),
    ("admin1", "#adm1+code", "admin1"),
    ("population", "#meta+population", "population"),
    ("killed", "#affected+killed", "killed"),
    ("injured", "#affected+injured", "injured"),
    ("displaced", "#affected+displaced", "displaced"),
    ("value_as_reported", "#meta+value+reported", "value_as_reported"),
)


def hxl_table(ledger: pd.DataFrame) -> pd.DataFrame:
    """The people-counting figures (killed, injured, displaced) as an HXL-tagged table: the
    hashtag row first, then one row per figure with its number in its metric's column.
    Other metrics have no HXL affected-people tag and are left out (said in the README)."""
    people = ledger[ledger["metric"].astype(str).isin(["killed", "injured", "displaced"])]
    out = pd.DataFrame({h: "" for h, _, _ in HXL_COLUMNS}, index=people.index)
    for header, _, column in HXL_COLUMNS:
        if column in ("killed", "injured", "displaced"):
            value = people["value"].map(lambda v: "" if pd.isna(v) else f"{v:.0f}" if float(v).is_integer() else str(v))
            out[header] = value.where(people["metric"].astype(str) == column, "")
        else:
            out[header] = people[column].astype(str)
    tags = pd.DataFrame([{h: tag for h, tag, _ in HXL_COLUMNS}])
    return pd.concat([tags, out.sort_values("figure_id", kind="stable")], ignore_index=True)


def write_hxl(paths: Paths = PATHS) -> Path:
    from .ledger import load_ledger

    target = paths.processed / "ledger-hxl.csv"
    write_csv(hxl_table(load_ledger(paths=paths)), target)
    return target
