"""The drafter's passes over all rows of a document: one figure's fields taken from another's.

Part of the drafter (:mod:`crosstally.draft`): once ``draft_document`` has drafted every figure of
a document on its own, these passes compare the rows (each with its ``extra``, the facts about how
it was read: headline or body, paragraph, own attribution, own place, own date) and fill in what
a figure's own words left open from the figure the text tells again, in this order:

- **a lede told again below** (``_lede_bare_figures``, ``_lede_carried_figures``,
  ``_lede_state_figures``): a lede figure with no attributing words, with a claimant only carried
  from around it, or given by "the government" as a whole takes the claimant a later paragraph
  names for the same figure (``_body_twins``, ``_take_claimant``; ``_same_area`` and ``_same_day``
  keep another place's or day's incident apart);
- **headlines** (``_headline_figures``, ``_told_short``): a headline figure is the body's told
  short and takes its claimant, place and dates (a rounder or vaguer headline number, within the
  case's bound profile, too);
- **a count told again** (``_repeated_figures``): the day the earlier telling gives;
- **one claimant's report** (``_report_day_figures``): as of the day the text gives that report;
- **a lede's unnamed officials** (``_lede_official_figures``): the claimant the body names;
- **a headline number without a noun** (``_headline_populations``): the population of the body's
  same number.

Each pass appends its reason to the row's ``why`` and lowers ``confidence``. It imports only
:mod:`crosstally.draft_common` and :mod:`crosstally.draft_claimants` (and
:mod:`crosstally.bounds`, when a headline is told short).
"""
from __future__ import annotations

import re

from .draft_common import _TOLL_UPDATE, _is_country
from .draft_claimants import Claimants, _norm


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
        before = {f: r[f] for f in ("claimant", "admin1", "period_end")}
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
            # the values replaced, old -> new, so that the reasons written before for the headline's own reading
            # ("-> white-helmets", "-> 2015-12-14") are not read as the row's final values
            changed = [f"{f.replace('_', ' ')} {before[f] or 'none'} -> {r[f] or 'none'}" for f in before
                       if before[f] != r[f]]
            r["why"].append(f"a headline figure: the body repeats {same['value_as_reported']!r} at offset "
                            f"{same['start']}" + (" (the headline's words a rounder or vaguer telling of it)"
                                                  if short else "") + f"; {', '.join(named)} taken from there"
                            + (f" ({'; '.join(changed)})" if changed else ""))
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
        # (one unnamed official, "a health official said": only the same words of number, not "killed 40" and the
        # body's "Nearly 40 bodies")
        # (and of the same place and day the twin's sentence names, as a lede figure with no words of its own: not
        # "A blast in Millbrook in January killed 40, police said" under "killed 40 on Sunday, an official said")
        same = next((b for b, f in _body_twins(rows, extra, r, e)
                     if e.get("lede_officials") != "one" or b["qualifier"] == r["qualifier"]
                     and (not f.get("said_place") or _same_area(r["admin1"], b["admin1"]))
                     and (not f.get("said_date") or _same_day(r["period_end"], b["period_end"]))), None)
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


def _lede_country_places(rows: list[dict], extra: list[dict]) -> None:
    """A lede's figure placed only in the whole country ("Three people have been killed after election protests in
    Qzland turned violent") takes the unit a later paragraph names in its own sentence for the same figure (same
    number and metric: "Three Qzlandi protesters died in riots in the southern city of Millbrook"): the lede tells
    the news of the country, the body says where. Not a figure of other people told again ("two more", "another")."""
    for r, e in zip(rows, extra):
        if e["headline"] or e.get("body_para", 0) != 0 or not r["value"] or not r["admin1"] \
                or not _is_country(r["admin1"]):
            continue
        same = next((b for b, f in zip(rows, extra) if not f["headline"] and f.get("body_para", 0) > 0
                     and f["own_place"] and b["value"] == r["value"] and b["value_max"] == r["value_max"]
                     and b["metric"] == r["metric"] and b["admin1"] and ";" not in b["admin1"]
                     and not _is_country(b["admin1"]) and _same_area(r["admin1"], b["admin1"])
                     and not _OTHER_COUNT.search(b["quote"])), None)
        if same is None:
            continue
        before = r["admin1"]
        r["place"], r["admin1"] = same["place"], same["admin1"]
        where = same["place"] or same["admin1"]
        r["why"].append(f"a lede figure placed in the whole country: the body gives the same figure "
                        f"({same['value_as_reported']!r} at offset {same['start']}) in {where!r} -> place {before} -> "
                        f"{r['admin1']}")
        r["confidence"] -= 0.05


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
