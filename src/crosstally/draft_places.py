"""Drafts' places: the case's place names (``rules/admin1.csv``) found in a document.

Part of the drafter (:mod:`crosstally.draft`): ``Places`` finds the mentions
(``PlaceMention``) of the case's units, regions and countries, and the place patterns and
datelines here tell which mention is a figure's place:

- **place and admin-1**: the case's spellings (``rules/admin1.csv``). The most
  specific place of the number's clause, else its sentence: a unit beats a region or
  the country named with it; a country or region counts only as a place ("in Gaza",
  "across southern Ukraine"), not as an adjective ("Myanmar's military"), and no place
  followed by a reporting verb is one ("Kyiv reported"); a place in a share after the
  number ("with deaths in Kabul accounting for ...") is a part, not the total's. A region
  of several units is a ``groups`` name of the table ("Gaza Strip", "Donbas"): all its
  units; a bare name that is also a unit's is the region, unless a unit word follows
  ("Gaza governorate"). One strike said to be in a region or the country, or one day's
  incident said to be in the country, takes the unit the document gives for the incident
  (the unit it names most). "Against its territory", "nationwide": the country. A place's
  possessive right before the number is whose number it is ("the Strip's 2.4 million
  people"); a participle clause (", killing one civilian in ...") has its own place; a
  place naming an institution ("the Gaza Health Ministry") is none; a country or region
  name ending a longer capitalised name the table does not know ("Mount Lebanon") is not
  the country (``why`` asks for the alias). With no place in the sentence: a total over the
  whole war is the country's, munitions launched or shot down the country's; else the
  nearest sentence of the paragraph that names one ("killed there": the place named last);
  "the area", "the capital": the place named last before ("the territory": the widest
  region); "That attack ...": the place of the sentence before; else a total over time
  counted by a place's authority is that place's, one over a reporting window (a year, a
  quarter, "since ...") the whole country's, a toll still rising in a story about one
  place that place's, else the unit(s) the document names most.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import pandas as pd

from . import countries
from .admin1 import city_pair, country_of_code, is_city_unit, spelling, whole_country_rows
from .draft_common import _alias_pattern, _paragraph_spans
from .draft_dates import _MONTHS


_UNIT_WORD = re.compile(r"\s+(?:governorate|province|state|oblast|region|district|city|municipality|county"
                        r"|division|prefecture|raion)(?![a-z])", re.IGNORECASE)
# A capitalised word right before a name: "Mount" of "Mount Qzland"
_NAME_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*)[ \t]+\Z")
_NOT_NAME_WORDS = set("""a an the in on at across throughout from to into inside outside near over around within of for and
but or with by as all both northern southern eastern western central north-eastern north-western south-eastern
south-western northeastern northwestern southeastern southwestern n s e w ne nw se sw n. s. e. w. entire whole war-torn besieged occupied while
after before since during despite under between against toward towards about says said killed when where""".split())
# A country in the proper name of a body ("the Armed Forces of the Philippines", "the UN Assistance Mission in
# Afghanistan", "the Embassy of Japan"): whose body, not where anything happened. (Not "the Republic of ...",
# "the Kingdom of ...": a country's own name.)
_BODY_NAME_BEFORE = re.compile(r"(?<![A-Za-z])(?:Armed\s+Forces|Army|Navy|Air\s+Force|(?:National\s+)?Police"
                               r"|Government|Mission|Embassy|Delegation|Office|Commission|Council|Parliament|Assembly"
                               r"|Ministry\s+of\s+[A-Z][a-z]+(?:\s+Affairs)?)\s+(?:of|in|to|for)\s+(?:the\s+)?\Z")
# A post's title or a body's mission ("the UN agency's director in Lebanon", "the head of the ICRC in Yemen", "the UN
# mission in South Sudan"): where the speaker serves, not where anything happened (not "Libya's Ambassador in
# Malta": where a diplomat is posted is often where the story is)
_POST_IN_BEFORE = re.compile(r"(?<![A-Za-z])(?:director|head|chief|representative|coordinator|mission"
                             r"|spokes(?:man|woman|person)|correspondent)(?:\s+of\s+(?:the\s+)?[\w'’-]+){0,1}"
                             r"\s+(?:in|to|for)\s+(?:the\s+)?\Z", re.IGNORECASE)

# Words before a country or a region that make it the place of the sentence ("in Gaza", "across
# southern Ukraine"); without them the name is an adjective or an actor ("Myanmar's military").
_LOCATIVE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:in|on|across|throughout|near|at|from|over|into|inside|around|to|outside|within|of)\s+"
    r"(?:the\s+|(?-i:[A-Z][\w-]*)['’]s\s+)?(?:(?:predominantly|mostly|largely|mainly)\s+[\w-]+\s+)?"
    r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern"
    r"|north-?western|south-?eastern|south-?western|downtown|besieged|occupied|war-torn"
    r"|(?-i:N|S|E|W|NE|NW|SE|SW)\.?)\s+)?\Z", re.IGNORECASE)


# A country named as the attacker, not as a place: "an island bombed by Zemland", "Zemland fired 170 shells"
_AGENT_BEFORE = re.compile(r"(?<![a-z])by\s+(?:the\s+)?\Z", re.IGNORECASE)
_ATTACKS_AFTER = re.compile(r"\s+(?:has\s+|had\s+|have\s+)?(?:fired|launched|attacked|shelled|bombed|struck|invaded"
                            r"|bombarded|shot)(?![a-z])", re.IGNORECASE)
# People named by where they came from: "at least 20 journalists from General Santos City" (abducted
# elsewhere), "pilgrims from Karbala": their home, not where anything befell them
_HOME_BEFORE = re.compile(
    r"(?<![a-z])(?:journalists|reporters|students|pupils|workers|labourers|laborers|pilgrims|tourists|fishermen"
    r"|associates|supporters|delegates|lawyers|traders|miners|teachers|doctors|nurses|volunteers|athletes|players"
    # (or one person: "a bomb carried by a young woman from the southern republic of Dagestan")
    r"|(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:woman|man|girl|boy|bomber|native))"
    r"\s+from\s+(?:the\s+)?(?:(?:nearby|neighbouring|neighboring)\s+)?"
    r"(?:(?:(?:north|south|east|west)(?:ern)?\s+)?(?:republic|region|province|state)\s+of\s+)?\Z", re.IGNORECASE)
# "fired from", "stormed across the border from", "drones launched from": the place an attack came from,
# not where it struck (people who "fled from" a place keep it: no attack word before "from")
_ORIGIN_BEFORE = re.compile(
    r"(?<![a-z])(?:fired|firing|fire|launched|launching|launches|rockets?|missiles?|drones?|shells?|shelling|mortars?"
    r"|projectiles?|barrages?|attacks?|attacked|attacking|stormed|storming|infiltrated|infiltrating|crossed|crossing"
    r"|incursions?|raids?|raided|militants|gunmen|fighters|insurgents|assailants|attackers"
    # (fighting that spread from one place into another: "has spilled into Enga from neighbouring Hela")
    r"|spilled|spilling|spilt|spread|spreading)(?![a-z])"
    r"[^.;:!?\n]{0,40}?(?<![a-z])from\s+(?:the\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western"
    r"|neighbouring|neighboring)\s+)?\Z", re.IGNORECASE)


# "about 30 km (19 miles) east of", "two kilometres from", "an hour's drive from", "120 miles north of Niger's
# capital, Niamey": a place used to say where another is
_DISTANCE_BEFORE = re.compile(
    r"(?<![a-z])(?:km|kms|kilometres|kilometers|kilometre|kilometer|miles?|mi)\.?(?:\s*\([^()]{1,30}\))?"
    r"\s+(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|northeast|northwest"
    r"|southeast|southwest)(?:ern)?\s+)?(?:of|from|outside(?:\s+of)?)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:(?:city|town|capital|village),?\s+(?:of\s+)?)?\Z"
    r"|(?<![a-z])drive\s+from\s+(?:the\s+)?\Z", re.IGNORECASE)

# "in Fuhais, outside Amman", "the town of Al-Fuhais west of Amman", "Salt, northwest of the capital Amman": a second
# place named only to say where the first lies (the first a place the table knows, right before it)
_BEARING_OF = (r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of"
               r"|outside(?:\s+of)?)")
_RELATIVE_TO_BEFORE = re.compile(
    rf"\s*,?\s+(?:just\s+|some\s+way\s+)?(?:{_BEARING_OF}|near)\s+(?:the\s+(?:capital|city|town|province|region)\s+"
    r"(?:of\s+)?)?\Z", re.IGNORECASE)
# "in the village of Daih, west of the capital, Manama": the same after a place the table does not know, when the
# direction is set off by commas after a name
_RELATIVE_TO_NAME_BEFORE = re.compile(
    rf"(?<![\w'’-])[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}}\s*,\s+(?:just\s+)?{_BEARING_OF}\s+"
    r"(?:the\s+(?:capital|city|town)\s*,?\s+(?:of\s+)?)?\Z")

# "U.S. positions in Qatar", "US troops stationed in Qatar", "American bases": a country's name before its forces,
# posts or people abroad says whose they are, not where anything happened
_ATTRIBUTIVE_AFTER = re.compile(
    r"\s+(?:(?:military|armed|air|naval|army|defen[cs]e|security)\s+)?(?:positions?|troops|forces|soldiers|servicemen"
    r"|service\s+members|personnel|bases?|facilities|installations?|assets|warships?|embassy|embassies|nationals"
    r"|diplomats|contractors)(?![a-z])", re.IGNORECASE)
# "U.S. airstrikes on the port", "Zemlandi drone strikes": whose strikes or weapons, not where they fell
_WEAPONS_AFTER = re.compile(
    r"\s+(?:(?:overnight|night|new|fresh|latest|deadly)\s+)?(?:air\s*strikes?|drone\s+strikes?|drones?|missiles?|rockets?"
    r"|warplanes?|war\s+planes?|jets?|fighter\s+jets?|bombers?|strikes|bombings?|bombardments?|shelling|raids)(?![a-z])",
    re.IGNORECASE)

# "a special force based in Eastmark", "troops stationed in the capital", "a group headquartered in Westport": where
# a body or force is kept, not where anything happened
_BASED_IN_BEFORE = re.compile(r"(?<![a-z])(?:based|stationed|headquartered|garrisoned)\s+(?:in|at)\s+"
                              r"(?:the\s+)?\Z", re.IGNORECASE)
# "called on the U.S. government to end its contract": a country's name before its government is the body, not a
# place ("Government" with a capital is _INSTITUTION_AFTER's)
_GOVERNMENT_AFTER = re.compile(r"\s+(?:government|administration|authorities|officials)(?![a-z])")

# "48 were in a critical condition in hospitals from the mine itself to Eastport and Westport", "were being treated
# at hospitals in Eastport": where the wounded lie, not where they were hurt
_TREATED_IN_BEFORE = re.compile(
    r"(?<![a-z])(?:treated|admitted|hospitali[sz]ed|treatment|(?:critical|serious|stable)\s+condition)\s+(?:in|at)\s+"
    r"(?:a\s+|the\s+|several\s+|various\s+|local\s+)?(?:hospitals|clinics|hospital|clinic)\s+(?:in|at|across|from\s+[^,.;]{0,40}?"
    r"\s+to)\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*(?:,|and)\s+)*\Z")
# A place followed by a reporting verb is an actor, not where something happened
_ACTOR_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?\s+(?:also\s+|has\s+|have\s+)?"
                          r"(?:(?:so\s+far|also|earlier|later|repeatedly|quickly|promptly)\s+)?(?:said|says|reported|reports"
                          r"|claimed|claims|announced|accused|denied|denies|insisted|warned"
                          # "with Baku reporting two troops killed", "Yerevan has so far denied any losses"
                          r"|reporting|claiming|saying|announcing|accusing|denying|insisting"
                          # "prompting Ankara to contact the UN": a capital acting for its government
                          r"|to\s+(?:contact|summon|retaliate|respond|protest|complain|appeal|demand|seek|warn|threaten))"
                          r"(?![a-z])")


# A preposition of place before a name, with at most a few lowercase words between: "in the port city of", "at"
_IN_PLACE_BEFORE = re.compile(r"(?<![A-Za-z])(?:in|at|of|from|near|outside|inside|across)\s+(?:[a-z-]+\s+){0,4}\Z")


# "the wounded were transferred to Eastport for treatment", "taken to hospital in Eastport", "fled into
# Westmark": where people were carried or fled to, not where the count happened. Only the passive carrying of
# people ("were taken to", "being flown to") and fleeing or crossing *into* a place: "troops sent to Millbrook
# clashed", "families who had fled to Millbrook were attacked", "rebels moved into Millbrook and killed" name the
# scene
_DESTINATION_BEFORE = re.compile(
    r"(?<![a-z])(?:(?:transferred|taken|rushed|evacuated|airlifted|flown|brought|transported|referred|relocated"
    r"|summoned|recalled"  # ("summoned to Kabul for further investigation": where officers are called, not the scene)
    # ("to protest the U.S. Embassy's historic move to Jerusalem": where the embassy went; "prompting a request for
    # their airlift to Mogadishu": where the wounded go)
    r"|move|relocation|airlift|evacuation|transfer)"
    r"\s+(?:(?:back|by|helicopter|road|air|out|over)\s+)*(?:to|into|towards?)"
    r"|(?P<fled>(?:fled|fleeing|flee|crossed|crossing)\s+(?:(?:back|over)\s+)*into))\s+(?:(?:a|the|neighbouring|neighboring)\s+)?"
    r"(?:(?:hospitals?|clinics?|camps?|shelters?|capital|city|town)\s*(?:in|of|,)?\s+)?\Z", re.IGNORECASE)
# after "fled into X" or "crossed into X", a deed of violence makes X the scene ("Rebels crossed into Millbrook and
# killed 12", "families who fled into Millbrook were attacked"); else X is where the displaced went
_DEED_AFTER = re.compile(r"(?<![a-z])(?:killed|killing|attacked|attacking|shot|shelled|shelling|opened\s+fire|clashed"
                         r"|ambushed|stormed|abducted|kidnapped|massacred|torched|looted|bombed)(?![a-z])", re.IGNORECASE)

# A wire dateline opening a paragraph: "CITYNAME, Oct. 18 —", "CITYNAME, Country (AP) —", "Cityname (COUNTRY),
# July 25:", "Cityname :", "CITYNAME:", a press release's "Wednesday, 14 March 2018, Nairobi:": where the reporter
# filed from, not where the count happened
_DL_NAME = r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}"
_DL_DATE = (rf"(?:{_MONTHS}\.?[ \t]+\d{{1,2}}(?!\d)(?:,?[ \t]+\d{{4}})?"
            rf"|\d{{1,2}}[ \t]+{_MONTHS}\.?(?:[ \t]+\d{{4}})?)")
_PLACE_DATELINE = re.compile(
    rf"[ \t]*(?P<name>{_DL_NAME})(?P<region>,[ \t]*[A-Z][\w'’. -]{{1,30}}?)?(?P<paren1>[ \t]*\([^()\n]{{1,40}}\))?"
    rf"(?P<date>,[ \t]*{_DL_DATE})?(?P<place_after>(?<=\d),[ \t]*{_DL_NAME})?"
    rf"(?P<paren2>[ \t]*\([^()\n]{{1,40}}\))?(?P<sp>[ \t]*)(?P<punct>:|—|–|-(?=[ \t]))"
    r"[ \t]*(?=\S)")


def _dateline_spans(text: str) -> list[tuple[int, int]]:
    """The wire datelines among the first paragraphs: a place and, before a colon or dash, a
    date, a country, an agency in brackets, a name in capitals or a space ("Cityname :"); a
    bare "Cityname:" only after the first paragraph (a headline's "Qzland: ..." names its
    subject)."""
    out = []
    for k, (lo, hi) in enumerate(_paragraph_spans(text)[:4]):
        m = _PLACE_DATELINE.match(text, lo, hi)
        if m is None:
            continue
        strong = (m.group("name").isupper() and len(m.group("name")) > 2) or m.group("paren1") or \
            m.group("paren2") or m.group("date") or m.group("region") or m.group("sp")
        if strong or (k > 0 and m.group("punct") == ":"):
            out.append((m.start(), m.end()))
    return out


_PART_BEFORE = re.compile(r"(?<![A-Za-z])(?:especially|particularly|notably|mainly|mostly|chiefly|above\s+all"
                          r"|most\s+of\s+(?:them|it|which|whom)|outside|above|below|beyond)\s+(?:in\s+|at\s+)?(?:the\s+)?\Z",
                          re.IGNORECASE)
_PART_AFTER = re.compile(r"[^.;:\n]{0,60}?(?<![a-z])(?:saw|suffered|bore|witnessed)\s+(?:the\s+)?(?:worst|brunt|most)"
                         r"|[\w\s,'’-]{0,30}?(?<![a-z])(?:worst|hardest)[\s-]+(?:hit|affected)(?![a-z])", re.IGNORECASE)


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    spelling: str
    codes: tuple[str, ...]
    kind: str  # unit, group or country
    locative: bool  # "in Gaza", not "Gaza's health ministry"
    origin: bool = False  # "rockets fired from Gaza": where an attack came from
    dateline: bool = False  # "CITYNAME, Oct. 18 —": where the reporter filed from


_country_of_code = country_of_code  # (admin1.country_of_code)


def _spelling(name: str) -> str:
    """A place name as the table's lookups key it: spaces collapsed, and one apostrophe for both ways it is
    typed (an alias "Stockholm’s" is found in a text that writes "Stockholm's", and the reverse), and "and" for
    a name's "&" ("Trinidad & Tobago" is "Trinidad and Tobago")."""
    return spelling(name).replace(" & ", " and ")


def _lede_end(text: str, body_from: int = 0) -> int:
    """Where the headline and lede end: after the first paragraph of the body."""
    spans = _paragraph_spans(text)
    body = [hi for lo, hi in spans if lo >= body_from and text[lo:hi].strip()]
    return body[0] if body else len(text)


def _country_adjective_counts(text: str, names: dict[str, list[str]], adjectives_only: bool = False) -> dict[str, int]:
    """How often the text names each country by a name of its row or an English name or
    adjective of ``crosstally.countries`` ("Qzlandi", "Israeli"); with ``adjectives_only``, by
    an adjective alone ("Afghan", not "Afghanistan")."""
    words = countries.country_words({n: {c} for c, ns in names.items() for n in ns})
    if adjectives_only:
        words = {w: cs for w, cs in words.items() if w in countries.adjectives()}
    pat = countries.pattern([w for w, cs in words.items() if cs & set(names)])
    out: dict[str, int] = {}
    if pat is None:
        return out
    for m in pat.finditer(text):
        for c in words.get(" ".join(m.group().split()), set()) & set(names):
            out[c] = out.get(c, 0) + 1
    return out


# a unit word that makes a city's name its province's: "Buenos Aires province", "the province of Buenos Aires"
_PROVINCE_AFTER = re.compile(r"[ \t]+(?:province|region|state|department|county|governorate|oblast|district|rayon)"
                             r"(?![a-z])", re.IGNORECASE)
_PROVINCE_BEFORE = re.compile(r"(?<![a-z])(?:province|region|state|department|county|governorate|oblast|district|rayon)"
                              r"\s+of\s+\Z", re.IGNORECASE)


_is_city_unit = is_city_unit  # (admin1.is_city_unit: a city or municipality of ISO 3166-2)


class Places:
    """The case's place spellings (``rules/admin1.csv``) -> p-codes.

    Each unit is known by its ``name`` and ``aliases``; a region that spans several units
    ("Gaza Strip", "eastern Ukraine", "Darfur") is named in the ``groups`` column of each
    unit it covers, so that a group name means all of them. A name that is both a unit's
    spelling and a group ("Gaza": the governorate and the Strip) is read as the group,
    unless a unit word follows it ("Gaza governorate", "Gaza City" when that is an alias).
    A spelling two units of one country share, one a city (or ISO's municipality) and the
    other the unit around it ("Maputo", "Lankaran"), is the city, unless a unit word says the
    other ("Lankaran district", "the province of Maputo"); any other spelling several units of
    one country share is read as the table's first of them (``crosstally validate`` refuses it).

    The table may hold several countries (a case about a war between two countries holds
    both): each has a whole-country row (its ISO code, or a ``country`` column naming it),
    and each unit belongs to the country whose code its own code starts with. ``country``
    is the country of the document being drafted (:meth:`for_document`), at first the
    table's only or first country.
    """

    def __init__(self, admin1: pd.DataFrame):
        self.code_of: dict[str, str] = {}
        self.shared: dict[str, list[str]] = {}  # spelling -> every row it spells (a name two countries share)
        self.groups: dict[str, set[str]] = {}
        for r in admin1.to_dict("records"):
            for n in [r["name"], *str(r.get("aliases", "") or "").split(";")]:
                n = _spelling(n)
                if n:
                    self.code_of.setdefault(n, r["pcode"])
                    self.shared.setdefault(n, []).append(r["pcode"])
            for g in str(r.get("groups", "") or "").split(";"):
                g = _spelling(g)
                if g:
                    self.groups.setdefault(g, set()).add(r["pcode"])
        self.countries: list[str] = whole_country_rows(admin1)
        self.country_of: dict[str, str] = {c: _country_of_code(c, self.countries) for c in admin1["pcode"]}
        # one spelling for two units of one country, a city (or ISO's municipality) and the province around it
        # ("Maputo", "Buenos Aires", "Toshkent", Azerbaijan's "Lankaran"): news naming it names the city, unless a
        # unit word says the province ("Buenos Aires province", "the province of Buenos Aires", "Lankaran district");
        # (spelling, country) -> (the city, the other unit). Any other spelling several units of one country share
        # is read as the table's first of them, and `crosstally validate` refuses it (ledger.admin1_spelling_errors)
        self.city_of: dict[tuple[str, str], tuple[str, str]] = {}
        for n, codes in self.shared.items():
            by_country: dict[str, list[str]] = {}
            for c in dict.fromkeys(codes):
                if c not in self.countries:
                    by_country.setdefault(self.country_of[c], []).append(c)
            for country, units in by_country.items():
                pair = city_pair(units) if len(units) == 2 else None  # (ISO's types: only for a shared spelling)
                if pair:
                    self.city_of[(n, country)] = pair
        self.names_of: dict[str, list[str]] = {}
        for r in admin1.to_dict("records"):
            if r["pcode"] in self.countries:
                self.names_of[r["pcode"]] = [n for n in [r["name"], *str(r.get("aliases", "") or "").split(";")]
                                             if n.strip() and n.strip() != "whole country"]
        # the document's country: the table's only (or first) one until a document says otherwise
        self.country = self.countries[0] if self.countries else None
        self.country_why = (f"the admin-1 table's {'only' if len(self.countries) == 1 else 'first'} country "
                            f"{self.country}" if self.country else "no whole-country row in the admin-1 table")
        self._pat = _alias_pattern(list(self.code_of) + list(self.groups), True, ampersand=True)
        self._people_words, self._people_pat = {}, None
        if self.countries:  # the names and adjectives of the case's countries ("Zemlandi", "Zemlanders")
            words = countries.country_words({n: {c} for c, ns in self.names_of.items() for n in ns})
            self._people_words = {w: cs & set(self.countries) for w, cs in words.items() if cs & set(self.countries)}
            alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(self._people_words, key=len, reverse=True))
            self._people_pat = re.compile(rf"(?<![\w.-])(?:{alt})(?:s|es)?(?![\w])")  # "Zemlanders" too

    def _countries_of(self, words: str) -> set[str]:
        """The countries a name or adjective of the table stands for ("Zemlanders" as "Zemlander")."""
        word = " ".join(words.split())
        return self._people_words.get(word, self._people_words.get(re.sub(r"(?:es|s)\Z", "", word), set()))

    def people_country(self, text: str, pos: int, clause: tuple[int, int]) -> tuple[str, str] | None:
        """(country code, word) when the number at ``pos`` counts people named by the name or adjective
        of one country of the table, right after it ("Thousands of Qzlandi soldiers", "49 Zemlanders");
        None otherwise."""
        if self._people_pat is None:
            return None
        num = re.match(r"[\w,.-]+\s+(?:(?:more|other|of|the|young|unarmed|ethnic|innocent)\s+){0,2}", text[pos:clause[1]])
        if num is None:
            return None
        m = self._people_pat.match(text, pos + num.end(), clause[1])
        if m is None or text[m.end():m.end() + 2] in ("'s", "’s") or text[m.end():m.end() + 1] == "-":
            return None  # "Zemland's army", "Zemlandi-backed": an actor, not the people counted
        found = self._countries_of(m.group())
        return (next(iter(found)), m.group()) if len(found) == 1 else None

    def speaking_country(self, text: str, lo: int, hi: int, places: bool = False,
                         names: bool = True) -> tuple[str, str] | None:
        """(country code, word) of the first country of the case named in text[lo:hi] by its name
        or adjective as who speaks ("the Zemlandi defence ministry said it ...", "Zemland's air
        force said", "with Zemland reporting 15 killed"), not "launched by Zemland" nor
        "Zemlandi-made"; only with several countries. With ``places``, also a place of the case
        right before a reporting verb ("Harbor Town said": a capital speaking for its government)."""
        if len(self.countries) < 2 or self._people_pat is None:
            return None
        if places:
            for m in self.mentions(text, lo, hi, speakers=True):
                if m.kind == "unit" and _ACTOR_AFTER.match(text, m.end) and self.country_of_codes(m.codes):
                    return self.country_of_codes(m.codes), m.spelling
        if not names:
            return None
        for m in self._people_pat.finditer(text, lo, hi):
            if text[m.end():m.end() + 1] == "-" or re.search(r"(?<![a-z])(?:by|from|at|against|on|into|over)\s+\Z",
                                                              text[max(lo, m.start() - 12):m.start()].lower()):
                continue
            if not re.match(r"(?:['’]s)?(?:\s+[\w-]+){0,4}?\s+(?:said|says|reported|reports|reporting|announced|stated"
                            r"|claimed)(?![a-z])",
                            text[m.end():hi]):
                continue
            found = self._countries_of(m.group())
            if len(found) == 1:
                return next(iter(found)), m.group()
        return None

    def people_of_other_country(self, text: str, pos: int, clause: tuple[int, int]) -> tuple[str, str] | None:
        """(country code, word) when the number at ``pos`` counts people named by the name or
        adjective of a country of the case other than the document's, right after it ("Fifty
        Zemlandi soldiers", "49 Zemlanders", "six more Zemlandi civilians"); None otherwise, and
        always with one country in the table. "drones launched by Zemland" names who acted, not
        whom the number counts."""
        if len(self.countries) < 2:
            return None
        found = self.people_country(text, pos, clause)
        return found if found is not None and found[0] != self.country else None

    def country_note(self) -> str:
        """How the document's country was chosen, for a ``why`` that falls back to it (only
        when the table holds several countries)."""
        return f" ({self.country_why})" if len(self.countries) > 1 else ""

    def filed_abroad(self, m: PlaceMention) -> bool:
        """Whether ``m`` is a dateline in another country than the document's ("WASHINGTON — ... an ambush in
        Niger"): where the reporter filed from, not where anything happened."""
        return bool(m.dateline and self.country and self.country_of_codes(m.codes) != self.country)

    def country_of_codes(self, codes) -> str | None:
        """The one country the p-codes (a list, or ";"-joined) lie in, or None (none, or several)."""
        codes = [c for c in (codes.split(";") if isinstance(codes, str) else codes) if c]
        found = {self.country_of.get(c) for c in codes}
        return next(iter(found)) if len(found) == 1 else None

    def for_document(self, text: str, body_from: int = 0) -> str | None:
        """Decide the document's country (``self.country``, ``self.country_why``) from its
        text: with one country in the table, that one; else the country whose places (units,
        regions, its own name) the headline and lede name most as places ("in Qzland"), else
        the whole text names most as places, else the headline and lede name most in any
        role ("Qzland troops"; a country's adjective there counting as much), else the whole
        text, else whose name or adjective the text uses most ("Qzlandi officials"), else the
        table's first. (A country named in the headline only before its soldiers or its drone,
        "US soldiers fire on school protest", is the attacker's; the text names the place.)"""
        if len(self.countries) <= 1:
            return self.country
        lede_end = _lede_end(text, body_from)
        # ("fired from X" says where the attacker was; every country's name counts while the country is chosen,
        # "Qzland troops" too)
        found = [m for m in self.mentions(text, owners=True) if not m.origin]
        adjectives = _country_adjective_counts(text, {c: self.names_of.get(c, []) for c in self.countries})
        # (in the headline and lede, a country's adjective names it as much as its name before a noun does:
        # "The Afghan Family Who Lost 10 Members to a Botched US Drone Strike" names both)
        lede_adjectives = _country_adjective_counts(text[:lede_end], {c: self.names_of.get(c, []) for c in self.countries},
                                                    adjectives_only=True)

        def score(country: str) -> tuple:
            mine = [m for m in found if self.country_of_codes(m.codes) == country]
            lede = [m for m in mine if m.start < lede_end]
            return (sum(m.locative for m in lede), sum(m.locative for m in mine),
                    max(len(lede), lede_adjectives.get(country, 0)), len(mine), adjectives.get(country, 0))

        scores = {c: score(c) for c in self.countries}
        best = max(self.countries, key=lambda c: (scores[c], -self.countries.index(c)))
        levels = ("named as a place in the headline and lede", "named as a place in the text",
                  "named in the headline and lede", "named in the text", "named by its name or adjective")
        rivals = [scores[c] for c in self.countries if c != best]
        level = next((k for k in range(5) if all(scores[best][:k + 1] > r[:k + 1] for r in rivals)), None)
        self.country = best
        if level is None:
            self.country_why = (f"the document names no country of the case more than another: the admin-1 "
                                f"table's first country {best}")
        else:
            self.country_why = f"the document's country {best}: its places {levels[level]} most"
        return best

    def mentions(self, text: str, lo: int = 0, hi: int | None = None, owners: bool = False,
                 speakers: bool = False) -> list[PlaceMention]:
        """Every place named in text[lo:hi], in order; with ``owners``, a foreign country named before its
        forces abroad ("U.S. positions in Qatar") too; with ``speakers``, a place right before a reporting
        verb ("with Varnagrad reporting two troops killed": a capital speaking for its government) too."""
        if self._pat is None:
            return []
        hi = len(text) if hi is None else hi
        out = []
        for m in self._pat.finditer(text, lo, hi):
            name = _spelling(m.group())
            if name in self.groups and not (name in self.code_of and _UNIT_WORD.match(text, m.end())):
                codes, kind = tuple(sorted(self.groups[name])), "group"
            else:
                code = self.code_of[name]
                if len(self.shared[name]) > 1:  # "Punjab" of two countries: the document's country's
                    code = next((c for c in self.shared[name] if self.country_of.get(c) == self.country), code)
                code = self._city_or_province(name, code, text, m.start(), m.end())
                codes, kind = (code,), "country" if code in self.countries else "unit"
            if kind != "unit" and self.longer_name(text, m.start()):
                continue  # "Mount Qzland": a longer name the table does not know, not the country
            
            possessive = text[m.end():m.end() + 2] in ("'s", "’s")
            locative = kind == "unit" or (not possessive and bool(_LOCATIVE_BEFORE.search(text, max(0, m.start() - 40), m.start())))
            if kind == "unit" and not speakers and _ACTOR_AFTER.match(text, m.end()) \
                    and not _IN_PLACE_BEFORE.search(text, max(0, m.start() - 50), m.start()):
                continue  # "both Moscow and Kyiv reported", "Varnagrad has so far denied": a capital speaking for
                # its government, no place of the story (but "officials in the port city of Varn said", "a doctor
                # in central Tam province said": where the speakers are)
            if _ACTOR_AFTER.match(text, m.end()) or _INSTITUTION_AFTER.match(text, m.end()):
                locative = False  # "both Moscow and Kyiv reported": a capital speaking for its government
            if kind == "country" and (_BODY_NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
                                      or _POST_IN_BEFORE.search(text, max(0, m.start() - 60), m.start())):
                locative = False  # "the Armed Forces of the Philippines recorded 87 deaths", "the UN Assistance
                # Mission in Afghanistan", "the head of the ICRC in Yemen": a body's name or a post's title, not where
            origin = bool(_ORIGIN_BEFORE.search(text, max(0, m.start() - 60), m.start())) \
                or bool(_HOME_BEFORE.search(text, max(0, m.start() - 70), m.start())) or kind == "country" and (
                bool(_AGENT_BEFORE.search(text, max(0, m.start() - 12), m.start()))
                or bool(_ATTACKS_AFTER.match(text, m.end())))  # "bombed by Zemland", "Zemland fired 170 shells"
            if _BASED_IN_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue  # "21 Para Special Force based in Eastmark": where a force is kept, not where it struck
            if kind == "country" and _GOVERNMENT_AFTER.match(text, m.end()):
                locative = False  # "called on the U.S. government": the body, not a place
            if _DISTANCE_BEFORE.search(text, max(0, m.start() - 50), m.start()) \
                    or _RELATIVE_TO_NAME_BEFORE.search(text, max(0, m.start() - 70), m.start()):
                continue  # "30 km east of Harbor Town": a point of reference, not where anything happened
            if kind == "country" and codes[0] != self.country and not owners and (
                    _ATTRIBUTIVE_AFTER.match(text, m.end()) or _WEAPONS_AFTER.match(text, m.end())
                    and not re.search(r"(?<![A-Za-z])(?:in|at|across|inside|throughout)\s+(?:the\s+)?\Z",
                                      text[max(0, m.start() - 20):m.start()])):
                continue  # "U.S. positions in Qatar": whose positions, not where (not the text's own country's:
                # "the Panama Defense Forces" in a text about Panama); "the second wave of U.S. airstrikes on the
                # port": whose strikes (but "in Zemland strikes killed 12": where)
            if out and out[-1].kind == "unit" and m.start() - out[-1].end <= 40 \
                    and _RELATIVE_TO_BEFORE.fullmatch(text, out[-1].end, m.start()):
                continue  # "in Fuhais, outside Amman": Amman says where Fuhais lies; nothing happened there
            if ("hospital" in text[max(0, m.start() - 100):m.start()] or "clinic" in text[max(0, m.start() - 100):m.start()]) \
                    and _TREATED_IN_BEFORE.search(text, max(0, m.start() - 120), m.start()):
                continue  # "in critical condition in hospitals in Eastport": where the wounded lie
            if origin:
                locative = False  # "rockets fired from Eastmark": where the attack came from, not where it struck
            dest = _DESTINATION_BEFORE.search(text, max(0, m.start() - 60), m.start())
            if dest and dest.group("fled"):
                stop = re.compile(r"[.!?\n]").search(text, m.end())
                if _DEED_AFTER.search(text, m.end(), stop.start() if stop else len(text)):
                    dest = None
            if dest:
                continue  # "transferred to Eastport for treatment": where people were taken, not where it happened
            dateline = any(a <= m.start() < b for a, b in self._datelines(text))
            out.append(PlaceMention(m.start(), m.end(), m.group(), codes, kind, locative, origin, dateline))
        for a, b in self._datelines(text):
            # a dateline in capitals ("HARBOR TOWN, March 13 (Reuters) -"): its place, spelt as the table spells it
            dl = _PLACE_DATELINE.match(text, a)
            name = dl.group("name") if dl else ""
            if lo <= a < hi and name.isupper() and not any(m.start == dl.start("name") for m in out):
                spelled = next((n for n in (name.title(), name.capitalize()) if n in self.code_of), None)
                if spelled and spelled not in self.groups:
                    code = self._city_or_province(spelled, self.code_of[spelled], text, dl.start("name"), dl.end("name"))
                    kind = "country" if code in self.countries else "unit"
                    out.append(PlaceMention(dl.start("name"), dl.end("name"), name, (code,), kind, kind == "unit",
                                            False, True))
                    out.sort(key=lambda m: m.start)
        return out

    def _city_or_province(self, name: str, code: str, text: str, start: int, end: int) -> str:
        """``code``, or, for a spelling a city and the province around it share (``city_of``), the city, unless a
        unit word beside the name says the province ("Buenos Aires province", "the province of Buenos Aires")."""
        pair = self.city_of.get((name, self.country_of.get(code, "")))
        if not pair:
            return code
        province = _PROVINCE_AFTER.match(text, end) or _PROVINCE_BEFORE.search(text, max(0, start - 20), start)
        return pair[1] if province else pair[0]

    def _datelines(self, text: str) -> list[tuple[int, int]]:
        if getattr(self, "_dl_text", None) is not text:
            self._dl_text, self._dl_spans = text, _dateline_spans(text)
        return self._dl_spans

    @staticmethod
    def longer_name(text: str, start: int) -> str:
        """The longer proper name a country or region name at ``start`` is the end of ("Mount
        Lebanon", "Upper Nile"), or "": a capitalised word right before it that is no function word
        nor a compass adjective. A longer name wins over a name it contains; one the table does not
        know is no place of the table's (add it as an alias)."""
        m = _NAME_BEFORE.search(text, max(0, start - 40), start)
        if m is None or m.group(1).lower() in _NOT_NAME_WORDS or m.group(1)[-2:] in ("'s", "’s"):
            return ""  # "Putin's Russia": a possessive, not a longer name
        if re.search(r"(?<![a-z])(?:predominantly|mostly|largely|mainly|overwhelmingly|majority|heavily)\s+\Z",
                     text[max(0, m.start() - 20):m.start()].lower()):
            return ""  # "the predominantly Muslim Deep South": an adjective, not a longer name
        line_lo, line_hi = text.rfind("\n", 0, start) + 1, text.find("\n", start)
        words = re.findall(r"[A-Za-z][\w'’-]*", text[line_lo:line_hi if line_hi >= 0 else len(text)])
        if len(words) >= 3 and sum(w[0].isupper() for w in words) > 0.6 * len(words):
            return ""  # a headline in title case ("Strikes Hit Qzland"): every word is capitalised
        # (or a title-case headline run into a line of prose: "Pentagon Puts Qzland Deaths at 220 : Invasion: ...";
        # the four words either side of the name)
        near = re.findall(r"[A-Za-z][\w'’-]*", text[max(line_lo, start - 60):start])[-4:] + \
            re.findall(r"[A-Za-z][\w'’-]*", text[start:start + 80])[1:5]
        if line_lo == 0 and len(near) >= 6 and sum(w[0].isupper() for w in near) >= 0.75 * len(near):
            return ""  # (the document's first line only: prose names people with titles in capitals)
        return f"{m.group(1)} {text[start:start + 40].split()[0]}" if text[start:start + 40].split() else ""

    def unknown_longer(self, text: str, lo: int = 0, hi: int | None = None) -> list[str]:
        """The longer names around a country or region name in text[lo:hi] ("Mount Qzland")."""
        if self._pat is None:
            return []
        out = []
        for m in self._pat.finditer(text, lo, len(text) if hi is None else hi):
            name = _spelling(m.group())
            if (name in self.groups or self.code_of.get(name) in self.countries) and self.longer_name(text, m.start()):
                out.append(self.longer_name(text, m.start()))
        return out

    def find(self, text: str, lo: int = 0, hi: int | None = None) -> list[tuple[str, str]]:
        """(p-codes joined by ";", spelling) of every place named in text[lo:hi], in order."""
        return [(";".join(m.codes), m.spelling) for m in self.mentions(text, lo, hi)]

    @staticmethod
    def most_specific(found: list[PlaceMention]) -> list[PlaceMention]:
        """The places a figure is about among those named together: units; else regions
        (a region containing a named unit, and the country, give way to it); only names
        used as a place (after "in", "across", ...) count, not "Sudan's army", nor a dateline's
        ("CITYNAME, Oct. 18 —": where the reporter filed from)."""
        found = [m for m in found if m.locative and not m.dateline]
        units = [m for m in found if m.kind == "unit"]
        if units:
            return units
        groups = [m for m in found if m.kind == "group"]
        return groups or found

    def document_place(self, text: str, body_from: int = 0, skip=()) -> tuple[str, str, str]:
        """(place, codes, why): the unit(s) the document names most; the country when the
        document names it as a place at least as often and more than one unit. With several
        countries in the table, only the places of the document's country count (when it names
        any): a story about one side names the other side's places less."""
        subsets = [m.span() for m in _SUBSET_EVENT.finditer(text)] + list(skip)  # (and an earlier incident's)
        # (not a place of one of the counted: ", including a police officer slain in Millbrook")
        found = [m for m in self.mentions(text) if not m.origin and not any(a <= m.start < b for a, b in subsets)]
        # "protests spread nationwide ..., especially in Harbor Town", "Harbor Town, which saw the worst of the
        # violence", "outside Harbor Town": a part of a wider event, or a point of reference, not the document's place
        found = [m for m in found if not (m.kind == "unit" and (_PART_BEFORE.search(text, max(0, m.start - 40), m.start)
                                                                 or _PART_AFTER.match(text, m.end)))]
        if any(m.kind != "country" for m in found if not m.dateline):
            # ("HARBOR TOWN, July 25 -": where the reporter filed from, when the text names other places)
            found = [m for m in found if not m.dateline]
        elif self.country:
            # (nor a dateline in another country than the document's: "WASHINGTON — ... an ambush in Niger")
            found = [m for m in found if not self.filed_abroad(m)]
        if len(self.countries) > 1 and self.country:
            found = [m for m in found if self.country_of_codes(m.codes) == self.country] or found
        units = [m for m in found if m.kind == "unit"]
        n_country = sum(1 for m in found if m.kind == "country" and m.locative)
        if units:
            counts = Counter(m.codes[0] for m in units)
            top = max(counts.values())
            # a region named as the place first, and at least as often as any unit, none of whose units is named
            # ("killed dozens of Palestinians at the Gaza border", later "officials met in Jerusalem"): the region
            groups = Counter(m.codes for m in found if m.kind == "group" and m.locative and not set(m.codes) & set(counts))
            first = next((m for m in found if m.locative and m.kind in ("unit", "group")), None)
            if first is not None and first.kind == "group" and groups.get(first.codes, 0) >= top:
                return (first.spelling, ";".join(first.codes),
                        f"the document names {first.spelling!r} (a region of several units) first, and as often as "
                        f"any unit -> {';'.join(first.codes)}")
            if n_country >= top and len(counts) > 1:
                spelled = next(m.spelling for m in found if m.kind == "country" and m.locative)
                return (spelled, self.country, f"the document names {spelled!r} at least as often as any "
                        f"{'unit'} -> {self.country}")
            codes = sorted(c for c, k in counts.items() if k == top)
            names = list(dict.fromkeys(m.spelling for m in units if m.codes[0] in codes))
            return (", ".join(names), ";".join(codes),
                    f"the document names {', '.join(names)} most ({top} times) -> {';'.join(codes)}")
        located = [m for m in found if m.locative] or found
        if located:
            m = located[0]
            return m.spelling, ";".join(m.codes), f"no admin-1 unit named; the document names {m.spelling!r} -> {';'.join(m.codes)}"
        return "", "", "no place named in the document"

    def resolve(self, text: str, sentence: tuple[int, int], paragraph: tuple[int, int]) -> tuple[str, str, str]:
        """(place as written, p-codes joined by ";", why): sentence, then paragraph, then document."""
        for level, (lo, hi) in (("sentence", sentence), ("paragraph", paragraph)):
            got = self.most_specific(self.mentions(text, lo, hi))
            if got:
                return _describe(got, f"in the {level}")
        place, codes, why = self.document_place(text)
        return place, codes, "no place in the sentence or paragraph; " + why


def _describe(found: list[PlaceMention], where: str) -> tuple[str, str, str]:
    codes = ";".join(sorted({c for m in found for c in m.codes}))
    names = list(dict.fromkeys(m.spelling for m in found))
    kinds = " (a region of several units)" if any(m.kind == "group" for m in found) else ""
    return ", ".join(names), codes, f"place {', '.join(names)!r}{kinds} {where} -> {codes}"


# A place naming an institution: "according to the Delta Health Ministry" is no place of the figure
_INSTITUTION_AFTER = re.compile(r"\s+(?:Health\s+Ministry|Ministry|Civil\s+Defen[cs]e|Government|Authorit(?:y|ies)"
                                r"|Council|Governorate\s+Council|Red\s+Crescent|Red\s+Cross|Media\s+Office"
                                r"|Health\s+(?:Department|Office|Authority)|Emergency\s+Services|Rescue|Hospital"
                                # a country's own services by name: "the Nigeria Correctional Service", "the Nigeria
                                # Police Force" (not its forces: "the Panama Defense Forces" may be all that names
                                # the country of the war)
                                r"|Correctional\s+Services?|Prisons?\s+Services?|Police\s+(?:Force|Service)"
                                r"|Human\s+Rights\s+Commission)(?![a-z])")
# ", including a police officer slain on Thursday in Millbrook": one of the counted, with its own event; its
# place and day are that one's, not the count's (up to the sentence's end). Not a finite verb ("Six people,
# including one policeman were killed ... in Millbrook": the comma left unclosed, the sentence's own verb)
_SUBSET_EVENT = re.compile(r",\s+including\s+[^,;.\n]{0,60}?(?<![a-z])(?<!were\s)(?<!was\s)(?<!are\s)(?<!is\s)"
                           r"(?:who|slain|killed|shot|stabbed|died|murdered"
                           r"|hit|struck)(?![a-z])[^;\n]*?(?=\.(?:\s|\Z)|\n|\Z)")
