"""Where a figure is: the place and admin-1 codes of one number, for :mod:`crosstally.draft`.

``_place_of`` reads, in order, the number's own clause and sentence (a unit beats the region
or country around it; a possessive names whose number it is; a list of counts by place gives
each count its own), then what the words point back to ("there", "the attack", "the
enclave"), the paragraph, a count spread over the country ("nationwide", "and other
cities", unrest over the whole country), the country whose people or authority the sentence
names, and last the place the document is mostly about. Each answer comes with the words
that gave it (``why``) and the confidence it costs, for the reviewer.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .draft_common import (
    _AND_OTHER_PLACES, _CONTEXT_WORDS, _TOLL_UPDATE, _VIOLENCE, _WAR_WIDE, _WHOLE_COUNTRY, _is_country,
    across_the_country)
from .draft_dates import _PART_OF_YEAR, _YEAR
from .draft_places import _SUBSET_EVENT, _describe
from .extract import _QUAL_ONLY

if TYPE_CHECKING:
    from .draft_doc import _Document

# "Eastmark's health ministry", "Eastmark's authorities": an authority of a place
_AUTHORITY_AFTER = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}?(?:ministry|ministries|authorities|government|civil\s+defen[cs]e"
                              r"|officials|administration|council|governor|media\s+office)(?![a-z])", re.IGNORECASE)

# Words that point back to a region, not to a town in it
# "across six areas", "targeted nine locations", "at multiple sites": a count spread over several places
_SPREAD_PLACES = re.compile(r"(?<![a-z])(?:across|in|at|on|targeted|hit|struck)\s+(?:multiple|several|various|many|two|three"
                            r"|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:different\s+)?(?:areas|locations|places"
                            r"|sites|districts|provinces|regions|towns|cities)(?![a-z])")

_EVENT_BACK = re.compile(r"(?<![a-z])the\s+(?:attack|assault|raid|ambush|bombing|blast|explosion|shooting|massacre)"
                         r"(?![a-z])")

_REGION_BACK = re.compile(r"(?<![a-z])the\s+(?:territory|enclave|strip)(?![a-z])")

# A place's possessive right before the number: "Eastmark's 40,000 residents"
_POSSESSIVE_BEFORE_NUMBER = re.compile(r"['’]s\s+(?:(?:estimated|approximately|roughly|some|about|around|nearly|almost"
                                       r"|over|more\s+than|at\s+least)\s+)?")

_PARTICIPLE = re.compile(r",\s+(?:killing|wounding|injuring|leaving|displacing|forcing)\s")

# Words that point back to a place named before ("killed there", "fled the area", "the capital")
_THERE = re.compile(r"(?<![a-z])(?:there(?!\s+(?:is|are|was|were|has|have|had|will|would|may|might|could|must|seems?"
                    r"|appears?|remains?)(?![a-z])|['’]s(?![a-z]))"  # (not "there are eight dead": no place)
                    # after a noun, "there were" is the place again: "Doctors there were treating 40 wounded"
                    r"|(?<=[a-z]\s)(?<!and\s)(?<!but\s)(?<!that\s)(?<!if\s)(?<!as\s)(?<!so\s)(?<!because\s)"
                    r"(?<!whether\s)(?<!where\s)(?<!when\s)(?<!confirm\s)(?<!said\s)(?<!says\s)(?<!say\s)(?<!while\s)"
                    r"there"
                    r"|the\s+(?:area|town|city|village|region|province|district|capital|camp|territory"
                    r"|enclave|strip"
                    r"|neighbou?rhood))(?![a-z])")

# After the number, a part of the total and its place: "with deaths in the capital accounting for ..."
_SHARE_AFTER = re.compile(r"(?<![A-Za-z])(?:with\s+(?:[\w-]+\s+){0,3}?in\s|of\s+whom|of\s+which|among\s+them"
                          r"|\w+\s+accounting\s+for)", re.IGNORECASE)

# A sentence that gives a part of a total just given: "Harbor Town recorded the highest number of violations at 54",
# "Millbrook accounted for 40 of them"
_BREAKDOWN = re.compile(r"(?<![a-z])(?:(?:the\s+)?(?:second\s+|third\s+)?(?:highest|largest|lowest|most)\s+(?:number|share"
                        r"|toll|count|tally|proportion)|accounted\s+for|accounting\s+for|the\s+(?:rest|remainder)\s+(?:in|were))"
                        r"(?![a-z])")

# A standing force: "Qzland's army of 11,000 troops", "Norvia has 200,000 soldiers", "the Qzlandi army says 75
# percent of its 11,000 troops": the strength of a country's forces, the whole country's
_FORCE_BEFORE = re.compile(r"(?<![a-z])(?:(?:army|military|armed\s+forces|forces?|troops)\s+(?:of|numbering|totalling"
                           r"|totaling)|(?:has|have|had|with|fields|maintains)|(?:of|from)\s+its|strength\s+(?:of|at|is)"
                           r"|number|numbers)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least|up\s+to"
                           r"|an\s+estimated|roughly|approximately)\s+)?\Z", re.IGNORECASE)

_FORCE_AFTER = re.compile(r"[\d,.]*\s+(?:active\s+|regular\s+|active-duty\s+)?(?:troops|soldiers|servicemen|personnel"
                          r"|service\s+members)(?![a-z])|[\d,.]*-strong(?![a-z])", re.IGNORECASE)

# The next item of a list of counts by place: "Twelve were killed in Millbrook, three in the town of Saltpan and
# one in Reedville": ", three in", " and one in"
_LIST_ITEM = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:another\s+|a\s+further\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven"
                        r"|eight|nine|ten|eleven|twelve|a\s+dozen|dozens|scores|hundreds)\s+(?:more\s+|others?\s+)?"
                        # (or with a verb of its own: ", the police said, and 14 were wounded in Saltpan")
                        r"(?:(?:people|civilians|soldiers|others)\s+)?(?:(?:were|was|have\s+been|had\s+been)\s+)?"
                        r"(?:[a-z]+ed\s+|hurt\s+)?(?:in|at)\s", re.IGNORECASE)

# The same, and other ways of saying the whole country ("the unrest that shook the country", "countrywide"), for
# a figure whose own clause says it: "killed nationwide, most of them in Harbor Town" is the country's
_NATIONAL_WORDS = re.compile(r"(?:" + _WHOLE_COUNTRY.pattern + r"|(?<![A-Za-z])(?:country-?wide|(?:shook|rocked|swept"
                             r"|gripped|engulfed|spread\s+(?:across|through))\s+the\s+(?:whole\s+|entire\s+)?(?:country"
                             r"|nation)|(?:across|throughout|in)\s+the\s+(?:whole|entire)\s+(?:country|nation)"
                             # "raided 20 prisons around the country", "the country's 42 prisons" (the number right after;
                             # "across the country" and the like are _WHOLE_COUNTRY's)
                             r"|around\s+the\s+(?:country|nation)|(?:across|throughout|all\s+over)\s+the\s+nation"
                             r"|(?:the|its)\s+(?:country|nation)['’]s(?=\s+(?:estimated\s+|some\s+|about\s+)?\d))(?![A-Za-z]))",
                             re.IGNORECASE)

# Words about violence that tell none: a reaction to it ("condemned the killings", "mourned the dead")
_REACTION_BEFORE = re.compile(r"(?<![a-z])(?:condemn|denounc|deplor|mourn|protest|investigat|decr[iy]|lament|regret"
                              r"|respond|react)\w*\s+(?:(?:to|the|these|those|this|that|of|over|against|at)\s+)*\Z")

# a story of fighting across a border between the two countries
_BORDER = re.compile(r"(?<![a-z])(?:border|borders|frontier|frontiers|borderline)(?![a-z])", re.IGNORECASE)

# "a war that killed", "the civil war, which left", "a 12-year conflict that claimed": the number a war's toll
_WAR_TOLL_BEFORE = re.compile(r"(?<![a-z])(?:a|the|this|its|their|[a-z]+['’]s)\s+(?:[\w-]+\s+){0,3}?(?:civil\s+)?"
                              r"(?:war|conflict|insurgency)\s*,?\s+(?:that|which)\s+(?:\w+\s+){0,2}?"
                              r"(?:killed|left|claimed|cost)\s+(?:the\s+lives\s+of\s+)?(?:[\w-]+\s+){0,2}?\Z")


# where no country is: "in international waters", "over international airspace", "on the high seas"
_OPEN_SEA = re.compile(r"(?<![a-z])(?:in|into|over|through|on)\s+(?:the\s+)?(?:international\s+(?:waters|airspace)"
                       r"|high\s+seas|open\s+(?:sea|ocean))(?![a-z])", re.IGNORECASE)


def _other_places(text: str, lo: int, hi: int, places) -> re.Match | None:
    """ "and other cities" in ``text[lo:hi]``, unless a unit follows it ("Harbor Town and other towns in
    Eastmark Province": that province's)."""
    m = _AND_OTHER_PLACES.search(text, lo, hi)
    if m and re.match(r"\s+(?:in|of|across|around)\s", text[m.end():m.end() + 10]) and any(
            p.kind == "unit" for p in places.mentions(text, m.end(), min(hi, m.end() + 60))):
        return None
    return m if m is not None else across_the_country(text, lo, hi, places)

_RUNNING_SPAN = re.compile(r"(?<![a-z])(?:since\s+(?!then\b)|in\s+(?:recent|the\s+past|the\s+last)\s+(?:few\s+)?"
                           r"(?:days|weeks|months|years)(?![a-z])|so\s+far\s+this\s+(?:year|month))", re.IGNORECASE)
_OWN_CLAUSE_BREAK = re.compile(r",\s+(?:where|while|whereas|as|when)\s|;|\d")


def _running_total_here(text: str, pos: int, sentence: tuple[int, int]) -> bool:
    """Whether the number at ``pos`` is itself a running total ("..., where more than 230 people have been killed
    since unrest broke out in April", "Tens of thousands have fled in recent months"): the words of a span since a
    past start in the number's own clause, with no other count or clause between them and the number. (The raid's
    "at least three people dead in Qzland, where ... since April" is the raid's, not the running total's.)"""
    num_end = _QUAL_ONLY.match(text, pos).end()  # past the qualifier ("more than 230") and the number itself
    num_end += len(re.match(r"[\w,.-]*", text[num_end:]).group())
    after = _RUNNING_SPAN.search(text, num_end, sentence[1])
    if after and not _OWN_CLAUSE_BREAK.search(text, num_end, after.start()):
        return True
    before = [m for m in _RUNNING_SPAN.finditer(text, sentence[0], pos)]
    return bool(before) and not _OWN_CLAUSE_BREAK.search(text, before[-1].end(), pos)


def _tells_violence(low: str) -> bool:
    """Whether a sentence (lower case) tells of violence, not only of a reaction to it."""
    return any(not _REACTION_BEFORE.search(low, max(0, m.start() - 40), m.start()) for m in _VIOLENCE.finditer(low))


# a direction before a country's name: a part of it ("in western Kenya", "northwestern Democratic Republic of Congo")
_PART_OF_COUNTRY_BEFORE = re.compile(r"(?<![a-z])(?:(?:north|south)(?:-?(?:east|west))?|east|west|central)(?:ern)?"
                                     r"\s+(?:the\s+)?\Z")


def _place_of(doc: _Document, pos: int, sentence: tuple[int, int], clause: tuple[int, int],
              paragraph: tuple[int, int], over_time: bool, single: bool,
              one_day: bool = False, munitions: bool = False) -> tuple[str, str, str, float]:
    """``_place_from`` and, when the sentence gave no place of its own but names a longer name
    the table does not know around the country's ("Mount Qzland"), a word on it for the reviewer."""
    name, codes, why, lost = _place_from(doc, pos, sentence, clause, paragraph, over_time, single, one_day,
                                         munitions)
    if not why.startswith("place "):
        longer = doc.places.unknown_longer(doc.text, *sentence)
        if longer:
            why += (f" ({', '.join(map(repr, longer))} in the sentence is a longer name than the one it contains, "
                    f"and not in the admin-1 table: add it as an alias of its unit)")
            lost += 0.1
    return name, codes, why, lost

def _place_from(doc: _Document, pos: int, sentence: tuple[int, int], clause: tuple[int, int],
                paragraph: tuple[int, int], over_time: bool, single: bool,
                one_day: bool = False, munitions: bool = False) -> tuple[str, str, str, float]:
    """(place, codes, why, confidence lost) for the number at ``pos``.

    The most specific place named in the number's clause, else its sentence (a unit beats
    the region or country around it); one strike said to be in a region or country takes
    the unit the document gives for the incident; with no place in the sentence, a total
    over time is the whole country's, and any other figure is where the paragraph last
    was ("killed there"), else where the document mostly is."""
    text, places = doc.text, doc.places
    own = [m for m in places.mentions(text, max(sentence[0], pos - 80), pos)
           if _POSSESSIVE_BEFORE_NUMBER.fullmatch(text, m.end, pos)]
    if own:  # "the Delta Strip's 2.4 million people", "Eastmark's estimated 40,000 residents": whose number it is
        name, codes, why = _describe(own[-1:], "in the sentence, its possessive naming whose number it is")
        return name, codes, why, 0.0
    share = _SHARE_AFTER.search(text, pos, sentence[1])
    cut = share.start() if share else sentence[1]  # "..., with deaths in Kabul accounting for 20 percent": a part
    subset = _SUBSET_EVENT.search(text, pos, sentence[1])
    if subset:  # "at least five more deaths, including a police officer slain in Millbrook": one of them
        cut = min(cut, subset.start())
    recalled = next((a for a, b in doc.earlier_events if pos < a < cut), None)
    if recalled is not None:  # "..., the deadliest since gunmen stormed a hotel in Harbor Town in 2019": not the count's
        cut = recalled
    since = re.compile(r"\ssince\s").search(text, pos, cut)
    if since and places.most_specific(places.mentions(text, sentence[0], since.start())):
        # "killed in the Deep South since security forces raided a hideout in Pattani": the place of the
        # event the count starts from, not the count's
        cut = since.start()
    # "fired 19 missiles at targets in Qzland, killing one civilian in Millbrook": the participle clause
    # has its own place
    p_lo, p_hi = clause[0], min(clause[1], cut)
    for m in _PARTICIPLE.finditer(text, p_lo, p_hi):
        if m.end() <= pos:
            p_lo = m.start()
        elif m.start() >= pos:
            p_hi = min(p_hi, m.start())
            break
    if len(places.countries) > 1:
        w = [m for m in re.finditer(r",\s+with\s+", text[clause[0]:pos])]
        # "Fighting near Eastmark has displaced 1,500 families, with Zemland reporting 15 nationals killed": the
        # 'with' clause has its own speaker, a country of the case, and names no place: that country's count
        if w and not places.most_specific(places.mentions(text, clause[0] + w[-1].end(), clause[1])):
            spk = places.speaking_country(text, clause[0] + w[-1].end(), pos)
            if spk:
                return "", spk[0], (f"no place in the number's clause ('with ...'); its speaker {spk[1]!r} is a "
                                    f"country of the case -> {spk[0]}"), 0.15
    if places.country:
        # "the WHO said 1,200 people had been killed nationwide, most of them in Harbor Town", "Across the
        # country, 300 died": words of the whole country in the number's own clause, no place between them and
        # the number: the whole country's, whatever unit the sentence or paragraph also names
        own_lo = max([clause[0], p_lo] + [sentence[0] + b.end() for b in re.finditer(
            r"[;:]|,\s+(?:while|whereas|but|and)\s", text[sentence[0]:pos])])
        own_hi = next((pos + b.start() for b in re.finditer(r"[;:]|,\s|\s[–—]\s|\s(?:while|whereas|but)\s",
                                                            text[pos:min(clause[1], cut)])), min(clause[1], cut))
        # (but "During a nationwide strike, 12 protesters were killed in Harbor Town": a unit the number's own
        # clause names after it is the count's place; the whole-country words describe something else)
        named_after = any(m.kind != "country" and not m.origin for m in places.mentions(text, pos, own_hi))
        for nat in _NATIONAL_WORDS.finditer(text, own_lo, own_hi):
            lo_, hi_ = (nat.end(), pos) if nat.start() < pos else (pos, nat.start())
            if nat.start() < pos and named_after:
                continue
            if not places.most_specific(places.mentions(text, lo_, hi_)):
                return "", places.country, (f"{nat.group()!r} in the number's clause: the whole country "
                                            f"{places.country}{places.country_note()}"), 0.05
    if places.country and places._people_pat is not None and _FORCE_AFTER.match(text, pos + len(
            re.match(r"(?:about|around|some|nearly|almost|over|more\s+than|at\s+least|up\s+to|an\s+estimated|roughly"
                     r"|approximately)?\s*", text[pos:]).group())) \
            and _FORCE_BEFORE.search(text, max(sentence[0], pos - 60), pos) \
            and not places.most_specific(places.mentions(text, clause[0], min(clause[1], cut))):
        # "Norvia has 200,000 soldiers": the strength of a country's forces is the whole country's; the country
        # named or called by its adjective last before the number
        whose = [m for m in places._people_pat.finditer(text, sentence[0], pos) if len(places._countries_of(m.group())) == 1]
        if whose:
            (code,) = places._countries_of(whose[-1].group())
            return "", code, (f"no place in the number's clause; the strength of {whose[-1].group()!r}'s forces: the "
                              f"whole country {code}"), 0.1
    items = list(_LIST_ITEM.finditer(text, sentence[0], cut))
    if items:
        # a list of counts by place: each count's places are those up to the next count of the list
        starts = [sentence[0]] + [m.start() for m in items]
        k = max(n for n, a in enumerate(starts) if a <= pos)
        lo_, hi_ = max(pos, starts[k]), (starts[k + 1] if k + 1 < len(starts) else cut)
        said = re.search(r",\s+(?:[\w'’-]+\s+){0,4}?(?:said|says|told|reported|added|according)(?![a-z])", text[lo_:hi_])
        own = places.most_specific(places.mentions(text, lo_, lo_ + said.start() if said else hi_))
        if own and own[0].kind == "unit" and (k + 1 < len(starts) or k > 0):
            name, codes, why = _describe(own, "in the number's own item of a list of counts by place")
            return name, codes, why, 0.05
    for lo, hi, where in ((p_lo, p_hi, "in the sentence"), (clause[0], min(clause[1], cut), "in the sentence"),
                          (sentence[0], cut, "in the sentence")):
        got = places.most_specific([m for m in places.mentions(text, lo, hi) if not any(
            a <= m.start < b and not a <= pos < b for a, b in doc.earlier_events)])  # (an earlier incident's place)
        if not got:
            continue
        name, codes, why = _describe(got, where)
        other_places = _other_places(text, lo, hi, places)
        if places.country and other_places and all(places.country_of_codes(m.codes) == places.country for m in got):
            # "protests in Harbor Town and other cities": the count spans more than the places named
            return "", places.country, (f"{why}, {other_places.group()!r}: more places than those named -> the whole "
                                        f"country {places.country}"), 0.1
        spread = any(re.search(r"(?<![a-z])(?:across|throughout|all\s+over|over)\s+(?:the\s+)?\Z",
                               text[max(0, m.start - 20):m.start].lower()) for m in got)
        if spread and got[0].kind == "country" and len(got) == 1:
            # "fatal shootings reported across Qzland": spread over the whole country, not one incident in it
            return name, codes, f"{why}, named as the whole area of the count", 0.0
        if got[0].kind == "group" and one_day and not single and not munitions and not over_time and not spread \
                and not _TOLL_UPDATE.search(text, *sentence):  # ("bring to 15 the number": several incidents')
            # ("strikes across the Delta Strip" stay the region's: spread over it)
            # "twin attacks in central Qzland" in a text that names, of that region, only Westfold's places:
            # the incident is in the one unit of the region the document names
            inside = {c_ for c_ in doc.unit_codes if c_ in set(codes.split(";"))}
            if len(inside) == 1:
                (unit,) = inside
                return name, unit, (f"{why}; an incident there, and {unit} the only unit of that region the "
                                    f"document names -> {unit}"), 0.1
        running = single and got[0].kind != "unit" and _running_total_here(text, pos, sentence)
        if got[0].kind != "unit" and single and not running \
                or got[0].kind == "country" and one_day and not munitions \
                and not doc.unrest:  # (a day of protests in the country is the country's, not one city's)
            d_name, d_codes, d_why = doc.place
            area = set(codes.split(";"))
            inside = d_codes and (got[0].kind == "country" and places.country_of_codes(d_codes) == codes
                                  or set(d_codes.split(";")) <= area) and d_codes != codes
            if inside and not _is_country(d_codes):
                return d_name, d_codes, (f"{why}, a region or the country; one incident (one strike, or one day) "
                                         f"there: the document's own place of the incident ({d_why})"), 0.1
        part = got[0].kind == "country" and len(got) == 1 and _PART_OF_COUNTRY_BEFORE.search(
            text[max(0, got[0].start - 24):got[0].start].lower())
        if part and not spread and not over_time:
            # "A mob torched a church in western Kenya", "killed in ethnic violence in northwestern Democratic
            # Republic of Congo": a part of the country, not the whole of it; the document's own place of the
            # incident, when it is a unit of that country
            d_name, d_codes, d_why = doc.place
            if d_codes and not _is_country(d_codes) and places.country_of_codes(d_codes) == codes:
                return d_name, d_codes, (f"{why}, a part of the country ({part.group().strip()!r}): the document's "
                                         f"own place of the incident ({d_why})"), 0.15
        if running:
            # "A raid left three dead in Qzland, where more than 230 have been killed since April": the running
            # total is the area's the sentence names, not the raid's place
            why += ", a running total since a past start (not the one incident's place)"
        return name, codes, why, 0.0
    open_sea = _OPEN_SEA.search(text, sentence[0], sentence[1])
    if open_sea:
        # "shot down two Cessnas in international airspace, killing all four men aboard": no country's ground or
        # waters, and the sentence names no place of its own: no admin-1 (not the country of those who fired)
        return "", "", f"{open_sea.group()!r} in the sentence, which names no place: no country's -> no place", 0.1
    other = None if munitions or not _BORDER.search(text) else places.people_of_other_country(text, pos, clause)
    if other:
        # "Fifty Zemlandi soldiers were killed" in a story of border clashes with Qzland: no place named; the
        # people counted are the other country's, so the figure is that country's side of the border. (Not in a
        # story of no border: foreign troops, sailors or tourists died where the story is: "372 American dead"
        # on a Pacific atoll, "Turkish soldiers" killed in northern Iraq's mountains, British troops flown in.)
        code, word = other
        return "", code, (f"no place in the sentence; the people counted are {word!r}, of {code}, another "
                          f"country of the case than the document's ({places.country})"), 0.15
    if over_time:
        # "which according to the Delta Strip's health ministry has killed 42,000": a total counted by an
        # authority of a place, with no other place named, is that place's
        juris = [m for m in places.mentions(text, *sentence) if _AUTHORITY_AFTER.match(text, m.end)]
        if juris:
            name, codes, why = _describe(juris[-1:], "in the sentence, as the area of the authority that counts")
            return name, codes, "no place of the figure in the sentence; " + why, 0.15
    whole = _WHOLE_COUNTRY.search(text, sentence[0], sentence[1])
    if whole and places.country:
        return "", places.country, (f"no place in the sentence; {whole.group()!r}: the whole country "
                                    f"{places.country}{places.country_note()}"), 0.1
    war = _WAR_WIDE.search(text[sentence[0]:sentence[1]].lower())
    mine = places.people_country(text, pos, clause) if over_time else None
    if mine and mine[0] == places.country and not _THERE.search(text[sentence[0]:sentence[1]].lower()):
        # "Thousands of Qzlandi soldiers and civilians have died": the country's people over time, no place named
        return "", places.country, (f"no place in the sentence; a total over time of the country's people "
                                    f"({mine[1]!r}) -> the whole country {places.country}{places.country_note()}"), 0.15
    if over_time and war and places.country and not _THERE.search(text[sentence[0]:sentence[1]].lower()):
        # "Thousands have died since the start of the conflict" beside an attack on a village: the
        # war's toll, not the village's
        return "", places.country, (f"no place in the sentence; a total over time, over the whole war ({war.group()!r}) "
                                    f"-> the whole country {places.country}{places.country_note()}"), 0.1
    toll = _WAR_TOLL_BEFORE.search(text[sentence[0]:pos].lower())
    if toll and places.country and not _THERE.search(text[sentence[0]:sentence[1]].lower()):
        # "How does a polarized society heal itself after a war that killed tens of thousands of people?": the
        # war's toll, not the massacre's village the paragraph names
        return "", places.country, (f"no place in the sentence; the toll of a war ({toll.group()!r}) -> the whole "
                                    f"country {places.country}{places.country_note()}"), 0.1
    if munitions and places.country and not _THERE.search(text[sentence[0]:sentence[1]].lower()) and \
            not places.most_specific(places.mentions(text, *paragraph)):
        # "shot down 21 of 22 drones launched overnight": an air force's tally of what was fired at the country;
        # with several countries in the case, the country of whoever reports it ("the Zemlandi defence
        # ministry said it intercepted 16 drones": fired at Zemland)
        speaker = places.speaking_country(text, sentence[0], pos)
        code = speaker[0] if speaker else places.country
        how = (f"the country of the sentence's speaker ({speaker[1]!r})" if speaker
               else f"the whole country {places.country}{places.country_note()}")
        return "", code, (f"no place in the sentence or paragraph; a count of munitions fired at or shot down over "
                          f"the country -> {how}"), 0.15
    p_lo, p_hi = paragraph
    i = doc.sentence_of(pos)
    order = sorted((j for j in range(len(doc.sentences)) if j != i and p_lo <= doc.sentences[j] < p_hi),
                   key=lambda j: (j > i, abs(j - i)))
    there = _THERE.search(text[sentence[0]:sentence[1]].lower()) is not None
    breakdown = False
    for j in order:
        breakdown = breakdown or j > i and bool(_BREAKDOWN.search(text[slice(*doc.sentence_span(j))].lower()))
        if breakdown and j > i:
            continue  # "The total for August was 231. Harbor Town recorded the highest number, 54.": a part of it,
            # and what follows is about the part
        got = places.most_specific([m for m in places.mentions(text, *doc.sentence_span(j))
                                    if not any(a <= m.start < b for a, b in doc.earlier_events)])
        if got and j < i and _SPREAD_PLACES.search(text[slice(*doc.sentence_span(j))].lower()):
            break  # "strikes across multiple locations, including X": not X alone (the places of the whole, below)
        if got and there and j < i:  # "killed there": the place named last before it
            got = [got[-1]]
        # (a country the paragraph names stays the country, even for one incident: the labelled set read the
        # document's own place there right once and wrong five times, tenth round)
        if got:
            name, codes, why = _describe(got, "in the paragraph, " + ("before" if j < i else "after") + " the number")
            other_places = _other_places(text, *doc.sentence_span(j), places)
            if other_places and places.country and all(places.country_of_codes(m.codes) == places.country for m in got):
                # "protests in Harbor Town and other cities ... It added that 51 were hurt": more places than named
                return "", places.country, (f"no place in the sentence; {why}, {other_places.group()!r}: more places "
                                            f"than those named -> the whole country {places.country}"), 0.1
            return name, codes, "no place in the sentence; " + why, 0.1
    back = None
    if not there:
        # "During the attack, two militants were killed", or a paragraph that began "16 officers were at the
        # camp during the attack": the attack told just before, where it was
        lead = text[p_lo:sentence[1]].lower()
        back = _THERE.search(lead) or _EVENT_BACK.search(lead)
    if there or back:  # "have fled the area", "the outskirts of the capital": the place named last, paragraphs up
        # (not a dateline of another country than the document's: "VARNAGRAD — ... an ambush in Qzland" was filed
        # there, not fought there)
        earlier = [m for m in places.mentions(text, 0, p_lo if back else sentence[0]) if m.locative and m.kind != "country"
                   and not places.filed_abroad(m)]
        if back and not _THERE.search(lead):
            # "Eight people wounded in the attack": where the attack was told, not where it was condemned
            # ("condemned the killings at a news conference in Harbor Town"): mentions in sentences of violence
            told = {}
            for m in earlier:
                k = doc.sentence_of(m.start)
                if k not in told:
                    told[k] = _tells_violence(text[slice(*doc.sentence_span(k))].lower())
            earlier = [m for m in earlier if told[doc.sentence_of(m.start)]]
        if back and earlier and earlier[-1].kind != "unit":
            earlier = []  # ("the attack" after "in Gaza": a region; the document's own place is more telling)
        if _REGION_BACK.search(text[sentence[0]:sentence[1]].lower()):
            # "in the territory", "the enclave": the region named last, not a town in it
            groups = [m for m in earlier if m.kind == "group"]
            if groups:  # the widest region named before (the Strip, not its south)
                widest = max(len(m.codes) for m in groups)
                earlier = [m for m in groups if len(m.codes) == widest]
        if earlier:
            name, codes, why = _describe([earlier[-1]], "named last before the sentence")
            words = (back or _THERE.search(text[sentence[0]:sentence[1]].lower())).group()
            return name, codes, (f"no place in the sentence or paragraph; {words!r} refers back: {why}"), 0.15
    spread_over = _SPREAD_PLACES.search(text[sentence[0]:sentence[1]].lower()) or next(
        (m for j in order if j < i for m in [_SPREAD_PLACES.search(text[slice(*doc.sentence_span(j))].lower())] if m), None)
    if spread_over and places.country:
        # "26 civilians were killed across six areas", "strikes on nine locations": every place of the document's
        # country it names, not the one it names most
        units = sorted({c_ for m in places.mentions(text) if m.kind == "unit" and not m.origin and not m.dateline
                        and places.country_of_codes(m.codes) == places.country for c_ in m.codes})
        if len(units) > 1:
            return "", ";".join(units), (f"no place in the sentence; {spread_over.group()!r}: every unit of "
                                         f"{places.country} the document names -> {';'.join(units)}"), 0.2
    if len(places.countries) > 1 and not munitions and re.search(
            r"[A-Z][a-z]+[-–][A-Z][a-z]+\s+(?:border|frontier)|border\s+between", text[sentence[0]:sentence[1]]):
        # a border war: a toll at "the Zemland-Qzland border" naming no place is the country whose people it counts
        # ("two Zemlandi border guards"), else whose authority gives it ("the Zemlandi health minister announced")
        who = places.people_country(text, pos, clause) or places.speaking_country(text, sentence[0], sentence[1])
        if who:
            return "", who[0], (f"no place in the sentence or paragraph; a toll at the border, of or given by "
                                f"{who[1]!r} -> the whole country {who[0]}"), 0.15
    if len(places.countries) > 1 and not munitions:
        # a war between countries: a count with no place of its own given by the other country's government,
        # named by its capital ("Harbor Town said two soldiers died"), is that country's, not the place the
        # document is mostly about
        speaker = places.speaking_country(text, sentence[0], sentence[1], places=True, names=False)
        d_country = places.country_of_codes(doc.place[1]) if doc.place[1] else None
        if speaker and speaker[0] != d_country:
            return "", speaker[0], (f"no place in the sentence or paragraph; in a war between countries, its speaker "
                                    f"{speaker[1]!r} is another country's than the document's place -> {speaker[0]}"), 0.15
    if doc.unrest and places.country and not there and not back:
        # "Nearly 30 people have been killed in the unrest": protests, riots or a crackdown spread over the
        # country; a count naming no place is the country's, not that of the city the document names most
        return "", places.country, (f"no place in the sentence or paragraph; a document about unrest "
                                    f"({doc.unrest.group()!r}) over the country, not one place -> the whole country "
                                    f"{places.country}{places.country_note()}"), 0.15
    name, codes, why = doc.place
    headline_unit = codes and not _is_country(codes) and set(codes.split(";")) <= doc.headline_codes
    lsent = text[sentence[0]:sentence[1]].lower()
    if over_time and headline_unit and not _WAR_WIDE.search(lsent) and not _CONTEXT_WORDS.search(lsent) \
            and not _PART_OF_YEAR.search(lsent) and not _YEAR.search(lsent):
        # (a reporting window, "the first quarter of 2023", is the country's report)
        # "the Eastmark cartel war ...": a document whose headline names its unit counts that unit's totals
        return name, codes, ("no place in the sentence or paragraph; a total over time, not said to be the whole "
                             "war's, in a document whose headline (or lede) names its place: " + why), 0.2
    if over_time and places.country:
        # (also a toll still rising in a document about one place, "the toll now stands at 27", when the headline
        # names no unit: the labelled set read it as the country's six times in eight, tenth round)
        return "", places.country, ("no place in the sentence or paragraph; a total over time with no place named "
                                    f"-> the whole country {places.country}{places.country_note()}"), 0.15
    if over_time:  # no country known (an admin-1 table of several countries): the document's place
        return name, codes, ("no place in the sentence or paragraph; a total over time, not said to be the "
                             "whole war's: " + why), 0.2
    if not codes and places.country:
        # a document of the case that names no place at all: the case's country, and the guess said so
        return "", places.country, ("no place in the sentence, paragraph or document: the case's country "
                                    f"{places.country}{places.country_note()} (a guess)"), 0.25
    return name, codes, "no place in the sentence or paragraph; " + why, (0.15 if not codes else 0.1)
