"""What the case's own tables lack, read from the review queue: ``crosstally gaps``.

The drafter resolves a claimant to a ``sources.csv`` id only by the names the table gives it
(its name, the abbreviation in brackets, its ``aliases``), and a place to admin-1 codes only
by the spellings of ``rules/admin1.csv``. On a conflict the rules were not written from, much
of what the drafts get wrong they get wrong for that reason (README, "Quality and speed"), and
an analyst fixes it once, in the tables, rather than draft by draft. This report turns the
queue's ``why`` into that list, over the rows not rejected:

- **claimant names the sources table does not know**: the words the drafter marked "names no
  source in sources.csv", when they look like a name (an acronym, or a capitalised word that
  does not merely open a sentence: "UN", "Tass news agency", "the Defense Ministry"; not "It",
  "The group"); how many drafts, which documents, and the registered sources whose names share
  a word with them (an alias may be all that is missing);
- **other claimant words no source matched**: the rest of those phrases, which name no one in
  particular ("rescuers", "It", "a military official"); the drafts say "(add an alias?)" of them
  too, so they are listed, apart: a draft's claimant is set by hand in the queue, or, where the
  words always mean one source in the case, they are added as its alias;
- **drafts with no claimant whose words name no one** (no "names no source" phrase either): every
  accepted figure needs a claimant, so they are counted per document, to be set by hand;
- **drafts placed only in the whole country**, per document, with the capitalised names their
  sentences give after "in", "near", "the village of" ... that neither the admin-1 table nor the
  sources table knows (on a new war, often the towns the table lacks: "Martuni", "Hadrut");
- **documents whose drafts name no place at all**: the text names none the admin-1 table
  knows (add the spellings it uses, or give the place by hand);
- **longer place names the admin-1 table lacks** around a name it knows ("Mount Qzland"), which
  the drafter flagged in ``why``.

``crosstally gaps DOCUMENT_ID...`` reports the rows of those documents only (a new document's
gaps, not the whole backlog); with no document, a backlog spread over several documents is
summarised in one line (``--all`` lists it).

It reads; it writes nothing. After editing the tables, ``crosstally draft --refresh
DOCUMENT_ID`` redrafts a document's rows nobody touched; decided and edited rows are kept.
"""
from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass

import pandas as pd

from . import schema as S
from .curate import read_queue
from .ledger import _rel, read_raw_csv
from .paths import PATHS, Paths

# the phrase as the drafter writes it, by repr: in '...', or in "..." when it holds an apostrophe
_NO_SOURCE = re.compile(r"""claimant phrase (?:'(?P<words>[^']*)'|"(?P<quoted>[^"]*)") names no source in sources\.csv""")
_LONGER = re.compile(r"\((?P<names>(?:'[^']*'(?:, )?)+) in the sentence is a longer name than the one it contains, "
                     r"and not in the admin-1 table")
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "some"}
# words that open a sentence with a capital and name nobody
_NOT_NAMES = {"it", "he", "she", "they", "we", "i", "you", "despite", "attacks", "observers", "officials", "reports",
              "sources", "witnesses", "residents", "activists", "authorities", "police", "doctors", "medics"}
_STOP = _DETERMINERS | {"of", "and", "for", "in", "on", "at", "to", "by", "news", "agency", "said", "says", "report"}


def name_like(words: str) -> bool:
    """Whether claimant words look like a name a sources table could hold: an acronym, or a
    capitalised word that does not merely open the phrase ("UN", "Tass news agency", "the
    Defense Ministry"), not a pronoun or a role ("It", "The group", "a military official")."""
    tokens = [t for t in re.split(r"\s+", words.strip()) if t]
    while tokens and tokens[0].lower() in _DETERMINERS:
        tokens = tokens[1:]
    if not tokens or tokens[0].lower().strip(".,'’") in _NOT_NAMES and len(tokens) == 1:
        return False
    if any(re.fullmatch(r"[A-Z][A-Z0-9&.-]+", t.strip(",.'’")) for t in tokens):
        return True  # an acronym: "UN", "OCHA", "U.S."
    if any(t[:1].isupper() for t in tokens[1:]):
        return True  # "the Defense Ministry", "Camp Coordination and Camp Management"
    first = tokens[0].strip(",.'’")
    return first[:1].isupper() and first.lower() not in _NOT_NAMES and len(tokens) > 1


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) >= 2 and w not in _STOP}


def _sharing(words: str, sources: pd.DataFrame, limit: int = 3) -> list[str]:
    """Registered sources whose name or aliases share a content word with ``words``."""
    want = _content_words(words)
    if not want:
        return []
    hits = []
    for sid, name, aliases in zip(sources["source_id"], sources["name"], sources["aliases"]):
        have = _content_words(f"{name} {aliases}")
        if want & have:
            hits.append((-len(want & have), sid))
    return [sid for _, sid in sorted(hits)[:limit]]


# A place the sentence may name: a capitalised name after "in", "near", "at", "outside", "around", or "the
# village/town/city/district/region/province of" ("shelling of Martuni", "in the town of Hadrut")
_PLACE_WORDS = re.compile(
    r"(?<![A-Za-z])(?i:in|near|at|outside|around|towards?|from|(?:village|town|city|district|region|province|"
    r"governorate|camp|suburb|neighbou?rhood)s?\s+of)\s+(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2})")
_NOT_PLACES = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
               "the", "a", "an", "this", "that", "his", "her", "their", "its", "our", "least", "total", "all",
               "addition", "response", "particular", "order", "turn", "part", "general", "fact"}


@dataclass
class Gaps:
    claimants: pd.DataFrame   # words, drafts, documents, sharing: the phrases that look like a name
    other_words: pd.DataFrame  # words, drafts, documents, sharing: the other phrases no source matched
    no_place: pd.DataFrame    # document_id, drafts
    longer_places: pd.DataFrame  # name, drafts, documents
    # document_id, drafts: drafts with no claimant whose sentence gave no words naming one (set by hand)
    no_claimant: pd.DataFrame = None
    # document_id, drafts, names: drafts placed only in the whole country, and the capitalised names their
    # sentences give after "in", "near", "the village of" ... that the admin-1 table does not know
    country_only: pd.DataFrame = None


def _known_spellings(admin1: pd.DataFrame | None, sources: pd.DataFrame) -> set[str]:
    """Every spelling the admin-1 table knows, and every source's name and alias words, case-folded."""
    known = set()
    if admin1 is not None:
        for name, aliases in zip(admin1["name"], admin1["aliases"]):
            known.update(n.strip().casefold() for n in [name, *str(aliases or "").split(";")] if n.strip())
    for name, aliases in zip(sources["name"], sources["aliases"]):
        known.update(n.strip().casefold() for n in [name, *str(aliases or "").split(";")] if n.strip())
    from .countries import country_words  # other countries ("troops from Turkey") are not places the table lacks

    known.update(w.casefold() for w in country_words())  # (words -> country codes)
    return known


def _unknown_places(quotes, known: set[str]) -> list[str]:
    """The names after place words in ``quotes`` that no known spelling holds, most named first."""
    counts: dict[str, int] = {}
    for q in quotes:
        for m in _PLACE_WORDS.finditer(str(q)):
            name = m.group("name").rstrip("’'")
            words = name.casefold().split()
            if name.casefold() in _NOT_PLACES or name.casefold() in known or words[0] in _NOT_PLACES \
                    or any(w in known for w in words):
                continue  # (a spelling the tables know, whole: not "Gan" for "Ganja")
            counts[name] = counts.get(name, 0) + 1
    return [n for n, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def find_gaps(queue: pd.DataFrame, sources: pd.DataFrame, admin1: pd.DataFrame | None = None) -> Gaps:
    """The report, from the review queue's rows not rejected and the case's sources (and admin-1) tables."""
    rows = queue[queue["decision"].str.strip().str.lower() != "reject"]
    named: dict[str, list[str]] = {}
    other: dict[str, list[str]] = {}
    for r in rows.itertuples(index=False):
        if str(r.claimant).strip():
            continue
        m = _NO_SOURCE.search(str(r.why))
        if m:  # every phrase a draft says "names no source" of is listed: a name, or other words
            words = " ".join((m.group("words") if m.group("words") is not None else m.group("quoted")).split())
            (named if name_like(words) else other).setdefault(words, []).append(r.document_id)

    def table(grouped: dict[str, list[str]]) -> pd.DataFrame:
        out = pd.DataFrame([(w, len(docs), "; ".join(sorted(set(docs))), "; ".join(_sharing(w, sources)))
                            for w, docs in grouped.items()], columns=["words", "drafts", "documents", "sharing"])
        return out.sort_values(["drafts", "words"], ascending=[False, True], kind="stable").reset_index(drop=True)

    claimants, other_words = table(named), table(other)
    empty = rows[rows["admin1"].str.strip() == ""]
    no_place = (empty.groupby("document_id").size().rename("drafts").reset_index()
                .sort_values(["drafts", "document_id"], ascending=[False, True], kind="stable").reset_index(drop=True))
    longer: dict[str, list[str]] = {}
    for r in rows.itertuples(index=False):
        m = _LONGER.search(str(r.why))
        if m:
            for name in re.findall(r"'([^']*)'", m.group("names")):
                longer.setdefault(name, []).append(r.document_id)
    longer_places = pd.DataFrame([(n, len(d), "; ".join(sorted(set(d)))) for n, d in longer.items()],
                                 columns=["name", "drafts", "documents"])
    longer_places = longer_places.sort_values(["drafts", "name"], ascending=[False, True], kind="stable") \
        .reset_index(drop=True)
    unnamed = rows[(rows["claimant"].str.strip() == "") & ~rows["why"].astype(str).map(lambda w: bool(_NO_SOURCE.search(w))).astype(bool)]
    no_claimant = (unnamed.groupby("document_id").size().rename("drafts").reset_index()
                   .sort_values(["drafts", "document_id"], ascending=[False, True], kind="stable")
                   .reset_index(drop=True))
    country = rows[rows["admin1"].str.fullmatch(r"\s*[A-Z]{2}(?:\s*;\s*[A-Z]{2})*\s*")]
    known = _known_spellings(admin1, sources)
    country_only = pd.DataFrame(
        [(d, len(g), "; ".join(_unknown_places(g["quote"], known)[:8])) for d, g in country.groupby("document_id")],
        columns=["document_id", "drafts", "names"])
    country_only = country_only.sort_values(["drafts", "document_id"], ascending=[False, True], kind="stable") \
        .reset_index(drop=True)
    return Gaps(claimants, other_words, no_place, longer_places, no_claimant, country_only)


def case_gaps(paths: Paths = PATHS, document_ids: list[str] | None = None) -> tuple[Gaps, list[str]]:
    """The report of a case, from its review queue and sources table (what ``crosstally
    gaps`` prints), and the problems (FILE:ROW:COLUMN) of raw files it cannot read: with
    any, every table is empty. An empty or missing queue gives empty tables.
    ``document_ids``: the queue rows of those documents only (a document with no row in the
    queue is a problem)."""
    queue, errors = read_queue(paths)
    sources, s_errors = read_raw_csv(paths.sources, S.SOURCE_COLUMNS, paths)
    admin1, a_errors = read_raw_csv(paths.admin1, S.ADMIN1_COLUMNS, paths)
    problems = sorted({str(e) for e in [*errors, *s_errors, *a_errors]})
    if not problems and document_ids is not None:
        held = set(queue["document_id"])
        problems = [f"{_rel(paths.review_queue, paths)}: no row of document {d!r} (`crosstally draft {d}` drafts "
                    f"a held document)" for d in dict.fromkeys(document_ids) if d not in held]
        queue = queue.loc[queue["document_id"].isin(document_ids)]
    if problems:
        queue = queue.iloc[0:0]
    return find_gaps(queue, sources, admin1), problems


def documents_with_gaps(gaps: Gaps) -> list[str]:
    """The documents the report names, in id order."""
    docs = set(gaps.no_place["document_id"]) | set(gaps.no_claimant["document_id"]) \
        | set(gaps.country_only["document_id"])
    for listed in (*gaps.claimants["documents"], *gaps.other_words["documents"], *gaps.longer_places["documents"]):
        docs.update(d for d in listed.split("; ") if d)
    return sorted(docs)


def summary(gaps: Gaps, paths: Paths = PATHS) -> str:
    """The backlog in one line, and how to see a document's gaps or all of them."""
    docs = documents_with_gaps(gaps)
    return (f"crosstally gaps: the queue's backlog, over {len(docs)} documents: {len(gaps.claimants)} claimant "
            f"name(s) {_rel(paths.sources, paths)} does not know ({int(gaps.claimants['drafts'].sum())} drafts), "
            f"{len(gaps.other_words)} other claimant word(s) no source matched "
            f"({int(gaps.other_words['drafts'].sum())} drafts), {int(gaps.no_claimant['drafts'].sum())} draft(s) "
            f"with no claimant and no words naming one, {len(gaps.no_place)} document(s) whose drafts name no place, "
            f"{int(gaps.country_only['drafts'].sum())} draft(s) placed only in the whole country, "
            f"{len(gaps.longer_places)} longer place "
            f"name(s) {_rel(paths.admin1, paths)} lacks. `crosstally gaps DOCUMENT_ID...` lists a document's "
            f"(the id `crosstally add` printed), `crosstally gaps --all` all of them.\n")


def _phrase_lines(frame: pd.DataFrame) -> list[str]:
    """One report line per claimant phrase: its drafts, documents and the sources sharing a word."""
    return [f"  {r.words!r}: {r.drafts} draft(s) in {r.documents}"
            + (f"; sources sharing a word: {r.sharing}" if r.sharing else "") for r in frame.itertuples(index=False)]


def report(gaps: Gaps, paths: Paths = PATHS) -> str:
    """The report as text, for a terminal."""
    out = []
    if gaps.claimants.empty:
        out.append(f"Claimant names: every name the drafts found is in {_rel(paths.sources, paths)}"
                   + (" (but see the drafts with no claimant below)." if len(gaps.no_claimant) else "."))
    else:
        out.append(f"Claimant names {_rel(paths.sources, paths)} does not know ({int(gaps.claimants['drafts'].sum())} "
                   f"drafts): add each as a source, or as an alias of one (`aliases`, ';'-joined). Then "
                   f"`crosstally draft --refresh DOCUMENT_ID` redrafts the document's rows nobody touched "
                   f"(decided and edited rows are kept).")
        out += _phrase_lines(gaps.claimants)
    if not gaps.other_words.empty:
        out.append(f"Other claimant words no source matched ({int(gaps.other_words['drafts'].sum())} drafts; they "
                   f"name no one in particular): set those drafts' claimant by hand in "
                   f"{_rel(paths.review_queue, paths)}, or, if the words always mean one source in this case, add "
                   f"them as its alias.")
        out += _phrase_lines(gaps.other_words)
    if len(gaps.no_claimant):
        out.append(f"Drafts with no claimant, whose sentence and paragraph gave no words naming one "
                   f"({int(gaps.no_claimant['drafts'].sum())}): every accepted figure needs one; set it by hand in "
                   f"{_rel(paths.review_queue, paths)} (the source the document reports, or its outlet when the "
                   f"words are its own), or give the document's source with `crosstally add ... --claimant ID`:")
        for r in gaps.no_claimant.itertuples(index=False):
            out.append(f"  {r.document_id}: {r.drafts} draft(s)")
    if gaps.no_place.empty and gaps.country_only.empty:
        out.append("Places: every draft has a place below the whole country.")
    elif gaps.no_place.empty:
        out.append("Places: every draft has a place.")
    else:
        out.append(f"Documents whose drafts name no place (the text names none that {_rel(paths.admin1, paths)} "
                   f"knows: add the spellings it uses to a unit's `aliases`, or give the place by hand):")
        for r in gaps.no_place.itertuples(index=False):
            out.append(f"  {r.document_id}: {r.drafts} draft(s)")
    if not gaps.country_only.empty:
        out.append(f"Drafts placed only in the whole country ({int(gaps.country_only['drafts'].sum())}): right for "
                   f"a national total; otherwise their sentences may name places {_rel(paths.admin1, paths)} does "
                   f"not know (add each spelling to its unit's `aliases`, then `crosstally draft --refresh "
                   f"DOCUMENT_ID`):")
        for r in gaps.country_only.itertuples(index=False):
            out.append(f"  {r.document_id}: {r.drafts} draft(s)"
                       + (f"; names after 'in', 'near', 'the village of' ... it does not know: {r.names}"
                          if r.names else ""))
    if not gaps.longer_places.empty:
        out.append(f"Longer place names {_rel(paths.admin1, paths)} lacks, around a name it knows (add each as an "
                   f"alias of its unit):")
        for r in gaps.longer_places.itertuples(index=False):
            out.append(f"  {r.name!r}: {r.drafts} draft(s) in {r.documents}")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None, paths: Paths = PATHS) -> int:
    p = argparse.ArgumentParser(prog="crosstally gaps", description=(
        "List what the case's own tables lack, from the review queue: claimant names sources.csv does not "
        "know, documents whose drafts name no place, longer place names rules/admin1.csv lacks. Reads only."))
    p.add_argument("documents", nargs="*", metavar="DOCUMENT_ID",
                   help="report these documents' queue rows only (default: the whole queue)")
    p.add_argument("--all", action="store_true", help="with no DOCUMENT_ID, list the whole backlog "
                   "(default: a backlog over several documents is summarised in one line)")
    p.add_argument("--csv", action="store_true", help="print the claimant words no source matched as CSV instead "
                   "(kind: name, or other words)")
    args = p.parse_args(argv)
    gaps, errors = case_gaps(paths, args.documents or None)
    if errors:
        for e in errors:
            print(e, file=sys.stderr)
        print(f"crosstally gaps: {len(errors)} error(s) in the raw files; nothing read", file=sys.stderr)
        return 1
    if args.csv:
        both = pd.concat([gaps.claimants.assign(kind="name"), gaps.other_words.assign(kind="other words")],
                         ignore_index=True)
        sys.stdout.write(both.to_csv(index=False, lineterminator="\n"))
    elif not args.documents and not args.all and len(documents_with_gaps(gaps)) > 1:
        sys.stdout.write(summary(gaps, paths))
    else:
        sys.stdout.write(report(gaps, paths))
    return 0
