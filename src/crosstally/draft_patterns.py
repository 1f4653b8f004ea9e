"""The drafter's words: the regular expressions, word sets and small pure helpers it reads a document with.

Part of the drafter (:mod:`crosstally.draft`): ``draft_document`` and ``_Document``
(:mod:`crosstally.draft_doc`) match these against a figure's clause, sentence, paragraph and
headline. Nothing here holds state or reads a case: each pattern is compiled once, on import, and
each helper is a function of its arguments only. In sections, in the order a reader meets them:

- **draft_document's limits and a figure's own sentence**: how far before the case a window is
  context, how long a quote may be; hedges ("reportedly"), denials, contested words, running
  totals ("has killed", "so far"), words whose day depends on when they were said, "the first two
  days of the operation";
- **small text helpers**: the paragraph and the quote around a number, a number's text, the wire
  service a dateline names (``_wire``);
- **the document around a figure**: who speaks: pronouns, organisation, role and title words
  (``_role_in``, ``_qualifiers``), seats of power, a body's own work ("An X investigation found"),
  appositions, tolls raised or revised, datelines, accusations, ministers' portfolios
  (``_registry_kinds``), speaker labels, citing and quoting, disputes, dashes and brackets,
  sources after a headline;
- **lists, report titles and clauses**: list items (``_BULLET``), reports named after their author,
  relative clauses that report, where a clause breaks and its reporting verbs (``_clause_verbs``);
- **what a count is**: one attack or several, a total over time, the wounded dying later, arrests so
  far, the dead found, unrest over a country, a count as it stands now, people who have fled;
- **the day of a figure**: bodies recovered, a part of the count before, "as of the end of", "the
  same day", a campaign's start, "since ...", an earlier incident, "the night before", a named day, a
  comparison ("the worst since"), and ``_comma_segment``, the stretch between commas around a number;
- **background**: a sentence opening on an earlier time (``_past_frame``), a war's whole span, a
  total over time (``_background``), words inside a quotation (``_inside_quote``);
- **a figure's sentence read by draft_document**: two sides fighting each other
  (``_between_sides``), a place's size and troops sent right before a number (not counts of people
  hurt).

It imports only the parts below it (:mod:`crosstally.draft_common`, :mod:`crosstally.draft_dates`,
:mod:`crosstally.draft_claimants`); :mod:`crosstally.draft_doc` and :mod:`crosstally.draft` import
from it.
"""
from __future__ import annotations

import re

import pandas as pd

from .draft_common import _CONTEXT_WORDS
from .draft_dates import _MONTHS
from .draft_claimants import Claimants, _INSTITUTION_WORDS


# --------------------------------------------------------------------------- a figure's own sentence

CONTEXT_SLACK_DAYS = 31  # a window starting more than this before the case's start is context
QUOTE_MAX = 400
APPOSITION = 40  # characters: a source named this close to unresolved attributing words is their apposition  # characters: a longer sentence is cut to the words around the number

_HEDGES = re.compile(r"(?<![a-z])(?:suspected|reportedly|allegedly|apparently|believed|thought\s+to\s+be"
                     r"|likely|probably|presumed|presumably|unconfirmed)(?![a-z])")
_DENIALS = re.compile(r"(?<![a-z])(?:denied|denies|deny|denying|rejected\s+claims)(?![a-z])")
_CONTESTED = re.compile(r"(?<![a-z])(?:disputed|contested|disputes|contests)(?![a-z])")
# A running total: the perfect tense ("has killed", "had conducted", "have been displaced")
# or words that say so.
_RUNNING = re.compile(r"(?<![a-z])(?:(?:has|have|had)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+)?"
                      r"(?:killed|wounded|injured|displaced|conducted|carried\s+out|flown|made|hit|destroyed|uprooted"
                      r"|forced|left|died|documented|recorded)|so\s+far|to\s+date|in\s+total|altogether)(?![a-z])")
_WIRE_DATELINE = "(?:\\(\\s*{0}\\s*\\)|(?<![\\w-]){0}\\s*[-–—]\\s)"


# words whose day depends on when they were said
_RELATIVE = re.compile(r"(?<![a-z])(?:past|last|hours|yesterday|today|tonight|overnight|this\s+(?:morning|afternoon|evening"
                       r"|week|month)|ago|late[\s-]night)(?![a-z])")


# "claim dozens of lives every year": what happens year after year, no incident's day
_HABITUAL = re.compile(r"(?<![a-z])(?:(?:every|each|per)\s+(?:single\s+)?year|annually|year\s+after\s+year)(?![a-z])")
# "in four days of violence", "in two days of fierce rioting", "over the past two days": a toll over days of unrest,
# as it stood when given (not the first days of an operation, :data:`_FIRST_DAYS`)
_DAYS_N = r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several)"
_DAYS_OF = re.compile(r"(?<![a-z])(?:in|over|after|during|within)\s+(?:the\s+(?:past|last)\s+" + _DAYS_N + r"\s+days"
                      r"|" + _DAYS_N + r"\s+days\s+of\s+(?:[a-z-]+\s+){0,2}?(?:violence|fighting|clashes|rioting|riots"
                      r"|unrest|protests?|demonstrations|street\s+battles|battles|disturbances))(?![a-z])")
# "During the first two days of the operation": a window that starts on the day the operation began
_FIRST_DAYS = re.compile(r"(?<![a-z])(?:during|in|over|within)\s+the\s+first\s+(?P<n>\d{1,2}|two|three|four|five|six"
                         r"|seven|eight|nine|ten)\s+days\s+of\s+(?:the|its|their|this|that)\s+(?:[a-z-]+\s+){0,2}?"
                         r"(?:operation|offensive|attack|assault|siege|fighting|clashes|raid|raids|campaign|violence"
                         r"|unrest|protests|war|uprising)(?![a-z])")


# --------------------------------------------------------------------------- small text helpers
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


# --------------------------------------------------------------------------- the document around a figure

_PRONOUNS = {"he", "she", "they", "it", "we"}
# Words of an organisation's name besides an institution's (``_INSTITUTION_WORDS``): a source named with one is a
# body, never the "he" or "she" of a later sentence
_ORGANISATION_WORDS = {"nations", "united", "organisation", "organization", "institute", "network", "party", "group",
                       "foundation", "union", "front", "movement", "society", "association", "agency", "office",
                       "cross", "crescent", "watch", "international", "news", "mission", "fund", "programme",
                       "program", "centre", "center", "observatory", "monitor", "company", "corporation", "bank",
                       "league", "federation", "congress", "assembly", "parliament", "hospital", "university"}
# A number's own relative clause naming who gave it: "the three that the Interior Minister mentioned Monday", "the
# 40 deaths which police reported"
_NUMBER_THAT_SAYS = re.compile(r"(?:\s+[a-z-]+){0,1}?\s+(?:that|which)\s+(?P<who>the\s+(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+"
                               r"|(?:[A-Z][\w'’.-]*\s+){0,5}?[\w'’.-]+)\s+(?:had\s+|has\s+|have\s+)?(?:mentioned|gave|given|reported|announced|cited"
                               r"|confirmed|recorded|counted|released|claimed|said)(?![a-z])"
                               # (the verb's object is the number: not "raids that the army said targeted hideouts")
                               r"(?!\s+(?:that\s+)?[a-z]+(?:ed|s)\s)")
# Whose claim a number is, in the words right before it: "the military's claim that only five people were killed",
# "the government's figure of 12 dead", "the army's own estimate of about 40" (the possessor gives the number,
# whoever speaks in the rest of the sentence)
_CLAIM_OF_BEFORE = re.compile(r"['’]s?\s+(?:own\s+)?(?:initial\s+|official\s+|earlier\s+|latest\s+)?(?:claims?|assertions?"
                              r"|contention|version|estimates?|figures?|counts?|tally|death\s+toll|toll)\s+(?:that|of)\s+"
                              r"(?:only\s+|just\s+|some\s+)?")
# its owner, right before the possessive: "the military", "the Qzland police", "Amnesty International"
_CLAIM_OWNER = re.compile(r"(?:(?<![\w])[Tt]he\s+(?:[\w.-]+\s+){0,2}[\w.-]+|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)\Z")
# A speaker with a relative clause between the name and the verb: "Jo Tam, who was at the market when it was hit,
# said ..." (not the inverted "..., said X" the words after the verb would otherwise be read as)
_NAME_WHO_SAYS = re.compile(r"\s*(?P<who>[A-Z][^,;:\"“”\n]{1,60}?),\s+who\s+[^;:\"“”\n]{3,160}?,\s+(?:also\s+|later\s+)?"
                            r"(?:said|says|told|tells|added|stated|reported)(?![a-z])")
# The state as a whole speaking: "the government", "the Qzland authorities", "officials"
_STATE_COLLECTIVE = re.compile(r"(?:the\s+)?(?:[\w'’-]+\s+)?(?:government|authorities|officials)")
# A sentence that turns to another event or time: "Meanwhile, ...", "Separately, ...", "Elsewhere, ...", "Earlier on
# Sunday, ...", "In a separate attack, ..."
_NEW_ITEM = re.compile(r"\s*(?:meanwhile|separately|elsewhere|in\s+a\s+separate\s+[a-z]+|earlier\s+(?:on|this|that|in|last)"
                       r"\s+[\w-]+|hours\s+earlier|earlier\s+the\s+same\s+day|in\s+an\s+earlier\s+[a-z]+|the\s+previous\s+(?:official\s+)?(?:death\s+)?toll)(?![a-z])",
                       re.IGNORECASE)
# Hearsay the writer does not source: "have reportedly been killed", "were reportedly wounded"
_REPORTEDLY = re.compile(r"(?<![A-Za-z])(?:reportedly|purportedly)(?![a-z])", re.IGNORECASE)
# A place of care spoken of again ("the facility said"): the medical source (sources.csv type "medical") named last
_FACILITY_NOUNS = {"facility", "clinic", "hospital", "infirmary"}
# "the organization", "the group": an organisation named before, of a type other than these
_ORGANISATION_REF = re.compile(r"(?:the|this|that)\s+(?:(?P<kind>[a-z-]+)\s+)?(?P<noun>organi[sz]ation|group|monitor"
                               r"|watchdog|rebels|militants|insurgents)(?:['’]s?\s+[a-z]+(?:\s+[a-z]+)?)?")
# The kind of organisation the words say ("the rights group", "the monitor", "the rebel group"): its source types
_MONITORS = frozenset({"monitoring_ngo", "rights_medical_ngo"})
_ARMED = frozenset({"belligerent", "armed_group"})
_ORGANISATION_KINDS = {"rights": _MONITORS, "monitor": _MONITORS, "monitoring": _MONITORS, "watchdog": _MONITORS,
                       "aid": frozenset({"humanitarian_ngo"}), "humanitarian": frozenset({"humanitarian_ngo"}),
                       "medical": frozenset({"rights_medical_ngo", "humanitarian_ngo"}),
                       "rebel": _ARMED, "rebels": _ARMED, "armed": _ARMED, "militant": _ARMED, "militants": _ARMED,
                       "insurgent": _ARMED, "insurgents": _ARMED, "separatist": _ARMED, "jihadist": _ARMED,
                       "opposition": frozenset({"political_opposition"})}
_NOT_ORGANISATIONS = {"government", "military", "police", "media", "reference", "witness", "individual", "medical"}
_PERSON_TITLES = {"president", "minister", "governor", "mayor", "spokesman", "spokeswoman", "spokesperson", "chief",
                  "secretary", "commissioner", "prosecutor", "general", "director", "commander", "colonel", "captain",
                  "lieutenant", "admiral", "major", "sergeant", "inspector", "dr", "mr", "mrs", "ms", "sir"}
# A sentence whose attribution adds a claim: "also" with its reporting verb ("NEMA also disclosed", "it also
# reported"), or opening words that add ("Separately, ..."); not "also" about the events ("were also injured")
_ADDS = re.compile(r"(?<![A-Za-z])(?:also|additionally)\s+(?:[a-z]+\s+){0,2}?(?:said|says|say|reported|reports|disclosed"
                   r"|announced|confirmed|stated|told|noted|added|revealed|claimed|estimated|recorded|documented"
                   r"|indicated|warned)(?![a-z])|(?:said|says|reported|reports|told|announced|confirmed)\s+also(?![a-z])"
                   r"|^\s*(?:separately|meanwhile|in\s+addition(?!\s+to\s)|additionally)(?![a-z])", re.IGNORECASE)
_ALSO = re.compile(r"(?<![A-Za-z])(?:also|additionally|separately|meanwhile|in\s+addition)(?![A-Za-z])", re.IGNORECASE)
# Reporting verbs besides the extractor's ("NEMA also disclosed that ...")
_MORE_VERBS = {"disclosed", "discloses", "revealed", "reveals", "indicated", "indicates", "indicate", "indicating",
               "show", "shows", "showed", "explained", "declared",
               "acknowledged", "admitted", "insisted", "informed", "accused", "claim", "confirm", "confirms", "tweeted",
               "learns",  # ("..., Ada Derana learns": an outlet's own finding, said so)
               "concluded",  # ("..., he concluded.")
               "charged", "alleged", "alleges",  # (only before "that": "The opposition charged on Wednesday that ...")
               "blamed", "blames",  # (only "blamed X for" a deadly act: "police blamed gunmen for the deaths of two")
               "read", "reads",  # (only a document read out after its quotation: '"...," read the statement.')
               "identified", "identifies",  # (only in the active: "the police identified the cause of death of 35")
               "reporting"}  # (only as a tense: "Anadolu Agency is reporting 754 ...", not "reporting by", "reporting the")
# A statement or report spoken of again ("the statement said", "according to the report", "the
# source said"): the source of the last attributing sentence.
_BACK_REFERENCE = re.compile(r"(?:the|this|that|these|its|their|his|her|the\s+same)\s+(?:[a-z-]+\s+)?(?:statements?|reports?"
                             r"|source|sources|figures|data|tally|count|study|survey|update|document|briefing)")
# "according to preliminary information", "according to initial figures": a kind of information, no one named
_INFORMATION_ONLY = re.compile(r"(?:(?:the|this|that|its|their|his|her)\s+)?(?:[a-z-]+\s+){0,2}(?:information|data"
                               r"|figures|estimates?|results|findings|reports?|count|tally|assessments?)")
# Words that name a role rather than a source ("the regional governor", "a ministry statement",
# "officials"): resolved to the source the document names with that word in its name.
_ROLE_WORDS = ("governor", "ministry", "minister", "mayor", "army", "military", "police", "spokesman",
               "spokeswoman", "spokesperson", "official", "authorities", "authority", "agency", "hospital",
               "council", "office", "committee", "department", "monitor", "observatory", "network", "service",
               "administration", "commission", "mission", "organisation", "organization", "command",
               "directorate", "government", "president", "commander", "observers", "defence", "defense", "group",
               "armed forces", "prosecutor")
_ROLE_RE = re.compile(rf"(?<![a-z])({'|'.join(_ROLE_WORDS)})s?(?![a-z])")
# Seats of power that stand for a country's government in news ("the White House said", "a Kremlin spokesman"):
# (ISO country code, the role word its body's names carry)
_SEATS = {"white house": ("US", "government"), "kremlin": ("RU", "government"), "downing street": ("GB", "government"),
          "elysee": ("FR", "government"), "élysée": ("FR", "government"), "blue house": ("KR", "government"),
          "zhongnanhai": ("CN", "government"), "pentagon": ("US", "defense")}
_SEAT_OF_POWER = re.compile(r"(?<![A-Za-z])(?:White\s+House|Kremlin|Downing\s+Street|[EÉ]lys[eé]e(?:\s+Palace)?|Blue\s+House"
                            r"|Zhongnanhai|Pentagon)(?![A-Za-z])")


def _norm_seat(words: str) -> str:
    """The ``_SEATS`` key of a seat as written ("Elysée Palace" -> "elysee")."""
    key = " ".join(words.lower().split()).replace(" palace", "")
    return "elysee" if key.startswith(("elys", "élys")) else key


# Role words too vague to pick a source by themselves when others are there ("the defense
# ministry official": ministry and defense, not official)
_VAGUE_ROLES = {"official", "authorities", "authority", "spokesman", "spokeswoman", "spokesperson", "office",
                "government", "administration"}
_INDEFINITE = {"a", "an", "one", "another", "some"}
# Words before a role noun that describe the person, not the body ("a senior ministry spokesman")
_PERSON_QUALIFIERS = {"senior", "junior", "deputy", "chief", "top", "former", "acting", "official", "local", "new",
                      "second", "another", "female", "male", "press"}


# A role word a state's body may carry in another word ("the military" of a "Qzland Army"; not of a rebel "Liberation
# Army")
_ROLE_SYNONYMS = {"military": ("army", "armed forces", "defence force", "defense force"), "army": ("military",)}


def _role_in(word: str, names: list[str], state: bool, whole: bool = False) -> bool:
    """Whether a body's ``names`` carry the role ``word`` (or, for a ``state`` body, a word for the same role);
    ``whole``: as a whole word (plural allowed), not inside another."""
    for w in (word, *(_ROLE_SYNONYMS.get(word, ()) if state else ())):
        for n in names:
            if re.search(rf"(?<![a-z]){w}s?(?![a-z])", n.lower()) if whole else w in n.lower():
                return True
    return False


def _qualifiers(inner: list[str], claimants) -> list[str]:
    """The words that qualify the role noun of "an interior ministry spokeswoman" ("interior"; "defence" of
    "a defence ministry spokesman"): those before the last telling role word, less a country's name or
    adjective and words of the person."""
    inner = [re.sub(r"[^a-z-]", "", w) for w in inner]
    nouns = [k for k, w in enumerate(inner) if _ROLE_RE.fullmatch(w) and w not in _VAGUE_ROLES]
    if not nouns:
        return []
    return [w for w in inner[:nouns[-1]] if w and w not in _PERSON_QUALIFIERS and not claimants._countries_in(w.title())
            and not claimants._countries_in(w)]


def _has_qualifiers(names: list[str], qualifiers: list[str]) -> bool:
    """Whether a body's names hold every qualifier ("health" of "a health ministry spokesman"; defence and
    defense alike)."""
    def has(w):
        forms = {"defence", "defense"} if w in ("defence", "defense") else {re.escape(w)}
        return any(re.search(rf"(?<![a-z])(?:{'|'.join(forms)})s?(?![a-z])", n.lower()) for n in names)
    return all(has(w) for w in qualifiers)
# A sentence whose subject did the work that gives its figure: "Researchers for X identified", "The X team
# interviewed", "An X investigation found", "At the site, X reporters saw", "X has published the names of" (a short
# opening phrase allowed)
_OWN_WORK = re.compile(r"\s*(?:(?:At|In|On|During|After)\s+[^,.;:]{3,50},\s+)?(?P<subject>[A-Z][\w'’-]*(?:\s+[\w'’.-]+){0,7}?)"
                       r"\s+(?:(?:had|has|have)\s+)?(?:also\s+|later\s+)?(?P<verb>found|identified|interviewed|verified"
                       r"|registered|saw|witnessed|examined|treated|published|compiled|documented|counted|tallied"
                       r"|drew\s+on|spoke\s+(?:to|with)|talked\s+to)(?![a-z])[^.;:]*\Z")
# the same told after the figure: "..., evidence from an Agency investigation suggests", "..., a Watchlight
# analysis found" (the sentence ends there)
_OWN_WORK_AFTER = re.compile(r",\s+(?:(?:evidence|data|findings)\s+(?:from|of)\s+)?(?:an?|the)\s+(?P<subject>(?:[A-Z][\w'’.-]*\s+)"
                             r"{1,5}(?:investigation|analysis|review|inquiry|count|tally|survey))\s+(?:suggests|suggested"
                             r"|found|finds|shows|showed|concluded|concludes|estimates|estimated)\s*[.!]?\s*\Z")
# the words that may open such a subject before the source ("The", "Researchers for")
_OWN_WORK_OPENING = {"the", "a", "an", "its", "their", "for", "of", "from", "at", "with"}
_WORK_NOUNS = re.compile(r"(?<![a-z])(?:investigation|investigators|team|teams|researchers|reporters|journalists"
                         r"|correspondents|analysis|review|staff|monitors|inquiry)(?![a-z])")
# A sentence opening with a name, its apposition between commas, then the reporting verb: "Jo Tam, a
# spokesperson for the agency, said ...", "Ada Moe, the district's governor, told reporters ..."
_APPOSITION_SAYS = (r"\s+(?:also\s+|later\s+)?(?:said|says|told|tells|stated|reported|announced|added|wrote"
                    r"|confirmed)(?![a-z])")  # the reporting verb after either form of apposition below
_NAME_APPOSITION_SAYS = re.compile(r"\s*(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}),\s+(?:a|an|the|its|his|her)\s+"
                                   r"[^,;:.\"“”]{3,90}," + _APPOSITION_SAYS)
# The same with the description first, the name between commas: "On Friday, the province's chief official,
# Gen. Jo Tam, said clashes resumed" (not "A man from the camp, Jo Tam, said": an unnamed person named beside)
_APPOSITION_NAME_SAYS = re.compile(r"\s*(?:(?:On|In|At|Late|Early|Earlier|Later)\s[^,;:.]{0,40},\s+)?"
                                   r"(?!(?:A|An|One|a|an|one)\s)(?P<desc>[A-Za-z][^,;:.\"“”]{3,90}),\s+(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}),"
                                   + _APPOSITION_SAYS)
# "admitted to hospital", "informed of the attack": no reporting ("admitted to killing" is one)
# A toll given or revised by someone: "Police raised the death toll to 45", "the ministry revised its tally", "the army
# put the number of soldiers killed at 12", "the rebels gave a higher toll of 30": the verb reports a count when a toll
# is its object; its subject is the speaker only when it names a source or a role ("The new deaths raised the toll to
# 45" is no one speaking)
_TOLL_VERBS = {"raised", "raises", "lowered", "lowers", "revised", "revises", "updated", "updates", "increased",
               "reduced", "put", "puts", "placed", "places", "gave", "gives", "released", "releases", "issued", "issues"}
_TOLL_WORDS = (r"(?:dead|deaths|killed|wounded|injured|victims|casualties|fatalities|displaced|missing|refugees"
               r"|detained|arrested|lives)(?![a-z])")
_TOLL_OBJECT = re.compile(r"[a-z]+\s+(?:(?:up|down|upwards?|downwards?)\s+)?(?:(?:the|its|their|his|her|a|an)\s+)?"
                          r"(?:[\w'’-]+\s+){0,3}?(?:toll|tally|casualty\s+figures"
                          # a count, a number, a figure only of a toll: "the number of people killed", "the death
                          # count", "the number to 45"; not "a number of 15 arrest warrants", "the number of officers"
                          r"|(?<=death\s)(?:count|number|figure)"
                          # (or the total: "Kyodo ... put the total at 2,600 dead")
                          r"|(?:count|number|figure|total)(?=\s+(?:to|at)\s|\s*[,.;]|\s+of\s+(?:[a-z-]+\s+){0,3}?" + _TOLL_WORDS + r"))"
                          r"(?![a-z])")
_ADMITTED_TO = re.compile(r"(?:admitted|informed)\s+(?:to|into|at|of|about)\s+(?!having|killing|carrying|kill)")
# A wire dateline that opens a sentence: "MELBOURNE, Australia (AP) — ", "LAGOS (Reuters) - "
# A dateline in capitals with no agency before the words: "MOSCOW – ", "PORT SUDAN: ", "MANILA, Philippines — "
_CAPS_DATELINE_BEFORE = re.compile(r"^[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,3}(?:,[ \t]*[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})?"
                                   r"[ \t]*(?:[-–—]+|:)[ \t]*(?=[A-Z])")
_DATELINE_BEFORE = re.compile(r"^[^()\n]{0,60}\(\s*[A-Za-z][A-Za-z. -]{1,20}\)\s*[-–—]+\s*")
# "the army accused the rebels of killing one of its troops": the accuser claims the count ("X accused of
# killing 12", with no object, claims nothing)
_ACCUSED_OF = re.compile(r"accused\s+(?!of\s|by\s)(?:[\w'’.-]+\s+){1,5}?of\s")
# "police blamed \"terrorists with firearms\" for the deaths of two officers": the one who blames tells of the deaths
_BLAMED_FOR = re.compile(r"blame[sd]\s+(?!on\s|by\s|for\s)(?:[\w\"“”'’.-]+\s+){1,6}?for\s+(?:the\s+|an?\s+|their\s+)?"
                         r"(?:[\w,-]+\s+){0,5}?(?:deaths?|killings?|killing|murders?|attacks?|bombings?|massacres?"
                         r"|shootings?|blasts?|explosions?|strikes?|casualties|ambush(?:es)?|raids?)(?![a-z])")
# A person's title among role words ("the police commander"): not a word of the body's name
_TITLE_ROLES = {"commander", "chief", "president"}
# The portfolio of a minister ("Home Minister", "the Minister of Health", "defence minister")
_PORTFOLIO = re.compile(r"(?<![a-z])(?:minister\s+(?:of|for)\s+(?:the\s+)?(?P<b>[a-z]+)|(?P<a>[a-z]+)\s+minister(?![a-z]))(?![a-z])")


def _registry_kinds(kinds: list[str], low: str) -> list[list[str]]:
    """Other sets of name words to look a role up by in sources.csv when ``kinds`` finds no one
    source: without a person's title ("police commander": police), and a minister as the ministry
    of the portfolio the words give ("Home Minister": home ministry; "Minister of Health")."""
    out = []
    body = [w for w in kinds if w not in _TITLE_ROLES]
    if body and body != kinds:
        out.append(body)
    if "minister" in kinds:
        words = [w for k in range(len(low)) if (m := _PORTFOLIO.match(low, k)) for w in (m.group("b"), m.group("a"))
                 if w in _INSTITUTION_WORDS and w not in _PORTFOLIO_STOP]
        if words:
            rest = [w for w in body if w != "minister"]
            out.append(rest + ["ministry", words[0]])
            # one portfolio, several names across countries: an "interior minister" heads a "Home Ministry"
            out += [rest + ["ministry", same] for same in _SAME_PORTFOLIO.get(words[0], ())]
    return out


# The names one portfolio goes by in different countries
_SAME_PORTFOLIO = {"interior": ("home", "internal"), "home": ("interior", "internal"), "internal": ("interior", "home")}
_PORTFOLIO_STOP = {"the", "a", "an", "of", "and", "for", "on", "in", "to", "prime", "deputy", "state", "national",
                   "federal", "regional", "provincial", "local", "chief", "general", "minister", "ministry"}
# A sentence opening with a plural body ("Police earlier blamed ...", "The authorities ..."): what "they" may mean
_PLURAL_SUBJECT = re.compile(r"\s*(?P<who>(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?(?i:police|authorities|officials|military"
                             r"|army|troops|forces|security\s+forces|rebels|prosecutors))(?![\w])")
# Words that do not tell one institution from another in a description ("the regional interior ministry in ...")
_DESCRIPTION_STOP = set("""the a an of in for on at to from by and its their his her our regional local provincial state
national federal country's country officials official spokesman spokeswoman spokesperson statement source sources
said says told according""".split())
# Nouns that describe a body without naming it ("a pro-democracy group", "local media")
_BODY_NOUNS = {"group", "groups", "organisation", "organization", "outlet", "outlets", "media", "body", "agency",
               "monitor", "network", "movement", "committee", "coalition", "party", "association", "alliance",
               "newspaper", "broadcaster", "channel", "station", "television", "radio", "daily", "website"}
_MEDIA_NOUNS = {"media", "outlet", "outlets", "newspaper", "broadcaster", "channel", "station", "television", "radio",
                "daily", "website"}
# The head nouns of an unnamed person who speaks ("a police official", "one aid worker", "a
# security source"): "a ... statement" is not one (a statement of the body named in it)
_PERSON_NOUNS = {"official", "officials", "officer", "officers", "spokesman", "spokeswoman", "spokesperson",
                 "source", "sources", "resident", "residents", "witness", "witnesses", "worker", "workers",
                 "doctor", "doctors", "medic", "medics", "nurse", "volunteer", "volunteers", "activist",
                 "activists", "commander", "soldier", "soldiers", "policeman", "policemen", "leader", "elder",
                 "villager", "villagers", "survivor", "survivors", "man", "woman", "person", "member",
                 "members", "journalist", "correspondent", "diplomat", "analyst", "employee", "staffer",
                 "paramedic", "rescuer", "rescuers", "guard", "fighter", "militant", "chief", "representative",
                 "aide", "adviser", "advisor", "insider", "researcher", "lawmaker", "politician", "agent"}
# "as confirmed by Ko Zaw Tun", "figures reported by the ministry": the agent is the claimant
_BY_AGENT = re.compile(
    r"(?<![A-Za-z])(?:confirmed|reported|stated|announced|documented|recorded|verified|compiled|released)"
    r"\s+by\s+(?P<who>[^,;:.\"“”]{2,80}?)(?=\s*[,;:.\"“”]|\s+(?:on|in|at|that|who|when|as|while|after)(?![a-z])|\s*$)")
# "These are the figures given this Friday by the Secretary of National Defense, Luis ...": a sentence that says whose
# the figures before it are (only so, at its start: not "higher than the figure given on Tuesday by Jo Tam")
_FIGURES_GIVEN_BY = re.compile(
    r"\s*(?:these|those)\s+(?:are|were)\s+(?:the\s+)?(?:figures|numbers|data|tolls?)\s+(?:given|provided|presented"
    r"|published|released|issued)(?:\s+(?:this|last|on|late|early)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)?"
    r"\s+by\s+(?P<who>[^,;:.\"“”]{2,80}?)(?=\s*[,;:.\"“”]|\s+(?:on|in|at|during|who|when|as)(?![a-z])|\s*$)",
    re.IGNORECASE)
# "Krishnan Guru-Murthy: 'Sudan's war ...'": a speaker label opens a paragraph of quoted words
_SPEAKER = re.compile(r"[ \t]*(?P<who>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,4})[ \t]*:[ \t]+[\"“‘']")
# the same without quotation marks: a label that names a known source
_LABEL = re.compile(r"[ \t]*(?P<who>[A-Z][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,4})(?P<gap>[ \t]*):[ \t]+(?=[A-Z])")
# Source types that speak for a state or a side: the "officials" of a lede
_OFFICIAL_TYPES = {"government", "military", "belligerent", "political_opposition"}
# A count that belongs to the source named with it: "UNHCR figures", "the ministry's latest tally",
# "data from the WHO"
_COUNTS = r"(?:figures?|data|tally|tallies|count|counts|toll|report|reports|statement|records?|estimates?|numbers|list)"
_COUNT_NOUN_AFTER = re.compile(rf"[^\s,.;]+(?:\s+[A-Z][^\s,.;]*)*(?:['’]s)?\s+(?:[a-z-]+\s+){{0,2}}?{_COUNTS}(?![a-z])")
_COUNT_NOUN_BEFORE = re.compile(rf"(?<![a-z]){_COUNTS}\s+(?:from|by|of)\s+(?:the\s+)?[A-Z]")
# The words of an unnamed official source ("officials", "local authorities", "the military junta")
_OFFICIAL_ROLE = re.compile(r"(?<![a-z])(?:officials?|authorit(?:y|ies)|government|administration|military|army"
                            r"|police|ministry|minister|junta|governor|mayor|prefect|command|spokes(?:man|woman|person)"
                            r"|security\s+forces|defen[cs]e)(?![a-z])")
# Capitalised words that name no one ("Local authorities", "The military", "West African")
_COMMON_CAPITALISED = {"the", "a", "an", "local", "state", "regional", "provincial", "district", "security",
                       "health", "senior", "top", "junta", "forces", "armed", "top", "federal", "national", "officials",
                       "sources", "residents", "witnesses", "medics", "doctors", "rescuers", "hospital", "emergency"}
_REGION_WORDS = re.compile(r"(?:(?:North|South|East|West|Central)(?:ern)?[\s-]+)?(?:African|Asian|European|American|Arab"
                           r"|Middle\s+Eastern|Latin\s+American|Gulf|Sahel|Sahelian|Balkan|Caucasian)(?![\w])")
# Attributing words that are a speaker: a capitalised name or a determiner and a noun ("An IDP
# from the camp", "Jo Tam"), not a clause caught after a reporting verb ("deadliest incident",
# "that hit several neighborhoods")
_SPEAKER_LIKE = re.compile(r"\s*(?:[A-Z]|(?:a|an|the|one|another|his|her|their|its|our)\s)")
# ", spokesman for the agency," after a name: its apposition
_APPOSITIVE = re.compile(r"\s*,\s*(?P<app>(?:the\s+|a\s+|an\s+)?[a-z][^,.;:\"“”]{2,80}?)\s*(?=[,.;:\"“”]|$)")
# Words after which a name is the one a number is credited to: "AFP reported, citing aid workers"
# A sentence opening with the report it relays: "Quoting the report of the ambassador, X said ...", "Citing police, ..."
_QUOTING_OPENER = re.compile(r"\s*(?:Quoting|Citing)\s+(?P<who>[^,.;:\"“”]{2,80}?)\s*,\s")
_CITING = re.compile(r",?\s+citing\s+(?P<who>[^,.;:\"“”]{2,80}?)\s*(?=[,.;:\"“”]|$)")
# An attack someone carried out, as the object or agent of "claim": "an attack claimed by the ELF", "the ELF, which
# claimed the bombing"
_ATTACK_NOUNS = (r"(?:attacks?|bombings?|ambush(?:es)?|strikes?|raids?|assaults?|blasts?|explosions?|killings?"
                 r"|kidnappings?|abductions?|shootings?|massacres?)")
# "claimed responsibility", "a Taliban-claimed attack": no claim of a number
_NOT_A_CLAIM = re.compile(r"(?:claimed|claims|claim|claiming)\s+(?:responsibility|credit)|[\w]-claimed"
                         # "ISIS Khorasan claims attack", "the group claimed the bombing": who did it, no count
                         # (not "claims that the attack killed 20": a claim of what the attack did)
                         rf"|(?:claimed|claims|claim|claiming)\s+(?:(?:the|an|this|both)\s+|that\s+(?={_ATTACK_NOUNS}))?"
                         rf"(?:(?!that\s)[\w-]+\s+)?{_ATTACK_NOUNS}(?![a-z])"
                         # "an attack claimed three lives", "attacks claiming around 16,000 lives": a toll, no claim
                         r"|(?:claimed|claims|claim|claiming)\s+(?:the\s+)?(?:[\w,.-]+\s+){0,3}?(?:lives|life)(?![a-z])"
                         # "An attack claimed by the ELF killed 12, the army said": who carried it out, no claim
                         rf"|{_ATTACK_NOUNS}\s+(?:(?:that|which)\s+(?:was|were|has\s+been|had\s+been)\s+)?claimed\s+by(?![a-z])",
                         re.IGNORECASE)
# A source named as rejecting what is reported, right after its name: "..., a claim the army strongly denied", "—
# an assertion the government rejected", "which the army has disputed"
_DISPUTES_AFTER = re.compile(r"\s+(?:(?:strongly|flatly|firmly|quickly|swiftly|later|has|had|have|also|promptly)\s+){0,2}"
                             r"(?:den(?:ied|ies|y)|reject(?:ed|s)|disput(?:ed|es)|dismiss(?:ed|es)|refut(?:ed|es)"
                             r"|contest(?:ed|s)|rebutt?(?:ed|s))(?![a-z])")
# A reporting word used as a noun after a verb that disputes it ("disputed estimates that ...", "refused to confirm
# or deny reports that ...", "dismissed earlier claims that ..."): the figure is in someone else's reports, which the
# speaker does not vouch for
_DISPUTED_NOUNS = {"reports", "estimates", "claims"}
_DISPUTING = re.compile(r"(?<![a-z])(?:den(?:y|ies|ied|ying)|disput(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?"
                        r"|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|contest(?:s|ed|ing)?|question(?:s|ed|ing)?"
                        r"|challeng(?:e|es|ed|ing)|downplay(?:s|ed|ing)?|play(?:s|ed|ing)?\s+down"
                        r"|(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing))\s+to\s+(?:confirm|comment\s+on)(?:\s+or\s+deny)?)"
                        r"\s+(?:(?:the|such|those|these|earlier|previous|unconfirmed|media|press|local)\s+){0,3}\Z")
# The disputing speaker's own reporting verb after the disputed reports (", saying", "but said", ", which disputed
# earlier estimates, said"): the figure after it is the speaker's, not the disputed reports'
_OWN_VERB_AFTER = re.compile(r"(?:,|(?<![a-z])(?:and|but))\s+(?:(?:also|later|instead|only|then|had|has|have)\s+)?"
                             r"(?:said|says|saying|say|told|telling|added|adding|stated|stating|insisted|insisting"
                             r"|announced|announcing|reported|reporting|put|putting|gave|giving|confirmed|confirming"
                             r"|estimated|estimating)(?![a-z])")
# the disputed reports themselves ("disputed estimates", "denied reports", "dismissed earlier claims")
_DISPUTED_REPORT = re.compile(_DISPUTING.pattern.removesuffix(r"\Z") + r"(?:reports|estimates|claims)(?![a-z])")
# Reports nobody is named for, right before the number's clause: "The announcement of the inquiry by the commission
# followed reports that five prisoners were beaten to death", "opened an inquiry after media reports that ..."
_UNNAMED_REPORTS = re.compile(r"(?<![a-z])(?:after|following|followed|follows|amid|amidst|over|on|by)\s+"
                              r"(?:(?:unconfirmed|media|press|local|earlier|initial|news|widespread|several|some)\s+)?"
                              r"(?:reports|rumou?rs|allegations)\s+(?:that|of)\s")
# (a speaker after the reports names the number: "Following reports of fighting, the army said 12 soldiers died")
_SPEAKS_AFTER_REPORTS = re.compile(r"(?<![a-z])(?:said|says|say|told|tells|reported|reports|announced|announces|confirmed"
                                   r"|confirms|estimated|estimates|stated|states|added|according\s+to|put|puts)(?![a-z])")
# Attributing words that cannot be a speaker: a clause caught before a reporting word used otherwise
# ("the 1,000 civilians who reported to army-held areas", "No casualties were reported"): a number, a
# relative pronoun or an auxiliary of the passive last
_NOT_SPEAKER = re.compile(r"\d|(?<![\w'’-])(?:who|which|that|whom|whose)\s*$", re.IGNORECASE)
_PASSIVE = re.compile(r"(?<![\w'’-])(?:were|was|been|be|being|is|are)\s*$", re.IGNORECASE)
# " – first responders who operate under the ... – ": a parenthesis between dashes; a hyphen with a space on each
# side is a dash too, as many texts type it ("The official - who asked not to be named - said"), the same one
# opening and closing the aside
_DASH_ASIDE = re.compile(r"\s(?P<dash>[–—-])\s"
                         # not one that adds a co-speaker ("The army - and the ELF - said": both speak)
                         r"(?!(?:and|or|as\s+well\s+as|along\s+with|together\s+with)\s)"
                         r"(?:(?!\s(?P=dash)\s)[^–—\n]){3,140}?\s(?P=dash)\s")
# A known source in brackets at the end of a line or sentence: "- 55 killed in the south (MoPH)"
_BRACKET_SOURCE = re.compile(r"\((?P<who>[^()\n\d]{2,60})\)\s*[.;]?[ \t]*(?=\n|$)")
# "He said", "She, however, said", "They also reported": a sentence opened by a pronoun that speaks
_PRONOUN_SAYS = re.compile(r"\s*(?P<who>He|She|They|It|We)\s*(?:,\s*[a-z]+\s*,\s*|\s+(?:also|later|then|further"
                           r"|again|had|has|have)\s+)?(?P<verb>[a-z]+)(?![a-z])")
# A headline that ends with its source after a dash or colon ("... in Somali capital - police",
# "... could rise: army"): a few words, no number
_HEADLINE_SOURCE = re.compile(r"(?P<body>\S.*\S)\s+[-–—:|]\s+(?P<who>[^\d\n\-–—:|]{2,40}?)\s*$", re.MULTILINE)
# ... or after a colon set close to the words before it: "12 soldiers killed in ambush: army"
_HEADLINE_COLON_SOURCE = re.compile(r"(?P<body>\S.*\S):\s+(?P<who>[^\d\n\-–—:|]{2,40}?)\s*$", re.MULTILINE)
# "quoted an army spokesman as saying ...", "quoted the ministry as stating ...": an outlet relays the one it quotes
# "Chad government spokesman Aziz Mahamat Saleh was quoted as saying by AFP that ...", "The minister was quoted by
# the state news agency as saying": the one quoted speaks, the quoting outlet relays
_QUOTED_PASSIVE = re.compile(r"(?<![\w'’-])(?P<who>[^,.;:\"“”\s][^,.;:\"“”]{1,79}?)"
                             r"\s+(?:was|were|has\s+been|had\s+been|is|are)\s+(?:also\s+)?quoted"
                             r"\s+(?:by\s+[^,.;\"“”]{2,60}?\s+)?as\s+(?:saying|stating|telling)(?![a-z])")
# (not "quoted by the Courier as saying": the passive, whose speaker is before it)
# (or cited: "The Post-Courier and The National both cited local police as confirming 17 people were killed")
# (or with a relative clause: "The BBC quoted a French photographer who said that he had counted 31 dead": the
# photographer speaks, not the BBC)
# A source named with "with" and a participle of saying, or "as per": "An airliner has crashed ... with Qzland's
# emergency ministry saying 42 people have been declared dead", "As per the ministry, the aircraft was carrying 72"
_WITH_SAYING = re.compile(r"(?<![A-Za-z])with\s+(?P<who>(?:[Tt]he\s+)?[A-Z][^,.;:\"“”()]{1,60}?)\s+(?:saying|reporting"
                          r"|stating|estimating|putting\s+the)(?![a-z])")
_AS_PER = re.compile(r"(?<![A-Za-z])(?i:as\s+per)\s+(?P<who>[^,.;:\"“”()\d]{2,60}?)\s*,")
_QUOTED_AS_SAYING = re.compile(r"(?<![a-z])(?:quot|cit)(?:ed|es|ing)\s+(?!by\s)(?P<who>[^,.;:\"“”]{2,80}?)\s+(?:as\s+"
                               r"(?:saying|stating|telling"
                               r"|reporting|confirming)|who\s+(?:said|says|told|reported|stated))(?![a-z])")

# --------------------------------------------------------------------------- lists, report titles and clauses
# A list item: a paragraph opening with a bullet or a number ("• On 3 May ...", "- 55 killed", "2. ")
_BULLET = re.compile(r"[ \t]*(?:[•▪◦●‣∙·*–—-]|\d{1,2}[.)])[ \t]+")
# A report named after its author in a title: "Agency Daily Flash", "OCHA Situation Report", "Agency update"
_REPORT_AFTER = re.compile(r"[^\s,.;()]+(?:[ \t]+[A-Z][\w-]*){0,3}?[ \t]+(?:(?i:daily\s+)?(?i:flash|flash\s+update"
                           r"|situation\s+report|sitrep|humanitarian\s+update|update|bulletin|briefing\s+notes?"
                           r"|press\s+release|news\s+release|fact\s*sheet|snapshot|report))(?![a-z])")
# ", which in turn claimed to have killed", ", who said": a relative clause that reports its antecedent's words
_RELATIVE_SAYS = re.compile(r",\s+(?:which|who)\s+(?:(?:in\s+turn|also|later|then|itself|themselves)\s+)?"
                            r"(?:claimed|claims|said|says|reported|reports|announced|stated|asserted|added)(?![a-z])"
                            # (not "..., which claimed the bombing": responsibility, no number)
                            rf"(?!\s+(?:responsibility|credit|(?:the|an?|its|their|both)\s+(?:[\w-]+\s+)?{_ATTACK_NOUNS}(?![a-z])))")
_CLAUSE_BREAK = re.compile(r",\s+(?:while|whereas|but)\s+|;\s+|\s+while\s+")
# a sentence that opens on a clause of contrast ("While media reports have placed the toll at 21, the prosecutor
# said ...", "Although police initially said 200 ..., Ansa later put the figure at 1,527"): that clause ends at its
# first comma, and the main clause after it has its own subject
_LEADING_CONTRAST = re.compile(r"[\"“‘'(]?(?:While|Whilst|Although|Though|Whereas|Even\s+though)\s+"
                               r"(?:[^,;:.]|[,.](?=\d)){8,200}?(?P<end>,\s+)")
# where a clause with its own subject begins, for the day words of a number's clause (", and the army arrived")
_DAY_CLAUSE_BREAK = re.compile(r",\s+(?:while|whereas|but|and)\s+|;\s+|\s+while\s+")
_CLAUSE_VERB = re.compile(r"(?<![a-z])(?:said|says|say|reported|reports|report|according|stated|states|estimated"
                          r"|estimates|told|announced|counted|recorded|documented|puts|put|confirmed|noted|claimed|claims"
                          # "media reports have placed the death toll at 21", "witnesses gave a far worse toll"
                          r"|(?:placed|places|gave|give|gives)(?=\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:toll|tolls|figure|figures|count|tally|estimate|number)(?![a-z])))"
                          r"(?![a-z])")


def _clause_verbs(low: str, cased: str | None = None):
    """The reporting words of a clause (lower case), less a claim of no number ("claimed responsibility", "an attack
    claimed by the ELF") and, given the clause as written (``cased``), less a name's "Said" ("Port Said", "Ahmad
    Said")."""
    low = _NOT_A_CLAIM.sub(lambda m: " " * len(m.group()), low)
    return (m for m in _CLAUSE_VERB.finditer(low) if cased is None or not name_said(cased, m.start()))


# "in Egypt's riot-stricken Port Said governorate", "Ahmad Said were killed": "Said" with a capital after a capitalised
# word that does not open the sentence is a name's, not a reporting verb (a headline's "Police Said ..." still says)
_NAME_SAID_BEFORE = re.compile(r"[\w,;’'-][ \t]+[A-Z][a-z]+[ \t]+\Z")


def name_said(text: str, pos: int) -> bool:
    """Whether text[pos:] starts with a name's "Said" (see _NAME_SAID_BEFORE)."""
    return text.startswith("Said", pos) and bool(_NAME_SAID_BEFORE.search(text, max(0, pos - 40), pos))


# A reporting verb that gives its clause no speaker of its own: the passive ("first reported by residents", "were
# reported") and a pronoun pointing back to the speaker before ("..., while it reported")
_NOT_OWN_SPEAKER_BEFORE = re.compile(r"(?<![a-z])(?:was|were|been|being|is|are|be|it|they|he|she)\s+(?:[a-z]+ly\s+)?(?:first\s+)?\Z")
_BY_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?by(?![a-z])")

# --------------------------------------------------------------------------- what a count is
_SINGLE_STRIKE = re.compile(r"(?<![a-z])(?:a|an|the|one|this|that)\s+(?:[a-z'’-]+\s+){0,3}?(?:strike|airstrike"
                            r"|attack|bombing|raid|shelling|explosion|blast|massacre"
                            r"|shooting(?!\s+(?:range|gallery|club|competition|star)))(?![a-z])")
# a headline drops its articles: "Dozens dead in rebel attack on Qzland school" is one attack
_HEADLINE_STRIKE = re.compile(r"(?<![a-z])(?:in|after|during)\s+(?:[a-z'’-]+\s+){0,3}?(?:strike|airstrike|attack|bombing"
                              r"|raid|shelling|explosion|blast|ambush|massacre)(?![a-z])")
_PLURAL_STRIKES = re.compile(r"(?<![a-z])(?:strikes|airstrikes|attacks|raids|bombings|explosions|blasts|massacres"
                             r"|shootings)(?![a-z])")
# Events of one named day, however many: "Wednesday's ethnic clashes", "Sunday's attacks", "last night's riots"
# (a toll raised later from them is that day's, not a toll over several days)
_ONE_DAYS_EVENTS = re.compile(r"(?<![a-z])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today"
                              r"|last\s+night|overnight)['’]s\s+(?:[a-z-]+\s+){0,2}?(?:clashes|fighting|violence|unrest"
                              r"|rioting|riots|strikes|airstrikes|attacks|raids|bombings|explosions|blasts|massacres"
                              r"|shootings|shelling)(?![a-z])")
# A total over time (a running total, a war's toll): with no place named, the whole country.
_TOTAL_WORDS = re.compile(
    r"(?<![a-z])(?:(?:has|have)\s+(?:now\s+|so\s+far\s+|since\s+|also\s+|already\s+)?(?:been\s+)?"
    r"(?:killed|wounded|injured|displaced|lost|died|uprooted|forced|left)|since|so\s+far|to\s+date|in\s+total"
    r"|altogether|in\s+the\s+(?:war|conflict)|nationwide|across\s+the\s+country)(?![a-z])")
_VERB_WORDS = re.compile(r"[a-z]+")
# The wounded dying later: "two of those died on Friday during surgery", "succumbed to his wounds on Monday"
_LATER_DEATHS = re.compile(r"(?<![a-z])(?:succumb(?:ed|s)?|(?:of\s+(?:those|them|the\s+(?:wounded|injured))|later)\s+died"
                           r"|died\s+(?:[\w()-]+\s+){0,6}?(?:during\s+surgery|in\s+(?:the\s+)?hospital|of\s+(?:their|his|her)"
                           r"\s+(?:wounds|injuries)|from\s+(?:their|his|her)\s+(?:wounds|injuries))"
                           # "A girl that was wounded in the school shooting earlier this month died on Monday"
                           r"|(?:who|that)\s+(?:was|were|had\s+been)\s+(?:critically\s+|seriously\s+|badly\s+)?"
                           # (not across a reporting verb: "a soldier who was wounded said 12 comrades died")
                           r"(?:wounded|injured)"
                           r"(?:(?!(?<![a-z])(?:said|says|told|tells|reported)(?![a-z])|\d)[^.;]){0,80}?"
                           r"\s+died)(?![a-z])")
# After a number, the start of a clause about another event: ", days after the arrest ...", ", a week before"
_OTHER_EVENT_AFTER = re.compile(r",\s+(?:(?:just|only|some|nearly|about)\s+)?(?:(?:two|three|four|five|several|a\s+few|\d+)\s+"
                                r"(?:hours|days|weeks|months|years)|an?\s+(?:hour|day|week|month|year)|hours|days|weeks|months"
                                r"|years)\s+(?:after|before)(?![a-z])", re.IGNORECASE)
# Arrests counted so far, in the perfect: "police have arrested 72 people", "two have been detained"
_ARRESTS_SO_FAR = re.compile(r"(?<![a-z])(?:has|have)\s+(?:so\s+far\s+|now\s+|since\s+|also\s+)?(?:been\s+)?"
                             r"(?:arrested|detained|apprehended|taken\s+into\s+custody)(?![a-z])")
# The finding of the dead, just before its day: "were found dead Wednesday", "bodies were recovered on Friday"
_FOUND_DEAD_BEFORE = re.compile(r"(?<![a-z])(?:found\s+dead|(?:bod(?:y|ies)|corpses?|remains)\s+(?:was|were|had\s+been|have"
                                r"\s+been)\s+(?:found|recovered|discovered|retrieved|pulled\s+out))(?:\s+(?:early|late|on|in"
                                r"|the|this))*\s*\Z", re.IGNORECASE)
# A perfect tense that reports named attacks ("have killed 15 people in strikes on villages") and the words
# that would make it a total over a window instead
_NEWS_PERFECT = re.compile(r"(?<![a-z])(?:has|have)\s+(?:been\s+)?(?:killed|wounded|injured)(?:\s+[\w'’-]+){0,8}?\s+"
                           # ("Prison guards have killed at least 17 prisoners after a mass breakout")
                           r"(?:in|after|during)\s+"
                           r"(?:(?:an?|the|two|three|four|several|multiple|separate|coordinated|twin|overnight|fresh|new"
                           r"|suspected|a\s+series\s+of)\s+)*(?:[\w'’-]+\s+){0,2}?(?:attacks?|strikes?|airstrikes?|air\s+strikes?"
                           r"|raids?|bombings?|shelling|ambush(?:es)?|clashes|explosions?|blasts?"
                           # "More than 40 people have been killed in a shootout between ...", "in a prison riot"
                           r"|shoot-?outs?|gun-?fights?|gun\s+battles?|fire-?fights?|riots?|massacres?"
                           r"|break-?outs?|jail-?breaks?|prison-?breaks?)(?![a-z])"
                           # or the attack its subject: "A riot in a prison in eastern Bolivia has left 30 dead"
                           r"|(?<![a-z])(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?(?:attack|strike|airstrike|air\s+strike|raid|bombing"
                           r"|ambush|explosion|blast|riot|massacre|shooting|shoot-?out|gun-?fight|jail-?break|break-?out)"
                           r"(?:\s+[\w'’-]+){0,8}?\s+(?:has|have)\s+(?:left|killed|claimed)(?![a-z])")
_WINDOW_WORDS = re.compile(r"(?<![a-z])(?:since|so\s+far|to\s+date|in\s+total|altogether|this\s+(?:year|month|week)"
                           r"|(?:past|last)\s+(?:\w+\s+)?(?:years?|months?|weeks?|days|hours)|the\s+(?:war|conflict)"
                           r"|campaign|offensive|nationwide|across\s+the\s+country)(?![a-z])")
# A sentence that refers back to the event just described
_ANAPHOR = re.compile(r"(?<![a-z])(?:that|this|the\s+same)\s+(?:attack|strike|airstrike|raid|ambush|bombing|assault"
                      r"|incident|explosion|blast|massacre|shelling|offensive|operation)(?![a-z])")
# Words of a document about unrest spread over a country (protests, riots, a crackdown, post-election
# violence) rather than one attack: a count in it naming no place is the country's, not its capital's
# A jail's words, for a riot inside one: "in jail riot", "a riot at the prison" (one place, not unrest over a country)
_JAIL_WORDS = r"prison|jail|penitentiary|detention\s+(?:centre|center|facility)"
_UNREST = re.compile(r"(?<![a-z])(?:protests?|protesters?|protestors?|demonstrations?|demonstrators?|unrest|riots?"
                     r"|rioting|rioters?|crackdown|cracked\s+down|post-?\s*(?:election|electoral|vote)\s+"
                     r"(?:violence|clashes|unrest))(?![a-z])")
_NATIONWIDE = re.compile(r"(?<![a-z])(?:nationwide|across\s+the\s+country|throughout\s+the\s+country|around\s+the\s+country"
                         r"|all\s+over\s+the\s+country|in\s+several\s+cities|in\s+many\s+cities)(?![a-z])")
# A count as it stands now, in the present tense: no incident's day
_STOCK_NOW = re.compile(r"(?<![a-z])(?:(?:are|is|remain|remains)\s+(?:(?:still|now|also|currently|reportedly)\s+)*"
                        r"(?:missing|unaccounted|displaced|homeless|detained|held|trapped|sheltering|sheltered|living|settled"
                        r"|staying|hosted|housed|camped|stranded|besieged|hospitali[sz]ed|in\s+hospital|receiving|being\s+"
                        r"(?:treated|held|hosted|sheltered|housed)|in\s+need|at\s+risk)|(?:are|is)\s+now"
                        r"|still\s+have|remain\s+missing|(?:went|gone|go|were\s+reported|are\s+reported)\s+missing)(?![a-z])")
_MISSING = re.compile(r"(?<![a-z])(?:went|gone|go|goes|were\s+reported|are\s+reported|remain|remains|are|is|still)"
                      r"\s+(?:still\s+)?(?:missing|unaccounted\s+for)(?![a-z])")
_PROGRESSIVE_BEFORE = re.compile(r"(?<![a-z])(?:is|are)\s+(?:(?:now|currently|still|also)\s+)*(?!being\b)[a-z]{3,}ing"
                                 r"\s+(?:(?:some|about|around|nearly|almost|more\s+than|over|at\s+least|another|an\s+"
                                 r"additional)\s+)?\Z")
_PROGRESSIVE_AFTER = re.compile(r"[\w,.\s-]*?\b(?:are|is)\s+(?:(?:now|currently|still|also)\s+)*(?:fleeing|arriving"
                                r"|leaving|returning|sheltering|living|staying|crossing|waiting|queuing|seeking|trying"
                                r"|roaming|hiding|operating|massing|gathering|camped)(?![a-z])")
# A place that holds people now, right before the count: "This school shelters hundreds of displaced people"
_HOSTS_BEFORE = re.compile(r"(?<![a-z])(?:shelters|houses|hosts|holds|accommodates|is\s+home\s+to|are\s+home\s+to"
                           r"|is\s+hosting|are\s+hosting|is\s+sheltering|are\s+sheltering"
                           r"|there\s+(?:are|is)(?:\s+(?:now|currently|still))?)\s+(?:[\w-]+\s+){0,2}\Z")
# People who have moved or are held, counted in the perfect tense: where they stand now, not the day of
# an incident ("have found refuge", "have fled", "have sought shelter", "have been displaced")
_STOCK_PERFECT = re.compile(r"(?<![a-z])(?:has|have)\s+(?:now\s+|already\s+|also\s+|so\s+far\s+)?(?:found\s+(?:refuge|shelter)"
                            r"|sought\s+(?:refuge|shelter|safety|asylum)|taken\s+(?:refuge|shelter)|fled|crossed|arrived"
                            r"|returned|registered|gone\s+missing|been\s+(?:displaced|uprooted|forced|made\s+homeless"
                            r"|sheltered|registered|evacuated|relocated|hosted|housed|detained|abducted|kidnapped"
                            r"|reported\s+missing))(?![a-z])")
_EVENT_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:strike|airstrike|attack|bombing|raid|blast|explosion|massacre"
                          r"|shelling|assault|ambush)(?![a-z])", re.IGNORECASE)
_PERFECT = re.compile(r"(?<![a-z])(?:has|have)\s+(?:\w+\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ft|ost)(?![a-z])")
# the present perfect, irregular participles too ("have found", "has sent"): what has been done up to now
# (not a verb of saying: "human rights organizations have estimated as many as 150 were killed" tells of the old deed)
_PERFECT_SINCE = re.compile(r"(?<![a-z])(?:has|have)\s+(?:[a-z]+ly\s+|now\s+|so\s+far\s+|already\s+|also\s+|since\s+)?"
                            r"(?!(?:estimated|said|reported|claimed|stated|suggested|alleged|called|described|argued"
                            r"|announced|confirmed|insisted|maintained|put|told)(?![a-z]))"
                            r"(?:been\s+)?(?:found|made|held|kept|paid|built|dug|sent|brought|[a-z]+(?:ed|en|wn|ft|ost))"
                            r"(?![a-z])")

# --------------------------------------------------------------------------- the day of a figure
# "clashed Thursday night and officers recovered the bodies of eight people Friday morning": the day bodies were
# found, not the day of the killing the sentence also dates (also "Three more bodies were found last night while one
# was found today", beside "after Saturday's attack")
_RECOVERY_BEFORE = re.compile(r"(?<![a-z])(?:recovered|found|discovered|retrieved|pulled|collected)(?![a-z])[^.;]{0,60}?"
                              r"(?<![a-z])(?:bod(?:y|ies)|corpses?|remains)(?![a-z])[^.;]{0,50}\Z"
                              r"|(?<![a-z])(?:bod(?:y|ies)|corpses?|remains)(?![a-z])[^.;]{0,60}?(?<![a-z])"
                              r"(?:were|was|had\s+been|have\s+been)\s+(?:recovered|found|discovered|retrieved"
                              r"|pulled\s+out)(?![a-z])(?:\s+by\s+(?:[\w'’-]+\s+){1,3}?)?[^.;]{0,15}\Z")
# The incident told as before the sentence's day: "His body was found on Friday near where the ambush occurred"
_INCIDENT_BEFORE_IT = re.compile(r"(?<![a-z])(?:where|after|since)\s+the\s+(?:[a-z-]+\s+)?(?:attack|ambush|strike|raid"
                                 r"|bombing|clash(?:es)?|fighting|massacre|shooting|blast|explosion)(?![a-z])")
# "Of these, 170 were found alive", "Among them": a part of the count the sentence before gave
_PART_OF_BEFORE = re.compile(r"(?:of\s+(?:these|them|those|whom)|among\s+(?:them|these|those))\s*,")
# "as of end of July 2023", "by the end of June": the last day of that month
_AS_OF_END = re.compile(rf"(?i:as\s+of|by|at)\s+(?i:the\s+)?(?i:end|close)\s+of\s+(?P<when>{_MONTHS}(?:,?\s+(?:19|20)\d\d)?)"
                        r"(?![\w])")
# "killed the same day", "the next day", "a day later": the day the text named just before
_SAME_DAY = re.compile(r"(?<![a-z])(?:came|comes|followed|happened|occurred)\s+(?:just\s+)?((?:a|one|the)\s+day\s+after)"
                       r"(?![a-z])|(?<![a-z])(?:the|that)\s+(same\s+day|next\s+day|following\s+day|day\s+after|day\s+before"
                       r"|previous\s+day|same\s+night|next\s+morning|following\s+morning)(?![a-z])"
                       r"|(?<![a-z])(a\s+day\s+later)(?![a-z])"
                       # ("More than 240 people were killed on that day", "On that day, 72 years ago, 188 planes
                       # bombed Darwin": the day named before)
                       r"|(?<![a-z])(?:on\s+)?that\s+(?:very\s+)?(day)(?![a-z])")
# ("the assault came a day after rebels attacked ...": the event told is the day before the one named)
_SHIFT_OF = {"a day after": -1, "one day after": -1, "the day after": -1, "next day": 1, "following day": 1, "day after": 1, "next morning": 1, "following morning": 1,
             "a day later": 1, "day before": -1, "previous day": -1}
# "Zemland's August 8 military offensive", "the March 3 invasion": the day a long campaign began, not an incident's
_CAMPAIGN_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:offensive|invasion|war|campaign|operation|incursion|uprising"
                             r"|siege|occupation|conflict)(?![a-z])", re.IGNORECASE)


def _comma_segment(text: str, lo: int, hi: int, pos: int) -> str:
    """The stretch of ``text[lo:hi]`` between the commas (or dashes) around ``pos``."""
    a = max(text.rfind(",", lo, pos), text.rfind("—", lo, pos), lo - 1) + 1
    ends = [i for i in (text.find(",", pos, hi), text.find("—", pos, hi)) if i >= 0]
    return text[a:min(ends) if ends else hi]


# "the fighting that broke out ... on December 15", "the offensive began on Monday": the day
# something began, not an incident's (with "since" it is _SINCE_BEFORE)
_START_BEFORE = re.compile(r"(?<![a-z])(?:began|begun|started|erupted|broke\s+out|launched)(?:\s+[\w'’.-]+){0,6}?"
                           r"\s*\Z")
# What has come of a start since its date, told after the date: ", leaving more than 40,000 people dead", "and now
# has more than 12,000 troops"
_SINCE_RESULT = re.compile(r"[^.;:]{0,40}?(?:,\s*(?:leaving|killing|claiming|displacing|forcing|uprooting)|\s+and\s+(?:now"
                           r"|has\s+since|have\s+since)\s)(?:\s*[^.;:]{0,60})?\Z")
# "It follows the fatal stabbing of an official on Saturday", "The violence came after ...": the day of what set
# the story off, not of its incident
_FOLLOWS_BEFORE = re.compile(r"^\s*(?:it|this|that|they|the\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:follows?|followed"
                             r"|(?:comes|came)\s+(?:[\w-]+\s+){0,3}?after)(?![a-z])", re.IGNORECASE)
# "10 Muslims beaten to death on June 3 by a Buddhist mob ..., which sparked the violence": the day of the incident
# that set off the story's violence, told in the clause after the day (not the day of the violence it set off)
_SPARKED_AFTER = re.compile(r"[^.;]{0,160}?,\s+(?:which|that)\s+(?:(?:later|first|then|eventually)\s+)?(?:sparked|triggered"
                            r"|touched\s+off|set\s+off|ignited|provoked|prompted|unleashed)\s+(?:the|this|these|a\s+wave\s+of)"
                            r"\s+(?:[\w-]+\s+){0,2}?(?:violence|clashes|riots?|rioting|unrest|fighting|attacks|reprisals|bloodshed)"
                            r"(?![a-z])", re.IGNORECASE)
# "following an earlier strike on Sunday", "a previous attack on Monday", "Earlier on Sunday, ...": the day of
# another, earlier incident the story recalls, not of the one it reports
_EARLIER_EVENT_BEFORE = re.compile(r"(?:(?<![A-Za-z])(?:an?|the|one)\s+(?:[a-z-]+\s+)?(?:earlier|previous|prior|separate)\s+"
                                   r"(?:[a-z-]+\s+){0,2}?|^\s*(?i:earlier)\s+)(?:(?i:late|early)\s+)?\Z")
# A group's name before what it did or who it has: "an IS plot", "Hamas militants", "an ISIS-claimed bombing"
_DOER_NOUN_AFTER = re.compile(r"(?:-(?:claimed|linked|affiliated|inspired|led)|\s+(?:plots?|attacks?|militants|fighters|gunmen"
                              r"|cells?|members|bombings?|bombers?|suicide|operatives|insurgents|commanders?))(?![a-z])")
# A truce's day: "breaks the cease-fire the Basque separatist group called on March 22", "the truce agreed on
# Friday" (the day a truce was made, not a day of violence)
_TRUCE_BEFORE = re.compile(r"(?<![a-z])(?:cease-?fire|truce|armistice)[\"”’']?\s+(?:(?:that|which)\s+)?(?:[a-z-]+\s+){0,5}?"
                           r"(?:called|declared|announced|agreed|signed|began|brokered|reached|proclaimed)\s+"
                           r"(?:(?:late|early)\s+)?(?:on\s+|in\s+)?\Z")
# The count told in a relative clause of the event "since" names: "since a suicide truck bombing that killed ",
# "since the two-day fighting on April 15 and 16 that claimed ", "since the riot, which left " (the count is that
# event's, not a running total from it)
_SINCE_EVENT_COUNT = re.compile(r"(?<![a-z])since\s+[^,;:.!?]{2,80}?(?<![a-z])(?:that|which)\s+(?:killed|claimed|left"
                                r"|wounded|injured|cost)\s+(?:the\s+lives\s+of\s+)?(?:[a-z-]+\s+){0,2}?\Z")
# "since they began on September 30", "since the campaign started in October": the date is a start
_SINCE_BEFORE = re.compile(r"(?<![a-z])since(?:\s+[\w'’.-]+){0,8}?\s+(?:began|begun|started|start|launched|beginning"
                           r"|erupted|broke\s+out)(?:\s+[\w'’.-]+){0,6}?\s*\Z"
                           # "since security forces raided a hideout in Eastmark on Feb. 10": the event that
                           # started the count, dated at the clause's end
                           r"|(?<![a-z])since\s+(?:the\s+|a\s+|an\s+)?[a-z][\w'’-]*(?:\s+[\w'’.-]+){1,10}?(?:\s+(?:on|in))?\s*\Z"
                           # "since the 7 July 2005 bombings": the day names the event
                           r"|(?<![a-z])since\s+the\s*\Z"
                           # "combing the area since last (Tuesday) evening": the start of a search, in brackets
                           r"|(?<![a-z])since\s+(?:last\s+)?\(?\s*\Z")


# The violence a sentence dates by a day as the night or day before it: "remained jailed on Sunday ... for
# the attacks the previous night", "were buried on Friday, the day after the raid"
_DAY_BEFORE_AFTER = re.compile(r"(?<![a-z])(?:(?:attacks?|shootings?|bombings?|blasts?|raids?|strikes?|killings?"
                               r"|clashes|fighting|violence|rampage|assault)\s+(?:of\s+|on\s+|in\s+)?the\s+(?:previous|preceding)"
                               r"\s+(?P<a>night|evening|day)|the\s+(?P<b>night|evening|day)\s+after\s+the\s+(?:attacks?|shootings?"
                               r"|bombings?|blasts?|raids?|strikes?|killings?|clashes|fighting|violence|rampage|assault))(?![a-z])",
                               re.IGNORECASE)
# A toll that rose, before its number: "The death toll from the attack ... rose to", "the toll has climbed to at least"
_TOLL_ROSE_BEFORE = re.compile(r"(?<![a-z])toll(?![a-z])[^.;]{0,160}?(?:risen|rose|rises|climbed|climbs|reached|reaches"
                               r"|increased|jumped|hit|stood|stands)\s+(?:again\s+)?(?:at\s+|to\s+)?(?:[a-z]+\s+){0,2}?\Z")
_OVERNIGHT = re.compile(r"(?<![a-z])overnight(?![a-z])", re.IGNORECASE)
# a day named in words of its own: a weekday ("on Wednesday", "Wednesday night") or "last night", "yesterday"
_NIGHT = re.compile(r"(?<![a-z])(?:night|evening)(?![a-z])", re.IGNORECASE)
_NAMED_DAY = re.compile(r"(?<![a-z])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last\s+night"
                        r"|yesterday)(?![a-z])", re.IGNORECASE)
# "the worst violence since ...", "the deadliest attack in the region since ...", "the first ... since": a
# comparison with a past time, which starts no running total (the words just before a "since")
_COMPARED_BEFORE = re.compile(r"(?<![a-z])(?:worst|deadliest|bloodiest|biggest|largest|heaviest|highest|lowest"
                              r"|greatest|fiercest|the\s+most\s+[a-z]+|first|single\s+[a-z]+est)"
                              r"(?:\s+[\w'’-]+){0,6}?\s*\Z")


# --------------------------------------------------------------------------- background
# A sentence opening on an earlier time than the news ("In September 2019, ...", "Earlier this year, ...", "Last
# year ...", "Before that, ...", "In November, ..."): background
_PAST_FRAME = re.compile(r"\s*(?:(?:in|during|throughout)\s+(?:(?:early|late|mid-?)\s*)?(?:" + _MONTHS[3:-1] +
                         r")(?:\s+(?:19|20)\d\d)?|(?:in|during|throughout)\s+(?:19|20)\d\d|earlier\s+(?:this|that|last)\s+"
                         r"(?:year|month)|last\s+(?:year|month)|(?:a|one|two|three|several)\s+(?:years?|months?)\s+ago"
                         r"|before\s+that|previously)(?![A-Za-z])\s*,?", re.IGNORECASE)


# A war's whole span named by its length: "its more than 35-year terror campaign", "the decades-long insurgency"
_LONG_WAR = re.compile(r"(?<![a-z])(?:\d+|[a-z]+)-year(?:-long|-old)?\s+(?:[a-z-]+\s+){0,2}?(?:war|conflict|campaign|insurgency"
                       r"|uprising|rebellion|struggle)|(?:decades?|years)-long\s+(?:[a-z-]+\s+){0,2}?(?:war|conflict"
                       r"|campaign|insurgency|uprising|rebellion)(?![a-z])")
_COMES_AFTER = re.compile(r"(?<![a-z])(?:comes|came)\s+(?:just\s+|only\s+|a\s+few\s+|several\s+|two\s+|three\s+)?"
                          r"(?:days?|weeks?|months?|hours?)\s+after(?![a-z])", re.IGNORECASE)


# A span of years the count is over: "over the last 15 years", "in the past two decades"
_YEARS_SPAN = re.compile(r"(?<![a-z])(?:over|in|during|for|across|within)\s+the\s+(?:past|last)\s+(?:\d{1,3}|[a-z]+)"
                         r"(?:\s+or\s+so)?\s+(?:years|decades)(?![a-z])", re.IGNORECASE)
# An earlier year's event told in a "when" clause before the number: "The deadliest riot ... was in 2013, when 60
# people died"
_YEAR_WHEN_BEFORE = re.compile(r"(?<![A-Za-z\d])in\s+((?:19|20)\d\d)\s*,?\s+when\s+[^,.;:!?]{0,80}\Z", re.IGNORECASE)


def _earlier_year_when(before: str, published: str) -> str:
    """The words "in YEAR, when" right before a number (``before``: its sentence up to it) when YEAR is before
    the year of ``published`` (an earlier event), or ""."""
    m = _YEAR_WHEN_BEFORE.search(before)
    if m and published[:4].isdigit() and int(m[1]) < int(published[:4]):
        return " ".join(m.group().split()[:4]).rstrip(",")
    return ""


# An earlier year named by words relative to the news ("where police shot dead 12 inmates during a jailbreak last
# year"): in the count's own clause, an earlier event, not the story's
_EARLIER_YEAR = re.compile(r"(?<![a-z])(?:last\s+year|the\s+(?:previous|preceding)\s+year|a\s+year\s+(?:ago|earlier|before)"
                           r"|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\s+(?:ago|earlier|before)"
                           r"|(?<![a-z])in\s+(?P<year>(?:19|20)\d\d)(?!\d))"
                           r"(?![a-z])")
_PUNCT_BREAK = re.compile(r"[,;:()—–]")


def _earlier_year_in_clause(before: str, after: str, published: str = "") -> str:
    """The words of an earlier year ("last year", "two years ago"; "in 2006" when ``published`` is of a later
    year) in a number's own clause: in ``after`` (its sentence after it), else in ``before`` (its sentence up to
    it), with no comma, colon, bracket or dash between them and the number ("guards last year shot dead 12"; "the
    firing of 600 mutinous soldiers in 2006 triggered unrest that killed 37 people"; not "a village housing 500
    people, deported last year" of a count before the comma), or ""."""
    def earlier(m: re.Match) -> bool:
        return m.group("year") is None or published[:4].isdigit() and int(m.group("year")) < int(published[:4])

    m = next((m for m in _EARLIER_YEAR.finditer(after) if earlier(m)), None)
    if m and not _PUNCT_BREAK.search(after, 0, m.start()):
        return m.group()
    hits = [m for m in _EARLIER_YEAR.finditer(before) if earlier(m)]
    if hits and not _PUNCT_BREAK.search(before, hits[-1].end()):
        return hits[-1].group()
    return ""


def _past_frame(sentence: str) -> str:
    """The words opening a sentence on an earlier time than the news ("In September 2019, ..."), or
    setting the news after an earlier event ("The attack comes just days after ..."), or ""."""
    m = _PAST_FRAME.match(sentence) or _COMES_AFTER.search(sentence) or _FOLLOWS_OPEN.match(sentence)
    return " ".join(m.group().split()).rstrip(",") if m else ""


# A sentence that sets the news after an earlier event it opens with (``_FOLLOWS_BEFORE``, then the event): "The
# protests follow the Jan. 7 attack on the magazine's offices, in which gunmen killed 12 people"
_FOLLOWS_OPEN = re.compile(_FOLLOWS_BEFORE.pattern + r"\s+(?:the|a|an|last)\s", re.IGNORECASE)


def _inside_quote(before: str) -> bool:
    """Whether the text after ``before`` is inside a quotation it opened."""
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _background(sentence: str) -> str:
    """The words that make a sentence a total over time ("have died", "since", "so far"), or ""."""
    m = _PERFECT.search(sentence) or _TOTAL_WORDS.search(sentence) or _CONTEXT_WORDS.search(sentence)
    return m.group() if m else ""


# --------------------------------------------------------------------------- a figure's sentence, for draft_document

# Fighting between two sides ("clashes between the army and the rebels"): the span of the two sides
_BETWEEN_SIDES = re.compile(r"(?<![a-z])(?:clash(?:es)?|fighting|fights?|battles?|hostilities|skirmish(?:es)?|gunfights?"
                            r"|firefights?|gun\s+battles?|exchanges?\s+of\s+fire|confrontations?|violence|war|conflict"
                            r"|combat)\s+(?:[a-z-]+\s+){0,2}?between\s+(?P<sides>[^,.;:]{2,120}?\s(?:and|&)\s[^,.;:]{2,80}?)"
                            r"(?=\s+(?:has|have|had|killed|killing|left|leaving|wounded|injured|in|on|at|near|since|that"
                            r"|which|over|across|this|last|early|late)\s|[,.;:]|$)", re.IGNORECASE)


def _between_sides(sentence: str, actor: str) -> bool:
    """Whether every mention of ``actor`` in ``sentence`` is one of two sides said to fight each other
    ("fighting between the army and the rebels", "clashes between X and Y"): not a perpetrator."""
    spans = [m.span("sides") for m in _BETWEEN_SIDES.finditer(sentence)]
    if not spans:
        return False
    at = [m.start() for m in re.finditer(re.escape(actor), sentence)]
    return bool(at) and all(any(a <= p < b for a, b in spans) for p in at)


# The size of a place, right before its number: "a city of", "the country's population of", "home to"
_PLACE_POPULATION = re.compile(r"(?<![a-z])(?:population\s+of|(?:city|town|nation|country|state|capital|village|island"
                               r"|community|region|province|district|county)\s+of|home\s+to)\s+(?:(?:about|around|some"
                               r"|roughly|nearly|almost|over|more\s+than|an\s+estimated|approximately)\s+)?\Z",
                               re.IGNORECASE)


# The same size told in an aside on the place, which no reporting words around it claim: "Dushanbe, a city of
# 500,000, where ...", "Fergana, which has a population of more than 200,000, ...", "La Victoria, a small area of
# less than 130,000 inhabitants", "Titao (population 155,000)"
_PLACE_POPULATION_ASIDE = re.compile(
    r"(?:,|—|–|\()\s*(?:(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}?(?:city|town|nation|country|state|capital|village|island"
    r"|community|region|province|district|county|area|municipality|suburb|neighbou?rhood|locality|settlement|republic)\s+of"
    r"|(?:which|that|with)\s+(?:has\s+|had\s+)?(?:a|an)\s+(?:[a-z-]+\s+){0,2}?population\s+of|population:?|pop\.)"
    r"\s+(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|less\s+than|fewer\s+than|an\s+estimated"
    r"|approximately)\s+)?\Z", re.IGNORECASE)


# Forces sent somewhere, right before their number: "sent a force of more than", "deployed about", "send ... and"
_TROOPS_SENT = re.compile(r"(?<![a-z])(?:sent|send|sends|sending|deployed|deploy|deploys|deploying|dispatched|dispatch"
                          r"|dispatching|mobili[sz]ed|stationed)\s+(?:[\w'’-]+\s+){0,6}?(?:(?:about|around|some|roughly"
                          r"|nearly|almost|over|more\s+than|up\s+to|an\s+estimated|approximately)\s+)?\Z", re.IGNORECASE)

# A count followed by its own "according to" in a list of rival counts: "the villagers killed 67 rustlers, according to
# police, 86 according to local leaders, or even 90 according to the townsmen themselves", "At least 6,000 people
# according to the prefecture, up to 30,000 according to the organizers": each count is the one its words name (a few
# words of its own noun between; no other number, clause or bracket)
_OWN_ACCORDING_AFTER = re.compile(r"(?:\s+[a-z][\w'’-]*){0,3}?\s*,?\s+according\s+to\s+(?P<who>[^,.;:()\"“”\d]+?)"
                                  r"(?=\s*(?:[,.;:)]|\s+or\s|\s+and\s+(?:up\s+to\s+|about\s+|some\s+|over\s+)?\d|$)"
                                  # (or the sentence's own verb after a list that opens it: "..., up to 30,000 according
                                  # to the organizers converged on this basin")
                                  r"|\s+(?-i:[a-z]+ed)\s+(?:on|in|at|to|into|from|near|outside|around)\s)",
                                  re.IGNORECASE)

# A day that dates a political act the violence followed, not the violence: "clashes with police following the
# announcement on Tuesday evening of the re-election", "after the verdict on Monday"; and the day of a protest called
# for, still to come ("a call from the opposition for a national day of protest on Friday")
_ACT_DAY_BEFORE = re.compile(
    r"(?:(?<![a-z])(?:following|after|over)\s+(?:the|a|an|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}?(?:announcement|announcing"
    r"|elections?|vote|voting|polls?|verdict|ruling|sentence|sentencing|results?|declaration|inauguration|swearing-in"
    r"|referendum)(?:\s+of\s+[^.;,]{1,40}?)?\s*,?\s*"
    r"|(?<![a-z])calls?\s+(?:from\s+[^.;,]{1,40}?\s+)?for\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,4}?(?:protests?|strikes?|rally"
    r"|rallies|march|marches|demonstrations?|shutdown|boycott)(?:\s+(?:on|against)\s+[^.;,]{1,40}?)??\s+)"
    r"(?:on\s+|late\s+|early\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\Z", re.IGNORECASE)
