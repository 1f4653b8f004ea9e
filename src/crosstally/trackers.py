"""Other trackers' tables of reported figures, read into the ledger through a declared mapping.

Teams keep spreadsheets of who said how many: a date, a source, its URL, a low, a high or
a point estimate, what was counted and whose side, each in their own words and date
formats. ``crosstally import-figures FILE --mapping MAP.yaml`` reads such a table through
a small mapping file that says which column is which and what each of the tracker's
words means in the ledger's vocabulary:

.. code-block:: yaml

    prefix: T                 # new figure ids: T0001, T0002, ... (continuing any already there)
    date_format: "%d/%m/%Y"   # how the tracker writes dates (strftime codes)
    language: en
    columns:                  # ledger field: tracker column
      statement_date: Date
      claimant: Source
      url: Source URL
      low: Low
      high: High
      value: Point estimate
      metric: What was counted
      population: Whose side
      place: Where            # optional
    values:                   # ledger field: {tracker word: ledger value}
      metric: {Killed: killed, Wounded: injured, "Killed and wounded": casualties}
      population: {Russian forces: soldiers, Ukrainian forces: soldiers, Civilians: civilians}
      claimant: {"Ukraine MoD": ua-mod, "UK MoD": uk-mod}
    sources:                  # sources to register when missing from sources.csv
      ua-mod: {name: Ministry of Defence of Ukraine, type: belligerent, party_to_conflict: true}
    outlets:                  # URL host: outlet id (else the claimant is the outlet)
      www.gov.uk: uk-mod
    defaults: {unit: people, scope: campaign, counting_basis: cumulative_since}

Each row becomes one ledger figure. Its document is found from the URL: an existing
document with that URL is reused, otherwise one is registered (id from the host and path).
A row with a low and a high is a range (``value``, ``value_max``; a point estimate in the
same row is kept in ``notes``); a row with only a point is exact. Every word without a
mapping, every unparseable date or number, and every row that would make the raw
inputs invalid is refused as ``FILE:ROW:COLUMN`` (ROW is the line in the tracker's file),
and nothing is written. On success ``figures.csv``, ``documents.csv`` and
``sources.csv`` are replaced together after the whole new set validated.
"""
from __future__ import annotations

import csv
import hashlib
import io
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import pandas as pd
import yaml

from . import schema as S
from .ledger import InputError, ValidationFailed, read_raw_csv, validate, LINE
from .paths import PATHS, Paths

FIELDS = ("statement_date", "published", "claimant", "url", "low", "high", "value", "metric",
          "population", "place", "admin1", "perpetrator", "value_as_reported", "notes", "outlet",
          "period_start", "period_end", "quote")
REQUIRED_FIELDS = ("claimant", "url", "metric")
DEFAULTABLE = ("population", "unit", "scope", "counting_basis", "attribution", "language",
               "date_certainty", "perpetrator", "place", "admin1", "period_start", "period_end")


class MappingError(Exception):
    """The mapping file itself is wrong: its path, line and what to change."""


@dataclass
class Mapping:
    prefix: str
    date_format: str
    language: str
    columns: dict[str, str]
    values: dict[str, dict[str, str]]
    sources: dict[str, dict] = field(default_factory=dict)
    outlets: dict[str, str] = field(default_factory=dict)
    defaults: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | str) -> "Mapping":
        path = Path(path)
        try:
            doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError as exc:
            raise MappingError(f"{path}:1:1: not UTF-8 (byte {exc.start})") from None
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"{mark.line + 1}:{mark.column + 1}" if mark else "1:1"
            raise MappingError(f"{path}:{where}: {getattr(exc, 'problem', None) or exc}") from None
        except OSError as exc:
            raise MappingError(f"{path}: cannot read: {exc.strerror}") from None
        if not isinstance(doc, dict):
            raise MappingError(f"{path}:1:1: expected a mapping with columns:, values:, ...")
        columns = doc.get("columns") or {}
        unknown = sorted(set(columns) - set(FIELDS))
        if unknown:
            raise MappingError(f"{path}: columns: unknown ledger field(s) {', '.join(unknown)}; "
                               f"expected some of {', '.join(FIELDS)}")
        missing = [f for f in REQUIRED_FIELDS if f not in columns and f not in (doc.get("defaults") or {})]
        if "statement_date" not in columns and "published" not in columns:
            missing.append("statement_date (or published)")
        if "value" not in columns and not {"low", "high"} <= set(columns):
            missing.append("value (or low and high)")
        if missing:
            raise MappingError(f"{path}: columns: missing {', '.join(missing)}")
        prefix = str(doc.get("prefix", "T"))
        if not re.fullmatch(r"[A-Z][A-Za-z]*", prefix):
            raise MappingError(f"{path}: prefix {prefix!r} must be letters, starting with a capital")
        return cls(prefix=prefix, date_format=str(doc.get("date_format", "%Y-%m-%d")),
                   language=str(doc.get("language", "en")), columns={k: str(v) for k, v in columns.items()},
                   values={k: {str(a): str(b) for a, b in (v or {}).items()} for k, v in (doc.get("values") or {}).items()},
                   sources=doc.get("sources") or {}, outlets={str(k): str(v) for k, v in (doc.get("outlets") or {}).items()},
                   defaults={k: str(v) for k, v in (doc.get("defaults") or {}).items()})


def _read_table(path: Path) -> tuple[list[str], list[tuple[int, dict]]]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationFailed([InputError(str(path), path.read_bytes()[: exc.start].count(b"\n") + 1, "-",
                                           f"byte {exc.start} is not UTF-8")]) from None
    reader = csv.reader(io.StringIO(text, newline=""))
    rows = list(reader)
    if not rows:
        raise ValidationFailed([InputError(str(path), 1, "-", "empty file: expected a header row")])
    header = rows[0]
    out = []
    for i, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise ValidationFailed([InputError(str(path), i, "-", f"{len(row)} fields, header has {len(header)}")])
        out.append((i, dict(zip(header, row))))
    return header, out


NUMBER = re.compile(r"[0-9][0-9,\u202f\u00a0 ]*(\.[0-9]+)?")


def _number(text: str) -> str | None:
    """'1,234' -> '1234'; '' -> ''; anything else -> None."""
    text = text.strip()
    if text == "":
        return ""
    if not NUMBER.fullmatch(text):
        return None
    digits = re.sub(r"[,\u202f\u00a0 ]", "", text)
    return digits[:-2] if digits.endswith(".0") else digits


def _document_id(url: str) -> str:
    parts = urlsplit(url)
    host = parts.netloc.lower().removeprefix("www.")
    slug = re.sub(r"[^a-z0-9]+", "-", f"{host}-{parts.path}".lower()).strip("-")[:48].strip("-")
    return f"{slug}-{hashlib.sha256(url.encode()).hexdigest()[:6]}"


def _next_ids(existing: pd.Series, prefix: str, n: int) -> list[str]:
    used = [int(m.group(1)) for m in existing.str.extract(rf"^{prefix}([0-9]+)$", expand=False).dropna().map(
        lambda s: re.match(r"(\d+)", s)) if m]
    start = max(used, default=0) + 1
    return [f"{prefix}{i:04d}" for i in range(start, start + n)]


def _raw_frames(paths: Paths) -> dict[str, pd.DataFrame]:
    frames = {}
    for name, path, columns in (("sources", paths.sources, S.SOURCE_COLUMNS),
                                ("documents", paths.documents, S.DOCUMENT_COLUMNS),
                                ("figures", paths.figures, S.RAW_FIGURE_COLUMNS)):
        df, errors = read_raw_csv(path, columns, paths)
        if errors:
            raise ValidationFailed(errors)
        frames[name] = df.drop(columns=[LINE])
    return frames


def convert(table: Path | str, mapping: Mapping, paths: Paths = PATHS) -> dict[str, pd.DataFrame]:
    """The tracker's rows as new raw rows: {"sources": ..., "documents": ..., "figures": ...}.

    Raises ValidationFailed with every FILE:ROW:COLUMN problem in the tracker's file.
    """
    from .tabulate import load_admin1, resolve_places

    table = Path(table)
    shown = str(table)
    header, rows = _read_table(table)
    errors = [InputError(shown, 1, col, f"column {col!r} named in the mapping is not in the file")
              for col in mapping.columns.values() if col not in header]
    if errors:
        raise ValidationFailed(errors)
    raw = _raw_frames(paths)
    admin1 = load_admin1(paths.admin1)
    known_sources = set(raw["sources"]["source_id"]) | set(mapping.sources)
    docs_by_url = dict(zip(raw["documents"]["url"], raw["documents"]["document_id"]))
    new_docs: dict[str, dict] = {}
    figures = []

    def cell(row, name):
        col = mapping.columns.get(name)
        return row[col].strip() if col else ""

    def mapped(row, name, line, allowed=None):
        text = cell(row, name)
        if name not in mapping.columns:
            return mapping.defaults.get(name, "")
        table_ = mapping.values.get(name)
        value = table_.get(text) if table_ is not None else text
        if value is None or (allowed is not None and value not in allowed):
            errors.append(InputError(shown, line, mapping.columns[name],
                                     f"{text!r} has no mapping to a ledger {name}"
                                     + (f" (values: {name}: in {table_!r})" if table_ is not None else
                                        f"; expected one of {', '.join(allowed)}")))
            return None
        return value

    for line, row in rows:
        before = len(errors)
        metric = mapped(row, "metric", line, S.METRICS)
        population = mapped(row, "population", line, S.POPULATIONS) if "population" in mapping.columns else \
            mapping.defaults.get("population", "all")
        claimant = mapped(row, "claimant", line)
        if claimant is not None and claimant not in known_sources:
            errors.append(InputError(shown, line, mapping.columns["claimant"],
                                     f"claimant {claimant!r} is not in sources.csv nor under sources: in the mapping"))
            claimant = None
        when = cell(row, "statement_date") or cell(row, "published")
        date_col = mapping.columns.get("statement_date") or mapping.columns.get("published")
        try:
            day = datetime.strptime(when, mapping.date_format).strftime("%Y-%m-%d")
        except ValueError:
            errors.append(InputError(shown, line, date_col, f"{when!r} is not a date in the format {mapping.date_format!r}"))
            day = None
        numbers = {}
        for name in ("value", "low", "high"):
            if name in mapping.columns:
                n = _number(cell(row, name))
                if n is None:
                    errors.append(InputError(shown, line, mapping.columns[name], f"{cell(row, name)!r} is not a number"))
                numbers[name] = n or ""
        url = cell(row, "url")
        if not re.match(r"^https?://", url):
            errors.append(InputError(shown, line, mapping.columns["url"], f"{url!r} is not an http(s) URL"))
        place_text = cell(row, "place")
        admin = ""
        if place_text:
            try:
                admin = ";".join(resolve_places([p for p in re.split(r"[;,/]", place_text) if p.strip()], admin1))
            except ValueError:
                errors.append(InputError(shown, line, mapping.columns["place"],
                                         f"{place_text!r} matches no admin-1 name or alias in {paths.admin1.name}"))
        if len(errors) > before:
            continue
        low, high, point = numbers.get("low", ""), numbers.get("high", ""), numbers.get("value", "")
        if low and high and low != high:
            value, value_max, qualifier = low, high, "range"
            as_reported = cell(row, "value_as_reported") or f"{cell(row, 'low')}-{cell(row, 'high')}"
            note = f"point estimate {cell(row, 'value')}" if point else ""
        elif point or low or high:
            value, value_max, qualifier = point or low or high, "", "exact"
            as_reported = cell(row, "value_as_reported") or (cell(row, "value") or cell(row, "low") or cell(row, "high"))
            note = ""
        else:
            errors.append(InputError(shown, line, mapping.columns.get("value") or mapping.columns.get("low"),
                                     "no number: a figure needs a value, or a low and a high"))
            continue
        host = urlsplit(url).netloc.lower()
        outlet = mapping.outlets.get(host) or mapping.outlets.get(host.removeprefix("www.")) or claimant
        doc_id = docs_by_url.get(url) or _document_id(url)
        if doc_id not in docs_by_url.values() and doc_id not in new_docs:
            new_docs[doc_id] = {"document_id": doc_id, "title": "", "outlet": outlet, "url": url, "published": day,
                                "date_certainty": "stated", "language": mapping.language, "text_file": "",
                                "sha256": "", "notes": f"registered by import-figures from {table.name}"}
        doc = new_docs.get(doc_id) or raw["documents"].set_index("document_id").loc[doc_id].to_dict()
        fig = {c: "" for c in S.RAW_FIGURE_COLUMNS}
        fig.update({k: v for k, v in mapping.defaults.items() if k in fig})
        fig.update({
            "document_id": doc_id, "claimant": claimant, "outlet": doc["outlet"], "metric": metric,
            "population": population, "unit": mapping.defaults.get("unit", "people"),
            "value_as_reported": as_reported, "qualifier": qualifier, "value": value, "value_max": value_max,
            "place": place_text or fig.get("place", ""), "admin1": admin or fig.get("admin1", ""),
            "statement_date": day, "published": doc["published"], "url": url, "language": doc["language"],
            "perpetrator": cell(row, "perpetrator") or fig.get("perpetrator", ""),
            "period_start": cell(row, "period_start") or fig.get("period_start", ""),
            "period_end": cell(row, "period_end") or fig.get("period_end", "") or day,
            "date_certainty": fig.get("date_certainty") or "stated",
            "date_precision": fig.get("date_precision") or "day",
            "scope": fig.get("scope") or "campaign",
            "counting_basis": fig.get("counting_basis") or "cumulative_since",
            "attribution": fig.get("attribution") or "stated",
            # what the tracker counts is not known unless its mapping says so
            "perpetrator_scope": fig.get("perpetrator_scope") or "all_or_unspecified",
            "completeness": fig.get("completeness") or "full",
            "status": fig.get("status") or "current",
            "quote": cell(row, "quote"),
            "ref_id": f"{table.name}:{line}",
            "notes": "; ".join(filter(None, [note, cell(row, "notes"), f"imported from {table.name} line {line}"])),
        })
        figures.append(fig)
    if errors:
        raise ValidationFailed(errors)
    ids = _next_ids(raw["figures"]["figure_id"], mapping.prefix, len(figures))
    for fig, fid in zip(figures, ids):
        fig["figure_id"] = fid
    new_sources = [{"source_id": sid, "name": str(spec.get("name", sid)), "type": str(spec.get("type", "")),
                    "party_to_conflict": str(spec.get("party_to_conflict", "false")).lower(),
                    "parent": str(spec.get("parent", "")), "notes": str(spec.get("notes", "registered by import-figures")),
                    "aliases": str(spec.get("aliases", ""))}
                   for sid, spec in sorted(mapping.sources.items()) if sid not in set(raw["sources"]["source_id"])]
    return {"sources": pd.DataFrame(new_sources, columns=list(S.SOURCE_COLUMNS)),
            "documents": pd.DataFrame(list(new_docs.values()), columns=list(S.DOCUMENT_COLUMNS)),
            "figures": pd.DataFrame(figures, columns=list(S.RAW_FIGURE_COLUMNS))}


def _append_csv(path: Path, rows: pd.DataFrame) -> bytes:
    """The file's bytes with ``rows`` appended in its own CSV style (minimal quoting)."""
    old = path.read_bytes()
    if rows.empty:
        return old
    buf = io.StringIO(newline="")
    csv.writer(buf, lineterminator="\n").writerows(rows.astype(str).values.tolist())
    sep = b"" if old.endswith(b"\n") or not old else b"\n"
    return old + sep + buf.getvalue().encode("utf-8")


def import_figures(table: Path | str, mapping_file: Path | str, paths: Paths = PATHS) -> dict[str, int]:
    """Convert, validate the raw inputs as they would be, then write them (all or nothing).

    Returns {"sources": n, "documents": n, "figures": n} added. Raises MappingError or
    ValidationFailed (errors in the tracker's file, or in the resulting raw inputs).
    """
    new = convert(table, Mapping.load(mapping_file), paths)
    targets = {"sources": paths.sources, "documents": paths.documents, "figures": paths.figures}
    contents = {name: _append_csv(targets[name], new[name]) for name in targets}
    with tempfile.TemporaryDirectory(prefix="crosstally-import-") as tmp:
        trial = Paths(tmp)
        shutil.copytree(paths.raw, trial.raw)
        for name, data in contents.items():
            (trial.raw / targets[name].name).write_bytes(data)
        errors = validate(trial)
    if errors:
        # A new figure's problem is reported at the tracker row it came from.
        old_lines = paths.figures.read_bytes().count(b"\n")
        origin = {old_lines + 1 + i: int(ref.rsplit(":", 1)[1]) for i, ref in enumerate(new["figures"]["ref_id"])}
        shown = str(table)
        raise ValidationFailed([
            InputError(shown, origin[e.row], e.column, f"{e.message} (as ledger figure {e.column})")
            if e.file.endswith(paths.figures.name) and e.row in origin else
            InputError(e.file, e.row, e.column, f"{e.message} (after the import)") for e in errors])
    from .io import write_bytes

    for name in ("sources", "documents", "figures"):  # referenced tables first
        write_bytes(targets[name], contents[name])
    return {name: len(df) for name, df in new.items()}
