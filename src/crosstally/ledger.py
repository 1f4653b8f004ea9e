"""The ledger: read the raw, human-curated tables, validate them, build the processed ledger.

Raw inputs (``data/raw``, read-only):

- ``sources.csv``: every claimant and outlet, with a type and a party-to-the-conflict flag;
- ``documents.csv`` and ``documents/*.txt``: the documents figures come from, with the text
  when we hold it;
- ``figures.csv``: one row per number as one claimant stated it in one document;
- ``rules/admin1.csv`` (the case's admin-1 units) and ``rules/bound-profiles.yaml``.

Every problem is reported as ``FILE:ROW:COLUMN: message`` where ROW is the line number in
the file (the header is line 1) and COLUMN the column name. Validation collects every
problem before failing; ``build`` writes nothing unless the inputs are clean, and then
writes each output to a temporary file and renames it, so the last good ledger survives
any failure.
"""
from __future__ import annotations

import csv
import hashlib
import io
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pandera.pandas as pa
import pyarrow.parquet as pq

from . import schema as S
from . import stamp
from .bounds import QUALIFIERS, Profile, ProfileError, get_profile
from .dates import categorical_text, parse_partial_date, per_distinct
from .io import arrow_text, csv_chunks, parquet_bytes, write_bytes, write_chunks, write_text
from .paths import PATHS, Paths
from .tabulate import sort_order, take_rows

LINE = "source_line"  # the file line a record starts on, kept beside every raw row
BOM = b"\xef\xbb\xbf"  # a UTF-8 byte order mark, which some editors put first


@dataclass(frozen=True, order=True)
class InputError:
    file: str
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.row}:{self.column}: {self.message}"


class ValidationFailed(Exception):
    """Raised by ``build`` when the raw inputs have errors; carries them all."""

    def __init__(self, errors: list[InputError]):
        self.errors = sorted(set(errors))
        super().__init__("\n".join(str(e) for e in self.errors))


# --------------------------------------------------------------------------- reading


def _rel(path: Path, paths: Paths) -> str:
    try:
        return str(path.resolve().relative_to(paths.root))
    except ValueError:
        return str(path)


def read_raw_csv(path: Path, columns: tuple[str, ...], paths: Paths = PATHS) -> tuple[pd.DataFrame, list[InputError]]:
    """Read a raw CSV as text, strictly: every field a string, nothing coerced or dropped.

    Returns the rows (plus a ``source_line`` column) and the problems found: bytes that
    are not UTF-8, a header that is not the expected one, a row with the wrong number of
    fields, an unbalanced quote. The caller stops on any error, so nothing is lost.

    A clean file is parsed by pyarrow (millions of rows a second); any file pyarrow
    refuses is read again with Python's strict csv reader, which names the line.
    """
    name = _rel(path, paths)
    if not path.exists():
        return pd.DataFrame(columns=[*columns, LINE]), [InputError(name, 0, "-", "file not found")]
    tail = 0
    while tail < len(columns) and columns[len(columns) - 1 - tail] in S.OPTIONAL_COLUMNS:
        tail += 1
    if tail:  # optional trailing columns: a file whose header leaves them out reads them as empty
        with open(path, "rb") as fh:
            first = fh.readline()
        first = first[len(BOM):] if first.startswith(BOM) else first
        short = columns[:len(columns) - tail]
        if first.rstrip(b"\n").rstrip(b"\r") == ",".join(short).encode():
            df, errors = read_raw_csv(path, short, paths)
            for col in columns[len(short):]:
                df.insert(len(df.columns) - 1, col, "")
            return df, errors
    df = _read_fast(path, columns)
    if df is not None:
        return df, []
    raw = path.read_bytes()
    if raw.startswith(BOM):
        raw = raw[len(BOM):]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _locate(raw, exc.start, columns)
        return pd.DataFrame(columns=[*columns, LINE]), [
            InputError(name, line, column, f"byte 0x{raw[exc.start]:02x} is not UTF-8 (save the file as UTF-8)")
        ]
    return _read_strict(text, columns, name)


def _locate(raw: bytes, offset: int, columns: tuple[str, ...]) -> tuple[int, str]:
    """The line the record holding byte ``offset`` starts on, and that byte's column.

    The CSV before the byte is parsed (quotes and all), so a quoted comma or line break
    earlier in the row does not shift the answer.
    """
    head = raw[:offset].decode("utf-8", "replace") + "x"  # x: the field the byte is in
    last = list(csv.reader(io.StringIO(head, newline="")))[-1]
    line = head.count("\n") + 1 - sum(field.count("\n") for field in last)
    index = len(last) - 1
    return line, columns[index] if index < len(columns) else f"field {index + 1}"


def _read_fast(path: Path, columns: tuple[str, ...]) -> pd.DataFrame | None:
    """pyarrow's parser for a clean file; None when anything is unusual.

    Unusual means: a header other than ``columns``, a quoted header, bytes that are not
    UTF-8, a row pyarrow rejects, or a field that spans lines (line numbers would then
    need counting). The strict reader then reads the file and says where the problem is.

    The file is streamed, never held whole. Text is read as Arrow's ``large_string``,
    the type pandas keeps ``str`` columns in, so the frame is made without converting
    a column.
    """
    import pyarrow as pa
    import pyarrow.csv as pacsv

    with open(path, "rb") as fh:
        first = fh.readline()
    start = len(BOM) if first.startswith(BOM) else 0
    if first[start:].rstrip(b"\n").rstrip(b"\r") != ",".join(columns).encode():
        return None
    try:
        with pa.OSFile(str(path)) as source:
            # Skip the mark here, not in pyarrow: its blocks (the frame's chunks, and so the
            # Parquet file's pages) then start at the same bytes whether or not there is one.
            source.seek(start)
            table = pacsv.read_csv(
                source,
                parse_options=pacsv.ParseOptions(newlines_in_values=True),
                convert_options=pacsv.ConvertOptions(
                    column_types={c: pa.large_string() for c in columns},
                    strings_can_be_null=False, quoted_strings_can_be_null=False, check_utf8=True),
            )
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return None
    if _count_lines(path) != table.num_rows + 1:
        return None  # blank lines, or a field spanning lines
    df = table.to_pandas()
    df[LINE] = pd.RangeIndex(2, len(df) + 2)
    return df


def _count_lines(path: Path) -> int:
    """Lines in a file, the last counted whether or not it ends in a newline; read in
    blocks, so the file is never held whole."""
    block = bytearray(1 << 22)
    newlines, ends_with_newline = 0, False
    with open(path, "rb") as fh:
        while size := fh.readinto(block):
            newlines += block.count(b"\n", 0, size)
            ends_with_newline = block[size - 1] == ord("\n")
    return newlines + (0 if ends_with_newline else 1)


def _read_strict(text: str, columns: tuple[str, ...], name: str) -> tuple[pd.DataFrame, list[InputError]]:
    errors: list[InputError] = []
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    records: list[list[str]] = []
    lines: list[int] = []
    start = 1
    header: list[str] | None = None
    while True:
        try:
            rec = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            errors.append(InputError(name, start, "-", f"malformed CSV: {exc} (unbalanced quotes?)"))
            break
        if header is None:
            header = rec
            if tuple(rec) != columns:
                missing = [c for c in columns if c not in rec]
                extra = [c for c in rec if c not in columns]
                detail = []
                if missing:
                    detail.append("missing " + ", ".join(missing))
                if extra:
                    detail.append("unexpected " + ", ".join(extra))
                if not detail:
                    detail.append("columns out of order")
                errors.append(InputError(name, 1, (missing or extra or ["-"])[0],
                                         "header is not " + ",".join(columns) + ": " + "; ".join(detail)))
                break
        elif rec == []:
            pass  # a blank line
        elif len(rec) != len(columns):
            col = columns[len(rec)] if len(rec) < len(columns) else f"field {len(rec)}"
            errors.append(InputError(name, start, col, f"row has {len(rec)} fields, expected {len(columns)}"))
        else:
            records.append(rec)
            lines.append(start)
        start = reader.line_num + 1
    df = pd.DataFrame(records, columns=list(columns), dtype="str")
    df[LINE] = lines
    return df, errors


# --------------------------------------------------------------------------- checks


def _is_date(s: str) -> bool:
    if s == "":
        return True
    try:
        parse_partial_date(s)
    except ValueError:
        return False
    return True


def _by_unique(fn, error: str) -> pa.Check:
    """A check that judges each distinct value once: columns repeat a few values a lot."""

    def check(series: pd.Series) -> pd.Series:
        uniques = series.unique()
        good = [u for u in uniques if fn(u)]
        return series.isin(good)

    return pa.Check(check, error=error)


def _enum(values, what: str) -> pa.Check:
    return pa.Check.isin(list(values), error=f"unknown {what}; expected one of {', '.join(values)}")


# "\Z", not "$": Python's "$" also matches before a final line break ("10\n" would pass)
ID = r"^[a-z0-9][a-z0-9._-]*\Z"
FIGURE_ID = r"^[A-Z][A-Za-z0-9._-]*\Z"
DATE_ERROR = "not a date: expected YYYY, YYYY-MM or YYYY-MM-DD, and a day the month has"


EMPTY = "is empty"
# What an error says of a required column left empty (its value is always ''): a sentence.
_EMPTY_SAYS = {
    "claimant": "empty: every figure needs a claimant, the source_id (data/raw/sources.csv) of whoever made the claim",
    "outlet": "empty: every row needs an outlet, the source_id (data/raw/sources.csv) of who published it",
    "published": "empty: every document needs the date it was published (YYYY-MM-DD, YYYY-MM or YYYY)",
    "value_as_reported": "empty: every figure needs the number as the text writes it ('at least 12', 'dozens')",
}


def _text(*checks, required: bool = False, unique: bool = False) -> pa.Column:
    checks = list(checks)
    if required:
        checks.insert(0, pa.Check.str_length(min_value=1, error=EMPTY))
    return pa.Column(str, checks, nullable=False, unique=unique)


def _date(required: bool = False) -> pa.Column:
    return _text(_by_unique(_is_date, DATE_ERROR), required=required)


NUMBER = r"^([0-9]+(\.[0-9]+)?)?\Z"


def _number(required: bool = False) -> pa.Column:
    """A count as plain digits ("370", "1098.5"); empty where not given."""
    return _text(pa.Check.str_matches(r"^(-?[0-9]+(\.[0-9]+)?)?\Z", error="not a number (plain digits 0-9, no separators)"),
                 pa.Check(lambda s: ~s.str.startswith("-"), error="negative number: counts cannot be below zero"),
                 required=required)


def as_numbers(series: pd.Series) -> pd.Series:
    """Plain-digit text to float64, NaN where empty or not a number."""
    import pyarrow as pa
    import pyarrow.compute as pc

    text = arrow_text(series, chunked=True)  # Arrow's regex and cast on the text as it is held: no copy
    # NUMBER in RE2's words (Arrow): its "$" is the end of the text, as Python's "\Z"
    ok = pc.and_(pc.match_substring_regex(text, NUMBER[:-2] + "$"), pc.not_equal(text, ""))
    numbers = pc.cast(pc.if_else(ok, text, pa.scalar(None, pa.large_string())), pa.float64())
    return pd.Series(numbers.to_numpy(), index=series.index)


SOURCES_SCHEMA = pa.DataFrameSchema(
    {
        "source_id": _text(pa.Check.str_matches(ID, error="id must be lower-case letters, digits, . _ -"), required=True, unique=True),
        "name": _text(required=True),
        "type": _text(_enum(S.SOURCE_TYPES, "source type")),
        "party_to_conflict": _text(_enum(("true", "false"), "party_to_conflict value")),
        "parent": _text(),
        "notes": _text(),
        "aliases": _text(pa.Check(lambda s: ~s.str.contains(r"(?:^;|;;|;$|^\s|\s$|\s;|;\s)", regex=True),
                                  error="aliases are names separated by ';', none empty, no spaces around ';'")),
    },
    strict=False,
)

DOCUMENTS_SCHEMA = pa.DataFrameSchema(
    {
        "document_id": _text(pa.Check.str_matches(ID, error="id must be lower-case letters, digits, . _ -"), required=True, unique=True),
        "title": _text(),
        "outlet": _text(required=True),
        "url": _text(pa.Check.str_matches(r"^https?://", error="url must start with http:// or https://"), required=True),
        "published": _date(required=True),
        "date_certainty": _text(_enum(S.DATE_CERTAINTIES, "date certainty")),
        "language": _text(_enum(S.LANGUAGES, "language code")),
        "text_file": _text(),
        "sha256": _text(pa.Check.str_matches(r"^([0-9a-f]{64})?\Z", error="sha256 must be 64 hex digits")),
        "notes": _text(),
    },
    strict=False,
)

FIGURES_SCHEMA = pa.DataFrameSchema(
    {
        "figure_id": _text(pa.Check.str_matches(FIGURE_ID, error="figure id must start with a capital letter"), required=True, unique=True),
        "document_id": _text(required=True),
        "claimant": _text(required=True),
        "outlet": _text(required=True),
        "cited_via": _text(),
        "metric": _text(_enum(S.METRICS, "metric")),
        "population": _text(_enum(S.POPULATIONS, "population")),
        "unit": _text(_enum(S.UNITS, "unit")),
        "value_as_reported": _text(required=True),
        "qualifier": _text(_enum(QUALIFIERS, "qualifier")),
        "value": _number(),
        "value_max": _number(),
        "perpetrator": _text(),
        "attribution": _text(_enum(S.ATTRIBUTIONS, "attribution")),
        "place": _text(),
        "admin1": _text(),
        "period_start": _date(),
        "period_end": _date(),
        "date_precision": _text(_enum(S.DATE_PRECISIONS, "date precision")),
        "as_of": _date(),
        "counting_basis": _text(_enum(S.COUNTING_BASES, "counting basis")),
        "statement_date": _date(),
        "published": _date(required=True),
        "date_certainty": _text(_enum(S.DATE_CERTAINTIES, "date certainty")),
        "date_basis": _text(),
        "scope": _text(_enum(S.SCOPES, "scope")),
        "quote": _text(),
        "url": _text(pa.Check.str_matches(r"^https?://", error="url must start with http:// or https://"), required=True),
        "language": _text(_enum(S.LANGUAGES, "language code")),
        "ref_id": _text(),
        "notes": _text(),
        "perpetrator_scope": _text(_enum(S.PERPETRATOR_SCOPES, "perpetrator scope")),
        "completeness": _text(_enum(S.COMPLETENESS, "completeness")),
        "completeness_basis": _text(),
        "status": _text(_enum(S.STATUSES, "status")),
        "superseded_by": _text(),
        "status_words": _text(),
        "same_statement_as": _text(),
        "projection": _text(_enum(("", *S.PROJECTIONS), "projection (empty for a count of what happened)")),
    },
    strict=False,
)


def _schema_errors(df: pd.DataFrame, schema: pa.DataFrameSchema, name: str) -> list[InputError]:
    """Run a pandera schema lazily; turn every failure case into a FILE:ROW:COLUMN error."""
    try:
        schema.validate(df, lazy=True)
    except pa.errors.SchemaErrors as exc:
        out = []
        for case in exc.failure_cases.itertuples(index=False):
            idx = case.index
            row = int(df[LINE].iloc[int(idx)]) if idx is not None and idx == idx else 0
            column = case.column if isinstance(case.column, str) else "-"
            check = str(case.check)
            if check == "field_uniqueness":
                check = "duplicate value: must be unique"
            if check == EMPTY:  # the value is always '': say what is missing, in a sentence
                out.append(InputError(name, row, column, _EMPTY_SAYS.get(column, f"empty: every row needs a {column}")))
                continue
            out.append(InputError(name, row, column, f"{check}: {case.failure_case!r}"))
        return out
    return []


# --------------------------------------------------------------------------- loading raw


@dataclass
class RawInputs:
    sources: pd.DataFrame
    documents: pd.DataFrame
    figures: pd.DataFrame
    admin1: pd.DataFrame
    texts: dict[str, str] = field(default_factory=dict)  # document_id -> text
    value: pd.Series | None = None  # figures' value and value_max as numbers
    value_max: pd.Series | None = None
    low: pd.Series | None = None  # bounds under ``profile``, where they could be derived
    high: pd.Series | None = None
    errors: list[InputError] = field(default_factory=list)
    profile: Profile | None = None


def read_inputs(paths: Paths = PATHS, profile_id: str | None = None) -> RawInputs:
    """Read and check every raw input. ``errors`` is empty when all is well."""
    errors: list[InputError] = []
    sources, e = read_raw_csv(paths.sources, S.SOURCE_COLUMNS, paths)
    errors += e
    documents, e = read_raw_csv(paths.documents, S.DOCUMENT_COLUMNS, paths)
    errors += e
    figures, e = read_raw_csv(paths.figures, S.RAW_FIGURE_COLUMNS, paths)
    errors += e
    admin1, e = read_raw_csv(paths.admin1, S.ADMIN1_COLUMNS, paths)
    errors += e
    raw = RawInputs(sources, documents, figures, admin1, errors=errors)
    try:
        raw.profile = get_profile(profile_id, paths.profiles)
    except ProfileError as exc:
        if exc.file:  # a problem in the rule file, at a line and column
            errors.append(InputError(_rel(paths.profiles, paths), exc.line, str(exc.column), exc.message))
        else:
            where = "--profile" if profile_id and "unknown bound profile" in str(exc) else "-"
            errors.append(InputError(_rel(paths.profiles, paths), 0, where, str(exc)))
    if errors:
        return raw  # structure first: content checks on a broken table only add noise

    src_name, doc_name, fig_name = (_rel(p, paths) for p in (paths.sources, paths.documents, paths.figures))
    with ThreadPoolExecutor(1) as pool:
        # pandera's checks are mostly Arrow kernels, which release the GIL: the schemas are
        # checked on a second thread while this one checks across tables.
        schema_errors = pool.map(_schema_errors, (sources, documents, figures),
                                 (SOURCES_SCHEMA, DOCUMENTS_SCHEMA, FIGURES_SCHEMA), (src_name, doc_name, fig_name))
        cross_errors = _cross_errors(raw, paths, src_name, doc_name, fig_name)
        for found in schema_errors:
            errors += found
    errors += cross_errors
    errors += admin1_errors(admin1, _rel(paths.admin1, paths))
    errors += admin1_spelling_errors(admin1, _rel(paths.admin1, paths))
    return raw


def _iso_kind(code: str) -> str:
    """ISO 3166-2's type of the unit ``code``, in lower case ("rayon"), or "" for a code ISO does not know."""
    import pycountry

    return str(getattr(pycountry.subdivisions.get(code=code), "type", "") or "").lower()


def admin1_spelling_errors(admin1: pd.DataFrame, name: str) -> list[InputError]:
    """Checks that each spelling of the admin-1 table says one unit: two units of one country
    with the same ``name`` (ISO 3166-2's city and rayon of Lənkəran: "Lənkəran (municipality)",
    "Lənkəran (rayon)"), and a name or alias two or more units of one country share, unless
    the drafter reads it as one of them (a city and one other unit, ``admin1.city_pair``: the
    city) or it is a group of them all (``groups``). Units of different countries may share a
    spelling (the document's country decides), and the whole-country row is not a unit."""
    from .admin1 import city_pair, country_of_code, spelling, whole_country_rows

    errors: list[InputError] = []
    countries = whole_country_rows(admin1)
    groups: dict[str, set[str]] = {}
    if "groups" in admin1.columns:
        for r in admin1.to_dict("records"):
            for g in str(r["groups"] or "").split(";"):
                if g.strip():
                    groups.setdefault(spelling(g), set()).add(r["pcode"])
    names: dict[tuple[str | None, str], dict] = {}
    spelled: dict[tuple[str | None, str], list[tuple[dict, str]]] = {}
    for r in admin1.to_dict("records"):
        if r["pcode"] in countries:
            continue
        country = country_of_code(r["pcode"], countries)
        own = spelling(r["name"])
        first = names.setdefault((country, own), r)
        if own and first["pcode"] != r["pcode"]:
            kinds = [_iso_kind(first["pcode"]), _iso_kind(r["pcode"])]
            kinds = kinds if all(kinds) and kinds[0] != kinds[1] else ["city", "province"]
            errors.append(InputError(name, int(r[LINE]), "name", f"{r['pcode']} has the name {own!r} of "
                                     f"{first['pcode']} (line {first[LINE]}): tell the two apart (e.g. by their "
                                     f"kind: '{own} ({kinds[0]})', '{own} ({kinds[1]})'), and keep {own!r} "
                                     f"in the aliases of the one it names (both, when one is a city and the "
                                     f"other the unit around it: the drafts read it as the city)"))
        for n in dict.fromkeys(spelling(n) for n in [r["name"], *str(r.get("aliases", "") or "").split(";")]):
            if n:
                spelled.setdefault((country, n), []).append((r, "name" if n == own else "aliases"))
    for (country, n), rows in spelled.items():
        codes = list(dict.fromkeys(r["pcode"] for r, _ in rows))
        if len(codes) < 2 or city_pair(codes) or groups.get(n, set()) >= set(codes):
            continue
        first = rows[0][0]
        for r, column in rows[1:]:
            if r["pcode"] == first["pcode"] or (column == "name" and spelling(first["name"]) == n):
                continue  # (said above: two units of one name)
            errors.append(InputError(name, int(r[LINE]), column, f"{n!r} spells {r['pcode']} and also "
                                     f"{first['pcode']} ({first['name']}, line {first[LINE]}): a spelling must say "
                                     f"one unit (the drafts would read it as {first['pcode']}); keep it on the unit "
                                     f"your sources mean by it (only a city and one other unit may share one: the "
                                     f"city is read)"))
    return errors


def admin1_errors(admin1: pd.DataFrame, name: str) -> list[InputError]:
    """Checks of the admin-1 table's ``groups`` (regions spanning several units): a group
    names at least two units, never the whole country's row; a group's name is no spelling
    of the country nor of a unit outside the group (it would say two places); a unit
    lists a group once."""
    errors: list[InputError] = []
    if "groups" not in admin1.columns:
        return errors
    from .admin1 import whole_country_rows  # a table may hold several countries, each with its row

    countries = set(whole_country_rows(admin1))
    spelled: dict[str, set[str]] = {}
    for r in admin1.to_dict("records"):
        for n in [r["name"], *str(r.get("aliases", "") or "").split(";")]:
            n = " ".join(n.split())
            if n:
                spelled.setdefault(n, set()).add(r["pcode"])
    members: dict[str, list[str]] = {}
    first_line: dict[str, int] = {}
    for r in admin1.to_dict("records"):
        listed = [" ".join(g.split()) for g in str(r["groups"] or "").split(";")]
        listed = [g for g in listed if g]
        line = int(r[LINE])
        for g in sorted({g for g in listed if listed.count(g) > 1}):
            errors.append(InputError(name, line, "groups", f"group {g!r} is listed twice"))
        if listed and r["pcode"] in countries:
            errors.append(InputError(name, line, "groups", f"the whole country ({r['pcode']}) cannot be part of a "
                                                           f"group; list the group on its units"))
            continue
        for g in dict.fromkeys(listed):
            members.setdefault(g, []).append(r["pcode"])
            first_line.setdefault(g, line)
    for g, units in members.items():
        line = first_line[g]
        if len(units) < 2:
            errors.append(InputError(name, line, "groups", f"group {g!r} names only {units[0]}: a place that is "
                                                           f"one unit is an alias of it, not a group"))
        outside = sorted(spelled.get(g, set()) - set(units))
        if outside:
            errors.append(InputError(name, line, "groups", f"group {g!r} is also a spelling of {', '.join(outside)}, "
                                                           f"which is not in the group: a name must say one place"))
    return errors


def _cross_errors(raw: RawInputs, paths: Paths, src_name: str, doc_name: str, fig_name: str) -> list[InputError]:
    """Checks across rows, columns and tables; reads the held document texts into ``raw``
    and derives the figures' numbers and bounds on the way."""
    errors: list[InputError] = []
    sources, documents, figures = raw.sources, raw.documents, raw.figures
    source_ids = set(sources["source_id"])
    owner: dict[str, str] = {}  # a name in lower case -> the source it names
    for r in sources.to_dict("records"):
        if r["parent"] and r["parent"] not in source_ids:
            errors.append(InputError(src_name, r[LINE], "parent", f"unknown source {r['parent']!r}"))
        for alias in filter(None, r["aliases"].split(";")):
            key = " ".join(alias.split()).lower()
            if owner.setdefault(key, r["source_id"]) != r["source_id"]:
                errors.append(InputError(src_name, r[LINE], "aliases",
                                         f"alias {alias!r} also names {owner[key]!r}: a name must say one source"))

    for r in documents.loc[~documents["outlet"].isin(source_ids)].itertuples(index=False):
        errors.append(InputError(doc_name, getattr(r, LINE), "outlet", f"unknown outlet {r.outlet!r}: add it to {src_name}"))
    for r in documents.loc[documents["text_file"] != ""].itertuples(index=False):
        line = getattr(r, LINE)
        if Path(r.text_file).name != r.text_file or r.text_file.startswith("."):
            errors.append(InputError(doc_name, line, "text_file",
                                     f"{r.text_file!r}: give a file name in {_rel(paths.documents_dir, paths)}/, not a path"))
            continue
        if not r.sha256:
            errors.append(InputError(doc_name, line, "sha256",
                                     "a document whose text is held needs its sha256 (sha256sum data/raw/documents/FILE)"))
        tpath = paths.documents_dir / r.text_file
        if not tpath.is_file():
            errors.append(InputError(doc_name, line, "text_file", f"no such file {_rel(tpath, paths)}"))
            continue
        data = tpath.read_bytes()
        if r.sha256 and hashlib.sha256(data).hexdigest() != r.sha256:
            errors.append(InputError(doc_name, line, "sha256",
                                     f"{_rel(tpath, paths)} has changed since it was registered (raw documents are read-only)"))
        try:
            raw.texts[r.document_id] = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            errors.append(InputError(_rel(tpath, paths), data.count(b"\n", 0, exc.start) + 1, "-",
                                     f"byte 0x{data[exc.start]:02x} is not UTF-8"))

    raw.value, raw.value_max = as_numbers(figures["value"]), as_numbers(figures["value_max"])
    errors += _figure_errors(raw, fig_name, doc_name, src_name, _rel(paths.admin1, paths))
    return errors


def _figure_errors(raw: RawInputs, fig_name: str, doc_name: str, src_name: str, admin1_name: str) -> list[InputError]:
    """Checks across columns and tables, vectorised: each is a mask of the rows it fails."""
    f = raw.figures
    errors: list[InputError] = []

    def flag(mask, column, message):
        """Report ``message`` (a str, or a function of the row) for every row in ``mask``."""
        mask = pd.Series(mask, index=f.index).fillna(False).astype(bool)
        if not mask.any():
            return
        for row in f.loc[mask].to_dict("records"):
            text = message(row) if callable(message) else message
            errors.append(InputError(fig_name, int(row[LINE]), column, text))

    source_ids = raw.sources["source_id"]
    doc_at = _positions(f["document_id"], raw.documents["document_id"])  # its first row there
    flag(doc_at < 0, "document_id", lambda r: f"document id {r['document_id']!r} has no entry in {doc_name}")
    # A figure repeats its document's outlet, URL, date and language: they must agree.
    for col in ("outlet", "url", "published", "language"):
        stated = _take(raw.documents[col], doc_at, f.index)
        differs = stated.notna() & (stated != f[col])
        by_doc = dict(zip(f.loc[differs, "document_id"], stated[differs]))  # only the disagreeing documents
        flag(differs, col,
             lambda r, col=col, by_doc=by_doc: f"{r[col]!r} differs from its document {r['document_id']}'s {col} "
                                               f"{by_doc[r['document_id']]!r} in {doc_name}")
    for col in ("claimant", "outlet", "cited_via"):
        flag((f[col] != "") & ~_isin(f[col], source_ids), col,
             lambda r, col=col: f"unknown {col.replace('_', ' ')} {r[col]!r}: add it to {src_name}")

    pcodes = set(raw.admin1["pcode"])
    bad_admin = {u for u in f["admin1"].unique() if any(c not in pcodes for c in filter(None, u.split(";")))}
    flag(f["admin1"].isin(bad_admin), "admin1",
         lambda r: f"unknown admin-1 p-code {[c for c in r['admin1'].split(';') if c and c not in pcodes][0]!r} "
                   f"(see {admin1_name})")

    start = _date_bound(f["period_start"], 0)
    end = _date_bound(f["period_end"], 1)
    flag(end < start, "period_end", lambda r: f"period ends ({r['period_end']}) before it starts ({r['period_start']})")

    q = f["qualifier"]
    known = q.isin(QUALIFIERS)
    value, value_max = raw.value, raw.value_max
    flag((q == "vague") & (f["value"] != ""), "value", "a vague number ('dozens') has no digits: leave value empty")
    flag(known & (q != "vague") & (f["value"] == ""), "value", lambda r: f"qualifier {r['qualifier']!r} needs a value")
    flag((q == "range") & (f["value_max"] == ""), "value_max", "a range needs value_max")
    flag((q != "range") & (f["value_max"] != ""), "value_max",
         lambda r: f"value_max is only for ranges, not qualifier {r['qualifier']!r}")
    flag((q == "range") & (value_max < value), "value_max",
         lambda r: f"low above high: range {r['value']} to {r['value_max']}")

    if raw.profile is not None:
        numeric_ok = (value.notna() | (f["value"] == "")) & (value_max.notna() | (f["value_max"] == ""))
        usable = known & numeric_ok & ~((q != "vague") & (f["value"] == "")) & ~((q == "range") & (f["value_max"] == ""))
        vague_words = set(f.loc[usable & (q == "vague"), "value_as_reported"].unique())
        unknown_words = {w for w in vague_words if raw.profile.word_bounds(w) is None}
        flag(usable & (q == "vague") & f["value_as_reported"].isin(unknown_words), "value_as_reported",
             lambda r: f"profile {raw.profile.id}: no rule for the vague words {r['value_as_reported']!r}")
        usable &= ~((q == "vague") & f["value_as_reported"].isin(unknown_words))
        low, high = raw.profile.bounds_frame(q[usable], value[usable], value_max[usable],
                                             f.loc[usable, "value_as_reported"])
        raw.low, raw.high = low.reindex(f.index), high.reindex(f.index)
        flag(raw.high < raw.low, "qualifier", lambda r: f"profile {raw.profile.id} gives a low bound above the high bound")

    _comparability_checks(f, flag)

    held = _isin(f["document_id"], list(raw.texts))
    flag(held & (f["quote"] == ""), "quote",
         lambda r: f"document {r['document_id']} has its text held: the figure needs a quote from it")
    flag(held & (f["quote"] != "") & ~_quotes_found(f, raw.texts), "quote",
         lambda r: f"quote not found verbatim in document {r['document_id']}: {r['quote'][:60]!r}")
    return errors


def _comparability_checks(f: pd.DataFrame, flag) -> None:
    """Status, completeness, statements carried twice, and windows that end after their
    statement (README, "Method and definitions"), each problem reported through ``flag``."""
    comp, status = f["completeness"], f["status"]
    flag(comp.isin(["partial", "floor_from_sample"]) & (f["completeness_basis"] == ""), "completeness_basis",
         lambda r: f"a {r['completeness'].replace('_', ' ')} needs the words that document it "
                   "(\"in 25 attacks we investigated\")")
    flag((status == "superseded") & (f["superseded_by"] == ""), "superseded_by",
         "a superseded figure names the figure that supersedes it")
    flag((status != "superseded") & (f["superseded_by"] != ""), "superseded_by",
         lambda r: f"superseded_by is only for superseded figures, not status {r['status']!r}")
    flag(status.isin(["superseded", "retracted"]) & (f["status_words"] == ""), "status_words",
         lambda r: f"a {r['status']} figure needs the words that say so")
    _reference_checks(f, flag)
    # A count stands at a date no later than the day it was stated: a window that ends
    # after its statement is a forecast or a plan, and must say so.
    end_text = f["period_end"].where(f["period_end"] != "", f["as_of"])
    said = _date_bound(f["statement_date"], 1)
    ends = _date_bound(end_text, 0)
    flag((ends > said) & (f["projection"] == ""), "period_end",
         lambda r: f"the window ends ({r['period_end'] or r['as_of']}) after its statement date "
                   f"({r['statement_date']}); mark it projection=forecast or plan if it is one")


def _reference_checks(f: pd.DataFrame, flag) -> None:
    """Figures that name another figure (``superseded_by``, ``same_statement_as``): the
    figure must exist (its first row counts, where an id repeats), be another figure, have
    the same claimant and metric, and not itself carry another figure's statement.

    Only the rows that name a figure are looked at: the few names are hashed and the
    million figure ids looked up in them, never the other way round."""
    ids = f["figure_id"]
    for col, what in (("superseded_by", "superseding"), ("same_statement_as", "stated")):
        ref = f[col]
        rows = np.flatnonzero((ref != "").to_numpy(dtype=bool))
        if not len(rows):
            continue
        named = ref.iloc[rows]
        at = _first_rows(named, ids)  # the named figure's first row, -1: no such figure
        flag(_at(f.index, rows, at < 0), col,
             lambda r, col=col: f"unknown figure id {r[col]!r}")
        flag(_at(f.index, rows, (named == ids.iloc[rows]).to_numpy(dtype=bool)), col,
             lambda r, col=col: f"{col} names the figure itself")
        found = rows[at >= 0]
        for other in ("claimant", "metric"):
            theirs = f[other].iloc[at[at >= 0]]
            by_ref = dict(zip(ref.iloc[found], theirs))  # every name found points at one figure
            flag(_at(f.index, found, (theirs.to_numpy() != f[other].iloc[found].to_numpy())), col,
                 lambda r, col=col, other=other, what=what, by_ref=by_ref:
                 f"the {what} figure {r[col]} has another {other} ({by_ref[r[col]]!r}, not {r[other]!r})")
        if col == "same_statement_as":
            chained = (f[col].iloc[at[at >= 0]] != "").to_numpy(dtype=bool)
            flag(_at(f.index, found, chained), col,
                 lambda r: f"{r['same_statement_as']} itself carries another figure's statement: name that figure")


def _at(index: pd.Index, rows: np.ndarray, hit: np.ndarray) -> pd.Series:
    """A mask over ``index``: True at positions ``rows`` where ``hit`` is."""
    mask = np.zeros(len(index), dtype=bool)
    mask[rows[hit]] = True
    return pd.Series(mask, index=index)


def _first_rows(named: pd.Series, ids: pd.Series) -> np.ndarray:
    """For each of ``named`` (a few), the first position in ``ids`` (many) holding it;
    -1 where none does. The few are hashed and the many looked up in them."""
    import pyarrow.compute as pc

    uniques = pd.unique(named.to_numpy())
    codes = pd.Index(uniques).get_indexer(named.to_numpy())
    hit = pc.index_in(arrow_text(ids), value_set=arrow_text(pd.Series(uniques, dtype="str")))
    hit = pc.fill_null(hit, -1).to_numpy()
    matched = np.flatnonzero(hit >= 0)
    first = np.full(len(uniques), -1, dtype="int64")
    which, at = np.unique(hit[matched], return_index=True)  # matched rows ascend: the first row of each
    first[which] = matched[at]
    return first[codes]


def _isin(series: pd.Series, values) -> pd.Series:
    """``series.isin(values)`` through Arrow's hash kernel: fast for millions of rows
    (its text looked up chunk by chunk, never copied into one array)."""
    import pyarrow.compute as pc

    value_set = arrow_text(values if isinstance(values, pd.Series) else list(values))
    return pd.Series(pc.is_in(arrow_text(series, chunked=True), value_set=value_set).to_numpy(),
                     index=series.index)


def _positions(series: pd.Series, values: pd.Series) -> np.ndarray:
    """Where each element of ``series`` first occurs in ``values`` (-1: nowhere), by Arrow's hash kernel."""
    import pyarrow.compute as pc

    at = pc.index_in(arrow_text(series, chunked=True), value_set=arrow_text(values))  # chunks looked up as they are
    return pc.fill_null(at, -1).to_numpy()


def _take(values: pd.Series, positions: np.ndarray, index: pd.Index) -> pd.Series:
    """``values`` at ``positions`` (missing where a position is -1), on ``index``."""
    return pd.Series(values.array.take(positions, allow_fill=True), index=index)


def _quotes_found(f: pd.DataFrame, texts: dict[str, str]) -> pd.Series:
    """True where the figure's quote is non-empty and found verbatim in its document's held text."""
    held = _isin(f["document_id"], list(texts)) & (f["quote"] != "")
    found = [q in texts[d] for q, d in zip(f.loc[held, "quote"], f.loc[held, "document_id"])]
    out = pd.Series(False, index=f.index)
    if found:
        out[held] = found
    return out


def _date_bound(series: pd.Series, which: int) -> pd.Series:
    """First (which=0) or last (which=1) day of each partial date; NaT where empty or
    invalid (the schema reports those)."""
    def one(s: str):
        try:
            return parse_partial_date(s)[which]
        except ValueError:
            return pd.NaT

    return pd.to_datetime(per_distinct(series, one))


def validate(paths: Paths = PATHS, profile_id: str | None = None, queue: bool = False) -> list[InputError]:
    """All problems in the raw inputs the ledger is built from, sorted by file, row and column (empty:
    all good); with ``queue``, the review queue's too (data/raw/review-queue.csv, which `accept`,
    `draft` and `gaps` read, and an analyst edits in a spreadsheet; `build` does not read it, so only
    the `validate` command checks it)."""
    errors = set(read_inputs(paths, profile_id).errors)
    if queue:
        from .curate import read_queue

        errors |= set(read_queue(paths)[1])
    return sorted(errors)


# --------------------------------------------------------------------------- the ledger


def origin_key(df: pd.DataFrame) -> pd.Series:
    """One key per claim, identical for every outlet that relays it.

    ``value`` and ``value_max`` must still be the raw text ("370"), as in figures.csv.
    A figure that names another in ``same_statement_as`` (the same statement, carried
    in other words or with other dates) takes that figure's key: one claim, counted once.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    parts = ["claimant", "metric", "population", "unit", "counting_basis", "scope", "admin1",
             "period_start", "period_end", "value", "value_max"]
    arrays = [arrow_text(df[c], chunked=True) for c in parts]  # joined chunk by chunk: no copy of the parts
    key = pc.binary_join_element_wise(*arrays, pa.scalar("|", pa.large_string()))
    if isinstance(key, pa.ChunkedArray):
        key = key.combine_chunks()  # one array, as the ledger's Parquet pages expect
    key = key.to_pandas(types_mapper=pd.ArrowDtype).set_axis(df.index).astype("str")
    if "same_statement_as" in df.columns:
        ref = df["same_statement_as"].astype("str")
        carried = (ref != "").to_numpy()
        if carried.any():
            by_id = pd.Series(key.to_numpy(), index=df["figure_id"].astype("str").to_numpy())
            key = key.copy()
            key[carried] = by_id.reindex(ref[carried].to_numpy()).to_numpy()
    return key


def apply_profile(df: pd.DataFrame, profile: Profile) -> pd.DataFrame:
    """Derive low/high from the words and numbers with ``profile``; record its id."""
    low, high = profile.bounds_frame(df["qualifier"], df["value"], df["value_max"], df["value_as_reported"])
    return df.assign(low=low, high=high, bound_profile=pd.Categorical.from_codes(
        np.zeros(len(df), dtype="int8"), pd.Index([profile.id], dtype="str")))


def make_ledger(raw: RawInputs) -> pd.DataFrame:
    """The processed ledger from validated raw inputs."""
    if raw.errors:
        raise ValidationFailed(raw.errors)
    f = raw.figures.drop(columns=[LINE])  # a new frame: raw.figures is left as it was
    src = raw.sources  # source ids are unique (validated)
    claimant = _positions(f["claimant"], src["source_id"])
    f["claimant_name"] = _take(src["name"], claimant, f.index)
    f["claimant_type"] = _take(src["type"], claimant, f.index)
    f["claimant_is_party"] = _take(src["party_to_conflict"], claimant, f.index).eq("true")
    f["outlet_name"] = _take(src["name"], _positions(f["outlet"], src["source_id"]), f.index)
    f["origin_key"] = origin_key(f)
    f["value"], f["value_max"] = raw.value, raw.value_max
    f["low"], f["high"], f["bound_profile"] = raw.low, raw.high, raw.profile.id
    f["quote_verified"] = _quotes_found(f, raw.texts)
    f = f[list(S.LEDGER_COLUMNS)]
    order = sort_order(f, ["figure_id"])  # the ledger is in figure_id order, whatever the raw order
    return f.reset_index(drop=True) if (order == np.arange(len(f))).all() else take_rows(f, order)


def validation_report(raw: RawInputs, ledger: pd.DataFrame) -> str:
    """A short Markdown report: what was read, what passed, what deserves a look."""
    held = ledger["quote_verified"].sum()
    lines = [
        "# Validation report",
        "",
        f"- bound profile: `{raw.profile.id}`",
        f"- sources: {len(raw.sources)}; documents: {len(raw.documents)} ({len(raw.texts)} with text held)",
        f"- figures: {len(ledger)} from {ledger['claimant'].nunique()} claimants, "
        f"{ledger['outlet'].nunique()} outlets",
        f"- quotes verified verbatim in held text: {held} of {int((ledger['document_id'].isin(raw.texts)).sum())} "
        "figures whose document text is held",
        f"- figures whose document text is not held (provenance = URL and outlet): "
        f"{int((~ledger['document_id'].isin(raw.texts)).sum())}",
        "",
        "## Figures by metric and scope",
        "",
        "| metric | campaign | context |",
        "| --- | ---: | ---: |",
    ]
    counts = ledger.groupby(["metric", "scope"]).size().unstack(fill_value=0)
    for metric in sorted(counts.index):
        row = counts.loc[metric]
        lines.append(f"| {metric} | {int(row.get('campaign', 0))} | {int(row.get('context', 0))} |")
    lines += ["", "## Dates that deserve a look", "", "| date certainty | figures |", "| --- | ---: |"]
    for k, v in ledger["date_certainty"].value_counts().sort_index().items():
        lines.append(f"| {k} | {v} |")
    open_high = int(ledger["high"].isna().sum())
    lines += ["", f"Figures with an open upper bound (a floor only): {open_high}.", ""]
    return "\n".join(lines)


def build(paths: Paths = PATHS, profile_id: str | None = None) -> pd.DataFrame:
    """Validate the raw inputs and write the processed ledger (CSV, Parquet, report).

    Raises ValidationFailed, writing nothing, when any input is bad. Outputs are
    written atomically and only when their bytes change. The Parquet file is made on a
    second thread while the CSV streams to disk (pyarrow releases the GIL for both); the
    new CSV replaces the old one only once the Parquet bytes are made, so an error in
    making them leaves every output as it was.
    """
    with ThreadPoolExecutor(1) as hasher:
        # The inputs' hashes (data/processed/inputs.sha256, for `crosstally run`) are taken on
        # a second thread as the build starts: hashing releases the GIL, and an edit made
        # during the build shows as a change.
        inputs = hasher.submit(stamp.manifest, paths)
        raw = read_inputs(paths, profile_id)
        ledger = make_ledger(raw)
        inputs = inputs.result()
    report = validation_report(raw, ledger)
    with ThreadPoolExecutor(1) as pool:
        parquet = pool.submit(parquet_bytes, ledger)
        write_chunks(paths.ledger_csv, _then_wait(csv_chunks(ledger), parquet))
        write_bytes(paths.ledger_parquet, parquet.result())
    write_text(paths.validation_report, report)
    write_text(stamp.stamp_file(paths), inputs)
    return ledger


def _then_wait(chunks, future):
    """``chunks``, then ``future``'s result awaited (its error raised) before the end."""
    yield from chunks
    future.result()


# --------------------------------------------------------------------------- for notebooks


def restore_dtypes(df: pd.DataFrame) -> pd.DataFrame:
    """The ledger's dtypes: bounds nullable integers, numbers float, flags bool, text str,
    and the repeating text columns (``schema.CATEGORICAL_COLUMNS``) categorical with
    sorted categories, so that their codes order as the text does.

    The Parquet file carries no pandas metadata (its bytes must not depend on library
    versions), so dtypes are restored on reading; fixtures use this too.
    """
    for col in df.columns:
        if col in ("low", "high"):
            df[col] = df[col].astype("Int64")
        elif col in ("value", "value_max"):
            df[col] = df[col].astype("float64")
        elif col in ("claimant_is_party", "quote_verified"):
            df[col] = df[col].astype(bool)
        elif col in S.CATEGORICAL_COLUMNS:
            df[col] = categorical_text(df[col])
        else:
            df[col] = df[col].fillna("").astype("str")
    return df


def load_ledger(profile_id: str | None = None, paths: Paths = PATHS) -> pd.DataFrame:
    """The processed ledger, with low/high derived from the words by ``profile_id``.

    Repeating text columns are read as categoricals (see :func:`restore_dtypes`).
    Bounds are always derived anew from the current rule file (cheap), so an edited
    profile never leaves stale bounds from the last build; None = the file's default.
    """
    table = pq.read_table(paths.ledger_parquet, read_dictionary=list(S.CATEGORICAL_COLUMNS))
    df = restore_dtypes(table.to_pandas())
    return apply_profile(df, get_profile(profile_id, paths.profiles))


def load_sources(paths: Paths = PATHS) -> pd.DataFrame:
    df, errors = read_raw_csv(paths.sources, S.SOURCE_COLUMNS, paths)
    if errors:
        raise ValidationFailed(errors)
    return df.drop(columns=[LINE])


def load_documents(paths: Paths = PATHS) -> pd.DataFrame:
    df, errors = read_raw_csv(paths.documents, S.DOCUMENT_COLUMNS, paths)
    if errors:
        raise ValidationFailed(errors)
    return df.drop(columns=[LINE])


def read_held_texts(docs: pd.DataFrame, paths: Paths = PATHS) -> tuple[dict[str, str], list[InputError]]:
    """({document_id: text}, errors) for the ``docs`` rows whose text is held.

    An error (FILE:ROW:COLUMN, as ``validate`` reports it) for a text file that cannot be
    used: a path instead of a name, a missing file, a changed text, bytes that are not
    UTF-8. Bytes are decoded as they are (no newline translation), so offsets match
    ``crosstally extract``.
    """
    name = _rel(paths.documents, paths)
    texts: dict[str, str] = {}
    errors: list[InputError] = []
    for r in docs.loc[docs["text_file"] != ""].to_dict("records"):
        tf, line = r["text_file"], r.get(LINE, 0)
        if Path(tf).name != tf or tf.startswith("."):
            errors.append(InputError(name, line, "text_file",
                                     f"{tf!r}: give a file name in {_rel(paths.documents_dir, paths)}/, not a path"))
            continue
        tpath = paths.documents_dir / tf
        if not tpath.is_file():
            errors.append(InputError(name, line, "text_file", f"no such file {_rel(tpath, paths)}"))
            continue
        data = tpath.read_bytes()
        if r.get("sha256") and hashlib.sha256(data).hexdigest() != r["sha256"]:
            errors.append(InputError(name, line, "sha256",
                                     f"{_rel(tpath, paths)} has changed since it was registered (raw documents are read-only)"))
            continue
        try:
            texts[r["document_id"]] = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            errors.append(InputError(_rel(tpath, paths), data.count(b"\n", 0, exc.start) + 1, "-",
                                     f"byte 0x{data[exc.start]:02x} is not UTF-8"))
    return texts, errors


def document_texts(paths: Paths = PATHS) -> dict[str, str]:
    """{document_id: text} for every document whose text we hold; ValidationFailed
    (FILE:ROW:COLUMN) for a text file it cannot use (see :func:`read_held_texts`)."""
    docs, errors = read_raw_csv(paths.documents, S.DOCUMENT_COLUMNS, paths)
    if errors:
        raise ValidationFailed(errors)
    texts, errors = read_held_texts(docs, paths)
    if errors:
        raise ValidationFailed(errors)
    return texts
