"""Drafts' dates: a figure's date phrase and sentence resolved against the document's date.

Part of the drafter (:mod:`crosstally.draft`), which calls ``resolve_date`` and the
sentence, range, part-of-year, statement-day and dateline-day helpers here for each figure:

- **dates**, resolved against the document's date with dateparser: "in October" in a
  November report is that October, "on Tuesday" the last Tuesday on or before
  publication, "overnight" the night up to the publication morning (that day), "last
  night", "late-night", "late yesterday" the day before, "ten days ago" counted back, "last
  week", "two weeks ago", "just days after" the month only, "over the past year" the twelve
  months up to it, "the first half of the
  year", "the first quarter of 2023", "the first three months of ..." their first to
  last days; words relative to speaking ("over the past 24 hours") count back from the
  statement's day when the sentence gives one, and a stated window is never made a running
  total; words that give no year make ``date_certainty = inferred`` with the words
  and the reasoning in ``date_basis``; "since ..." (also "since the start of November",
  "since they began on 30 September", and the perfect tense beside "the fighting that
  broke out on ...") is a running total (``cumulative_since``). A day attached to a
  reporting verb ("said on Wednesday", "said in a statement on Friday", "according to a
  medical source on Thursday", "On Friday it was reported that") is the statement's, not
  the incident's (a day inside the reported clause, "said shelling late yesterday had
  killed", is the incident's): a figure whose sentence gives no incident day takes
  the nearest incident day of the document (a day in a sentence about violence, not the
  day something began, nor a dateline's, a running total's (but "Tuesday's attack" is an
  incident's), the day rescue work concluded, a wounded man's later death, or the first of
  "between Tuesday and Thursday"; among several incidents, the day named with the figure's own
  unit; for a count of several attacks the latest; "That attack ..." the date of the
  sentence before); else the statement's day. A count in the present ("are missing",
  "are also settled", "went missing", "the school shelters hundreds"), people who "have
  fled" or "have found refuge", or a count in the perfect tense beside a date naming the
  event ("have been pulled from the site of a March 17 airstrike") stands as of the
  document's date. A lede's perfect tense about named attacks ("have killed 15 people in
  strikes on villages") reports those attacks, not a running total.
"""
from __future__ import annotations

import re
from datetime import timedelta

import pandas as pd

from .draft_common import _find_words, _paragraph_spans
from .extract import _MEDIA_NAME_AFTER, abbreviated_month_alone


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DAY_NUMBER = re.compile(r"(?<![\d,])\d{1,2}(?:st|nd|rd|th)?(?!\d)")
_MONTH_WORD = re.compile(
    r"(?<![a-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?![a-z])")
_NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                 "seventeen eighteen nineteen twenty").split()
_EXACT_N = {**{w: i + 1 for i, w in enumerate(_NUMBER_WORDS)}, **{str(i): i for i in range(1, 61)}, "a": 1, "an": 1}
# "ten days ago", "two weeks ago", "a few days ago"
_AGO = re.compile(r"(?<![a-z])(?P<n>\d{1,2}|a|an|" + "|".join(_NUMBER_WORDS) + r"|a\s+few|few|several|some)\s+"
                  r"(?P<unit>days?|weeks?)\s+(?:ago|earlier|before)(?![a-z])")
# "just days after", "days before", "in recent days": no day, some days back
_DAYS_AROUND = re.compile(r"(?<![a-z])(?:(?:just|only|mere|a\s+few|several)\s+)?days\s+(?:after|before|earlier|later|ago)"
                          r"(?![a-z])")
# bare "last week" (an event in the week before) against "the last week", "the past week" (a window up to now)
_LAST_WEEK = re.compile(r"(?<![a-z])last\s+week(?![a-z])")
_THE_LAST_WEEK = re.compile(r"(?<![a-z])(?:the|over|past|in)\s+last\s+week(?![a-z])")
# "murdered earlier in the week", "killed earlier this week": a day before the story's, not given
_EARLIER_IN_WEEK = re.compile(r"(?<![a-z])earlier\s+(?:in\s+the|this)\s+week(?![a-z])")


# The month names, in full or short (one list, for datelines and for dates)
_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
           r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")


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


def resolve_date(phrase: str, published: str, sentence: str = "", language: str = "en",
                 said: str = "", narrative: tuple[int, str] | None = None) -> dict[str, str]:
    """The date columns of a draft from the extractor's date phrase and the document's date.

    Returns period_start, period_end, date_precision, as_of, counting_basis,
    statement_date, date_certainty and date_basis (all text), plus ``_start`` for the
    scope check. ``published`` may be partial ("2015-11"); its last day is the base.
    ``said`` is the day of the statement when the sentence gives one ("..., the ministry
    said on Tuesday"): words relative to the time of speaking ("over the past 24 hours",
    "yesterday", "overnight") count back from it, not from the publication.
    ``narrative`` is (year, words) when the text named the same month earlier with a year
    before publication ("on November 20, 1943" ... "was over on November 23"): a month word
    with no year of its own is of that year (:func:`narrative_year`).
    """
    from .dates import parse_partial_date

    pub_first, pub_last = parse_partial_date(published)
    base = pub_last
    if len(said) == 10 and pd.Timestamp(said) <= pub_last:
        base = pd.Timestamp(said)
        published_words = f"the statement's day {said}"
    else:
        published_words = f"publication ({published})"
    pub_day = published if len(published) == 10 else ""
    low = " ".join(phrase.lower().split())
    out = {"period_start": "", "period_end": "", "date_precision": "unknown", "as_of": published,
           "counting_basis": "stock_as_of", "statement_date": published, "date_certainty": "uncertain",
           "date_basis": "no date in the sentence: taken as of the document's date " + published, "_start": ""}
    if not low:
        return out
    stated_year = bool(_YEAR.search(low))
    certainty = "stated" if stated_year else "inferred"
    if (two := _TWO_YEARS.fullmatch(low)) is not None:
        # "during 1989-90": the two years' window, 1 January of the first to 31 December of the second (or up to
        # the document's date in the publication's own year)
        a = int(two.group("a"))
        b = int(two.group("b")) if len(two.group("b")) == 4 else a // 100 * 100 + int(two.group("b"))
        if a < b <= pub_last.year:
            end = f"{b}-12-31" if b < pub_last.year else (pub_day or published)
            out.update(period_start=f"{a}-01-01", period_end=end, date_precision="day" if len(end) == 10 else "month",
                       as_of=end, counting_basis="period_total", date_certainty="stated",
                       date_basis=f"stated: {phrase!r} = {a}-01-01 to {end}", _start=f"{a}-01-01", _year=True)
            return out
    if (eoy := _END_OF_YEAR.fullmatch(low)) is not None and int(eoy.group("y")) >= pub_last.year:
        low = f"in {eoy.group('y')}"  # "by the end of 2023" in a piece of 2023: the year so far
    elif eoy is not None:
        # "were refugees at the end of 1998": a count as it stood on the year's last day
        end = f"{eoy.group('y')}-12-31"
        out.update(period_start=end, period_end=end, date_precision="day", as_of=end, counting_basis="stock_as_of",
                   date_certainty="stated", date_basis=f"stated: {phrase!r} = the year's last day, {end}", _start=end)
        return out
    since = re.search(r"(?<![a-z])since\s+(.*)", low)
    words = since.group(1) if since else low
    words = re.sub(r"^(?:(?:on|in|during|by|until|from|as\s+of|the|early|late|mid|end\s+of|start\s+of"
                   r"|beginning\s+of|middle\s+of|throughout|through|whole|entire|all\s+of|all)(?:\s+|-))+", "", words)
    pair = _DAY_PAIR.fullmatch(words)
    if pair:  # "october 10 and 11, 2023", "10 and 11 october": the window ends on the later day
        later = "d2" if int(pair.group("d2")) > int(pair.group("d1")) else "d1"  # ("March 10-7": no window)
        words = " ".join(x for x in (pair.group("m1"), pair.group(later), pair.group("m2"), pair.group("y")) if x)
    if words in ("year", "month", "week"):  # "since the start of the year": this year
        words = "this " + words
    # "mondays", "yesterdays": a possessive written without its apostrophe
    words = re.sub(r"(?<![a-z])(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)s$", r"\1", words)
    weekday = next((i for i, w in enumerate(_WEEKDAYS) if re.search(rf"(?<![a-z]){w}(?![a-z])", words)), None)

    def basis(text: str) -> str:
        return (f"{'stated' if certainty == 'stated' else 'inferred'}: {phrase!r} {text}")

    day = None
    precision = None
    ago = _AGO.search(words)
    roughly = _DAYS_AROUND.search(words) or (_LAST_WEEK.search(low) and not _THE_LAST_WEEK.search(low))
    roughly = roughly or _EARLIER_IN_WEEK.search(low)  # "earlier in the week": some day before, as "last week"
    if ago and ago.group("unit").startswith("day") and ago.group("n") in _EXACT_N:
        n = _EXACT_N[ago.group("n")]
        day, precision, how = base - timedelta(days=n), "day", f"= {n} day(s) before {published_words}"
    elif ago or roughly:
        # "last week", "two weeks ago", "just days after", "a few days ago": no day is given; the
        # month it fell in (README convention: "last week" gives the month only)
        n = (_EXACT_N.get(ago.group("n"), 3) * (7 if ago.group("unit").startswith("week") else 1)) if ago \
            else (7 if "week" in words else 3)
        month = (base - timedelta(days=n)).replace(day=1)
        text = f"{month:%Y-%m}"
        out.update(period_start=text, period_end=text, date_precision="month", as_of=published,
                   counting_basis="incident", statement_date=published, date_certainty="inferred",
                   date_basis=f"inferred: {phrase!r} names no day: the month it fell in, counted back about "
                              f"{n} day(s) from {published_words}", _start=text, _vague_days=n)
        return out
    elif re.search(r"(?<![a-z])overnight(?![a-z])", words):
        day, precision, how = base, "day", f"= the night up to the morning of {published_words}"
    elif weekday is not None and not _MONTH_WORD.search(words):
        back, name = (base.weekday() - weekday) % 7, _WEEKDAYS[weekday].capitalize()
        how = f"= the last {name} on or before {published_words}"
        if back == 0 and re.search(rf"(?<![a-z])last\s+{_WEEKDAYS[weekday]}(?![a-z])", words):
            # "last Thursday" in a text of a Thursday: the week before, not the day of writing
            back, how = 7, f"= the {name} before {published_words}, itself a {name}"
        day, precision = base - timedelta(days=back), "day"
    elif re.search(r"(?<![a-z])weekend(?![a-z])", words):
        back = (base.weekday() - 6) % 7
        day, precision = base - timedelta(days=back), "day"
        how = f"= the Sunday of the last weekend on or before publication ({published})"
    elif re.search(r"(?<![a-z])(?:yesterday|last\s+night)(?![a-z])", words) or re.search(r"(?<![a-z])late[\s-]night(?![a-z])", low):
        day, precision, how = base - timedelta(days=1), "day", f"= the day before {published_words}"
    elif re.search(r"(?<![a-z])(?:today|tonight|this\s+morning|this\s+afternoon|this\s+evening)(?![a-z])", words):
        day, precision, how = base, "day", f"= the day of {published_words}"
    elif re.search(r"(?<![a-z])(?:this|the\s+past|the\s+last|last)\s+(?:few\s+)?(?:week|weekend|days|\d+\s+days|seven\s+days)(?![a-z])", words) \
            or re.search(r"(?<![a-z])(?:hours|24\s+hours|48\s+hours)(?![a-z])", words):
        span = 7 if "week" in words or "days" in words else 1
        if since is None:
            out.update(period_start=f"{base - timedelta(days=span):%Y-%m-%d}", period_end=f"{base:%Y-%m-%d}",
                       date_precision="week" if span == 7 else "day", as_of=f"{base:%Y-%m-%d}",
                       counting_basis="period_total", date_certainty="inferred",
                       date_basis=basis(f"= the {span} day(s) up to {published_words}"),
                       _start=f"{base - timedelta(days=span):%Y-%m-%d}")
            return out
        day, precision, how = base - timedelta(days=span), "day", f"= {span} day(s) before {published_words}"
    elif re.search(r"(?<![a-z])(?:this|last|the\s+past)\s+month(?![a-z])", words):
        back = 0 if "this" in words else 1
        month = (base.replace(day=1) - pd.DateOffset(months=back)) if back else base.replace(day=1)
        if "past" in words:
            day, precision, how = base - timedelta(days=30), "day", f"= 30 days before publication ({published})"
        else:
            day, precision, how = pd.Timestamp(month), "month", f"= the month {'before' if back else 'of'} publication ({published})"
    elif since is None and (re.search(r"(?<![a-z])past\s+(?:year|12\s+months|twelve\s+months)(?![a-z])", low) or re.search(
            r"(?<![a-z])(?:the|over|in|during)\s+last\s+(?:year|12\s+months|twelve\s+months)(?![a-z])", low)):
        # "over the past year": the twelve months up to the statement (not the calendar year before)
        first = base - pd.DateOffset(years=1)
        out.update(period_start=f"{first:%Y-%m-%d}", period_end=f"{base:%Y-%m-%d}", date_precision="day",
                   as_of=f"{base:%Y-%m-%d}", counting_basis="period_total", date_certainty="inferred",
                   date_basis=basis(f"= the twelve months up to {published_words}"), _start=f"{first:%Y-%m-%d}")
        return out
    elif re.search(r"(?<![a-z])(?:this|last)\s+year(?![a-z])", words):
        back = 0 if "this" in words else 1
        day, precision, how = pd.Timestamp(year=base.year - back, month=1, day=1), "year", \
            f"= the year {'before' if back else 'of'} publication ({published})"
    elif (last_month := re.fullmatch(r"last\s+([a-z]+)\.?", words)) and _month_of(last_month.group(1)):
        # "the deaths of 11 peasants in Curuguaty last June" in a December text: the last June before it (in a June
        # text, the June of the year before)
        month = _month_of(last_month.group(1))
        year = base.year if month < base.month else base.year - 1
        day, precision, how = pd.Timestamp(year=year, month=month, day=1), "month", \
            f"= the last {_MONTH_NAMES[month - 1].capitalize()} before {published_words}"
    elif _MONTH_WORD.search(words) and not stated_year and narrative is not None and narrative[0] < pub_last.year:
        # "the battle for Betio was over on November 23" after "on November 20, 1943": the story's year
        got = _dateparse(f"{words} {narrative[0]}", base, language)
        if got is None or got.year != narrative[0]:
            out["date_basis"] = f"could not read the date {phrase!r}; taken as of the document's date {published}"
            return out
        has_day = bool(_DAY_NUMBER.search(words))
        precision = "day" if has_day else "month"
        day = got if has_day else got.replace(day=1)
        how = f"= {_fmt(day, precision)} (the year of {narrative[1]!r} earlier in the text, the same month)"
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
    try:  # the day in the publication's year ("16 March" read back to last year by the parser)
        ahead = day if stated_year or precision != "day" else day.replace(year=pub_last.year)
    except ValueError:  # 29 February
        ahead = day
    if ahead > pub_last and not stated_year and ahead - pub_last <= timedelta(days=62) and _FUTURE.search(sentence.lower()):
        # "should be evacuated on 12 February" two days after publication: a plan, not the count's day
        out["date_basis"] = (f"{phrase!r} is after the document's date {published} and the sentence speaks of what is "
                             f"to come: taken as of the document's date")
        return out
    if not stated_year and narrative is None and precision == "day" \
            and timedelta(0) < ahead - pub_last <= timedelta(days=3):
        # "Jan. 28" in a page dated 27 January: the text's own day (an update, another time zone),
        # not 28 January of the year before
        day, how = ahead, f"= {_fmt(ahead, precision)} (the year of the document's date {published}; a day or few after it)"
    elif day > pub_last and not stated_year and narrative is None:  # never after publication: the words mean the previous year
        day = day - pd.DateOffset(years=1)  # (a year stated is kept: "(UPDATED ... August 19, 2017)" a day after)
    if since is not None:
        out.update(period_start=_fmt(day, precision), period_end=pub_day or published, date_precision="day" if pub_day else "month",
                   as_of=published, counting_basis="cumulative_since", statement_date=published,
                   date_certainty=certainty if certainty == "stated" or pub_day else "uncertain",
                   date_basis=basis(how + "; a running total up to the document's date"), _start=_fmt(day, precision))
        return out
    if precision == "year":
        # a year is the window from 1 January to 31 December ("last year", "in 2022", "throughout 2020"), or
        # up to the document's date when it is the publication's own year ("earlier this year")
        first = f"{day.year}-01-01"
        if day.year == pub_last.year:
            end, how = (pub_day or published), how + "; the year so far, up to the document's date"
        else:
            end = f"{day.year}-12-31"
        out.update(period_start=first, period_end=end, date_precision="day" if len(end) == 10 else "month",
                   as_of=end, counting_basis="period_total", statement_date=published, date_certainty=certainty,
                   date_basis=basis(how + f" = {first} to {end}"), _start=first, _year=True)
        return out
    text = _fmt(day, precision)
    out.update(period_start=text, period_end=text, date_precision=precision, as_of=text if precision == "day" else published,
               counting_basis="incident" if precision == "day" else "period_total",
               statement_date=published, date_certainty=certainty, date_basis=basis(how), _start=text)
    return out


_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")


def _month_of(word: str) -> int | None:
    w = word.lower().rstrip(".")
    return next((k + 1 for k, name in enumerate(_MONTH_NAMES) if name.startswith(w) and len(w) >= 3), None)


_MONTH_YEAR = re.compile(rf"(?:(?<![\w,])\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?P<month>{_MONTHS})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?"
                         r",?\s+(?P<year>(?:1[89]|20)\d\d)(?![\d/-])")


# a piece that looks back, and how far: "four years ago", "the 20th anniversary", "From the Archives, 1990"
_TENS = (("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80),
         ("ninety", 90))
_N_WORDS = {**{w: i + 1 for i, w in enumerate(_NUMBER_WORDS)}, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
            "seventy": 70, "eighty": 80, "ninety": 90, "a": 1}
# "twenty-five years ago": the tens and a unit
_N_WORDS.update({f"{tens}-{unit}": t + u for tens, t in _TENS for u, unit in enumerate(_NUMBER_WORDS[:9], 1)})
_ORDINAL_WORDS = {w: i for i, w in enumerate("zeroth first second third fourth fifth sixth seventh eighth ninth tenth "
                                             "eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth "
                                             "eighteenth nineteenth twentieth".split())}
_ORDINAL_WORDS.update({"thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
                       "ninetieth": 90, "hundredth": 100})
# "twenty-fifth", "forty-second": the tens and an ordinal of one to nine
_ORDINAL_WORDS.update({f"{tens}-{unit}": t + _ORDINAL_WORDS[unit] for tens, t in _TENS
                       for unit in "first second third fourth fifth sixth seventh eighth ninth".split()})
_N_ALT = "|".join(sorted(_N_WORDS, key=len, reverse=True))  # (the longest first: "twenty-five", not "twenty")
_ORDINAL_ALT = "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))
_LOOKS_BACK = re.compile(r"(?i)(?<![a-z\d])(?:(?P<n>\d{1,3}|" + _N_ALT + r")[\s-]+years?\s+ago"
                         r"|(?P<ord>\d{1,3}(?:st|nd|rd|th)|" + _ORDINAL_ALT + r")\s+anniversary"
                         r"|(?:from\s+the\s+archives|first\s+published|originally\s+published)[^\n]{0,80}?"
                         r"(?P<year>(?:19|20)\d\d))(?![a-z\d])")


def _years_named(m: re.Match) -> int:
    """The number of years a match of ``_LOOKS_BACK`` or ``_YEARS_AGO_N`` names ("four years ago", "the 25th
    anniversary", "twenty-fifth"); 0 for a word it does not know."""
    found = m.groupdict()
    word = (found.get("n") or found.get("ord") or found.get("n2")).lower()
    n = int(re.sub(r"\D", "", word)) if word[0].isdigit() else _N_WORDS.get(word, _ORDINAL_WORDS.get(word, 0))
    return n * 10 if re.search(r"(?i)decades?", m.group()) else n  # ("two decades after": 20)


def _day_of(year: int, m: re.Match) -> pd.Timestamp | None:
    """The day a match with groups d1/m1 or m2/d2 names ("16 March", "March 16th") in ``year``; None when there
    is no such day (31 April)."""
    try:
        return pd.Timestamp(year=year, month=_month_of(m.group("m1") or m.group("m2")),
                            day=int(m.group("d1") or m.group("d2")))
    except (ValueError, TypeError):
        return None


def _years_looked_back(text: str, pub_year: int) -> set[int]:
    """The years a piece says it looks back to, from its opening: "four years ago" and "the fourth anniversary"
    in a 2006 piece give 2002 (and 2001: an anniversary marked early in the year); "From the Archives, 1990"
    gives 1990."""
    years = set()
    for m in _LOOKS_BACK.finditer(text, 0, 2000):
        if m.group("year"):
            years.add(int(m.group("year")))
            continue
        n = _years_named(m)
        if n:
            years |= {pub_year - n, pub_year - n - 1}
    return years


def narrative_year(text: str, pos: int, phrase: str, published: str) -> tuple[int, str] | None:
    """(year, words) of the last date before ``pos`` that names the month of ``phrase`` with a year
    before the publication's ("November 20, 1943", "in November 1943"), when ``phrase`` names a
    month with no year of its own ("on November 23"): a retrospective's story year. In a piece that looks
    back (an anniversary, "years ago", an archive's reprint), a day whose month no earlier date names takes the
    year of the last month and year its own paragraph names ("Protests started in January 2002 ... On March
    17, ..."), the next year when its month comes before that month, when that year is two or more before the
    publication's and the one the piece says it looks back to ("four years ago", "the fourth anniversary",
    "From the Archives, 1990"). None otherwise.
    """
    from .dates import parse_partial_date

    low = phrase.lower()
    if _YEAR.search(low) or not published:
        return None
    months = [_month_of(w) for w in re.findall(r"[a-z]+\.?", low)]
    months = [m for m in months if m]
    if len(months) != 1:
        return None
    pub_year = parse_partial_date(published)[1].year
    got = None
    for m in _MONTH_YEAR.finditer(text, 0, pos):
        if _month_of(m.group("month")) == months[0]:
            got = m
    if got is not None and int(got.group("year")) < pub_year:
        return int(got.group("year")), " ".join(got.group().split())
    back = _years_looked_back(text, pub_year)
    if back:
        # "Protests started in Aksy in January 2002 ... On March 17, several thousand people gathered", in a piece
        # marking an anniversary: the story's year, from the last month and year its paragraph names before the day
        # (the next year when the day's month comes before that month)
        p_lo = text.rfind("\n\n", 0, pos) + 1
        last = None
        for m in _MONTH_YEAR.finditer(text, p_lo, pos):
            last = m
        if last is not None and int(last.group("year")) < pub_year - 1:
            year = int(last.group("year")) + (1 if months[0] < (_month_of(last.group("month")) or 0) else 0)
            # only the year the piece says it looks back to ("Syria's war began 13 years ago" is not a story of
            # the December 2016 its paragraph names)
            return (year, " ".join(last.group().split())) if year < pub_year and year in back else None
    return None


# words of what is to come: "will", "should be evacuated", "is expected to", "are due to"
_FUTURE = re.compile(r"(?<![a-z])(?:will|shall|should\s+be|would\s+be|(?:is|are)\s+(?:expected|due|scheduled|set|planned"
                     r"|going)\s+to|plans?\s+to|planning\s+to)(?![a-z])")
_D = r"\d{1,2}(?:st|nd|rd|th)?(?!\d)"
# two days of one month ("October 10 and 11, 2023", "10 and 11 October"): lower-case words of resolve_date
_DAY_PAIR = re.compile(r"(?:(?P<m1>[a-z]+\.?)\s+)?(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:and|&|-|–|to)\s*(?P<d2>\d{1,2})"
                       r"(?:st|nd|rd|th)?(?:\s+(?P<m2>[a-z]+\.?))?(?:,?\s+(?P<y>(?:19|20)\d\d))?")
_SENTENCE_DATE = re.compile(
    r"(?:(?i:since|on|in|during|early|late|mid-?|as\s+of)\s*)?"
    rf"(?:{_MONTHS}\s+{_D}(?:\s*(?:and|&)\s*|[-–]){_D}(?:,?\s+\d{{4}})?|{_D}(?:\s*(?:and|&)\s*|[-–]){_D}\s+{_MONTHS}"
    r"(?:\s+\d{4})?"
    r"|(?i:in|during|throughout|through)\s+(?:(?:the\s+)?(?:whole|entire|all)\s+(?:of\s+)?)?(?:19|20)\d\d(?![\d/-])"
    # "during 1989-90", "in 1994-1995": two years written as one span; "at the end of 1998", "by the end of 2019": a
    # year's last day
    r"|(?i:in|during|throughout)\s+(?:19|20)\d\d[-–](?:(?:19|20)\d\d|\d\d)(?![\d/-])"
    r"|(?i:(?:at|by)\s+the\s+end\s+of)\s+(?:19|20)\d\d(?![\d/-])"
    # ("on Friday, May 5th", "Sunday, 7 October 2023": the weekday and its date, one day)
    rf"|(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday),\s+(?:{_MONTHS}\.?\s+{_D}(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}(?:\s+\d{{4}})?)(?![\d])"
    r"|(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last\s+night|late[\s-]night"
    r"|overnight)"
    # "Mondays terrorist attack": a weekday's possessive written without its apostrophe, before the event
    r"(?:s(?=\s+(?:[a-z-]+\s+)?(?:attacks?|explosions?|blasts?|bombings?|strikes?|airstrikes?|shootings?|raids?"
    r"|massacre|assault|ambush|clashes|violence|fighting|shelling)(?![a-z])))?"
    rf"|(?i:(?:\d{{1,2}}|a|an|{'|'.join(_NUMBER_WORDS)}|a\s+few|few|several|some)\s+(?:days?|weeks?)\s+ago)"
    r"|(?i:(?:(?:just|only|mere|a\s+few|several)\s+)?days\s+(?:after|before|earlier|later))"
    r"|(?i:earlier\s+(?:in\s+the|this)\s+week)"
    # counted from the day named before it (``_Document.day_named_before``): "a day earlier", "two days earlier"
    r"|(?i:(?:(?:a|one)\s+day|(?:two|three|four|five|six|[2-6])\s+days)\s+earlier)"
    r"|(?i:(?:this|last|past)\s+(?:week|weekend|month|year))"
    rf"|\d{{1,2}}\s+{_MONTHS}(?:\s+\d{{4}})?|{_MONTHS}(?:\s+{_D})?(?:,?\s+\d{{4}})?)(?![A-Za-z])")


# the words _SENTENCE_DATE finds for two years as one span ("during 1989-90") and for a year's end ("at the end of
# 1998"), lower case
_TWO_YEARS = re.compile(r"(?:in|during|throughout)\s+(?P<a>(?:19|20)\d\d)[-–](?P<b>(?:19|20)\d\d|\d\d)")
_END_OF_YEAR = re.compile(r"(?:at|by)\s+the\s+end\s+of\s+(?P<y>(?:19|20)\d\d)")
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "final": 4}
_COUNT_WORD = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
               "eleven": 11}
_PART_OF_YEAR = re.compile(
    r"(?<![a-z])(?:(?P<half>first|second)\s+half|(?P<quarter>first|second|third|fourth|last|final)\s+quarter"
    r"|first\s+(?P<months>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months)"
    r"(?:\s+of\s+(?:the\s+year|this\s+year|last\s+year|(?P<year>(?:19|20)\d\d)))?(?![a-z])")


def _window_dates(m: re.Match, start: pd.Timestamp, end: pd.Timestamp, certainty: str,
                  published: str) -> dict[str, str]:
    """The date columns of a window of days a sentence names (``m``, with a ``year`` group): a period
    total from ``start`` to ``end``."""
    words = " ".join(m.group().split())
    how = "" if m.group("year") else f" (the year from the document's date {published})"
    return {"period_start": f"{start:%Y-%m-%d}", "period_end": f"{end:%Y-%m-%d}", "date_precision": "day",
            "as_of": f"{end:%Y-%m-%d}", "counting_basis": "period_total", "statement_date": published,
            "date_certainty": certainty, "_start": f"{start:%Y-%m-%d}", "_words": words,
            "date_basis": f"{certainty}: {words!r} = {start:%Y-%m-%d} to {end:%Y-%m-%d}{how}"}


def _part_of_year(sentence: str, published: str) -> dict[str, str] | None:
    """The window of "the first half of the year", "the first quarter", "the first three months
    of 2023": from the first day of the part to its last day; the year is the one stated, else
    the latest whose part ends on or before publication."""
    from .dates import parse_partial_date

    m = _PART_OF_YEAR.search(sentence.lower())
    if m is None:
        return None
    if m.group("half"):
        first, last = (1, 6) if m.group("half") == "first" else (7, 12)
    elif m.group("quarter"):
        q = _ORDINAL[m.group("quarter")]
        first, last = 3 * q - 2, 3 * q
    else:
        n = _COUNT_WORD.get(m.group("months")) or int(m.group("months"))
        if not 1 <= n <= 12:
            return None
        first, last = 1, n
    pub_last = parse_partial_date(published)[1]
    if m.group("year"):
        year, certainty = int(m.group("year")), "stated"
    else:
        year, certainty = pub_last.year - (1 if "last year" in m.group() else 0), "inferred"
        end = pd.Timestamp(year=year, month=last, day=1) + pd.offsets.MonthEnd(0)
        if end > pub_last:
            year -= 1
    start = pd.Timestamp(year=year, month=first, day=1)
    end = pd.Timestamp(year=year, month=last, day=1) + pd.offsets.MonthEnd(0)
    return _window_dates(m, start, end, certainty, published)


_PART_OF_MONTH = re.compile(
    r"(?<![a-z])(?P<which>first|second|third|fourth|last|final)\s+(?:week|seven\s+days)\s+of\s+"
    r"(?P<month>january|february|march|april|may|june|july|august|september|october|november|december)"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?(?![a-z])")


def _part_of_month(sentence: str, published: str, at: int | None = None) -> dict[str, str] | None:
    """The window of "the last week of March", "the first week of May 2023": its first to last
    day; the year is the one stated, else the latest whose window ends on or before publication.
    With ``at`` (the number's offset in the sentence), only when no other date words stand
    between the commas around the number or between those words and it (not "203 were killed
    in the last week of February, and 50 more in March" for the 50)."""
    from .dates import parse_partial_date

    m = _PART_OF_MONTH.search(sentence.lower())
    if m is None:
        return None
    if at is not None:
        # the number's stretch between commas (not those of "1,200")
        lo = max([0] + [b.end() for b in re.finditer(r"(?<!\d)[,;](?!\d)", sentence[:at])])
        after = re.search(r"(?<!\d)[,;](?!\d)", sentence[at:])
        hi = at + after.start() if after else len(sentence)
        others = [d for d in _SENTENCE_DATE.finditer(sentence) if not _not_a_date(sentence, d)
                  and not m.start() <= d.start() < m.end()]
        if any(lo <= d.start() < hi or min(m.end(), at) <= d.start() < max(m.start(), at) for d in others):
            return None  # another date by the number, or between those words and the number
    month = _month_of(m.group("month"))
    pub_last = parse_partial_date(published)[1]
    certainty = "stated" if m.group("year") else "inferred"

    def window(year: int) -> tuple[pd.Timestamp, pd.Timestamp]:
        if m.group("which") in ("last", "final"):
            end = pd.Timestamp(year=year, month=month, day=1) + pd.offsets.MonthEnd(0)
            return end - timedelta(days=6), end
        start = pd.Timestamp(year=year, month=month, day=7 * (_ORDINAL[m.group("which")] - 1) + 1)
        return start, start + timedelta(days=6)

    year = int(m.group("year")) if m.group("year") else pub_last.year
    start, end = window(year)
    if not m.group("year") and end > pub_last:
        start, end = window(year - 1)  # "the last week of March" in a text of March 14: last year's
    return _window_dates(m, start, end, certainty, published)


# a story's time stamp before its date words: "(UPDATED, 6:47 a.m., ", "Posted: ", "Last modified on "
_STAMP_BEFORE = re.compile(r"(?:^|[(\[|—–]\s*)(?i:(?:updated|update\s+\d+|posted|published|last\s+modified))\s*[:,]?\s*"
                           r"(?:(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?\s?m\.?)?(?:\s*[A-Z]{2,4})?\s*,?\s*)?(?i:on\s+)?\Z", re.M)


# a day something is set for: "set for Tuesday", "scheduled for March 3", "due on Friday"
_PLANNED_BEFORE = re.compile(r"(?<![A-Za-z])(?i:(?:set|scheduled|planned|slated|due|expected|timed)\s+(?:for|on)|due)\s+\Z")


# A body's founding before a year: "which was founded in Indonesia in 1998", "the group, formed in 2011"
_FOUNDED_BEFORE = re.compile(r"(?<![A-Za-z])(?:founded|established|formed|created|set\s+up)(?:\s+[^.;,\d]{0,30}?)?\s+\Z")


def _not_a_date(text: str, m: re.Match) -> bool:
    """Whether date words found by ``_SENTENCE_DATE`` date nothing: a name ("Today newspaper said", "Mayor Jan van
    Zanen": an abbreviated month with no day or year) or "overnight" describing an event the text has already
    told, with a definite article ("the attempted overnight putsch")."""
    words = m.group().strip()
    month = re.search(r"[A-Z][a-z]+\Z", m.group())
    if month and abbreviated_month_alone(text, m.start() + month.start(), m.end()):
        return True  # "Mayor Jan van Zanen": an abbreviated month alone, with no day or year, is a name
    if words == "Today" and _MEDIA_NAME_AFTER.match(text, m.end()):
        return True
    if _STAMP_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
        return True  # "(UPDATED, 6:47 a.m., August 19, 2017)", "Posted: March 3": the story's own time stamp
    if _PLANNED_BEFORE.search(text[max(0, m.start() - 30):m.start()]) and not re.match(
            r"(?i:since|in|during|as\s+of)\s", m.group()):
        return True  # "the final withdrawal of U.S. troops, set for Tuesday": a day to come, not one that was
    if re.match(r"(?i:in|during)\s+(?:19|20)\d\d\Z", words) and _FOUNDED_BEFORE.search(text[max(0, m.start() - 50):m.start()]):
        return True  # "Garis, which was founded in Indonesia in 1998": when a body began, not a count's date
    return words.lower() == "overnight" and bool(re.match(r"\s+[a-z]{3,}", text[m.end():m.end() + 20])) and bool(
        re.search(r"(?<![A-Za-z])(?:the|its|this|that)\s+(?:[a-z-]+\s+)?\Z", text[max(0, m.start() - 30):m.start()]))


def _sentence_date(sentence: str, at: int) -> str:
    """The date words in ``sentence`` nearest to position ``at`` ("" if none)."""
    found = [m for m in _SENTENCE_DATE.finditer(sentence) if not _not_a_date(sentence, m)]
    if not found:
        return ""
    best = min(found, key=lambda m: (min(abs(m.start() - at), abs(m.end() - at)), m.start()))
    return " ".join(best.group().split())


_RANGE_DAY = (rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}(?:,?\s+\d{{4}})?|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?"
              rf"(?:,?\s+\d{{4}})?|{_MONTHS}(?:\s+\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?)")
_DATE_RANGE = re.compile(rf"(?<![A-Za-z])(?i:from|between)\s+(?P<a>{_RANGE_DAY})\s*(?:(?i:to|and|until|till|through)\s+|[-–]\s*)"
                         rf"(?P<b>{_RANGE_DAY})(?![\w])")


# "on September 27-30, 2020", "27–30 September 2020": two days of one month joined by a dash, no "from" (the
# month named once, before or after them; not "7-2" alone, nor a score or a page range)
_COMPACT_RANGE = re.compile(
    rf"(?<![\w-])(?:(?P<m1>{_MONTHS})\s+(?P<d1>\d{{1,2}})\s*[-–]\s*(?P<d2>\d{{1,2}})(?!\d|\s*(?:[-–]|{_MONTHS}))"
    rf"|(?P<d3>\d{{1,2}})\s*[-–]\s*(?P<d4>\d{{1,2}})\s+(?P<m2>{_MONTHS}))(?P<y>,?\s+(?:19|20)\d\d)?(?![\w-])")


# a day right before a compact range's month: "On 5 May 20-30 gunmen stormed": the day is 5 May, and "20-30" a
# number of people
_DAY_BEFORE_MONTH = re.compile(r"(?<![\w,])\d{1,2}(?:st|nd|rd|th)?\s+\Z")


def _compact_range(sentence: str) -> tuple[str, str, str] | None:
    """(first day, last day, words) of the first compact range that dates ``sentence`` ("September 27-30,
    2020": "27 September", "30 September 2020"): a month written once, its days rising, no day before it."""
    for m in _COMPACT_RANGE.finditer(sentence):
        month = m.group("m1") or m.group("m2")
        d1, d2 = (m.group("d1"), m.group("d2")) if m.group("m1") else (m.group("d3"), m.group("d4"))
        if 1 <= int(d1) < int(d2) <= 31 and not _DAY_BEFORE_MONTH.search(sentence, 0, m.start()):
            year = (m.group("y") or "").strip(", ")
            return f"{d1} {month}", f"{d2} {month}{' ' + year if year else ''}", m.group()
    return None


def _date_range(sentence: str, published: str, language: str) -> dict[str, str] | None:
    """The window of "from 5 October to 22 October 2015", "between 05 October and 30 October",
    "from 5 to 22 October", "on September 27-30, 2020", "27–30 September": its first and last days
    (a year or month written once applies to both ends); None when the sentence gives no such range."""
    m = _DATE_RANGE.search(sentence)
    ends = (m.group("a"), m.group("b"), m.group()) if m else _compact_range(sentence)
    if ends is None:
        return None
    a, b = " ".join(ends[0].split()), " ".join(ends[1].split())
    if not _MONTH_WORD.search(b.lower()) and _MONTH_WORD.search(a.lower()) and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", b):
        b = f"{b} {_MONTH_WORD.search(a.lower()).group()}"  # "between October 1 and 23": the month written once
        if _YEAR.search(a):
            b = f"{b} {_YEAR.search(a).group()}"
    if not _MONTH_WORD.search(b.lower()):
        return None  # "from 5 to 22" with no month: not dates
    year = _YEAR.search(b)
    if not _MONTH_WORD.search(a.lower()):  # "from 5 to 22 October": the month written once
        month = _MONTH_WORD.search(b.lower()).group()
        a = f"{a} {month}"
    if year and not _YEAR.search(a):
        a = f"{a} {year.group()}"
    end = resolve_date(b, published, language=language)
    start = resolve_date(a, published, language=language)
    if not end["period_end"] or not start["period_start"] or start["period_start"] > end["period_end"]:
        return None
    words = " ".join(ends[2].split())
    return {"period_start": start["period_start"], "period_end": end["period_end"],
            "date_precision": end["date_precision"], "as_of": end["period_end"] if end["date_precision"] == "day" else published,
            "counting_basis": "period_total", "statement_date": published,
            "date_certainty": "stated" if year else "inferred", "_start": start["period_start"], "_words": words,
            "date_basis": f"{'stated' if year else 'inferred'}: {words!r} = {start['period_start']} to {end['period_end']}"}


# "Between 2000 and 2010", "from 2015 to 2019", "from 2015 through 2019", "removed between 1965 and 1973 to make way":
# a window of whole years, ending on the last day of the later year (not "between 2000 and 2500 troops": a range of
# numbers)
_YEAR_RANGE = re.compile(r"(?<![A-Za-z])(?i:from|between)\s+(?P<a>(?:19|20)\d\d)\s*(?:(?i:to|and|until|till|through)\s+|[-–]\s*)"
                         r"(?P<b>(?:19|20)\d\d)(?![\w-])(?!\s+(?!(?:in|on|at|and|the|when|as|while|before|after|during"
                         r"|across|throughout|to)(?![a-z]))[a-z])")


def _year_range(sentence: str, published: str) -> dict[str, str] | None:
    """The window of "between 2000 and 2010" (1 January 2000 to 31 December 2010), when both years are on or
    before the publication's year; None otherwise."""
    # (not "students born between 2009 and 2011": who they are, not when they were counted)
    m = next((m for m in _YEAR_RANGE.finditer(sentence)
              if not re.search(r"(?<![a-z])born\s+\Z", sentence[max(0, m.start() - 6):m.start()].lower())), None)
    if m is None or not re.match(r"\d{4}", published or ""):
        return None
    a, b = int(m.group("a")), int(m.group("b"))
    if not a < b <= int(published[:4]):
        return None
    words = " ".join(m.group().split())
    return {"period_start": f"{a}-01-01", "period_end": f"{b}-12-31", "date_precision": "day",
            "as_of": f"{b}-12-31", "counting_basis": "period_total", "statement_date": published,
            "date_certainty": "stated", "_start": f"{a}-01-01", "_words": words,
            "date_basis": f"stated: {words!r} = {a}-01-01 to {b}-12-31"}


_AND_THEN = re.compile(r"(?:\s+(?:night|morning|afternoon|evening))?\s*(?:,\s*)?(?:and|to|until|till|through|into|-|–)\s+"
                       r"(?:(?:on|early|late|in\s+the\s+early\s+hours\s+of)\s+)?", re.IGNORECASE)


def _later_day(text: str, lo: int, hi: int, phrase: str, published: str, language: str) -> tuple[str, str] | None:
    """(the later day's words, the whole window's words) when the day ``phrase`` names in
    text[lo:hi] is the first of two ("on Wednesday night and Thursday morning", "October 10
    and 11, 2023", cut short as "October 10"); None otherwise."""
    found = _find_words(phrase, text, lo, hi)
    if found is None or re.search(r"(?<![a-z])(?:between|from)\s+\Z", text[max(lo, found.start() - 9):found.start()].lower()):
        return None  # "between October 1 and 23": a range (``_date_range``), not two days
    whole = _SENTENCE_DATE.match(text, found.start(), hi)
    if whole is not None and whole.end() > found.end() and _DAY_PAIR.search(whole.group().lower()):
        return whole.group(), whole.group()  # "October 10 and 11, 2023": resolve_date takes the later day
    joint = _AND_THEN.match(text, found.end(), hi)
    second = _SENTENCE_DATE.match(text, joint.end(), hi) if joint else None
    if second is None:
        return None
    first_day = resolve_date(phrase, published, language=language)
    second_day = resolve_date(second.group(), published, language=language)
    if first_day["date_precision"] == second_day["date_precision"] == "day" \
            and first_day["counting_basis"] == second_day["counting_basis"] == "incident" \
            and first_day["period_end"] < second_day["period_end"] <= f"{pd.Timestamp(first_day['period_end']) + timedelta(days=7):%Y-%m-%d}":
        return " ".join(second.group().split()), " ".join(text[found.start():second.end()].split())
    return None


_A_DAY_EARLIER = re.compile(r"(?:(?:a|one)\s+day|(?:two|three|four|five|six|[2-6])\s+days)\s+earlier", re.IGNORECASE)


def _dateline_day_pattern(group: str) -> str:
    """A dateline's day ("Sept. 29", "23 January 2015") as a regex group named ``group``."""
    return (rf"(?P<{group}>(?i:{_MONTHS})\.?[ \t]+\d{{1,2}}(?!\d)(?:,?[ \t]+\d{{4}})?"
            rf"|\d{{1,2}}[ \t]+(?i:{_MONTHS})\.?(?:[ \t]+\d{{4}})?)")


# "BAMAKO, 23 January (AFP) -", "COLOMBO, Feb 10:", "Belgrade, May 4 (UrduPoint / Pakistan Point News - 4th May,
# 2023 ) :" (an agency's bracket of up to 80 characters); with no place only before an agency's name in brackets
# ("Sept. 29 (Bloomberg) —"), where a chronology's "March 3 – twelve killed" names no agency, nor does "March 12
# (UTC) -" or "March 12 (local time) -"
_DATELINE = re.compile(
    rf"^[ \t]*(?:[A-Z][A-Za-z'’.-]*(?:[ \t]+[A-Z][A-Za-z'’.-]*){{0,3}}(?:/[A-Z][A-Za-z'’.-]*)*"
    rf"(?:,[ \t]*[A-Z][A-Za-z .]{{1,30}})?"
    rf",[ \t]*{_dateline_day_pattern('date')}[ \t]*(?:\([^()\n]{{1,80}}\))?"
    rf"|{_dateline_day_pattern('date_alone')}[ \t]*"
    r"\((?![^()\n]*(?i:\butc\b|\bgmt\b|\btime\b|\bapprox|\b[ap]\.?m\b|day\b))[^()\n]{1,80}\))"
    r"[ \t]*[:–—-]"
    # a wire's dateline with no dash, the story's first word after it: "CONAKRY, Sept 18 Eight bodies ..."
    rf"|^[ \t]*[A-Z]{{3,}}(?:[ \t]+[A-Z]{{2,}}){{0,2}},[ \t]*(?P<date_caps>(?i:{_MONTHS})\.?[ \t]+\d{{1,2}}(?!\d))"
    r"[ \t]+(?=[A-Z][a-z])"
    # a press release's "Wednesday, 14 March 2018, Nairobi:": the weekday, the day with its year, then the place
    rf"|^[ \t]*(?:{'|'.join(w.capitalize() for w in _WEEKDAYS)}),[ \t]*(?P<date_weekday>\d{{1,2}}[ \t]+(?i:{_MONTHS})"
    rf"[ \t]+\d{{4}}|(?i:{_MONTHS})[ \t]+\d{{1,2}},[ \t]*\d{{4}}),"
    r"[ \t]*[A-Z][A-Za-z'’.-]*(?:[ \t]+[A-Z][A-Za-z'’.-]*){0,2}[ \t]*[:–—-]", re.MULTILINE)


def _dateline_date_span(m: re.Match) -> tuple[int, int]:
    """Where the day words of a ``_DATELINE`` match are (with or without a place before them)."""
    return next(m.span(g) for g in ("date", "date_alone", "date_weekday", "date_caps") if m.group(g) is not None)


def _dateline_date(m: re.Match) -> str:
    """The day words of a ``_DATELINE`` match."""
    lo, hi = _dateline_date_span(m)
    return m.string[lo:hi]


def _opening_dateline(text: str, lo: int, hi: int | None = None) -> re.Match | None:
    """The dateline the line at ``lo`` opens with, when that line is among the text's first four paragraphs
    (where a wire's dateline stands: not a chronology's "March 12 (UTC) -" further on)."""
    if lo != text.rfind("\n", 0, lo) + 1 or lo not in {p_lo for p_lo, _ in _paragraph_spans(text)[:4]}:
        return None
    return _DATELINE.match(text, lo, len(text) if hi is None else hi)


def _in_dateline(text: str, at: int) -> bool:
    """Whether offset ``at`` lies in the dateline its line opens with ("Belgrade, May 4 (UrduPoint - 4th May,
    2023 ) :"): the day the story was filed, not one its sentence tells of."""
    dl = _opening_dateline(text, text.rfind("\n", 0, at) + 1)
    return dl is not None and at < dl.end()


def _without_dateline(text: str, lo: int, hi: int) -> str:
    """text[lo:hi] with the dateline it opens with blanked (same length, so offsets hold)."""
    if (dl := _opening_dateline(text, lo, hi)) is None:
        return text[lo:hi]
    return " " * (dl.end() - lo) + text[dl.end():hi]


def _dateline_day(text: str, published: str) -> tuple[str, str] | None:
    """(YYYY-MM-DD, words) of a wire dateline that dates the text a day or a few before its
    publication ("COLOMBO, Feb 10: Tamil ...", "BAMAKO, 23 January (AFP) -"), among the first
    paragraphs; None when there is none, or it gives the publication day itself."""
    if len(published) != 10:
        return None
    for lo, hi in _paragraph_spans(text)[:4]:
        m = _DATELINE.match(text, lo, hi)
        if m is None:
            continue
        got = resolve_date(_dateline_date(m), published)
        end = got["period_end"]
        if got["date_precision"] == "day" and end and end < published \
                and pd.Timestamp(published) - pd.Timestamp(end) <= timedelta(days=3):
            return end, " ".join(_dateline_date(m).split())
        return None
    return None


_EVENT_AFTER_DAY = re.compile(r"(?P<part>\s+(?:night|morning|evening|afternoon))?(?P<poss>['’]s)?\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:attacks?|strikes?|air\s*strikes?|bombings?|blasts?|raids?|assaults?|shelling|massacre"
                              r"|ambush|explosions?|shootings?"
                              # ("during yesterday's protests", "Tuesday's clashes": the day of unrest)
                              r"|protests?|demonstrations?|riots?|clashes|unrest|violence|stampede|crush)(?![a-z])",
                              re.IGNORECASE)


def _event_day(text: str, m: re.Match) -> bool:
    """Whether the day ``m`` names is an event's own, as a possessive before it ("Monday's attack",
    "Mondays terrorist attack" (the apostrophe lost, the s in ``m``), "Tuesday night's strike"), or as the day
    the incident took place (``_HAPPENED``: "the incident, which took place on Tuesday")."""
    after = _EVENT_AFTER_DAY.match(text[m.end():m.end() + 60])
    if _HAPPENED.search(text, max(0, m.start() - 160), m.start()):
        return True  # "He said six were arrested after the incident, which took place on Tuesday": its day
    return bool(after) and (bool(after["poss"]) or m.group().lower().endswith("s"))


# "The incident happened on", "The tragic events took place on", "the stampede occurred late on": a sentence that
# dates the incident the text reports, whatever word it calls it by
# (or "will always view the events of Monday night as an atrocity": the incident, named by the day it is "of")
_HAPPENED = re.compile(r"(?<![\w-])(?:the|this|that)\s+(?:(?:[\w-]+\s+){0,2}?(?:incident|events?|tragedy|disaster|stampede"
                       # (also "the incident, which took place on Tuesday")
                       r"|crush|riots?|unrest|violence)(?:\s*,\s*which|\s+which|\s+that)?\s+(?:happened|occurred"
                       r"|took\s+place|unfolded)\s+"
                       # (and where: "The incident took place in Buimo jail in the city of Lae, on Friday")
                       r"(?:(?:in|at|near|outside|inside)\s+[^.;:!?\n]{1,80}?,?\s+)?"
                       r"(?:late\s+|early\s+)?(?:on\s+|in\s+the\s+[a-z]+\s+of\s+)?"
                       r"|(?:[\w-]+\s+)?(?:events?|incident|tragedy|atrocity|bloodshed)\s+of\s+)\Z", re.IGNORECASE)


def _dates_a_saying(text: str, lo: int, m: re.Match) -> bool:
    """Whether the date words ``m`` (in a sentence from ``lo``) date a saying: after a reporting verb of their
    sentence ("the ministry said on Tuesday") or right before one ("..., officials said Tuesday")."""
    return bool(_STATEMENT_BEFORE.search(text[lo:m.start()].lower()) or _STATEMENT_AFTER.match(text, m.end()))


def _statement_day(text: str, lo: int, hi: int, published: str, language: str) -> tuple[str, str] | None:
    """(day, words) of the statement the sentence text[lo:hi] reports ("the ministry said on
    Tuesday", "according to officials on Friday"), or None."""
    for m in _SENTENCE_DATE.finditer(text, lo, hi):
        if _event_day(text, m):
            continue  # "police said Monday's attack killed 35": the attack's day
        if _dates_a_saying(text, lo, m):
            words = " ".join(m.group().split())
            got = resolve_date(words, published, language=language)
            if got["date_precision"] == "day" and got["counting_basis"] == "incident":
                return got["period_end"], words
    return None


# A date attached to a reporting verb is the day of the statement, not of the incident:
# "reports ... stated on Wednesday", "the governor said on television on Friday".
# Between the verb and the day only what says how or where it was said ("in a statement", "on
# Telegram", "to reporters", "late"), or whom "told" addressed: "said Israeli shelling late
# yesterday had killed" dates the shelling, not the saying. "according to X on Thursday" is the
# statement's day too.
# (how and where it was said: "said by phone from the city today"; not "said from Tuesday to Thursday, 40 were
# killed", a window of the count)
_SAID_HOW = (r"(?:\s+(?:(?:in|on|to(?!\s+(?:be|have)\s)|at|via|through|during|with|by|later|earlier|again|also"
             r"|late|early|from(?!\s+(?:\d|today|yesterday|last|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
             r"|(?i:" + _MONTHS + r"))))"
             r"(?:\s+(?:a|an|the|its|his|her|their|local|state|national|social))?(?:\s+[\w'’-]+){0,2}?))*")
# (not an incident's participle: "the riot reported on Monday, May 9", "the attack reported late on Friday": its day)
_NOT_AFTER_EVENT = "".join(rf"(?<!{w} )" for w in ("riot", "riots", "attack", "attacks", "clashes", "incident", "blast",
                                                   "explosion", "bombing", "shooting", "violence", "fighting", "strike"))
_STATEMENT_BEFORE = re.compile(r"(?<![a-z])(?:(?:said|says|stated|" + _NOT_AFTER_EVENT + r"reported|" + _NOT_AFTER_EVENT
                               + r"announced|added|wrote|confirmed"
                               r"|posted|tweeted|warned|claimed|released|published|issued|vowed|pledged|promised|reports\s+\w+"
                               # "Speaking on Saturday, he confirmed the death toll had risen": the day he spoke
                               r"|speaking)"
                               + _SAID_HOW +
                               r"|told(?:\s+[\w'’-]+){1,4}?" + _SAID_HOW +
                               r"|according\s+to(?:\s+[\w'’-]+){1,8}?"
                               # "in its report on Sunday", "in a statement late on Tuesday": the statement's day
                               r"|(?:in|with)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w'’-]+\s+)?(?:report|statement"
                               r"|briefing|bulletin|communiqu[eé]|press\s+release|tweet))\s+(?:on\s+|late\s+|early\s+)?\Z")
# "On Friday it was reported that ...", "On Monday, officials said": the day of a report
_STATEMENT_AFTER = re.compile(r"\s*,?\s*(?:it\s+was\s+(?:reported|announced|said|confirmed)"
                              r"|(?:[A-Za-z'’-]+\s+){1,4}(?:said|reported|announced|confirmed)\s+that)(?![a-z])"
                              # "Chinese state media early Sunday said that ...", "Police on Monday announced": the
                              # day is the speaker's, told right before the verb (no comma between: "killed 12 on
                              # Sunday, said a police officer" dates the killing; nor "reported by residents")
                              # ("The African Union today rebuked the army's use of violence": the rebuke's day)
                              # ("Radio Liberty's Tajik Service yesterday cited officials as saying": the citing's day)
                              r"|\s+(?:(?:morning|afternoon|evening|night)\s+)?(?:said|announced|confirmed|stated|told"
                              r"|cited|quoted|reported(?!\s+by)|(?:rebuked|condemned|denounced|deplored|critici[sz]ed|urged)"
                              r"(?!\s+by))(?![a-z])")


_MONTH_NUMBER = {m: i for i, names in enumerate(
    (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")), start=1) for m in names}
_MONTH_NAME = r"(?:" + "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True)) + r")"
# "since" and a day of a month, however it is written: "Oct. 7", "Oct.7", "October 7th", "7 October",
# "7th of October", "the 7th of October", "Sunday, Oct. 7", "the Oct. 7 attack", "October 7, 2023",
# "7 October last year", "2023-10-07"
_SINCE_DAY = re.compile(
    r"(?<![a-z])since\s+(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?)?"
    r"(?:(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)"
    rf"|(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH_NAME})\.?"
    rf"|(?P<m2>{_MONTH_NAME})\.?\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)(?![\w-])"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d)(?!\d)|\s+(?P<last>last\s+year))?")


def _since_day(sentence: str, at: int, published: str, case_start: str | None) -> tuple[str, str, str] | None:
    """The day a running total counts from, when the sentence says "since" and a day of a
    month (:data:`_SINCE_DAY`, any common spelling: the same day written differently is the
    same start, so one claimant's series is one series): (ISO day, the words, how the
    year was found), or None. ``at``: the number's offset in the sentence (the "since" nearest
    before it is its own). The year: as stated; "last year" the year before publication;
    else the latest such day on or before publication, except that the day the case starts
    (``case_start``), a year or more before, is that day: "since Oct. 7" in a case that
    starts on 7 October 2023 is the start of that war, also when written a year later."""
    found = [m for m in _SINCE_DAY.finditer(sentence.lower())]
    if not found or len(published) < 4:
        return None
    before = [m for m in found if m.start() < at]
    m = before[-1] if before else found[0]
    from .dates import parse_partial_date

    base = pd.Timestamp(parse_partial_date(published)[1])
    if m.group("iso"):
        try:
            day = pd.Timestamp(m.group("iso"))
        except ValueError:
            return None
        return f"{day:%Y-%m-%d}", m.group(), "stated"
    month = _MONTH_NUMBER[m.group("m1") or m.group("m2")]
    number = int(m.group("d1") or m.group("d2"))
    year = int(m.group("year")) if m.group("year") else base.year - 1 if m.group("last") else base.year
    try:
        day = pd.Timestamp(year=year, month=month, day=number)
    except ValueError:
        return None
    if m.group("year"):
        return f"{day:%Y-%m-%d}", m.group(), "stated"
    if m.group("last"):
        return f"{day:%Y-%m-%d}", m.group(), f"the year before the document's date {published}"
    if day > base:
        day = day.replace(year=day.year - 1)
    how = f"the latest such day on or before the document's date {published}"
    if case_start and len(case_start) == 10:
        first = pd.Timestamp(case_start)
        if (first.month, first.day) == (month, number) and first < day:
            day, how = first, f"the day the case starts ({case_start}), that day of an earlier year"
    return f"{day:%Y-%m-%d}", m.group(), how


# --------------------------------------------------------------------------- a piece that tells of years ago

# words of a piece that looks back on violence: an anniversary, a memorial, "years ago", "On this day in 1960"
_LOOKING_BACK = re.compile(
    r"(?<![a-z])(?:anniversar(?:y|ies)|(?:years?|decades?)\s+ago|years\s+(?:since|on|after)|on\s+this\s+(?:day|date)"
    r"|this\s+day\s+in|commemorat\w*|remember\w*|remembrance|memoriali[sz]\w*|memorial|tribute|mourn\w*|in\s+memory"
    r"|from\s+the\s+archives|first\s+published|originally\s+published|history|historic(?:al)?|survivors?"
    r"|massacre)(?![a-z])")
# a day of the piece's own time, and the words of a sentence about what came after violence long past (the
# ceremony, the apology, the trial): "Hundreds joined in sombre commemorations on Saturday for the 25th anniversary"
_NOW_DAY = re.compile(r"(?<![a-z])(?:" + "|".join(_WEEKDAYS) + r"|yesterday|today|tonight"
                      r"|last\s+night|overnight|this\s+week|earlier\s+this\s+week)(?![a-z])")
# what came after violence long past, in court and in the open: the apology, the trial, the remains exhumed (one
# list for the lede's check here and the count's in ``draft._AFTERWARDS``)
_JUSTICE_WORDS = r"apolog\w*|trials?|court|sentenc\w*|convict\w*|verdicts?|prosecut\w*|exhum\w*"
_AFTER_THE_FACT = re.compile(r"(?<![a-z])(?:anniversar\w*|commemorat\w*|remember\w*|memorial\w*|mourn\w*|tribute"
                             r"|ceremon\w*|gather\w*|vigils?|wreaths?|rall(?:y|ied|ies)|marched|marches|"
                             + _JUSTICE_WORDS + r"|honou?r\w*|years\s+ago|decades\s+ago"
                             r"|mark(?:s|ed|ing)?\s+(?:the\s+)?[a-z\d-]+\s+(?:years|decades))(?![a-z])")
_SLAUGHTER = re.compile(r"(?<![a-z])(?:slaughter\w*|slay\w*|slain)(?![a-z])")
_PAST_EVENT = re.compile(r"(?<![a-z])(?:uprisings?|revolts?|rebellions?|riots?|crackdowns?|traged(?:y|ies)|genocides?"
                         r"|pogroms?|atrocit(?:y|ies)|bloodshed)(?![a-z])")
# "On this day in 1960": the publication's day, that year
_ON_THIS_DAY = re.compile(r"(?<![a-z])(?:on\s+)?this\s+(?:day|date)\s+in\s+(?P<year>(?:1[89]|20)\d\d)(?!\d)")
# a day with its year: "October 2, 1968", "16 March 1988", "Oct. 2, 1968", "6-10-1976" (day-month-year)
# and of days' span, its last: "13-15 June 1990", "September 22–23, 1997"
_DAY_YEAR = re.compile(rf"(?:(?<![\d,])(?:\d{{1,2}}(?:st|nd|rd|th)?(?:-|–|\s+to\s+))?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+"
                       rf"(?:of\s+)?(?P<m1>{_MONTHS})|(?P<m2>{_MONTHS})\s+(?:\d{{1,2}}(?:st|nd|rd|th)?(?:-|–|\s+to\s+))?"
                       rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)(?![\d:])"
                       r"(?:,?\s+of)?,?\s+(?P<year>(?:1[89]|20)\d\d)(?![\d/-])")
# a day with no year of its own: "November 17 commemorates", "March 16th marks"
_MONTH_DAY_ALONE = re.compile(rf"(?:(?<![\d,])(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTHS})|(?P<m2>{_MONTHS})"
                              rf"\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)(?![\d:a-z])(?!,?\s+(?:of\s+)?(?:1[89]|20)\d\d)")
_MONTH_AND_YEAR = re.compile(rf"(?<![\d\w])(?P<month>{_MONTHS})(?:\s+of)?,?\s+(?P<year>(?:1[89]|20)\d\d)(?![\d/-])")
# "25 years ago", "the 25th anniversary", "the 76th year since", "30 years since"
_YEARS_AGO_N = re.compile(r"(?i)(?<![a-z\d])(?:(?P<n>\d{1,3}|" + _N_ALT + r")[\s-]+(?:years?|decades?)\s+(?:ago|since)"
                          r"|(?P<ord>\d{1,3}(?:st|nd|rd|th)|" + _ORDINAL_ALT + r")\s+(?:anniversary|year\s+since))(?![a-z\d])")
# what a headline or lede alone says of how far it looks back, of a deed of violence named right after: "Two
# decades after the Bentalha massacre", "Peru marks 32 years of Tarata Street bombing" (not "30 years of
# independence", "20 years after war, fighting returns", "15 years on the run", "jailed for 20 years after"; and
# in a later sentence "three years after the 2011 uprising" may count from another year than the publication's)
_DEED_AFTER = (r"\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?(?:massacres?|bombings?|killings?|attacks?|shootings?|uprising|riots?"
               r"|crackdown|invasion|explosions?|blasts?|genocide|pogrom|slaughter|tragedy|atrocit(?:y|ies)"
               r"|bloodshed|events)(?![a-z])")
_YEARS_ON_N = re.compile(r"(?i)(?<![a-z\d])(?<!for\s)(?:(?P<n>\d{1,3}|" + _N_ALT + r")[\s-]+(?:years?|decades?)\s+"
                         r"(?:after|on)|(?:marks?|marking|marked|commemorat\w*)\s+(?:the\s+)?(?P<n2>\d{1,3}|" + _N_ALT
                         + r")[\s-]+years\s+(?:of|since))(?=" + _DEED_AFTER + r")")


# a count of people killed or hurt: "killing 12 people", "12 were wounded", "Eight injured"
_HARM_N = r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|thousands)"
_COUNT_OF_HARM = re.compile(
    r"(?<![\w,.])" + _HARM_N + r"(?![\w,])(?:\s+[a-z-]+){0,3}?\s+(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+)?"
    r"(?:killed|dead|died|injured|wounded|hurt|massacred|slain|shot)(?![a-z])"
    r"|(?<![a-z])(?:kills?|killing|killed|wounding|wounded|wounds?|injuring|injured|injures?|left|leaves)\s+"
    r"(?:at\s+least\s+|more\s+than\s+|some\s+)?" + _HARM_N + r"(?![\w,])")
# words that set a count in the past ("On this day in 1960", "20 years ago", "the 25th anniversary of"), and the
# phrases that only recall an old event beside violence of now ("recalling the 1994 massacre", "on the
# anniversary of the 1994 massacre", "the deadliest since 1994")
_THEN_WORDS = re.compile(r"(?<![a-z])(?:(?:years?|decades?)\s+ago|years\s+since|anniversar\w*|commemorat\w*"
                         r"|remember\w*|memoriali[sz]\w*|on\s+this\s+(?:day|date)|from\s+the\s+archives"
                         r"|first\s+published)(?![a-z])")
_RECALLING = re.compile(r"(?<![a-z])(?:recall\w*|reminiscent\s+of|echo\w*|since|like|than|(?:on|ahead\s+of|before"
                        r"|after)\s+the\s+(?:[a-z-]+\s+)?anniversary\s+of)(?![a-z])[^,;.]*")


def _now_count(sentence: str, pub_year: int) -> bool:
    """Whether a sentence of a headline or lede counts people killed or hurt in violence of the piece's own time:
    a count whose words, from the sentence's start to the next comma after it, name no year two or more before
    publication and no words of looking back ("Gunmen killed 12 people at a wedding, survivors said"; "A bomb
    tore through a market, killing 12 people and recalling the 1994 massacre"), not "On this day in 1960, 69
    people were killed" nor "the 25th anniversary of gas attacks which killed 5,000"."""
    low = sentence.lower()
    for m in _COUNT_OF_HARM.finditer(low):
        end = re.compile(r"[,;.]|$").search(low, m.end()).start()
        frame = _RECALLING.sub(" ", low[:end])
        old = any(int(y) <= pub_year - 2 for y in _YEAR.findall(frame))
        if not old and not _THEN_WORDS.search(frame) and not _AFTER_THE_FACT.search(frame):
            return True
    return False


def story_date(text: str, published: str, sentences: list[int], lede_end: int) -> tuple[str, str] | None:
    """(period end, words) of the violence a piece tells of years after it happened: a memorial, an anniversary,
    a trial or a history of a massacre ("Mexicans memorialize students slain in 1968", "On this day in 1960, 69
    people were killed", "the 25th anniversary of the gassing of Halabja"). The piece looks back (its headline
    and lede name a year two or more before publication, or say "anniversary", "years ago", "memorial" ...),
    and the year its sentences of violence name most (the headline and lede counting three times, "25 years ago"
    and "the 25th anniversary" naming the year so far back) is two or more before publication, and no sentence of
    violence names a later year. The end is as fine as the text gives it: the day it names in that year most
    often ("October 2, 1968"; "On this day in 1960": the publication's day that year), else the month it names
    ("December 1970"), else the year's last day. None for a piece about violence of its own time: one whose
    headline or lede (or the sentence right after it) tells violence with a day of now ("Eight people were injured
    Monday evening", "On Monday, gunmen killed"), or whose headline or first sentence counts people killed or hurt
    with no old year or words of looking back beside them (:func:`_now_count`)."""
    from .draft_common import _VIOLENCE
    from .dates import parse_partial_date

    if not re.match(r"\d{4}", published or ""):
        return None
    pub_first, pub_last = parse_partial_date(published)
    pub_year = pub_first.year
    opening = text[:lede_end].lower()
    weight: dict[int, int] = {}
    recent = False
    bounds = list(sentences) + [len(text)]
    for k, lo in enumerate(sentences):
        hi = bounds[k + 1]
        s = text[lo:hi]
        # a sentence of violence ("the Athens Polytechnic Uprising in 1973", "the 20 January tragedy"), or the
        # headline's and lede's words of looking back ("the events of December 1970 ... commemorated")
        if not (_VIOLENCE.search(s.lower()) or _SLAUGHTER.search(s.lower()) or _PAST_EVENT.search(s.lower())
                or lo < lede_end and _LOOKING_BACK.search(s.lower())):
            continue
        w = 3 if lo < lede_end else 1
        for m in _YEAR.finditer(s):
            y = int(m.group())
            if re.match(r"\s*(?:-|–|to)\s*(?:19|20)?\d\d(?!\d)", s[m.end():]) or re.search(
                    r"(?<![a-z])since\s+[^.;]{0,80}\Z", s[max(0, m.start() - 90):m.start()].lower()):
                continue  # ("1992-1995", "since 2011": a span, a start)
            if y >= pub_year - 1:
                if y <= pub_year:
                    recent = True
                continue
            weight[y] = weight.get(y, 0) + w
        for m in list(_YEARS_AGO_N.finditer(s)) + (list(_YEARS_ON_N.finditer(s)) if lo < lede_end else []):
            n = _years_named(m)
            if n >= 2:
                weight[pub_year - n] = weight.get(pub_year - n, 0) + w
    if not weight or recent:
        return None
    seen = 0  # sentences with words, of the headline and lede
    for k, lo in enumerate(sentences):
        after_lede = lo >= lede_end
        # (and the first sentence after the lede, for its day of now: a lede that is a photo's caption, "The country
        # has been dogged over the years by political turmoil, with grenade blasts ... in 2006", before "At least 31
        # bodies have been found ..., officials said on Tuesday")
        low = text[lo:bounds[k + 1] if after_lede else min(bounds[k + 1], lede_end)].lower()
        for day in _NOW_DAY.finditer(low):
            # the deed the day is told with, the nearest before it: "Eight people were injured Monday evening"
            # (violence of now), not "joined in sombre commemorations on Saturday for the 25th anniversary"
            deeds = [(m.end(), "violence") for m in _VIOLENCE.finditer(low, 0, day.start())] + \
                [(m.end(), "violence") for m in _SLAUGHTER.finditer(low, 0, day.start())] + \
                [(m.end(), "after") for m in _AFTER_THE_FACT.finditer(low, 0, day.start())]
            if not deeds and re.search(r"(?:^|[,;]\s*(?:and\s+|but\s+)?)(?:(?:late|early)\s+)?(?:on\s+)?\Z",
                                       low[:day.start()].strip() + (" " if low[:day.start()].strip() else "")):
                # "On Monday, gunmen killed 12 people", "..., and on Monday gunmen killed": the deed after a day
                # that opens its clause, when none comes before it (not "A Bloody Sunday - Ponce Massacre")
                after = [(m.start(), "violence") for m in _VIOLENCE.finditer(low, day.end())] + \
                    [(m.start(), "after") for m in _AFTER_THE_FACT.finditer(low, day.end())]
                deeds = [min(after)] if after else []
            if deeds and max(deeds)[1] == "violence":
                return None  # a lede of violence of now
        if after_lede:
            if low.strip():
                break  # (the first sentence with words after the lede, only)
            continue
        seen += bool(low.strip())
        if seen <= 2 and _now_count(text[lo:min(bounds[k + 1], lede_end)], pub_year):
            # (the headline and the first sentence: a wire story opens with its news)
            return None  # "A bomb tore through a market, killing 12 people and recalling the 1994 massacre"
    head_years = [int(y) for y in _YEAR.findall(opening) if int(y) <= pub_year - 2]
    if not head_years and not _LOOKING_BACK.search(opening) and not _YEARS_ON_N.search(opening):
        return None
    year = max(weight, key=lambda y: (weight[y], -y))
    if weight[year] < 2:
        return None
    this_day = _ON_THIS_DAY.search(text.lower())
    if this_day and int(this_day.group("year")) == year and len(published) == 10:
        try:
            day = pub_first.replace(year=year)
        except ValueError:
            day = None
        if day is not None:
            return f"{day:%Y-%m-%d}", " ".join(this_day.group().split())
    for k, lo in enumerate(sentences):
        # "November 17 commemorates the Athens Polytechnic Uprising in 1973", "March 16th marks the anniversary of
        # the infamous 1988 Halabja Massacre": the day marked, in the story's year
        if lo >= lede_end:
            break
        sent = text[lo:bounds[k + 1]]
        if str(year) not in sent or not re.search(r"(?i)anniversar|commemorat|marks?(?![a-z])|remember", sent):
            continue
        for m in _MONTH_DAY_ALONE.finditer(sent):
            day = _day_of(year, m)
            if day is not None:
                return f"{day:%Y-%m-%d}", " ".join(m.group().split())
    days: dict[str, list] = {}
    for m in _DAY_YEAR.finditer(text):
        if int(m.group("year")) != year or re.search(
                r"(?<![a-z])(?:published|posted|updated|printed|appeared)\s+(?:[a-z]+\s+){0,4}(?:on\s+)?\Z",
                text[max(0, m.start() - 50):m.start()].lower()):
            continue  # ("First published in The Age on November 15, 1990": the day it was printed)
        day = _day_of(year, m)
        if day is None:
            continue
        days.setdefault(f"{day:%Y-%m-%d}", []).append(" ".join(m.group().split()))
    if days:
        best = max(days, key=lambda d: (len(days[d]), -min(text.find(w) for w in days[d])))
        return best, days[best][0]
    if len(published) == 10:
        for k, lo in enumerate(sentences):
            if lo >= lede_end:
                break
            low = text[lo:bounds[k + 1]].lower()
            mark = _YEARS_AGO_N.search(low)
            marked = _YEARS_ON_N.search(low)
            if marked and re.match(r"mark|commemorat", marked.group()) and re.search(
                    r"(?<![a-z])(?:today|this\s+day)(?![a-z])", low):
                mark = marked  # "Today, July 16, Peru marks 32 years of the car bombing": that day, 32 years back
            elif mark is None or not (re.search(r"anniversary", mark.group())
                                      or re.match(r"\s+(?:today|this\s+day)(?![a-z])", low[mark.end():])):
                continue  # (but "Forty years ago, soldiers killed 60": that year, no day)
            n = _years_named(mark)
            if pub_year - n == year:
                # "Kurdish town marks the 25th anniversary of gas attacks" in a 16 March 2013 piece: 16 March 1988
                try:
                    return f"{pub_first.replace(year=year):%Y-%m-%d}", " ".join(mark.group().split())
                except ValueError:
                    break
    months: dict[str, list] = {}
    for m in _MONTH_AND_YEAR.finditer(text):
        if int(m.group("year")) == year and _month_of(m.group("month")):
            months.setdefault(f"{year}-{_month_of(m.group('month')):02d}", []).append(" ".join(m.group().split()))
    if months:
        best = max(months, key=lambda d: (len(months[d]), -min(text.find(w) for w in months[d])))
        return best, months[best][0]
    return f"{year}-12-31", str(year)
