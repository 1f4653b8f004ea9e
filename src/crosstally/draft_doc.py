"""The document as the drafter reads it: ``_Document``, what a reader keeps in mind from one text.

Part of the drafter (:mod:`crosstally.draft`): ``draft_document`` builds one ``_Document`` per
text and asks it, for each figure, who said it and when:

- **the text's layout**: sentences, paragraphs, the headline (the leading lines that do not end as
  sentences do), list items and boxes of facts, the sources and places it names;
- **attribution** (``_Attribution``: the words, the claimant they resolve to, how, and their kind):
  each sentence's attributing words resolved to a ``sources.csv`` id by name, role, pronoun,
  description or speaker label; what a sentence carries from the one before or the paragraph
  around it; a lede's unnamed officials, its sources and descriptions; the report's author from
  its title; the claimant of a figure's own clause, relative clause or count noun ("UNHCR
  figures"); a body's own work ("An X investigation found");
- **the incident's day**: the days of violence the document names (``incident_day``,
  ``evening_before``), for a figure whose own sentence gives none;
- **earlier events** (``_earlier_event_spans``): clauses recalling an earlier incident ("the
  deadliest attack since gunmen stormed ... in 2019"), whose places are not the story's;
- **who published the document** (``_url_author``, ``_url_report_author``): a body's own website or
  a report whose address names its author (``draft_document`` asks these when the text names no
  author).

The words matched are in :mod:`crosstally.draft_patterns`. It imports that and the parts below it
(:mod:`crosstally.extract`, :mod:`crosstally.draft_common`, :mod:`crosstally.draft_dates`,
:mod:`crosstally.draft_places`, :mod:`crosstally.draft_claimants`), never :mod:`crosstally.draft`;
:mod:`crosstally.draft_where` names ``_Document`` for type checking only.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache

import pandas as pd

from .extract import ATTRIBUTION_VERBS, _claimant, _sentence_starts
from .draft_common import _AND_OTHER_PLACES, _VIOLENCE, _is_country, _paragraph_spans, across_the_country
from .draft_dates import (
    _A_DAY_EARLIER, _DATELINE, _SENTENCE_DATE, _STATEMENT_AFTER, _STATEMENT_BEFORE, _YEAR, _dateline_date_span,
    _HAPPENED, _dates_a_saying, _event_day, _not_a_date, _statement_day, narrative_year, resolve_date, story_date)
from .countries import adjectives, country_words, with_administering
from .draft_places import Places, _SUBSET_EVENT
from .draft_claimants import Claimants, _INSTITUTION_WORDS, _norm
from .draft_patterns import (
    APPOSITION, _ACCUSED_OF, _ADDS, _ADMITTED_TO, _APPOSITION_NAME_SAYS, _APPOSITIVE, _BACK_REFERENCE, _BODY_NOUNS,
    _BRACKET_SOURCE, _BULLET, _BY_AGENT, _FIGURES_GIVEN_BY, _CAMPAIGN_AFTER, _CAPS_DATELINE_BEFORE, _CITING, _CLAUSE_BREAK,
    _COMPARED_BEFORE,
    _COMMON_CAPITALISED, _COUNTS, _COUNT_NOUN_AFTER, _COUNT_NOUN_BEFORE, _DASH_ASIDE, _DATELINE_BEFORE,
    _DAY_BEFORE_AFTER, _DESCRIPTION_STOP, _DISPUTED_NOUNS, _DISPUTES_AFTER, _DISPUTING, _EARLIER_EVENT_BEFORE,
    _FACILITY_NOUNS, _FOLLOWS_BEFORE, _ACT_DAY_BEFORE, _TRUCE_BEFORE, _DOER_NOUN_AFTER,
    _HEADLINE_COLON_SOURCE, _HEADLINE_SOURCE, _INDEFINITE, _INFORMATION_ONLY, _LABEL,
    _BLAMED_FOR, _LATER_DEATHS, _LEADING_CONTRAST, _MEDIA_NOUNS, _MORE_VERBS, _NAMED_DAY, _NAME_APPOSITION_SAYS,
    _NAME_WHO_SAYS, _NATIONWIDE, _NEW_ITEM,
    _NIGHT, _NOT_A_CLAIM, _NOT_ORGANISATIONS, _NOT_SPEAKER, _OFFICIAL_ROLE, _OFFICIAL_TYPES, _ORGANISATION_KINDS,
    _ORGANISATION_REF, _ORGANISATION_WORDS, _OVERNIGHT, _OWN_VERB_AFTER, _OWN_WORK, _OWN_WORK_AFTER, _OWN_WORK_OPENING,
    _PASSIVE, _PERSON_NOUNS, _PERSON_TITLES, _PLURAL_SUBJECT, _PRONOUNS, _PRONOUN_SAYS, _QUOTED_AS_SAYING, _QUOTED_PASSIVE,
    _WITH_SAYING, _AS_PER,
    _INCIDENT_BEFORE_IT,
    _QUOTING_OPENER, _RECOVERY_BEFORE, _REGION_WORDS, _RELATIVE_SAYS, _REPORT_AFTER, _ROLE_RE, _ROLE_SYNONYMS, _SEATS,
    _SEAT_OF_POWER, _SINCE_BEFORE, _SINGLE_STRIKE, _SPARKED_AFTER, _SPEAKER, _SPEAKER_LIKE, _START_BEFORE, _TOLL_OBJECT,
    _TOLL_VERBS, _TOLL_ROSE_BEFORE, _TOTAL_WORDS, _UNREST, _JAIL_WORDS, _VAGUE_ROLES, _VERB_WORDS, _WORK_NOUNS, _clause_verbs, _has_qualifiers, _inside_quote,
    _norm_seat, _qualifiers, _registry_kinds, _role_in, name_said)


# A count as it stood by a day ("By Friday morning, police said, 12 had been killed"): the day violence began is
# then not its dead's
_BY_LATER_DAY = re.compile(r"(?<![A-Za-z])by\s+(?:late\s+|early\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today"
                           r"|tonight|this\s+(?:morning|afternoon|evening))(?![a-z])", re.IGNORECASE)


# A table's row: a count and a few words ("7 Americans", "Killed: 12"), or its title ("Riyadh bomb victims"); no
# sentence ("Gunmen killed 7 students in Millbrook on Monday.")
_TABLE_ROW = re.compile(r"(?:[^\s.!?]+[ \t]+){0,5}[^\s.!?]+")
_SOURCE_LINE = re.compile(r"(?i:sources?)\s*:\s*(\S.*)")


# A sentence of whom the reports before it cited: "Both cited Ruy Medina, the director of Central Hospital."
_CITED_AFTER = re.compile(r"\s*(?P<n>Both|They|It|The\s+(?:paper|newspaper|channel|station|agency|report))\s+(?:also\s+)?"
                          r"(?:cited|quoted)\s+(?P<who>[^.;:\"“”]{2,120}?)\s*(?=[.;:]|$)")


@dataclass
class _Attribution:
    phrase: str
    claimant: str
    how: str
    kind: str  # named, role, pronoun, speaker, unknown


# An attack named by its day: "Tuesday's attack", "Friday's air strikes"
_ATTACK_NOUNS = (r"attacks?|strikes?|air\s*strikes?|bombings?|blasts?|raids?|assaults?|shelling|massacre|ambush"
                 r"|explosions?|shootings?")
_NAMED_ATTACK = re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:{_ATTACK_NOUNS})(?![a-z])", re.IGNORECASE)
# A violent event named by its day after "since": "since Saturday's attempted coup", "since Tuesday's attack"
_SINCE_DAYS_EVENT = re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:{_ATTACK_NOUNS}|coup|putsch|clashes|riots?)(?![a-z])",
                               re.IGNORECASE)


# A person speaking for an office the words do not name as a body: "a provincial health director", "a police
# chief" (not "a medic" or "a doctor": "police and a medic said" is the police's count, which a medic bears out)
_OFFICE_PERSON = re.compile(r"(?<![a-z])(?:director|chief|head|officer)s?(?![a-z])")


# An outlet's byline before a colon at a paragraph's start: "TNI Bureau:", "Web Desk:", "Staff Reporter:"
_BYLINE_WORDS = r"(?:bureau|desk|staff|correspondents?|reporters?|newsroom)"
_BYLINE_LABEL = re.compile(rf"(?<![\w'’-]){_BYLINE_WORDS}\s*$", re.IGNORECASE)
_BYLINE_AFTER = re.compile(rf"[ \t]+(?:news\s+)?{_BYLINE_WORDS}[ \t]*:", re.IGNORECASE)  # after a source's name


# "the deadliest attack since gunmen stormed a hotel in Harbor Town in 2019", "the first since March 2016, when
# a raid on Saltpan left 19 dead": an earlier incident the story recalls, with its own place
_SINCE_EVENT = re.compile(r"(?<=\S)\s+since\s+(?=\S)")
_WHEN_OR_DEED = re.compile(r",?\s+when\s|(?<![a-z])(?:stormed|attacked|killed|killing|left|struck|bombed|massacred"
                           r"|ambushed|raided|seized|opened\s+fire)(?![a-z])")


def _earlier_event_spans(text: str, sentences: list[int], published: str) -> list[tuple[int, int]]:
    """The clauses that recall an earlier incident: a "since" in mid-sentence followed by a deed or a "when"
    and a year before the publication's, up to the sentence's end. A place named there is that incident's,
    not the story's."""
    year = int(published[:4]) if re.match(r"\d{4}", published or "") else None
    if year is None:
        return []
    out = []
    for k, lo in enumerate(sentences):
        hi = sentences[k + 1] if k + 1 < len(sentences) else len(text)
        for m in _SINCE_EVENT.finditer(text, lo, hi):
            # (up to the sentence's end, or to the reporting verb of an aside: "Karimov, an ally since giving
            # Washington an airbase in 2001, said 10 police had been killed")
            said = re.search(r",\s+(?:said|says|told|added|reported|announced|stated)(?![a-z])", text[m.end():hi])
            end = m.end() + said.start() if said else hi
            rest = text[m.end():end]
            years = [int(y) for y in _YEAR.findall(rest)]
            before = text[lo:m.start()].lower()
            # only an incident the sentence measures against ("the deadliest/first ... since"), or an aside's
            # ("The governor, in office since ..., said"): not a count running since it ("At least 40 people
            # have been killed since March 2030, when rebels launched their offensive on Millbrook": that
            # offensive's running total, of its place)
            aside = said is not None and "," in before and not re.search(r"\d", before.rsplit(",", 1)[1])
            if years and max(years) < year and _WHEN_OR_DEED.search(rest) and (
                    aside or _SUPERLATIVE_BEFORE.search(before)):
                out.append((m.start(), end))
                break
        came = _CAME_AFTER.search(text, lo, hi)
        if came and not any(a <= came.start() < b for a, b in out):
            out.append((came.start(), hi))  # "The violence came days after 20 were arrested near Millbrook"
    return out


# "who would have turned 41 on Sunday", "turns 30 on Friday", "celebrated her birthday on Monday": a birthday's day
_BIRTHDAY_BEFORE = re.compile(r"(?<![A-Za-z])(?:(?:would\s+have\s+)?(?:turned|turn|turns|turning)\s+\d{1,3}"
                              r"|(?:his|her|their)\s+(?:\d{1,3}(?:st|nd|rd|th)\s+)?birthday)\s+(?:on\s+)?\Z")
# "The violence came days after ...", "The attack comes a week after ...": what follows is an earlier incident
_CAME_AFTER = re.compile(r"(?<![A-Za-z])(?:comes|came|follows|followed)\s+(?:just\s+|only\s+|barely\s+)?(?:a\s+few\s+"
                         r"|two\s+|three\s+|several\s+|a\s+|one\s+)?(?:days?|weeks?|months?)\s+after(?![A-Za-z])")


# "the deadliest attack in Qzland", "Qzland's worst violence", "the first attack on its soil": what a "since" after
# it measures against an earlier incident
_SUPERLATIVE_BEFORE = re.compile(
    r"(?<![a-z])(?:the|its|their|his|her|[a-z]+['’]s)\s+(?:[a-z-]+\s+)?"
    r"(?!(?:protest|arrest|interest|forest|request|unrest|contest|conquest|harvest|inquest|west|midwest|northwest"
    r"|southwest|rest|test|guest|chest|nest|crest|quest|manifest|honest|modest|latest)(?![a-z]))"
    r"(?:first|second|third|fourth|fifth|last|only|worst|best|most|least|[a-z]+iest|[a-z]{2,}est)(?![a-z])")


# "ten years ago", "two decades ago", "20 years ago": after a day, the day so many years back
_YEARS_AGO = re.compile(r",?\s+(?P<n>\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
                        r"|thirty|forty|fifty)\s+(?P<unit>years?|decades?)\s+ago(?![a-z])", re.IGNORECASE)
_YEAR_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
               "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}


_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                  "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "fifteenth": 15, "twentieth": 20,
                  "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
                  "seventy-fifth": 75, "eightieth": 80, "ninetieth": 90, "hundredth": 100}
_ORDINAL = r"(?:\d{1,3}(?:st|nd|rd|th)|" + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True)) + ")"
# what an anniversary may be of that is no violence the text counts: a man's death, an election, a peace
_NOT_COMMEMORATED = (
    r"\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[a-z-]+\s+)?(?:death|birth|independence|founding"
    r"|assassination|martyrdom|election|agreement|accord|deal|treaty|constitution|liberation|victory|end\s+of|peace"
    r"|ceasefire|truce)"
    r"|\s+of\s+[^.;,]{0,50}?['’]s\s+(?:death|birth|killing|assassination|martyrdom|election|independence)")
# A document marking an anniversary of the violence it counts: "held a ceremony marking the 20th anniversary of a
# grenade attack", "Mourners gathered to mark the 22nd anniversary of the shelling", "The 70th anniversary of the
# Battle of Saipan was marked Sunday", "Cambodia marks 20 years since deadly grenade attack", and a headline ending
# "Bojaya massacre still lingers on 20th anniversary" (not "on Wednesday, the 18th anniversary of" another attack,
# "On the 10th anniversary of the war, 30 were killed": violence that fell on an anniversary; nor "on the fourth death
# anniversary of" a man, "the first anniversary of the election")
_COMMEMORATION = re.compile(
    r"(?<![a-z])(?:(?P<verb>mark(?:s|ed|ing)?|commemorat(?:es?|ed|ing)|observ(?:es?|ed|ing)|remember(?:s|ed|ing)?|on)"
    rf"\s+(?:the\s+)?(?P<n>{_ORDINAL})\s+anniversary(?!{_NOT_COMMEMORATED})"
    rf"|(?:the\s+)?(?P<n2>{_ORDINAL})\s+anniversary(?!{_NOT_COMMEMORATED})\s+of\s+[^.;]{{0,80}}?"
    r"(?:was|were|is|are|has\s+been)\s+(?:marked|commemorated|observed|remembered)"
    r"|mark(?:s|ed|ing)?\s+(?P<n3>\d{1,3}|" + "|".join(w for w in _YEAR_WORDS if w != "a") + r")\s+years\s+since)"
    r"(?![a-z])", re.IGNORECASE)
# the ceremony and its people, not the violence it marks
_CEREMONY_WORDS = (r"gathered|gathering|ceremony|ceremonies|attended|attendees|mourners|participants|vigil|wreaths?"
                   r"|march|marchers|marched|rally|procession")
_GATHERING = re.compile(r"(?<![a-z])(?:" + _CEREMONY_WORDS + r"|commemorat\w*|memorial|marked|marking|marks)(?![a-z])")
# words of now and of something new beside an anniversary: "Today, 500 survivors still need care", "as a new bomb
# killed six", "Since the attack, ...", "Last month, gunmen killed eight": not the violence marked
# ("another" before a count adds to the count before it, in the same violence: "240 people were killed on that day,
# with another 400 injured")
_NOW_OR_NEW = re.compile(r"(?<![a-z])(?:new|fresh|another(?!\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine"
                         r"|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozen|few|several)(?![a-z])))"
                         r"|renewed|latest|still|today|since|so\s+far"
                         r"|to\s+date|this\s+(?:week|month|year)|each\s+year|every\s+year|last\s+(?:week|month|year))"
                         r"(?![a-z])")


def _commemoration(text: str, hi: int, headline_end: int) -> int | None:
    """The years back to the violence the document marks the anniversary of, from its headline and lede (up to
    ``hi``; "on the 20th anniversary" only as the end of the headline: elsewhere it is the day new violence fell
    on); None when it marks none."""
    for m in _COMMEMORATION.finditer(text, 0, hi):
        if m.group("verb") and m.group("verb").lower() == "on" and not (
                m.end() <= headline_end and re.match(r"[ \t]*[.!]?[ \t]*(?:\n|\Z)", text[m.end():])):
            continue
        n = (m.group("n") or m.group("n2") or m.group("n3")).lower()
        years = int(re.match(r"\d+", n).group()) if n[0].isdigit() else _ORDINAL_WORDS.get(n, _YEAR_WORDS.get(n, 0))
        if years:
            return years
    return None


# a day named by its weekday or by its distance from now ("Saturday evening", "yesterday", "last night"): of the news
_WEEKDAY_OR_NOW = re.compile(r"(?i)(?<![a-z])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today"
                             r"|last\s+night|overnight)(?![a-z])")

# "by Wednesday afternoon", "by early yesterday", "By Oct. 20": the day a count stood at (not "by the end of
# February", the end of a period)
_BY_DAY = re.compile(r"by\s+(?!(?:the\s+)?(?:end|close|start|beginning|middle)(?![a-z]))", re.IGNORECASE)


def _years_back(day: str, text: str, end: int, published: str = "") -> tuple[str, str] | None:
    """(the day so many years before ``day``, the words) when the date words ending at ``end`` go on
    "ten years ago", "two decades ago"; else None. None too when ``day`` already lies two or more years before
    ``published``: "August 21st, 56 years ago" read as 21 August 1968 in a piece that names that day."""
    ago = _YEARS_AGO.match(text, end)
    if ago is None or not day or published[:4].isdigit() and int(day[:4]) < int(published[:4]) - 1:
        return None
    n = ago.group("n").lower()
    n = (int(n) if n.isdigit() else _YEAR_WORDS[n]) * (10 if ago.group("unit").lower().startswith("decade") else 1)
    when = pd.Timestamp(day)
    return f"{when.replace(year=when.year - n):%Y-%m-%d}", " ".join(ago.group().split())


# People who may give a toll, by what they are or do ("Organizers of the march", "rights groups", "relatives"): a
# speaker, identifiable or not, before a toll verb
_PEOPLE_WHO_SPEAK = re.compile(r"^(?:the\s+|some\s+|local\s+)*(?:organi[sz]ers|activists|residents|witnesses"
                               r"|relatives|families|doctors|medics|rescuers|volunteers|villagers|survivors|opposition"
                               r"|protesters|rights\s+groups?|human\s+rights\s+groups?|campaigners|journalists|observers"
                               r"|monitors|elders|leaders)(?![a-z])")


# A sentence that only says who told what came before: "This is reported by Sputnik, citing ...", "That was
# announced by the police", "This is according to the health ministry"
_POINTS_BACK = re.compile(r"\s*(?:this|that|the\s+above)\s+(?:is|was|has\s+been|had\s+been)\s+(?:(?:first|also|earlier)\s+)?"
                          r"(?:reported|announced|stated|said|confirmed|disclosed|according)(?:\s+(?:by|to))?\s",
                          re.IGNORECASE)


# A body's name, then its saying ("the army said it had arrested five men"): the speaker an "It said" points back
# to; narrower than _OWN_REPORT_AFTER below, whose "put" and "counted" name a body giving figures, not speaking
_SAID_AFTER_BODY = re.compile(r"\s+(?:also\s+|later\s+)?(?:said|says|reported|announced|added|stated)(?![a-z])")
# the foot of a press statement naming who issued it: "Issued by the\nMinistry of ...", "Released by: the Office of ..."
_SIGNED_BY = re.compile(r"(?im)^[ \t]*(?:issued|released|distributed|circulated)\s+by\b:?")
# a country's name before the seat of its state ("Taiwan parliament", "Qzland's presidential palace"): one building in
# its capital, not the country over
_SEAT_AFTER = re.compile(r"(?:['’]s)?\s+(?:parliament|legislature|congress|senate|national\s+assembly|presidential"
                         r"\s+palace|presidency|executive\s+yuan|legislative\s+yuan)(?![a-z])", re.IGNORECASE)
# a source's own reporting verb right after its name, opening a clause ("and STv reported 10 deaths")
_OWN_REPORT_AFTER = re.compile(r"\s+(?:also\s+|later\s+)?(?:said|says|reported|reports|put|puts|counted|recorded"
                               r"|estimated|estimates|gave|gives)(?![a-z])")


@lru_cache(maxsize=1)
def _in_country_pattern() -> tuple[re.Pattern, dict[str, set[str]]]:
    """"in Iraq and Syria", "in Yemen": any country of the world named as where something happened, by name (not
    by adjective), with its codes."""
    words = {w: cs for w, cs in country_words().items() if w[:1].isupper() and w not in adjectives() and len(w) > 3}
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    name = rf"(?:the\s+)?(?:{alt})(?![\w-])(?!['’]s)"
    return re.compile(rf"(?<![A-Za-z])(?:in|inside|across)\s+({name}(?:(?:,\s+|\s+and\s+){name})*)"), words


def _countries_in_after(text: str, lo: int, hi: int) -> set[str]:
    """The codes of the countries named as where something happened ("in Iraq and Syria") in text[lo:hi]."""
    pat, words = _in_country_pattern()
    out: set[str] = set()
    for m in pat.finditer(text, lo, hi):
        for w in re.split(r",\s+|\s+and\s+", m.group(1)):
            w = re.sub(r"^the\s+", "", " ".join(w.split()))
            out |= words.get(w, set())
    return out


# Between a count of fighters and the group they belong to: "militants from the ...", "fighters of the banned ...",
# "members belonging to ..." (extract.py's _MEMBERS_OF reads the group's words for the count's population)
_GROUP_OF_AFTER = re.compile(r"\s+(?:from|of|belonging\s+to|linked\s+to|affiliated\s+(?:with|to)|loyal\s+to)\s")


# Fighters counted by a noun of an armed group's men, whose group may be named after them ("20 militants from the ...")
_FIGHTER_NOUNS = frozenset("militants fighters rebels insurgents gunmen jihadists terrorists commanders leaders cadres "
                           "operatives members militiamen guerrillas separatists extremists".split())


class _Document:
    """What a reader keeps in mind while reading a document: its paragraphs and headline,
    who each sentence is attributed to, which sources and places it names, and the day of
    the incident it reports."""

    def __init__(self, text: str, published: str, language: str, claimants: Claimants, places: Places,
                 media: set[str]):
        self.text, self.published, self.language = text, published, language
        self.claimants, self.places, self.media = claimants, places, media
        self.sentences = _sentence_starts(text)
        self.paragraphs = _paragraph_spans(text)
        self.para_starts = [p[0] for p in self.paragraphs]
        self.headline_end = self._headline_end()
        self.mentions = []  # (start, source id) of every source named
        self.mention_end: dict[int, int] = {}  # start -> end of each name in ``mentions``
        # where a source is named as rejecting what the sentence reports ("..., a claim the army denied"): the
        # start of each such name
        self.disputing: set[int] = set()
        # the spans of the text's numbers with their nouns (set by the drafter from the extractor's candidates)
        self.counted: list[tuple[int, int]] = []
        self.not_confirming: set[int] = set()  # of those, the names right before "could not confirm"
        # sources named as claiming an attack ("ISIS Khorasan claims attack"): who did it, not who counted
        self.attack_claimers: set[str] = set()
        for start, end, written in claimants.find(text):
            ids = claimants.ids_of(written, text[:start])
            if _BYLINE_AFTER.match(text, end) and not text[text.rfind("\n", 0, start) + 1:start].strip():
                continue  # "TNI Bureau: At least 22 ...": the outlet's byline at a line's start names no source
            if len(ids) == 1:
                self.mentions.append((start, next(iter(ids))))
                self.mention_end[start] = end
                if _DISPUTES_AFTER.match(text, end):
                    self.disputing.add(start)
                if _NOT_CONFIRMING_AFTER.match(text, end):
                    self.disputing.add(start)  # "police could not confirm that 30 ...": not their figure
                    self.not_confirming.add(start)
                if _NOT_A_CLAIM.match(text, re.compile(r"\s*").match(text, end).end()):
                    self.attack_claimers |= ids
        self.mentions.sort()
        self.attributions = self._attributions()
        self.speakers = {a.claimant for a in self.attributions if a is not None and a.claimant}
        # who speaks, known or not ("witnesses", "Palestinian figures" count): pronouns are someone named
        self.voices = {a.claimant or _norm(a.phrase) for a in self.attributions if a is not None and a.kind != "pronoun"}
        self.named_sources = {sid for _, sid in self.mentions if sid not in media}
        self.part_of = self._parts()
        self.author = self._author()
        self.earlier_events = _earlier_event_spans(text, self.sentences, published)
        self.place = places.document_place(text, skip=self.earlier_events)
        self.unit_codes = {c for m in places.mentions(text) if m.kind == "unit" and not m.origin for c in m.codes}
        head_hi = self.headline_end or (self.paragraphs[0][1] if self.paragraphs else 0)
        self.headline_codes = {c for m in places.mentions(text, 0, head_hi) if m.kind == "unit" for c in m.codes}
        self.days_abroad: set[int] = set()  # offsets of incident days told only of other countries
        self.incident_days = self._incident_days()
        lede = min(1, len(self.paragraphs) - 1)
        while 0 < lede < min(3, len(self.paragraphs) - 1) and len(re.findall(
                r"[A-Za-z]{2,}", text[self.paragraphs[lede][0]:self.paragraphs[lede][1]])) < 6:
            lede += 1  # (not a dateline or a byline alone: "12:00 | Lima, Jul. 16.", "By Jane Doe")
        lede_hi = self.paragraphs[lede][1] if self.paragraphs else 0
        # (the headline and the lede: the first paragraph after the headline, the first of all when there is none)
        lede_span = self.paragraphs[lede if self.headline_end else 0] if self.paragraphs else (0, 0)
        self.commemoration = _commemoration(text, lede_span[1], self.headline_end)
        self.story = story_date(text, published, self.sentences, lede_hi)
        # headline and lede about protests, riots ..., spread over the country: the document names several of
        # its units, or says "and other cities", "across the country"
        lede = text[:lede_hi].lower()
        unrest = next((m for m in _UNREST.finditer(lede) if not re.search(  # (not "the scene of years of unrest")
            r"(?:years|months|decades|weeks)\s+of\s+(?:[a-z-]+\s+)?\Z", lede[max(0, m.start() - 40):m.start()])
            and not re.search(r"(?:^|[,;.]\s*)as\s+[^,;.]*\Z", lede[max(0, m.start() - 60):m.start()])  # (not ", as
            # protests against the war continued": beside the story, not its event)
            and not re.match(r"\s+(?:on|against)\s+(?:suspected\s+|armed\s+|islamist\s+)?(?:militants|insurgents|rebels"
                             r"|jihadists|terrorists|gangs|cartels|gunmen|fighters)", lede[m.end():])
            # (not "to quell a protest by garment workers", "killed in a prison riot", "the riot": one gathering,
            # one place)
            # (not "in jail riot", "a prison riot", "the riot at the prison": a riot of one jail, in one place; but
            # "riots in four jails" may be all over the country)
            and not (m.group() in ("riot", "rioting") and (
                re.search(rf"(?<![a-z])(?:{_JAIL_WORDS}|detention)\s+\Z", lede[max(0, m.start() - 30):m.start()])
                or re.match(rf"\s+(?:at|in|inside)\s+(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){{0,2}}?(?:{_JAIL_WORDS})(?![a-z])",
                            lede[m.end():m.end() + 60])))
            and not (m.group() in ("protest", "demonstration", "riot") and re.search(
                r"(?<![a-z])(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}\Z", lede[max(0, m.start() - 40):m.start()])
                and not re.match(r"\s+(?:movement|wave|campaign)", lede[m.end():])
                # (but "a nationwide protest", "a day of protest across the country", "a protest that spread")
                and not re.search(r"(?<![a-z])(?:nationwide|national|general|country-?wide|mass|day\s+of)\s+\Z",
                                  lede[max(0, m.start() - 20):m.start()])
                and not re.search(r"(?<![a-z])(?:across|nationwide|throughout|spread|spreading|in\s+several|in\s+many)"
                                  r"(?![a-z])", lede[m.end():m.end() + 40]))), None)
        country_units = {c for m in places.mentions(text) if m.kind == "unit" and not m.origin and not m.dateline
                         and places.country_of_codes(m.codes) == places.country for c in m.codes}
        head_hi = self.headline_end or (self.paragraphs[0][1] if self.paragraphs else 0)
        headline = text[:head_hi].lower()
        country_headline = not any(m.kind == "unit" for m in places.mentions(text, 0, lede_hi)) \
            and _UNREST.search(headline) and not re.search(
            r"(?<![a-z])(?:prisons?|jails?|penitentiary|detention\s+cent(?:er|re))(?![a-z])", headline) and not re.search(
            # (not "Three policemen killed in clash with protesters in Qzland": one clash, in one place)
            r"(?<![a-z])(?:clash|confrontation|stand-?off|skirmish)\s+with\s+(?:[a-z-]+\s+)?(?:protest|demonstrat)",
            headline) and any(
            m.kind == "country" and m.codes[0] == places.country  # "Qzland protests turn deadly", and no
            and not _SEAT_AFTER.match(text, m.end)  # (not "protesters evicted from Qzland parliament": one building)
            for m in places.mentions(text, 0, head_hi))  # city in the headline or lede: the country's
        # (but not where the headline and lede put the unrest in one place and say nothing of it spreading ("as
        # protests spread", "nationwide", "and other cities"): "an anti-migrant march in the island's second city,
        # Limassol, turned violent"; the other units the text names are then other events', "days after 20 were
        # arrested near Paphos")
        lede_units = {frozenset(m.codes) for m in places.mentions(text, 0, lede_hi) if m.kind == "unit"
                      and not m.origin and not m.dateline and places.country_of_codes(m.codes) == places.country}
        one_place = len(lede_units) == 1 and not (_AND_OTHER_PLACES.search(lede) or _NATIONWIDE.search(lede)
                                                  or re.search(r"(?<![a-z])(?:spread|spreads|spreading)(?![a-z])", lede)
                                                  or across_the_country(text, 0, lede_hi, places))
        self.unrest = unrest if unrest and not one_place and (
            len(country_units) > 1 or _AND_OTHER_PLACES.search(text.lower()) or _NATIONWIDE.search(text.lower())
            or country_headline or across_the_country(text, 0, len(text), places)) else None
        subsets = [m.span() for m in _SUBSET_EVENT.finditer(text)]
        dated = {d[3] for d in self.incident_days if d[3] and not any(a <= d[0] < b for a, b in subsets)}
        if len(dated) == 1 and self.place[1] and _is_country(self.place[1]):
            # "The attack took place on Thursday near Millbrook": a document whose country is named as
            # often as its units, and whose incident days all name one place, is about that place
            (codes,) = dated
            if places.country_of_codes(codes) == self.place[1]:
                spelled = [m.spelling for m in places.mentions(text) if set(m.codes) <= codes and m.kind == "unit"]
                self.place = (", ".join(dict.fromkeys(spelled)), ";".join(sorted(codes)),
                              f"the document's incident days all name {', '.join(dict.fromkeys(spelled))} "
                              f"-> {';'.join(sorted(codes))} ({self.place[2]})")

    # structure
    def sentence_span(self, i: int) -> tuple[int, int]:
        return self.sentences[i], self.sentences[i + 1] if i + 1 < len(self.sentences) else len(self.text)

    def sentence_of(self, pos: int) -> int:
        return bisect_right(self.sentences, pos) - 1

    def paragraph_index(self, pos: int) -> int:
        return max(0, bisect_right(self.para_starts, pos) - 1)

    def paragraph_of(self, pos: int) -> tuple[int, int]:
        i = max(0, bisect_right(self.para_starts, pos) - 1)
        return self.paragraphs[i]

    def subject_named(self, lo: int, hi: int) -> bool:
        """Whether text[lo:hi] opens with a source's name, its subject ("Hezbollah in a statement appealed ...",
        "The army said")."""
        return any(re.fullmatch(r"\s*(?:[Tt]he\s+)?", self.text[lo:pos]) for pos, _e, sid in self.mention_spans(lo, hi)
                   if sid not in self.media)

    def mention_spans(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """(start, end, source id) of the sources named in text[lo:hi]."""
        return [(pos, self.mention_end[pos], sid) for pos, sid in self.mentions if lo <= pos < hi]

    def _headline_end(self) -> int:
        """Where the body begins: after the paragraphs at the top (at most three) that do not
        end as a sentence does (a headline, a byline, "Reuters | Updated: ..."); 0 when the
        document opens with running text."""
        for k, (lo, hi) in enumerate(self.paragraphs[:4]):
            if self.text[lo:hi].strip()[-1:] in tuple(".!?\"”’)") or k == 3:
                return lo if k else 0
        return 0

    def _state(self, sid: str) -> bool:
        """Whether a source is a state's body: of a country, and not an armed group or an organisation
        (a rebel "Qzland People's Liberation Army" carries the country but is not "the military")."""
        return bool(self.claimants.countries.get(sid)) and not self._organisation(sid)

    # attribution
    def _issuer(self, noun: str, before: int) -> tuple[str, str, int] | None:
        """(source, words) of the known body that the text says, before ``before``, submitted, released or
        issued a ``noun`` ("The Health Ministry's forensic department submitted on Thursday medical reports ...",
        then "According to the forensic reports, ..."), or None."""
        if not noun:
            return None
        # the noun the verb's own object: a day, a determiner and two words at most between (not "released 30
        # detainees despite medical reports of torture")
        issued = re.compile(rf"(?<![a-z])(?:submitted|released|issued|published|presented|compiled|produced|prepared)\s+"
                            rf"(?:(?:on|late|early)\s+[a-z]+\s+)?(?:(?:the|a|an|its|their|his|her|new)\s+)?"
                            rf"(?:(?!despite|of|after|amid|following)[a-z-]+\s+){{0,2}}?{noun}s?(?![a-z])")
        found = None
        for m in reversed(list(issued.finditer(self.text[:before].lower()))):
            k = bisect_right(self.sentences, m.start()) - 1
            s_lo = self.sentences[k] if k >= 0 else 0
            ids = [sid for pos, sid in self.mentions if s_lo <= pos < m.start() and sid not in self.media]
            if ids:
                found = ids[-1], " ".join(self.text[m.start():m.end()].split()), m.start()
                break
        # "as per a statement by Kabore posted on his Twitter handle", "a statement from the ministry": the author
        # the words name right after the noun
        by = re.compile(rf"(?<![a-z])(?:a|an|the|its|their|his|her)\s+(?:[a-z-]+\s+){{0,2}}?{noun}s?\s+(?:by|from)\s+")
        for m in reversed(list(by.finditer(self.text[:before].lower()))):
            if found is not None and m.start() < found[2]:
                break
            spans = [(a, b, sid) for a, b, sid in self.mention_spans(m.end(), m.end() + 5) if sid not in self.media]
            if spans:
                return spans[0][2], " ".join(self.text[m.start():spans[0][1]].split()), m.start()
        return found

    def _phrase(self, lo: int, hi: int) -> tuple[str, str]:
        """(attributing words of text[lo:hi], kind found) or ("", "")."""
        m = _PRONOUN_SAYS.match(self.text, lo, hi)
        if m and (m.group("verb") in ATTRIBUTION_VERBS or m.group("verb") in _MORE_VERBS):
            return m.group("who"), "pronoun"  # "He, however, said ...": the pronoun, whatever the clause says
        m = _FIGURES_GIVEN_BY.match(self.text, lo, hi)
        if m and self.claimants.resolve(m.group("who").strip())[0]:
            return m.group("who").strip(), "by"  # "These are the figures given ... by the Secretary of Defence"
        m = _PRONOUN_BUT_SAYS.match(self.text, lo, hi)
        if m:
            # "He did not mention the number of casualties, but said four were taken to hospital": the verb after
            # "but" or "and", with no subject of its own, is the pronoun's
            return m.group("who"), "pronoun"
        m = _NAME_APPOSITION_SAYS.match(self.text, lo, hi)
        if m:
            return m.group("who"), "verb"  # "Jo Tam, a spokesperson for the agency, said the fighting ...": Jo Tam
        m = _NAME_WHO_SAYS.match(self.text, lo, hi)
        if m and self.claimants.resolve(m.group("who"))[0]:
            return " ".join(m.group("who").split()), "verb"  # "Jo Tam, who was at the scene, said ...": Jo Tam
        m = _APPOSITION_NAME_SAYS.match(self.text, lo, hi)
        if m:  # "On Friday, the agency's chief official in the province, Gen. Jo Tam, said clashes resumed"
            return " ".join(self.text[m.start("desc"):m.end("who")].split()), "verb"
        m = _WITH_SAYING.search(self.text, lo, hi) or _AS_PER.search(self.text, lo, hi)
        if m and self.claimants.resolve(m.group("who").strip())[0] and not any(
                w.group() in ATTRIBUTION_VERBS for w in _VERB_WORDS.finditer(
                    (self.text[lo:m.start()] + " " + self.text[m.end():hi]).lower())):
            # "... with Qzland's emergency ministry saying 42 people have been declared dead", "As per the ministry,
            # the aircraft was carrying 72 passengers": a known source, said so (only when the sentence has no
            # speaker of its own: "the charity said, with NATO saying US forces may be behind the attack", "As per
            # AFP, the head of the health agency said six more died")
            return " ".join(m.group("who").split()), "verb"
        m = _QUOTED_AS_SAYING.search(self.text, lo, hi)
        if m and re.search(r"(?<![a-z])(?:which|who)\s+(?:[a-z]+\s+)?\Z", self.text[max(lo, m.start() - 30):m.start()],
                           re.IGNORECASE):
            m = None  # "The QWS, which quoted residents as saying ..., said 9 were killed": the outlet speaks
        if m:  # "The agency quoted an army spokesman as saying 12 soldiers died": the one quoted speaks
            return " ".join(m.group("who").split()), "verb"
        m = _QUOTED_PASSIVE.search(self.text, lo, hi)
        if m and not _inside_quote(self.text[self.paragraph_of(lo)[0]:m.start()]):
            # "Earlier, the government spokesman was quoted as saying by AFP that ...": the one quoted speaks (not
            # in a quotation, nor "the Courier, which is quoted as saying by rivals": a clause about another)
            who = re.sub(r"^(?:(?:earlier|later|also|however|meanwhile|separately|on\s+\w+|in\s+\w+)\s*,?\s+)+", "",
                         " ".join(m.group("who").split()), flags=re.IGNORECASE)
            who = re.sub(r"\s+(?:who|which|that)$", "", who, flags=re.IGNORECASE)
            if who and who.lower() not in ("who", "which", "that", "it", "he", "she", "they"):
                return who, "verb"
        m = _BY_AGENT.search(self.text, lo, hi)
        agent = m.group("who").strip() if m else ""
        if agent and self.claimants.resolve(agent)[0]:
            return agent, "by"
        # a parenthesis between dashes is blanked out (same length, so offsets hold): "The Civil
        # Defence – first responders who ... – said"; "claimed responsibility" claims no number
        text = _DASH_ASIDE.sub(lambda m: " " * len(m.group()), self.text[lo:hi])
        text = _NOT_A_CLAIM.sub(lambda m: " " * len(m.group()), text)
        text = self.text[:lo] + text + self.text[hi:]
        low = text[lo:hi].lower()
        verbs = [(lo + v.start(), lo + v.end(), v.group()) for v in _VERB_WORDS.finditer(low)
                 if (v.group() in ATTRIBUTION_VERBS or v.group() in _MORE_VERBS or v.group() == "according")
                 and not _ADMITTED_TO.match(low, v.start()) and not name_said(text, lo + v.start())
                 # (not "police could not confirm that 30 ...": a speaker who does not vouch for it)
                 and not (v.group().startswith("confirm") and re.search(
                     r"(?<![a-z])(?:not|n[o’']t|never|unable\s+to|declined\s+to|refused\s+to|yet\s+to)\s+\Z",
                     low[:v.start()]))
                 and not (v.group() == "estimated" and re.search(r"(?<![a-z])(?:an|the|a)\s+\Z", low[:v.start()]))
                 # (nor a noun: "The reports also indicated", "according to the forensic reports")
                 and not (v.group() in ("reports", "claims", "estimates", "states", "claim") and re.search(
                     r"(?<![a-z])(?:the|a|an|these|those|its|their|his|her|such)\s+(?:[a-z-]+\s+)?\Z", low[:v.start()])
                     and not re.match(r"\s+(?:that|\d|at\s+least|more|over|some|about|nearly|around|up\s+to)(?![a-z])",
                                      low[v.end():]))
                 and (v.group() != "accused" or _ACCUSED_OF.match(low, v.start()))
                 and (v.group() not in ("blamed", "blames") or _BLAMED_FOR.match(low, v.start()))
                 # ("identified" only in the active: "police identified 35 victims", not "Five bodies have been
                 # identified", a fate of the bodies, nor "whom they identified as part of the 28 missing": who
                 # they were, not a count)
                 and not (v.group() in ("identified", "identifies") and (re.search(
                     r"(?<![a-z])(?:was|were|been|be|being|is|are|not|whom|which|that)\s+(?:[a-z]+\s+)?"
                     r"(?:[a-z]+ly\s+|already\s+|yet\s+|now\s+)?\Z", low[:v.start()])
                     or re.match(r"\s+(?:[a-z]+\s+)?as(?![a-z])", low[v.end():])))
                 # ("reporting" only after "is", "are", "was", "were" or "been": "Anadolu Agency is reporting 754
                 # members ... detained"; not "Additional reporting by", "without reporting any casualties")
                 and (v.group() != "reporting" or re.search(r"(?<![a-z])(?:is|are|was|were|been)\s+(?:also\s+|now\s+)?\Z",
                                                            low[:v.start()]))
                 and (v.group() not in ("read", "reads") or re.search(r"[,!?][\"”’']?\s*\Z", low[:v.start()])
                      and _BACK_REFERENCE.match(" ".join(low[v.end():v.end() + 60].split())))
                 # ("charged"/"alleged" only as saying: "charged on Wednesday that", not "charged with murder",
                 # "the alleged gunmen")
                 and (v.group() not in ("charged", "alleged", "alleges")
                      or re.match(r"(?:\s+(?:on\s+|late\s+|early\s+)?[a-z]+)?\s+that(?![a-z])", low[v.end():]))
                 # ("learns" only as an outlet's sign-off: "has increased to 23, Ada Derana learns.")
                 and (v.group() != "learns" or re.match(r"\s*(?:[.\n]|$)", low[v.end():v.end() + 3]))
                 # (nor "One of the injured has been declared brain dead": a fate, not a statement)
                 and not (v.group() == "declared" and re.match(r"\s+(?:clinically\s+|brain\s+)?(?:dead|deceased|missing)"
                                                               r"(?![a-z])", low[v.end():]))
                 # (nor "declared a state of siege", "declared three days of national mourning": a decree)
                 and not (v.group() in ("declared", "declares") and re.match(
                     r"\s+(?:(?:a|an|the)\s+)?(?:(?!that\s)[a-z-]+\s+){0,3}?(?:state\s+of|emergency|curfew"
                     r"|martial\s+law|war|ceasefire"
                     r"|truce|mourning|holiday|victory|independence|lockdown)(?![a-z])", low[v.end():]))
                 # (nor the passive of such a decree: "A curfew has now been declared.", "a state of emergency was
                 # declared in the district")
                 and not (v.group() == "declared" and re.search(
                     r"(?<![a-z])(?:state\s+of\s+[a-z]+|emergency|curfew|martial\s+law|war|ceasefire|truce|mourning"
                     r"|holiday|lockdown)\s+(?:has\s+|had\s+|have\s+)?(?:now\s+|also\s+|since\s+)?(?:been|was|were|is)\s+"
                     r"(?:[a-z]+ly\s+)?\Z", low[:v.start()]))]
        verbs += [(lo + v.start(), lo + v.end(), v.group()) for v in _VERB_WORDS.finditer(low)
                  if v.group() in _TOLL_VERBS and _TOLL_OBJECT.match(low, v.start())]
        verbs.sort()
        # "X said that "according to well-informed sources, ..."", "in what the UN called the "deadliest incident
        # documented"": words inside a quotation are the speaker's, not the sentence's attribution
        # (a quotation opened in an earlier sentence of the paragraph and still open runs on into this one:
        # "“We can confirm eight dead. 28 are said to be in theatre,” Jo Tam said": "said" is the quote's)
        before_in_paragraph = self.text[self.paragraph_of(lo)[0]:lo]
        opened = '"' if before_in_paragraph.count('"') % 2 == 1 else \
            "“" if before_in_paragraph.count("“") > before_in_paragraph.count("”") else ""
        verbs = [v for v in verbs if not _inside_quote(opened + low[:v[0] - lo])]
        m = _BRACKET_SOURCE.search(self.text, lo, hi)
        if m and re.match(r"\s*sources?\s*:", m.group("who"), re.IGNORECASE):
            # "... have been reported (Sources: police statistics; a rights group)": the line names its sources,
            # known or not, whatever the passive before them
            return re.sub(r"^\s*sources?\s*:\s*", "", m.group("who"), flags=re.IGNORECASE), "bracket"
        for k in range(len(verbs)):  # a reporting word used as a noun ("reports from locals ... stated") gives none
            who = _claimant(text, lo, hi, verbs[k:])[0]
            if who:  # "MELBOURNE, Australia (AP) — A police official says": the dateline is no part of the speaker
                who = _DATELINE_BEFORE.sub("", who) or who
                # nor is a dateline with no agency ("MOSCOW – A top official said": not Moscow speaking)
                who = _CAPS_DATELINE_BEFORE.sub("", who) or who
            if who and who.strip().lower() in ("and", "but", "or", "then", "and then", "but also"):
                continue  # "Jo Tam called it a tragedy and declared ...": a conjunction is no speaker
            if who and verbs[k][2] in _TOLL_VERBS and not (self.claimants.resolve(who)[0] or _ROLE_RE.search(who.lower())
                                                           or _PEOPLE_WHO_SPEAK.search(who.lower())):
                continue  # "The new deaths raised the toll to 45": no one speaking (but "Organizers of the march, though,
                # placed the toll higher": people, named or not)
            if who and verbs[k][2] == "reporting":
                who = _PASSIVE.sub("", who).rstrip()  # "The UN is reporting": a tense, the UN speaking
            if who and _PASSIVE.search(who):
                return " ".join(who.split()), "passive"  # "were said to be missing", "it was reported that"
            if who and verbs[k][2] in _DISPUTED_NOUNS and _DISPUTING.search(low, 0, verbs[k][0] - lo) and \
                    not _OWN_VERB_AFTER.search(low, verbs[k][1] - lo):
                # (only when no reporting verb of the speaker's own follows: "The army dismissed claims of heavy
                # losses, saying only 5 soldiers were killed" is the army's figure)
                return " ".join(who.split()), "disputed"  # "X disputed estimates that ...": not X's figure
            if who and _NOT_SPEAKER.search(who) and not re.match(r"\s*(?i:according)", text[verbs[k][0]:]):
                continue  # "the 1,000 civilians who reported to army-held areas": no speaker
            if who and verbs[k][2] in ("recorded", "registered", "documented", "counted") and \
                    self._is_place(who, verbs[k][0]):
                continue  # "Eastmark recorded the highest number of violations at 14": where, not who
            if who and agent and not self.claimants.resolve(who)[0]:
                break  # neither names a known source: the passive agent ("as confirmed by Jo Tam")
            if who and verbs[k][2] == "according" and self._relays(who):
                # "According to the wire, the group later announced that six people were killed": the outlet
                # relays; the speaker its words quote, with a reporting verb of their own, is the claimant
                later = [v for v in verbs[k + 1:] if v[2] != "according"]
                quoted = _claimant(text, lo, hi, later)[0] if later else ""
                if quoted and quoted != who and not _inside_quote(low[:later[0][0] - lo]):
                    return " ".join(quoted.split()), "verb"
            if who and _INFORMATION_ONLY.fullmatch(" ".join(who.split())) and any(v[2] == "according" for v in verbs[k:]) \
                    and not self.claimants.resolve(who)[0] and not _ROLE_RE.search(who.lower()):
                # (not "army figures", "health ministry data": those name whose figures they are)
                # "Qzland authorities said that at least 49 died, according to preliminary information": the words
                # after "according to" name no one; the speaker with a reporting verb of their own is the claimant
                _, w_lo, w_hi = _claimant(text, lo, hi, verbs[k:])
                others = [v for v in verbs[k:] if v[2] != "according" and not w_lo <= v[0] < w_hi]
                named = _claimant(text, lo, hi, others)[0] if others else ""
                if named and not _PASSIVE.search(named) and not _NOT_SPEAKER.search(named):
                    return " ".join(named.split()), "verb"
            if who and _BACK_REFERENCE.fullmatch(" ".join(who.lower().split())):
                # "..., according to the data, which come from hospitals, said the Watch": "the data" only points
                # back; a speaker the same sentence names with its own reporting verb is the one who speaks
                later = [v for v in verbs[k + 1:] if v[2] != "according"]
                named = _claimant(text, lo, hi, later)[0] if later else ""
                if named and self.claimants.resolve(named)[0]:
                    return " ".join(named.split()), "verb"
            if who:
                return " ".join(who.split()), "verb"  # "X reported ..., as documented by a newspaper": X
        if agent:
            return agent, "by"
        m = _BRACKET_SOURCE.search(self.text, lo, hi)
        if m and self.claimants.resolve(m.group("who"))[0]:
            return m.group("who"), "bracket"  # "- 55 killed in the south (MoPH)": a bracketed source ends the line
        if hi <= self.headline_end:
            m = _HEADLINE_SOURCE.search(self.text, lo, hi)
            if m and len(m.group("who").split()) <= 4 and len(m.group("body")) > len(m.group("who")):
                return m.group("who"), "headline"  # "Suicide bombing kills three ... - police"
            m = _HEADLINE_COLON_SOURCE.search(self.text, lo, hi)
            if m and len(m.group("who").split()) <= 4 and len(m.group("body")) > len(m.group("who")) and (
                    self.claimants.resolve(m.group("who"))[0] or _ROLE_RE.search(m.group("who").lower())):
                return m.group("who"), "headline"  # "12 soldiers killed in ambush: army" (a source or a role only)
        return "", ""

    def _resolve(self, phrase: str, before: int, last: _Attribution | None,
                 span: tuple[int, int] | None = None, last_at: int = -1) -> _Attribution:
        bare = re.sub(r"^(?:while|whereas|but|and|as|though|although)\s+", "", phrase)
        if bare != phrase and bare[:1].isupper():  # ", while Russia has estimated ...": Russia
            got = self._resolve(bare, before, last, span, last_at)
            return _Attribution(phrase, got.claimant, got.how, got.kind)
        obtained = re.search(r"(?<![a-z])(?:obtained|seen|reviewed|viewed)\s+by\s+(?P<who>.+)$", phrase)
        if obtained and re.match(r"(?:a|an|the)\s", phrase.lower()) and self._relays(obtained.group("who")):
            # "a copy of the decision obtained by Reuters": the outlet that obtained a document relays it; the
            # claim is the document's, whose author the words do not name
            return _Attribution(phrase, "", f"{phrase!r}: a document an outlet obtained, its author not named here "
                                f"(the outlet relays it)", "unknown")
        joint = self._joint(phrase)
        if joint:
            return _Attribution(phrase, "", joint, "joint")
        hw = phrase.lower().split()
        held = re.match(r"(?:a|an|one|another|some)\s+(?:[\w'’-]+\s+){0,3}?(?P<noun>[a-z]+)\s+(?:at|in|of|from|with"
                        r"|within|inside)\s", " ".join(hw))
        if held and held.group("noun") in _PERSON_NOUNS and held.group("noun") not in (
                "spokesman", "spokeswoman", "spokesperson", "representative") and (
                _ROLE_RE.search(" ".join(hw)[held.end():]) or self.claimants.find(phrase[held.end() - 1:])):
            # "a senior officer at the army chief of staff's office", "a source in the ministry": someone unnamed
            # who works there, not the body itself ("an official in Qzland" is left to the lede's rules)
            return _Attribution(phrase, "", f"{phrase!r}: an unnamed person, no identifiable claimant", "indefinite")
        one = re.fullmatch(r"(?:(?:a|an|one|another)\s+)?(?:[\w'’-]+\s+){0,4}?(?:official|officer|source|diplomat)",
                           " ".join(hw))
        if one and hw[0] not in ("the", "this", "that", "its", "their", "his", "her", "our") and all(
                w[:1].islower() or self.claimants._countries_in(w) for w in phrase.split()[:-1]):
            # "a senior Qzland army officer", "Qzland officer": one person left unnamed, no identifiable claimant,
            # whatever alias a sources table keeps for those words (the labelled README's single unnamed officials)
            return _Attribution(phrase, "", f"{phrase!r}: one unnamed person, no identifiable claimant", "indefinite")
        anon = re.fullmatch(r"(?:(?:a|an|one|another|some|two|several|many)\s+)?(?:[\w'’.-]+\s+){1,4}?sources?", phrase.strip(),
                            re.IGNORECASE)
        if anon and phrase.split()[0].lower() not in ("the", "this", "that", "these", "those", "its", "their", "his",
                                                      "her", "our", "both"):
            # "A UN source", "Pentagon sources", "diplomatic sources": people left unnamed, whatever body the
            # words before name (the labelled README's unnamed officials), not the body's own claim
            return _Attribution(phrase, "", f"{phrase!r}: unnamed sources, no identifiable claimant", "indefinite")
        sid, how = self.claimants.resolve(phrase)
        at = self.text.find(phrase, *span) if span else -1
        if at >= 0:  # a name that begins in the phrase and runs on past it ("the UN Assistance Mission in ...")
            got = [f for f in self.claimants.find(self.text[at:span[1]]) if f[0] < len(phrase) < f[1]]
            ids = self.claimants.ids_of(got[0][2], self.text[:at + got[0][0]]) if got else set()
            if len(ids) == 1 and (not sid or got[0][1] - got[0][0] > len(phrase)):
                (sid,) = ids
                how = f"claimant {sid} from {got[0][2]!r}, the name that begins in {phrase!r}"
        if sid:
            return _Attribution(phrase, sid, how, "named")
        words = phrase.lower().split()
        if words and words[-1] in _PRONOUNS and len(words) <= 2 and words[-1] in ("he", "she"):
            # "he said": the person named last, when named after the last attributing sentence
            # ("A resident ..., Usman Modu, burst into tears ... He said:")
            since = self.text.find(last.phrase, last_at) + len(last.phrase) if last is not None and last_at >= 0 else 0
            named = [(pos, sid) for pos, sid in self.mentions if since <= pos < before and sid not in self.media]
            # (a person: not a body named by its acronym or by a name with an organisation's word, "the UN", "the
            # Interior Ministry", whom "he" or "she" cannot be: "the president disputed a UN toll ... 'There have
            # been 12 deaths,' he said" is the president)
            named = [(pos, sid) for pos, sid in named if not self._organisation_at(pos)]
            if named and (last is None or named[-1][1] != last.claimant):
                return _Attribution(phrase, named[-1][1], f"{phrase!r} refers back to the source named last, "
                                    f"{named[-1][1]}", "pronoun")
        if len(words) in (2, 3) and words[0] in ("its", "their") and re.sub(r"[^a-z]", "", words[-1]) in _PERSON_NOUNS:
            # "The ELF denied the account. Its spokesman said ...": one who speaks for the body the sentence before
            # opens with
            k = bisect_right(self.sentences, before) - 2
            if k >= 0:
                opening = [sid for pos, sid in self.mentions if self.sentences[k] <= pos <= self.sentences[k] + 6
                           and sid not in self.media]
                # only when that sentence names no other body (but as an owner: "denied the army's account"): in
                # "Police blamed the ELF. Its spokesman said ..." "its" may be the ELF's
                s_lo = self.sentences[k]
                s_end = self.sentences[k + 1] if k + 1 < len(self.sentences) else len(self.text)
                owners = {s_lo + a for a, b, _ in self.claimants.find(self.text[s_lo:s_end])
                          if re.match(r"[’']s(?![a-z])", self.text[s_lo + b:s_lo + b + 3])}
                others = {sid for pos, sid in self.mentions if s_lo <= pos < s_end and pos not in owners} - \
                    set(opening[:1])
                if opening and not others:
                    return _Attribution(phrase, opening[0], f"{phrase!r} speaks for the body the sentence before opens "
                                        f"with ({opening[0]})", "pronoun")
        if words and words[-1] == "they" and len(words) <= 2:
            # "Police earlier blamed the group for the attack. They said ...": the plural body the sentence
            # before opens with, though it reported nothing
            k = bisect_right(self.sentences, before) - 2
            if k >= 0:
                m = _PLURAL_SUBJECT.match(self.text, self.sentences[k])
                if m:
                    subject = self._resolve(m.group("who"), self.sentences[k], None)
                    if subject.claimant:
                        return _Attribution(phrase, subject.claimant, f"{phrase!r} refers back to {m.group('who')!r}, "
                                            f"the subject of the sentence before: {subject.how}", "pronoun")
        if words and words[-1] in _PRONOUNS and len(words) <= 2 and last is not None and last.kind == "passive":
            # "'Many more have been admitted ...'" then "It added, ...": a passive names no one a pronoun could
            # point back to; the pronoun is the speaker before it
            last = next((a for a in reversed(self._so_far) if a is not None and a.kind != "passive"), None)
        if words == ["it"] and (last is None or not last.claimant) and before is not None:
            # "Residents said ..., while the army said it had arrested five men. It said two of its soldiers had been
            # wounded": the body that spoke last in the sentence before, not its first speakers (people: not "it")
            k = bisect_right(self.sentences, before) - 2
            if k >= 0:
                s_lo = self.sentences[k]
                s_hi = self.sentences[k + 1] if k + 1 < len(self.sentences) else len(self.text)
                spoke = [(pos, sid) for pos, sid in self.mentions if s_lo <= pos < s_hi
                         and sid not in self.media and _SAID_AFTER_BODY.match(self.text, self.mention_end[pos])]
                if spoke:
                    return _Attribution(phrase, spoke[-1][1], f"{phrase!r} refers back to the body that spoke last in "
                                        f"the sentence before, {spoke[-1][1]}", "pronoun")
        if words and words[-1] in _PRONOUNS and len(words) <= 2:
            if last is not None and last.claimant:
                return _Attribution(phrase, last.claimant, f"{phrase!r} refers back to {last.phrase!r} -> "
                                    f"{last.claimant}", "pronoun")
            return _Attribution(phrase, "", f"{phrase!r} refers back to no known source", "pronoun")
        if _BACK_REFERENCE.fullmatch(" ".join(words)):
            document = re.sub(r"[^a-z]", "", words[-1])
            issuer = self._issuer(document.removesuffix("s"), before) \
                if document in ("report", "reports", "statement", "statements") else None
            if issuer is not None and (last is None or last.claimant in self.media or not last.claimant
                                       or last_at < issuer[2]):
                # (or named after the last speaker: "The UN said 14 died. ... as per a statement by the government
                # ... '...,' read the statement": the government's)
                # "The Health Ministry's forensic department submitted medical reports ..., reported the Daily",
                # then "According to the forensic reports": the reports of the body that issued them, not the outlet's
                return _Attribution(phrase, issuer[0], f"{phrase!r} refers back to the {issuer[1]!r} that "
                                    f"{issuer[0]} issued", "pronoun")
            if document == "reports" and issuer is None and any(
                    a is not None and not a.claimant and re.search(r"(?<![a-z])media(?![a-z])", a.phrase.lower())
                    for a in self._so_far):
                # "..., local and other African media reported." then "The reports said at least four ...": the
                # media's reports, named by no one (not the officials one of them cited)
                return _Attribution(phrase, "", f"{phrase!r} refers back to the media reports told before, no one "
                                    f"named", "pronoun")
            if last is not None and last.claimant:
                return _Attribution(phrase, last.claimant, f"{phrase!r} refers back to {last.phrase!r} -> "
                                    f"{last.claimant}", "pronoun")
            if not re.search(r"(?<![a-z])sources?(?![a-z])", words[-1]):
                # "the report", "the statement": a body's document, not the witnesses quoted since
                # (back past witnesses or residents quoted since, not past a body that reported unnamed: "Local
                # media reported ...")
                body = None
                for a in reversed(self._so_far):
                    if a is None:
                        continue
                    if a.claimant:
                        body = a
                        break
                    if set(re.findall(r"[a-z]+", a.phrase.lower())) & _BODY_NOUNS:
                        break
                if body is not None:
                    return _Attribution(phrase, body.claimant, f"{phrase!r} refers back to the last body that "
                                        f"reported, {body.phrase!r} -> {body.claimant}", "pronoun")
            return _Attribution(phrase, "", f"{phrase!r} refers back to no known source", "pronoun")
        head = re.sub(r"[^a-z]", "", words[-1]) if words else ""
        speaks_for = head in ("spokesman", "spokeswoman", "spokesperson") and len(words) <= 4 and (any(
            m.group(1) not in _VAGUE_ROLES for m in _ROLE_RE.finditer(" ".join(words[1:-1])))
            or bool(_SEAT_OF_POWER.search(phrase)))  # ("a Kremlin spokesman" speaks for the seat's government)
        # "an interior ministry spokeswoman", "a defence ministry spokesman": the words before the role noun
        # qualify the body, and a body whose names lack them is not the one speaking
        qualifiers = _qualifiers(words[1:-1], self.claimants) if speaks_for else []
        if words and words[0] in _INDEFINITE and head in _PERSON_NOUNS and not speaks_for:
            # (but "a ministry spokesman", "an army spokeswoman": one who speaks for the body the role names,
            # found below as "the ministry" would be)
            # "a police official", "an army officer", "one aid worker": someone the text does not
            # name; not a source named before or after, however the words around the head fit one
            return _Attribution(phrase, "", f"{phrase!r}: an unnamed person, no identifiable claimant", "indefinite")
        if words and words[0] in ("the", "that", "this") and head in _PERSON_NOUNS:
            # "the police official" after "a police official": the same unnamed person
            same = next((a for a in reversed(self._so_far) if a is not None and a.kind == "indefinite"
                         and a.phrase.lower().split()[-1] == words[-1]), None)
            if same is not None:
                return _Attribution(phrase, "", f"{phrase!r} refers back to {same.phrase!r}: no identifiable "
                                    f"claimant", "indefinite")
        # the countries the phrase itself names ("Israel's health ministry", "the Ghanaian defence minister"):
        # a role is then a source of that country, whatever country the document is about
        said = self.claimants._countries_in(phrase)
        if said and len(words) <= 2 and re.fullmatch(r"(?:the\s+)?[A-Z][\w'’ .-]+", phrase.strip()) and \
                not self.claimants._countries_in(re.sub(r"^(?:the\s+)", "", phrase.strip())).isdisjoint(said) and \
                self.claimants._country_pat.fullmatch(re.sub(r"^(?:the\s+)", "", phrase.strip())):
            # "Israel said", "Azerbaijan reported": a country speaking is its government
            gov = self.claimants.of_country(["government"], exclude=self.media, countries=said)
            if len(gov) == 1:
                return _Attribution(phrase, gov[0], f"{phrase!r}: a country speaking is its government, the one "
                                    f"government of {'/'.join(sorted(said))} in sources.csv ({gov[0]})", "registry")
        if len(words) <= 3 and not _ROLE_RE.search(phrase.lower()) and not said and \
                re.fullmatch(r"(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w'’-]+", phrase.strip()):
            # "Gomez said" after "Army General Ricardo Gomez": a surname of a person named before
            last_word = phrase.split()[-1]
            hits = {sid for pos, sid in self.mentions if pos < before and sid not in self.media
                    and any(len(n.split()) > 1 and n.split()[-1] == last_word for n in self.claimants.names_of(sid))}
            if len(hits) == 1:
                (sid,) = hits
                return _Attribution(phrase, sid, f"{phrase!r}: the surname of a person named earlier ({sid})", "named")
            introduced = self._introduced(last_word, before)
            if introduced is not None:
                return _Attribution(phrase, introduced[0], f"{phrase!r}: the surname of {introduced[1]!r}, introduced "
                                    f"earlier with the body they speak for ({introduced[0]})", "named")
        if words and words[0] in ("the", "this", "that") and len(words) <= 3 and head in _FACILITY_NOUNS:
            # "Forty were taken to the Hill Clinic, a children's hospital. The facility said two died": the
            # medical source named last before the words
            seen = [sid for pos, sid in self.mentions if pos < before and self.claimants.types.get(sid, "") == "medical"]
            if seen:
                return _Attribution(phrase, seen[-1], f"{phrase!r}: the medical facility named last before it "
                                    f"({seen[-1]})", "role")
        if words and words[0] in ("the", "this", "that") and head == "agency" and len(words) <= 4 \
                and set(words[1:-1]) <= {"news", "state", "official", "state-run", "government", "wire"}:
            # "Xinhua said 18 civilians died ... Arsonists set fire to 908 shops, the agency said": the news
            # agency named last before the words (an outlet, which role words otherwise never name)
            seen = [sid for pos, sid in self.mentions if pos < before and sid in self.media
                    and any(re.search(r"(?<![a-z])agency(?![a-z])", n.lower()) for n in self.claimants.names_of(sid))]
            if seen:
                return _Attribution(phrase, seen[-1], f"{phrase!r}: the news agency named last before it "
                                    f"({seen[-1]})", "role")
        org = _ORGANISATION_REF.fullmatch(" ".join(words))
        if org:
            # "According to the organization, 548 women were among the victims", "the group later announced", "the
            # rights group", "the monitor", "the rebels", "the group's director": the organisation named last before
            # the words (of the kind they say, if they say one), not a state's body, an outlet or a person
            kinds = next((_ORGANISATION_KINDS[w] for w in org.group("kind", "noun") if w in _ORGANISATION_KINDS), None)
            seen = [sid for pos, sid in self.mentions if pos < before and self._organisation(sid)
                    and (kinds is None or self.claimants.types.get(sid, "") in kinds)]
            if seen:
                return _Attribution(phrase, seen[-1], f"{phrase!r}: the organisation named last before it "
                                    f"({seen[-1]})", "role")
        described = self._described(phrase)
        if described:
            return _Attribution(phrase, described[0], described[1], "registry")
        roles = [m.group(1) for m in _ROLE_RE.finditer(phrase.lower())]
        seat = _SEAT_OF_POWER.search(phrase)
        seat_country, seat_role = _SEATS[_norm_seat(seat.group())] if seat else ("", "")
        if seat and not said:
            # "White House spokesman Larry Speakes", "the Kremlin": the seat stands for its country's government
            # (its defence ministry for "the Pentagon"), found in sources.csv as "the government" would be
            said = {seat_country}
            roles = roles + [seat_role]
        role = _ROLE_RE.search(phrase.lower())
        if role and words[0] in _INDEFINITE and role.end() >= len(phrase.lower().rstrip()) - 1:
            role = None  # "a war monitor", "a local official": someone new, not a source named before
        if seat and not said - {seat_country}:
            role = seat  # "The Pentagon", "a White House spokesman": the seat's body, as a role word would name it
        if role:
            # each role word, the telling ones first ("spokesman for the agency": agency, then spokesman)
            # an acronym in the words names the body ("the TASS agency"): not another agency named before
            acronyms = [a for a in re.findall(r"(?<![\w'’-])[A-Z]{2,}(?![\w'’-])", phrase)
                        if not self.claimants._countries_in(a)]
            for word in sorted(dict.fromkeys(roles), key=lambda w: w in _VAGUE_ROLES):
                fits = [(pos, sid) for pos, sid in self.mentions
                        if sid not in self.media and _role_in(word, self.claimants.names_of(sid), self._state(sid))
                        and (not said or not self.claimants.countries.get(sid) or said & self.claimants.countries[sid])
                        and _has_qualifiers(self.claimants.names_of(sid), qualifiers)
                        and self._has_acronyms(sid, acronyms)]
                earlier = [f for f in fits if f[0] < before]
                if not earlier and not said:
                    # a source named only later is the one meant when it is of the case's countries (or of none):
                    # Manila's "officials said" are not "The United States" that offered a reward further down
                    fits = [f for f in fits if not self.claimants.foreign(f[1])]
                pick = earlier[-1] if earlier else (fits[0] if fits else None)
                if pick:
                    where = "named earlier" if earlier else "named later in the document"
                    return _Attribution(phrase, pick[1], f"{phrase!r}: the {word} {where} ({pick[1]})", "role")
            if words[0] in ("the", "that", "this") and len(words) <= 3:
                # "The office later reported" after "the country's chief prosecutor says": a source that spoke
                # before, described there, one of whose names has the word
                for word in sorted(dict.fromkeys(roles), key=lambda w: w in _VAGUE_ROLES):
                    spoke = [b for b in self._so_far if b is not None and b.claimant and b.claimant not in self.media
                             and _role_in(word, self.claimants.names_of(b.claimant), self._state(b.claimant),
                                          whole=True)
                             # "The Ghanaian military said" is not the Qzland army that spoke before
                             and (not said or not self.claimants.countries.get(b.claimant)
                                  or said & self.claimants.countries[b.claimant])
                             and self._has_acronyms(b.claimant, acronyms)]
                    if spoke:
                        return _Attribution(phrase, spoke[-1].claimant, f"{phrase!r}: the {word} that spoke before, "
                                            f"{spoke[-1].phrase!r} ({spoke[-1].claimant})", "role")
            # named nowhere in the text: the one source of the document's country in sources.csv
            # whose name has every role word ("the defense ministry": its country's ministry of defence)
            kinds = [w for w in dict.fromkeys(roles) if w not in _VAGUE_ROLES]
            if not kinds and "government" in roles and (said or words[0] in ("the", "its", "their") or re.fullmatch(
                    r"(?:official\s+)?government\s+(?:statistics|figures|data|tally|tallies|count|estimates?|records)",
                    " ".join(words))):
                # "the government", "the Qzland government", "according to government statistics": the
                # country's government
                kinds = ["government"]
            # of the country the words name, else the document's, else (a case of several countries whose
            # document's country is not known) the one of any of the case's countries
            whose = said or ({self.claimants.country} if self.claimants.country else self.claimants.case_countries)
            registry = self.claimants.of_country(kinds, exclude=self.media, countries=whose) if kinds else []
            for other in ([] if len(registry) == 1 else _registry_kinds(kinds, phrase.lower())):
                # "the local police commander": the police; "Home Minister X", "the Minister of Health": the
                # ministry of that portfolio (a person's title, not a word of the body's name)
                registry = self.claimants.of_country(other, exclude=self.media, countries=whose)
                if len(registry) == 1:
                    kinds = other
                    break
            if not registry and kinds and not said and self.claimants.case_countries - whose:
                # none of the document's country: a war between two countries reported from the ground of one
                # ("the National Defense Ministry said" of soldiers killed in the neighbour's territory), the
                # one such body of the case's countries
                registry = self.claimants.of_country(kinds, exclude=self.media, countries=self.claimants.case_countries)
                if len(registry) == 1:
                    whose = self.claimants.case_countries
            if not registry and len(kinds) == 1 and kinds[0] in _ROLE_SYNONYMS:
                # "the military" named nowhere: the one state's body of that role by another word ("Qzland Army"),
                # never a rebel "Liberation Army"
                for other in _ROLE_SYNONYMS[kinds[0]]:
                    found = [sid for sid in self.claimants.of_country(other.split(), exclude=self.media, countries=whose)
                             if self._state(sid)]
                    if len(found) == 1:
                        registry, kinds = found, other.split()
                        break
            if len(registry) == 1 and set(kinds) <= {"group"} and not re.search(
                    r"(?<![a-z])(?:armed|rebel|militant|insurgent|jihadist|islamist|separatist|guerrilla|extremist"
                    r"|terrorist)s?(?![a-z])", phrase.lower()):
                # "civil society groups reported", "an advocacy group for herders said": a group of no named kind is
                # not the one armed group the country has in sources.csv
                return _Attribution(phrase, "", f"{phrase!r}: a group named nowhere in the text, of no armed kind; "
                                    f"not the one group of {'/'.join(sorted(whose))} in sources.csv ({registry[0]}); "
                                    f"no identifiable claimant", "unknown")
            if len(registry) == 1 and not _has_qualifiers(self.claimants.names_of(registry[0]), qualifiers):
                return _Attribution(phrase, "", f"{phrase!r}: the one {' '.join(kinds)} of {'/'.join(sorted(whose))} "
                                    f"in sources.csv ({registry[0]}) is not the {' '.join(qualifiers)} one; no "
                                    f"identifiable claimant", "unknown")
            if len(registry) == 1:
                return _Attribution(phrase, registry[0], f"{phrase!r}: named nowhere in the text; the one "
                                    f"{' '.join(kinds)} of {'/'.join(sorted(whose))} in sources.csv ({registry[0]}), "
                                    f"a guess from {'the country the words name' if said else 'the document' + chr(39) + 's country' if len(whose) == 1 else 'the case' + chr(39) + 's countries'}",
                                    "registry")
        return _Attribution(phrase, "", how, "unknown")

    def _relays(self, who: str) -> bool:
        """Whether attributing words name an outlet (a news agency, a newspaper) and no other source."""
        ids = {sid for start, _, written in self.claimants.find(who) for sid in self.claimants.ids_of(written)}
        return bool(ids) and ids <= self.media

    def _organisation(self, sid: str) -> bool:
        """Whether a source is what "the organization" or "the group" can stand for: a non-governmental,
        international or armed organisation, not a state's body (a government, or a party whose names carry its
        country: "Qzland Army"), an outlet, a reference or a person."""
        kind = self.claimants.types.get(sid, "")
        if sid in self.media or kind in _NOT_ORGANISATIONS:
            return False
        return kind != "belligerent" or not self.claimants.countries.get(sid)

    def _is_place(self, who: str, verb_at: int) -> bool:
        """Whether ``who``, the words before a verb at ``verb_at``, are only a place's name ("Eastmark", "the
        Delta region"), no source's."""
        bare = re.sub(r"^(?:the)\s+", "", " ".join(who.split()), flags=re.IGNORECASE)
        if not bare or self.claimants.find(bare):
            return False
        at = self.text.rfind(bare, 0, verb_at)
        got = self.places.mentions(self.text, at, at + len(bare)) if at >= 0 else []
        return bool(got) and got[0].start == at and re.fullmatch(
            r"\s*(?:(?:region|province|state|district|county|governorate)\s*)?", self.text[got[0].end:at + len(bare)]) is not None

    def _organisation_at(self, pos: int) -> bool:
        """Whether the source named at ``pos`` is named there as a body, not a person: by an acronym
        ("UN", "U.N.", "QRW") or by a name with a word of an institution or organisation ("United Nations",
        "the Interior Ministry", "Rights Watch")."""
        got = next((f for f in self.claimants.find(self.text[pos:pos + 160]) if f[0] == 0), None)
        if got is None:
            return False
        words = re.findall(r"[\w'’.-]+", got[2])
        if any(w.lower().strip("'’.") in _PERSON_TITLES for w in words):
            return False  # "Interior Minister Jo Tam", "President Tam": a person with a title
        return any(re.fullmatch(r"(?:[A-Z]\.?){2,6}", w) or w.lower().strip("'’") in _INSTITUTION_WORDS
                   or w.lower() in _ORGANISATION_WORDS for w in words)

    def _introduced(self, surname: str, before: int) -> tuple[str, str] | None:
        """(source, words) for a surname whose person the text introduced earlier with the body
        they speak for: as the attributing words of an earlier sentence that resolved to a source
        ("said Jo Tam, spokesman for the agency", "police chief Ada Tam said", then "Tam said"), or
        right after a source's name, with nothing but titles and names between ("the Qzland Army
        chief General Ada Tam dismissed the claim", then "Tam confirmed ...")."""
        word = re.compile(rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])")
        got = {a.claimant: a.phrase for a in self._so_far if a is not None and a.claimant
               and a.kind in ("named", "role", "registry", "speaker", "sentence")
               and len(a.phrase.split()) > 1 and word.search(a.phrase)}
        if not got:
            for m in re.finditer(rf"(?:[A-Z][\w'’.-]*\s+){{1,5}}?{re.escape(surname)}(?![\w'’-])", self.text[:before]):
                at = self.text.rfind(" ", 0, m.end() - len(surname) - 1)  # the first name's start
                if at < 0 or not re.match(r"\s*[A-Z]", self.text[at:]):
                    continue
                near = [(pos, sid) for pos, sid in self.mentions if sid not in self.media and m.start() - 80 <= pos < m.end()]
                for pos, sid in near:
                    end = pos + next((f[1] - f[0] for f in self.claimants.find(self.text[pos:pos + 120]) if f[0] == 0), 0)
                    between = self.text[end:m.end()].split()
                    if end and 1 <= len(between) <= 6 and re.match(r"\s", self.text[end:]) and all(
                            w[:1].isupper() or w in _PERSON_NOUNS for w in between):
                        got[sid] = " ".join(self.text[pos:m.end()].split())
        if len(got) == 1:
            return next(iter(got.items()))
        return None

    def names_before(self, sid: str, pos: int) -> bool:
        """Whether ``sid`` is named in the headline or lede, or before ``pos`` in its paragraph."""
        p_lo = self.paragraph_of(pos)[0]
        lede = self.paragraph_index(self.headline_end)
        return any(s == sid and (self.paragraph_index(at) <= lede or p_lo <= at < pos) for at, s in self.mentions)

    def _author(self) -> tuple[str, str] | None:
        """(source, words) of the report the title names ("... (Agency Daily Flash of 29 December)",
        "Agency Situation Report No. 5"): the source whose report the document is."""
        hi = self.headline_end or (self.paragraphs[0][1] if self.paragraphs else 0)
        for at, sid in self.mentions:
            if at >= hi or sid in self.media:
                continue
            m = _REPORT_AFTER.match(self.text, at, hi)
            if m:
                return sid, " ".join(m.group().split())
        # a statement's signature at its foot: "Issued by the / Ministry of Foreign Affairs and Communications"
        lo = self.text.rstrip().rfind("\n\n") + 2
        if lo > hi and (m := _SIGNED_BY.search(self.text, lo)):
            named = {sid for at, sid in self.mentions if at >= m.start() and sid not in self.media}
            if len(named) == 1:
                return next(iter(named)), " ".join(self.text[m.start():].split())[:80]
        return None

    def list_source(self, pos: int) -> tuple[str, str] | None:
        """(source, words) for an item of a list (a paragraph opening with a bullet or a number)
        whose introduction (the paragraph before the list, ending in ":") names one source:
        "The commission listed several incidents:" then "• On 3 May, ... killed eight civilians"."""
        if (under := self._table_source(pos)) is not None:
            return under
        k = self.paragraph_index(pos)
        if not _BULLET.match(self.text, self.paragraphs[k][0]):
            return None
        cache = self.__dict__.setdefault("_list_intro_of", {})  # item paragraph -> the one above the list
        walked = []
        while k > 0 and k not in cache and _BULLET.match(self.text, self.paragraphs[k][0]):
            walked.append(k)
            k -= 1
        k = cache.get(k, k)
        for j in walked:
            cache[j] = k
        lo, hi = self.paragraphs[k]
        intro = self.text[lo:hi].strip()
        if not intro.endswith(":"):
            return None
        i = self.sentence_of(hi - 1)
        a = self.attributions[i] if 0 <= i < len(self.attributions) else None
        if a is not None and a.claimant:
            return a.claimant, a.phrase
        named = {sid for at, sid in self.mentions if lo <= at < hi and sid not in self.media}
        if len(named) == 1:
            last = self.text[self.sentences[max(i, 0)]:hi].strip() if i >= 0 else intro
            return next(iter(named)), last[-80:]
        return None

    def _table_source(self, pos: int) -> tuple[str, str] | None:
        """(source, words) for a row of a table (short lines of a count and its words, one under another, no
        blank line between) whose block ends in a line "Source: X" naming one source that is not a medium:
        "Riyadh bomb victims" / "7 Americans" / "7 Saudis" / ... then "Source: Saudi Interior Ministry"."""
        at, rows = self.text.rfind("\n", 0, pos) + 1, 0
        while True:
            end = self._line_end(at)
            line = self.text[at:end].strip()
            if (m := _SOURCE_LINE.match(line)) and rows:
                named = {sid for a, sid in self.mentions if at <= a < end and sid not in self.media}
                return (next(iter(named)), m.group()) if len(named) == 1 else None
            if not _TABLE_ROW.fullmatch(line) or end >= len(self.text):
                return None
            rows += 1
            at = end + 1
            if self.text.startswith("\n", at):  # a blank line: the block ends, with a "Source" line after it only
                at += 1
                if not _SOURCE_LINE.match(self.text[at:self._line_end(at)].strip()):
                    return None

    def _line_end(self, at: int) -> int:
        end = self.text.find("\n", at)
        return len(self.text) if end < 0 else end

    def _fact_box(self, pos: int) -> bool:
        """Whether ``pos`` is in an item of a list under a title of its own ("Eastmark's troubled history
        with Westfold" then "• At least 9,000 people were killed in the two wars"): a box of facts in the
        writer's voice, no one's claim, when the title is no sentence and is no source's count."""
        lo = self.text.rfind("\n", 0, pos) + 1
        if not _BULLET.match(self.text, lo):
            return False
        # the answer is the list's, computed once per list: each line walked over keeps it (a long list would
        # otherwise be walked back over from each of its items)
        cache = self.__dict__.setdefault("_box_of_line", {})
        walked = []
        while lo > 0:  # back over the list's items (and blank lines between them) to the line above
            if lo in cache:
                got = cache[lo]
                break
            walked.append(lo)
            prev = self.text.rfind("\n", 0, lo - 1) + 1
            line = self.text[prev:lo]
            lo = prev
            if line.strip() and not _BULLET.match(line):
                got = self._box_title(lo)
                break
        else:
            got = False
        for at in walked:
            cache[at] = got
        return got

    def _box_title(self, lo: int) -> bool:
        """Whether the line at ``lo``, above a list, is a title of a box of facts (see _fact_box)."""
        hi = self.text.find("\n", lo)
        title = self.text[lo:hi if hi >= 0 else len(self.text)].strip()
        # (a title naming a source with a count's word is that source's list: "UNHCR figures", "Key data (WHO)")
        return bool(title) and title[-1] not in ".!?:\"”’)" and len(title.split()) <= 12 and not (
            any(lo <= at < lo + len(title) + 1 for at, _ in self.mentions)
            and re.search(rf"(?<![a-z]){_COUNTS}(?![a-z])", title.lower()))

    def _parts(self) -> dict[str, str]:
        """A body -> the one part of it that speaks in the document ("the UN" -> the UN refugee
        agency when "UNHCR says" in the text): a source one of whose proper names ("UN", "United
        Nations") is a word of the name of another source that speaks here. "The UN said" in a text
        where one UN agency speaks is that agency's statement, as the lede's "UN" of a UNHCR release."""
        out = {}
        for sid in {a.claimant for a in self.attributions if a is not None and a.claimant} | self.named_sources:
            if self.claimants.types.get(sid, "") == "government":
                # (a state speaking, "Paraguay says", "authorities said", is its government, not narrowed to the
                # ministry the text quotes on something else: the labelled README's "a country speaking is its
                # government"; the parts rule is for a body of many offices, "the UN" where UNHCR speaks)
                continue
            if sid in self.media or self.claimants.types.get(sid, "") in ("individual", "witness"):
                continue  # (a person is no body with parts: two survivors "(Tandahimba)" share a place, no more)
            own = [n for n in self.claimants.names_of(sid) if n[:1].isupper() and len(n) >= 2]
            parts = {other for other in self.speakers if other != sid and other not in self.media and any(
                re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", m) for n in own for m in self.claimants.names_of(other))}
            if len(parts) == 1:
                out[sid] = next(iter(parts))
        return out

    def _described(self, phrase: str) -> tuple[str, str] | None:
        """(source, why) when the words describe one source by the words of its name: "the regional
        interior ministry in Eastmark" is the source named "Eastmark Interior Ministry", "prosecutors in the
        state of Eastmark" the "Eastmark prosecutors": every content word of the phrase in one source's
        names (plurals alike), one of them an institution's word, at least two; not a media source."""
        if self.claimants.find(phrase) or len(phrase.split()) > 8:
            return None
        low = re.sub(r"'s(?![a-z])", "", phrase.lower().replace("’", "'"))
        content = [w for w in re.findall(r"[a-z]+", low) if w not in _DESCRIPTION_STOP]
        media_words = any(w in _MEDIA_NOUNS for w in content)  # "the state television": a broadcaster may speak
        if len(content) < 2 or not any(w in _INSTITUTION_WORDS or w.rstrip("s") in _INSTITUTION_WORDS or w in _MEDIA_NOUNS
                                       for w in content):
            return None
        def has(names, w):
            stem = w[:-1] if w.endswith("s") and len(w) > 3 else w
            return any(re.search(rf"(?<![a-z]){re.escape(stem)}s?(?![a-z])", n.lower()) for n in names)
        # (a body of a known country only in a text of that country, or where the words name it: "the
        # country's chief prosecutor" in a text about one country is not another country's prosecutor)
        # (a territory's administering state too: France's interior ministry in a text about Guadeloupe)
        whose = self.claimants._countries_in(phrase) or with_administering(self.claimants.case_countries)
        # (nor a body whose names carry a place of its own the text never names: Balochistan's health minister is
        # not "the health minister" of a text about Lebanon)
        hits = [sid for sid in self.claimants._names if (sid not in self.media or media_words)
                and sid not in self.claimants.placeless
                # (a witness is a person who speaks for themself: "Security officers" describe no "security
                # officer Ahmed Ali", whose role is in his name)
                and self.claimants.types.get(sid, "") != "witness"
                and all(has(self.claimants.names_of(sid), w) for w in content)
                and (not whose or not self.claimants.countries.get(sid) or self.claimants.countries[sid] & whose)
                # (nor a group whose name carries another country than the text's: "A human-rights group" in a text
                # about Guinea is not the "Cuban legal-aid and human rights group")
                and (not whose or not self.claimants.named_countries.get(sid)
                     or self.claimants.named_countries[sid] & whose or sid in self.claimants.named_with_country)]
        if len(hits) > 1 and whose:
            # "The interior ministry" in a text about Guadeloupe: France's, not a ministry whose names carry no country
            hits = [sid for sid in hits if self.claimants.countries.get(sid, set()) & whose]
        if len(hits) != 1:
            return None
        return hits[0], (f"{phrase!r} describes {hits[0]} by the words of its name ({', '.join(content)}); "
                         f"named nowhere in the text by that name, a guess")

    def _has_acronyms(self, sid: str, acronyms: list[str]) -> bool:
        """Whether one of ``sid``'s names holds each acronym ("TASS" of "the TASS agency")."""
        return all(any(re.search(rf"(?<![A-Za-z]){a}(?![A-Za-z])", n) for n in self.claimants.names_of(sid))
                   for a in acronyms)

    def _joint(self, phrase: str) -> str:
        """Why attributing words name two bodies at once ("police and military officials", "the
        ministry and the UN"), or "": a figure two bodies gave together is no one source's claim.
        "The UN and others" names one body; a name holding "and" ("Ministry of Health and ...") is one."""
        if len([p for p in phrase.split(";") if p.strip()]) > 1:
            return f"{phrase!r} lists several sources: no one source's claim (claimant left empty)"
        for m in re.finditer(r"\s+(?:and|&)\s+", phrase):
            if any(f[0] < m.start() and m.end() < f[1] for f in self.claimants.find(phrase)):
                continue  # "and" inside a source's name
            parts = phrase[:m.start()], phrase[m.end():]
            if len(parts[0].split()) > 4 or re.search(r"(?<![a-z])(?:from|of|by|with|citing|on|in)\s", parts[0].lower()):
                continue  # "RFA from accounts from residents and the army": the "and" is inside a phrase
            bodies = [bool(self.claimants.find(p)) or bool(_ROLE_RE.search(p.lower()))
                      # ("a provincial health director and a U.N. official": a person of another office speaks too)
                      or bool(_OFFICE_PERSON.search(p.lower())) for p in parts]
            if all(bodies):
                return f"{phrase!r} names two bodies together: no one source's claim (claimant left empty)"
        return ""

    def _attributions(self) -> list[_Attribution | None]:
        out: list[_Attribution | None] = []
        self._so_far = out
        last, last_at = None, -1
        speakers = {}
        for lo, hi in self.paragraphs:
            m = _SPEAKER.match(self.text, lo, hi)
            if m and not m.group("who").isupper() and not self.places.mentions(m.group("who")):
                speakers[lo] = m.group("who")
            m = _LABEL.match(self.text, lo, hi)
            if m and m.group("gap") and all(w[:1].isupper() for w in m.group("who").split()) and not any(
                    w.lower() in _INSTITUTION_WORDS for w in m.group("who").split()):
                m = None  # "Moscow : The toll in the riots ...": a wire's dateline, not a speaker (but "Qzland Army
                # spokesman : ..." speaks)
            if m and _BYLINE_LABEL.search(m.group("who")):
                m = None  # "TNI Bureau: At least 22 ...", "Web Desk: ...": the outlet's byline, not a speaker
            if m and lo not in speakers and self.claimants.resolve(m.group("who"), state=False)[0]:
                # "Iraqi officer: A coalition airstrike killed ...", a known source (not "China: Police shoot dead
                # 3 ...", a headline's country)
                speakers[lo] = m.group("who")
        for i in range(len(self.sentences)):
            lo, hi = self.sentence_span(i)
            phrase, kind = self._phrase(lo, hi)
            if kind == "passive":
                # "Several others were said to be missing", "it was reported that": said, by no one named
                a = _Attribution(phrase, "", f"the passive {phrase!r} ... names no one who said it", "passive")
                out.append(a)
                last, last_at = a, lo
                continue
            if kind == "disputed":
                # "Jo Tam disputed estimates that placed the toll as high as 1,200": the figure is of reports the
                # speaker disputes, whose authors the words do not name; a pronoun after it is still the speaker
                out.append(_Attribution(phrase, "", f"{phrase!r} disputes reports or estimates that give the "
                                        f"figure, whose authors are not named: no identifiable claimant", "disputed"))
                speaker = phrase[:_DISPUTING.search(phrase.lower() + " ").start()].strip()
                last, last_at = self._resolve(speaker, lo, last, (lo, hi), last_at), lo
                continue
            if not phrase:
                p_lo = self.paragraph_of(lo)[0]
                if p_lo in speakers:
                    phrase = speakers[p_lo]
            if not phrase:
                out.append(None)
                continue
            a = self._resolve(phrase, lo, last, (lo, hi), last_at)
            at = self.text.find(phrase, lo, hi)
            if not a.claimant and a.kind == "unknown" and at >= 0:
                app = _APPOSITIVE.match(self.text, at + len(phrase), hi)
                role = self._resolve(app.group("app"), lo, last) if app and _ROLE_RE.search(app.group("app").lower()) \
                    else None
                if role is not None and role.claimant:
                    # "said Jo Tam, spokesman for the agency": the role in the apposition after the name
                    a = _Attribution(phrase, role.claimant, f"{phrase!r}, {app.group('app')!r}: {role.how}", "role")
            if not a.claimant and a.kind == "unknown" and at >= 0 and _SPEAKER_LIKE.match(phrase):
                # "An IDP from the camp, Bukar Kashim, said": the one source named right beside the
                # attributing words (an apposition), not anywhere in the sentence; only when the words
                # are a speaker (a name, "a resident"), not a clause ("deadliest incident")
                near = {sid for pos, sid in self.mentions if sid not in self.media and pos not in self.disputing
                        and max(lo, at - APPOSITION) <= pos <= min(hi, at + len(phrase) + APPOSITION)
                        # (not a group named as the doer, by its name before what it did: "Jordanian authorities
                        # announced they had foiled an IS plot")
                        and not _DOER_NOUN_AFTER.match(self.text, self.mention_end[pos])}
                # (not a city in the dateline before the words: "MOSCOW – A top official in Qzland said")
                dateline = _CAPS_DATELINE_BEFORE.match(self.text[lo:hi])
                if dateline:
                    near = {sid for pos, sid in self.mentions if sid in near and not lo <= pos < lo + dateline.end()}
                if len(near) == 1:
                    (sid,) = near
                    a = _Attribution(phrase, sid, f"{a.how}; claimant {sid}: the one source named beside "
                                     f"{phrase!r}", "sentence")
            cite = _CITING.search(self.text, at + len(phrase), hi) if at >= 0 else None
            if cite:
                # "AFP reported Tuesday, citing aid workers": the cited are the claimant, the reporter a relay
                cited = self._resolve(cite.group("who"), lo, last)
                if not cited.claimant and a.claimant and re.search(
                        r"(?<![a-z])(?:sources?|officials?|officers?|insiders?)\s*$", cite.group("who").lower()):
                    # "the X television channel said citing security sources": unnamed sources behind a named
                    # reporter leave the figure the reporter's
                    a = _Attribution(a.phrase, a.claimant, f"{a.how}; it cites {cite.group('who')!r}, unnamed: "
                                     f"the figure stays {a.claimant}'s", a.kind)
                elif not cited.claimant and a.claimant and a.claimant not in self.media and re.match(
                        r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:data|figures|numbers|records|information|reports?|counts?|tallies"
                        r"|estimates?)(?![\w-])", cite.group("who").lower()):
                    # "..., deputy governor Emil Dardak told Metro TV, citing data collected by local police from 10
                    # hospitals": a source who speaks for itself, from figures nobody is named for, gives its own count
                    a = _Attribution(a.phrase, a.claimant, f"{a.how}; it cites {cite.group('who')!r}, no one named: "
                                     f"the figure stays {a.claimant}'s", a.kind)
                else:
                    a = _Attribution(cite.group("who"), cited.claimant, f"{phrase!r} cites {cite.group('who')!r}: "
                                     f"{cited.how or 'no known source'}", cited.kind)
            quoting = _QUOTED_AS_SAYING.search(self.text, lo, hi) if at >= 0 and not a.claimant else None
            if quoting and " ".join(quoting.group("who").split()) == phrase and not re.search(
                    r"(?<![\w'’-])[A-Z]",
                    re.sub(r"^(?:an?|the|some|several|two|three)\s+", "", phrase, flags=re.IGNORECASE)) \
                    and re.search(r"(?<![a-z])(?:sources?|officials?|officers?|insiders?|ministers?)\s*$", phrase.lower()):
                # "Lusa also quoted hospital sources as saying that 11 ...", "The Interfax news agency quotes a
                # government minister as saying ...": an official unnamed, whom the one who quotes stands behind (not
                # "quoted a resident as saying": a private person's word, relayed)
                quoter = self.claimants.named_in(self.text[lo:quoting.start()])
                if len(quoter) == 1:
                    (sid,) = quoter
                    a = _Attribution(a.phrase, sid, f"{a.how}; {sid} quotes them, an official unnamed: the figure "
                                     f"is {sid}'s", "named")
            opener = _QUOTING_OPENER.match(self.text, lo, hi) if at >= 0 else None
            if opener and opener.end() <= at:
                # "Quoting the report of the ambassador, Hernandez said 10 ...": the quoted report is the claimant,
                # the speaker a relay
                quoted = self._resolve(opener.group("who"), lo, last)
                if quoted.claimant:
                    a = _Attribution(opener.group("who"), quoted.claimant, f"{phrase!r} quotes {opener.group('who')!r}: "
                                     f"{quoted.how}", quoted.kind)
            if phrase == speakers.get(self.paragraph_of(lo)[0]) and a.claimant:
                a = _Attribution(a.phrase, a.claimant, f"speaker {phrase!r} of the paragraph -> {a.claimant}", "speaker")
            out.append(a)
            last, last_at = a, lo
        self._cited_after(out)
        self._lede_sources(out)
        return out

    def _cited_after(self, out: list[_Attribution | None]) -> None:
        """Outlets that report a figure, then a sentence of whom they cited: "The newspaper X reported 54 were
        killed. The channel Y reported at least 50 killed. Both cited Ruy Medina, the director of the hospital":
        the one cited is the claimant of the sentences before (two with "Both", one with "It", "The paper"), in
        the same paragraph, whose own source is none or an outlet."""
        for i in range(1, len(self.sentences)):
            lo, hi = self.sentence_span(i)
            m = _CITED_AFTER.match(self.text, lo, hi)
            if m is None:
                continue
            cited = self._resolve(m.group("who"), lo, None)
            if not cited.claimant:
                continue
            n = 2 if m.group("n").lower() in ("both", "they") else 1
            para = self.paragraph_of(lo)
            for j in range(i - 1, max(-1, i - 1 - n), -1):
                b = out[j]
                if self.sentences[j] < para[0] or b is None or b.claimant and b.claimant not in self.media:
                    break
                out[j] = _Attribution(b.phrase, cited.claimant, f"{b.phrase!r}, who cite {m.group('who')!r} in the "
                                      f"sentence after: {cited.how}", cited.kind)

    def _unnamed(self, phrase: str) -> bool:
        """Whether attributing words name no one ("officials", "local authorities", "the West
        African nation's military junta"): no capitalised word left once country words,
        regions and role words are set aside."""
        rest = _REGION_WORDS.sub(" ", phrase)
        if self.claimants._country_pat is not None:
            rest = self.claimants._country_pat.sub(" ", rest)
        for w in re.findall(r"[\w'’-]+", rest):
            low = w.lower().replace("’", "'").removesuffix("'s")
            if w[0].isupper() and low not in _COMMON_CAPITALISED and not _ROLE_RE.fullmatch(low):
                return False
        return True

    def _lede_sources(self, out: list[_Attribution | None]) -> None:
        """A lede's unnamed source ("..., officials said", "local authorities said") is the one the
        next paragraph names ("'There are nine dead,' the prefect X told local radio"), else the
        headline's ("... - police"): wire style names the source a paragraph down."""
        lede = self.paragraph_index(self.headline_end)
        # (the official sources that speak near the top: one cited for background far below, "a truth commission
        # ... ascribed 70,000 deaths", is not a second candidate)
        official = {b.claimant for j, b in enumerate(out) if b is not None and b.claimant
                    and self.claimants.types.get(b.claimant, "") in _OFFICIAL_TYPES
                    and self.paragraph_index(self.sentences[j]) <= lede + 4}
        # a paragraph after the lede that repeats its unnamed words ("..., Qzland officials say." then
        # "..., Qzland officials said.") is part of it: the source is named further down
        ledes, unnamed = [lede], {_norm(b.phrase) for j, b in enumerate(out) if b is not None and not b.claimant
                                  and b.kind == "unknown" and self.paragraph_index(self.sentences[j]) == lede}
        while True:
            first = next((b for j, b in enumerate(out) if b is not None
                          and self.paragraph_index(self.sentences[j]) == ledes[-1] + 1), None)
            if first is None or first.claimant or _norm(first.phrase) not in unnamed:
                break
            ledes.append(ledes[-1] + 1)
        for i, a in enumerate(out):
            lo = self.sentences[i]
            if a is None or a.claimant or a.kind != "unknown" or lo < self.headline_end or \
                    self.paragraph_index(lo) not in ledes or not self._unnamed(a.phrase):
                continue
            if not _OFFICIAL_ROLE.search(a.phrase.lower()) or len(official) > 1:
                continue  # "locals and media", "activists", "the group": no official; "Ukrainian officials"
                # when the text names several official sources: several of them
            is_official = lambda b: b.claimant and self.claimants.types.get(b.claimant, "") in _OFFICIAL_TYPES  # noqa: E731
            nxt = [b for j, b in enumerate(out) if b is not None
                   and self.paragraph_index(self.sentences[j]) == ledes[-1] + 1]
            pick, where = (nxt[0], "the next paragraph") if nxt and is_official(nxt[0]) else (None, "")
            if pick is None:
                head = [b for j, b in enumerate(out[:i]) if b is not None and is_official(b)
                        and self.sentences[j] < self.headline_end]
                pick, where = (head[0], "the headline") if head else (None, "")
            said = self.claimants._countries_in(a.phrase)
            if pick is not None and said and self.claimants.countries.get(pick.claimant) \
                    and not said & self.claimants.countries[pick.claimant]:
                pick = None  # "U.S. intelligence officials" in the lede are not the headline's Polish ministry
            if pick is not None and not said and self.claimants.foreign(pick.claimant):
                pick = None  # a Manila story's "officials said" are not "The United States" that offered a reward
            if pick is not None:
                out[i] = _Attribution(a.phrase, pick.claimant, f"{a.phrase!r} names no one in the lede; {where} names "
                                      f"{pick.phrase!r} -> {pick.claimant} (a guess from the document)", "lede")
        self._lede_descriptions(out)
        self._country_authorities(out)
        self._lede_official(out)

    def _lede_official(self, out: list[_Attribution | None]) -> None:
        """A lede's indefinite official ("A police official says ...", "..., a provincial official said") is
        the official source the rest of the lede or the next paragraph names with the same word ("Police
        Assistant Commissioner X said", "X, a spokesperson for the provincial administration, said"): wire
        style names the official a sentence down. Never named there, the official stays unnamed (none)."""
        lede = self.paragraph_index(self.headline_end)
        for i, a in enumerate(out):
            lo = self.sentences[i]
            k = self.paragraph_index(lo)
            if a is None or a.claimant or a.kind != "indefinite" or lo < self.headline_end or k > lede + 1:
                continue
            words = [w for w in re.findall(r"[a-z]+", a.phrase.lower())]
            if len(words) < 3 or words[-1] not in ("official", "officer", "spokesman", "spokeswoman", "spokesperson"):
                continue
            marks = {w for w in words[1:-1] if w not in _INDEFINITE and not self.claimants._countries_in(w.title())}
            if not marks:
                continue
            later = [b for j, b in enumerate(out) if j > i and b is not None and b.claimant
                     and b.kind in ("named", "role", "registry", "speaker")
                     and self.claimants.types.get(b.claimant, "") in _OFFICIAL_TYPES
                     and self.paragraph_index(self.sentences[j]) <= k + 1]
            pick = next((b for b in later if marks & set(re.findall(r"[a-z]+", " ".join(
                [b.phrase, *self.claimants.names_of(b.claimant)]).lower()))), None)
            if pick is not None:
                out[i] = _Attribution(a.phrase, pick.claimant, f"{a.phrase!r} in the lede; the official named next "
                                      f"with the same word, {pick.phrase!r} -> {pick.claimant}", "lede")

    def _country_authorities(self, out: list[_Attribution | None]) -> None:
        """A country's unnamed authorities ("Russian authorities reported", "Qzland officials said",
        "the Eastmark government said"), left unresolved by the lede's rules, are the one government
        of that country in sources.csv, or the one source known as "<the same words> authorities" or
        "... government" (the body's own names: "South Ossetian officials" are the "South Ossetian
        authorities"). A lede's officials take the official the body names first (``_lede_sources``)."""
        for i, a in enumerate(out):
            if a is None or a.claimant or a.kind != "unknown":
                continue
            m = re.fullmatch(r"(?:[Tt]he\s+)?(?P<who>[A-Z][\w'’.-]*(?:[\s-]+[A-Z][\w'’.-]*){0,3}?)(?:['’]s)?\s+"
                             r"(?P<role>authorities|officials|government|administration)", a.phrase.strip())
            if not m:
                continue
            who = m.group("who")
            named = {self.claimants.resolve(f"{who} {w}")[0] for w in ("authorities", "government")} - {""}
            how = f"{a.phrase!r}: the {who} {'/'.join(sorted(named))} of sources.csv, by the words of its name"
            if not named:
                said = self.claimants._countries_in(who)
                if not said or not self.claimants._country_pat.fullmatch(who):
                    continue
                named = set(self.claimants.of_country(["government"], exclude=self.media, countries=said))
                how = (f"{a.phrase!r}: a country's unnamed {m.group('role')}, its one government in sources.csv "
                       f"({'/'.join(sorted(named))}), a guess")
            if len(named) == 1:
                out[i] = _Attribution(a.phrase, next(iter(named)), how, "registry")

    def _lede_descriptions(self, out: list[_Attribution | None]) -> None:
        """A lede that describes its source without naming it ("a minister said", "a pro-democracy
        group said", "local media reported") means the source a paragraph or two down names with the
        same noun ("the security minister X said", "local media outlet Y said"), or, for a body
        ("group", "media", "agency"), the one the next paragraph opens with: wire style names the
        source after the lede."""
        lede = self.paragraph_index(self.headline_end)
        for i, a in enumerate(out):
            lo = self.sentences[i]
            k = self.paragraph_index(lo)
            if a is None or a.claimant or a.kind != "unknown" or lo < self.headline_end or k > lede + 1:
                continue
            words = re.findall(r"[a-z]+", a.phrase.lower())
            if not words or not (words[0] in _INDEFINITE or words[0] == "local") or words[-1] in _PERSON_NOUNS \
                    or self.claimants.find(a.phrase) or re.search(r"\s(?:and|&)\s", a.phrase):
                continue  # "a resident", "a police official": an unnamed person; "locals and media": several
            head = words[-1]
            later = [(j, b) for j, b in enumerate(out) if j > i and b is not None and b.claimant
                     and b.kind in ("named", "role", "registry", "speaker")
                     and self.paragraph_index(self.sentences[j]) <= k + 2]
            pick = next((b for j, b in later if re.search(rf"(?<![a-z]){head}s?(?![a-z])", b.phrase.lower())
                         or any(re.search(rf"(?<![a-z]){head}s?(?![a-z])", n.lower())
                                for n in self.claimants.names_of(b.claimant))), None)
            where = "a later paragraph, with the same noun,"
            if pick is None and head in _BODY_NOUNS:
                # a body of the kind the noun says: a news outlet for "media", not a person for "group"
                media_noun = head in _MEDIA_NOUNS
                nxt = [b for j, b in later if self.paragraph_index(self.sentences[j]) in (k + 1, k + 2)
                       and self.sentences[j] == self.paragraphs[self.paragraph_index(self.sentences[j])][0]
                       and b.kind == "named"
                       and (self.claimants.types.get(b.claimant, "") == "media") == media_noun
                       and self.claimants.types.get(b.claimant, "") not in ("individual", "witness")]
                pick, where = (nxt[0], "a paragraph just below, opening with it,") if nxt else (None, "")
            if pick is not None:
                out[i] = _Attribution(a.phrase, pick.claimant, f"{a.phrase!r} describes its source without naming "
                                      f"it; {where} names {pick.phrase!r} -> {pick.claimant} (a guess)", "lede")

    def clause(self, s_lo: int, s_hi: int, pos: int) -> tuple[int, int]:
        lo, hi = s_lo, s_hi
        breaks = [m.span() for m in _CLAUSE_BREAK.finditer(self.text, s_lo, s_hi)]
        lead = _LEADING_CONTRAST.match(self.text, s_lo, s_hi)
        if lead:  # "While X placed the toll at 21, Y said ...": the clause of contrast ends at its first comma
            breaks = [lead.span("end")] + [(a, b) for a, b in breaks if a >= lead.end()]
        for at, end, _ in self.mention_spans(s_lo, s_hi):
            # "... said at least six were killed and STv reported 10 deaths": a known source with its own reporting
            # verb after "and" opens a clause of its own
            conj = re.search(r"\s+and\s+(?:the\s+)?\Z", self.text[max(s_lo, at - 12):at])
            if conj and _OWN_REPORT_AFTER.match(self.text, end):
                breaks = sorted(breaks + [(at - len(conj.group()), at)])
        for start, end in breaks:
            if end <= pos:
                lo = end
            elif start >= pos:
                hi = start
                break
        return lo, hi

    def relative_claimant(self, s_lo: int, s_hi: int, pos: int) -> str:
        """The source a relative clause with a reporting word speaks for, when the number is in
        that clause ("..., claimed by the X group, which in turn claimed to have killed ten ..."):
        the source named last before ", which"; "" otherwise."""
        for m in _RELATIVE_SAYS.finditer(self.text, s_lo, s_hi):
            if m.end() <= pos and not re.search(r"[;.]|,\s+(?:while|whereas|but)\s", self.text[m.end():pos]):
                named = [sid for at, sid in self.mentions if s_lo <= at < m.start() and sid not in self.media]
                if named and m.start() - max(at for at, sid in self.mentions if at < m.start()) < 80:
                    return named[-1]
        return ""

    def counted_only(self, lo: int, hi: int) -> set[str]:
        """The sources named between ``lo`` and ``hi`` only inside a counted number's words (``self.counted``,
        the spans of the text's numbers with their nouns): "Eleven Kenyan police officers were killed ...,
        according to a new toll" names the dead, not a source ("..., police said" names it again, outside)."""
        inside, outside = set(), set()
        for pos, sid in self.mentions:
            if lo <= pos < hi:
                # (also the group the counted belong to, named right after their noun: "killed at least 20 militants
                # from the Tehreek-e-Taliban Pakistan", "12 fighters of the Qzland Liberation Front")
                (inside if any(a <= pos < b or a < b <= pos and self._member_of(a, b, pos)
                               for a, b in self.counted) else outside).add(sid)
        return inside - outside

    def _member_of(self, start: int, end: int, pos: int) -> bool:
        """Whether the source named at ``pos`` is the armed group the fighters counted in ``start:end`` belong to,
        named right after their noun, with its appositions ("20 militants from the Tehreek-e-Taliban Pakistan, TTP,
        the country's homegrown Taliban group"): no sentence end, bracket or reporting word between. (Not the
        employer of people counted, nor a body named after "one of": "two workers from MSF", "director of one of
        the clinics ... Jo Tam said".)"""
        between = self.text[end:pos]
        noun = re.search(r"([a-z-]+)\W*\Z", self.text[start:end].lower())
        return noun is not None and noun.group(1) in _FIGHTER_NOUNS and pos - end <= 90 \
            and _GROUP_OF_AFTER.match(between) is not None and not re.search(r"[.;:()\n]", between) \
            and not any(_clause_verbs(between.lower()))

    def clause_claimant(self, lo: int, hi: int) -> str:
        """The one source named in a clause that also has a reporting word ("while the IOM
        reports that more than 15 million ..."), not one named only as the counted
        (:meth:`counted_only`)."""
        low = self.text[lo:hi].lower()
        verbs = [m for m in _clause_verbs(low) if not _inside_quote(low[:m.start()])]
        if not verbs:
            return ""  # (a reporting word inside a quotation, "the "deadliest incident documented"", is the quote's)
        if all(re.search(r"(?<![a-z])(?:which|that)\s+(?:it|they|he|she)\s+\Z", low[:m.start()]) for m in verbs) \
                and not self.subject_named(lo, hi):
            return ""  # "prompting Ankara to contact the UN over the incident, which it said went too far": the
            # pronoun speaks, not the source named as the one contacted (but "Hezbollah appealed to the army to
            # arrest those behind the ambush, which it said killed two": the subject it refers back to)
        dateline = _CAPS_DATELINE_BEFORE.match(self.text[lo:hi])  # "MOSCOW – ...": the city is no speaker
        lo = lo + dateline.end() if dateline else lo
        if any(lo <= pos < hi for pos in self.disputing):
            return ""  # "..., an assertion the army rejected", "the army rejected the X account and said": no guess
        ids = {sid for pos, sid in self.mentions if lo <= pos < hi and sid not in self.media}
        ids -= self.counted_only(lo, hi)
        return next(iter(ids)) if len(ids) == 1 else ""

    def _adds(self, j: int) -> bool:
        """Whether sentence j's attribution adds a claim ("NEMA also disclosed that ..."), so
        that it does not reach back to the sentences before it."""
        lo, hi = self.sentence_span(j)
        return _ADDS.search(self.text[lo:hi]) is not None

    def own_work(self, s_lo: int, pos: int) -> tuple[str, str] | None:
        """(source, words) when the sentence before the number says a source itself found or saw
        what the number counts: its subject names the source, then a verb of its own work ("Researchers
        for Watchlight identified 12 of the dead", "The Watchlight team interviewed 52 survivors",
        "An Agency investigation found", "Agency reporters saw about 10 bodies"). A news outlet counts
        only as its reporters', researchers' or investigation's work; a body named short ("the Watchlight
        team") only by the first word of a name the document gave in full before."""
        m = _OWN_WORK.match(self.text, s_lo, pos)
        if not m:
            return None
        subject = m.group("subject")
        lo = m.start("subject")
        ids = {sid for at, sid in self.mentions if lo <= at < m.end("subject")}
        if not ids:
            first = {}
            for at, sid in self.mentions:
                if at < s_lo:
                    for n in self.claimants.names_of(sid):
                        w = n.split()[0] if len(n.split()) > 1 else ""
                        if len(w) >= 4 and w[0].isupper() and w.lower() not in _INSTITUTION_WORDS and \
                                not self.claimants._countries_in(w):
                            first.setdefault(w, set()).add(sid)
            ids = {sid for w in re.findall(r"[A-Z][\w'’-]+", subject) if len(first.get(w, ())) == 1 for sid in first[w]}
            if not ids or not _WORK_NOUNS.search(subject):
                return None
        if len(ids) != 1:
            return None
        (sid,) = ids
        if sid in self.media and not _WORK_NOUNS.search(subject):
            return None
        # "The Qzland army offensive saw 40 civilians killed": the source's work is not what a subject names that
        # is more than the source and its working people; the source opens the subject (after an article or
        # "Researchers for"), the rest capitalised words and work nouns; "saw" only with a work noun
        if m.group("verb") == "saw" and not _WORK_NOUNS.search(subject):
            return None
        names = {w.lower() for n in self.claimants.names_of(sid) for w in re.findall(r"[\w'’.-]+", n)}
        opening = True
        for w in re.findall(r"[\w'’.-]+", subject):
            lw = w.lower()
            if _WORK_NOUNS.fullmatch(lw) or (opening and lw in _OWN_WORK_OPENING):
                continue
            if lw in names or w[0].isupper():
                opening = False
            else:
                return None
        return sid, " ".join(m.group().split())

    def own_work_after(self, pos: int, s_hi: int) -> tuple[str, str] | None:
        """(source, words) when the sentence ends by naming a source's own work as where the figure
        comes from: "Close to 600 people died ..., evidence from an Agency investigation suggests", "...,
        a Watchlight analysis found": one source named in the work's words, beside a work noun."""
        m = _OWN_WORK_AFTER.search(self.text, pos, s_hi)
        if not m:
            return None
        ids = {sid for at, sid in self.mentions if m.start("subject") <= at < m.end("subject")}
        return (next(iter(ids)), " ".join(m.group().split(", ")[-1].split())) if len(ids) == 1 else None

    def counts_of(self, lo: int, hi: int) -> str:
        """The words in text[lo:hi] that make a source named there the owner of a count ("UNHCR
        figures", "the ministry's tally", "data from the WHO"), or "": a source merely named ("in
        what the UN called ...", "the army battles on") is no claimant."""
        for pos, sid in self.mentions:
            if lo <= pos < hi and sid not in self.media:
                m = _COUNT_NOUN_AFTER.match(self.text, pos, hi)
                if m:
                    return " ".join(m.group().split())
        m = _COUNT_NOUN_BEFORE.search(self.text, lo, hi)
        return " ".join(m.group().split()) if m else ""

    def attributed_before(self, i: int) -> bool:
        """Whether a sentence of sentence i's paragraph before it has attributing words."""
        p_lo = self.paragraph_of(self.sentences[i])[0]
        return any(self.attributions[j] is not None for j in range(i) if self.sentences[j] >= p_lo)

    def _sourced_after(self, p_hi: int) -> _Attribution | None:
        """The attribution of the paragraph after the one ending at ``p_hi`` when it opens by pointing back to
        what came before ("This is reported by Sputnik, citing data from the Ministry of Health.", "This was
        announced by the police."), naming a known source; else None."""
        k = bisect_right(self.sentences, p_hi) - 1
        while k < len(self.sentences) and (k < 0 or self.sentences[k] < p_hi):
            k += 1
        if k >= len(self.sentences) or self.text[p_hi:self.sentences[k]].strip():
            return None
        lo, hi = self.sentence_span(k)
        a = self.attributions[k]
        if not _POINTS_BACK.match(self.text, lo, hi):
            return None
        cite = _CITING.search(self.text, lo, hi)
        if cite and (a is None or not a.claimant or a.claimant in self.media):
            # "This is reported by Sputnik, citing data from the Ministry of Health": the body cited
            cited = self._resolve(cite.group("who"), lo, None)
            if cited.claimant:
                return _Attribution(cite.group("who"), cited.claimant, f"{cited.how} (cited in "
                                    f"{' '.join(self.text[lo:hi].split())[:60]!r})", "named")
        return a if a is not None and a.claimant else None

    def carried(self, i: int, pos: int | None = None) -> tuple[_Attribution | None, str]:
        """The attribution a sentence without one takes from the sentences around it:
        the nearest attributing sentence of its paragraph; else the nearest earlier one that
        names a known source; else the document's first (the lede's, for a headline)."""
        lo, hi = self.sentence_span(i)
        p_lo, p_hi = self.paragraph_of(lo)
        same = [j for j in range(len(self.sentences)) if j != i and self.attributions[j] is not None
                and p_lo <= self.sentences[j] < p_hi and (j < i or not self._adds(j))]
        new_item = _NEW_ITEM.match(self.text, lo)
        # (not "Hours later, the toll rose to 20": the same event told further)
        turn = new_item or (_HOURS_LATER.match(self.text, lo) if _ANOTHER_ATTACK.search(self.text, lo, hi) else None)
        if turn and re.search(r"(?<![a-z])(?:toll|more|bodies|died\s+of|succumbed|rose|risen)(?![a-z])",
                              self.text[lo:hi].lower()):
            turn = None  # ("Hours earlier, the toll stood at eight", "Hours later, 12 more died of their wounds")
        if same and turn and not turn.group().strip().lower().startswith("the previous") and max(same) < i:
            # "..., according to the mayor's office. Hours earlier, a police helicopter was shot down, killing 12":
            # the writer turns to another event; the account before it in the paragraph does not reach it
            return None, ""
        if same:
            j = min(same, key=lambda j: (abs(j - i), j > i))
            return self.attributions[j], "the same paragraph"
        after = self._sourced_after(p_hi)
        if after is not None and lo >= self.headline_end:
            # "The number of people injured ... increased to 590. One person died." then "This is reported by
            # Sputnik, citing data from the Ministry of Health": the paragraph after names the source of this one
            return after, "the paragraph after, which points back to it"
        # a list item: the source its introduction names ("The commission listed incidents:")
        listed = self.list_source(lo)
        if listed is not None and self.paragraph_of(lo)[0] == p_lo:
            sid = listed[0]
            got = next((a for a in self.attributions if a is not None and a.claimant == sid), None)
            if got is not None:
                return got, "the list's introduction"
        if listed is None and self._fact_box(lo if pos is None else pos):
            return None, ""
        # the first source the document names; an unnamed person ("a police official said") counts,
        # as nobody: the lede is theirs, not a source named further down
        # (named in the lede or the paragraph after it, as wire style names a lede's source: "Israel said" three
        # paragraphs down is not the lede's)
        lede = self.paragraph_index(self.headline_end)
        first = next((a for j, a in enumerate(self.attributions) if a is not None
                      and (a.claimant or a.kind in ("indefinite", "joint")) and (j < i or not self._adds(j))), None)
        if first is not None:
            j = self.attributions.index(first)
            if self.paragraph_index(self.sentences[j]) > lede + 1:
                first = None
        if first is not None and (lo < self.headline_end or self.paragraph_index(lo) <= self.paragraph_index(
                self.headline_end)):
            return first, "the document's lead"  # a headline or the lede: the first source the document names
        if new_item or turn:
            # "Meanwhile, at least 16 people were killed in ...", "Earlier on Sunday, troops killed three ...": the
            # writer turns to another event; the account of the paragraph before does not reach it
            return None, ""
        earlier = [j for j in range(i) if self.attributions[j] is not None and self.attributions[j].claimant]
        # Beyond the paragraph just before, an unattributed sentence (background, the reporter's own words) is
        # nobody's.
        if earlier and self.paragraph_index(self.sentences[earlier[-1]]) == self.paragraph_index(lo) - 1:
            return self.attributions[earlier[-1]], "the paragraph before"
        voiced = [j for j in range(i) if self.attributions[j] is not None]
        if voiced and self.paragraph_index(self.sentences[voiced[-1]]) == self.paragraph_index(lo) - 1 and \
                (self.attributions[voiced[-1]].kind == "indefinite" or not self.attributions[voiced[-1]].claimant
                 and self.attributions[voiced[-1]].phrase.lower().split()[0] in _INDEFINITE):
            # "A local inhabitant told the radio that ... ." then "The vehicle crashed, killing two": the account
            # of the paragraph before goes on, someone's the text does not identify, not the document's source
            return self.attributions[voiced[-1]], "the paragraph before"
        # Further on, a sentence is nobody's, even where the document reports one source: the labelled set
        # (1,727 figures over seventeen parts) read such a sentence as the writer's own voice 42 times and as
        # the one source's 32, and the parts measured later leaned further that way (tenth round)
        return None, ""

    # dates
    def _incident_days(self) -> list[tuple[int, str, str, frozenset]]:
        """(offset, YYYY-MM-DD, words, p-codes) of every day in the body that dates an incident:
        day words resolved against the publication date, not a statement's day ("said on
        Wednesday") nor a dateline. The p-codes are the units named with that day: after it up
        to the sentence's next day ("on 19 September in Eastmark and on 22 September in
        Westfold"), else anywhere in its sentence."""
        out = []
        if not self.published:
            return out
        out = self._incident_days_in(self.headline_end, len(self.text))
        if not out and self.headline_end:
            # "Strike kills five in Qzland on Tuesday" over a body that names no day: the headline's day
            out = self._incident_days_in(0, self.headline_end)
        if not out:
            # "The violence ... broke out on Wednesday night, when two workers were killed": when the document
            # names no other day of its violence, the day it began dates it
            out = self._incident_days_in(self.headline_end, len(self.text), starts=True)
        return [(at, self.evening_before(day, codes, out) or day, words, codes) if _OVERNIGHT.search(words) else
                (at, day, words, codes) for at, day, words, codes in out]

    def evening_before(self, day: str, codes: frozenset = frozenset(), days: list | None = None) -> str | None:
        """The day before ``day`` when the document names it for the same violence in words of its
        own ("on Wednesday night", "last night"; a bare "on Wednesday" only where neither names a
        unit or both name the same, ``codes`` being the overnight's units): then "overnight",
        which counts as the morning the night ended (``day``), is that evening's night. None when
        the document names no such day."""
        try:
            eve = f"{pd.Timestamp(day) - timedelta(days=1):%Y-%m-%d}"
        except ValueError:
            return None
        days = self.incident_days if days is None else days

        def same_night(words: str, units: frozenset) -> bool:
            if codes and units and not codes & units:
                return False  # another place's violence ("on Thursday in Millbrook"; overnight in Harbor Town)
            return bool(_NIGHT.search(words) or codes & units or not codes and not units)

        return eve if any(d == eve and not _OVERNIGHT.search(w) and _NAMED_DAY.search(w) and same_night(w, units)
                          for _, d, w, units in days) else None

    def _violence_weekday_after(self, s_hi: int, found: list) -> bool:
        """Whether the sentence after the one ending at ``s_hi`` tells of violence and names its day by weekday or
        by "yesterday", "last night" (one of the dates ``found``), not the day of a statement ("said Sunday")."""
        if s_hi >= len(self.text):
            return False
        nxt_hi = self.sentence_span(self.sentence_of(s_hi))[1]
        # (or of a train, a building wrecked on that day: "Three cars ... went off the tracks on Friday evening")
        return nxt_hi > s_hi and bool(_VIOLENCE.search(self.text[s_hi:nxt_hi].lower())
                                      or any(_WRECKED_BEFORE.search(self.text, s_hi, o.start())
                                             for o in found if s_hi <= o.start() < nxt_hi)) and any(
            s_hi <= o.start() < nxt_hi and _WEEKDAY_OR_NOW.search(o.group()) and not _not_a_date(self.text, o)
            and (not _dates_a_saying(self.text, s_hi, o) or _event_day(self.text, o))
            for o in found)

    def _incident_days_in(self, lo: int, hi: int, starts: bool = False) -> list[tuple[int, str, str, frozenset]]:
        out, tolls, said_days = [], [], set()
        found = list(_SENTENCE_DATE.finditer(self.text, lo, hi))
        for k, m in enumerate(found):
            words = " ".join(m.group().split())
            since_event = words.lower().startswith("since ") and _SINCE_DAYS_EVENT.match(self.text, m.end())
            if since_event:
                # "for the first time since Saturday's attempted coup": the day of the event the story tells of
                words = words[6:].strip()
            elif words.lower().startswith("since") or _not_a_date(self.text, m):
                continue  # (nor "Today newspaper said", "the attempted overnight putsch")
            p_lo, p_hi = self.paragraph_of(m.start())
            if self.text[p_lo:p_hi].strip() == m.group().strip():
                continue  # a dateline
            s_lo, s_hi = self.sentence_span(self.sentence_of(m.start()))
            dl = _DATELINE.match(self.text, p_lo, p_hi)
            if dl and _dateline_date_span(dl)[0] <= m.start() < dl.end() and (
                    any(o is not m and dl.end() <= o.start() < s_hi
                        and (not _STATEMENT_BEFORE.search(self.text[s_lo:o.start()].lower()) or _event_day(self.text, o))
                        for o in found)
                    or self._violence_weekday_after(s_hi, found)):
                # the day the text was filed, when its own sentence names the day of the violence ("KAFR BATIKH, Syria,
                # 14 December 2015 (Levant Wire) - Air strikes hit ... on Sunday"), or the sentence after it names the
                # violence's weekday ("KAMPALA, Uganda, Feb 22, 2004 (AP) - ... killing at least 192 people, the
                # area's legislator said Sunday. The attack Saturday evening on Barloonyo camp ..."); a dateline alone
                # may be it
                continue
            if dl and _dateline_date_span(dl)[0] <= m.start() < dl.end() \
                    and (said := _statement_day(self.text, s_lo, s_hi, self.published, self.language)) is not None \
                    and said[0] == resolve_date(words, self.published, language=self.language)["period_end"]:
                # its sentence says the count was given that day: "CONAKRY, Sept 18 Eight bodies ... were found after
                # an attack ..., a government spokesman said on Thursday": the day of the saying, set aside for a
                # day of the incident the text names further on ("the incident, which took place on Tuesday")
                said_days.add(m.start())
            if _STATEMENT_BEFORE.search(self.text[s_lo:m.start()].lower()) and not _event_day(self.text, m):
                continue  # (but "reports that Monday's attack was staged by two": the attack's day, in the report)
            if _SINCE_BEFORE.search(self.text[s_lo:m.start()].lower()):
                continue  # "since they began on September 30": the start of a running total
            if _BIRTHDAY_BEFORE.search(self.text, max(s_lo, m.start() - 40), m.start()):
                continue  # "Trooper Bates, who would have turned 41 on Sunday, died": a birthday, not the incident's day
            if starts and not (re.search(_DEAD_WORDS, self.text[s_lo:m.start()].lower()) or re.match(
                    rf"[^.;]{{0,20}}?(?<![a-z])(?:when|killing|leaving)(?![a-z])[^.;]{{0,100}}?{_DEAD_WORDS}",
                    self.text[m.end():s_hi].lower()) or self._began_day_before(words, s_lo, m.start())):
                continue  # (the day fighting began is the day of its dead only where the sentence tells of them with
                # it: "killed ... in the riot that erupted on Sunday", "broke out on Wednesday, when two were killed";
                # not "began on Wednesday, and by Friday 30 had been killed")
            if not starts and _START_BEFORE.search(self.text[s_lo:m.start()].lower()):
                continue  # "the fighting that broke out on December 15": when something began
            if _STATEMENT_AFTER.match(self.text, m.end()):
                continue  # "On Friday it was reported that ...": the report's day
            before_day = self.text[s_lo:m.start()].lower()
            number_before = re.search(r"[\d,.]+(?:\s+(?:people|dead|deaths))?\s+\Z", before_day)
            # "The death toll ... rose to 62 on Saturday", "and on Tuesday it rose again to 45": the day the toll stood
            # at, not an incident's (kept aside: it stands for the incident only when no day of it comes before)
            toll_day = bool(number_before and _TOLL_ROSE_BEFORE.search(before_day[:number_before.start()]) or re.match(
                r"\s*,?\s*(?:and\s+)?(?:the\s+(?:death\s+)?toll|it)\s+(?:has\s+|had\s+)?(?:rose|risen|climbed"
                r"|increased|reached|jumped)",
                self.text[m.end():m.end() + 40], re.IGNORECASE))
            # (also the day in brackets after another: "By yesterday (Tuesday) only 18 bodies had been found")
            by = re.search(r"(?<![a-z])by\s+(?:(?:yesterday|today|[a-z]+day)\s*\(\s*)?\Z",
                           self.text[max(s_lo, m.start() - 20):m.start()].lower())
            if _BY_DAY.match(f"by {words}" if by else words):
                continue  # "by Wednesday afternoon the toll had risen": the day a count stood at, not the incident's
            if words.lower() == "today" and _inside_quote(self.text[p_lo:m.start()]):
                continue  # '"Today, we can verify the death of 14 people," the minister said': the speaker's now
            if re.search(r"(?<![a-z])(?:concluded|ended|were\s+completed|was\s+completed|completed|finished|wrapped\s+up"
                         r"|called\s+off|suspended)\s+(?:on\s+|late\s+|early\s+)?\Z",
                         self.text[max(s_lo, m.start() - 30):m.start()].lower()) and re.search(
                    r"(?<![a-z])(?:rescue|search|recovery|clean-?up|debris|demining)(?![a-z])", self.text[s_lo:m.start()].lower()):
                continue  # "Search and rescue operations at the site of the attack concluded on July 9": the day
                # the work ended, not the attack's
            if _EARLIER_EVENT_BEFORE.search(self.text[s_lo:m.start()]):
                continue  # "following an earlier strike on Sunday": an earlier incident's day, not the story's
            if _TRUCE_BEFORE.search(self.text[max(s_lo, m.start() - 120):m.start()].lower()):
                continue  # "breaks the cease-fire the Basque separatist group called on March 22": a truce's day
            if _ACT_DAY_BEFORE.search(self.text, max(s_lo, m.start() - 120), m.start()):
                continue  # "clashes ... following the announcement on Tuesday of the re-election", "a call ... for a
                # national day of protest on Friday": the day of a political act, or of a protest to come
            if _FOLLOWS_BEFORE.search(self.text[s_lo:m.start()]):
                continue  # "It follows the fatal stabbing of an official on Saturday": what set the story off
            if _SPARKED_AFTER.match(self.text, m.end(), s_hi):
                continue  # "10 Muslims beaten to death on June 3 by a mob ..., which sparked the violence": the day
                # of what set the story's violence off, not of that violence
            if _RECOVERY_BEFORE.search(self.text[max(s_lo, m.start() - 120):m.start()].lower()) and (any(
                    o is not m and s_lo <= o.start() < s_hi for o in found)
                    or _INCIDENT_BEFORE_IT.search(self.text[s_lo:s_hi].lower())):
                continue  # "officers recovered the bodies Friday morning", beside "clashed Thursday night"; "His body
                # was found by soldiers on Friday near where the ambush occurred"
            if re.match(r"\s+(?:laid\s+to\s+rest|buried)(?![a-z])", self.text[m.end():m.end() + 20]) or re.search(
                    r"(?<![a-z])(?:funerals?|burials?|buried|laid\s+to\s+rest)(?![a-z])[^.;]{0,30}\Z",
                    self.text[max(s_lo, m.start() - 40):m.start()].lower()):
                continue  # "the victims were yesterday laid to rest": the burial's day, not the killing's
            if re.search(r"(?<![a-z])the\s+death\s+(?:on\s+|late\s+|early\s+)?\Z", self.text[max(s_lo, m.start() - 20):m.start()].lower()) \
                    and re.match(r"(?:\s+(?:night|morning|evening|afternoon))?\s+of\s+(?:one|a|an|another|two|three)(?![a-z])",
                                 self.text[m.end():m.end() + 40].lower()):
                continue  # "With the death on Saturday night of one of the members, ... the incident in Zahedan on
                # Friday has increased to five": a wounded man dying later, not the incident's day
            later = _LATER_DEATHS.search(self.text[s_lo:s_hi].lower())
            if later and m.start() >= s_lo + later.start():
                continue  # "two of those died on Friday morning during surgery": the wounded dying later, not the day
                # of the incident that wounded them
            if _CAMPAIGN_AFTER.match(self.text, m.end()) and re.search(
                    r"(?:['’]s|(?<![a-z])(?:the|a|an))\s*\Z", self.text[max(s_lo, m.start() - 6):m.start()].lower()):
                continue  # "Zemland's August 8 military offensive": when a campaign of many days began
            if re.search(r"(?<![a-z])between\s*\Z", self.text[max(s_lo, m.start() - 12):m.start()].lower()) and \
                    re.match(r"\s+and\s", self.text[m.end():m.end() + 6]):
                continue  # "between Tuesday and Thursday night": the window ends on the second day
            if re.search(r"(?<![a-z])(?:between|from)\s*\Z", self.text[max(s_lo, m.start() - 12):m.start()].lower()) \
                    and re.search(r"\d\s*(?:and|&|to|-|–)\s*\d", m.group()):
                continue  # "between April 18 and 25": a window's days, not an incident's
            if not _VIOLENCE.search(self.text[s_lo:s_hi].lower()) and not _HAPPENED.search(self.text, s_lo, m.start()) \
                    and not _WRECKED_BEFORE.search(self.text, s_lo, m.start()) and not since_event \
                    and not (starts and self._began_day_before(words, s_lo, m.start())):
                continue  # "Residents returned on Saturday", "As of Monday, ... had arrived": no incident
                # (but "The incident happened on Friday, May 5th", "The tragic events took place on Sunday": the
                # story's incident, named by a word that says no violence; and, in the last pass, "The rioting
                # erupted Sunday" the day before publication)
            named_attack = _NAMED_ATTACK.match(self.text[m.end():m.end() + 50])
            low_s = self.text[s_lo:s_hi].lower()
            # (not the "since" of a comparison: "killing at least 28 ... in the worst setback since June")
            totals = [t.group() for t in _TOTAL_WORDS.finditer(low_s)
                      if not (t.group() == "since" and _COMPARED_BEFORE.search(low_s[:t.start()]))]
            # (in the last pass, "Security forces have killed at least 25 inmates at the prison where a riot broke
            # out late on Wednesday": the perfect of news a day or two old, told with the day the riot began)
            perfect_only = starts and bool(totals) and all(re.match(r"ha(?:s|ve)\s", t) for t in totals) \
                and bool(_START_BEFORE.search(self.text[s_lo:m.start()].lower()))
            if totals and not perfect_only and not _SINGLE_STRIKE.search(self.text[s_lo:s_hi].lower()) \
                    and not named_attack and not since_event:
                continue  # a sentence about a total over time dates no incident (but "Tuesday's attack in Inates
                # was the deadliest ... since the violence began in 2015" names the attack's day)
            said = ""
            if _A_DAY_EARLIER.fullmatch(words) and not re.match(r"(?:a|one)\s", words.lower()) \
                    and not _VIOLENCE.search(self.text[max(s_lo, m.start() - 50):m.start()].lower()):
                continue  # "Slovenia's declaration of independence two days earlier": no violence's day
            if _A_DAY_EARLIER.fullmatch(words):
                said = self.day_named_before(m.start())
                if said == "":
                    continue  # "In 2019, gunmen stormed Parliament; a day earlier ...": no day to count back from
            got = resolve_date(words, self.published, language=self.language, said=said or "",
                               narrative=narrative_year(self.text, m.start(), words, self.published))
            if perfect_only and not _SINGLE_STRIKE.search(self.text[s_lo:s_hi].lower()) and not named_attack and not (
                    got["date_precision"] == "day" and len(self.published) == 10
                    and 0 <= (pd.Timestamp(self.published) - pd.Timestamp(got["period_end"])).days <= 3):
                continue
            back = _years_back(got["period_end"], self.text, m.end(), self.published) \
                if got["date_precision"] == "day" else None
            if back:  # "on May 2 ten years ago", "that fateful May 2 two decades ago": the day, so many years back
                got = {**got, "period_end": back[0]}
                words += f" {back[1]}"
            night = re.match(r"\s+(?:night|evening)(?![a-z])", self.text[m.end():m.end() + 12], re.IGNORECASE)
            words += night.group().rstrip() if night else ""  # "Wednesday night": kept for the overnight rule
            if got["date_precision"] == "day" and got["counting_basis"] == "incident":
                before = _DAY_BEFORE_AFTER.search(self.text, m.end(), s_hi)
                if before and not any(m.end() <= o.start() < before.start() for o in found):
                    # "remained jailed on Sunday ... for the attacks the previous night": the day before
                    got = {**got, "period_end": f"{pd.Timestamp(got['period_end']) - timedelta(days=1):%Y-%m-%d}"}
                    words += f" ({' '.join(before.group().split())})"
                nxt = found[k + 1].start() if k + 1 < len(found) and found[k + 1].start() < s_hi else s_hi
                # (not a dateline's unit: where the reporter filed from)
                units = [u for u in self.places.mentions(self.text, m.end(), nxt) if u.kind == "unit" and not u.dateline] \
                    or [u for u in self.places.mentions(self.text, s_lo, s_hi) if u.kind == "unit" and not u.dateline]
                if not units and self.places.country:
                    # "Iran also staged air strikes late on Monday in Iraq and Syria": a day of violence in other
                    # countries only, no day of the document's own (see incident_day)
                    # (where it happened, not who did it: "launched by Iran on Saturday", "U.S. air strikes")
                    abroad = {u.codes[0] for u in self.places.mentions(self.text, m.end(), nxt)
                              if u.kind == "country" and u.locative and not u.origin and not u.dateline} \
                        or {u.codes[0] for u in self.places.mentions(self.text, s_lo, s_hi)
                            if u.kind == "country" and u.locative and not u.origin and not u.dateline} \
                        or _countries_in_after(self.text, m.end(), nxt)  # (countries the case's table lacks)
                    if abroad and self.places.country not in abroad:
                        self.days_abroad.add(m.start())
                (tolls if toll_day else out).append((m.start(), got["period_end"], words,
                                                     frozenset(c for u in units for c in u.codes)))
        for toll in tolls:
            week_before = f"{pd.Timestamp(toll[1]) - timedelta(days=7):%Y-%m-%d}"
            if not any(week_before <= d[1] <= toll[1] for d in out):
                out.append(toll)  # "The death toll ... reached 32 last night", and no day of the massacre itself
        if said_days and any(d[0] not in said_days and _HAPPENED.search(self.text, max(0, d[0] - 120), d[0])
                             for d in out):
            # the day of the saying, when the text names the day the incident itself "took place" (not another
            # incident's day further on: "a suicide blast ... on Monday")
            out = [d for d in out if d[0] not in said_days]
        return sorted(out)

    def _began_day_before(self, words: str, s_lo: int, at: int) -> bool:
        """Whether the day ``words`` (at ``at``, in a sentence from ``s_lo``) is the day before publication and
        the sentence tells of violence that broke out then ("The violence erupted in Port Moresby on Wednesday
        evening" in a Thursday's text): the story's violence, in a text naming no other day of it, and giving no
        count as it stood by a later day ("By Friday morning, 12 had been killed")."""
        if len(self.published) != 10 or not re.search(
                r"(?<![a-z])(?:violence|clashes|fighting|rioting|riots?|unrest)\s+(?:[\w-]+\s+){0,2}?(?:erupted|broke\s+out"
                r"|flared)(?![a-z])", self.text[s_lo:at].lower()):
            return False
        if _BY_LATER_DAY.search(self.text, at):
            return False
        got = resolve_date(words, self.published, language=self.language)
        return got["date_precision"] == "day" and \
            f"{pd.Timestamp(self.published) - timedelta(days=1):%Y-%m-%d}" == got["period_end"]

    def day_named_before(self, pos: int) -> str | None:
        """The day "a day earlier" at ``pos`` counts back from: the last day the text names before it ("On March 3,
        gunmen stormed Parliament. A day earlier, ..."; "The military today surrounded Parliament, where the
        gunmen who stormed it a day earlier ..."), the publication's when it names none before; "" when the
        words before name no day ("In 2019, ... a day earlier"), so that no day is given."""
        before = [m for m in _SENTENCE_DATE.finditer(self.text, 0, pos)
                  if not m.group().lower().startswith("since") and not _A_DAY_EARLIER.fullmatch(m.group().strip())
                  and not _not_a_date(self.text, m)]
        if not before:
            return None
        got = resolve_date(" ".join(before[-1].group().split()), self.published, language=self.language)
        return got["period_end"] if got["date_precision"] == "day" else ""

    def incident_day(self, pos: int, codes: frozenset = frozenset(),
                     several: bool = False) -> tuple[str, str, bool] | None:
        """(day, words, by place) of the nearest incident day before ``pos``, else the first
        after it; among the days named with one of ``codes`` (the units of the figure's own
        sentence) when there are any: each incident of a list keeps its own day. A count of
        several attacks (``several``) ends on the latest of those days. A day told only of
        violence in other countries (``days_abroad``) dates no figure outside its paragraph."""
        days = [d for d in self.incident_days if d[3] & codes] if codes else []
        by_place = bool(days)
        # (not a day told only of violence in other countries, in another paragraph than the figure's)
        p_lo, p_hi = self.paragraph_of(pos)
        days = days or [d for d in self.incident_days if d[0] not in self.days_abroad or p_lo <= d[0] < p_hi]
        if several and days:
            pick = max(days, key=lambda d: (d[1], -d[0]))
            return pick[1], pick[2], by_place
        before = [d for d in days if d[0] < pos]
        pick = before[-1] if before else (days[0] if days else None)
        return (pick[1], pick[2], by_place) if pick else None


# --------------------------------------------------------------------------- who published the document

# Words of a web host that name no publisher ("www.", "news.", "gov" in "mod.gov.xx")
_HOST_WORDS = {"www", "www2", "m", "amp", "news", "en", "english", "eng", "gov", "org", "com", "net", "int", "co",
               "ac", "edu", "info", "blog", "blogspot", "mobile", "web"}


_REPORT_SLUG_WORDS = {"report", "reports", "update", "bulletin", "sitrep", "briefing", "factsheet", "snapshot"}


def _url_report_author(url: str, claimants: Claimants, media: set[str]) -> tuple[str, str] | None:
    """(source, words) of a report whose page address opens its last part with its author's abbreviation and
    calls it a report ("/report/qzland/qrw-monthly-monitoring-report-august-2031"): the one source, not an outlet,
    with that abbreviation (three letters or more) among its names."""
    path = re.sub(r"^[a-z]+://[^/]*", "", str(url or "").strip()).split("?")[0].strip("/")
    slug = path.split("/")[-1].lower() if path else ""
    words = [w for w in re.split(r"[-_.]+", slug) if w]
    if len(words) < 2 or not _REPORT_SLUG_WORDS & set(words) or len(words[0]) < 3:
        return None
    hits = {sid for sid, names in claimants._names.items() if sid not in media
            and any(re.fullmatch(r"[A-Z]{3,}", n) and n.lower() == words[0] for n in names)}
    if len(hits) != 1:
        return None
    return next(iter(hits)), slug


def _url_author(url: str, claimants: Claimants, media: set[str], outlet: str = "") -> tuple[str, str] | None:
    """(source, host) of a document published on a body's own website ("www.amnesty.org",
    "www.unhcr.org"): the one source, not an outlet, known by the host's name as its
    abbreviation ("UNHCR") or as the first word of its name ("Amnesty International"). Its
    report is that body's, as a report whose title names its author (``_Document._author``).
    A host the outlet is named by ("metro.co.uk" of the outlet "Metro (UK)") is the outlet's
    own website: it names no body ("Metro Police") unless the outlet is that body."""
    host = re.sub(r"^[a-z]+://", "", str(url or "").strip().lower()).split("/")[0].split(":")[0]
    outlet_words = set(re.findall(r"[a-z0-9]+", str(outlet or "").lower()))
    outlet_ids = {sid for s, _e, name in claimants.find(str(outlet or "")) for sid in claimants.ids_of(name, outlet[:s])}
    outlet_ids |= {outlet} if outlet in claimants.types else set()  # an outlet given by its id ("amnesty")
    labels = [w for w in host.split(".")[:-1] if w not in _HOST_WORDS]
    if not labels:
        return None
    hits = set()
    for label in labels:
        if len(label) < 3:
            continue
        for sid, names in claimants._names.items():
            if sid in media:
                continue
            for n in names:
                words = n.split()
                if not words or (n.lower() != label and words[0].lower() != label):
                    continue
                acronym = len(words) == 1 and re.fullmatch(r"[A-Z]{3,}", n) is not None
                # (not a word that only qualifies a body's common noun or a person's title after it: "Metro
                # Police" is no name "metro.co.uk" gives, nor "Garda Commissioner Drew Harris" "crisis24.garda.com"'s,
                # nor "Minsk City Emergency Hospital" "data.minsk.by"'s)
                first = (len(words) > 1 and re.fullmatch(r"[A-Z][a-z]{3,}", words[0]) is not None
                         and words[0].lower() not in _INSTITUTION_WORDS and words[0].lower() not in _HOST_FIRST_STOP
                         and not any(w.lower() in _HOST_BODY_NOUNS for w in words[1:]))
                if claimants._countries_in(words[0]):
                    # "www.qzland.gov.qz", "www.qzland.com": a country's name or adjective ("Qzland Police
                    # Service", "Colombian Army") is any of that country's bodies or outlets, none by itself
                    continue
                if label in outlet_words and sid not in outlet_ids:
                    continue
                if (acronym and n.lower() == label) or (first and words[0].lower() == label):
                    hits.add(sid)
    if len(hits) != 1:
        return None
    return next(iter(hits)), host


# the common nouns of a body and the titles of a person: a word before them qualifies them ("Metro Police")
_HOST_BODY_NOUNS = (_INSTITUTION_WORDS - {"the", "a", "an", "of", "and", "for", "on", "in", "to", "human", "rights",
                                          "national", "people's", "peoples", "coalition", "alliance"}) | {
    "hospital", "hospitals", "clinic", "parliament", "senate", "assembly", "congress", "sheriff", "sheriff's"}
_HOST_FIRST_STOP = {"parliament", "senate", "assembly", "congress", "hospital", "united", "international", "world", "global",
                    "human", "humanitarian", "council", "union", "european",
                    "african", "islamic", "arab", "american", "save", "doctors", "medical",
                    # a person's title before a name ("Vice Mayor Paolo Duterte") is no body's name: not "www.vice.com"
                    "vice", "deputy", "mayor", "chief", "president", "minister", "governor", "general", "colonel",
                    "captain", "lieutenant", "major", "sergeant", "senator", "acting", "former", "senior", "director",
                    "spokesman", "spokeswoman", "spokesperson", "secretary", "prime", "inspector", "commissioner",
                    "judge", "sheikh", "brigadier", "commander", "superintendent", "professor", "doctor"}


# A train, a bus, a building wrecked on the day ("Three cars of the train went off the tracks on Friday evening"): the
# incident, in words that say no violence
_WRECKED_BEFORE = re.compile(r"(?<![\w-])(?:derailed|went\s+off\s+the\s+(?:tracks|rails)|came\s+off\s+the\s+(?:tracks|rails)"
                             r"|capsized|collapsed|caught\s+fire)\s+(?:late\s+|early\s+)?(?:on\s+)?\Z", re.IGNORECASE)
# "Hours later, a drone downed a police helicopter ...": another attack, told after the first (not a toll told again)
_HOURS_LATER = re.compile(r"\s*hours\s+later(?![a-z])", re.IGNORECASE)
_ANOTHER_ATTACK = re.compile(r"(?<![a-z])(?:downed|shot\s+down|exploded|detonated|ambushed|attacked|stormed|opened\s+fire"
                            r"|struck|hit|blew\s+up|bombed|shelled|raided|crashed)(?![a-z])", re.IGNORECASE)
_PRONOUN_BUT_SAYS = re.compile(r"\s*(?P<who>He|She|They|We)\s+[^.;:\"“”]{0,120}?,?\s+(?:but|and)\s+(?:also\s+|later\s+)?"
                               r"(?:said|says|added|told|confirmed|announced|stated)(?![a-z])")
_DEAD_WORDS = r"(?<![a-z])(?:killed|killing|died|dead|deaths?|wounded|injured)(?![a-z])"
_NOT_CONFIRMING_AFTER = re.compile(r"\s+(?:could\s+not|couldn[’']t|cannot|can[’']t|did\s+not|didn[’']t|would\s+not"
                                   r"|wouldn[’']t|was\s+unable\s+to|were\s+unable\s+to|declined\s+to|refused\s+to)"
                                   r"\s+(?:immediately\s+|independently\s+)?confirm(?![a-z])", re.IGNORECASE)
