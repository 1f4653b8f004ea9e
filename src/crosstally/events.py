"""Recorded event data (UCDP GED, ACLED) read into one processed events table.

Claims say "471 killed in October"; event datasets record events one by one, each with a
death estimate, a date window and a place, and say how precise each is. This module
reads the two formats analysts use most, maps each event to the case's admin-1 p-codes
and to a window of days, and writes them to one table that notebook 06 sets beside the
claims.

Raw event files live in the case under ``data/raw/events/<format>/`` (``ucdp-ged`` or
``acled``); ``crosstally events import FILE --format F`` checks a file and copies it
there, and ``crosstally build`` rebuilds ``data/processed/events/<format>.csv`` from
every file present. ACLED's terms forbid redistributing its rows, so
``data/raw/events/acled/`` and ``data/processed/events/acled.csv`` are git-ignored: an
ACLED file is read, never committed, and events are referenced by ``event_id_cnty``.

Formats (column names as the datasets' codebooks give them):

- **UCDP GED** (and the monthly Candidate release): ``id``, ``date_start``,
  ``date_end``, ``date_prec`` (1 exact day; 2 a range of 2-6 days; 3 the week; 4 8-30
  days or the month; 5 longer, or only the year), ``where_prec`` (1 exact place; 2 within
  about 25 km; 3 the admin-2 unit; 4 the admin-1 unit; 5 a part of the country; 6 only
  the country; 7 international waters or airspace), ``adm_1`` (a name, not a code),
  ``country``, ``best``, ``low``, ``high``, ``deaths_civilians``, ``type_of_violence``,
  ``source_article``, ``source_office``, ``source_date``.
- **ACLED** exports: ``event_id_cnty``, ``event_date`` (ISO or "20 October 2015"),
  ``time_precision`` (1 the day; 2 the week; 3 the month), ``geo_precision`` (1 the
  town; 2 near a town or a small part of a region; 3 a larger region), ``admin1``,
  ``iso`` (numeric), ``country``, ``event_type``, ``fatalities`` (ACLED's most
  conservative estimate), ``source``, ``source_scale``, ``notes``.

A window keeps the stated precision: UCDP's ``date_start``..``date_end``; an ACLED
week-precise date is the 7 days around it, a month-precise date its calendar month.
Events are never dropped: an admin-1 name that matches no p-code stays in the table with
``admin1_match = unmatched`` (and is listed in the import report), an event in another
country with ``admin1_match = other_country``. Bad files (missing columns, impossible
dates, negative or inconsistent deaths, unknown precision codes) are refused with
``FILE:ROW:COLUMN`` and nothing is written.
"""
from __future__ import annotations

import re
import shutil
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from .io import write_csv, write_text
from .ledger import InputError, ValidationFailed
from .paths import PATHS, Paths

FORMATS = ("ucdp-ged", "acled")
EVENT_COLUMNS = (
    "dataset", "event_id", "country", "admin1", "admin1_as_recorded", "admin1_match",
    "where_precision", "where_prec_code", "date_start", "date_end", "date_precision",
    "date_prec_code", "deaths_best", "deaths_low", "deaths_high", "deaths_civilians",
    "event_type", "source", "source_file", "source_row",
)

UCDP_REQUIRED = ("id", "date_start", "date_end", "date_prec", "where_prec", "adm_1", "country",
                 "best", "low", "high", "type_of_violence", "source_article", "source_office",
                 "source_date")
UCDP_DATE_PREC = {"1": "day", "2": "days", "3": "week", "4": "month", "5": "year"}
UCDP_WHERE_PREC = {"1": "exact", "2": "near", "3": "admin2", "4": "admin1", "5": "part_of_country",
                   "6": "country", "7": "international"}
UCDP_VIOLENCE = {"1": "state-based", "2": "non-state", "3": "one-sided"}

ACLED_REQUIRED = ("event_id_cnty", "event_date", "time_precision", "geo_precision", "admin1",
                  "iso", "country", "event_type", "fatalities", "source", "source_scale", "notes")
ACLED_TIME_PREC = {"1": "day", "2": "week", "3": "month"}
ACLED_GEO_PREC = {"1": "exact", "2": "near", "3": "region"}

# Precisions too coarse to place an event in one governorate or one month: a caveat.
COARSE_PLACE = ("part_of_country", "country", "international")
COARSE_DATE = ("month", "year")

_GENERIC = re.compile(r"\b(governorate|province|oblast|state|region|district|muhafazat|mohafazat|"
                      r"wilayah|wilaya|vilayet|department|prefecture|city)\b")
_ARTICLE = re.compile(r"^(al|ar|as|ad|ash|an|at|az|el|es)\s+")


def normalise_place(name: str) -> str:
    """A spelling-tolerant key: no accents or apostrophes, lower case, generic words and a
    leading Arabic article dropped ("Halab governorate" -> "halab", "Al-Hasakah" -> "hasakah")."""
    text = unicodedata.normalize("NFKD", str(name))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[’'`ʿʾ]", "", text)
    text = re.sub(r"[^a-z0-9\u0600-\u06ff\u0400-\u04ff]+", " ", text)
    text = _GENERIC.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return _ARTICLE.sub("", text).replace(" ", "")


@dataclass(frozen=True)
class Places:
    """The case's admin-1 table as lookups: the country row (a code without digits) and
    every name and alias of each unit."""

    country_code: str
    country_names: frozenset[str]
    by_name: dict[str, str]

    @classmethod
    def from_table(cls, admin1: pd.DataFrame) -> "Places":
        country_code, country_names, by_name = "", set(), {}
        for row in admin1.itertuples():
            names = [row.name, *[a for a in str(row.aliases).split(";") if a.strip()]]
            keys = {normalise_place(n) for n in names if normalise_place(n)}
            if not any(ch.isdigit() for ch in row.pcode):
                country_code, country_names = row.pcode, keys
                continue
            for key in keys:
                by_name.setdefault(key, row.pcode)
        return cls(country_code, frozenset(country_names), by_name)

    def admin1(self, name: str) -> tuple[str, str]:
        key = normalise_place(name)
        if not key:
            return "", "not_given"
        code = self.by_name.get(key)
        return (code, "matched") if code else ("", "unmatched")

    def in_country(self, name: str, iso_numeric: str | None = None) -> bool:
        if iso_numeric:
            import pycountry

            country = pycountry.countries.get(numeric=str(iso_numeric).zfill(3))
            return bool(country) and country.alpha_2 == self.country_code[:2]
        return normalise_place(name) in self.country_names


# ----------------------------------------------------------------------------- reading


def _read(path: Path, required: tuple[str, ...], shown: str) -> tuple[pd.DataFrame, list[InputError]]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        return pd.DataFrame(), [InputError(shown, line, "", f"not UTF-8 (byte {exc.start})")]
    except OSError as exc:
        return pd.DataFrame(), [InputError(shown, 0, "", f"cannot read: {exc.strerror}")]
    import csv
    import io

    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows:
        return pd.DataFrame(), [InputError(shown, 1, "", "empty file: expected a header row")]
    header, body = rows[0], rows[1:]
    missing = [c for c in required if c not in header]
    if missing:
        return pd.DataFrame(), [InputError(shown, 1, c, "required column missing") for c in missing]
    errors = [InputError(shown, i + 2, "", f"{len(r)} fields, header has {len(header)}")
              for i, r in enumerate(body) if len(r) != len(header) and r]
    if errors:
        return pd.DataFrame(), errors
    df = pd.DataFrame([r for r in body if r], columns=header, dtype=str)
    df["_line"] = [i + 2 for i, r in enumerate(body) if r]
    return df, []


def _dates(series: pd.Series, formats: tuple[str, ...]) -> pd.Series:
    out = pd.Series(pd.NaT, index=series.index, dtype="datetime64[ns]")
    for fmt in formats:
        todo = out.isna()
        out[todo] = pd.to_datetime(series[todo].str.strip(), format=fmt, errors="coerce")
    return out


def _counts(df: pd.DataFrame, column: str, shown: str, errors: list, required: bool = True) -> pd.Series:
    text = df[column].str.strip()
    ok = text.str.fullmatch(r"[0-9]+") | (~pd.Series(required, index=df.index) & text.eq(""))
    for line, value in zip(df.loc[~ok, "_line"], df.loc[~ok, column]):
        problem = "negative deaths" if value.strip().startswith("-") else "not a whole number of deaths"
        errors.append(InputError(shown, int(line), column, f"{problem}: {value!r}"))
    return pd.to_numeric(text.where(ok & text.ne("")), errors="coerce").astype("Int64")


def _codes(df: pd.DataFrame, column: str, codes: dict, shown: str, errors: list) -> pd.Series:
    text = df[column].str.strip()
    bad = ~text.isin(list(codes))
    for line, value in zip(df.loc[bad, "_line"], df.loc[bad, column]):
        errors.append(InputError(shown, int(line), column,
                                 f"unknown code {value!r}; expected one of {', '.join(codes)}"))
    return text.map(codes)


def _bad_dates(df: pd.DataFrame, parsed: pd.Series, column: str, shown: str, errors: list) -> None:
    for line, value in zip(df.loc[parsed.isna(), "_line"], df.loc[parsed.isna(), column]):
        errors.append(InputError(shown, int(line), column, f"not a date (or a day the month does not have): {value!r}"))


def read_ucdp(path: Path, places: Places, shown: str) -> tuple[pd.DataFrame, list[InputError]]:
    df, errors = _read(path, UCDP_REQUIRED, shown)
    if errors:
        return df, errors
    start = _dates(df["date_start"], ("%Y-%m-%d", "%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M:%S"))
    end = _dates(df["date_end"], ("%Y-%m-%d", "%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M:%S"))
    _bad_dates(df, start, "date_start", shown, errors)
    _bad_dates(df, end, "date_end", shown, errors)
    backwards = start.notna() & end.notna() & (end < start)
    for line in df.loc[backwards, "_line"]:
        errors.append(InputError(shown, int(line), "date_end", "ends before date_start"))
    best, low, high = (_counts(df, c, shown, errors) for c in ("best", "low", "high"))
    civ = _counts(df, "deaths_civilians", shown, errors, required=False) if "deaths_civilians" in df else pd.Series(pd.NA, index=df.index, dtype="Int64")
    order = best.notna() & low.notna() & high.notna() & ((low > best) | (best > high))
    for line in df.loc[order.fillna(False).astype(bool), "_line"]:
        errors.append(InputError(shown, int(line), "best", "deaths must satisfy low <= best <= high"))
    date_prec = _codes(df, "date_prec", UCDP_DATE_PREC, shown, errors)
    where_prec = _codes(df, "where_prec", UCDP_WHERE_PREC, shown, errors)
    if errors:
        return pd.DataFrame(), errors
    matched = [places.admin1(n) if places.in_country(c) else ("", "other_country")
               for n, c in zip(df["adm_1"], df["country"])]
    out = pd.DataFrame({
        "dataset": "ucdp-ged",
        "event_id": df["id"].str.strip(),
        "country": df["country"],
        "admin1": [m[0] for m in matched],
        "admin1_as_recorded": df["adm_1"],
        "admin1_match": [m[1] for m in matched],
        "where_precision": where_prec,
        "where_prec_code": df["where_prec"].str.strip(),
        "date_start": start.dt.strftime("%Y-%m-%d"),
        "date_end": end.dt.strftime("%Y-%m-%d"),
        "date_precision": date_prec,
        "date_prec_code": df["date_prec"].str.strip(),
        "deaths_best": best, "deaths_low": low, "deaths_high": high, "deaths_civilians": civ,
        "event_type": df["type_of_violence"].str.strip().map(UCDP_VIOLENCE).fillna(df["type_of_violence"]),
        "source": (df["source_office"].str.strip() + " " + df["source_date"].str.strip()).str.strip(),
        "source_file": shown,
        "source_row": df["_line"],
    })
    return out, []


def read_acled(path: Path, places: Places, shown: str) -> tuple[pd.DataFrame, list[InputError]]:
    df, errors = _read(path, ACLED_REQUIRED, shown)
    if errors:
        return df, errors
    date = _dates(df["event_date"], ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d/%m/%Y"))
    _bad_dates(df, date, "event_date", shown, errors)
    deaths = _counts(df, "fatalities", shown, errors)
    time_prec = _codes(df, "time_precision", ACLED_TIME_PREC, shown, errors)
    geo_prec = _codes(df, "geo_precision", ACLED_GEO_PREC, shown, errors)
    bad_iso = ~df["iso"].str.strip().str.fullmatch(r"[0-9]{1,3}")
    for line, value in zip(df.loc[bad_iso, "_line"], df.loc[bad_iso, "iso"]):
        errors.append(InputError(shown, int(line), "iso", f"not a numeric ISO 3166-1 code: {value!r}"))
    if errors:
        return pd.DataFrame(), errors
    start, end = date.copy(), date.copy()
    week = time_prec.eq("week")
    start[week], end[week] = date[week] - pd.Timedelta(days=3), date[week] + pd.Timedelta(days=3)
    month = time_prec.eq("month")
    start[month] = date[month].dt.to_period("M").dt.start_time
    end[month] = date[month].dt.to_period("M").dt.end_time.dt.normalize()
    matched = [places.admin1(n) if places.in_country(c, iso) else ("", "other_country")
               for n, c, iso in zip(df["admin1"], df["country"], df["iso"])]
    out = pd.DataFrame({
        "dataset": "acled",
        "event_id": df["event_id_cnty"].str.strip(),
        "country": df["country"],
        "admin1": [m[0] for m in matched],
        "admin1_as_recorded": df["admin1"],
        "admin1_match": [m[1] for m in matched],
        "where_precision": geo_prec,
        "where_prec_code": df["geo_precision"].str.strip(),
        "date_start": start.dt.strftime("%Y-%m-%d"),
        "date_end": end.dt.strftime("%Y-%m-%d"),
        "date_precision": time_prec,
        "date_prec_code": df["time_precision"].str.strip(),
        # ACLED records one number, its most conservative estimate: a floor, not a best guess
        "deaths_best": deaths, "deaths_low": deaths, "deaths_high": pd.Series(pd.NA, index=df.index, dtype="Int64"),
        "deaths_civilians": pd.Series(pd.NA, index=df.index, dtype="Int64"),
        "event_type": df["event_type"],
        "source": (df["source"].str.strip() + " (" + df["source_scale"].str.strip() + ")"),
        "source_file": shown,
        "source_row": df["_line"],
    })
    return out, []


READERS = {"ucdp-ged": read_ucdp, "acled": read_acled}


def _shown(path: Path, paths: Paths) -> str:
    try:
        return path.resolve().relative_to(paths.root).as_posix()
    except ValueError:
        return str(path)


def read_events(path: Path | str, fmt: str, paths: Paths = PATHS) -> pd.DataFrame:
    """One event file as the events table; raises ValidationFailed naming FILE:ROW:COLUMN."""
    from .tabulate import load_admin1

    if fmt not in READERS:
        raise ValueError(f"unknown event format {fmt!r}; expected one of {', '.join(FORMATS)}")
    path = Path(path)
    places = Places.from_table(load_admin1(paths.admin1))
    df, errors = READERS[fmt](path, places, _shown(path, paths))
    if errors:
        raise ValidationFailed(errors)
    dup = df["event_id"].duplicated(keep=False)
    if dup.any():
        raise ValidationFailed([InputError(r.source_file, int(r.source_row), "id" if fmt == "ucdp-ged" else "event_id_cnty",
                                           f"event id {r.event_id!r} appears more than once")
                                for r in df[dup].itertuples()])
    return df[list(EVENT_COLUMNS)]


def raw_dir(paths: Paths, fmt: str) -> Path:
    return paths.raw / "events" / fmt


def processed_file(paths: Paths, fmt: str) -> Path:
    return paths.processed / "events" / f"{fmt}.csv"


def build_events(paths: Paths = PATHS) -> dict[str, int]:
    """Rebuild ``data/processed/events/<format>.csv`` from every raw event file.

    Validates every file first; on any error raises ValidationFailed and writes nothing.
    Returns {format: number of events}. A format with no raw files has no table.
    """
    frames, errors = {}, []
    for fmt in FORMATS:
        files = sorted(raw_dir(paths, fmt).glob("*.csv"))
        parts = []
        for file in files:
            try:
                parts.append(read_events(file, fmt, paths))
            except ValidationFailed as exc:
                errors += exc.errors
        if parts:
            frames[fmt] = pd.concat(parts, ignore_index=True)
    if errors:
        raise ValidationFailed(errors)
    counts = {}
    for fmt in FORMATS:
        target = processed_file(paths, fmt)
        if fmt not in frames:
            if target.exists():
                target.unlink()
            continue
        df = frames[fmt].sort_values(["date_start", "event_id"], kind="stable").reset_index(drop=True)
        write_csv(df, target)
        counts[fmt] = len(df)
    report = import_report(frames)
    target = paths.processed / "events" / "import-report.md"
    if frames:
        write_text(target, report)
    elif target.exists():
        target.unlink()
    return counts


def import_report(frames: dict[str, pd.DataFrame]) -> str:
    """Markdown: events per file, how precise, and every admin-1 name that matched no p-code."""
    lines = ["# Event data import report", ""]
    for fmt, df in sorted(frames.items()):
        lines += [f"## {fmt}", "", f"- events: {len(df)} from {df['source_file'].nunique()} file(s)"]
        for what in ("admin1_match", "date_precision", "where_precision"):
            counts = df[what].value_counts().sort_index()
            lines.append(f"- {what}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        unmatched = df[df["admin1_match"].eq("unmatched")]
        if len(unmatched):
            lines += ["", "Admin-1 names that matched no p-code (add them as aliases in rules/admin1.csv):", "",
                      "| name as recorded | events | first at |", "| --- | ---: | --- |"]
            for name, group in unmatched.groupby("admin1_as_recorded", sort=True):
                first = group.iloc[0]
                lines.append(f"| {name} | {len(group)} | {first['source_file']}:{first['source_row']} |")
        lines.append("")
    return "\n".join(lines)


def import_file(path: Path | str, fmt: str, paths: Paths = PATHS) -> tuple[Path, dict[str, int]]:
    """Check an event file, copy it under ``data/raw/events/<fmt>/`` and rebuild the table.

    Refuses (ValidationFailed, nothing copied) a file with errors, and (FileExistsError) a
    different file of the same name already imported.
    """
    path = Path(path)
    read_events(path, fmt, paths)  # refuses before anything is copied
    target = raw_dir(paths, fmt) / path.name
    if target.exists() and target.read_bytes() != path.read_bytes():
        raise FileExistsError(f"{_shown(target, paths)} exists with other content; rename the file to import it too")
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.tmp")
        shutil.copyfile(path, tmp)
        tmp.replace(target)
    return target, build_events(paths)


def load_events(paths: Paths = PATHS) -> pd.DataFrame:
    """Every processed event (all formats), or an empty table when there is none."""
    parts = [pd.read_csv(processed_file(paths, f), dtype=str, keep_default_na=False)
             for f in FORMATS if processed_file(paths, f).exists()]
    if not parts:
        return pd.DataFrame({c: pd.Series(dtype="str") for c in EVENT_COLUMNS})
    df = pd.concat(parts, ignore_index=True)
    for c in ("deaths_best", "deaths_low", "deaths_high", "deaths_civilians"):
        df[c] = pd.to_numeric(df[c].replace("", np.nan)).astype("Int64")
    df["start"] = pd.to_datetime(df["date_start"])
    df["end"] = pd.to_datetime(df["date_end"])
    return df


def has_event_data(paths: Paths = PATHS) -> bool:
    """True when the case holds an event file under ``data/raw/events/<format>/``."""
    return any(f.is_file() and not f.name.startswith(".")
               for fmt in FORMATS if raw_dir(paths, fmt).is_dir() for f in raw_dir(paths, fmt).iterdir())


def no_event_data_note(paths: Paths = PATHS):
    """What notebook 06 says when the case holds no event data (``None`` when it does):
    one sentence on why its table is empty and how to add event data (Markdown)."""
    if has_event_data(paths):
        return None
    from .display import Note

    return Note(
        "**This case holds no event data** (no file under `data/raw/events/`), so there is "
        "nothing to set beside the claims and the table below is empty: add a UCDP GED or "
        "ACLED export with `crosstally events import FILE --format ucdp-ged|acled`, then "
        "`crosstally all` (README, \"Interop: data package, event data, other trackers\").")


# ----------------------------------------------------------------------------- claims beside events

AGAINST_COLUMNS = (
    "metric", "population", "claimant", "claimant_name", "value_as_reported", "low", "high",
    "admin1", "window_start", "window_end", "reported", "figure_ids", "dataset", "events", "events_best",
    "events_low", "events_high", "events_partly_in_window", "events_coarse_date",
    "events_coarse_place", "events_admin1_unmatched", "caveat",
)


def _sum_or_open(values: pd.Series):
    """Sum of counts; missing (open) if any event lacks the number."""
    if values.isna().any():
        return pd.NA
    return int(values.sum())


def _caveat(n: int, partly: int, coarse_date: int, coarse_place: int, unmatched: int, dataset: str) -> str:
    notes = []
    if n == 0:
        notes.append("no recorded event in this area and window")
    if partly:
        notes.append(f"{partly} event(s) only partly in the window, not summed")
    if coarse_date:
        notes.append(f"{coarse_date} event(s) dated only to the month or year")
    if coarse_place:
        notes.append(f"{coarse_place} event(s) placed only to the country or a part of it")
    if unmatched:
        notes.append(f"{unmatched} event(s) in the window with an admin-1 name matching no p-code")
    if dataset == "acled":
        notes.append("ACLED fatalities are its most conservative estimate (a floor)")
    return "; ".join(notes)


def claims_vs_events(claims: pd.DataFrame, events: pd.DataFrame, country_code: str) -> pd.DataFrame:
    """Each death claim beside what each event dataset recorded for its area and window.

    ``claims`` is a claims table (:func:`crosstally.compare.collapse_relays`): one row per
    claim, with ``window_start``/``window_end`` as days. Only ``killed`` claims of
    population ``all`` or ``civilians`` at campaign scope are set beside events (the
    event datasets count deaths; UCDP's ``deaths_civilians`` stands beside civilian
    claims, and ACLED has no civilian split, so its civilian sums stay empty).

    An event counts for a claim when its admin-1 p-code is one of the claim's (every
    event in the country, for a whole-country claim) and its whole window lies inside the
    claim's window. Events only partly inside are counted apart, never summed; events
    dated only to a month or year, or placed only to the country, are counted so the
    reader sees the caveat. Sums of ``high`` are open (empty) when any event has none.
    One row per claim and dataset, in the claims' order.
    """
    rows = []
    if events.empty:
        return pd.DataFrame(columns=list(AGAINST_COLUMNS))
    in_country = events[events["admin1_match"] != "other_country"]
    wanted = claims[(claims["metric"].astype(str) == "killed")
                    & claims["population"].astype(str).isin(["all", "civilians"])
                    & (claims["scope"].astype(str) == "campaign")]
    for claim in wanted.itertuples(index=False):
        if not claim.window_start or not claim.window_end:
            continue
        lo, hi = pd.Timestamp(str(claim.window_start)), pd.Timestamp(str(claim.window_end))
        codes = {c for part in str(claim.admin1).split(" | ") for c in part.split(";") if c}
        whole = not codes or codes == {country_code}
        for dataset in sorted(in_country["dataset"].unique()):
            ev = in_country[in_country["dataset"] == dataset]
            overlapping = ev[(ev["start"] <= hi) & (ev["end"] >= lo)]
            placed = overlapping if whole else overlapping[overlapping["admin1"].isin(codes)]
            inside = placed[(placed["start"] >= lo) & (placed["end"] <= hi)]
            unmatched = 0 if whole else int((overlapping["admin1_match"] != "matched").sum())
            civilians = str(claim.population) == "civilians"
            best = inside["deaths_civilians"] if civilians else inside["deaths_best"]
            rows.append({
                "metric": claim.metric, "population": claim.population, "claimant": claim.claimant,
                "claimant_name": claim.claimant_name, "value_as_reported": claim.value_as_reported,
                "low": claim.low, "high": claim.high, "admin1": ";".join(sorted(codes)) or country_code,
                "window_start": str(claim.window_start), "window_end": str(claim.window_end),
                "reported": str(getattr(claim, "reported", "")),
                "figure_ids": claim.figure_ids, "dataset": dataset, "events": len(inside),
                "events_best": _sum_or_open(best),
                "events_low": pd.NA if civilians else _sum_or_open(inside["deaths_low"]),
                "events_high": pd.NA if civilians else _sum_or_open(inside["deaths_high"]),
                "events_partly_in_window": len(placed) - len(inside),
                "events_coarse_date": int(inside["date_precision"].isin(COARSE_DATE).sum()),
                "events_coarse_place": int(inside["where_precision"].isin(COARSE_PLACE).sum()),
                "events_admin1_unmatched": unmatched,
                "caveat": _caveat(len(inside), len(placed) - len(inside),
                                  int(inside["date_precision"].isin(COARSE_DATE).sum()),
                                  int(inside["where_precision"].isin(COARSE_PLACE).sum()), unmatched, dataset),
            })
    out = pd.DataFrame(rows, columns=list(AGAINST_COLUMNS))
    for c in ("low", "high", "events", "events_best", "events_low", "events_high"):
        out[c] = pd.array(out[c], dtype="Int64")
    return out


# ----------------------------------------------------------------------------- one run (notebook 06)

TABLE = "claims-vs-events"
CHART = "events/claims-vs-events"  # under figures/<run_name>/, apart from notebook 03's charts


def run_table(ledger: pd.DataFrame, paths: Paths = PATHS, **filters) -> pd.DataFrame:
    """Claims-vs-events for one parameter set: the ledger filtered as the other notebooks
    filter it (places, period, claimants; context figures never), relays collapsed to claims,
    each death claim beside every event dataset the case holds. Empty without event data."""
    from .compare import collapse_relays
    from .tabulate import filter_figures, load_admin1

    filters = {k: v for k, v in filters.items() if k in ("metrics", "places", "period_start", "period_end", "claimants")}
    selection = filter_figures(ledger, include_context=False, **filters)
    events = load_events(paths)
    if events.empty or selection.empty:
        return pd.DataFrame(columns=list(AGAINST_COLUMNS))
    country = Places.from_table(load_admin1(paths.admin1)).country_code
    return claims_vs_events(collapse_relays(selection), events, country)


SHOWN = 12  # claims the briefing's table and the chart show; the CSV has them all


def headline(table: pd.DataFrame, limit: int = SHOWN) -> pd.DataFrame:
    """The rows the briefing and chart show: the first ``limit`` claims (in the table's
    order) with at least one event recorded inside their window by some dataset, each with
    all its datasets' rows."""
    if table.empty:
        return table
    counts = pd.to_numeric(table["events"]).groupby(table["figure_ids"], sort=False).sum()
    keep = list(counts[counts > 0].index[:limit])
    return table[table["figure_ids"].isin(keep)].reset_index(drop=True)


def cell_text(row) -> str:
    """One dataset's side of a claim in a few words: events, deaths, the caveats in short."""
    n = int(row["events"])
    best, low, high = (row[c] for c in ("events_best", "events_low", "events_high"))
    text = f"{n} event{'s' if n != 1 else ''}"
    if n:
        deaths = "no civilian split" if str(best) in ("", "<NA>", "nan") else f"{int(best):,}"
        if str(low) not in ("", "<NA>", "nan") and str(high) not in ("", "<NA>", "nan") and low != high:
            deaths += f" ({int(low):,} to {int(high):,})"
        text += f": {deaths} killed"
    notes = [f"{int(row[c])} {words}" for c, words in (
        ("events_partly_in_window", "partly in window"), ("events_coarse_date", "dated to month/year"),
        ("events_coarse_place", "placed to country"), ("events_admin1_unmatched", "with unmatched names"))
        if int(row[c])]
    return text + (f"; {', '.join(notes)}" if notes else "")


def write_run_outputs(table: pd.DataFrame, run_name: str, paths: Paths = PATHS) -> list[Path]:
    """Write ``tables/<run>/claims-vs-events.csv`` and its chart (SVG, PNG); with no rows,
    remove any earlier ones, so a run without event data has none. Returns what was written."""
    from . import plots
    from .io import write_bytes

    csv_path = paths.tables / run_name / f"{TABLE}.csv"
    chart = paths.figures_dir / run_name / CHART
    targets = [csv_path, chart.with_suffix(".svg"), chart.with_suffix(".png")]
    if table.empty:
        for target in targets:
            target.unlink(missing_ok=True)
        return []
    shown = headline(table)
    if shown.empty:  # no claim has an event in its window: the table says so, nothing to draw
        shown = table.head(2 * SHOWN)
    fig = plots.claims_vs_events(shown, plots.admin1_names(paths.admin1))
    svg, png = plots.figure_bytes(fig)
    write_csv(table, csv_path)
    write_bytes(targets[1], svg)
    write_bytes(targets[2], png)
    return targets
