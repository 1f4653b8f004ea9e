"""Drafts: the extractor's candidate figures made into rows of ``figures.csv`` for review.

``crosstally.extract`` finds each number with its words and phrases; this module fills in
as many of the ledger's columns as the text allows, reading the document around the
number as an analyst does, and says which words gave which field (``why``), lowering
``confidence`` wherever a rule guessed, so that a reviewer checks a row instead of typing it:

- **source**: document, outlet and url from the document's row; the claimant from the
  attributing words (:mod:`crosstally.draft_claimants` says how);
- **what was counted**: metric, population, unit, words, qualifier and values, as read;
- **perpetrator and attribution**: the actor phrase, ``suspected`` where the sentence
  hedges ("reportedly", "believed"), ``denied`` where it denies;
- **place and admin-1**: the case's spellings (:mod:`crosstally.draft_places` says how);
- **dates**: resolved against the document's date (:mod:`crosstally.draft_dates` says how);
- **headline**: the leading lines that do not end as sentences do; a figure there is
  the body's told short, and takes the claimant, place and dates of the first body
  figure with the same number and metric (its own unit-level place and date kept);
- **scope**: ``context`` when the window starts long before the case's period, or the
  words say so ("since the start of the war");
- **quote**: the sentence around the number, a verbatim slice of the text.

No rule names a place, a source or a conflict: the drafter runs on wars it has never
seen, with the case's own ``sources.csv`` and ``rules/admin1.csv``.

``draft_document`` is the one function other code calls (the extraction benchmark
measures draft field accuracy with it). The review queue itself (merging drafts into
``data/raw/review-queue.csv`` without losing a decision) is in :mod:`crosstally.curate`.

This module keeps ``draft_document``, the per-document passes (``_Document``: attribution,
the figure's clause, sentence and paragraph) and the row assembly; the parts it calls are
beside it, each importing only those before it:

- :mod:`crosstally.draft_dates`: ``resolve_date`` and the sentence, range, statement-day
  and dateline-day helpers;
- :mod:`crosstally.draft_places`: ``Places``, ``PlaceMention``, datelines and the place
  patterns;
- :mod:`crosstally.draft_claimants`: ``Claimants``, a case's sources by name, abbreviation
  and alias;
- :mod:`crosstally.draft_where`: ``_place_of``, the place and admin-1 codes of one figure
  (its clause, sentence, paragraph, what the words point back to, the document);
- :mod:`crosstally.draft_common`: text helpers and the words (violence, a toll updated, a
  war's or a context's time, the whole country) all of them share;
- :mod:`crosstally.draft_patterns`: the regular expressions, word sets and small pure
  helpers ``draft_document`` and ``_Document`` read a figure's words with.

``Claimants``, ``Places``, ``resolve_date`` and the other names tests use are imported
here too, so ``from crosstally.draft import ...`` finds them.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import timedelta

import pandas as pd

from . import schema as S
from .extract import ATTRIBUTION_VERBS, _claimant, _sentence_starts, extract
from .draft_common import (
    _AND_OTHER_PLACES, _CONTEXT_WORDS, _TOLL_UPDATE, _VIOLENCE, _WAR_WIDE, _find_words, _is_country, _paragraph_spans)
from .draft_dates import (
    _COUNT_WORD, _DATE_RANGE, _SENTENCE_DATE, _STATEMENT_AFTER, _STATEMENT_BEFORE, _YEAR, _date_range, _dateline_day,
    _later_day, _not_a_date, _part_of_year, _sentence_date, _since_day, _statement_day, _year_range, resolve_date)
from .draft_places import Places, _SUBSET_EVENT, _describe
from .draft_claimants import Claimants, _INSTITUTION_WORDS, _norm
from .draft_where import _place_of
from .draft_patterns import (
    APPOSITION, CONTEXT_SLACK_DAYS, _ACCUSED_OF, _ADDS, _ADMITTED_TO, _ANAPHOR, _APPOSITION_NAME_SAYS, _APPOSITIVE,
    _ARRESTS_SO_FAR, _AS_OF_END, _BACK_REFERENCE, _BODY_NOUNS, _BRACKET_SOURCE, _BULLET, _BY_AFTER, _BY_AGENT,
    _CAMPAIGN_AFTER, _CAPS_DATELINE_BEFORE, _CITING, _CLAUSE_BREAK, _COMMON_CAPITALISED, _COMPARED_BEFORE, _CONTESTED,
    _COUNTS, _COUNT_NOUN_AFTER, _COUNT_NOUN_BEFORE, _DASH_ASIDE, _DATELINE_BEFORE, _DAY_BEFORE_AFTER, _DAY_CLAUSE_BREAK,
    _DENIALS, _DESCRIPTION_STOP, _DISPUTED_NOUNS, _DISPUTED_REPORT, _DISPUTES_AFTER, _DISPUTING, _EARLIER_EVENT_BEFORE,
    _EVENT_AFTER, _FACILITY_NOUNS, _FIRST_DAYS, _FOLLOWS_BEFORE, _FOUND_DEAD_BEFORE, _HEADLINE_COLON_SOURCE,
    _HEADLINE_SOURCE, _HEADLINE_STRIKE, _HEDGES, _HOSTS_BEFORE, _INDEFINITE, _INFORMATION_ONLY, _LABEL, _LATER_DEATHS,
    _LONG_WAR, _MEDIA_NOUNS, _MISSING, _MORE_VERBS, _NAMED_DAY, _NAME_APPOSITION_SAYS, _NAME_WHO_SAYS, _NATIONWIDE,
    _NEWS_PERFECT, _NEW_ITEM, _NIGHT, _NOT_A_CLAIM, _NOT_ORGANISATIONS, _NOT_OWN_SPEAKER_BEFORE, _NOT_SPEAKER,
    _NUMBER_THAT_SAYS, _OFFICIAL_ROLE, _OFFICIAL_TYPES, _ORGANISATION_KINDS, _ORGANISATION_REF, _ORGANISATION_WORDS,
    _OTHER_EVENT_AFTER, _OVERNIGHT, _OWN_VERB_AFTER, _OWN_WORK, _OWN_WORK_AFTER, _OWN_WORK_OPENING, _PART_OF_BEFORE,
    _PASSIVE, _PERFECT, _PERSON_NOUNS, _PERSON_TITLES, _PLACE_POPULATION, _PLURAL_STRIKES, _PLURAL_SUBJECT,
    _PROGRESSIVE_AFTER, _PROGRESSIVE_BEFORE, _PRONOUNS, _PRONOUN_SAYS, _QUOTED_AS_SAYING, _QUOTING_OPENER,
    _RECOVERY_BEFORE, _REGION_WORDS, _RELATIVE, _RELATIVE_SAYS, _REPORTEDLY, _REPORT_AFTER, _ROLE_RE, _ROLE_SYNONYMS,
    _RUNNING, _SAME_DAY, _SEATS, _SEAT_OF_POWER, _SHIFT_OF, _SINCE_BEFORE, _SINGLE_STRIKE, _SPEAKER, _SPEAKER_LIKE,
    _SPEAKS_AFTER_REPORTS, _START_BEFORE, _STATE_COLLECTIVE, _STOCK_NOW, _STOCK_PERFECT, _TOLL_OBJECT, _TOLL_VERBS,
    _TOTAL_WORDS, _TROOPS_SENT, _UNNAMED_REPORTS, _UNREST, _VAGUE_ROLES, _VERB_WORDS, _WINDOW_WORDS, _WORK_NOUNS,
    _background, _between_sides, _clause_verbs, _comma_segment, _has_qualifiers, _inside_quote, _norm_seat,
    _number_text, _past_frame, _qualifiers, _quote, _registry_kinds, _role_in, _wire)


@dataclass
class _Attribution:
    phrase: str
    claimant: str
    how: str
    kind: str  # named, role, pronoun, speaker, unknown


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
    return out


# "the deadliest attack in Qzland", "Qzland's worst violence", "the first attack on its soil": what a "since" after
# it measures against an earlier incident
_SUPERLATIVE_BEFORE = re.compile(
    r"(?<![a-z])(?:the|its|their|his|her|[a-z]+['’]s)\s+(?:[a-z-]+\s+)?"
    r"(?!(?:protest|arrest|interest|forest|request|unrest|contest|conquest|harvest|inquest|west|midwest|northwest"
    r"|southwest|rest|test|guest|chest|nest|crest|quest|manifest|honest|modest|latest)(?![a-z]))"
    r"(?:first|second|third|fourth|fifth|last|only|worst|best|most|least|[a-z]+iest|[a-z]{2,}est)(?![a-z])")


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
        # where a source is named as rejecting what the sentence reports ("..., a claim the army denied"): the
        # start of each such name
        self.disputing: set[int] = set()
        for start, end, written in claimants.find(text):
            ids = claimants.ids_of(written, text[:start])
            if len(ids) == 1:
                self.mentions.append((start, next(iter(ids))))
                if _DISPUTES_AFTER.match(text, end):
                    self.disputing.add(start)
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
        self.incident_days = self._incident_days()
        lede_hi = self.paragraphs[min(1, len(self.paragraphs) - 1)][1] if self.paragraphs else 0
        # headline and lede about protests, riots ..., spread over the country: the document names several of
        # its units, or says "and other cities", "across the country"
        lede = text[:lede_hi].lower()
        unrest = next((m for m in _UNREST.finditer(lede) if not re.search(  # (not "the scene of years of unrest")
            r"(?:years|months|decades|weeks)\s+of\s+(?:[a-z-]+\s+)?\Z", lede[max(0, m.start() - 40):m.start()])
            and not re.search(r"(?:^|[,;.]\s*)as\s+[^,;.]*\Z", lede[max(0, m.start() - 60):m.start()])  # (not ", as
            # protests against the war continued": beside the story, not its event)
            and not re.match(r"\s+(?:on|against)\s+(?:suspected\s+|armed\s+|islamist\s+)?(?:militants|insurgents|rebels"
                             r"|jihadists|terrorists|gangs|cartels|gunmen|fighters)", lede[m.end():])), None)
        country_units = {c for m in places.mentions(text) if m.kind == "unit" and not m.origin and not m.dateline
                         and places.country_of_codes(m.codes) == places.country for c in m.codes}
        head_hi = self.headline_end or (self.paragraphs[0][1] if self.paragraphs else 0)
        headline = text[:head_hi].lower()
        country_headline = not any(m.kind == "unit" for m in places.mentions(text, 0, lede_hi)) \
            and _UNREST.search(headline) and not re.search(
            r"(?<![a-z])(?:prisons?|jails?|penitentiary|detention\s+cent(?:er|re))(?![a-z])", headline) and any(
            m.kind == "country" and m.codes[0] == places.country  # "Qzland protests turn deadly", and no
            for m in places.mentions(text, 0, head_hi))  # city in the headline or lede: the country's
        self.unrest = unrest if unrest and (len(country_units) > 1 or _AND_OTHER_PLACES.search(text.lower())
                                            or _NATIONWIDE.search(text.lower()) or country_headline) else None
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
    def _phrase(self, lo: int, hi: int) -> tuple[str, str]:
        """(attributing words of text[lo:hi], kind found) or ("", "")."""
        m = _PRONOUN_SAYS.match(self.text, lo, hi)
        if m and (m.group("verb") in ATTRIBUTION_VERBS or m.group("verb") in _MORE_VERBS):
            return m.group("who"), "pronoun"  # "He, however, said ...": the pronoun, whatever the clause says
        m = _NAME_APPOSITION_SAYS.match(self.text, lo, hi)
        if m:
            return m.group("who"), "verb"  # "Jo Tam, a spokesperson for the agency, said the fighting ...": Jo Tam
        m = _NAME_WHO_SAYS.match(self.text, lo, hi)
        if m and self.claimants.resolve(m.group("who"))[0]:
            return " ".join(m.group("who").split()), "verb"  # "Jo Tam, who was at the scene, said ...": Jo Tam
        m = _APPOSITION_NAME_SAYS.match(self.text, lo, hi)
        if m:  # "On Friday, the agency's chief official in the province, Gen. Jo Tam, said clashes resumed"
            return " ".join(self.text[m.start("desc"):m.end("who")].split()), "verb"
        m = _QUOTED_AS_SAYING.search(self.text, lo, hi)
        if m and re.search(r"(?<![a-z])(?:which|who)\s+(?:[a-z]+\s+)?\Z", self.text[max(lo, m.start() - 30):m.start()],
                           re.IGNORECASE):
            m = None  # "The QWS, which quoted residents as saying ..., said 9 were killed": the outlet speaks
        if m:  # "The agency quoted an army spokesman as saying 12 soldiers died": the one quoted speaks
            return " ".join(m.group("who").split()), "verb"
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
                 and not _ADMITTED_TO.match(low, v.start())
                 and not (v.group() == "estimated" and re.search(r"(?<![a-z])(?:an|the|a)\s+\Z", low[:v.start()]))
                 and (v.group() != "accused" or _ACCUSED_OF.match(low, v.start()))]
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
            if who and verbs[k][2] in _TOLL_VERBS and not (self.claimants.resolve(who)[0] or _ROLE_RE.search(who.lower())):
                continue  # "The new deaths raised the toll to 45": no one speaking
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
        if words and words[-1] in _PRONOUNS and len(words) <= 2:
            if last is not None and last.claimant:
                return _Attribution(phrase, last.claimant, f"{phrase!r} refers back to {last.phrase!r} -> "
                                    f"{last.claimant}", "pronoun")
            return _Attribution(phrase, "", f"{phrase!r} refers back to no known source", "pronoun")
        if _BACK_REFERENCE.fullmatch(" ".join(words)):
            if last is not None and last.claimant:
                return _Attribution(phrase, last.claimant, f"{phrase!r} refers back to {last.phrase!r} -> "
                                    f"{last.claimant}", "pronoun")
            if not re.search(r"(?<![a-z])sources?(?![a-z])", words[-1]):
                # "the report", "the statement": a body's document, not the witnesses quoted since
                body = next((a for a in reversed(self._so_far) if a is not None and a.claimant), None)
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
        if seat and not said:
            # "White House spokesman Larry Speakes", "the Kremlin": the seat stands for its country's government
            # (its defence ministry for "the Pentagon"), found in sources.csv as "the government" would be
            said = {_SEATS[_norm_seat(seat.group())][0]}
            roles = roles + [_SEATS[_norm_seat(seat.group())][1]]
        role = _ROLE_RE.search(phrase.lower())
        if role and words[0] in _INDEFINITE and role.end() >= len(phrase.lower().rstrip()) - 1:
            role = None  # "a war monitor", "a local official": someone new, not a source named before
        if seat and not said - {_SEATS[_norm_seat(seat.group())][0]}:
            role = seat  # "The Pentagon", "a White House spokesman": the seat's body, as a role word would name it
        if role:
            # each role word, the telling ones first ("spokesman for the agency": agency, then spokesman)
            for word in sorted(dict.fromkeys(roles), key=lambda w: w in _VAGUE_ROLES):
                fits = [(pos, sid) for pos, sid in self.mentions
                        if sid not in self.media and _role_in(word, self.claimants.names_of(sid), self._state(sid))
                        and (not said or not self.claimants.countries.get(sid) or said & self.claimants.countries[sid])
                        and _has_qualifiers(self.claimants.names_of(sid), qualifiers)]
                earlier = [f for f in fits if f[0] < before]
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
                                  or said & self.claimants.countries[b.claimant])]
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
        return None

    def list_source(self, pos: int) -> tuple[str, str] | None:
        """(source, words) for an item of a list (a paragraph opening with a bullet or a number)
        whose introduction (the paragraph before the list, ending in ":") names one source:
        "The commission listed several incidents:" then "• On 3 May, ... killed eight civilians"."""
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
        whose = self.claimants._countries_in(phrase) or self.claimants.case_countries
        hits = [sid for sid in self.claimants._names if (sid not in self.media or media_words)
                and all(has(self.claimants.names_of(sid), w) for w in content)
                and (not whose or not self.claimants.countries.get(sid) or self.claimants.countries[sid] & whose)]
        if len(hits) != 1:
            return None
        return hits[0], (f"{phrase!r} describes {hits[0]} by the words of its name ({', '.join(content)}); "
                         f"named nowhere in the text by that name, a guess")

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
            bodies = [bool(self.claimants.find(p)) or bool(_ROLE_RE.search(p.lower())) for p in parts]
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
            if m and lo not in speakers and self.claimants.resolve(m.group("who"))[0]:
                speakers[lo] = m.group("who")  # "Iraqi officer: A coalition airstrike killed ...", a known source
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
                        and max(lo, at - APPOSITION) <= pos <= min(hi, at + len(phrase) + APPOSITION)}
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
                else:
                    a = _Attribution(cite.group("who"), cited.claimant, f"{phrase!r} cites {cite.group('who')!r}: "
                                     f"{cited.how or 'no known source'}", cited.kind)
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
        self._lede_sources(out)
        return out

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
        for m in _CLAUSE_BREAK.finditer(self.text, s_lo, s_hi):
            if m.end() <= pos:
                lo = m.end()
            elif m.start() >= pos:
                hi = m.start()
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

    def clause_claimant(self, lo: int, hi: int) -> str:
        """The one source named in a clause that also has a reporting word ("while the IOM
        reports that more than 15 million ...")."""
        low = self.text[lo:hi].lower()
        if not any(not _inside_quote(low[:m.start()]) for m in _clause_verbs(low)):
            return ""  # (a reporting word inside a quotation, "the "deadliest incident documented"", is the quote's)
        dateline = _CAPS_DATELINE_BEFORE.match(self.text[lo:hi])  # "MOSCOW – ...": the city is no speaker
        lo = lo + dateline.end() if dateline else lo
        if any(lo <= pos < hi for pos in self.disputing):
            return ""  # "..., an assertion the army rejected", "the army rejected the X account and said": no guess
        ids = {sid for pos, sid in self.mentions if lo <= pos < hi and sid not in self.media}
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

    def carried(self, i: int, pos: int | None = None) -> tuple[_Attribution | None, str]:
        """The attribution a sentence without one takes from the sentences around it:
        the nearest attributing sentence of its paragraph; else the nearest earlier one that
        names a known source; else the document's first (the lede's, for a headline)."""
        lo, hi = self.sentence_span(i)
        p_lo, p_hi = self.paragraph_of(lo)
        same = [j for j in range(len(self.sentences)) if j != i and self.attributions[j] is not None
                and p_lo <= self.sentences[j] < p_hi and (j < i or not self._adds(j))]
        if same:
            j = min(same, key=lambda j: (abs(j - i), j > i))
            return self.attributions[j], "the same paragraph"
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
        first_any = first
        if first is not None:
            j = self.attributions.index(first)
            if self.paragraph_index(self.sentences[j]) > lede + 1:
                first = None
        if first is not None and (lo < self.headline_end or self.paragraph_index(lo) <= self.paragraph_index(
                self.headline_end)):
            return first, "the document's lead"  # a headline or the lede: the first source the document names
        if _NEW_ITEM.match(self.text, lo):
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

    def _incident_days_in(self, lo: int, hi: int) -> list[tuple[int, str, str, frozenset]]:
        out = []
        found = list(_SENTENCE_DATE.finditer(self.text, lo, hi))
        for k, m in enumerate(found):
            words = " ".join(m.group().split())
            if words.lower().startswith("since") or _not_a_date(self.text, m):
                continue  # (nor "Today newspaper said", "the attempted overnight putsch")
            p_lo, p_hi = self.paragraph_of(m.start())
            if self.text[p_lo:p_hi].strip() == m.group().strip():
                continue  # a dateline
            s_lo, s_hi = self.sentence_span(self.sentence_of(m.start()))
            if _STATEMENT_BEFORE.search(self.text[s_lo:m.start()].lower()):
                continue
            if _SINCE_BEFORE.search(self.text[s_lo:m.start()].lower()):
                continue  # "since they began on September 30": the start of a running total
            if _START_BEFORE.search(self.text[s_lo:m.start()].lower()):
                continue  # "the fighting that broke out on December 15": when something began
            if _STATEMENT_AFTER.match(self.text, m.end()):
                continue  # "On Friday it was reported that ...": the report's day
            if _EARLIER_EVENT_BEFORE.search(self.text[s_lo:m.start()]):
                continue  # "following an earlier strike on Sunday": an earlier incident's day, not the story's
            if _FOLLOWS_BEFORE.search(self.text[s_lo:m.start()]):
                continue  # "It follows the fatal stabbing of an official on Saturday": what set the story off
            if _RECOVERY_BEFORE.search(self.text[max(s_lo, m.start() - 120):m.start()].lower()) and any(
                    o is not m and s_lo <= o.start() < s_hi for o in found):
                continue  # "officers recovered the bodies Friday morning", beside "clashed Thursday night"
            if re.match(r"\s+(?:laid\s+to\s+rest|buried)(?![a-z])", self.text[m.end():m.end() + 20]) or re.search(
                    r"(?<![a-z])(?:funerals?|burials?|buried|laid\s+to\s+rest)(?![a-z])[^.;]{0,30}\Z",
                    self.text[max(s_lo, m.start() - 40):m.start()].lower()):
                continue  # "the victims were yesterday laid to rest": the burial's day, not the killing's
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
            if not _VIOLENCE.search(self.text[s_lo:s_hi].lower()):
                continue  # "Residents returned on Saturday", "As of Monday, ... had arrived": no incident
            if _TOTAL_WORDS.search(self.text[s_lo:s_hi].lower()) and not _SINGLE_STRIKE.search(self.text[s_lo:s_hi].lower()):
                continue  # a sentence about a total over time dates no incident
            got = resolve_date(words, self.published, language=self.language)
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
                out.append((m.start(), got["period_end"], words, frozenset(c for u in units for c in u.codes)))
        return out

    def incident_day(self, pos: int, codes: frozenset = frozenset(),
                     several: bool = False) -> tuple[str, str, bool] | None:
        """(day, words, by place) of the nearest incident day before ``pos``, else the first
        after it; among the days named with one of ``codes`` (the units of the figure's own
        sentence) when there are any: each incident of a list keeps its own day. A count of
        several attacks (``several``) ends on the latest of those days."""
        days = [d for d in self.incident_days if d[3] & codes] if codes else []
        by_place = bool(days)
        days = days or self.incident_days
        if several and days:
            pick = max(days, key=lambda d: (d[1], -d[0]))
            return pick[1], pick[2], by_place
        before = [d for d in days if d[0] < pos]
        pick = before[-1] if before else (days[0] if days else None)
        return (pick[1], pick[2], by_place) if pick else None


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


def _url_author(url: str, claimants: Claimants, media: set[str]) -> tuple[str, str] | None:
    """(source, host) of a document published on a body's own website ("www.amnesty.org",
    "www.unhcr.org"): the one source, not an outlet, known by the host's name as its
    abbreviation ("UNHCR") or as the first word of its name ("Amnesty International"). Its
    report is that body's, as a report whose title names its author (``_Document._author``)."""
    host = re.sub(r"^[a-z]+://", "", str(url or "").strip().lower()).split("/")[0].split(":")[0]
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
                first = (len(words) > 1 and re.fullmatch(r"[A-Z][a-z]{3,}", words[0]) is not None
                         and words[0].lower() not in _INSTITUTION_WORDS and words[0].lower() not in _HOST_FIRST_STOP)
                if claimants._countries_in(words[0]):
                    # "www.qzland.gov.qz", "www.qzland.com": a country's name or adjective ("Qzland Police
                    # Service", "Colombian Army") is any of that country's bodies or outlets, none by itself
                    continue
                if (acronym and n.lower() == label) or (first and words[0].lower() == label):
                    hits.add(sid)
    if len(hits) != 1:
        return None
    return next(iter(hits)), host


_HOST_FIRST_STOP = {"united", "international", "world", "global", "human", "humanitarian", "council", "union", "european",
                    "african", "islamic", "arab", "american", "save", "doctors", "medical"}


def draft_document(text: str, document_row: dict, sources: pd.DataFrame, admin1: pd.DataFrame,
                   case_start: str | None = None, default_claimant: str | None = None,
                   profile_id: str | None = None) -> pd.DataFrame:
    """Draft figure rows (``schema.QUEUE_COLUMNS``, all text) for every candidate in ``text``.

    ``document_row`` is the document's ``documents.csv`` row (document_id, outlet, url,
    published, language). ``sources`` and ``admin1`` are the raw tables (``sources`` with
    its ``aliases`` column, ``admin1`` with its optional ``groups`` column). ``case_start``
    ("2015-09-30") is the first day of the case's period: a window starting more than a
    month before it is ``context``. ``default_claimant`` is the claimant of figures with
    no attributing words (default: the outlet when it is not a media source). Rows are in
    text order; ``decision`` is empty; ``confidence`` is 0-1 and ``why`` says which words
    gave which field, and which rule guessed.
    """
    doc_id = document_row["document_id"]
    outlet = document_row.get("outlet", "")
    published = document_row.get("published", "")
    # "COLOMBO, Feb 10: ..." in a page published on the 11th: the text was written on the dateline's day,
    # and its "today", "yesterday" and weekdays count from there
    written = _dateline_day(text, published)
    dateline_why = (f"dates counted from the dateline's day {written[0]} ({written[1]!r}), the day the text was "
                    f"written (published {published})") if written else ""
    if written:
        published = written[0]
    language = document_row.get("language", "") or "en"
    places = Places(admin1)
    places.for_document(text)
    whole = admin1[admin1["pcode"] == places.country].to_dict("records") if places.country else []
    country_names = [n for r in whole for n in [r["name"], *str(r.get("aliases", "") or "").split(";")]]
    claimants = Claimants(sources, places.country, country_names, text, case_countries=_country_rows(admin1))
    if default_claimant is None and outlet and claimants.types.get(outlet, "media") not in ("media", "reference"):
        default_claimant = outlet
    relay, relay_why = _wire(text, sources, claimants, outlet)
    media = set(sources.loc[sources["type"].isin(["media", "reference"]), "source_id"])
    case_first = pd.Timestamp(case_start) if case_start else None
    doc = _Document(text, published, language, claimants, places, media)
    if doc.author is None:
        # a report on its author's own website ("www.unhcr.org/..."): the author's, as a title naming it
        doc.author = _url_author(document_row.get("url", ""), claimants, media)
    if doc.author is None:
        # a report on a reports portal whose address names it by its author ("/report/qzland/qrw-monthly-report-...")
        doc.author = _url_report_author(document_row.get("url", ""), claimants, media)
    rows, extra = [], []
    for c in extract(text, doc_id, profile_id):
        why, confidence = [], 1.0
        i = doc.sentence_of(c.start)
        s_lo, s_hi = doc.sentence_span(i)
        sentence = text[s_lo:s_hi]
        lsent = " ".join(sentence.lower().split())
        c_lo, c_hi = doc.clause(s_lo, s_hi, c.start)
        paragraph = doc.paragraph_of(c.start)
        in_headline = c.start < doc.headline_end

        # -- who claims it
        own = doc.attributions[i]
        if own is not None and own.claimant and own.kind != "disputed":
            low_before = text[s_lo:c.start].lower()
            disputed = list(_DISPUTED_REPORT.finditer(low_before))
            if disputed and not _OWN_VERB_AFTER.search(low_before, disputed[-1].end()):
                # "The army disputed estimates that put the number as high as 1,200, saying its own count of 220
                # was accurate": 1,200 is in the reports the speaker disputes (220, after its own verb, is its own)
                own = _Attribution(own.phrase, "", f"the number is in reports or estimates {own.phrase!r} disputes, "
                                   f"whose authors are not named: no identifiable claimant", "disputed")
        in_clause = doc.clause_claimant(c_lo, c_hi)
        unnamed = list(_UNNAMED_REPORTS.finditer(text[s_lo:c.start].lower()))
        if unnamed and not _SPEAKS_AFTER_REPORTS.search(text[s_lo:c.start].lower(), unnamed[-1].end()) and (
                own is None or own.kind != "disputed"):
            # "... by the commission followed reports that five prisoners were beaten to death": the number is
            # in the reports, whose authors the sentence does not name; the source before them speaks of them
            own = _Attribution(text[s_lo + unnamed[-1].start():s_lo + unnamed[-1].end()].strip(), "",
                               "the number is in reports whose authors are not named: no identifiable claimant",
                               "disputed")
            in_clause = ""
        if own is not None and not in_clause and (c_lo > s_lo or c_hi < s_hi):
            at = text.find(own.phrase, s_lo, s_hi)
            low_clause = text[c_lo:c_hi].lower()
            if at >= 0 and not c_lo < at + len(own.phrase) <= c_hi and any(
                    not _inside_quote(low_clause[:m.start()]) and not _NOT_OWN_SPEAKER_BEFORE.search(low_clause[:m.start()])
                    and not _BY_AFTER.match(low_clause, m.end()) for m in _clause_verbs(low_clause)):
                # "The authorities of the republic put the toll at over 2,000, while Russia has estimated it at
                # 1,600": the number's clause has reporting words of its own, whose speaker is not the other
                # clause's, but the one they name
                phrase, kind = doc._phrase(c_lo, c_hi)
                theirs = doc._resolve(phrase, c_lo, None, (c_lo, c_hi)) if phrase and kind == "verb" else None
                if theirs is not None and theirs.claimant and theirs.kind in ("named", "registry"):
                    own = _Attribution(theirs.phrase, theirs.claimant, f"the number's clause has reporting words of "
                                       f"its own: {theirs.how}", theirs.kind)
                elif own.claimant:
                    own = _Attribution(own.phrase, "", f"the number's clause has reporting words of its own; "
                                       f"{own.phrase!r} speaks in another clause: no known source", "unknown")
        if own is not None and in_clause:
            at = text.find(own.phrase, s_lo, s_hi)
            if c_lo <= at < c_hi and (own.claimant or own.kind in ("joint", "passive", "indefinite", "disputed")) and \
                    (in_clause not in doc.claimants.named_in(own.phrase) or own.kind in ("joint", "indefinite",
                                                                                          "disputed")):
                # "..., the government announced, in an attack claimed by the X group": the clause's own
                # speaker (a source, or someone said to be nobody identifiable) is the one its reporting words
                # name, not another source merely named in it
                in_clause = ""
        rel = doc.relative_claimant(s_lo, s_hi, c.start)
        if rel:  # "..., the X group, which in turn claimed to have killed ten ...": the relative clause's speaker
            in_clause = rel
        said_after = _NUMBER_THAT_SAYS.match(text, c.end, s_hi)
        if said_after and claimants.resolve(said_after.group("who"))[0]:
            # "the toll was far higher than the three that Interior Minister Jo Tam mentioned": the number's own
            # relative clause names who gave it, whoever speaks in the rest of the sentence
            in_clause = claimants.resolve(said_after.group("who"))[0]
        named = claimants.named_in(text[c_lo:c_hi], exclude=media)
        if named and (dateline := _CAPS_DATELINE_BEFORE.match(text[c_lo:c_hi])):
            named = claimants.named_in(text[c_lo + dateline.end():c_hi], exclude=media)  # "MOSCOW – ...": a place
        # (not a source named as rejecting it: "Residents said 12 were killed, a claim the army denied")
        named -= {sid for pos, sid in doc.mentions if c_lo <= pos < c_hi and pos in doc.disputing}
        claimant_phrase = own.phrase if own is not None else ""
        if in_clause and (own is None or own.claimant != in_clause):
            claimant = in_clause
            why.append(f"claimant {claimant}: the source named with a reporting word in the number's clause")
            confidence -= 0.1
        elif own is not None and own.claimant:
            claimant = own.claimant
            why.append(own.how)
            confidence -= {"named": 0, "speaker": 0.05, "registry": 0.3, "lede": 0.3}.get(own.kind, 0.15)
        elif own is not None and len(named) == 1 and own.kind not in ("joint", "disputed") and not (
                own.kind == "indefinite" and named <= claimants.named_in(own.phrase)):
            (claimant,) = named
            why.append(f"{own.how}; claimant {claimant}: the one source the sentence names")
            confidence -= 0.2
        elif own is not None and in_headline and own.kind == "unknown" and doc.carried(i)[0] is not None:
            # "..., Baku says" over a body whose lede names the Prosecutor-General's Office: a headline
            # names its source short; the lede's source is the one meant
            carried, _ = doc.carried(i)
            claimant = carried.claimant
            why.append(f"headline attribution {own.phrase!r} names no known source; the lede's {carried.phrase!r} "
                       f"-> {claimant}")
            confidence -= 0.3
        elif own is not None and own.kind == "passive" and doc.author:
            # "At least 800 are estimated to have fled", "It is estimated that ..." in a report the title names
            # ("Agency Daily Flash of 23 March"): the report's own estimate
            claimant, title = doc.author
            why.append(f"{own.how}; in the report the title names ({title!r}): its own words -> {claimant}")
            confidence -= 0.2
        elif own is not None:
            claimant = ""
            why.append(own.how or f"claimant phrase {own.phrase!r} names no source in sources.csv (add an alias?)")
            confidence -= 0.35
        elif _REPORTEDLY.search(_comma_segment(text, c_lo, c_hi, c.start)) and not _inside_quote(text[c_lo:c.start].lower()):
            # (in the number's own stretch between commas: not "The ambush, which was reportedly planned, left 9")
            # "As many as 19 people have reportedly been killed": the writer says someone reported it and names
            # no one; not the claim of a source the text names elsewhere
            claimant = ""
            why.append(f"{_REPORTEDLY.search(text[c_lo:c_hi]).group()!r} with no one named: an unnamed source; "
                       f"claimant left empty")
            confidence -= 0.3
        elif not in_headline and ((work := doc.own_work(s_lo, c.start)) is not None
                                  or (work := doc.own_work_after(c.end, s_hi)) is not None):
            claimant = work[0]
            why.append(f"{work[1]!r}: the body's own work, its own figure -> {claimant}")
            confidence -= 0.2
        elif (background := _background(lsent) or _past_frame(sentence)) and not in_headline and not default_claimant \
                and ((war_wide := bool(_CONTEXT_WORDS.search(lsent)) and "since" in lsent or bool(_LONG_WAR.search(lsent)))
                     or doc.paragraph_index(s_lo) > doc.paragraph_index(doc.headline_end) and not doc.attributed_before(i)) \
                and any(doc.attributions) and not re.search(r"[\"“”]|(?<![a-z])(?:we|our|us)(?![a-z])", lsent) \
                and (relay or len(doc.voices) > 1 or _past_frame(sentence) or war_wide):
            # (a whole war's toll, "since the start of the conflict", is background even in the lede, beside
            # a sentence that has a source)
            # (not in quoted words, which a later sentence attributes, nor in a text where nobody is
            # quoted and the one voice is the source's own: "we registered ..."; with no wire and no time
            # of its own, only where several voices speak: a text reporting one statement gives it its figures)
            # "Thousands have died since the start of the conflict", "In September 2019, ... with some 50
            # soldiers killed", "Earlier this year, five chiefs were abducted": a total over time or an earlier
            # event in the writer's own voice, no source before it in its paragraph: background, nobody's
            # claim, a wire's dateline or not (a wire's own count says so: "an AFP tally")
            claimant = ""
            why.append(f"no attributing words before it in its paragraph, and {background!r}: background in the "
                       f"writer's own voice; claimant left empty")
            confidence -= 0.3
        else:
            carried, where = doc.carried(i, c.start)
            if carried is not None and where == "the same paragraph":
                claimant = carried.claimant
                why.append(f"no attributing words in the sentence; {where} says {carried.phrase!r} -> "
                           f"{claimant or 'no known source'}")
                confidence -= 0.15 if claimant else 0.35
            elif default_claimant:
                claimant = default_claimant
                why.append(f"no attributing words: the document's own claim ({default_claimant})")
                confidence -= 0.1
            elif doc.list_source(s_lo):
                claimant, intro = doc.list_source(s_lo)
                why.append(f"no attributing words in the list item; the list's introduction {intro!r} -> {claimant}")
                confidence -= 0.15
            elif carried is not None:
                claimant = carried.claimant
                why.append(f"no attributing words in the sentence or its paragraph; carried from {where}: "
                           f"{carried.phrase!r} -> {claimant}")
                confidence -= 0.25
            elif len(named) == 1 and doc.counts_of(c_lo, c_hi):
                (claimant,) = named
                why.append(f"no attributing words; claimant {claimant}: the one source the sentence names, with "
                           f"{doc.counts_of(c_lo, c_hi)!r}")
                confidence -= 0.3
            elif carried is None and len(doc.named_sources) == 1 and not any(doc.attributions) and \
                    doc.names_before(next(iter(doc.named_sources)), c.start):
                # (named at the top, or before the number in its paragraph: "the agency opened 368 files,
                # counting 406 victims"; not a figure of another paragraph the source is not named in)
                (claimant,) = doc.named_sources
                why.append(f"no attributing words in the document; claimant {claimant}: the one source it names "
                           f"(its own report or briefing)")
                confidence -= 0.3
            elif doc.author:
                claimant, title = doc.author
                why.append(f"no attributing words: the report the title names ({title!r}) -> {claimant}")
                confidence -= 0.15
            elif doc._fact_box(c.start):
                claimant = ""
                why.append("an item of a list under a title of its own (a box of facts): background in the "
                           "writer's own voice; claimant left empty")
                confidence -= 0.3
            else:
                claimant = ""
                why.append("no attributing words in the document: claimant left empty")
                confidence -= 0.35
        if claimant and own is None and not in_clause and not (doc.author and claimant == doc.author[0]) \
                and _PLACE_POPULATION.search(text, max(0, c.start - 60), c.start) \
                and c.metric == "other":
            # "this leafy city of 300,000 people", "the country's population of 19 million": a place's size in
            # the writer's voice, no one's claim, whoever the sentences around it quote
            why.append("a place's population, with no attributing words of its own: background; claimant left empty")
            claimant = ""
        if claimant and own is None and not in_clause and not (doc.author and claimant == doc.author[0]) \
                and c.metric == "other" and c.population == "combatants" \
                and _TROOPS_SENT.search(text, max(s_lo, c.start - 80), c.start):
            # "Russia ... sent about 2,500 troops to Kazakhstan", "deployed some 800 soldiers": forces sent, in the
            # writer's voice, no one's claim, whoever the sentences around it quote
            why.append("troops sent or deployed, with no attributing words of their own: background; claimant left empty")
            claimant = ""
        if claimant in doc.part_of:
            # "the UN" in a text where one UN office speaks is that office ("UN says" over "UNHCR said"; "The U.N.
            # said" after "the UN Assistance Mission ... report"): the labelled set's fourth-round convention
            why.append(f"{claimant} is named for {doc.part_of[claimant]}, the part of it that speaks in the "
                       f"document -> {doc.part_of[claimant]}")
            claimant = doc.part_of[claimant]
            confidence -= 0.1
        cited_via = relay if relay and claimant != relay else ""
        if cited_via:
            why.append(relay_why)

        why.append(f"metric {c.metric}, population {c.population}, unit {c.unit} from {c.span!r}"
                   + (f" ({c.reading})" if c.reading else ""))
        if c.metric == "other":
            confidence -= 0.2
        if c.reading:  # read from the words around the number, not its own noun: a guess to check
            confidence -= 0.05
        if c.qualifier == "vague":
            confidence -= 0.05

        perpetrator = " ".join(c.perpetrator_phrase.split())
        if perpetrator and perpetrator not in " ".join(sentence.split()):
            perpetrator = ""  # a phrase from another sentence is no attribution of this one
        if perpetrator and _between_sides(" ".join(sentence.split()), perpetrator):
            # "clashes between the army and the rebels killed 56": two sides fighting, no one of them singled out
            why.append(f"perpetrator {perpetrator!r} is one of two sides ('between ... and ...'): none singled out")
            perpetrator = ""
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

        # -- when
        date_phrase = " ".join(c.date_phrase.split())
        elsewhere = not date_phrase
        if not date_phrase:  # the extractor saw no date next to the number: any date words in the sentence
            date_phrase = _sentence_date(sentence, c.start - s_lo)
        phrase_at = date_phrase and _find_words(date_phrase, text, c.end, s_hi)
        other_event = phrase_at and _OTHER_EVENT_AFTER.search(text, c.end, phrase_at.start())
        if other_event:
            # "34 people have been killed by blasts in the capital, days after the arrest of a suspect in the
            # attacks in November": the date of the other event the sentence recalls
            why.append(f"date words {date_phrase!r} belong to another event ({other_event.group().strip(', ')!r})")
            date_phrase = ""
        if elsewhere:
            if date_phrase:
                why.append(f"date words {date_phrase!r} elsewhere in the sentence")
                confidence -= 0.05
        said_date = bool(date_phrase)  # date words of the number's own sentence
        if date_phrase:
            found = _find_words(date_phrase, text, s_lo, s_hi)
            others = [m for m in _SENTENCE_DATE.finditer(text, s_lo, s_hi) if found and m.end() <= found.start()]
            if found and others and _RECOVERY_BEFORE.search(text[max(s_lo, found.start() - 120):found.start()].lower()):
                # "clashed Thursday night and officers recovered the bodies of eight people Friday morning"
                why.append(f"{date_phrase!r} is when bodies were found; the sentence dates the violence "
                           f"{' '.join(others[-1].group().split())!r}")
                date_phrase = " ".join(others[-1].group().split())
        if date_phrase and (c_lo, c_hi) != (s_lo, s_hi):
            # "October reached a record of 188 homicides, while November registered 175": each clause its own month
            found = _find_words(date_phrase, text, s_lo, s_hi)
            clause_date = _sentence_date(text[c_lo:c_hi], c.start - c_lo)
            if found and not (c_lo <= found.start() < c_hi) and clause_date:
                why.append(f"{date_phrase!r} dates another clause; the number's own clause says {clause_date!r}")
                date_phrase = clause_date
        if not date_phrase and i > 0 and _PART_OF_BEFORE.match(lsent):
            # "Of these, 170 people were found alive": a part of the count the sentence before gave, as of its day
            b_lo, b_hi = doc.sentence_span(i - 1)
            date_phrase = _sentence_date(text[b_lo:b_hi], b_hi - b_lo)
            if date_phrase:
                why.append(f"{_PART_OF_BEFORE.match(lsent).group()!r}: a part of the count before, as of its date "
                           f"words {date_phrase!r}")
                confidence -= 0.1
        if date_phrase:
            later = _later_day(text, s_lo, s_hi, date_phrase, published, language) if published else None
            if later is not None:
                why.append(f"{later[1]!r}: a window of two days, which ends on the later ({later[0]!r})")
                date_phrase = later[0]
        # "That attack ... claimed nine lives": the event the sentence before described, with its date and place
        anaphor = _ANAPHOR.search(lsent)
        before_event = None
        if anaphor and i > 0 and doc.sentence_span(i - 1)[0] >= doc.headline_end:
            before_event = doc.sentence_span(i - 1)
            if not date_phrase:
                b_lo, b_hi = before_event
                date_phrase = _sentence_date(text[b_lo:b_hi], b_hi - b_lo)
                if date_phrase:
                    why.append(f"{anaphor.group()!r} refers to the event of the sentence before: its date words "
                               f"{date_phrase!r}")
                    confidence -= 0.1
        shift_days = 0
        # the number's own clause: "Gunmen killed 12 villagers in Millbrook, and the army arrived the next day"
        # dates the army's arrival, not the killing
        d_lo, d_hi = c_lo, c_hi
        for m in _DAY_CLAUSE_BREAK.finditer(text, c_lo, c_hi):
            if m.end() <= c.start:
                d_lo = m.end()
            elif m.start() >= c.end:
                d_hi = m.start()
                break
        same_day = None if date_phrase else min(
            _SAME_DAY.finditer(text[d_lo:d_hi].lower()), default=None,
            key=lambda m: min(abs(m.start() - (c.start - d_lo)), abs(m.end() - (c.start - d_lo))))
        if same_day and i > 0:
            # "two more were killed the same day", "a further three the next day": the day the sentences
            # before named (a day later for "the next day"; the same month when they named only a month)
            for j in range(i - 1, max(-1, i - 4), -1):
                b_lo, b_hi = doc.sentence_span(j)
                if b_hi <= doc.headline_end:
                    break
                words = _sentence_date(text[b_lo:b_hi], b_hi - b_lo)
                if same_day.group(1):  # "the assault came a day after ...": the incident the text is about
                    day = doc.incident_day(c.start)
                    words = day[1] if day else ""
                if words:
                    date_phrase = words
                    shift_days = _SHIFT_OF.get(" ".join(next(g for g in same_day.groups() if g).split()), 0)
                    why.append(f"{same_day.group()!r} refers to the day named before: {words!r}"
                               + (f", {shift_days:+d} day" if shift_days else ""))
                    confidence -= 0.1
                    break
        statement_day = ""
        compared = False  # "the worst ... since": a "since" that counts nothing
        if date_phrase and not date_phrase.lower().startswith("since"):
            found = _find_words(date_phrase, text, s_lo, s_hi)
            since = _SINCE_BEFORE.search(text[s_lo:found.start()].lower()) if found else None
            if since and _COMPARED_BEFORE.search(text[s_lo:s_lo + since.start()].lower()) \
                    and not (_PERFECT.search(text[c.end:s_lo + since.start()].lower())
                             or re.search(r"(?<![a-z])had\s+(?:been\s+)?[a-z]+(?:ed|en|wn)(?![a-z])",
                                          text[c.end:s_lo + since.start()].lower())):
                # (not "have been killed in the worst-hit district since January": a running total)
                # "one of the worst riots since the border war in 1979": a comparison's date, not the count's
                why.append(f"{date_phrase!r} dates a comparison ('the worst ... since'), not the count")
                date_phrase, compared = "", True
            elif since:
                why.append(f"{date_phrase!r} is when a running total began ('since ... {date_phrase}')")
                date_phrase = "since " + re.sub(r"^(?:on|in)\s+", "", date_phrase, flags=re.IGNORECASE)
            elif found and _START_BEFORE.search(text[s_lo:found.start()].lower()) and _PERFECT.search(lsent):
                why.append(f"{date_phrase!r} is when something began ('broke out ... {date_phrase}'), and the "
                           f"sentence counts what has happened since (perfect tense): a running total")
                date_phrase = "since " + re.sub(r"^(?:on|in)\s+", "", date_phrase, flags=re.IGNORECASE)
                confidence -= 0.1
        if date_phrase.lower().startswith("since ") and any(a <= c.start < b for a, b in doc.earlier_events):
            # "the first attack since March 2016, when a raid on Saltpan left 19 dead": the 19 are the recalled
            # incident's, of its own date, not a running total since then
            why.append(f"{date_phrase!r} dates the earlier incident the clause recalls, whose count this is")
            date_phrase = "in " + date_phrase[6:].strip()
        if date_phrase:
            found = _find_words(date_phrase, text, s_lo, s_hi)
            if found and (_STATEMENT_BEFORE.search(text[s_lo:found.start()].lower())
                          or _STATEMENT_AFTER.match(text, found.end())) and published:
                got = resolve_date(date_phrase, published, sentence, language)
                if got["date_precision"] == "day":
                    statement_day, statement_phrase = got["period_end"], date_phrase
                    why.append(f"{date_phrase!r} dates the statement ({statement_day}), not the incident")
                    date_phrase = ""
        if date_phrase and not statement_day and published:
            # "eight were killed during the attack, but the toll rose to 14 yesterday": the day the toll of one
            # attack was raised, not the attack's (README, fourth-round corrections: incident days)
            found = _find_words(date_phrase, text, s_lo, s_hi)
            up = _TOLL_UPDATE.search(text, s_lo, found.start()) if found else None
            if up and found.start() - up.end() <= 40 and _SINGLE_STRIKE.search(lsent) \
                    and not _PLURAL_STRIKES.search(lsent) and not _WAR_WIDE.search(lsent):
                got = resolve_date(date_phrase, published, sentence, language)
                if got["date_precision"] == "day" and got["counting_basis"] == "incident":
                    statement_day, statement_phrase = got["period_end"], date_phrase
                    why.append(f"{date_phrase!r} dates the raised toll ({statement_day}), not the attack")
                    date_phrase = ""
        if date_phrase and not statement_day and published:
            # "Over the past 24 hours, strikes have killed 55, the ministry said on Tuesday": words
            # relative to the time of speaking count back from the statement's day
            said = _statement_day(text, s_lo, s_hi, published, language)
            if said is not None and _RELATIVE.search(date_phrase.lower()):
                statement_day, statement_phrase = said
                why.append(f"{statement_phrase!r} dates the statement ({statement_day}); {date_phrase!r} "
                           f"counts back from it")
        dates = resolve_date(date_phrase, published, sentence, language, said=statement_day) if published else {}
        own_units = frozenset(c_ for m in places.mentions(text, s_lo, s_hi) if m.kind == "unit" for c_ in m.codes)
        eve = doc.evening_before(dates.get("period_end", ""), own_units) if date_phrase and \
            _OVERNIGHT.search(date_phrase) and dates.get("date_precision") == "day" else None
        if eve:
            # "rioters attacked the plant overnight" beside "the plant was attacked on Wednesday": the night
            # of that Wednesday, not the morning after
            why.append(f"{date_phrase!r}: the document names the evening before ({eve}) for the violence")
            dates.update(period_start=eve, period_end=eve, as_of=eve, _start=eve)
        if shift_days and dates.get("date_precision") == "day" and dates.get("period_end"):
            day = f"{pd.Timestamp(dates['period_end']) + timedelta(days=shift_days):%Y-%m-%d}"
            if day <= (published if len(published) == 10 else day):
                dates.update(period_start=day, period_end=day, as_of=day, _start=day)
        day_at = date_phrase and dates.get("date_precision") == "day" and dates.get("period_end") and \
            _find_words(date_phrase, text, s_lo, s_hi)
        if day_at and _FOUND_DEAD_BEFORE.search(text, max(s_lo, day_at.start() - 40), day_at.start()):
            # "Two civilians were found dead Wednesday on the island shelled by Zemland", after "Tuesday's attack":
            # the day the bodies were found; they were killed on the document's incident day before it
            earlier = [d for d in doc.incident_days if d[1] < dates["period_end"] and not s_lo <= d[0] < s_hi]
            units = {c_ for m in places.mentions(text, s_lo, s_hi) if m.kind == "unit" for c_ in m.codes}
            if re.search(r"(?<![a-z])(?:separate(?:ly)?|another|elsewhere|unrelated)(?![a-z])", lsent):
                earlier = []  # "In a separate development, 12 bodies were found on Friday in Millbrook": its own day
            elif units:  # bodies found in a place: not an incident told of another place
                earlier = [d for d in earlier if not d[3] or d[3] & units]
            if earlier:
                pick = max(earlier, key=lambda d: (d[1], -d[0]))
                why.append(f"{date_phrase!r} is when the dead were found; killed on the document's incident day "
                           f"before it, {pick[2]!r} -> {pick[1]}")
                dates.update(period_start=pick[1], period_end=pick[1], as_of=pick[1], _start=pick[1],
                             counting_basis="incident", date_certainty="inferred",
                             date_basis=f"inferred: found dead {date_phrase!r}; the incident day of the document "
                                        f"{pick[2]!r} -> {pick[1]}")
        end_of = _AS_OF_END.search(sentence)
        if end_of and date_phrase and " ".join(date_phrase.lower().split()) not in " ".join(end_of.group().lower().split()):
            # "killed 12 on March 3, bringing the toll by the end of February to 40": the figure's own day stands;
            # not a running total's start ("since the agreement signed last November ... as of end of July")
            at = sentence.lower().find(date_phrase.lower())
            if not date_phrase.lower().startswith("since") and \
                    not (at >= 0 and re.search(r"(?<![a-z])since(?![a-z])", sentence[max(0, at - 80):at], re.IGNORECASE)):
                end_of = None
        if end_of and published and dates:
            # "... have taken place as of end of July 2023": the count stands on the month's last day
            got = resolve_date(" ".join(end_of.group("when").split()), published, language=language)
            if got["date_precision"] == "month" and got["period_end"]:
                last = f"{pd.Timestamp(got['period_end'] + '-01') + pd.offsets.MonthEnd(0):%Y-%m-%d}"
                if last <= (published if len(published) == 10 else last):
                    dates.update(period_end=last, as_of=last, date_precision="day",
                                 date_basis=f"{got['date_certainty']}: {end_of.group().strip()!r} = {last}")
                    why.append(f"{end_of.group().strip()!r}: the count as it stood on {last}")
        span = _date_range(sentence, published, language) if published else None
        if span is None and published:  # "Between 2000 and 2010": whole years
            span = _year_range(sentence, published)
        if span is not None:  # "from 05 October to 22 October 2015", "between 5 and 30 October"
            dates = span
            date_phrase = span["_words"]
            if _PERFECT.search(lsent) or _RUNNING.search(lsent):
                dates["counting_basis"] = "cumulative_since"
            why.append(f"dates: {span['date_basis']}")
        part = _part_of_year(sentence, published) if published else None
        if part is not None and dates.get("date_precision") != "day" or part is not None and not c.date_phrase.strip():
            dates = part
            date_phrase = part["_words"]
            why.append(f"dates: {part['date_basis']}")
        total = bool(_TOTAL_WORDS.search(re.sub(r"(?<![a-z])since(?![a-z])", "", lsent) if compared else lsent)) \
            and not _SINGLE_STRIKE.search(lsent)
        update = _TOLL_UPDATE.search(text, s_lo, s_hi)
        if update and total and not _WAR_WIDE.search(lsent) and not _CONTEXT_WORDS.search(lsent):
            total = False  # "the toll has since been raised to 34": one incident's toll, where and when it was
        if not total and _WAR_WIDE.search(lsent) and _PERFECT.search(lsent) and not c.date_phrase.strip():
            total = True  # "The conflict has resulted in over 900 deaths": the war's toll so far
            why.append(f"{_WAR_WIDE.search(lsent).group()!r} with {_PERFECT.search(lsent).group()!r}: the war's toll so far")
        if total and _NEWS_PERFECT.search(lsent) and not _WINDOW_WORDS.search(lsent):
            # a lede's perfect tense with the events named and no window: "have killed 15 people in strikes
            # on villages", "have been killed ... in coordinated attacks on ...": those attacks, not a running total
            total = False
            why.append(f"{_NEWS_PERFECT.search(lsent).group()!r}: the perfect tense of a report on named attacks, "
                       f"not a running total")
        if dates and statement_day:
            dates["statement_date"] = statement_day
        # the clause after the number ("12,500 ... are settled": a comma between digits is no clause break)
        after = re.split(r",(?!\d)|;|—|–|\s(?:and|because|but|while|as|after|when)\s", text[c.start:c_hi])[0]
        stock_now = _STOCK_NOW.search(" ".join(after.lower().split())) or _STOCK_PERFECT.search(lsent) or \
            _MISSING.search(" ".join(re.split(r",(?!\d)|;|—|–|\s(?:because|but|while|as|after|when|and\s+(?:the|many"
                                              r"|some|others))\s", text[c.start:c_hi])[0].lower().split()))
        # (people missing: a count as it stands, "17 of her colleagues and friends went missing")
        stock_now = stock_now or _HOSTS_BEFORE.search(text, max(s_lo, c.start - 60), c.start)  # "the school shelters ..."
        # the present progressive: "is currently evacuating about 240 patients", "Thousands ... are fleeing"
        stock_now = stock_now or _PROGRESSIVE_BEFORE.search(text, max(c_lo, c.start - 60), c.start) or \
            _PROGRESSIVE_AFTER.match(" ".join(after.lower().split()))
        if not stock_now and not date_phrase and _ARRESTS_SO_FAR.search(text[c_lo:c_hi].lower()) and not re.search(
                r"(?<![a-z])(?:kill\w*|dead|died|deaths?|wounded|injured)(?![a-z])", lsent):
            # (not "the operation resulted in killing 19 assailants while 5 have been arrested": the operation's)
            # "Police have arrested some 72 people", "two have been arrested in Ripoll": arrests in the perfect
            # with no day of their own, counted as they stand when reported, not on the day of the incident
            stock_now = _ARRESTS_SO_FAR.search(text[c_lo:c_hi].lower())
        if not stock_now and "a place's population" in (c.reading or ""):
            stock_now = re.search(r"a place's population", c.reading)  # a town's population: as it stands now
        between = None
        if stock_now and date_phrase and c.date_phrase.strip():
            found = _find_words(date_phrase, text, c.start, s_hi)
            between = found and re.search(r"(?<![a-z])(?:following|after|since|which|that|who|when)(?![a-z])",
                                          text[c.end:found.start()].lower())
            if not found:  # "wounded in Thursday's fighting there, and more than 4,000 people have been displaced":
                # the day is the other clause's
                found = _find_words(date_phrase, text, s_lo, c.start)
                between = found and re.search(r",\s+(?:and|but|while)\s|;", text[found.end():c.start])
        if stock_now and date_phrase and (not c.date_phrase.strip() or between):
            # "as many as 300 are now arriving daily; we had registered 3,173 by Sunday": the day is
            # another number's, this one stands as of the document's date
            why.append(f"{stock_now.group()!r}: a count as it stands now; {date_phrase!r} dates another part "
                       f"of the sentence")
            date_phrase = ""
            dates = resolve_date("", published, sentence, language) if published else {}
        if dates and date_phrase and _PERFECT.search(lsent):
            found = _find_words(date_phrase, text, s_lo, s_hi)
            if found and re.search(r"(?<![a-z])(?:a|an|the|[a-z][\w-]*['’]s?)\s*\Z", text[s_lo:found.start()].lower()) \
                    and _EVENT_AFTER.match(text, found.end()):
                # "112 bodies have been pulled from the site of a March 17 airstrike": the date names
                # the event; the count (perfect tense) stands as of the statement
                why.append(f"{date_phrase!r} names the event ('{text[max(s_lo, found.start() - 12):found.end()]} "
                           f"...'); the count, in the perfect tense, stands as of the statement")
                stock_now = True
                date_phrase = ""
                dates = resolve_date("", published, sentence, language) if published else {}
                if statement_day:
                    dates["statement_date"] = statement_day
        # a toll updated later keeps its incident's day when the text gives one (README, fourth-round
        # corrections: "a toll updated or raised later included"); a toll over several attacks or days of
        # fighting ("the death toll from the attacks had reached 1,200") stands as of the day it was given
        spread = bool(update) and bool(_PLURAL_STRIKES.search(lsent) or re.search(r"(?<![a-z])(?:fighting|clashes)(?![a-z])",
                                                                                 lsent)) and not _SINGLE_STRIKE.search(lsent)
        reported_over = re.search(r"(?<![a-z])had\s+been\s+(?:killed|wounded|injured)\s+(?:during|in|by)\s+"
                                  r"(?!the\s|these\s|those\s|both\s)(?:[\w-]+\s+){0,2}?(?:strikes|airstrikes|attacks|raids|bombings|shelling)(?![a-z])", lsent)
        if reported_over and not spread and not update and dates and not date_phrase:
            # "health officials said 1,055 people had been killed during retaliatory strikes": a toll over several
            # attacks as given (reported speech, the pluperfect), not the latest incident's day
            spread = True
            why.append(f"{reported_over.group()!r}: a toll over several attacks as given, not one incident's day")
        if doc.unrest and update and not spread and dates and not date_phrase and not _SINGLE_STRIKE.search(lsent):
            # "The death toll in the protests has risen to nine, officials said": unrest over days and places; a
            # count naming no day stands as of the day it was given, not one incident's day
            spread = True
            why.append(f"a document about unrest over the country ({doc.unrest.group()!r}): a count as given, not one "
                       f"incident's day")
        if spread and dates and not date_phrase and update:
            why.append(f"{' '.join(update.group().split())!r} over several attacks: a toll as given, not one incident's "
                       f"day")
        if dates and not date_phrase and not total and not stock_now and not spread and not _CONTEXT_WORDS.search(lsent) \
                and not (_WAR_WIDE.search(lsent) and not _SINGLE_STRIKE.search(lsent)):
            # (not "160,000 people were killed in the two wars": a war's toll, not an incident's)
            own_units = frozenset(c_ for m in places.mentions(text, s_lo, s_hi) if m.kind == "unit" for c_ in m.codes)
            several = bool(_PLURAL_STRIKES.search(lsent)) and not _SINGLE_STRIKE.search(lsent)
            day = doc.incident_day(c.start, own_units, several)
            if day is None and not doc.incident_days and _VIOLENCE.search(lsent) and published:
                # a text that dates no violence, telling a story: "Supporters took to the streets on August 1 ...
                # Seven citizens lost their lives": the day its paragraph named last before the number
                para_lo = paragraph[0]
                windows = [w.span() for w in _DATE_RANGE.finditer(text, para_lo, s_lo)]
                for m in reversed(list(_SENTENCE_DATE.finditer(text, para_lo, s_lo))):
                    m_lo = doc.sentence_span(doc.sentence_of(m.start()))[0]
                    if any(a <= m.start() < b for a, b in windows):
                        break  # "killed between September 30 and November 20": a window's count, not a story's day
                    if _STATEMENT_BEFORE.search(text[m_lo:m.start()].lower()) or _STATEMENT_AFTER.match(text, m.end()) \
                            or not re.match(r"(?i:on|in|during|early|late)\s", m.group()) and re.search(
                                r"(?<![a-z])the\s+(?:[a-z-]+\s+){0,2}\Z", text[max(m_lo, m.start() - 30):m.start()]):
                        continue  # (nor "the just ended July 30 elections": a date naming an event)
                    got = resolve_date(" ".join(m.group().split()), published, language=language)
                    if got["date_precision"] == "day" and got["counting_basis"] == "incident":
                        day = (got["period_end"], " ".join(m.group().split()), False)
                    break
            if day is not None and day[0] <= (statement_day or dates["statement_date"] or day[0]):
                dates.update(period_start=day[0], period_end=day[0], date_precision="day", as_of=day[0],
                             counting_basis="incident", date_certainty="inferred", _start=day[0],
                             date_basis=f"inferred: no incident date in the sentence; the incident day of the "
                                        f"document{' named with the same place' if day[2] else ''}"
                                        f"{' (the latest: a count of several attacks)' if several else ''}, {day[1]!r} -> "
                                        f"{day[0]}")
                why.append(f"dates: {dates['date_basis']}")
                confidence -= 0.1
                date_phrase = day[1]
                first_days = _FIRST_DAYS.search(lsent)
                n_days = int(first_days.group("n")) if first_days and first_days.group("n").isdigit() else \
                    _COUNT_WORD.get(first_days.group("n"), 0) if first_days else 0
                last = f"{pd.Timestamp(day[0]) + pd.Timedelta(days=n_days - 1):%Y-%m-%d}" if n_days > 1 else ""
                if last and last <= (published if len(published) == 10 else last):
                    # "During the first two days of the operation" begun on the incident day: its last day
                    dates.update(period_end=last, as_of=last,  # (one incident still: its place as the day's)
                                 date_basis=f"{dates['date_basis']}, the first of {first_days.group()!r} -> {last}")
                    why.append(f"{first_days.group()!r}: {n_days} days from {day[0]} -> {last}")
        if dates and statement_day and not date_phrase:  # no incident day: the count as it stood that day
            date_phrase = statement_phrase
            dates = resolve_date(date_phrase, published, sentence, language)
        if dates and "no incident date" not in dates["date_basis"]:
            why.append(f"dates: {dates['date_basis']}")
            if not date_phrase:
                confidence -= 0.1
        context_words = _CONTEXT_WORDS.search(lsent)
        running = None if context_words else _RUNNING.search(lsent)
        if dates and running and dates["counting_basis"] not in ("cumulative_since", "period_total") \
                and dates["date_precision"] in ("day", "unknown"):
            # a stated window ("over the past 24 hours ... have killed") is the window, not a total since
            # the case's start
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
        since = _since_day(sentence, c.start - s_lo, published, case_start) if dates and published else None
        end = published if len(published) == 10 else ""
        if since is not None and (since[0], end or published) != (dates["period_start"], dates["period_end"]) and (
                dates["counting_basis"] == "cumulative_since" or not date_phrase) and since[0] <= published[:10]:
            # (outputs: a start day written in any spelling is one start; helper _since_day)
            certainty = "stated" if since[2] == "stated" else "inferred"
            dates.update(period_start=since[0], period_end=end or published, date_precision="day" if end else "month",
                         as_of=published, counting_basis="cumulative_since", date_certainty=certainty,
                         _start=since[0], date_basis=f"{certainty}: {since[1]!r} = {since[0]} ({since[2]}); a running "
                                                     f"total up to the document's date")
            why.append(f"dates: a running total from {since[1]!r} ({since[0]}: {since[2]})")
            if certainty != "stated":
                confidence -= 0.05
        scope, start = "campaign", dates.get("_start", "")
        if _CONTEXT_WORDS.search(lsent) and ("since" in lsent or "throughout" in lsent or "years" in lsent):
            scope = "context"
            why.append(f"scope context: {_CONTEXT_WORDS.search(lsent).group()!r}")
        elif start and case_first is not None and pd.Timestamp(start) < case_first - timedelta(days=CONTEXT_SLACK_DAYS):
            scope = "context"
            why.append(f"scope context: the window starts {start}, long before the case's period ({case_start})")

        if dateline_why:
            why.append(dateline_why)

        # -- where
        over_time = total or dates.get("counting_basis") in ("cumulative_since",) or \
            (dates.get("counting_basis") == "period_total" and (dates.get("date_precision") in ("month", "year")
                                                                 or _days(dates) >= 28))
        single = bool(_SINGLE_STRIKE.search(lsent) or in_headline and _HEADLINE_STRIKE.search(lsent)) \
            and not _PLURAL_STRIKES.search(lsent)
        one_day = dates.get("counting_basis") == "incident" and dates.get("date_precision") == "day" and not over_time
        # a total over time (a reporting window, a total since a stated start or over the war, a toll still
        # rising) is the country's unless a place is named, or the headline names the unit the document is about
        place, admin, place_why, dconf = _place_of(doc, c.start, (s_lo, s_hi), (c_lo, c_hi), paragraph,
                                                   over_time, single, one_day, munitions=c.unit == "munitions")
        if before_event is not None and place_why.startswith("no place in the sentence"):
            got = places.most_specific(places.mentions(text, *before_event))
            if got:
                place, admin, b_why = _describe(got, "in the sentence before")
                place_why = f"{anaphor.group()!r} refers to the event of the sentence before: {b_why}"
                dconf = 0.1
        why.append(place_why)
        confidence -= dconf

        rows.append({
            "decision": "", "confidence": confidence, "why": why,
            "figure_id": "", "document_id": doc_id, "claimant": claimant, "outlet": outlet, "cited_via": cited_via,
            "metric": c.metric, "population": c.population, "unit": c.unit,
            "value_as_reported": c.value_as_reported, "qualifier": c.qualifier,
            "value": _number_text(c.value), "value_max": _number_text(c.value_max),
            "perpetrator": perpetrator, "attribution": attribution, "place": place, "admin1": admin,
            "period_start": dates.get("period_start", ""), "period_end": dates.get("period_end", ""),
            "date_precision": dates.get("date_precision", "unknown"), "as_of": dates.get("as_of", ""),
            "counting_basis": dates.get("counting_basis", "stock_as_of"),
            "statement_date": dates.get("statement_date", ""), "published": document_row.get("published", ""),
            "date_certainty": dates.get("date_certainty", "uncertain"), "date_basis": dates.get("date_basis", ""),
            "scope": scope, "quote": _quote(text, s_lo, s_hi, c.start, c.end),
            "url": document_row.get("url", ""), "language": language, "ref_id": "",
            "notes": f"drafted by crosstally from {c.span!r}",
            "claimant_phrase": claimant_phrase, "start": str(c.start), "end": str(c.end),
            # which forces, how complete, whether current: the drafter cannot tell from the words;
            # the defaults say "as counted, current, no perpetrator singled out" for the reviewer to change
            "perpetrator_scope": "all_or_unspecified", "completeness": "full", "status": "current",
        })
        extra.append({"headline": in_headline, "own": own is not None and bool(own.claimant) or bool(in_clause),
                      "own_place": "in the sentence" in place_why, "own_date": bool(c.date_phrase.strip()),
                      "said_date": said_date, "statement_day": statement_day, "said_place": bool(places.mentions(text, s_lo, s_hi)),
                      "body_para": doc.paragraph_index(c.start) - doc.paragraph_index(doc.headline_end),
                      # "..., Ukrainian officials said" in the lede: officials the text does not name
                      "lede_officials": own is not None and not claimant and own.kind == "unknown"
                      and not in_headline and doc.paragraph_index(s_lo) <= doc.paragraph_index(doc.headline_end)
                      and bool(_OFFICIAL_ROLE.search(own.phrase.lower())) and doc._unnamed(own.phrase),
                      # "At least two protesters ... were killed ..." opening the body, with no attributing words
                      "lede_bare": own is None and not claimant and not in_clause and not in_headline
                      and doc.paragraph_index(s_lo) == doc.paragraph_index(doc.headline_end),
                      # the same with a claimant only carried from a sentence around it ("..., AFP reported." then
                      # "A van rammed pedestrians ..., killing at least 13 people"), in the lede or the paragraph after
                      "lede_carried": own is None and bool(claimant) and not in_clause and not in_headline
                      and why[0].startswith("no attributing words in the sentence")
                      and doc.paragraph_index(s_lo) - doc.paragraph_index(doc.headline_end) <= 1,
                      # "..., the government said" in the lede: the state as a whole, whom the body may name closer
                      "lede_state": own is not None and bool(own.claimant) and own.kind in ("role", "registry")
                      and claimant == own.claimant and not in_headline and bool(_STATE_COLLECTIVE.fullmatch(
                          " ".join(own.phrase.lower().split())))
                      and doc.paragraph_index(s_lo) <= doc.paragraph_index(doc.headline_end)})
    _lede_bare_figures(rows, extra)
    _lede_carried_figures(rows, extra)
    _lede_state_figures(rows, extra, claimants)
    _headline_figures(rows, extra, profile_id)
    _repeated_figures(rows, extra)
    _report_day_figures(rows, extra)
    _lede_official_figures(rows, extra)
    _headline_populations(rows, extra, text)
    for r in rows:
        r["confidence"] = f"{max(r['confidence'], 0.05):.2f}"
        r["why"] = "; ".join(r["why"])
    out = pd.DataFrame(rows, columns=list(S.QUEUE_COLUMNS), dtype="str")
    return out.fillna("")  # columns the drafter does not fill (superseded_by, projection, ...) are empty


_HEADLINE_FIELDS = ("claimant", "place", "admin1", "period_start", "period_end", "date_precision", "as_of",
                    "counting_basis", "date_certainty", "date_basis", "scope")


def _told_short(head: dict, body: list[tuple[dict, dict]], profile_id: str | None) -> dict | None:
    """The body figure a headline's rounder or vaguer words stand for: "Dozens dead" over "at least
    40 people were killed", "toll surpasses 600" over "has reached 606", "Over Two Hundred" over 224:
    the first body figure of the same metric inside the headline's range (the case's bound profile),
    an open range read as up to a fifth above its floor, in the lede or the paragraph after it. None
    when no such figure."""
    from .bounds import ProfileError, get_profile

    if head["qualifier"] == "exact" or head["qualifier"] == "range":
        return None
    try:
        low, high = get_profile(profile_id).bounds(head["qualifier"], float(head["value"]) if head["value"] else None,
                                                    float(head["value_max"]) if head["value_max"] else None,
                                                    head["value_as_reported"])
    except (ProfileError, ValueError, OSError):
        return None
    high = high if high is not None else low * 1.2
    # (in the lede or the paragraph after it, where a headline's figure is told in full)
    return next((b for b, e in body if b["metric"] == head["metric"] and b["value"] and e.get("body_para", 0) <= 1
                 and low <= float(b["value"]) <= high), None)


def _headline_figures(rows: list[dict], extra: list[dict], profile_id: str | None = None) -> None:
    """A figure in the headline is the body's figure told short: it takes the claimant,
    place and dates of the first body figure with the same number and metric (the headline
    "kills three in central Ukraine - governor" is the lede's "Three people were killed ...
    in Kirovohrad ..., the regional governor said"). Its own attribution and a unit-level
    place of its own are kept."""
    body = [(r, e) for r, e in zip(rows, extra) if not e["headline"]]
    for r, e in zip(rows, extra):
        if not e["headline"]:
            continue
        if r["value"]:
            same = next((b for b, _ in body if b["value"] == r["value"] and b["value_max"] == r["value_max"]
                         and b["metric"] == r["metric"]), None)
        else:  # vague words ("Hundreds remain missing"): the body figure in the same words
            same = next((b for b, _ in body if not b["value"] and b["metric"] == r["metric"]
                         and _norm(b["value_as_reported"]) == _norm(r["value_as_reported"])), None)
        short = False
        if same is None:
            same = _told_short(r, body, profile_id)
            short = same is not None
        if same is None:
            continue
        taken = []
        for f in _HEADLINE_FIELDS:
            if f == "claimant" and e["own"]:
                continue
            if f in ("place", "admin1") and e["own_place"] and ";" not in r["admin1"] and r["admin1"] != same["admin1"] \
                    and r["admin1"] and not _is_country(r["admin1"]):
                continue
            if f in ("period_start", "period_end", "date_precision", "as_of", "counting_basis", "date_certainty",
                     "date_basis") and e["own_date"]:
                continue
            if r[f] != same[f]:
                r[f] = same[f]
                taken.append(f)
        if taken:
            named = dict.fromkeys("claimant" if t == "claimant" else "place" if t in ("place", "admin1")
                                  else "scope" if t == "scope" else "dates" for t in taken)
            r["why"].append(f"a headline figure: the body repeats {same['value_as_reported']!r} at offset "
                            f"{same['start']}" + (" (the headline's words a rounder or vaguer telling of it)"
                                                  if short else "") + f"; {', '.join(named)} taken from there")
            r["confidence"] = min(r["confidence"], same["confidence"]) - 0.05


_DATE_FIELDS = ("period_start", "period_end", "date_precision", "as_of", "counting_basis", "date_certainty",
                "date_basis")


# words of other people than a count already told: "two more", "another", "also", "died of their wounds later"
_OTHER_COUNT = re.compile(r"(?<![a-z])(?:more|further|other|others|another|also|later|wounds|separately|separate"
                          r"|elsewhere|additional)(?![a-z])", re.IGNORECASE)


def _repeated_figures(rows: list[dict], extra: list[dict]) -> None:
    """A body figure told again with no date words of its own ("the deaths of 12 people on Monday"
    in the lede, then "It has so far been established that 12 people died"): the same count, of the
    day the earlier telling gives (same number and metric; the earlier one dated to a day by words
    of its own sentence)."""
    for k, (r, e) in enumerate(zip(rows, extra)):
        if e["headline"] or e["said_date"] or not r["value"] or not r["date_basis"].startswith("no date in the sentence"):
            continue
        same = next((b for b, f in zip(rows[:k], extra[:k]) if not f["headline"] and f["said_date"]
                     and b["value"] == r["value"] and b["value_max"] == r["value_max"] and b["metric"] == r["metric"]
                     and b["counting_basis"] == "incident" and b["date_precision"] == "day"), None)
        if same is None or any(_TOLL_UPDATE.search(x["quote"]) for x in (r, same)) \
                or not _same_area(same["admin1"], r["admin1"]) or _OTHER_COUNT.search(r["quote"]):
            continue  # ("the toll rose to 31", "updating an earlier toll": a toll as given, of its own day; another
            # place, or "two more died of their wounds": other people)
        for f in _DATE_FIELDS:
            r[f] = same[f]
        r["why"].append(f"the same count as {same['value_as_reported']!r} at offset {same['start']}, which the text "
                        f"dates: dates taken from there ({same['period_end']})")
        r["confidence"] -= 0.05


# an earlier statement than the one the text dates: "earlier put the number at", "had initially said"
_EARLIER_TELLING = re.compile(r"(?<![a-z])(?:earlier|previously|initially|originally|at\s+first|had\s+put|first\s+put"
                              r"|first\s+reported)(?![a-z])", re.IGNORECASE)


# a count told in the present: "the police say", "are still being held", "now"
_PRESENT_TELLING = re.compile(r"(?<![a-z])(?:says?|remain|remains|still|currently)(?![a-z])", re.IGNORECASE)


def _report_day_figures(rows: list[dict], extra: list[dict]) -> None:
    """The figures of one claimant's report stand as of the day the text gives that report
    ("The Pentagon ... said Tuesday that about 220 civilians were killed", then "the Pentagon
    estimated that 314 members of the forces were killed"; "The institute has totalled 3,557
    on Friday", then its breakdown): a count of that claimant with no date words of its own,
    taken as of the document's date, takes the day of the claimant's dated figures when they
    give one day before publication."""
    days: dict[str, set[str]] = {}
    for r, e in zip(rows, extra):
        day = e["statement_day"]  # ("said Tuesday": the day of the statement, not an incident's)
        if r["claimant"] and len(day) == 10 and r["published"] and day < r["published"]:
            days.setdefault(r["claimant"], set()).add(day)
    for r, e in zip(rows, extra):
        told = days.get(r["claimant"], set())
        if len(told) != 1 or e["said_date"] or r["counting_basis"] != "stock_as_of" \
                or not r["date_basis"].startswith("no date in the sentence") or _EARLIER_TELLING.search(r["quote"]) \
                or _PRESENT_TELLING.search(r["quote"]):
            continue  # (not "the authorities earlier put the number at 1,200": another, earlier statement; nor
            # "the police say 60 people are still held": a count as it stands when told)
        (day,) = told
        r.update(as_of=day, statement_date=day, date_basis=f"no date in the sentence: as of the day of the "
                 f"{r['claimant']} report the text dates ({day})")
        r["why"].append(f"a count of the {r['claimant']} report the text dates: as of {day}")
        r["confidence"] -= 0.05


def _lede_official_figures(rows: list[dict], extra: list[dict]) -> None:
    """A lede's figure that unnamed officials give ("..., killing one civilian ..., Ukrainian
    officials said") takes the claimant the body names for the same figure (same number and
    metric, "One person was killed ..., governor X said"): wire style gives the official a paragraph
    down. A figure the body does not repeat keeps no claimant."""
    for r, e in zip(rows, extra):
        if not e.get("lede_officials") or not r["value"]:
            continue
        same = next((b for b, _ in _body_twins(rows, extra, r, e)), None)
        if same is not None:
            _take_claimant(r, same, "the lede's unnamed officials")


def _body_twins(rows: list[dict], extra: list[dict], r: dict, e: dict):
    """The drafts of a later paragraph that give lede figure ``r`` again with a claimant (same
    number and metric), with their extras, in text order."""
    return ((b, f) for b, f in zip(rows, extra) if f.get("body_para", 0) > e.get("body_para", 0) and b["claimant"]
            and b["value"] == r["value"] and b["metric"] == r["metric"])


def _take_claimant(r: dict, same: dict, because: str) -> None:
    """A lede figure takes the claimant of its body twin ``same``, a little less sure than either."""
    r["claimant"] = same["claimant"]
    r["why"].append(f"{because}: the body gives the same figure ({same['value_as_reported']!r} at offset "
                    f"{same['start']}) as {same['claimant']}'s -> {same['claimant']}")
    r["confidence"] = min(r["confidence"], same["confidence"]) - 0.15


_FATE_WORDS = frozenset("dead killed wounded injured hurt deaths fatalities casualties displaced missing".split())


def _headline_populations(rows: list[dict], extra: list[dict], text: str) -> None:
    """A headline's number without a noun of its own ("Rebels Kill At Least 56 In Ardena", "Two
    dead in border clash") counts the people the body names for the same number and metric ("At
    least 56 soldiers and policemen were killed", "Two Ruritanian soldiers were killed"): it takes
    their population. A headline noun of its own ("3 soldiers killed") keeps its own."""
    body = [r for r, e in zip(rows, extra) if not e["headline"]]
    for r, e in zip(rows, extra):
        if not e["headline"] or r["unit"] != "people" or r["population"] != "all" or not r["value"] \
                or not set(text[int(r["start"]):int(r["end"])].lower().split()[len(r["value_as_reported"].split()):]) \
                <= _FATE_WORDS:
            continue  # ("Two dead": a word of fate, no noun of who)
        same = next((b for b in body if b["value"] == r["value"] and b["value_max"] == r["value_max"]
                     and b["metric"] == r["metric"] and b["unit"] == "people"), None)
        if same is not None and same["population"] not in ("all", "not_applicable"):
            r["population"] = same["population"]
            r["why"].append(f"a headline number without a noun: the body's {same['value_as_reported']!r} at offset "
                            f"{same['start']} names its people -> population {same['population']}")


def _same_area(a: str, b: str) -> bool:
    """Whether two drafts' admin-1 fields may be one place: a code in common, one empty, or a whole country and
    a unit of it ("QZ" and "QZ02")."""
    x, y = {c for c in a.split(";") if c}, {c for c in b.split(";") if c}
    return not x or not y or bool(x & y) or all(any(v.startswith(u) for v in y) for u in x) or \
        all(any(u.startswith(v) for u in x) for v in y)


def _same_day(a: str, b: str) -> bool:
    """Whether two drafts' period ends may be one day ("2031-03" and "2031-03-09" may; either empty may)."""
    return not a or not b or a.startswith(b) or b.startswith(a)


def _lede_bare_figures(rows: list[dict], extra: list[dict]) -> None:
    """A lede's figure with no attributing words and no claimant ("At least two protesters and two police
    officers were killed ...") takes the claimant a later paragraph gives for the same figure (same number,
    metric and population: "The Interior Ministry said ... two police officers were killed"): wire style
    tells the news first and its sources a paragraph or more down. A figure the body does not repeat keeps
    no claimant; nor does one whose later twin is of another place or day its own sentence names ("In 2029, 12
    people were killed in a similar attack in Saltpan": another incident)."""
    for r, e in zip(rows, extra):
        if not e.get("lede_bare") or r["claimant"] or not r["value"]:
            continue
        same = [b for b, f in _body_twins(rows, extra, r, e)
                if b["value_max"] == r["value_max"] and b["population"] == r["population"]
                and (not f.get("said_place") or _same_area(r["admin1"], b["admin1"]))
                and (not f.get("said_date") or _same_day(r["period_end"], b["period_end"]))]
        if len({b["claimant"] for b in same}) == 1:
            _take_claimant(r, same[0], "a lede figure with no attributing words")


def _lede_carried_figures(rows: list[dict], extra: list[dict]) -> None:
    """A lede's figure with no attributing words of its own, whose claimant was only carried from a sentence
    around it, takes the claimant a later paragraph names in its own words for the same figure (same words of
    number, metric and population: "..., AFP reported." / "A van rammed pedestrians ..., killing at least 13
    people" / "Minister Jo Tam said at least 13 people had died"): wire style tells the news first and its
    source further down; the sentence it was carried from spoke of something else."""
    for r, e in zip(rows, extra):
        if not e.get("lede_carried") or not r["value"]:
            continue
        same = [b for b, f in _body_twins(rows, extra, r, e)
                if f.get("own") and b["value_max"] == r["value_max"] and b["population"] == r["population"]
                and b["qualifier"] == r["qualifier"]
                and (not f.get("said_place") or _same_area(r["admin1"], b["admin1"]))
                and (not f.get("said_date") or _same_day(r["period_end"], b["period_end"]))]
        if len({b["claimant"] for b in same}) == 1 and same[0]["claimant"] != r["claimant"]:
            _take_claimant(r, same[0], f"a lede figure with no attributing words (its {r['claimant']} only carried)")


def _lede_state_figures(rows: list[dict], extra: list[dict], claimants: Claimants) -> None:
    """A lede's figure that "the government" or "authorities" give takes the state body a later paragraph names
    in its own words for the same figure (same number, qualifier, metric, population): "Eight soldiers died,
    the government said" then "Interior Minister Jo Tam said eight soldiers died": the minister is the
    government's voice the body names. A figure the body does not repeat keeps the government."""
    for r, e in zip(rows, extra):
        if not e.get("lede_state") or not r["value"]:
            continue
        same = [b for b, f in _body_twins(rows, extra, r, e)
                if f.get("own") and b["value_max"] == r["value_max"] and b["population"] == r["population"]
                and b["qualifier"] == r["qualifier"] and b["claimant"] != r["claimant"]
                and claimants.types.get(b["claimant"], "") in ("government", "military")
                and not (claimants.countries.get(b["claimant"], set()).isdisjoint(
                    claimants.countries.get(r["claimant"], set())))]
        if len({b["claimant"] for b in same}) == 1:
            _take_claimant(r, same[0], f"a lede figure of {r['claimant']} as a whole")


def _days(dates: dict) -> int:
    """The length in days of a window given by full dates (0 otherwise)."""
    a, b = dates.get("period_start", ""), dates.get("period_end", "")
    if len(a) != 10 or len(b) != 10:
        return 0
    return (pd.Timestamp(b) - pd.Timestamp(a)).days


def _country_rows(admin1: pd.DataFrame) -> list[str]:
    """The whole-country codes of an admin-1 table: each code no other code is the start of
    ("SY" of SY02, SY07; "IL" and "PS" of a table holding both countries' units)."""
    codes = [str(c) for c in admin1["pcode"]]
    return sorted(c for c in codes if re.fullmatch(r"[A-Z]{2}", c) and not any(o != c and c.startswith(o) for o in codes))


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


def draft_for(text: str, document_row: dict, paths=None, profile_id: str | None = None) -> pd.DataFrame:
    """``draft_document`` with the project's own tables: ``sources.csv`` (with aliases),
    ``rules/admin1.csv`` and the case's start from ``params/default.yaml``."""
    from .ledger import load_sources, read_raw_csv, LINE, ValidationFailed
    from .paths import PATHS

    paths = paths or PATHS
    admin1, errors = read_raw_csv(paths.admin1, S.ADMIN1_COLUMNS, paths)
    if errors:
        raise ValidationFailed(errors)
    return draft_document(text, document_row, load_sources(paths), admin1.drop(columns=[LINE]),
                          case_start=case_start(paths), profile_id=profile_id)
