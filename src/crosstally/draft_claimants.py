"""Drafts' claimants: attributing words resolved to a ``sources.csv`` id.

Part of the drafter (:mod:`crosstally.draft`): ``Claimants`` matches the case's sources
by name, abbreviation and alias; :mod:`crosstally.draft` walks the document around each
figure to find the attributing words:

- **source**: document, outlet and url from the document's row; the claimant resolved
  to a ``sources.csv`` id from the attributing words (its name, the abbreviation in
  brackets in its name, also with full stops, "U.N.", or one of its ``aliases``; of names
  that overlap the longer wins, also a name that runs on past the attributing words); a
  phrase that names no known source leaves the claimant empty and is kept in
  ``claimant_phrase``. Around the sentence: the source named with a reporting word in the
  number's own clause ("..., while the IOM reports that more than 15 million ..."); "he
  said" is the person named last, else the source of the last attributing sentence; "the
  statement said", "according to the report" refer back to the last source; a role ("the
  regional governor", "a ministry statement", "officials") is the source named in the
  document with that word in its name, before the sentence or else after it ("a war
  monitor", indefinite, is someone new); a source named right beside unknown attributing
  words is their apposition; a passive agent ("as confirmed by X"); a speaker label
  opening a paragraph ("Name: '...'", or without quotation marks when it names a known
  source). A sentence with no attributing words takes the nearest attributing sentence
  of its paragraph (a later one only if it adds no claim: "X also said ..."), else the
  paragraph's just before, else (in a non-media source's own report) the outlet; further
  back only when the document reports one source; a headline or lede takes the document's
  first source; with no attributing words anywhere, the one source the document names. A
  headline's own source that is no known source is the lede's. A wire service named in
  the dateline ("(AFP)") is the relay. An outlet that relays ("According to AFP, the group
  announced ...", "quoted an army spokesman as saying") gives way to the one it quotes, and
  "according to preliminary information" to the sentence's own speaker; a source revising or
  giving a toll speaks ("Police raised the death toll to 45"); "the organization", "the
  group", "the monitor", "the rebels" are the organisation of that kind named last, "the
  agency" the news agency named last; a country's name alone as the speaker ("Egypt on
  Saturday said") is its government when the case has one source so named; a role word
  ("officials") named only later in the text is a source of the case's countries; a figure
  in reports the speaker disputes ("disputed estimates that ...") is nobody's, and a source
  named as rejecting the figure ("..., a claim the army denied") is not its claimant.
"""
from __future__ import annotations

import re

import pandas as pd

from . import countries
from .draft_common import _alias_pattern


def _norm(s: str) -> str:
    """Lower case, straight apostrophes, one space, no leading "the"."""
    s = " ".join(s.replace("’", "'").replace("‘", "'").split()).lower()
    return s[4:] if s.startswith("the ") else s


# The common words of an institution's name: a name made of these alone ("the army", "Ministry of
# Defence", "Prime Minister's Office") is generic, a name any country's body could carry; a name with
# any other capitalised word ("Dominic Nitiwul", "RED-Tabara") or an acronym ("UPDF") is a proper name.
_INSTITUTION_WORDS = set("""the a an of and for on in to ministry ministries minister defence defense national health
interior internal home foreign affairs public relations security police service services force forces armed army
military navy naval air government office state federal general staff command civil protection emergency emergencies
disaster management agency authority authorities council presidency president prime department directorate
commission committee prosecutor prosecutors attorney border guard guards coast intelligence justice information
press spokesman spokeswoman spokesperson people's peoples joint chief chiefs headquarters regional provincial
local municipal city county district governor mayor administration secretary secretariat court courts high
supreme interior commissioner human rights medical medicine education services' minister's prosecutor's coalition
alliance troops gendarmerie corps brigade division battalion marines militia ministry's army's military's""".split())


def _generic(name: str) -> bool:
    """Whether a source's name is generic (see ``_INSTITUTION_WORDS``)."""
    words = re.findall(r"[\w'’.-]+", name.replace("’", "'"))
    if not words:
        return False
    for w in words:
        if re.fullmatch(r"[A-Z][A-Z.]+", w) and len(w.replace(".", "")) >= 2:
            return False  # an acronym
        if w.lower() not in _INSTITUTION_WORDS:
            return False
    return True


# Words of a body's name that say what kind of place it serves, not which ("Autonomous Region")
_PLACE_KIND_WORDS = {"region", "regions", "autonomous", "republic", "province", "provinces", "royal", "north", "south",
                     "east", "west", "central", "northern", "southern", "eastern", "western", "protection"}

# Source types that report on any country, whatever country their name carries
_UNBOUND_TYPES = {"media", "reference", "un_agency", "intergovernmental", "monitoring_ngo", "rights_medical_ngo",
                  "humanitarian_ngo", "individual", "witness"}


# The words that name a country ("Cambodia", "Cambodian"): a bracket holding one only says where a body is
_COUNTRY_NAMES = frozenset(countries.country_words())


def _one_word_name(name: str) -> bool:
    """A name of one capitalised word of four letters or more ("Memorial", "Amnesty", "Ärzte"), which is also
    a word of the language when written in lower case."""
    return len(name) >= 4 and name.isalpha() and name[0].isupper() and name[1:].islower()


def _mixed_case(written: str) -> bool:
    """An abbreviation written in mixed case: two capitals or more, and a lower-case letter ("STv", "Itar-Tass")."""
    return sum(c.isupper() for c in written) >= 2 and any(c.islower() for c in written)


class Claimants:
    """Resolve an attributing phrase to a ``sources.csv`` id.

    Each source is known by its name, its name without the bracketed part, the
    abbreviation in brackets ("SOHR"), and its ``aliases`` (";"-separated). Abbreviations
    (no lower-case letter) and names of one capitalised word ("Memorial") match case-sensitively
    (an abbreviation of three letters or more also as outlets style it, with two capitals or more
    and a lower-case letter: "STv", "ITAR-Tass"), other names in any case; the longest
    name found in the phrase wins, and a name two sources share resolves to nothing.
    """

    def __init__(self, sources: pd.DataFrame, country: str | None = None, country_names=(), text: str = "",
                 case_countries=()):
        self.by_name: dict[str, set[str]] = {}
        self.types = dict(zip(sources["source_id"], sources["type"]))
        for r in sources.to_dict("records"):
            names = [r["name"]]
            m = re.fullmatch(r"(.*?)\s*\(([^()]*)\)\s*", r["name"])
            if m:
                names += [m.group(1), m.group(2)]
                if " ".join(m.group(2).split()) in _COUNTRY_NAMES or re.fullmatch(r"[a-z]+", m.group(2).strip()) \
                        or re.fullmatch(r"[\d\s,/–-]+", m.group(2)):
                    names.pop()  # "Provincial Administration (Cambodia)": the bracket says where, it is no name;
                    # "Post-Courier (newspaper)": one word of what it is, in lower case, no name either; "Kenyan MP
                    # and chairman of the committee (2012)": the years of an office, no name (or every "2012" in a
                    # text would name the MP)
            names += [a for a in str(r.get("aliases", "") or "").split(";")]
            for n in names:
                n = " ".join(n.split())
                if len(n) >= 2:
                    self.by_name.setdefault(n, set()).add(r["source_id"])
        # "U.N." and "U.S." are the abbreviations "UN" and "US" written with full stops
        for n, ids in list(self.by_name.items()):
            if re.fullmatch(r"[A-Z]{2,5}", n):
                self.by_name.setdefault(".".join(n) + ".", set()).update(ids)
        # a name that opens with another source's abbreviation ("UN human rights office") is also written with
        # that source's other proper names, plain or possessive ("the United Nations' human rights office",
        # "U.N. human rights office")
        opening = []
        for n, ids in self.by_name.items():
            head, _, rest = n.partition(" ")
            if rest and 2 <= len(head) <= 5 and head.isupper() and head.isalpha() and len(self.by_name.get(head, ())) == 1:
                opening.append((n, ids, head, rest))
        parents = {next(iter(self.by_name[head])) for _, _, head, _ in opening}
        names_of = {}
        for n, ids in self.by_name.items() if parents else ():
            for sid in ids & parents:
                names_of.setdefault(sid, []).append(n)
        for n, ids, head, rest in opening:
            (parent,) = self.by_name[head]
            for other in [m for m in names_of[parent] if m != head and m[:1].isupper() and len(m) >= 2]:
                for form in (other, other + ("'" if other.endswith("s") else "'s")):
                    self.by_name.setdefault(f"{form} {rest}", set()).update(ids)
        # (and a name of one capitalised word, "Memorial", "Amnesty", "Moscow", is a word too when written in lower
        # case, "Friday's memorial events", "an amnesty law": it is matched as written; not in capitals either,
        # which are a dateline's, "MOSCOW, January 25 (Itar-Tass)", more often than a headline's)
        upper = [n for n in self.by_name if not any(c.islower() for c in n) or _one_word_name(n)]
        other = {n for n in self.by_name if any(c.islower() for c in n) and not _one_word_name(n)}
        self._upper = _alias_pattern(upper, True)
        self._other = _alias_pattern(other, False)
        self._lookup = {_norm(n): ids for n, ids in self.by_name.items() if n in other}
        # an abbreviation of three letters or more is also written with some of its letters in lower case, as
        # outlets style it ("STv" for STV, "ITAR-Tass" for ITAR-TASS): found in any case, kept only when written
        # with two capitals or more and a lower-case letter (not "Who" for WHO, nor a dateline's capitals)
        self._abbreviations = {n.upper(): n for n in upper
                               if re.fullmatch(r"[A-Z][A-Z-]*[A-Z]", n) and sum(c.isalpha() for c in n) >= 3}
        self._mixed = _alias_pattern(list(self._abbreviations), False)
        self._names: dict[str, list[str]] = {}
        for n, ids in self.by_name.items():
            for sid in ids:
                self._names.setdefault(sid, []).append(n)
        # The country of the document (the admin-1 table's whole-country row) and of each
        # source (the country its names carry: "Colombian army", "Ministry of Defence of Niger")
        self.country = country
        # every country of the case (a war between two countries: both), the document's among them
        self.case_countries: set[str] = set(case_countries) | ({country} if country else set())
        self._country_words = countries.country_words(
            {" ".join(n.split()): {country} for n in country_names if n and n.strip()} if country else None)
        self._country_pat = countries.pattern(self._country_words)
        # only for bodies that act for a state or a side within it (an army, a ministry, a
        # governor, a party): a news agency, a UN body or an NGO named after a country ("Agence
        # France-Presse") reports on any country
        self.countries: dict[str, set[str]] = {sid: set().union(*(self._countries_in(n) for n in names))
                                               for sid, names in self._names.items()
                                               if self.types.get(sid, "") not in _UNBOUND_TYPES}
        # the countries every source's names carry, whatever its type ("Qzland State Television"): a country named
        # right before a name it shares with others ("Cameroon's state television") still says which is meant
        self.named_countries: dict[str, set[str]] = {sid: set().union(*(self._countries_in(n) for n in names))
                                                     for sid, names in self._names.items()}
        # state bodies whose names carry no country but a place of their own ("Xinjiang police" with the
        # alias "local police", "Zamfara State Government" with "the state government"): their generic
        # names mean them only in a text that names that place (or them by a proper name)
        self.placeless: set[str] = set()
        if text:
            present = set(re.findall(r"[\w'’-]+", text))
            present |= {w[:-2] for w in present if w.endswith(("'s", "’s"))}
            for sid, names in self._names.items():
                if self.types.get(sid, "") in _UNBOUND_TYPES or self.countries.get(sid):
                    continue
                proper = {w for n in names for w in re.findall(r"(?<![\w'’-])[A-Z][\w'’-]{2,}", n)
                          if w.lower() not in _INSTITUTION_WORDS and w.lower() not in _PLACE_KIND_WORDS}
                if proper and not proper & present:
                    self.placeless.add(sid)
        # sources the text names by a name carrying their country ("the US-led coalition"): their
        # generic names ("the coalition") then mean them in this text too
        self.named_with_country = set()
        named = set()
        found = self._find(text)
        for start, _, written in found:
            if self._countries_in(written):
                named |= self.ids_of(written, text[:start])
        self.named_with_country: set[str] = named
        # sources the text names by a name that is theirs alone ("Volker Turk", "the UN commissioner for human
        # rights"): a name several sources share ("the UN") means the one of them the text names so
        self.named_alone: set[str] = set()
        for start, end, written in found:
            ids = self.ids_of(written, text[:start])
            # (named as speaking: "Volker Turk, the UN commissioner for human rights, said": not a mere mention)
            if len(ids) == 1 and re.search(r"(?<![a-z])(?:said|says|told|stated|reported|announced|added)(?![a-z])",
                                           re.split(r"[.!?\n]", text[end:end + 90])[0]):
                self.named_alone |= ids

    def _countries_in(self, name: str) -> set[str]:
        if self._country_pat is None:
            return set()
        return set().union(*(self._country_words.get(" ".join(m.group().split()), set())
                             for m in self._country_pat.finditer(name)))

    def _modifier(self, before: str, possessive_only: bool = False) -> set[str]:
        """The countries a modifier right before a name names ("Saudi-led ", "Colombian ",
        "Niger's "; only the last with ``possessive_only``): set() when there is none. Where a body is
        based ("US-based ", "London-headquartered ") is not whose it is."""
        if self._country_pat is None or not before:
            return set()
        tail = before[-60:]
        form = r"['’]s\s+" if possessive_only else \
            r"(?:-(?!based|headquartered|registered|born)[a-z]+|['’]s)?\s+"
        for m in self._country_pat.finditer(tail):
            if re.fullmatch(form, tail[m.end():]):
                return self._country_words.get(" ".join(m.group().split()), set())
        return set()

    def agrees(self, sid: str, written: str, before: str = "") -> tuple[bool, str]:
        """Whether ``written`` (as found, after ``before``) can name ``sid`` here: a source of a
        known country is named by a generic name (one carrying no country: "the army",
        "coalition", "Ministry of Defense") only in a text about its country or one that also
        names it with its country; and no generic name is a source of another country than the
        modifier right before it says ("a Saudi-led coalition", "Colombian army"), nor a name of any
        source whose names carry another country, an outlet too ("Cameroon's state television" is not
        "Qzland State Television")."""
        own = self.countries.get(sid, set())
        if sid in self.placeless and _generic(written):
            return False, f"{written!r} is a generic name of {sid}, and the text names none of its places"
        if self._countries_in(written):
            return True, ""
        # a body not bound to a country (an outlet, a rights group) is another country's only by the possessive
        # ("Cameroon's state television"), not a person's nationality ("A Kenyan QRW researcher")
        said = self._modifier(before, possessive_only=not own)
        named = self.named_countries.get(sid, set())
        if said and named and not said & named:
            return False, f"{written!r} after {before.split()[-1]!r} is not {sid} ({'/'.join(sorted(named))})"
        if not own:
            return True, ""
        if self.case_countries and not own & self.case_countries and sid not in self.named_with_country \
                and _generic(written):
            return False, (f"{written!r} is a generic name of {sid}, a source of {'/'.join(sorted(own))}, "
                           f"and the case is about {'/'.join(sorted(self.case_countries))}")
        return True, ""

    def foreign(self, sid: str) -> bool:
        """Whether ``sid`` is a body of countries none of which the case is about (False for a
        body of no country, or when the case names no country)."""
        own = self.countries.get(sid)
        return bool(self.case_countries and own and not own & self.case_countries)

    def of_country(self, words: list[str], exclude=(), countries=None) -> list[str]:
        """The sources of the document's country (or of ``countries``) whose names hold every one
        of ``words`` ("defence", "ministry"; defence and defense alike)."""
        countries = set(countries) if countries else ({self.country} if self.country else set())
        if not countries:
            return []
        def has(names, w):
            forms = {w, "defence", "defense"} if w in ("defence", "defense") else {w}
            return any(re.search(rf"(?<![a-z])(?:{'|'.join(forms)})s?(?![a-z])", n.lower()) for n in names)
        return sorted(sid for sid, names in self._names.items() if sid not in exclude
                      and countries & self.countries.get(sid, set()) and all(has(names, w) for w in words))

    def names_of(self, sid: str) -> list[str]:
        """Every name a source is known by."""
        return self._names.get(sid, [])

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Every source name in ``text``: (start, end, name as written). Names may overlap
        ("the UN" and "UN Assistance Mission"): a name overlapping a longer one found is
        part of that one, not a source of its own. A generic name that can name none of its
        sources here (see ``agrees``) is left out."""
        return [f for f in self._find(text) if self.ids_of(f[2], text[:f[0]]) and not self._title_not_outlet(text, f)]

    def _title_not_outlet(self, text: str, found: tuple[int, int, str]) -> bool:
        """Whether a title-named outlet's name ("The National", "The Guardian") is only the start of a longer name
        the text writes with capitals ("the National Defense Ministry said", "the Guardian Council"), or its
        words written in lower case ("the national newspaper"): another body, or no name, not the outlet."""
        start, end, written = found
        if not re.match(r"(?i)the\s", written):
            return False
        ids = self.by_name.get(written) or self.by_name.get(written.replace("’", "'")) \
            or self._lookup.get(_norm(written), set())
        if not ids or any(self.types.get(sid, "") != "media" for sid in ids):
            return False
        titles = [n for n in self.by_name if _norm(n) == _norm(written) and any(c.isupper() for c in n[4:])]
        if titles and not any(c.isupper() for c in written[4:]):
            return True  # (nor its title's words in lower case: "the national newspaper Prothom Alo"; a name the
            # table writes in lower case, "the state news agency", is matched so)
        return bool(re.match(r"[ \t]+[A-Z][a-z]", text[end:end + 20]))

    def _find(self, text: str) -> list[tuple[int, int, str]]:
        out = set()
        for pat in (self._upper, self._other, self._mixed):
            if pat is None:
                continue
            pos = 0
            while True:
                m = pat.search(text, pos)
                if m is None:
                    break
                if pat is not self._mixed or _mixed_case(m.group()):
                    out.add((m.start(), m.end(), m.group()))
                pos = m.start() + 1
        return sorted(f for f in out if not any(g != f and g[0] < f[1] and f[0] < g[1] and g[1] - g[0] > f[1] - f[0]
                                                 for g in out))

    def ids_of(self, written: str, before: str = "") -> set[str]:
        """The sources ``written`` names, here (after the text ``before``). A generic name two
        sources of the case's countries share ("the health ministry" in a war between two
        countries) is the one of the document's own country."""
        straight = written.replace("’", "'")
        ids = self.by_name.get(written) or self.by_name.get(straight) or self._lookup.get(_norm(written), set())
        if not ids and _mixed_case(written) and written.upper() in self._abbreviations:
            ids = self.by_name.get(self._abbreviations[written.upper()], set())
        ids = {sid for sid in ids if self.agrees(sid, written, before)[0]}
        if len(ids) > 1 and self.country and _generic(written):
            home = {sid for sid in ids if self.country in self.countries.get(sid, set())}
            ids = home or ids
        return ids

    def named_in(self, text: str, exclude=()) -> set[str]:
        """The ids of the sources ``text`` names unambiguously (less ``exclude``)."""
        ids = set()
        for start, _, written in self.find(text):
            found = self.ids_of(written, text[:start])
            if len(found) == 1:
                ids |= found
        return ids - set(exclude)

    def state_speaking(self, phrase: str) -> tuple[str, str] | None:
        """A country's name alone as the speaker ("Egypt on Saturday said ...", "Iran says"): the
        state, its one source of type government named as its government ("Government of Egypt",
        "Egyptian government"); None when the phrase is more than a country's name (a day may
        follow it) or the case has no such source."""
        if self._country_pat is None:
            return None
        bare = re.sub(r"^(?:the\s+)?|\s*(?:,\s*)?(?:(?:on|late|early)\s+)?(?:(?:last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)"
                      r"day|yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening|night))?\s*,?$", "",
                      " ".join(phrase.split()), flags=re.I).strip(" ,")
        m = self._country_pat.fullmatch(bare)
        codes = self._country_words.get(bare, set()) if m else set()
        if len(codes) != 1 or bare in countries.adjectives():  # ("Egyptian" alone is no speaker)
            return None
        own = [w for w, c in self._country_words.items() if c == codes]
        words = "|".join(re.escape(w) for w in sorted(own, key=len, reverse=True))
        national = re.compile(rf"(?:the\s+)?(?:(?:federal|national|central)\s+)?(?:government\s+of\s+(?:the\s+)?(?:{words})"
                              rf"|(?:{words})(?:['’]s)?\s+(?:federal\s+|national\s+|central\s+)?government)", re.I)
        govs = [sid for sid in self.of_country(["government"], countries=codes)
                if self.types.get(sid, "") == "government" and any(national.fullmatch(n) for n in self._names.get(sid, []))]
        if len(govs) != 1:
            return None
        return govs[0], f"claimant {govs[0]}: {bare!r} alone speaks as the state, its government"

    def resolve(self, phrase: str, state: bool = True) -> tuple[str, str]:
        """(source id or "", how it was found). ``state``: a country's name alone is its government
        (:meth:`state_speaking`); not for a label before a colon ("China: Police shoot ...")."""
        if not phrase.strip():
            return "", ""
        found = sorted(self.find(phrase), key=lambda f: (-(f[1] - f[0]), f[0]))
        if not found:
            government = self.state_speaking(phrase) if state else None
            if government:
                return government
            return "", f"claimant phrase {phrase!r} names no source in sources.csv (add an alias?)"
        written = found[0][2]
        ids = self.ids_of(written, phrase[:found[0][0]])
        alone = ids & self.named_alone
        if len(ids) > 1 and len(alone) == 1:
            (sid,) = alone
            return sid, (f"claimant {sid} from {written!r} in {phrase!r}: of the sources it names "
                         f"({', '.join(sorted(ids))}), the one the text names by a name of its own")
        if len(ids) != 1:
            return "", f"claimant phrase {phrase!r}: {written!r} names several sources ({', '.join(sorted(ids))})"
        (sid,) = ids
        return sid, f"claimant {sid} from {written!r} in {phrase!r}"
