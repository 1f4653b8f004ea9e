"""Drafts: the extractor's candidate figures made into rows of ``figures.csv`` for review.

``crosstally.extract`` finds each number with its words and phrases; this module fills in
as many of the ledger's columns as the text allows, and says which words gave which
field (``why``), so that a reviewer checks a row instead of typing it:

- **source**: document, outlet and url from the document's row; the claimant resolved
  to a ``sources.csv`` id from the attributing phrase (its name, the abbreviation in
  brackets in its name, or one of its ``aliases``); a phrase that names no known source
  leaves the claimant empty and is kept in ``claimant_phrase``. With no attributing
  phrase, a document published by a non-media source (an NGO's own report) is that
  source's claim; a wire service named in the document's dateline ("(AFP)") is the relay;
- **what was counted**: metric, population, unit, words, qualifier and values, as read;
- **perpetrator and attribution**: the actor phrase, ``suspected`` where the sentence
  hedges ("reportedly", "believed"), ``denied`` where it denies;
- **place and admin-1**: the case's spellings (``rules/admin1.csv``) found in the
  sentence, else its paragraph, else the governorate(s) the document names most;
- **dates**, resolved against the document's date with dateparser: "in October" in a
  November report is that October, "on Tuesday" the last Tuesday on or before
  publication; words that give no year make ``date_certainty = inferred`` with the words
  and the reasoning in ``date_basis``; "since ..." is a running total
  (``cumulative_since``);
- **scope**: ``context`` when the window starts long before the case's period, or the
  words say so ("since the start of the war");
- **quote**: the sentence around the number, a verbatim slice of the text.

``draft_document`` is the one function other code calls (the extraction benchmark
measures draft field accuracy with it). The review queue itself (merging drafts into
``data/raw/review-queue.csv`` without losing a decision) is in :mod:`crosstally.curate`.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from datetime import timedelta

import pandas as pd

from . import schema as S
from .extract import _sentence_starts, extract, parse_number  # noqa: F401  (parse_number: re-export)

CONTEXT_SLACK_DAYS = 31  # a window starting more than this before the case's start is context
QUOTE_MAX = 400  # characters: a longer sentence is cut to the words around the number

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_HEDGES = re.compile(r"(?<![a-z])(?:suspected|reportedly|allegedly|apparently|believed|thought\s+to\s+be"
                     r"|likely|probably|presumed|presumably|unconfirmed)(?![a-z])")
_DENIALS = re.compile(r"(?<![a-z])(?:denied|denies|deny|denying|rejected\s+claims)(?![a-z])")
_CONTESTED = re.compile(r"(?<![a-z])(?:disputed|contested|disputes|contests)(?![a-z])")
_CONTEXT_WORDS = re.compile(
    r"(?<![a-z])(?:since\s+the\s+(?:start|beginning|outbreak|onset)\s+of\s+the\s+(?:war|conflict|uprising|crisis"
    r"|revolution|civil\s+war)|since\s+the\s+(?:war|conflict|uprising|crisis|revolution)\s+(?:began|started|erupted)"
    r"|throughout\s+the\s+(?:war|conflict)|over\s+the\s+course\s+of\s+the\s+(?:war|conflict)"
    r"|in\s+the\s+(?:war|conflict)\s+so\s+far|(?:past|last)\s+(?:\w+\s+)?years)(?![a-z])")
# A running total: the perfect tense ("has killed", "had conducted", "have been displaced")
# or words that say so.
_RUNNING = re.compile(r"(?<![a-z])(?:(?:has|have|had)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+)?"
                      r"(?:killed|wounded|injured|displaced|conducted|carried\s+out|flown|made|hit|destroyed|uprooted"
                      r"|forced|left|died|documented|recorded)|so\s+far|to\s+date|in\s+total|altogether)(?![a-z])")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DAY_NUMBER = re.compile(r"(?<![\d,])\d{1,2}(?:st|nd|rd|th)?(?!\d)")
_MONTH_WORD = re.compile(
    r"(?<![a-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?![a-z])")
_WIRE_DATELINE = "(?:\\(\\s*{0}\\s*\\)|(?<![\\w-]){0}\\s*[-–—]\\s)"


def _norm(s: str) -> str:
    """Lower case, straight apostrophes, one space, no leading "the"."""
    s = " ".join(s.replace("’", "'").replace("‘", "'").split()).lower()
    return s[4:] if s.startswith("the ") else s


def _alias_pattern(names: list[str], case_sensitive: bool) -> re.Pattern | None:
    if not names:
        return None
    alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(set(names), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", 0 if case_sensitive else re.IGNORECASE)


class Claimants:
    """Resolve an attributing phrase to a ``sources.csv`` id.

    Each source is known by its name, its name without the bracketed part, the
    abbreviation in brackets ("SOHR"), and its ``aliases`` (";"-separated). Abbreviations
    (no lower-case letter) match case-sensitively, other names in any case; the longest
    name found in the phrase wins, and a name two sources share resolves to nothing.
    """

    def __init__(self, sources: pd.DataFrame):
        self.by_name: dict[str, set[str]] = {}
        self.types = dict(zip(sources["source_id"], sources["type"]))
        for r in sources.to_dict("records"):
            names = [r["name"]]
            m = re.fullmatch(r"(.*?)\s*\(([^()]*)\)\s*", r["name"])
            if m:
                names += [m.group(1), m.group(2)]
            names += [a for a in str(r.get("aliases", "") or "").split(";")]
            for n in names:
                n = " ".join(n.split())
                if len(n) >= 2:
                    self.by_name.setdefault(n, set()).add(r["source_id"])
        upper = [n for n in self.by_name if not any(c.islower() for c in n)]
        other = [n for n in self.by_name if any(c.islower() for c in n)]
        self._upper = _alias_pattern(upper, True)
        self._other = _alias_pattern(other, False)
        self._lookup = {_norm(n): ids for n, ids in self.by_name.items() if any(c.islower() for c in n)}

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Every source name in ``text``: (start, end, name as written)."""
        out = []
        for pat in (self._upper, self._other):
            if pat is not None:
                out += [(m.start(), m.end(), m.group()) for m in pat.finditer(text)]
        return out

    def ids_of(self, written: str) -> set[str]:
        if written in self.by_name:
            return self.by_name[written]
        return self._lookup.get(_norm(written), set())

    def resolve(self, phrase: str) -> tuple[str, str]:
        """(source id or "", how it was found)."""
        if not phrase.strip():
            return "", ""
        found = sorted(self.find(phrase), key=lambda f: (-(f[1] - f[0]), f[0]))
        if not found:
            return "", f"claimant phrase {phrase!r} names no source in sources.csv (add an alias?)"
        written = found[0][2]
        ids = self.ids_of(written)
        if len(ids) != 1:
            return "", f"claimant phrase {phrase!r}: {written!r} names several sources ({', '.join(sorted(ids))})"
        (sid,) = ids
        return sid, f"claimant {sid} from {written!r} in {phrase!r}"


class Places:
    """The case's place spellings (``rules/admin1.csv``: name and aliases) -> p-codes."""

    def __init__(self, admin1: pd.DataFrame):
        self.code_of: dict[str, str] = {}
        for r in admin1.to_dict("records"):
            for n in [r["name"], *str(r.get("aliases", "") or "").split(";")]:
                n = " ".join(n.split())
                if n:
                    self.code_of[n] = r["pcode"]
        codes = list(admin1["pcode"])
        # the whole country: the code every other code starts with ("SY")
        self.country = next((c for c in codes if all(o.startswith(c) for o in codes)), None)
        self._pat = _alias_pattern(list(self.code_of), True)

    def find(self, text: str, lo: int = 0, hi: int | None = None) -> list[tuple[str, str]]:
        """(p-code, spelling) of every place named in text[lo:hi], in order."""
        if self._pat is None:
            return []
        hi = len(text) if hi is None else hi
        return [(self.code_of[" ".join(m.group().split())], m.group()) for m in self._pat.finditer(text, lo, hi)]

    def resolve(self, text: str, sentence: tuple[int, int], paragraph: tuple[int, int]) -> tuple[str, str, str]:
        """(place as written, p-codes joined by ";", why): sentence, then paragraph, then document."""
        for level, (lo, hi) in (("sentence", sentence), ("paragraph", paragraph)):
            found = self.find(text, lo, hi)
            sub = [f for f in found if f[0] != self.country] or found
            if sub:
                codes = sorted({c for c, _ in sub})
                names = list(dict.fromkeys(n for _, n in sub))
                return ", ".join(names), ";".join(codes), f"place {', '.join(names)!r} in the {level} -> {';'.join(codes)}"
        found = self.find(text)
        sub = [f for f in found if f[0] != self.country]
        n_country = sum(1 for c, _ in found if c == self.country)
        if sub:
            counts = Counter(c for c, _ in sub)
            top = max(counts.values())
            if n_country >= top and (len(counts) > 1 or n_country > top):
                spelled = next(n for c, n in found if c == self.country)
                return (spelled, self.country, f"no place in the sentence or paragraph; the document names "
                        f"{spelled!r} at least as often as any governorate -> {self.country}")
            codes = sorted(c for c, k in counts.items() if k == top)
            names = list(dict.fromkeys(n for c, n in sub if c in codes))
            return (", ".join(names), ";".join(codes),
                    f"no place in the sentence or paragraph; the document names {', '.join(names)} most "
                    f"({top} times) -> {';'.join(codes)}")
        if found:
            return found[0][1], found[0][0], f"no governorate named; the document names {found[0][1]!r} -> {found[0][0]}"
        return "", "", "no place named in the document"


def _fmt(ts: pd.Timestamp, precision: str) -> str:
    return {"day": f"{ts:%Y-%m-%d}", "month": f"{ts:%Y-%m}", "year": f"{ts:%Y}"}[precision]


def _dateparse(words: str, base: pd.Timestamp, language: str):
    import dateparser

    langs = [language] if language and language != "en" else None
    settings = {"RELATIVE_BASE": base.to_pydatetime(), "PREFER_DATES_FROM": "past",
                "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    try:
        got = dateparser.parse(words, languages=["en", *(langs or [])], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd words
        return None
    return None if got is None else pd.Timestamp(got).normalize()


def resolve_date(phrase: str, published: str, sentence: str = "", language: str = "en") -> dict[str, str]:
    """The date columns of a draft from the extractor's date phrase and the document's date.

    Returns period_start, period_end, date_precision, as_of, counting_basis,
    statement_date, date_certainty and date_basis (all text), plus ``_start`` for the
    scope check. ``published`` may be partial ("2015-11"); its last day is the base.
    """
    from .dates import parse_partial_date

    pub_first, pub_last = parse_partial_date(published)
    base = pub_last
    pub_day = published if len(published) == 10 else ""
    low = " ".join(phrase.lower().split())
    out = {"period_start": "", "period_end": "", "date_precision": "unknown", "as_of": published,
           "counting_basis": "stock_as_of", "statement_date": published, "date_certainty": "uncertain",
           "date_basis": "no date in the sentence: taken as of the document's date " + published, "_start": ""}
    if not low:
        return out
    stated_year = bool(_YEAR.search(low))
    certainty = "stated" if stated_year else "inferred"
    since = re.search(r"(?<![a-z])since\s+(.*)", low)
    words = since.group(1) if since else low
    words = re.sub(r"^(?:(?:on|in|during|by|until|from|as\s+of|the|early|late|mid|end\s+of|start\s+of"
                   r"|beginning\s+of|middle\s+of)(?:\s+|-))+", "", words)
    weekday = next((i for i, w in enumerate(_WEEKDAYS) if re.search(rf"(?<![a-z]){w}(?![a-z])", words)), None)

    def basis(text: str) -> str:
        return (f"{'stated' if certainty == 'stated' else 'inferred'}: {phrase!r} {text}")

    day = None
    precision = None
    if weekday is not None and not _MONTH_WORD.search(words):
        back = (base.weekday() - weekday) % 7
        day, precision = base - timedelta(days=back), "day"
        how = f"= the last {_WEEKDAYS[weekday].capitalize()} on or before publication ({published})"
    elif re.search(r"(?<![a-z])weekend(?![a-z])", words):
        back = (base.weekday() - 6) % 7
        day, precision = base - timedelta(days=back), "day"
        how = f"= the Sunday of the last weekend on or before publication ({published})"
    elif re.search(r"(?<![a-z])(?:yesterday|last\s+night)(?![a-z])", words):
        day, precision, how = base - timedelta(days=1), "day", f"= the day before publication ({published})"
    elif re.search(r"(?<![a-z])(?:today|tonight|this\s+morning|this\s+afternoon|this\s+evening)(?![a-z])", words):
        day, precision, how = base, "day", f"= the day of publication ({published})"
    elif re.search(r"(?<![a-z])(?:this|the\s+past|the\s+last|last)\s+(?:few\s+)?(?:week|weekend|days|\d+\s+days|seven\s+days)(?![a-z])", words) \
            or re.search(r"(?<![a-z])(?:hours|24\s+hours|48\s+hours)(?![a-z])", words):
        span = 7 if "week" in words or "days" in words else 1
        if since is None:
            out.update(period_start=f"{base - timedelta(days=span):%Y-%m-%d}", period_end=f"{base:%Y-%m-%d}",
                       date_precision="week" if span == 7 else "day", as_of=f"{base:%Y-%m-%d}",
                       counting_basis="period_total", date_certainty="inferred",
                       date_basis=basis(f"= the {span} day(s) up to publication ({published})"),
                       _start=f"{base - timedelta(days=span):%Y-%m-%d}")
            return out
        day, precision, how = base - timedelta(days=span), "day", f"= {span} day(s) before publication ({published})"
    elif re.search(r"(?<![a-z])(?:this|last|the\s+past)\s+month(?![a-z])", words):
        back = 0 if "this" in words else 1
        month = (base.replace(day=1) - pd.DateOffset(months=back)) if back else base.replace(day=1)
        if "past" in words:
            day, precision, how = base - timedelta(days=30), "day", f"= 30 days before publication ({published})"
        else:
            day, precision, how = pd.Timestamp(month), "month", f"= the month {'before' if back else 'of'} publication ({published})"
    elif re.search(r"(?<![a-z])(?:this|last)\s+year(?![a-z])", words):
        back = 0 if "this" in words else 1
        day, precision, how = pd.Timestamp(year=base.year - back, month=1, day=1), "year", \
            f"= the year {'before' if back else 'of'} publication ({published})"
    elif _MONTH_WORD.search(words) or stated_year:
        got = _dateparse(words, base + timedelta(days=1) if since is None else base, language)
        if got is None:
            out["date_basis"] = f"could not read the date {phrase!r}; taken as of the document's date {published}"
            return out
        has_day = bool(_DAY_NUMBER.search(_YEAR.sub("", words)))
        precision = "day" if has_day else ("month" if _MONTH_WORD.search(words) else "year")
        day = got if precision == "day" else (got.replace(day=1) if precision == "month" else got.replace(month=1, day=1))
        how = (f"= {_fmt(day, precision)}" + ("" if stated_year else f" (the year from the document's date {published})"))
    else:
        out["date_basis"] = f"could not read the date {phrase!r}; taken as of the document's date {published}"
        return out
    if day > pub_last:  # never after publication: the words mean the previous year
        day = day - pd.DateOffset(years=1)
    if since is not None:
        out.update(period_start=_fmt(day, precision), period_end=pub_day or published, date_precision="day" if pub_day else "month",
                   as_of=published, counting_basis="cumulative_since", statement_date=published,
                   date_certainty=certainty if certainty == "stated" or pub_day else "uncertain",
                   date_basis=basis(how + "; a running total up to the document's date"), _start=_fmt(day, precision))
        return out
    text = _fmt(day, precision)
    out.update(period_start=text, period_end=text, date_precision=precision, as_of=text if precision == "day" else published,
               counting_basis="incident" if precision == "day" else "period_total",
               statement_date=published, date_certainty=certainty, date_basis=basis(how), _start=text)
    return out


_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
           r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
_SENTENCE_DATE = re.compile(
    r"(?:(?i:since|on|in|during|early|late|mid-?|as\s+of)\s*)?"
    r"(?:(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last\s+night)"
    r"|(?i:(?:this|last|past)\s+(?:week|weekend|month|year))"
    rf"|\d{{1,2}}\s+{_MONTHS}(?:\s+\d{{4}})?|{_MONTHS}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?)(?![A-Za-z])")


def _sentence_date(sentence: str, at: int) -> str:
    """The date words in ``sentence`` nearest to position ``at`` ("" if none)."""
    found = [m for m in _SENTENCE_DATE.finditer(sentence)]
    if not found:
        return ""
    best = min(found, key=lambda m: (min(abs(m.start() - at), abs(m.end() - at)), m.start()))
    return " ".join(best.group().split())


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    lo = text.rfind("\n\n", 0, pos)
    hi = text.find("\n\n", pos)
    return (0 if lo < 0 else lo + 2), (len(text) if hi < 0 else hi)


def _quote(text: str, s_lo: int, s_hi: int, start: int, end: int) -> str:
    """The sentence around [start, end), stripped; cut at word boundaries if long. A
    verbatim slice of ``text``."""
    lo, hi = s_lo, s_hi
    while lo < start and text[lo].isspace():
        lo += 1
    while hi > end and text[hi - 1].isspace():
        hi -= 1
    if hi - lo > QUOTE_MAX:
        room = max(0, (QUOTE_MAX - (end - start)) // 2)
        a, b = max(lo, start - room), min(hi, end + room)
        if a > lo:
            sp = text.find(" ", a, start)
            a = sp + 1 if sp >= 0 else a
        if b < hi:
            sp = text.rfind(" ", end, b)
            b = sp if sp >= 0 else b
        lo, hi = a, b
    return text[lo:hi]


def _number_text(v: float) -> str:
    if v != v:  # NaN
        return ""
    return str(int(v)) if float(v).is_integer() else repr(float(v))


def _wire(text: str, sources: pd.DataFrame, claimants: Claimants, outlet: str) -> tuple[str, str]:
    """A wire service named in the document's dateline ("(AFP) -", "BEIRUT (Reuters) -")."""
    head = text[:600]
    media = set(sources.loc[sources["type"] == "media", "source_id"]) - {outlet}
    for name, ids in sorted(claimants.by_name.items(), key=lambda kv: -len(kv[0])):
        if len(ids) == 1 and next(iter(ids)) in media and re.search(_WIRE_DATELINE.format(re.escape(name)), head):
            sid = next(iter(ids))
            return sid, f"relay {sid} from the dateline {name!r}"
    return "", ""


# What a drafted figure says about comparability until the analyst decides (the same
# defaults as figures imported from other trackers): no perpetrator scope claimed, a full
# count, current.
COMPARABILITY_DEFAULTS = {
    "perpetrator_scope": "all_or_unspecified", "completeness": "full", "completeness_basis": "",
    "status": "current", "superseded_by": "", "status_words": "", "same_statement_as": "", "projection": "",
}


def draft_document(text: str, document_row: dict, sources: pd.DataFrame, admin1: pd.DataFrame,
                   case_start: str | None = None, default_claimant: str | None = None,
                   profile_id: str | None = None) -> pd.DataFrame:
    """Draft figure rows (``schema.QUEUE_COLUMNS``, all text) for every candidate in ``text``.

    ``document_row`` is the document's ``documents.csv`` row (document_id, outlet, url,
    published, language). ``sources`` and ``admin1`` are the raw tables (``sources`` with
    its ``aliases`` column). ``case_start`` ("2015-09-30") is the first day of the case's
    period: a window starting more than a month before it is ``context``.
    ``default_claimant`` is the claimant of figures with no attributing phrase (default:
    the outlet when it is not a media source). Rows are in text order; ``decision`` is
    empty; ``confidence`` is 0-1 and ``why`` says which words gave which field.
    """
    doc_id = document_row["document_id"]
    outlet = document_row.get("outlet", "")
    published = document_row.get("published", "")
    language = document_row.get("language", "") or "en"
    claimants = Claimants(sources)
    places = Places(admin1)
    if default_claimant is None and outlet and claimants.types.get(outlet, "media") not in ("media", "reference"):
        default_claimant = outlet
    relay, relay_why = _wire(text, sources, claimants, outlet)
    case_first = pd.Timestamp(case_start) if case_start else None
    sentences = _sentence_starts(text)
    rows = []
    for c in extract(text, doc_id, profile_id):
        why, confidence = [], 1.0
        i = bisect_right(sentences, c.start) - 1
        s_lo, s_hi = sentences[i], sentences[i + 1] if i + 1 < len(sentences) else len(text)
        sentence = text[s_lo:s_hi]
        lsent = " ".join(sentence.lower().split())

        claimant, how = claimants.resolve(c.claimant_phrase)
        if claimant:
            why.append(how)
        elif c.claimant_phrase.strip():
            why.append(how)
            confidence -= 0.35
        elif default_claimant:
            claimant = default_claimant
            why.append(f"no attributing words: the document's own claim ({default_claimant})")
            confidence -= 0.1
        else:
            why.append("no attributing words in the sentence: claimant left empty")
            confidence -= 0.35
        cited_via = relay if relay and claimant != relay else ""
        if cited_via:
            why.append(relay_why)

        why.append(f"metric {c.metric}, population {c.population}, unit {c.unit} from {c.span!r}")
        if c.metric == "other":
            confidence -= 0.2
        if c.qualifier == "vague":
            confidence -= 0.05

        perpetrator = " ".join(c.perpetrator_phrase.split())
        if perpetrator and perpetrator not in " ".join(sentence.split()):
            perpetrator = ""  # a phrase from another sentence is no attribution of this one
        if not perpetrator:
            attribution = "not_attributed"
        elif _DENIALS.search(lsent):
            attribution = "denied"
        elif _CONTESTED.search(lsent):
            attribution = "contested"
        elif _HEDGES.search(lsent):
            attribution = "suspected"
        else:
            attribution = "stated"
        if perpetrator:
            why.append(f"perpetrator {perpetrator!r}, {attribution}")

        place, admin, place_why = places.resolve(text, (s_lo, s_hi), _paragraph(text, c.start))
        why.append(place_why)
        if not admin:
            confidence -= 0.15
        elif "in the sentence" not in place_why:
            confidence -= 0.1

        date_phrase = " ".join(c.date_phrase.split())
        if not date_phrase:  # the extractor saw no date next to the number: any date words in the sentence
            date_phrase = _sentence_date(sentence, c.start - s_lo)
            if date_phrase:
                why.append(f"date words {date_phrase!r} elsewhere in the sentence")
                confidence -= 0.05
        dates = resolve_date(date_phrase, published, sentence, language) if published else {}
        if dates:
            why.append(f"dates: {dates['date_basis']}")
            if not date_phrase:
                confidence -= 0.1
        context_words = _CONTEXT_WORDS.search(lsent)
        running = None if context_words else _RUNNING.search(lsent)
        if dates and running and dates["counting_basis"] != "cumulative_since" and dates["date_precision"] in ("day", "unknown"):
            end = dates["period_end"] or (published if len(published) == 10 else "")
            if case_start and end and end >= case_start:
                dates.update(period_start=case_start, period_end=end, date_precision="day", as_of=end,
                             counting_basis="cumulative_since", date_certainty="inferred", _start=case_start,
                             date_basis=f"inferred: a running total ({running.group()!r}) counted from the case's "
                                        f"start {case_start} up to {end}"
                                        + (f" ({dates['date_basis']})" if date_phrase else " (the document's date)"))
                why.append(f"counting basis cumulative_since from {running.group()!r}")
        if dates and context_words and "since" in context_words.group() and dates["counting_basis"] != "cumulative_since":
            end = published if len(published) == 10 else ""
            dates.update(period_start="", period_end=end, date_precision="day" if end else "unknown", as_of=published,
                         counting_basis="cumulative_since", date_certainty="inferred",
                         date_basis=f"inferred: a running total {context_words.group()!r} (a start that is no date) "
                                    f"up to the document's date {published}")
        scope, start = "campaign", dates.get("_start", "")
        if _CONTEXT_WORDS.search(lsent) and ("since" in lsent or "throughout" in lsent or "years" in lsent):
            scope = "context"
            why.append(f"scope context: {_CONTEXT_WORDS.search(lsent).group()!r}")
        elif start and case_first is not None and pd.Timestamp(start) < case_first - timedelta(days=CONTEXT_SLACK_DAYS):
            scope = "context"
            why.append(f"scope context: the window starts {start}, long before the case's period ({case_start})")

        rows.append({
            "decision": "", "confidence": f"{max(confidence, 0.05):.2f}", "why": "; ".join(why),
            "figure_id": "", "document_id": doc_id, "claimant": claimant, "outlet": outlet, "cited_via": cited_via,
            "metric": c.metric, "population": c.population, "unit": c.unit,
            "value_as_reported": c.value_as_reported, "qualifier": c.qualifier,
            "value": _number_text(c.value), "value_max": _number_text(c.value_max),
            "perpetrator": perpetrator, "attribution": attribution, "place": place, "admin1": admin,
            "period_start": dates.get("period_start", ""), "period_end": dates.get("period_end", ""),
            "date_precision": dates.get("date_precision", "unknown"), "as_of": dates.get("as_of", ""),
            "counting_basis": dates.get("counting_basis", "stock_as_of"),
            "statement_date": dates.get("statement_date", ""), "published": published,
            "date_certainty": dates.get("date_certainty", "uncertain"), "date_basis": dates.get("date_basis", ""),
            "scope": scope, "quote": _quote(text, s_lo, s_hi, c.start, c.end),
            "url": document_row.get("url", ""), "language": language, "ref_id": "",
            "notes": f"drafted by crosstally from {c.span!r}",
            # comparability and status: the words rarely settle them, so the review does
            **COMPARABILITY_DEFAULTS,
            "claimant_phrase": c.claimant_phrase, "start": str(c.start), "end": str(c.end),
        })
        rows[-1]["why"] += ("; perpetrator scope, completeness and status: defaults "
                            f"({COMPARABILITY_DEFAULTS['perpetrator_scope']}, {COMPARABILITY_DEFAULTS['completeness']}, "
                            f"{COMPARABILITY_DEFAULTS['status']}), to check")
    return pd.DataFrame(rows, columns=list(S.QUEUE_COLUMNS), dtype="str")


def case_start(paths=None) -> str | None:
    """The first day of the case's default period (``params/default.yaml``'s period_start)."""
    import yaml

    from .paths import PATHS

    paths = paths or PATHS
    try:
        params = yaml.safe_load((paths.params / "default.yaml").read_text(encoding="utf-8")) or {}
    except OSError:
        return None
    value = params.get("period_start")
    return str(value) if value else None
