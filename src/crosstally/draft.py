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

This module keeps ``draft_document`` (each candidate of the extractor made a row, then
the passes over all rows), ``draft_for`` and ``case_start``; the parts it calls are beside
it, each importing only those before it:

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
  helpers ``draft_document`` and ``_Document`` read a figure's words with;
- :mod:`crosstally.draft_doc`: ``_Document``, the per-document reading (attribution, the
  figure's clause, sentence and paragraph, the incident's day, the document's author);
- :mod:`crosstally.draft_crossref`: the passes over all rows of a document after drafting (a
  headline's figure told short, a lede told again below, a count told again).

``Claimants``, ``Places``, ``resolve_date`` and the other names tests use are imported
here too, so ``from crosstally.draft import ...`` finds them.
"""
from __future__ import annotations

import re
from datetime import timedelta

import pandas as pd

from . import schema as S
from .extract import extract
from .actors import case_campaign_force, perpetrator_scope
from .draft_common import _CONTEXT_WORDS, _TOLL_UPDATE, _VIOLENCE, _WAR_WIDE, _find_words
from .draft_dates import (
    _A_DAY_EARLIER, _COUNT_WORD, _DATE_RANGE, _JUSTICE_WORDS, _MONTHS, _NOW_DAY, _SENTENCE_DATE, _STAMP_BEFORE, _YEAR,
    _date_range, _dateline_day, _dates_a_saying, _event_day, _in_dateline, _later_day, _not_a_date, _part_of_month,
    _part_of_year, _sentence_date, _since_day, _statement_day, _without_dateline, _year_range, narrative_year, resolve_date)
from .draft_places import Places, _describe
from .draft_claimants import Claimants
from .draft_where import _WAR_TOLL_BEFORE, _place_of
from .draft_patterns import (
    CONTEXT_SLACK_DAYS, _ANAPHOR, _ARRESTS_SO_FAR, _AS_OF_END, _BY_AFTER, _CAPS_DATELINE_BEFORE, _COMPARED_BEFORE,
    _DAYS_OF, _HABITUAL, _ONE_DAYS_EVENTS,
    _CONTESTED, _DAY_CLAUSE_BREAK, _DENIALS, _DISPUTED_REPORT, _EVENT_AFTER, _FIRST_DAYS, _FOUND_DEAD_BEFORE,
    _HEADLINE_STRIKE, _HEDGES, _HOSTS_BEFORE, _LONG_WAR, _MISSING, _NEWS_PERFECT, _NOT_OWN_SPEAKER_BEFORE,
    _YEARS_SPAN, _earlier_year_in_clause, _earlier_year_when,
    _CLAIM_OF_BEFORE, _CLAIM_OWNER,
    _NUMBER_THAT_SAYS, _OFFICIAL_ROLE, _OTHER_EVENT_AFTER, _OVERNIGHT, _OWN_VERB_AFTER, _PART_OF_BEFORE, _PERFECT,
    _OWN_ACCORDING_AFTER, _ACT_DAY_BEFORE,
    _NEW_ITEM, _PERFECT_SINCE, _PERSON_NOUNS, _TOLL_ROSE_BEFORE,
    _PLACE_POPULATION, _PLACE_POPULATION_ASIDE, _PLURAL_STRIKES, _PROGRESSIVE_AFTER, _PROGRESSIVE_BEFORE, _RECOVERY_BEFORE, _RELATIVE,
    _REPORTEDLY, _RUNNING, _SAME_DAY, _SHIFT_OF, _SINCE_BEFORE, _SINCE_EVENT_COUNT, _SINCE_RESULT, _SINGLE_STRIKE, _SPEAKS_AFTER_REPORTS, _START_BEFORE,
    _STATE_COLLECTIVE, _STOCK_NOW, _STOCK_PERFECT, _TOTAL_WORDS, _TROOPS_SENT, _UNNAMED_REPORTS, _WINDOW_WORDS,
    _background, _between_sides, _clause_verbs, _comma_segment, _inside_quote, _number_text, _past_frame, _quote, _wire)
from .draft_doc import (_BY_DAY, _CEREMONY_WORDS, _COMMEMORATION, _GATHERING, _NOW_OR_NEW, _SIGNED_BY, _SOURCE_LINE,
                        _Attribution, _Document, _url_author, _url_report_author, _years_back)
from .draft_crossref import (
    _headline_figures, _headline_populations, _lede_bare_figures, _lede_carried_figures, _lede_official_figures,
    _lede_country_places, _lede_state_figures, _repeated_figures, _report_day_figures)

# People who saw or live where it happened, speaking as no body: "residents of eastern Monrovia said", "witnesses and
# state radio said"
_ONLOOKERS = {"residents", "witnesses", "eyewitnesses", "villagers", "survivors", "locals", "neighbours", "neighbors",
              "relatives", "bystanders", "passers-by"}
# A source's own reporting verb right after its name ("..., and the Red Cross said ..."): it speaks in its own clause
_SPEAKS_AFTER = re.compile(r"\s*(?:,[^,.;]{1,50},\s*)?(?:(?:also|later|separately|earlier)\s+)?(?:said|says|say|reported"
                           r"|reports|told|announced|estimated|estimates|put|puts|confirmed|counted|recorded)(?![a-z])")


def _said_in_line(text: str, phrase: str, pos: int) -> bool:
    """Whether ``phrase`` stands before ``pos`` on its line with a reporting verb right after it: "a commando
    operation that Afghan officials said killed about 90 civilians" (the number's own words name its source)."""
    line = text[text.rfind("\n", 0, pos) + 1:pos]
    k = line.rfind(phrase)
    return k >= 0 and re.match(r"\s+(?:said|say|says|reported|estimated)(?![a-z])", line[k + len(phrase):]) is not None


def draft_document(text: str, document_row: dict, sources: pd.DataFrame, admin1: pd.DataFrame,
                   case_start: str | None = None, default_claimant: str | None = None,
                   profile_id: str | None = None, campaign_force: tuple[str, ...] | None = None) -> pd.DataFrame:
    """Draft figure rows (``schema.QUEUE_COLUMNS``, all text) for every candidate in ``text``.

    ``document_row`` is the document's ``documents.csv`` row (document_id, outlet, url,
    published, language). ``sources`` and ``admin1`` are the raw tables (``sources`` with
    its ``aliases`` column, ``admin1`` with its optional ``groups`` column). ``case_start``
    ("2015-09-30") is the first day of the case's period: a window starting more than a
    month before it is ``context``. ``default_claimant`` is the claimant of figures with
    no attributing words (default: the outlet when it is not a media source). Rows are in
    text order; ``decision`` is empty; ``confidence`` is 0-1 and ``why`` says which words
    gave which field, and which rule guessed. ``campaign_force`` (default: the current
    case's, from ``crosstally.yaml``) are the names of the campaign's own force: a figure
    attributed to one of them gets ``perpetrator_scope`` campaign_force (several_forces
    with another party joined to it); every other figure all_or_unspecified.
    """
    doc_id = document_row["document_id"]
    # the campaign's own force (crosstally.yaml's campaign_force; the current case's unless given)
    force = case_campaign_force() if campaign_force is None else tuple(campaign_force)
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
    # wire copy: a wire named in the dateline, the relay or the outlet itself ("BEIRUT (AFP) -" added with
    # --outlet afp is the same text as when a paper carries it)
    wire_copy = bool(_wire(text, sources, claimants, "")[0])
    media = set(sources.loc[sources["type"].isin(["media", "reference"]), "source_id"])
    case_first = pd.Timestamp(case_start) if case_start else None
    doc = _Document(text, published, language, claimants, places, media)
    if doc.author is None:
        # a report on its author's own website ("www.unhcr.org/..."): the author's, as a title naming it
        doc.author = _url_author(document_row.get("url", ""), claimants, media, outlet)
    if doc.author is None:
        # a report on a reports portal whose address names it by its author ("/report/qzland/qrw-monthly-report-...")
        doc.author = _url_report_author(document_row.get("url", ""), claimants, media)
    rows, extra = [], []
    candidates = extract(text, doc_id, profile_id)
    doc.counted = [(c.start, c.end) for c in candidates]
    for c in candidates:
        why, confidence, story_carried = [], 1.0, None
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
        if own is not None and not in_clause and (c_lo > s_lo or c_hi < s_hi) and not (re.search(
                r"(?<![a-z])(?:but|and)\s+(?:also\s+|later\s+)?\Z", text[max(s_lo, c_lo - 20):c_lo]) and re.match(
                r"(?:said|says|added|told|confirmed|announced|stated)(?![a-z])", text[c_lo:c_hi])):
            # (not "He did not give a toll, but said four were taken to hospital": the clause's verb is his)
            at = text.find(own.phrase, s_lo, s_hi)
            low_clause = text[c_lo:c_hi].lower()
            if at >= 0 and not c_lo < at + len(own.phrase) <= c_hi and any(
                    not _inside_quote(low_clause[:m.start()]) and not _NOT_OWN_SPEAKER_BEFORE.search(low_clause[:m.start()])
                    and not _BY_AFTER.match(low_clause, m.end()) for m in _clause_verbs(low_clause, text[c_lo:c_hi])):
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
        # "witnesses said", "authorities said Monday": a speaker who is someone, but no known source
        # (not "the Red Cross said, citing witnesses": the source speaks, from what witnesses told it)
        own_words = own.phrase.lower().split() if own is not None else []
        # (or people of a place, or people beside others, by the head of each part: "residents of eastern Monrovia",
        # "witnesses and state radio"; not a body's own: "the body's representative in Afghanistan")
        own_heads = {part.split()[-1] for part in re.split(r"\s+and\s+", re.split(
            r"\s+(?:of|in|from|at|near)\s+", " ".join(own_words))[0]) if part.split()}
        unnamed_person = own is not None and own.kind == "unknown" and bool(own_words) \
            and (own_words[-1] in _PERSON_NOUNS | {"authorities"} or bool(own_heads & _ONLOOKERS) and not any(
                w.endswith(("'s", "’s")) or w in ("its", "their", "his", "her") for w in own_words)) and not re.search(
                r"(?<![a-z])(?:citing|quoting|cited|quoted|according\s+to)\s+(?:[\w'’-]+\s+){0,2}\Z",
                text[s_lo:max(s_lo, text.find(own.phrase, s_lo, s_hi))].lower())
        if own is not None and in_clause:
            at = text.find(own.phrase, s_lo, s_hi)
            if c_lo <= at < c_hi and (own.claimant or own.kind in ("joint", "passive", "indefinite", "disputed")
                                      or unnamed_person) and \
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
        # (the nearest claim before the number, with nothing between them but words of the same clause: "the army's
        # claim that it killed 30", "the claim that five were killed and 25 injured")
        claim_of = ([m for m in _CLAIM_OF_BEFORE.finditer(text, max(s_lo, c.start - 120), c.start)
                     if m.end() == c.start or re.fullmatch(r"(?:it|they|he|she|(?:its|their)\s+[a-z]+)\s+(?:had\s+|has\s+"
                                                           r"|have\s+)?[a-z]+ed\s+|[\w\s'’-]{1,60}\sand\s+",
                                                           text[m.end():c.start])
                     and not any(_clause_verbs(text[m.end():c.start].lower()))] or [None])[-1]
        owner = _CLAIM_OWNER.search(text, s_lo, claim_of.start()) if claim_of else None
        if owner and not _inside_quote(text[s_lo:owner.start()]):
            theirs = doc._resolve(owner.group(), owner.start(), None)
            if theirs.claimant and theirs.kind in ("named", "registry", "role"):
                # "the bishop is not happy with support for the military's claim that only five people were
                # killed and 25 injured": the owner's claim, not the speaker's
                in_clause = theirs.claimant
        named = claimants.named_in(text[c_lo:c_hi], exclude=media)
        if named and (dateline := _CAPS_DATELINE_BEFORE.match(text[c_lo:c_hi])):
            named = claimants.named_in(text[c_lo + dateline.end():c_hi], exclude=media)  # "MOSCOW – ...": a place
        # (not a source named as rejecting it: "Residents said 12 were killed, a claim the army denied")
        named -= {sid for pos, sid in doc.mentions if c_lo <= pos < c_hi and pos in doc.disputing}
        named -= doc.counted_only(c_lo, c_hi)  # (not the dead: "Eleven Kenyan police officers were killed")
        claimant_phrase = own.phrase if own is not None else ""
        # (an earlier year's event in a "when" clause before the number: background, below)
        earlier = _earlier_year_when(text[s_lo:c.start], published)
        if not earlier and not _background(lsent):
            # "the same prison where police shot dead 12 inmates during a jailbreak last year"
            earlier = _earlier_year_in_clause(text[s_lo:c.start].lower(), text[c.end:s_hi].lower(), published)
        if in_clause and (own is None or own.claimant != in_clause):
            claimant = in_clause
            why.append(f"claimant {claimant}: the source named with a reporting word in the number's clause")
            confidence -= 0.1
        elif own is not None and own.claimant:
            claimant = own.claimant
            why.append(own.how)
            confidence -= {"named": 0, "speaker": 0.05, "registry": 0.3, "lede": 0.3}.get(own.kind, 0.15)
        elif own is not None and len(named) == 1 and own.kind not in ("joint", "disputed") and not (
                unnamed_person and not named <= claimants.named_in(own.phrase)) and not (re.match(
                r"(?:which|that)\s+(?:it|they|he|she)$", own.phrase.lower()) and not doc.subject_named(s_lo, s_hi)) \
                and not (
                own.kind == "indefinite" and (named <= claimants.named_in(own.phrase) or any(
                    _SPEAKS_AFTER.match(text, end) for pos, end, sid in doc.mention_spans(c.end, c_hi) if sid in named))):
            # (not "An Uzbek community leader claimed at least 200 ..., and the Red Cross said ...": a source named
            # after the number speaks in its own clause; the number's speaker is the unnamed one; nor "prompting
            # Ankara to contact the UN over the incident, which it said went too far": the pronoun of a relative
            # clause speaks, not a source named after the sentence's subject)
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
        elif own is not None and outlet and outlet in claimants.types and re.search(r"(?<![A-Za-z])(?:[Ww]e|I)\s*\Z", own.phrase) \
                and _REPORTER_SAW.search(sentence):
            # "Walking around the prison we counted 44 bodies": the outlet's own reporter counted them
            claimant = outlet
            why.append(f"{_REPORTER_SAW.search(sentence).group()!r}: the reporter's own count -> the outlet {outlet}")
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
        elif (background := _background(lsent) or _past_frame(sentence) or earlier) \
                and not in_headline and not default_claimant \
                and ((war_wide := bool(_CONTEXT_WORDS.search(lsent))
                      and ("since" in lsent or bool(_YEARS_SPAN.search(lsent))) or bool(_LONG_WAR.search(lsent)))
                     or doc.paragraph_index(s_lo) > doc.paragraph_index(doc.headline_end) and not doc.attributed_before(i)) \
                and any(doc.attributions) and not re.search(r"[\"“”]|(?<![a-z])(?:we|our|us)(?![a-z])", lsent) \
                and not _inside_quote(text[paragraph[0]:s_lo]) \
                and (wire_copy or len(doc.voices) > 1 or _past_frame(sentence) or war_wide or bool(earlier)):
            # (a whole war's toll, "since the start of the conflict" or "over the last 15 years", is background
            # even in the lede, beside a sentence that has a source)
            # ("The deadliest riot ... was in 2013, when 60 people died": an earlier year's event, told in the
            # writer's voice)
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
            if carried is not None and where == "the same paragraph" and doc.story and not (
                    _inside_quote(sentence[:c.start - s_lo]) or _FIRST_PERSON.search(sentence)):
                # (not the quoted speaker's own words: "According to my knowledge, 379 people had died.”")
                # "Ten years ago the FARC killed 78 ... according to the testimony of Father Ramos": in a piece that
                # tells of violence years past, a count of that violence with no words of its own is the story
                # told, not carried to a source its paragraph quotes (the labelling rules: an anniversary's history
                # is background); restored below when the count turns out not to be of the story's violence
                story_carried = (carried.claimant, len(why),
                                 f"no attributing words in the sentence; {where} says {carried.phrase!r} -> "
                                 f"{carried.claimant or 'no known source'}", 0.15 if carried.claimant else 0.35)
                claimant = ""
                why.append(f"no attributing words in the sentence; {where} says {carried.phrase!r}, but in a piece "
                           f"looking back on violence of {doc.story[0][:4]} its counts are background: claimant "
                           f"left empty")
                confidence -= 0.3
            elif carried is not None and where == "the same paragraph":
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
                credit = "the table's source line" if _SOURCE_LINE.match(intro) else "the list's introduction"
                why.append(f"no attributing words in the list item; {credit} {intro!r} -> {claimant}")
                confidence -= 0.15
            elif carried is not None and where == "the document's lead" and carried.claimant \
                    and _said_in_line(text, carried.phrase, c.start):
                # "a commando operation that Afghan officials said killed about 90 civilians Friday": the lede's source
                # is named in the number's own sentence, in words the clause reader did not tie to the number
                claimant = carried.claimant
                why.append(f"no attributing words in the number's clause; its own sentence says {carried.phrase!r} "
                           f"-> {claimant}")
                confidence -= 0.25
            elif carried is not None and where == "the document's lead" \
                    and not (doc.author and doc.author[0] == carried.claimant):
                # a headline's or lede's figure with no attribution of its own takes the source the body names for
                # the same figure, not the lead's source, who may have spoken of other figures: left empty here, it
                # is filled below from a drafted twin in the body (same number and metric) when there is one
                # (the labelling rules of benchmarks/labelled/README.md: a lede's officials, headline figures)
                claimant = ""
                why.append(f"no attributing words in the sentence or its paragraph; a headline's or lede's figure "
                           f"takes only the source the body names for the same figure, not the lead's "
                           f"{carried.phrase!r}")
                confidence -= 0.3
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
                    doc.names_before(next(iter(doc.named_sources)), c.start) and \
                    doc.claimants.types.get(next(iter(doc.named_sources))) not in _ACTOR_TYPES and \
                    not doc.named_sources & doc.attack_claimers and \
                    not (any(_SOURCE_ACTS.match(text, end) for _, end, sid in doc.mention_spans(0, len(text))
                             if sid in doc.named_sources)
                         and not any(_SOURCE_REPORTS.match(text, end) for _, end, sid in doc.mention_spans(0, len(text))
                                     if sid in doc.named_sources)) and \
                    not doc.not_confirming:  # (not "ISIS claims attack": who did it;
                # nor a body the text tells of only as doing things: "Kosovo police finally recaptured the
                # monastery", "The agents ... detained six people": an actor of the story, not its reporter;
                # nor "police could not confirm": the figure is not theirs; nor an opposition party the story is
                # about)
                # (named at the top, or before the number in its paragraph: "the agency opened 368 files,
                # counting 406 victims"; not a figure of another paragraph the source is not named in)
                (claimant,) = doc.named_sources
                why.append(f"no attributing words in the document; claimant {claimant}: the one source it names "
                           f"(its own report or briefing)")
                confidence -= 0.3
            elif doc.author:
                claimant, title = doc.author
                why.append(f"no attributing words: the statement's signature at its foot ({title!r}) -> {claimant}"
                           if _SIGNED_BY.match(title) else
                           f"no attributing words: the report the title names ({title!r}) -> {claimant}")
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
        if claimant and not (doc.author and claimant == doc.author[0]) and c.metric == "other" and (
                own is None and not in_clause and _PLACE_POPULATION.search(text, max(0, c.start - 60), c.start)
                or _PLACE_POPULATION_ASIDE.search(text, max(s_lo, c.start - 80), c.start)
                or own is None and not in_clause and "a place's population" in c.reading):
            # "this leafy city of 300,000 people", "the country's population of 19 million": a place's size in
            # the writer's voice, no one's claim, whoever the sentences around it quote; told in an aside on the
            # place ("Dushanbe, a city of 500,000, where ...", "Fergana, which has a population of 200,000, ...,
            # Radio Moscow said"), whoever its sentence quotes
            why.append("a place's population, with no attributing words of its own: background; claimant left empty")
            claimant = ""
        if claimant and own is None and not in_clause and not (doc.author and claimant == doc.author[0]) \
                and c.metric == "other" and c.population == "combatants" \
                and _TROOPS_SENT.search(text, max(s_lo, c.start - 80), c.start):
            # "Russia ... sent about 2,500 troops to Kazakhstan", "deployed some 800 soldiers": forces sent, in the
            # writer's voice, no one's claim, whoever the sentences around it quote
            why.append("troops sent or deployed, with no attributing words of their own: background; claimant left empty")
            claimant = ""
        own_according = _OWN_ACCORDING_AFTER.match(text, c.end, s_hi)
        if own_according and len(re.findall(r"(?<![a-z])according\s+to\s", lsent)) >= 2:
            # rival counts, each with its own "according to": "67 rustlers, according to police, 86 according to local
            # leaders": the words right after the count name its source, not the sentence's first "according to"
            theirs = doc._resolve(own_according.group("who").strip(), own_according.start("who"), None, (s_lo, s_hi))
            if theirs.claimant != claimant:
                claimant = theirs.claimant
                claimant_phrase = own_according.group("who").strip()
                why.append(f"the count's own 'according to {claimant_phrase}' in a list of rival counts -> "
                           f"{claimant or 'no known source'}")
                confidence -= 0.1 if claimant else 0.3
        if claimant in doc.part_of and not (own is not None and own.claimant == claimant
                                            and claimants._countries_in(own.phrase)):
            # "the UN" in a text where one UN office speaks is that office ("UN says" over "UNHCR said"; "The U.N.
            # said" after "the UN Assistance Mission ... report"): the labelled set's fourth-round convention (not
            # a name that says whose body it is: "The Azeri Ministry of Defense announced", beside a commission of
            # that country that speaks elsewhere)
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
        force_scope, force_why = perpetrator_scope(perpetrator, " ".join(sentence.split()), force) \
            if attribution in ("stated", "suspected") else ("all_or_unspecified", "")
        if force_why:
            why.append(force_why)

        # -- when
        date_phrase = " ".join(c.date_phrase.split())
        if date_phrase and (stamped := _find_words(date_phrase, text, s_lo, s_hi)) \
                and (_STAMP_BEFORE.search(text[max(s_lo, stamped.start() - 40):stamped.start()])
                     or _in_dateline(text, stamped.start())):
            # "(Update 6, 10:02 a.m., Jan. 28)", "Belgrade, May 4 (UrduPoint - 4th May, 2023 ) :"
            why.append(f"{date_phrase!r} is the story's time stamp")
            date_phrase = ""
        elsewhere = not date_phrase
        if not date_phrase:  # the extractor saw no date next to the number: any date words in the sentence
            date_phrase = _sentence_date(_without_dateline(text, s_lo, s_hi), c.start - s_lo)
        phrase_at = date_phrase and _find_words(date_phrase, text, c.end, s_hi)
        other_event = phrase_at and _OTHER_EVENT_AFTER.search(text, c.end, phrase_at.start())
        if other_event:
            # "34 people have been killed by blasts in the capital, days after the arrest of a suspect in the
            # attacks in November": the date of the other event the sentence recalls
            why.append(f"date words {date_phrase!r} belong to another event ({other_event.group().strip(', ')!r})")
            date_phrase = ""
        phrase_at = date_phrase and _find_words(date_phrase, text, s_lo, s_hi)
        act = phrase_at and _ACT_DAY_BEFORE.search(text, max(s_lo, phrase_at.start() - 120), phrase_at.start())
        if act:
            # "killed ... in clashes with police following the announcement on Tuesday evening of the re-election":
            # the day of the political act the violence followed (or of a protest still to come), not the figure's
            why.append(f"date words {date_phrase!r} date {' '.join(act.group().split())!r}, not the violence")
            date_phrase = ""
        phrase_at = date_phrase and _find_words(date_phrase, text, s_lo, c.start)
        relative = phrase_at and phrase_at.end() <= c.start and re.search(
            r"(?<![a-z])(?:where|in\s+which|after|following)(?![a-z])", text[phrase_at.end():c.start])
        rel_end = relative and (re.compile(r"(?<!\d),\s|[;—–]\s").search(text, c.end, s_hi) or None)
        rel_hi = rel_end.start() if rel_end else s_hi  # (the relative clause, to its comma)
        later_date = relative and next((m for m in _SENTENCE_DATE.finditer(text, c.end, rel_hi)
                                        if not _not_a_date(text, m)), None)
        if relative and not later_date:
            # "transferred inmates on Sunday following a bloody riot two days earlier that killed 58": the
            # clause's own day before the number, counted from the main clause's
            later_date = next((m for m in _SENTENCE_DATE.finditer(text, phrase_at.end() + relative.end(), c.start)
                               if _A_DAY_EARLIER.fullmatch(m.group().strip()) and not _not_a_date(text, m)), None)
        days_after = None
        if relative and not later_date and relative.group() == "after":
            # "May 10, 2001 -- A day after a soccer stampede left more than 100 dead": the clause's event, so many
            # days before the main clause's day
            days_after = re.search(r"(?<![a-z])((?:a|one)\s+day|(?:two|three|four|five|six|[2-6])\s+days)\s+\Z",
                                   text[phrase_at.end():phrase_at.end() + relative.start()].lower())
        if later_date:
            # "came to lay flowers on Friday at the site where 68 people were killed ... on February 5, 1994", "Calm
            # returned on Monday, after up to 15 people were killed last week": the day before the relative clause
            # (or the clause of "after") is the main clause's; the clause's own day after the number is the figure's
            kind = f"clause of {relative.group()!r}" if relative.group() in ("after", "following") \
                else f"relative clause ({relative.group()!r})"
            why.append(f"{date_phrase!r} dates the sentence's main clause; the number's {kind} says "
                       f"{' '.join(later_date.group().split())!r}")
            date_phrase = " ".join(later_date.group().split())
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
                why.append(f"{later[1]!r}: a window of days, which ends on the last ({later[0]!r})")
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
        if days_after:
            w = days_after[1].split()[0]
            shift_days = -(1 if w in ("a", "one") else _COUNT_WORD.get(w) or int(w))
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
                if words and same_day.group(4) and (found := _find_words(words, text, b_lo, b_hi)) \
                        and _dates_a_saying(text, b_lo, found):
                    continue  # "that day" after "..., a senior officer said Sunday": the day of a saying is not it
                if words:
                    date_phrase = words
                    shift_days = _SHIFT_OF.get(" ".join(next(g for g in same_day.groups() if g).split()), 0)
                    why.append(f"{same_day.group()!r} refers to the day named before: {words!r}"
                               + (f", {shift_days:+d} day" if shift_days else ""))
                    confidence -= 0.1
                    break
        statement_day = ""
        compared = False  # "the worst ... since": a "since" that counts nothing

        def comparison(since_at: int) -> bool:
            # "one of the worst riots since the border war in 1979": a comparison's date, not the count's (not "have
            # been killed in the worst-hit district since January": a running total)
            return bool(_COMPARED_BEFORE.search(text[s_lo:since_at].lower())) and not (
                _PERFECT.search(text[c.end:since_at].lower())
                or re.search(r"(?<![a-z])had\s+(?:been\s+)?[a-z]+(?:ed|en|wn)(?![a-z])", text[c.end:since_at].lower()))

        if date_phrase.lower().startswith("since") and (found := _find_words(date_phrase, text, s_lo, s_hi)) \
                and comparison(found.start()) and not any(a <= c.start < b for a, b in doc.earlier_events):
            # "opened fire on a march Monday, killing 28 and wounding almost 200 others in the worst setback since
            # June": the count's own date is another of the sentence's date words, if any
            why.append(f"{date_phrase!r} dates a comparison ('the worst ... since'), not the count")
            others = [m for m in _SENTENCE_DATE.finditer(text, s_lo, s_hi)
                      if (m.end() <= found.start() or m.start() >= found.end()) and not _not_a_date(text, m)
                      and not m.group().lower().startswith("since")]
            date_phrase, compared = "", True
            if others:
                near = min(others, key=lambda m: (min(abs(m.start() - c.start), abs(m.end() - c.start)), m.start()))
                date_phrase = " ".join(near.group().split())
                why.append(f"date words {date_phrase!r} elsewhere in the sentence")
        if date_phrase and not date_phrase.lower().startswith("since"):
            found = _find_words(date_phrase, text, s_lo, s_hi)
            since = _SINCE_BEFORE.search(text[s_lo:found.start()].lower()) if found else None
            if since and comparison(s_lo + since.start()):
                why.append(f"{date_phrase!r} dates a comparison ('the worst ... since'), not the count")
                date_phrase, compared = "", True
            elif since and c.start > s_lo + since.start() and _SINCE_EVENT_COUNT.search(
                    text[s_lo + since.start():c.start].lower()):
                # "their numbers have dropped since a truck bombing that killed 21 there in 2002", "since the fighting
                # on April 15 and 16 that claimed 19 lives": the count is the event's, dated by its own words
                why.append(f"the count is that of the event after 'since', dated by {date_phrase!r}, not a running "
                           f"total")
            elif since:
                why.append(f"{date_phrase!r} is when a running total began ('since ... {date_phrase}')")
                date_phrase = "since " + re.sub(r"^(?:on|in)\s+", "", date_phrase, flags=re.IGNORECASE)
            elif found and _START_BEFORE.search(text[s_lo:found.start()].lower()) and (
                    _PERFECT.search(lsent) or found.end() <= c.start
                    and _SINCE_RESULT.match(text[found.end():c.start].lower())):
                # (also the result since then, told after the start's date: "Boko Haram launched attacks in Nigeria
                # in 2009, leaving more than 40,000 people dead", "launched a mission there in 2014 and now has
                # more than 12,000 troops")
                why.append(f"{date_phrase!r} is when something began ('broke out ... {date_phrase}'), and the "
                           f"sentence counts what has happened since ("
                           f"{'perfect tense' if _PERFECT.search(lsent) else 'its result, told after the date'}): "
                           f"a running total")
                date_phrase = "since " + re.sub(r"^(?:on|in)\s+", "", date_phrase, flags=re.IGNORECASE)
                confidence -= 0.1
        if date_phrase.lower().startswith("since ") and any(a <= c.start < b for a, b in doc.earlier_events):
            # "the first attack since March 2016, when a raid on Saltpan left 19 dead": the 19 are the recalled
            # incident's, of its own date, not a running total since then
            why.append(f"{date_phrase!r} dates the earlier incident the clause recalls, whose count this is")
            date_phrase = "in " + date_phrase[6:].strip()
        if date_phrase:
            found = _find_words(date_phrase, text, s_lo, s_hi)
            if found and _dates_a_saying(text, s_lo, found) and published and not _event_day(text, found):
                got = resolve_date(date_phrase, published, sentence, language)
                if got["date_precision"] == "day":
                    statement_day, statement_phrase = got["period_end"], date_phrase
                    why.append(f"{date_phrase!r} dates the statement ({statement_day}), not the incident")
                    date_phrase = ""
            elif found and published and doc.incident_day(c.start) and (
                    # "by Wednesday afternoon the toll had risen": the day the count stood at
                    _BY_DAY.match(date_phrase)
                    # '"Today, we can verify the death of 14," she said': the speaker's now
                    or date_phrase.lower() == "today"
                    and _inside_quote(text[doc.paragraph_of(found.start())[0]:found.start()])):
                why.append(f"{date_phrase!r} is when the count stood, not the incident's day")
                date_phrase = ""
            elif found and published and doc.incident_day(c.start) and (
                    re.search(r"(?<![a-z])(?:funerals?|burials?)\s+\Z",
                              text[max(s_lo, found.start() - 12):found.start()].lower())
                    or re.match(r"['’]s\s+(?:funerals?|burials?)(?![a-z])", text[found.end():found.end() + 14])):
                # "he would attend today's funeral of seven slain border guards", "the funeral today of seven": the
                # burial's day, not the killing's
                why.append(f"{date_phrase!r} is the day of a funeral, not the incident's")
                date_phrase = ""
        if date_phrase and re.match(r"(?i:as\s+of)\s", date_phrase):
            # "as of Wednesday morning, 104 people had been hospitalized for injuries sustained during yesterday's
            # protests": the count stood then; the violence it counts has its own day, after it in the sentence
            # (not "condemning Monday's violence" nor "ahead of Thursday's protests"; no total "since")
            event = next((m for m in _SENTENCE_DATE.finditer(text, c.end, s_hi) if _event_day(text, m)
                          and (re.search(r"(?<![a-z])(?:during|in|from|after|by)\s+(?:the\s+)?\Z",
                                         text[max(s_lo, m.start() - 12):m.start()].lower())
                               or re.match(r"(?i:during|in)\s", m.group()))
                          and not re.search(r"(?<![a-z])since\s+(?:the\s+)?\Z",
                                            text[max(s_lo, m.start() - 12):m.start()].lower())), None) \
                if not re.search(r"(?<![a-z])since(?![a-z])", lsent) else None
            if event is not None:
                why.append(f"{date_phrase!r} is when the count stood; {event.group()!r} names the day of the violence "
                           f"it counts")
                date_phrase = " ".join(event.group().split())
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
        at = _find_words(date_phrase, text, s_lo, s_hi) if date_phrase else None
        if at is not None and _A_DAY_EARLIER.fullmatch(date_phrase):
            before = doc.day_named_before(at.start())
            if before == "":
                why.append(f"{date_phrase!r} follows no named day: no day to count back from")
                date_phrase, at = "", None
            elif before:
                statement_day = before  # "On March 3, ... A day earlier": the day before March 3
        narrative = narrative_year(text, at.start() if at else s_lo, date_phrase, published) if date_phrase else None
        dates = resolve_date(date_phrase, published, sentence, language, said=statement_day,
                             narrative=narrative) if published else {}
        back = _years_back(dates.get("period_end", ""), text, at.end(), published) \
            if at is not None and dates.get("date_precision") == "day" else None
        if back:  # "that fateful May 2 two decades ago": the day, so many years back
            day, ago = back
            dates.update(period_start=day, period_end=day, as_of=day, _start=day, date_certainty="inferred",
                         date_basis=f"inferred: {date_phrase!r} {ago} = {day}")
        weekend = re.fullmatch(r"(?i:(?:over|at|during|on)\s+the\s+(?:past\s+)?weekend|(?:this|last|past)\s+weekend)",
                               " ".join(date_phrase.split())) if date_phrase else None
        if weekend and dates.get("date_precision") == "day" and dates.get("period_end"):
            # "killing at least 11 people ... over the weekend" beside "on Saturday evening": the weekend's day the
            # document names for its violence, not the weekend's last day
            sat = f"{pd.Timestamp(dates['period_end']) - timedelta(days=1):%Y-%m-%d}"
            weekend_units = frozenset(c_ for m in places.mentions(text, s_lo, s_hi) if m.kind == "unit" for c_ in m.codes)
            # (of the sentence's own place, when both name one; not a total over the weekend: "have been killed")
            named = sorted({d[1] for d in doc.incident_days if sat <= d[1] <= dates["period_end"]
                            and not (weekend_units and d[3] and not weekend_units & d[3])})
            if len(named) == 1 and not _TOTAL_WORDS.search(lsent):
                dates.update(period_start=named[0], period_end=named[0], as_of=named[0], _start=named[0],
                             date_certainty="inferred", date_basis=f"inferred: {date_phrase!r}, the weekend's day the "
                                                                    f"document names for the violence = {named[0]}")
        vague = dates.get("_vague_days")
        if vague and dates.get("date_precision") == "month" and not _TOTAL_WORDS.search(lsent) \
                and c.metric in ("killed", "injured", "casualties", "displaced") \
                and not re.search(r"(?<![a-z])(?:after|before|later|earlier\s+than)(?![a-z])", date_phrase.lower()) \
                and not re.search(r"(?<![a-z])(?:an|another)\s+(?:[a-z-]+\s+)?(?:attack|raid|assault|ambush|bombing"
                                  r"|strike)(?![a-z])", lsent):
            # "90 civilians were killed in air strikes last week" beside "Friday's strikes": the day of that week
            # the document names for its violence, when it names one only (not a total over the week; not "just days
            # after an air strike killed 28", an earlier event than the document's; not "an attack last week on a
            # base", another attack; not a crowd that "protested last week")
            ref = pd.Timestamp(statement_day or published)
            lo_day, hi_day = f"{ref - timedelta(days=2 * vague):%Y-%m-%d}", f"{ref:%Y-%m-%d}"
            # (the units of the paragraph up to the sentence's end: "..., where last week gunmen raided a camp. That
            # attack claimed nine lives" is of that place, not of the document's incident elsewhere)
            vague_units = frozenset(c_ for m in places.mentions(text, min(paragraph[0], s_lo), s_hi) if m.kind == "unit"
                                    for c_ in m.codes)
            named = sorted({d[1] for d in doc.incident_days if lo_day <= d[1] < hi_day and not s_lo <= d[0] < s_hi
                            and not (vague_units and d[3] and not vague_units & d[3])})
            if len(named) == 1:
                dates.update(period_start=named[0], period_end=named[0], as_of=named[0], _start=named[0],
                             date_precision="day", date_certainty="inferred",
                             date_basis=f"inferred: {date_phrase!r} names no day; the one day of that time the "
                                        f"document names for the violence = {named[0]}")
        own_units = frozenset(c_ for m in places.mentions(text, s_lo, s_hi) if m.kind == "unit" for c_ in m.codes)
        eve = doc.evening_before(dates.get("period_end", ""), own_units) if date_phrase and \
            _OVERNIGHT.search(date_phrase) and dates.get("date_precision") == "day" else None
        if eve:
            # "rioters attacked the plant overnight" beside "the plant was attacked on Wednesday": the night
            # of that Wednesday, not the morning after
            why.append(f"{date_phrase!r}: the document names the evening before ({eve}) for the violence")
            dates.update(period_start=eve, period_end=eve, as_of=eve, _start=eve)
        toll_lo = _TOLL_ROSE_BEFORE.search(text[s_lo:c.start].lower())
        toll_day = toll_lo and date_phrase and dates.get("date_precision") == "day" and dates.get("period_end") and (
            _find_words(date_phrase, text, c.end, s_hi) or _find_words(date_phrase, text, s_lo, s_lo + toll_lo.start()))
        named_day = next(((resolve_date(" ".join(m.group().split()), published, language=language)["period_end"],
                           " ".join(m.group().split())) for m in _SENTENCE_DATE.finditer(text, s_lo, c.start)
                          if _event_day(text, m)), None) if toll_day else None
        if toll_day and (named_day or _SINGLE_STRIKE.search(text[s_lo:c.start].lower())) \
                and dates.get("counting_basis") == "incident" and not shift_days:
            # "The death toll from the attack on a mosque a day earlier rose to 62 on Saturday": the toll of one
            # attack stood on that day; the attack's own day is the one its sentence names ("Friday's attack"),
            # else the document's incident day before it (within a week, not another attack's, at the same place)
            inc = named_day
            if inc is None:
                own_units = {c_ for m in places.mentions(text, s_lo, s_hi) if m.kind == "unit" for c_ in m.codes}
                week_before = f"{pd.Timestamp(dates['period_end']) - timedelta(days=7):%Y-%m-%d}"
                others = [d for d in doc.incident_days if not s_lo <= d[0] < s_hi
                          and week_before <= d[1] < dates["period_end"]
                          and not (own_units and d[3] and not own_units & d[3])
                          and not re.search(r"(?<![a-z])(?:separate(?:ly)?|another|earlier|previous|unrelated|after)"
                                            r"(?![a-z])", text[doc.sentence_span(doc.sentence_of(d[0]))[0]:d[0]].lower())]
                near = min(others, key=lambda d: abs(d[0] - c.start), default=None)
                inc = (near[1], near[2]) if near else None
            if inc and inc[0] and inc[0] < dates["period_end"]:
                why.append(f"{date_phrase!r} is when the toll of one attack stood; the attack's day is "
                           f"{inc[1]!r} -> {inc[0]}")
                dates.update(period_start=inc[0], period_end=inc[0], as_of=inc[0], _start=inc[0],
                             statement_date=dates["period_end"])
        if shift_days and dates.get("date_precision") == "day" and dates.get("period_end"):
            day = f"{pd.Timestamp(dates['period_end']) + timedelta(days=shift_days):%Y-%m-%d}"
            if days_after:  # "A day after a stampede left 100 dead": inferred from the clause, so many days back
                dates.update(date_certainty="inferred",
                             date_basis=f"inferred: {' '.join(days_after[1].split())!r} after the event of the "
                                        f"count's clause, {date_phrase!r} -> {day}")
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
        part = (_part_of_year(sentence, published) or _part_of_month(sentence, published, c.start - s_lo)) \
            if published else None
        if part is not None and dates.get("date_precision") != "day" or part is not None and not c.date_phrase.strip():
            dates = part
            date_phrase = part["_words"]
            why.append(f"dates: {part['date_basis']}")
        # ("since" only in the number's own clause: "said 30 people had been killed and that 1,200 families had
        # fled the town since the strikes began" is no running total of the dead)
        own_lo = max([c_lo] + [c_lo + m.end() for m in re.finditer(r";|\s(?:and|but|while)\s+that\s", text[c_lo:c.start])])
        own_hi = c.start + len(re.split(r";|—|–|\s(?:and|but|while)\s", text[c.start:c_hi])[0])
        since_elsewhere = "since" in lsent and not re.search(r"(?<![a-z])since(?![a-z])", text[own_lo:own_hi].lower())
        total = bool(_TOTAL_WORDS.search(re.sub(r"(?<![a-z])since(?![a-z])", "", lsent) if compared or since_elsewhere
                                         else lsent)) and not _SINGLE_STRIKE.search(lsent)
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
        spread = bool(update) and bool(_PLURAL_STRIKES.search(lsent) or re.search(
            r"(?<![a-z])(?:fighting|clashes|violence|unrest|rioting|riots)(?![a-z])", lsent)) \
            and not _SINGLE_STRIKE.search(lsent) and not _ONE_DAYS_EVENTS.search(lsent)
        reported_over = re.search(r"(?<![a-z])had\s+been\s+(?:killed|wounded|injured)\s+(?:during|in|by)\s+"
                                  r"(?!the\s|these\s|those\s|both\s)(?:[\w-]+\s+){0,2}?(?:strikes|airstrikes|attacks|raids|bombings|shelling)(?![a-z])", lsent)
        if reported_over and not spread and not update and dates and not date_phrase:
            # "health officials said 1,055 people had been killed during retaliatory strikes": a toll over several
            # attacks as given (reported speech, the pluperfect), not the latest incident's day
            spread = True
            why.append(f"{reported_over.group()!r}: a toll over several attacks as given, not one incident's day")
        days_of = _DAYS_OF.search(lsent)
        if days_of and not spread and dates and not date_phrase and not _FIRST_DAYS.search(lsent):
            # "At least six people were killed ... in four days of violence in Tirgu Mures, state-run radio said
            # today": a toll over days, as it stood when given, not one incident's day
            spread = True
            why.append(f"{days_of.group()!r}: a toll over days, as given, not one incident's day")
        if doc.unrest and update and not spread and dates and not date_phrase and not _SINGLE_STRIKE.search(lsent):
            # "The death toll in the protests has risen to nine, officials said": unrest over days and places; a
            # count naming no day stands as of the day it was given, not one incident's day
            spread = True
            why.append(f"a document about unrest over the country ({doc.unrest.group()!r}): a count as given, not one "
                       f"incident's day")
        if spread and dates and not date_phrase and update:
            why.append(f"{' '.join(update.group().split())!r} over several attacks: a toll as given, not one incident's "
                       f"day")
        clause_end = re.compile(r"[,;:.!?](?:\s|$)").search(text, c.end, s_hi)
        state_now = _STATE_NOW_AFTER.search(text[c.end:clause_end.start() if clause_end else s_hi].lower())
        if dates and not date_phrase and state_now and not total and not stock_now and not spread:
            # "Varela said 2,000 male prisoners ... were being transferred, while 46 remained in hospital": the state
            # they are in when told, as of the statement, not the incident's day
            why.append(f"{state_now.group()!r}: the state they are in when told, as of the statement")
            stock_now = state_now
        if dates and not date_phrase and not total and not stock_now and not spread and not _CONTEXT_WORDS.search(lsent) \
                and not (_WAR_WIDE.search(lsent) and not _SINGLE_STRIKE.search(lsent)) and not _HABITUAL.search(lsent):
            # (not "160,000 people were killed in the two wars": a war's toll, not an incident's; nor "clashes claim
            # dozens of lives every year")
            own_units = frozenset(c_ for m in places.mentions(text, s_lo, s_hi) if m.kind == "unit" for c_ in m.codes)
            several = bool(_PLURAL_STRIKES.search(lsent)) and not _SINGLE_STRIKE.search(lsent)
            day = doc.incident_day(c.start, own_units, several)
            if day is None and doc.incident_days and len(published) == 10 and _VIOLENCE.search(lsent) \
                    and all(d[0] in doc.days_abroad for d in doc.incident_days):
                # "Pakistani air strikes on Iran killed four children" in a text whose only day of violence is
                # another country's ("Iran also staged air strikes late on Monday in Iraq and Syria"): the news of
                # the document's day
                day = (published, "the document's date (the only days it names are of violence in other countries)",
                       False)
            if day is None and not doc.incident_days and _VIOLENCE.search(lsent) and published:
                # a text that dates no violence, telling a story: "Supporters took to the streets on August 1 ...
                # Seven citizens lost their lives": the day its paragraph named last before the number
                para_lo = paragraph[0]
                windows = [w.span() for w in _DATE_RANGE.finditer(text, para_lo, s_lo)]
                for m in reversed(list(_SENTENCE_DATE.finditer(text, para_lo, s_lo))):
                    m_lo = doc.sentence_span(doc.sentence_of(m.start()))[0]
                    if any(a <= m.start() < b for a, b in windows):
                        break  # "killed between September 30 and November 20": a window's count, not a story's day
                    if _dates_a_saying(text, m_lo, m) \
                            or not re.match(r"(?i:on|in|during|early|late)\s", m.group()) and re.search(
                                r"(?<![a-z])the\s+(?:[a-z-]+\s+){0,2}\Z", text[max(m_lo, m.start() - 30):m.start()]):
                        continue  # (nor "the just ended July 30 elections": a date naming an event)
                    got = resolve_date(" ".join(m.group().split()), published, language=language)
                    if got["date_precision"] == "day" and got["counting_basis"] == "incident":
                        day = (got["period_end"], " ".join(m.group().split()), False)
                    break
            if day is not None and _PERFECT_SINCE.search(lsent) and len(published) >= 4 and day[0][:4].isdigit() \
                    and int(published[:4]) - int(day[0][:4]) >= 2:
                # "History Flight have found hundreds of remains" in a text about a battle of 1943: what has been
                # done since, as of the document's date, not the day of the long-past battle
                why.append(f"the perfect tense, in a text whose incident day {day[0]} is years before its date: "
                           f"as of the document's date")
                day = None
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
        month_story = False
        if dates and not date_phrase and not statement_day and not stock_now and not spread and published \
                and c.metric in ("killed", "injured", "casualties", "displaced") \
                and not doc.incident_days and _VIOLENCE.search(lsent) and not _CONTEXT_WORDS.search(lsent) \
                and not _WAR_WIDE.search(lsent) and all(re.match(r"ha(?:s|ve)\s", t.group())
                                                       for t in _TOTAL_WORDS.finditer(lsent)) \
                and (month := _incident_month(doc, published, language)) is not None:
            # "At least 26 people have been killed in a massacre ..." in a text that dates its violence only by
            # "earlier this month" or "in July": that month, not the day of publication (the perfect tense of
            # news, not a total since)
            got, words = month
            month_story = True  # (one incident still, dated only by its month: its place as a day's would be)
            dates = {**got, "counting_basis": "incident", "date_certainty": "inferred",
                     "date_basis": f"inferred: no date in the sentence; the document dates its violence only by "
                                   f"{words!r} -> {got['period_end']}"}
            confidence -= 0.1
            date_phrase = words
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
        back = _anniversary_back(doc, dates, c.start, s_lo, s_hi, c.date_phrase.strip())
        if back:
            dates.update(period_start=back[0] if dates.get("period_start") else "", period_end=back[0], as_of=back[0],
                         _start=back[0] if dates.get("_start") else "", counting_basis="incident",
                         date_precision="day" if len(back[0]) == 10 else "month",
                         date_certainty="inferred", date_basis=f"inferred: {back[1]}")
            why.append(f"dates: {back[1]}")
            confidence -= 0.1
        story = None if back else _story_back(doc, dates, s_lo, s_hi, c.date_phrase.strip(), c.start, c.end)
        if story:
            first = story[2] if len(story) > 2 else story[0]  # ("June 13-15" of 1990: from the 13th)
            dates.update(period_start=first if dates.get("period_start") else "", period_end=story[0],
                         as_of=story[0], _start=first if dates.get("_start") else "", counting_basis="incident",
                         date_precision="day" if len(story[0]) == 10 else "month",
                         date_certainty="inferred", date_basis=f"inferred: {story[1]}")
            why.append(f"dates: {story[1]}")
            confidence -= 0.1
        elif story_carried is not None and published[:4].isdigit() and (
                not dates.get("period_end") or dates["period_end"][:4] >= str(int(published[:4]) - 1)):
            # not a count of the story's violence after all: the source its paragraph quotes
            claimant, why[story_carried[1]] = story_carried[0], story_carried[2]
            confidence += 0.3 - story_carried[3]
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
        one_day = dates.get("counting_basis") == "incident" and (dates.get("date_precision") == "day" or month_story) \
            and not over_time
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
            "perpetrator_scope": force_scope, "completeness": "full", "status": "current",
        })
        extra.append({"headline": in_headline, "own": own is not None and bool(own.claimant) or bool(in_clause),
                      "own_place": "in the sentence" in place_why, "own_date": bool(c.date_phrase.strip()),
                      "said_date": said_date, "statement_day": statement_day, "said_place": bool(places.mentions(text, s_lo, s_hi)),
                      "body_para": doc.paragraph_index(c.start) - doc.paragraph_index(doc.headline_end),
                      # "..., Ukrainian officials said" in the lede: officials the text does not name
                      # (also "an official told local media": one official, unnamed, "one")
                      "lede_officials": ("one" if own.kind == "indefinite" else True)
                      if own is not None and not claimant and own.kind in ("unknown", "indefinite")
                      and not in_headline and doc.paragraph_index(s_lo) <= doc.paragraph_index(doc.headline_end)
                      and bool(_OFFICIAL_ROLE.search(own.phrase.lower())) and doc._unnamed(own.phrase) else False,
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
    # (before the headline's: a headline figure takes what its lede twin took from the body)
    _lede_official_figures(rows, extra)
    _headline_figures(rows, extra, profile_id)
    _repeated_figures(rows, extra)
    _lede_country_places(rows, extra)
    _report_day_figures(rows, extra)
    _headline_populations(rows, extra, text)
    for r in rows:
        r["confidence"] = f"{max(r['confidence'], 0.05):.2f}"
        r["why"] = "; ".join(r["why"])
    out = pd.DataFrame(rows, columns=list(S.QUEUE_COLUMNS), dtype="str")
    return out.fillna("")  # columns the drafter does not fill (superseded_by, projection, ...) are empty


# Sources that take part in what a text tells without speaking for a state (an opposition party): named alone in
# a story with no reporting word, they are what it is about, not who counts for it. (Not ``belligerent``: a party's
# military or government, whose own briefings name no one else.)
_ACTOR_TYPES = {"political_opposition"}


# A source named as the doer of the story's deeds: "Kosovo police finally recaptured the monastery", "police were
# still searching for the attackers", "the army stormed the building"
_SOURCE_ACTS = re.compile(r"(?:\s+(?:were|was|had|have|has|finally|then|later|also|still|had\s+been|have\s+been))*"
                          r"\s+(?:recaptured|retook|stormed|raided|searching|searched|surrounded|besieged|opened\s+fire"
                          r"|fired|attacked|clashed|arrested|detained|deployed|launched|killed|shot|rescued|evacuated"
                          r"|cordoned|sealed|freed|entered|seized)(?![a-z])", re.IGNORECASE)


# ... unless it is also named as reporting: "Qzland police: at least four ...", "police said"
_SOURCE_REPORTS = re.compile(r"\s*(?::|(?:\s+[\w-]+){0,2}?\s+(?:said|says|reported|reports|announced|confirmed|told"
                             r"|stated|added))(?![a-z])", re.IGNORECASE)


def _incident_month(doc, published: str, language: str) -> tuple[dict, str] | None:
    """(resolved dates, words) of the one month a document without incident days dates its violence by
    ("in the attacks ... earlier this month", "the massacre in July"): a month named in a sentence about violence,
    not a statement's ("said last month") nor a running total's start ("since July"), within two months before
    publication; None when there is none or more than one."""
    if not hasattr(doc, "_month_cache"):
        found = {}
        for m in _SENTENCE_DATE.finditer(doc.text) if len(published) >= 7 else ():
            words = " ".join(m.group().split())
            if not re.fullmatch(r"(?i:(?:in|during)\s+)?(?:" + _MONTHS + r")(?:\s+\d{4})?|(?i:this|last)\s+month", words):
                continue  # (a month by name, or this or last month: not "days after", "weeks ago")
            lo, hi = doc.sentence_span(doc.sentence_of(m.start()))
            if not _VIOLENCE.search(doc.text[lo:hi].lower()) or _dates_a_saying(doc.text, lo, m):
                continue
            if _NEW_ITEM.match(doc.text, lo) or re.match(r"\s*(?:earlier|previously|in\s+a\s+previous)",
                                                         doc.text[lo:m.start()], re.IGNORECASE):
                continue  # ("Earlier this month, six people were killed in another attack": another event)
            got = resolve_date(words, published, language=language)
            earlier = re.search(r"(?<![a-z])(?:earlier|early|late)\s+\Z", doc.text[max(lo, m.start() - 10):m.start()].lower())
            if got.get("date_precision") != "month" or got.get("counting_basis") != "incident" and not (
                    earlier and got.get("counting_basis") == "period_total") \
                    or not re.fullmatch(r"\d{4}-\d\d", got.get("period_end", "")):
                continue
            months_back = (int(published[:4]) - int(got["period_end"][:4])) * 12 + int(published[5:7]) - \
                int(got["period_end"][5:7])
            if 0 <= months_back <= 2:
                found.setdefault(got["period_end"], (got, words))
        doc._month_cache = next(iter(found.values())) if len(found) == 1 else None
    return doc._month_cache


def _anniversary_back(doc, dates: dict, at: int, s_lo: int, s_hi: int, own_date: str) -> tuple[str, str] | None:
    """(the day, why) of a count in a document marking the Nth anniversary of its violence
    (``_Document.commemoration``) whose day, as drafted, is the day it was marked (the ceremony's, the
    dateline's, the publication's: within six weeks before publication, or no day at all): that day N years
    back; a count the text puts in the year N years back, on the day it was marked then. Only a count of the
    violence marked: in the anniversary's own sentence after it ("marking the 20th anniversary of a grenade
    attack that killed 16"), or in a sentence with no day of its own (``own_date``: the words the sentence
    dates itself by) and nothing of now or of something new ("Today, 500 survivors", "a new bomb", "Since the
    attack", "this year"), no running total ("has killed", "so far") and no ceremony ("a ceremony that drew
    400 participants")."""
    if not doc.commemoration or not dates or not doc.published[:4].isdigit():
        return None
    years = doc.commemoration
    text, low = doc.text, doc.text[s_lo:s_hi].lower()
    own = _COMMEMORATION.search(text, s_lo, at)
    if own is None:
        if own_date or _COMMEMORATION.search(low) or _GATHERING.search(low) or _NOW_OR_NEW.search(low) \
                or _TOTAL_WORDS.search(low) or _PERFECT.search(low):
            return None
    else:
        after = text[own.end():s_hi].lower()
        if _GATHERING.search(text[own.end():at].lower()) or _NOW_OR_NEW.search(text[own.end():at].lower()) \
                or _TOTAL_WORDS.search(after) or _PERFECT.search(after):
            return None  # (nor "... the 20th anniversary of the war, which has killed 10,000", "as a new bomb")
    year = str(int(doc.published[:4]) - years)
    start, end = dates.get("period_start", ""), dates.get("period_end", "")
    if (start, end) == (f"{year}-01-01", f"{year}-12-31") and own is not None:
        # "Mourners gathered to mark the 22nd anniversary of the shelling ... 68 people who were killed in the
        # blast in 1994": the year the anniversary counts back to; its day, the day it was marked
        end = doc.published[:10]
    elif dates.get("date_precision") in ("day", "month") and dates.get("counting_basis") == "incident" \
            and (not start or start == end):
        pass
    elif dates.get("date_precision") == "unknown" and not start:
        end = dates.get("as_of", "")  # a count with no day of its own stands as of the publication: that day too
    else:
        return None  # (a window, a running total: not one day's violence)
    if len(end) not in (7, 10):
        return None
    try:
        when, pub = pd.Timestamp(end if len(end) == 10 else end + "-01"), pd.Timestamp(doc.published[:10])
    except ValueError:
        return None
    if not (pub - timedelta(days=45) <= when <= pub + timedelta(days=1)):
        return None
    try:
        back = when.replace(year=when.year - years)
    except ValueError:  # 29 February
        back = (when - timedelta(days=1)).replace(year=when.year - years)
    day = f"{back:%Y-%m-%d}" if len(end) == 10 else f"{back:%Y-%m}"
    return day, f"a document marking an anniversary of its violence {years} years on: {end} so many years back -> {day}"


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


# The reporter's own count, in the first person: "we counted 44 bodies", "I saw at least 12 bodies"
_REPORTER_SAW = re.compile(r"(?<![A-Za-z])(?:[Ww]e|I)\s+(?:(?:also|later|then)\s+)?(?:counted|saw|found|could\s+see|witnessed)"
                           r"(?![a-z])")


# After a count, the state its people are in as the story is told: "46 remained in hospital", "2,000 prisoners were
# being transferred" (not the wounded "being treated", nor "remain in critical condition": the labelled conventions
# give those the incident's day)
_STATE_NOW_AFTER = re.compile(r"(?<![a-z])(?:remained\s+(?:in\s+(?:the\s+)?hospital|hospitali[sz]ed)|(?:are|were|is|was)\s+(?:still\s+)?"
                              r"being\s+(?:transferred|held|moved|relocated|housed|sheltered))(?![a-z])")


# words of a sentence about now, or about what came after the violence a piece looks back on: the ceremony, the
# trial, the search for the dead ("Hundreds gathered on Saturday", "79 officers are to stand trial", "remains of
# 40 were exhumed")
_AFTERWARDS = re.compile(r"(?<![a-z])(?:" + _JUSTICE_WORDS + r"|tried|judges?|acquit\w*|charged|compensat\w*"
                         r"|identified|reburi\w*|inquir\w*|inquests?|hearings?|testif\w*|testimon\w*|will|would"
                         r"|may\s+have|might|could\s+have|expect\w*|remain(?:s|ed|ing)?|now|currently|nowadays"
                         r"|these\s+days)(?![a-z])")


# the count told of in a clause of the violence itself, in a sentence about its anniversary or trial ("marks the
# 25th anniversary of gas attacks which killed approximately 5,000 Kurds", "the deadliest prison uprising, which
# claimed the lives of 111 prisoners", "pictures of some of the estimated 5,000 people who were killed")
_TOLD_OF_THEN_BEFORE = re.compile(r"(?<![a-z])(?:which|that|who)\s+(?:had\s+)?(?:killed|massacred|slaughtered|claimed"
                                  r"(?:\s+the\s+lives\s+of)?)\s+(?:[^.;\d]{0,40}?\d[\d,]*[^.;\d]{0,20}?\s+"
                                  r"and\s+(?:injured|wounded)\s+)?(?:[a-z]+\s+){0,3}\Z")
# a speaker's own words: "my knowledge", "We counted" (not "US troops", "World War I")
_FIRST_PERSON = re.compile(r"(?<![A-Za-z])(?:[Mm]y|[Ww]e|[Oo]ur)(?![A-Za-z])|(?:^|[“\"‘(,;:]\s*)I\s+[a-z]")


# the people of a ceremony of now: "Hundreds gathered on 13 April", "mourners attended"
_CEREMONY_NOW = re.compile(r"(?<![a-z])(?:" + _CEREMONY_WORDS + r"|rallied|laid|paid)(?![a-z])")
# ... and the count told as the victims of the old deed, or with how long ago ("the 1968 massacre by American troops
# of 504 villagers", "the killing there by Border Police of 47 Arab civilians there almost 60 years ago", "a massacre
# in which 49 people ...", "the 1980 general election that was marked by over 800 murders")
_TOLD_OF_THEN_OF = re.compile(r"(?<![a-z])(?:(?:1[89]|20)\d\d\s+(?:[a-z-]+\s+)?(?:massacres?|killings?|slaughter|bombings?"
                              r"|shootings?|attacks?|uprising|invasion|pogrom|genocide)(?:\s+by\s+(?:[a-z'’-]+\s+){0,3}?"
                              r"[a-z'’-]+)?\s+of"  # "the 1968 massacre by American troops of 504"
                              r"|(?<!new\s)(?<!another\s)(?<!latest\s)(?<!fresh\s)(?<!second\s)(?:massacre|killings?"
                              r"|slaughter|bombing|attack|shooting)\s+in\s+which"  # "a massacre in which 49"
                              r"|(?:that|which)\s+(?:was|were)\s+marked\s+by)\s+(?:(?:some|about|around|at\s+least|more"
                              r"\s+than|over|nearly|almost)\s+)?\Z")
_TOLD_AGO = re.compile(r"(?:(?!since\s)[^.;,]){0,60}?(?:years?|decades?)\s+ago(?![a-z])")  # (not "died since the
# massacre 30 years ago": a count up to now)
_TOLD_OF_THEN_AFTER = re.compile(r"(?:\s+[a-z]+){0,3}?\s+(?:who|that)\s+(?:were|was|had\s+been)\s+(?:killed|massacred|slain"
                                 r"|murdered|slaughtered|shot)(?![a-z])")


# words that make a year a span or another day of it: "Throughout 1988", "later in 1988", "by the end of 1988"
_YEAR_SPAN_WORDS = re.compile(r"(?<![a-z])(?:throughout|during|over|across|later|earlier|by\s+the\s+end|until|through"
                              r"|between|from|since|all\s+of)(?![a-z])")


def _months_out(low: str) -> str:
    """Lower-case text with the month March blanked where it is a month ("on March 2", "in March 1988",
    "March 16th"), so that words of a march ("the march", "marchers") are not found in it."""
    return re.sub(r"(?<![a-z])(?:(?<=in\s)|(?<=on\s)|(?<=of\s)|(?<=since\s)|(?<=until\s)|(?<=by\s)|(?<=early\s)"
                  r"|(?<=late\s)|(?<=mid-))march(?![a-z])|(?<![a-z])march(?=\s+\d)", " ", low)


def _story_back(doc, dates: dict, s_lo: int, s_hi: int, own_date: str, at: int, end_at: int) -> tuple | None:
    """(period end, why[, period start]) of a count in a piece that tells of violence years before it was published
    (``_Document.story``, :func:`draft_dates.story_date`), when the count is drafted as of the piece's own time
    (within 45 days before publication) or in the story's year alone ("in 1960", when the piece names the day):
    the story's day. Not a count its sentence dates by a year of now, nor one of now or of what came after
    (a ceremony, a trial, the remains found, "still", "today"), nor one told as the victims of the old deed
    ("the killing there of 47 villagers almost 60 years ago"), whatever its sentence says. A day written without
    a year, far from the piece's own weeks, that is the story's day ("on 13 April" in a March 2019 piece about
    13 April 1919) is that day in the story's year, with the start of its window (the third item)."""
    if not doc.story or not dates or len(doc.published) < 7:
        return None
    end, words = doc.story
    low = doc.text[s_lo:s_hi].lower()
    pe = dates.get("period_end", "")
    if dates.get("date_precision") == "unknown" and not dates.get("period_start"):
        pe = dates.get("as_of", "")  # a count with no day of its own stands as of the publication
    pub_year = int(doc.published[:4])

    def pub_near(day: str) -> bool:  # within 45 days before publication (or the day after)
        try:
            when = pd.Timestamp(day if len(day) == 10 else day + "-01")
            pub = pd.Timestamp(doc.published if len(doc.published) == 10 else doc.published + "-01")
        except ValueError:
            return False
        return pub - timedelta(days=45) <= when <= pub + timedelta(days=1)

    if any(int(y) >= pub_year - 1 for y in _YEAR.findall(low)):
        return None
    told = bool(_TOLD_OF_THEN_BEFORE.search(doc.text[s_lo:at].lower())
                or _TOLD_OF_THEN_OF.search(doc.text[s_lo:at].lower())
                or _TOLD_OF_THEN_AFTER.match(doc.text[end_at:s_hi].lower())
                or _TOLD_AGO.match(doc.text[end_at:s_hi].lower()))
    whole_year = (dates.get("date_certainty") == "stated"
                  and (dates.get("period_start", "")[4:], pe[4:]) == ("-01-01", "-12-31"))
    if len(pe) == 10 and len(end) == 10 and pe[5:] == end[5:] and pe[:4] != end[:4] and not _YEAR.search(own_date) \
            and not whole_year and dates.get("date_precision") == "day" \
            and dates.get("period_start", "")[:4] in ("", pe[:4]) \
            and not _CEREMONY_NOW.search(_months_out(low)) \
            and not pub_near(pe) and (pe > doc.published or pe[:4] < doc.published[:4]):
        # (a day not yet come, or of a year before the piece's: not "this year's commemoration on 16 March")
        # "the incident day of the document, 'on 13 April'" read as last year's in a piece of March 2019 about 13
        # April 1919, or "during the riots of June 13-15" as after the day it was published: the story's day, in the
        # year the piece tells of (not "Hundreds gathered on 13 April": the day of this year's ceremony; a day of
        # the piece's own weeks is read as below; nor a year the sentence states, "In 1989, ... drove 70,000 from
        # their country" in a piece looking back to 1987: its 31 December is the year's end, not the story's day)
        start = dates.get("period_start", "")
        return end, f"a piece looking back on violence of {end[:4]} ({words!r}): its day {pe[5:]} in that year -> " \
                    f"{end}", end[:4] + start[4:] if len(start) == 10 and start != pe else end
    now_words = (_GATHERING.search(_months_out(low)) or _NOW_OR_NEW.search(low) or _AFTERWARDS.search(low)
                 or _COMMEMORATION.search(low) or _NOW_DAY.search(own_date.lower()))
    if now_words and not told or _WAR_WIDE.search(low) or _WAR_TOLL_BEFORE.search(doc.text[s_lo:at].lower()):
        return None  # (nor "a war that killed tens of thousands": the war's toll; nor "23 police officers on
        # Sunday": a day of the piece's own time)
    if (dates.get("period_start"), pe) == (f"{end[:4]}-01-01", f"{end[:4]}-12-31"):
        # "On this day in 1960, 69 people were killed": the story's year, told only as a year; its day when the
        # piece gives one (not "Throughout 1988", "later in 1988": a year's total, a later day)
        if len(end) > 4 and end != pe and not _YEAR_SPAN_WORDS.search(low):
            return end, f"{pe[:4]}: the year of the violence the piece looks back on, on {words!r} -> {end}"
        return None
    if own_date and not told and not _YEAR.search(own_date) and re.search(r"\d", own_date) \
            and len(end) == 10 and pe[5:] != end[5:]:
        return None  # "Gunmen killed 8 people in nearby Reedville on 2 February": a day of its own, of now (not
        # "on the 17th 44 people were killed" in a piece about 17 December 1970: the story's day)
    if len(pe) not in (7, 10) or dates.get("counting_basis") not in ("incident", "stock_as_of", "period_total"):
        return None
    if not pub_near(pe):
        return None
    return end, f"a piece looking back on violence of {end[:4]} ({words!r}): not of its own time {pe} -> {end}"
