"""Small text helpers shared by the drafter's parts (:mod:`crosstally.draft_dates`,
:mod:`crosstally.draft_places`, :mod:`crosstally.draft_claimants`, :mod:`crosstally.draft_where` and
:mod:`crosstally.draft`): paragraph spans, a phrase's words found across any whitespace, the pattern
that matches any of a set of names, and the words several parts read (violence, a toll updated, a
war's or a context's time, the whole country, "and other cities").
"""
from __future__ import annotations

import re
from functools import lru_cache


def _find_words(phrase: str, text: str, lo: int, hi: int) -> re.Match | None:
    """The words of ``phrase`` in ``text[lo:hi]``, across any whitespace between them."""
    return re.compile(r"\s+".join(map(re.escape, phrase.split()))).search(text, lo, hi)

def _alias_pattern(names: list[str], case_sensitive: bool, ampersand: bool = False) -> re.Pattern | None:
    return _alias_pattern_of(tuple(sorted(set(names))), case_sensitive, ampersand)


@lru_cache(maxsize=32)
def _alias_pattern_of(names: tuple[str, ...], case_sensitive: bool, ampersand: bool = False) -> re.Pattern | None:
    """(compiled once per set of names: a document's drafts build their Claimants each time)"""
    if not names:
        return None
    # spaces match any whitespace, and an apostrophe either way it is typed ("Israel's" and "Israel’s"); with
    # ``ampersand``, a name's "and" an "&" too ("Trinidad & Tobago": the country, not its island Tobago)
    alt = "|".join(re.sub(r"['’]", "['’]", re.escape(n).replace(r"\ ", r"\s+"))
                   .replace(r"\s+and\s+", r"\s+(?:and|&)\s+" if ampersand else r"\s+and\s+")
                   for n in sorted(set(names), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", 0 if case_sensitive else re.IGNORECASE)


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs: a line break ends one, unless the next line begins in lower case (a line
    wrapped inside a sentence)."""
    spans, lo = [], 0
    for m in re.finditer(r"\n+", text):
        nxt = text[m.end():m.end() + 1]
        if "\n\n" in m.group() or not nxt.islower():
            if text[lo:m.start()].strip():
                spans.append((lo, m.start()))
            lo = m.end()
    if text[lo:].strip():
        spans.append((lo, len(text)))
    return spans or [(0, len(text))]


# Words the drafter's parts share (draft.py for dates and claimants, draft_where.py for places): a
# context's or a war's time words, a toll updated, violence, the whole country, "and other cities"
_CONTEXT_WORDS = re.compile(
    r"(?<![a-z])(?:since\s+the\s+(?:start|beginning|outbreak|onset)\s+of\s+the\s+(?:war|conflict|uprising|crisis"
    r"|revolution|civil\s+war)|since\s+the\s+(?:war|conflict|uprising|crisis|revolution)\s+(?:began|started|erupted)"
    r"|throughout\s+the\s+(?:war|conflict)|over\s+the\s+course\s+of\s+the\s+(?:war|conflict)"
    r"|in\s+the\s+(?:war|conflict)\s+so\s+far|(?:past|last)\s+(?:\w+\s+)?years)(?![a-z])")

# A total over the whole war: the country's, whatever incident the paragraph is about
_WAR_WIDE = re.compile(r"(?<![a-z])(?:since\s+the\s+(?:start|beginning|outbreak|onset)\s+of\s+the\s+|(?:the|this|in\s+the"
                       r"|of\s+the|by\s+the)\s+(?:(?:two|three|both|civil|country's|country’s|ongoing|long-running"
                       r"|years-long|decades-long|\d{1,2}-year|[a-z]+-year)\s+){0,2})"
                       r"(?:wars?|conflict|insurgency|uprising|revolution)(?![a-z])(?!\s+in\s)")

# "in Harbor Town and other cities": more places than the one named, so the whole country
_AND_OTHER_PLACES = re.compile(r"(?<![a-z])and\s+(?:in\s+)?(?:several\s+|many\s+|a\s+number\s+of\s+|some\s+)?other\s+"
                               r"(?:(?:major|big|large|main|smaller)\s+)?(?:cities|towns|places|parts\s+of\s+the\s+country|regions|provinces"
                               r"|areas|localities|districts)(?![a-z])")
# "in Baghdad and cities across southern Iraq": the places of a whole country, when what follows "across" is the
# country itself (not "towns across Eastmark Province", nor "across the border")
_AND_CITIES_ACROSS = re.compile(r"(?<![a-z])and\s+(?:in\s+)?(?:several\s+|many\s+|other\s+)?(?:cities|towns|provinces"
                                r"|regions)\s+(?:across|throughout)\s+(?:(?:the\s+)?(?:north|south|east|west|centre|center)"
                                r"(?:\s+of)?\s+|(?:northern|southern|eastern|western|central)\s+)?(?=[A-Z])")


def across_the_country(text: str, lo: int, hi: int, places) -> re.Match | None:
    """ "in Baghdad and cities across southern Iraq" in ``text[lo:hi]``, when the place right after it is a
    country (``places``: the case's place table, ``draft_places.Places``)."""
    for m in _AND_CITIES_ACROSS.finditer(text, lo, hi):
        named = places.mentions(text, m.end(), min(hi, m.end() + 40))
        if named and named[0].start == m.end() and named[0].kind == "country":
            return m
    return None

# Words that place a figure in the whole country ("against its territory", "nationwide")
_WHOLE_COUNTRY = re.compile(r"(?<![A-Za-z])(?:against\s+its\s+territory|across\s+its\s+territory|nationwide"
                            r"|across\s+the\s+country|throughout\s+the\s+country|all\s+over\s+the\s+country"
                            r"|(?:the|its)\s+(?:country|nation)['’]s\s+(?:[a-z-]+\s+){0,2}?population)(?![A-Za-z])",
                            re.IGNORECASE)

# A toll updated after the incident: "the death toll ... has risen to", "was raised to", "had reached",
# "climbed to", "brought to at least 27 the number": it stands as of the update (the statement's day or
# the document's), not the incident's day
_TOLL_UPDATE = re.compile(
    r"(?<![a-z])(?:(?:death|casualty|injury|civilian|the|its|final|official)\s+)?(?:toll|tally|number\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:dead|deaths"
    # (up to eighteen words between the toll and its verb: "The death toll from the violence that had engulfed a
    # district in southern Nepal following the murder of a politician has risen to 12")
    r"|killed|victims|casualties|fatalities|wounded|injured))(?:\s+[\w'’,-]+){0,18}?"
    r"\s+(?:has|have|had|was|were|is)?\s*(?:now\s+|since\s+"
    r"|further\s+)?(?:risen|rose|rises|rising|climbed|climbs|climbing|increased|increases|jumped|jumps|reached|reaches"
    r"|surged|surges|mounted|mounts|been\s+raised|raised|been\s+revised|revised|gone\s+up|went\s+up|goes\s+up)"
    r"(?![a-z])|(?<![a-z])(?:brought|brings|bring|bringing|raised|raising|pushed|pushing|push|taking|took|take)\s+(?:to\s+(?:at\s+least\s+)?"
    r"[\d,]+\s+the\s+(?:death\s+)?(?:toll|number)|the\s+(?:death\s+|overall\s+|total\s+)?(?:toll|tally|number\s+of\s+dead)"
    r"\s+to)(?![a-z])", re.IGNORECASE)

# An incident is violence: a day named in a sentence without these words dates something else
# (people returning, arriving, a registration count).
_VIOLENCE = re.compile(r"(?<![a-z])(?:kill\w*|(?:counter-?)?attack\w*|strike[sn]?|struck|airstrikes?|air\s+strikes?"
                       r"|bomb\w*|shell\w*"
                       r"|fir(?:e|ed|ing)|gunfire|gunmen|raid\w*|ambush\w*|clash\w*|fight\w*|explo\w*|blast\w*"
                       r"|died|dead|deaths?|wound\w*|injur\w*|massacre\w*|stormed|missiles?|drones?|rockets?"
                       r"|assault\w*|violence|abduct\w*|kidnap\w*|casualt\w*|hit|shots?|shoot\w*|gun\s+battles?|battle[sd]?"
                       # (one word: "The large scale gunfight took place in Tanhuato ... on May 22")
                       r"|gun-?fights?|gun-?battles?|fire-?fights?"
                       r"|overthrow\w*"
                       # (a jailbreak, a deadly anything: "escaped ... during a deadly riot on Thursday night"; not a
                       # riot alone, which lasts days: "as anti-China riots spread")
                       r"|deadly|jail-?breaks?|prison-?breaks?|mass\s+(?:escape|breakout)"
                       r"|stabb\w*|murder\w*|invad\w*|invasion|coup|putsch|mutin\w*|grenades?|arson\w*|torch(?:ed|ing)"
                       # (a kidnapping told without the word: "six heavily-armed men ... grabbed 20 people")
                       r"|armed\s+men|grabbed|snatched"
                       r"|lynch\w*|hostages?|corpses?|(?:dead|charred|burned|burnt|mutilated|decomposed|decomposing)\s+bod(?:y|ies)"
                       r"|bodies\s+(?:of|were|was|had|have))(?![a-z])")

def _is_country(codes: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{2,3}", codes))
