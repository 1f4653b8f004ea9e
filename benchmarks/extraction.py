"""Extraction benchmark: crosstally.extract against quantulum3, same texts, same run.

Run from anywhere: ``.venv/bin/python benchmarks/extraction.py``. It prints plain
figures and exits non-zero only on an error (a broken label, a missing file), never
because a score is low.

The labelled set (benchmarks/labelled/, see its README.md) is the seed article, eight
short news-style documents written for this benchmark (01-08, Syria) and excerpts of
real published reporting on other conflicts (10-). Held-out parts are frozen lists
(``heldout.txt``, ``heldout2.txt``, ...), each chosen and labelled before the extractor
and drafter were changed for a round, by someone who ran neither. A part that was
measured and then tuned against is listed in ``tuned.txt`` and reported as dev text
from then on ("old held-out ... tuned"); the parts not listed there are the ones nobody
has tuned against, reported one by one and together. Everything else is ``dev``.
``labels.csv`` holds every
figure a curator would enter (document, start, end of the qualifier + number,
value_as_reported, qualifier, value, value_max, metric, population, unit, split);
``negatives.csv`` lists the hard negatives in the same texts (years, dates, times,
ages, ordinals, percentages, money, resolution/report/article numbers, phone numbers,
durations, distances, counts of things the ledger does not count). Negatives are not
needed for scoring (anything predicted that matches no label is a false positive);
they are listed so the run can say which kinds each tool trips on.

How a prediction is scored (identical for both tools):

- Overall: a prediction is a hit when its character span overlaps a labelled figure's
  span in the same document, one prediction per label (the first unmatched one, in
  text order). precision = hits / predictions, recall = hits / labels.
- Per metric, crosstally: a hit counts for metric m only when both the label and the
  prediction say m. precision_m = such hits / predictions saying m; recall_m = such
  hits / labels of m.
- Per metric, quantulum3: it has no notion of a metric, so it is given the benefit of
  the doubt. Each hit is credited with the label's metric (an oracle: recall_m is an
  upper bound on what any metric classifier built on it could reach), and since its
  false positives cannot be pinned on a metric, precision_m is its overall precision.
- quantulum3's predictions are its quantities whose unit entity is dimensionless and
  not a percentage: its own classification removes lengths, currencies, durations and
  percentages in its favour. "two dozen" (unit dozen) counts as 24 when values are
  compared.
- Field accuracy (among hits): value (ranges: both ends; vague words: no value),
  qualifier, metric, unit, population. For quantulum3 only the value exists; a range
  counts as right when its single value lies within the labelled range.

Draft field accuracy (the real documents, whose labels also carry claimant id,
admin-1 codes and period end), in one table by part: the dev batches (10-19, 50-61),
each old held-out part now tuned on, each held-out part nobody has tuned against (every
``heldout*.txt`` not in ``tuned.txt``, each with its own split in ``labels.csv``), those
together, all dev text and all real documents: over every labelled figure, a figure the drafts miss
counting as wrong in every field. Places are resolved with ``labelled/admin1.csv`` plus
the region groups of ``benchmarks/admin1_groups.csv`` (the Gaza Strip, the West Bank,
Darfur, Kordofan, Donbas, the quarters of Ukraine: general geography, as a case's analyst
writes them in ``rules/admin1.csv``'s ``groups``, not read off the labelled texts). Drafts come from ``crosstally.draft`` when the package
has it (the curation loop); otherwise only what ``crosstally.extract`` itself gives
(value, qualifier, metric, population) is measured and the other fields say so.
Claimant ids are resolved against the labelled set's own ``sources.csv`` and places
against the rows of its ``admin1.csv`` for the countries of the document's case
(``documents.csv``'s ``case_countries``: a case about a war between two countries holds
both, as an analyst's would); admin-1 codes compare as sets.

Throughput: crosstally's extractor on the labelled texts repeated to at least 5 MB
(one call, one process, so one core); quantulum3 on one copy, as it is much slower.
Then ``benchmarks/corpus.py``: a synthetic corpus of ``--corpus-mb`` MB (default 200)
through ``extract_corpus`` with 1, 2, ... worker processes and a Dask LocalCluster:
MB/s and speed-up over one worker. MB = 10**6 bytes of UTF-8.
"""
from __future__ import annotations

import argparse
import gc
import math
import re
import sys
import time
import warnings
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
LABELLED = ROOT / "benchmarks" / "labelled"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from crosstally.extract import extract, read_text  # noqa: E402
from crosstally.schema import METRICS  # noqa: E402

import corpus as corpus_bench  # noqa: E402  (benchmarks/corpus.py)

DRAFT_FIELDS = ("claimant", "metric", "population", "admin1", "period_end", "qualifier", "value")


def heldout_documents() -> set[str]:
    return {line.strip() for line in (LABELLED / "heldout.txt").read_text(encoding="utf-8").splitlines()
            if line.strip()}


def heldout_parts() -> list[tuple[str, set[str]]]:
    """Every frozen held-out part: ``heldout.txt``, ``heldout2.txt``, ``heldout3.txt``, ...
    in that order, as (label, documents)."""
    files = sorted(LABELLED.glob("heldout*.txt"), key=lambda p: int(p.stem[7:] or 1))
    return [(f"held-out part{'' if p.stem == 'heldout' else ' ' + p.stem[7:]} ({p.name})",
             {line.strip() for line in p.read_text(encoding="utf-8").splitlines() if line.strip()})
            for p in files]


def tuned_parts() -> dict[str, str]:
    """Held-out lists that were measured and then tuned against (``labelled/tuned.txt``:
    the list's file name, then since when): from then on they are dev text, reported
    apart from the parts nobody has tuned against."""
    path = LABELLED / "tuned.txt"
    if not path.exists():
        return {}
    out = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        name, _, since = line.strip().partition(" ")
        if not (LABELLED / name).exists():
            raise SystemExit(f"benchmarks/labelled/tuned.txt:{n}: no held-out list {name!r}")
        out[name] = since.strip()
    return out


def unseen_parts() -> list[tuple[str, set[str]]]:
    """The held-out parts nobody has tuned against: every ``heldout*.txt`` not in ``tuned.txt``."""
    tuned = tuned_parts()
    return [(name, docs) for name, docs in heldout_parts() if _list_file(name) not in tuned]


def _list_file(part_name: str) -> str:
    return part_name.split("(")[1].rstrip(")")


def _part_label(part_name: str, tuned: dict[str, str]) -> str:
    f = _list_file(part_name)
    return part_name.replace("held-out part", "old held-out", 1) + " tuned" if f in tuned else part_name


def labelled_documents() -> pd.DataFrame:
    return pd.read_csv(LABELLED / "documents.csv", dtype=str, keep_default_na=False)


def load_labelled() -> tuple[dict[str, str], pd.DataFrame, pd.DataFrame]:
    """Texts, labels and negatives; every label's offsets are checked against its text."""
    labels = pd.read_csv(LABELLED / "labels.csv", dtype={"document": str}, keep_default_na=False)
    negatives = pd.read_csv(LABELLED / "negatives.csv", dtype={"document": str}, keep_default_na=False)
    texts = {doc: read_text(ROOT / doc) for doc in sorted(set(labels["document"]) | set(negatives["document"]))}
    for name, df, col in (("labels.csv", labels, "value_as_reported"), ("negatives.csv", negatives, "text")):
        for i, r in df.iterrows():
            if texts[r.document][r.start:r.end] != r[col]:
                raise SystemExit(f"benchmarks/labelled/{name}:{i + 2}: text[{r.start}:{r.end}] is "
                                 f"{texts[r.document][r.start:r.end]!r}, not {r[col]!r}")
    for col in ("value", "value_max"):
        labels[col] = pd.to_numeric(labels[col].replace("", None), errors="raise").astype(float)
    return texts, labels, negatives


def crosstally_predictions(texts: dict[str, str]) -> pd.DataFrame:
    rows = [
        {"document": doc, "start": c.start, "end": c.end, "value": c.value, "value_max": c.value_max,
         "qualifier": c.qualifier, "metric": c.metric, "unit": c.unit, "population": c.population}
        for doc, text in texts.items() for c in extract(text, doc)
    ]
    return pd.DataFrame(rows)


def _quantulum_parse():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # it warns that its optional classifier is absent
        from quantulum3 import classifier, parser
    # quantulum3 as every run has measured it: without its optional classifier, which it turns on
    # by itself wherever scikit-learn is installed (the 'learn' extra) and whose pickled model then
    # wants another scikit-learn and the 'stemming' package
    classifier.USE_CLF = False
    return parser.parse


def quantulum_predictions(texts: dict[str, str]) -> pd.DataFrame:
    parse = _quantulum_parse()
    rows = []
    for doc, text in texts.items():
        for q in parse(text):
            if q.unit.entity.name != "dimensionless" or q.unit.name == "percentage":
                continue
            value = q.value * 12 if q.unit.name == "dozen" else q.value
            rows.append({"document": doc, "start": q.span[0], "end": q.span[1], "value": value,
                         "value_max": math.nan, "qualifier": "", "metric": "", "unit": "",
                         "population": ""})
    return pd.DataFrame(rows)


def match(labels: pd.DataFrame, preds: pd.DataFrame) -> list[tuple[int, int]]:
    """(label index, prediction index) pairs: spans overlap, one prediction per label."""
    pairs, used = [], set()
    for li, lab in labels.sort_values(["document", "start"]).iterrows():
        cand = preds[(preds["document"] == lab.document) & (preds["start"] < lab.end) & (preds["end"] > lab.start)]
        for pi in cand.sort_values("start").index:
            if pi not in used:
                used.add(pi)
                pairs.append((li, pi))
                break
    return pairs


def _same(a: float, b: float) -> bool:
    return (math.isnan(a) and math.isnan(b)) or a == b


def value_right(lab, pred, single_value: bool) -> bool:
    if single_value and not math.isnan(lab.value_max):
        return lab.value <= pred.value <= lab.value_max
    return _same(lab.value, pred.value) and (single_value or _same(lab.value_max, pred.value_max))


def _ratio(a: int, b: int) -> float:
    return a / b if b else math.nan


def score(labels: pd.DataFrame, preds: pd.DataFrame, has_metric: bool) -> dict:
    pairs = match(labels, preds)
    out = {"overall": (_ratio(len(pairs), len(preds)), _ratio(len(pairs), len(labels)),
                       len(labels), len(preds), len(pairs))}
    for m in METRICS:
        n_lab = int((labels["metric"] == m).sum())
        if has_metric:
            hits = sum(1 for li, pi in pairs if labels.at[li, "metric"] == m == preds.at[pi, "metric"])
            n_pred = int((preds["metric"] == m).sum())
            precision = _ratio(hits, n_pred)
        else:
            hits = sum(1 for li, _ in pairs if labels.at[li, "metric"] == m)
            n_pred = hits
            precision = out["overall"][0]
        if n_lab or n_pred:
            out[m] = (precision, _ratio(hits, n_lab), n_lab, n_pred, hits)
    fields = ("value", "qualifier", "metric", "unit", "population") if has_metric else ("value",)
    out["fields"] = {
        f: _ratio(sum(
            value_right(labels.loc[li], preds.loc[pi], not has_metric) if f == "value"
            else labels.at[li, f] == preds.at[pi, f]
            for li, pi in pairs), len(pairs))
        for f in fields
    }
    return out


def negatives_hit(negatives: pd.DataFrame, preds: pd.DataFrame) -> dict[str, tuple[int, int]]:
    out = {}
    for kind, group in negatives.groupby("kind"):
        hit = sum(
            bool(((preds["document"] == r.document) & (preds["start"] < r.end) & (preds["end"] > r.start)).any())
            for r in group.itertuples())
        out[kind] = (hit, len(group))
    return out


def draft_predictions(texts: dict[str, str], documents: pd.DataFrame) -> pd.DataFrame | None:
    """Drafts for the real documents from crosstally.draft, or None when it is absent."""
    try:
        from crosstally import draft  # noqa: F401
    except ImportError:
        return None
    return _drafts_from_module(draft, texts, documents)


def _drafts_from_module(draft, texts, documents) -> pd.DataFrame:
    """``draft.draft_document`` on each real document, with the labelled set's own sources
    and the admin-1 table of the countries of the document's case (``case_countries``). The period end compared is the one
    the ledger would use: period_end, else as_of, else statement_date, else published."""
    sources = pd.read_csv(LABELLED / "sources.csv", dtype=str, keep_default_na=False)
    admin1 = labelled_admin1()
    local_sources, local_admin1 = local_aliases("sources_local.csv", "source_id"), local_aliases("admin1_local.csv", "code")
    rows = []
    for doc in documents.itertuples():
        if doc.document not in texts:
            continue
        doc_sources = with_local_aliases(sources, "source_id", local_for(local_sources, doc))
        doc_admin1 = with_local_aliases(case_admin1(admin1, doc), "pcode", local_for(local_admin1, doc))
        # the outlet as `crosstally add --outlet` gives it: its id when the sources table holds it (by
        # its name or an alias), else none; a rights group's or an agency's own report is then its own claim
        meta = {"document_id": doc.document, "outlet": outlet_id(doc.outlet, doc_sources), "url": doc.url,
                "published": doc.published, "language": "en"}
        drafts = draft.draft_document(texts[doc.document], meta, doc_sources, doc_admin1)
        for r in drafts.to_dict("records"):
            end = next((r[k] for k in ("period_end", "as_of", "statement_date") if r.get(k, "")), doc.published)
            number = lambda v: float(v) if str(v).strip() else math.nan  # noqa: E731
            rows.append({"document": doc.document, "start": int(r["start"]), "end": int(r["end"]),
                         "claimant": r["claimant"], "metric": r["metric"], "population": r["population"],
                         "admin1": r["admin1"], "period_end": end, "qualifier": r["qualifier"],
                         "value": number(r["value"]), "value_max": number(r["value_max"]), "unit": r["unit"],
                         "confidence": float(r["confidence"]), "why": r.get("why", "")})
    return pd.DataFrame(rows, columns=["document", "start", "end", "claimant", "metric", "population", "admin1",
                                       "period_end", "qualifier", "value", "value_max", "unit", "confidence", "why"])


def outlet_id(outlet: str, sources: pd.DataFrame) -> str:
    """The ``source_id`` of a ``documents.csv`` outlet: the row whose id, name or an alias is the whole
    outlet or the words before its brackets ("UNHCR (briefing notes)": unhcr); not the words inside
    them, which name the wire a paper carries ("France 24 (AFP)": France 24's, not AFP's) as often as
    the author a host carries ("ReliefWeb (UN OCHA situation report)"); empty when none is."""
    names: dict[str, str] = {}
    for row in sources.itertuples():
        for name in [row.source_id, row.name, *row.aliases.split(";")]:
            if name.strip():
                names.setdefault(name.strip().casefold(), row.source_id)
    m = re.fullmatch(r"\s*(.*?)\s*(?:\((.*)\))?\s*", outlet or "", re.S)
    for candidate in (outlet or "", m[1]):
        if candidate.strip() and candidate.strip().casefold() in names:
            return names[candidate.strip().casefold()]
    return ""


def local_aliases(name: str, key: str, folder: Path | None = None) -> list[tuple[str, str, str, list[str]]]:
    """[(split, country, id, [alias, ...])] from ``labelled/<name>`` (columns ``split``,
    optionally ``country``, then *key* and ``aliases``): the spellings a part's texts use for a
    source or a division that already has a row in the shared table, as the case's own table
    would hold them. Parts up to 27 wrote such aliases into the shared rows, and an alias
    written for one part's texts changed the drafts of every other part (part 24's "police" for
    the Hesse police named the claimant of a Kenyan text). Here they reach only the documents
    of their part (and, where ``country`` is given, only those whose case names that country;
    a row with a country and no split reaches every part's documents of that country's cases),
    so older parts' results move only when the code does. A missing file is empty; an id the
    shared table lacks, or an empty split or aliases cell, is refused with the file and line."""
    path = (folder or LABELLED) / name
    if not path.exists():
        return []
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    shared_name = name.replace("_local", "")
    shared = set(pd.read_csv(path.with_name(shared_name), dtype=str, keep_default_na=False)[key])
    if list(table.columns) not in (["split", key, "aliases"], ["split", "country", key, "aliases"]):
        raise SystemExit(f"{path}: header must be split,{key},aliases or split,country,{key},aliases")
    out = []
    for line, row in enumerate(table.to_dict("records"), start=2):
        if row[key] not in shared:
            raise SystemExit(f"{path}:{line}:{key}: {row[key]!r} is not a row of {shared_name}")
        if not (row["split"] or row.get("country", "")) or not row["aliases"].strip():
            raise SystemExit(f"{path}:{line}: a split or a country, and aliases, must be given")
        out.append((row["split"], row.get("country", ""), row[key],
                    [a.strip() for a in row["aliases"].split(";") if a.strip()]))
    return out


def local_for(local, doc) -> dict[str, list[str]]:
    """{id: [alias, ...]} of the local aliases that reach *doc* (its split; its case's countries)."""
    countries = set(case_countries(doc))
    out: dict[str, list[str]] = {}
    for split, country, key, aliases in local:
        if split in ("", getattr(doc, "split", "")) and (not country or country in countries):
            out.setdefault(key, []).extend(aliases)
    return out


def with_local_aliases(table: pd.DataFrame, key: str, extra: dict[str, list[str]]) -> pd.DataFrame:
    """*table* with *extra* aliases appended to the ``aliases`` of the rows they name."""
    if not extra:
        return table
    table = table.copy()
    for i, row in table.iterrows():
        more = [a for a in extra.get(row[key], []) if a not in row["aliases"].split(";")]
        if more:
            table.at[i, "aliases"] = ";".join([a for a in row["aliases"].split(";") if a] + more)
    return table


def case_countries(doc) -> list[str]:
    """The countries of the case an analyst would set up for the document's conflict:
    ``documents.csv``'s ``case_countries`` (";"-joined ISO codes, written from the conflict,
    e.g. "IR;IL" for the 2025 Iran-Israel war, "UA;RU" for Russia's war on Ukraine), else
    the document's ``country`` alone. Their admin-1 rows are the table the drafter gets."""
    return [c for c in str(getattr(doc, "case_countries", "") or "").split(";") if c] or [doc.country]


def case_admin1(admin1: pd.DataFrame, doc) -> pd.DataFrame:
    """The admin-1 rows of the document's case, its countries in ``case_countries`` order:
    the case's own country first, as ``crosstally init`` writes a case's table (its
    whole-country row first), then the other side's."""
    order = {c: k for k, c in enumerate(case_countries(doc))}
    rows = admin1[admin1["country"].isin(order)]
    return rows.iloc[rows["country"].map(order).argsort(kind="stable")].reset_index(drop=True)


def labelled_admin1() -> pd.DataFrame:
    """The labelled set's admin-1 table (``labelled/admin1.csv``) in the case's columns,
    with the ``groups`` of ``admin1_groups.csv``: the regions that span several units
    (the Gaza Strip, the West Bank, Darfur, Kordofan, Donbas, the four quarters of
    Ukraine; Thailand's Deep South, Nigeria's north-east and north-west zones, Cameroon's
    Anglophone regions, eastern DR Congo, Kenya's former North Eastern province, Puntland,
    Jubaland, Northeast India), written from general geography for the drafter, as a case's analyst writes
    them in ``rules/admin1.csv``; not from the labelled texts."""
    admin1 = pd.read_csv(LABELLED / "admin1.csv", dtype=str, keep_default_na=False).rename(columns={"code": "pcode"})
    groups = pd.read_csv(ROOT / "benchmarks" / "admin1_groups.csv", dtype=str, keep_default_na=False)
    unknown = sorted(set(groups["code"]) - set(admin1["pcode"]))
    if unknown:
        raise SystemExit(f"benchmarks/admin1_groups.csv: codes not in labelled/admin1.csv: {', '.join(unknown)}")
    admin1["groups"] = admin1["pcode"].map(dict(zip(groups["code"], groups["groups"]))).fillna("")
    return admin1


def _codes(v) -> frozenset:
    return frozenset(c for c in str(v).split(";") if c and c != "nan")


def draft_accuracy(labels: pd.DataFrame, preds: pd.DataFrame, fields,
                   single_value: bool = False) -> dict[str, tuple[int, int]]:
    """{field: (right, labelled figures)}; a figure without a matching prediction is wrong."""
    pairs = dict(match(labels, preds))
    out = {}
    for f in fields:
        right = 0
        for li, lab in labels.iterrows():
            if li not in pairs:
                continue
            pred = preds.loc[pairs[li]]
            if f == "value":
                right += value_right(lab, pred, single_value)
            elif f == "admin1":
                right += _codes(lab.admin1) == _codes(pred.admin1)
            else:
                right += str(lab[f]) == str(pred[f] if not (isinstance(pred[f], float) and math.isnan(pred[f])) else "")
        out[f] = (right, len(labels))
    return out


TRUST_FIELDS = ("claimant", "metric", "population", "admin1", "period_end")
CONFIDENCE_BANDS = ((0.8, 1.01, "0.80 and above"), (0.6, 0.8, "0.60-0.79"), (0.0, 0.6, "below 0.60"))


def _field_right(lab, pred, f: str) -> bool:
    if f == "admin1":
        return _codes(lab.admin1) == _codes(pred.admin1)
    v = pred[f]
    return str(lab[f]) == str(v if not (isinstance(v, float) and math.isnan(v)) else "")


def trust(labels: pd.DataFrame, preds: pd.DataFrame) -> dict:
    """What a reviewer can take on trust among the labelled figures the drafts found: by band
    of the draft's ``confidence``, {band: (figures, claimant right, all of TRUST_FIELDS right)};
    and for the claimant, {"claimant named": (drafts naming one, of them right), "claimant
    left empty": (drafts leaving it empty, of them rightly: the label has none either)}."""
    pairs = match(labels, preds)
    out = {}
    for lo, hi, name in CONFIDENCE_BANDS:
        sel = [(labels.loc[li], preds.loc[pi]) for li, pi in pairs if lo <= float(preds.loc[pi, "confidence"]) < hi]
        out[name] = (len(sel), sum(_field_right(lab, pred, "claimant") for lab, pred in sel),
                     sum(all(_field_right(lab, pred, f) for f in TRUST_FIELDS) for lab, pred in sel))
    named = [(labels.loc[li], preds.loc[pi]) for li, pi in pairs if str(preds.loc[pi, "claimant"] or "") not in ("", "nan")]
    empty = [(labels.loc[li], preds.loc[pi]) for li, pi in pairs if str(preds.loc[pi, "claimant"] or "") in ("", "nan")]
    out["claimant named"] = (len(named), sum(_field_right(lab, pred, "claimant") for lab, pred in named))
    out["claimant left empty"] = (len(empty), sum(_field_right(lab, pred, "claimant") for lab, pred in empty))
    return out


AGREEMENT_FIELDS = ("claimant", "metric", "population", "admin1", "period_end")


def second_labels(texts: dict[str, str]) -> pd.DataFrame | None:
    """A second labeller's labels of some documents (``labelled/second_labels.csv``, made
    blind to the first labels), offsets checked like ``load_labelled``; None without it."""
    path = LABELLED / "second_labels.csv"
    if not path.exists():
        return None
    two = pd.read_csv(path, dtype={"document": str, "value_as_reported": str, "claimant": str, "admin1": str,
                                   "period_end": str}, keep_default_na=False)
    for i, r in two.iterrows():
        if r.document not in texts:
            raise SystemExit(f"benchmarks/labelled/second_labels.csv:{i + 2}: document {r.document!r} is not labelled")
        if texts[r.document][r.start:r.end] != r.value_as_reported:
            raise SystemExit(f"benchmarks/labelled/second_labels.csv:{i + 2}: text[{r.start}:{r.end}] is "
                             f"{texts[r.document][r.start:r.end]!r}, not {r.value_as_reported!r}")
    for col in ("value", "value_max"):
        two[col] = pd.to_numeric(two[col].replace("", None), errors="raise").astype(float)
    return two


def agreement(labels: pd.DataFrame, two: pd.DataFrame, drafts: pd.DataFrame | None) -> list[tuple[str, int, int, dict]]:
    """Per part of the doubly-labelled documents: (part, documents, figures, {what: {field: share}}),
    where "span" holds the second labeller's precision and recall against the first, "second
    labeller" the share of the first labeller's figures on which the second agrees (a figure
    the second did not label disagrees), and "drafts" the same share for crosstally.draft."""
    out = []
    docs = set(two["document"])
    one = labels[labels["document"].isin(docs)]
    # parts in their order: heldout4 ... heldout9, heldout10, heldout11 (not as strings: 10 before 4)
    for part in [*sorted(set(one["split"]), key=lambda sp: (int(re.sub(r"\D", "", sp) or 1), sp)), "together"]:
        lab = one if part == "together" else one[one["split"] == part]
        ds = set(lab["document"])
        sec = two[two["document"].isin(ds)]
        p, r = score(lab, sec, True)["overall"][:2]
        row = {"span": {"precision": p, "recall": r},
               "second labeller": {f: _ratio(*v) for f, v in draft_accuracy(lab, sec, AGREEMENT_FIELDS).items()}}
        if drafts is not None:
            row["drafts"] = {f: _ratio(*v) for f, v in
                             draft_accuracy(lab, drafts[drafts["document"].isin(ds)], AGREEMENT_FIELDS).items()}
        out.append((part, len(ds), len(lab), row))
    return out


def throughput(fn, text: str) -> tuple[float, float]:
    """(MB processed, MB per second) for one call of ``fn`` on ``text``."""
    mb = len(text.encode("utf-8")) / 1e6
    t0 = time.perf_counter()
    fn(text)
    return mb, mb / (time.perf_counter() - t0)


def _fmt(x: float) -> str:
    return "   -" if math.isnan(x) else f"{x:.2f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0, help="text to time crosstally on, in MB (default 5)")
    ap.add_argument("--corpus-mb", type=float, default=200.0,
                    help="synthetic corpus for the workers benchmark, in MB (default 200; 0 skips it)")
    ap.add_argument("--workers", default="1,2", help="worker process counts for the corpus (default 1,2)")
    args = ap.parse_args(argv)

    texts, labels, negatives = load_labelled()
    corpus = "\n\n".join(texts.values())
    # Time crosstally first, before quantulum3 fills the heap with its unit tables.
    big = "\n\n".join([corpus] * math.ceil(args.mb * 1e6 / len(corpus.encode("utf-8"))))
    extract("warm-up: 12 people were killed")
    gc.collect()
    mb, speed = throughput(lambda t: extract(t, "bench"), big)
    del big

    # Both tools timed on the same texts, a document at a time, as they are used (quantulum3 slows
    # down more than linearly on one long text: timed on the 0.8 MB of the set joined into one string,
    # as runs before 5 December 2026 did, it made 0.0002 MB/s, where a document at a time it makes
    # some 0.015 MB/s)
    set_mb = sum(len(t.encode("utf-8")) for t in texts.values()) / 1e6
    gc.collect()
    t0 = time.perf_counter()
    ours = crosstally_predictions(texts)
    doc_speed = set_mb / (time.perf_counter() - t0)
    _quantulum_parse()("warm-up: 12 people were killed")  # loads quantulum3's tables before it is timed
    gc.collect()
    t0 = time.perf_counter()
    theirs = quantulum_predictions(texts)
    qspeed = set_mb / (time.perf_counter() - t0)
    s_ours, s_theirs = score(labels, ours, True), score(labels, theirs, False)

    print(f"Labelled set: {len(texts)} documents, {len(labels)} figures, {len(negatives)} hard negatives\n")
    print(f"{'metric':<24}{'labels':>7} | {'crosstally P':>12} {'R':>5} {'pred':>5} | {'quantulum3 P':>12} {'R':>5} {'pred':>5}")
    for key in [m for m in METRICS if m in s_ours or m in s_theirs] + ["overall"]:
        po, ro, n, npo, _ = s_ours.get(key, (math.nan, math.nan, 0, 0, 0))
        pt, rt, _, npt, _ = s_theirs.get(key, (math.nan, math.nan, 0, 0, 0))
        if key == "overall":
            print("-" * 84)
        print(f"{key:<24}{n:>7} | {_fmt(po):>12} {_fmt(ro):>5} {npo:>5} | {_fmt(pt):>12} {_fmt(rt):>5} {npt:>5}")
    print("(quantulum3 per metric: recall credits each hit with the label's metric; "
          "precision is its overall precision)\n")
    held, tuned = heldout_parts(), tuned_parts()
    unseen = unseen_parts()
    unseen_all = set().union(*(docs for _, docs in unseen))
    documents = labelled_documents()
    real = set(documents["document"])
    if tuned:
        print("Held-out parts measured and then tuned against, so dev text since: "
              + "; ".join(f"{f} since {since}" for f, since in tuned.items()) + "\n")
    parts = [("whole set", set(texts)), *unseen]
    if len(unseen) > 1:
        parts.append(("unseen parts together", unseen_all))
    parts += [(_part_label(name, tuned), docs) for name, docs in held if _list_file(name) in tuned]
    parts += [("dev part (all tuned on)", set(texts) - unseen_all), ("real documents", real),
              ("written documents 00-08", set(texts) - real)]
    print(f"{'part':<38}{'docs':>5}{'figures':>8} | {'crosstally P':>12} {'R':>5} | {'quantulum3 P':>12} {'R':>5}")
    for name, docs in parts:
        lab = labels[labels["document"].isin(docs)]
        po, ro = score(lab, ours[ours["document"].isin(docs)], True)["overall"][:2]
        pt, rt = score(lab, theirs[theirs["document"].isin(docs)], False)["overall"][:2]
        print(f"{name:<38}{len(docs):>5}{len(lab):>8} | {_fmt(po):>12} {_fmt(ro):>5} | {_fmt(pt):>12} {_fmt(rt):>5}")
    print()
    print("Field accuracy among hits: crosstally "
          + ", ".join(f"{f} {_fmt(v)}" for f, v in s_ours["fields"].items())
          + f"; quantulum3 value {_fmt(s_theirs['fields']['value'])}\n")
    neg_o, neg_t = negatives_hit(negatives, ours), negatives_hit(negatives, theirs)
    print("Hard negatives returned, crosstally vs quantulum3 (of those present):")
    print("  " + ", ".join(f"{k} {neg_o[k][0]} vs {neg_t[k][0]} (of {neg_o[k][1]})" for k in sorted(neg_o)) + "\n")
    drafts = draft_predictions({d: texts[d] for d in sorted(real) if d in texts}, documents)
    if drafts is None:
        drafts, fields = ours[ours["document"].isin(real)], ("metric", "population", "qualifier", "value")
        source = "crosstally.extract only (no crosstally.draft in this package)"
    else:
        fields, source = DRAFT_FIELDS, "crosstally.draft"
    print(f"Draft field accuracy on the real documents, by part (a figure the drafts miss is wrong in every "
          f"field), from {source}:")
    print(f"{'part':<38}{'docs':>5}{'figures':>8} | " + " ".join(f"{f:>10}" for f in DRAFT_FIELDS)
          + f" | {'quantulum3 value':>16}")
    held_all = set().union(*(docs for _, docs in held))
    dev = real - held_all
    batch = {d: int(m.group()) for d in dev if (m := re.match(r"\d+", Path(d).name))}
    draft_parts = [("dev, first batch (10-19)", {d for d in dev if batch.get(d, 0) < 50}),
                   ("dev, second batch (50-61)", {d for d in dev if batch.get(d, 0) >= 50}),
                   *((_part_label(name, tuned), docs & real) for name, docs in held if _list_file(name) in tuned),
                   *((name, docs & real) for name, docs in unseen)]
    if len(unseen) > 1:
        draft_parts.append(("unseen parts together", unseen_all & real))
    draft_parts += [("dev (all tuned on)", real - unseen_all), ("all real documents", real)]
    for name, docs in draft_parts:
        lab = labels[labels["document"].isin(docs)]
        acc = draft_accuracy(lab, drafts[drafts["document"].isin(docs)], fields)
        q_acc = draft_accuracy(lab, theirs[theirs["document"].isin(docs)], ("value",), True)
        cells = " ".join(f"{_fmt(_ratio(*acc[f])) if f in acc else 'n/a':>10}" for f in DRAFT_FIELDS)
        print(f"{name:<38}{len(docs):>5}{len(lab):>8} | {cells} | {_fmt(_ratio(*q_acc['value'])):>16}")
    print()
    if fields == DRAFT_FIELDS:
        print("What a reviewer can trust, among the figures the drafts found: by the draft's confidence, the share with\n"
              "the claimant right and with claimant, metric, population, admin-1 and period end all right; and whether\n"
              "a claimant the drafts name is right, and an empty one rightly empty (the label has none):")
        for name, docs in [("unseen parts together", unseen_all & real), ("dev (all tuned on)", real - unseen_all)]:
            if not docs:
                continue
            t = trust(labels[labels["document"].isin(docs)], drafts[drafts["document"].isin(docs)])
            bands = "; ".join(f"{b}: {n} figures, claimant {_fmt(_ratio(c, n))}, all five {_fmt(_ratio(a, n))}"
                              for b, (n, c, a) in ((b, t[b]) for _, _, b in CONFIDENCE_BANDS))
            (nn, nr), (en, er) = t["claimant named"], t["claimant left empty"]
            print(f"  {name}: {bands}\n    claimant named {nn}, right {_fmt(_ratio(nr, nn))}; "
                  f"left empty {en}, rightly {_fmt(_ratio(er, en))}")
        print()
    two = second_labels(texts)
    if two is not None:
        print("Inter-labeller agreement: a second labeller, blind to the first labels, labelled some held-out\n"
              "documents; share of the first labeller's figures on which the second agrees, beside the drafts':")
        print(f"{'part':<14}{'docs':>5}{'figures':>8} | {'span P':>7} {'R':>5} | {'who':<16} "
              + " ".join(f"{f:>10}" for f in AGREEMENT_FIELDS))
        for part, nd, nf, row in agreement(labels, two, drafts if fields == DRAFT_FIELDS else None):
            for i, who in enumerate(w for w in ("second labeller", "drafts") if w in row):
                head = (f"{part:<14}{nd:>5}{nf:>8} | {_fmt(row['span']['precision']):>7} {_fmt(row['span']['recall']):>5}"
                        if i == 0 else " " * 27 + " | " + " " * 13)
                print(f"{head} | {who:<16} " + " ".join(f"{_fmt(row[who][f]):>10}" for f in AGREEMENT_FIELDS))
        print()
    print(f"Throughput, one core, a document at a time over the {len(texts)} labelled texts ({set_mb:.3f} MB): "
          f"crosstally {doc_speed:.2f} MB/s, quantulum3 {qspeed:.2g} MB/s; crosstally on one {mb:.1f} MB text: "
          f"{speed:.2f} MB/s")
    if args.corpus_mb > 0:
        print()
        corpus_bench.print_rows(corpus_bench.measure(args.corpus_mb, [int(w) for w in args.workers.split(",")]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
