"""An independent oracle for the briefing's facts: DuckDB SQL over the raw CSVs.

It shares no code with ``crosstally``: it reads data/raw/figures.csv, sources.csv,
rules/admin1.csv and rules/bound-profiles.yaml and a parameter file, and follows only
the rules written in the README ("Method and definitions"): which figures a run
selects, which rows are one claim, which claims count the same thing and are ranked,
and which numbers the briefing then states. It returns every fact as
(section, kind, number, claimant, figure_ids); ``tests/test_oracle.py`` compares
them with ``briefing-facts.csv``.

Python only sequences the sentences (which comparison, which set); every number,
selection, grouping and ranking is a SQL query.
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import yaml

# The briefing's default comparison windows (parameters, not logic): notebook 04 uses
# these when a parameter set names none. tests/test_oracle.py checks they match.
DEFAULT_COMPARISONS = (
    {"metric": "displaced", "start": "2015-10-20", "end": "2015-10-31", "population": None},
    {"metric": "killed", "start": "2015-11-15", "end": "2015-11-30", "population": "civilians"},
)

SETUP = r"""
CREATE MACRO pstart(s) AS CASE
    WHEN s IS NULL OR s = '' THEN NULL
    WHEN length(s) = 4 THEN make_date(CAST(s AS INT), 1, 1)
    WHEN length(s) = 7 THEN make_date(CAST(s[1:4] AS INT), CAST(s[6:7] AS INT), 1)
    ELSE CAST(s AS DATE) END;
CREATE MACRO pend(s) AS CASE
    WHEN s IS NULL OR s = '' THEN NULL
    WHEN length(s) = 4 THEN make_date(CAST(s AS INT), 12, 31)
    WHEN length(s) = 7 THEN last_day(make_date(CAST(s[1:4] AS INT), CAST(s[6:7] AS INT), 1))
    ELSE CAST(s AS DATE) END;

CREATE TABLE raw AS SELECT * FROM read_csv($figures, all_varchar = true, header = true, nullstr = '\x01');
CREATE TABLE src AS SELECT * FROM read_csv($sources, all_varchar = true, header = true, nullstr = '\x01');

-- one row per figure: its own key, its window, its stated number
CREATE TABLE fig AS
WITH own AS (
    SELECT r.*, s.party_to_conflict = 'true' AS is_party, s.type AS claimant_type,
           concat_ws('|', claimant, metric, population, unit, counting_basis, scope, admin1,
                     period_start, period_end, value, value_max) AS own_key,
           COALESCE(NULLIF(period_end, ''), NULLIF(as_of, ''), NULLIF(statement_date, ''),
                    NULLIF(published, ''), '') AS end_src
    FROM raw r JOIN src s ON s.source_id = r.claimant)
SELECT o.*,
       -- a figure that carries another's statement is that figure's claim
       COALESCE(t.own_key, o.own_key) AS okey,
       pend(o.end_src) AS window_end,
       CASE WHEN o.period_start <> '' THEN pstart(o.period_start) ELSE pstart(o.end_src) END AS window_start,
       TRY_CAST(NULLIF(o.value, '') AS DOUBLE) AS num,
       TRY_CAST(NULLIF(o.value_max, '') AS DOUBLE) AS num_max,
       COALESCE(TRY_CAST(NULLIF(o.value, '') AS DOUBLE), w.low) AS stated
FROM own o
LEFT JOIN own t ON t.figure_id = o.same_statement_as AND o.same_statement_as <> ''
LEFT JOIN words w ON o.qualifier = 'vague' AND w.word = lower(o.value_as_reported);
"""

# the run's selection: context left out unless asked, metrics, claimants, places (a
# figure's codes include a requested one; whole-country figures never match a
# governorate), and a window that ends inside the period
SELECT_RUN = """
CREATE OR REPLACE TABLE sel AS
SELECT *, CASE WHEN len($codes) = 0 THEN 'no_place_filter'
               WHEN len(list_filter(string_split(admin1, ';'), lambda c: c <> '' AND NOT list_contains($codes, c))) > 0
               THEN 'spans_more' ELSE 'within' END AS coverage
FROM fig
WHERE ($include_context OR scope <> 'context')
  AND (len($metrics) = 0 OR list_contains($metrics, metric))
  AND (len($claimants) = 0 OR list_contains($claimants, claimant))
  AND (len($codes) = 0 OR len(list_filter(string_split(admin1, ';'), lambda c: list_contains($codes, c))) > 0)
  AND window_end IS NOT NULL AND window_end >= pstart($lo) AND window_end <= pend($hi)
"""

# claims: rows of one okey are one claim; its fields are its first figure's (by id)
CLAIMS = """
CREATE OR REPLACE TABLE {table} AS
WITH ranked AS (SELECT *, row_number() OVER (PARTITION BY okey ORDER BY figure_id) AS k FROM {rows}),
agg AS (
    SELECT okey, string_agg(figure_id, ';' ORDER BY figure_id) AS ids, count(*) AS n_figures,
           count(DISTINCT outlet) AS n_outlets, min(window_start) AS ws, max(window_end) AS we,
           string_agg(DISTINCT value_as_reported, ' | ' ORDER BY value_as_reported) AS words,
           string_agg(DISTINCT admin1, ' | ' ORDER BY admin1) AS area,
           bool_or(coverage = 'spans_more') AS spans_more
    FROM {rows} GROUP BY okey)
SELECT f.claimant, f.metric, f.population, f.unit, f.counting_basis, f.scope, f.perpetrator_scope,
       f.status, f.completeness, f.period_start, f.period_end, f.num, f.stated, f.is_party, f.figure_id AS first_id,
       a.*,
       f.status = 'current' AND f.completeness = 'full' AS ranked,
       CASE WHEN f.counting_basis = 'incident' THEN 'incident'
            WHEN f.counting_basis IN ('cumulative_since', 'stock_as_of') THEN 'running total'
            ELSE 'period total' END AS basis,
       CASE WHEN f.counting_basis IN ('cumulative_since', 'stock_as_of')
                 THEN 'since ' || COALESCE(NULLIF(f.period_start, ''), '?')
            WHEN f.period_start = '' THEN '?..' || strftime(a.we, '%Y-%m-%d')
            WHEN a.ws = a.we THEN strftime(a.ws, '%Y-%m-%d')
            ELSE strftime(a.ws, '%Y-%m-%d') || '..' || strftime(a.we, '%Y-%m-%d') END AS count_window,
       COALESCE(NULLIF(f.period_end, ''), strftime(a.we, '%Y-%m-%d')) AS as_of
FROM agg a JOIN ranked f ON f.okey = a.okey AND f.k = 1
"""

# the figures a comparison window holds: its metric (and population), no incident, no
# context, a window that ends inside it; their claims, in the briefing's order
WINDOW = """
CREATE OR REPLACE TABLE win AS
SELECT * FROM sel
WHERE metric = $metric AND ($population IS NULL OR population = $population)
  AND counting_basis <> 'incident' AND scope = 'campaign'
  AND window_end >= pstart($lo) AND window_end <= pend($hi)
"""
# Why a claim is not ranked, counted apart in the briefing: a partial count, superseded or
# retracted, or a current full count of something else.
# An earlier step of a claimant's own running total (its series stood later in the same
# set) is not ranked: a series that grows is no disagreement.
REASONS = ("status = 'current' AND completeness <> 'full'", "status <> 'current'",
           "status = 'current' AND completeness = 'full' AND earlier",
           "status = 'current' AND completeness = 'full' AND NOT earlier")

FRAME = """
CREATE OR REPLACE TABLE frame AS
WITH s AS (
    SELECT *, ranked AND basis = 'running total'
              AND we < max(CASE WHEN ranked THEN we END) OVER (
                  PARTITION BY metric, population, unit, basis, count_window, perpetrator_scope, area, claimant)
              AS earlier
    FROM wclaims)
SELECT * REPLACE (ranked AND NOT earlier AS ranked),
       row_number() OVER (ORDER BY claimant, we, num NULLS LAST, okey) AS pos,
       dense_rank() OVER (ORDER BY metric, population, unit, basis, count_window, perpetrator_scope, area)
           AS set_key
FROM s
"""


class Oracle:
    def __init__(self, root: Path):
        self.root = Path(root)
        self.con = duckdb.connect()
        profiles = yaml.safe_load((self.root / "data/raw/rules/bound-profiles.yaml").read_text(encoding="utf-8"))
        self.profiles = profiles
        self.admin1 = self.con.sql(
            f"SELECT * FROM read_csv('{self.root / 'data/raw/rules/admin1.csv'}', all_varchar = true, "
            "header = true, nullstr = '\\x01')").fetchall()

    def _setup(self, profile: str) -> None:
        words = self.profiles["profiles"][profile or self.profiles["default"]].get("words", {})
        self.con.execute("DROP TABLE IF EXISTS words")
        self.con.execute("CREATE TABLE words (word VARCHAR, low DOUBLE)")
        for word, bounds in words.items():
            self.con.execute("INSERT INTO words VALUES (?, ?)", [word.lower(), float(bounds["low"])])
        for name in ("raw", "src", "fig"):
            self.con.execute(f"DROP TABLE IF EXISTS {name}")
        self.con.execute("DROP MACRO IF EXISTS pstart")
        self.con.execute("DROP MACRO IF EXISTS pend")
        for statement in SETUP.split(";\n"):
            if statement.strip():
                self.con.execute(statement, {k: v for k, v in {
                    "figures": str(self.root / "data/raw/figures.csv"),
                    "sources": str(self.root / "data/raw/sources.csv")}.items() if f"${k}" in statement})

    def _codes(self, places) -> list[str]:
        by_name = {}
        for pcode, name, aliases in self.admin1:
            for n in [pcode, name, *(aliases or "").split(";")]:
                if n:
                    by_name[n.strip().casefold()] = pcode
        return sorted({by_name[p.strip().casefold()] for p in places})

    # ------------------------------------------------------------------ fact helpers

    def _claimant(self, ids: list[str]) -> str:
        names = self.con.execute("SELECT DISTINCT claimant FROM sel WHERE list_contains(?, figure_id)",
                                 [ids]).fetchall()
        return names[0][0] if len(names) == 1 else ""

    def _fact(self, section, kind, number, ids) -> tuple:
        ids = sorted(set(ids))
        return (section, kind, float(number), self._claimant(ids), ";".join(ids))

    def _count(self, section, kind, ids) -> tuple:
        column = {"figures": "figure_id", "claims": "okey", "claimants": "claimant", "documents": "document_id"}[kind]
        n = self.con.execute(f"SELECT count(DISTINCT {column}) FROM sel WHERE list_contains(?, figure_id)",
                             [sorted(set(ids))]).fetchone()[0]
        return self._fact(section, kind, n, ids)

    def _stated(self, section, ids) -> list[tuple]:
        """A claim in words: its first figure's number (and upper number for a range)."""
        ids = sorted(set(ids))
        qualifier, num, num_max = self.con.execute(
            "SELECT qualifier, num, num_max FROM sel WHERE figure_id = ?", [ids[0]]).fetchone()
        if qualifier == "vague" or num is None:
            return []
        out = [self._fact(section, "value", num, ids)]
        if qualifier == "range":
            out.append(self._fact(section, "value_max", num_max, ids))
        return out

    def _range(self, section, where: str) -> list[tuple]:
        """Lowest and highest claim of ``frame`` rows matching ``where`` (first in frame order)."""
        rows = self.con.execute(f"SELECT ids, stated, words FROM frame WHERE {where} ORDER BY pos").fetchall()
        if len(rows) == 1:
            return self._stated(section, rows[0][0].split(";"))
        stated = [r[1] for r in rows]
        if min(stated) == max(stated) and len({r[2] for r in rows}) == 1:
            return self._stated(section, [i for r in rows for i in r[0].split(";")])
        if min(stated) == max(stated):  # one number in several wordings: each claim once
            return [f for r in rows for f in self._stated(section, r[0].split(";"))]
        lo = next(r for r in rows if r[1] == min(stated))
        hi = next(r for r in rows if r[1] == max(stated))
        return self._stated(section, lo[0].split(";")) + self._stated(section, hi[0].split(";"))

    def _ids(self, where: str, table: str = "frame") -> list[str]:
        return [i for (ids,) in self.con.execute(f"SELECT ids FROM {table} WHERE {where}").fetchall()
                for i in ids.split(";")]

    # ------------------------------------------------------------------ the briefing

    def facts(self, params: dict) -> list[tuple]:
        self._setup(params.get("bound_profile"))
        codes = self._codes(params.get("places") or [])
        lo, hi = params.get("period_start") or "0001", params.get("period_end") or "9999"
        self.con.execute(SELECT_RUN, {"codes": codes, "include_context": bool(params.get("include_context")),
                                      "metrics": list(params.get("metrics") or []),
                                      "claimants": list(params.get("claimants") or []), "lo": lo, "hi": hi})
        self.con.execute(CLAIMS.format(rows="sel", table="claims"))
        facts: list[tuple] = []
        S, K = "Summary", "Key comparisons"
        every = self._ids("true", "claims")
        facts += [self._count(S, kind, every) for kind in ("figures", "claims", "claimants", "documents")]
        wider = [r[0] for r in self.con.execute("SELECT figure_id FROM sel WHERE coverage = 'spans_more'").fetchall()]
        if wider:
            facts.append(self._count(S, "figures", wider))
        # figures about the whole country (the code every other code begins with), which a
        # place filter leaves out: counted, with their ids, among those the other filters keep
        whole = [c for c, _, _ in self.admin1 if c and all(o.startswith(c) for o, _, _ in self.admin1 if o)]
        if codes and len(whole) == 1 and whole[0] not in codes:
            left_out = self.con.execute(
                """SELECT figure_id, claimant FROM fig
                   WHERE ($include_context OR scope <> 'context')
                     AND (len($metrics) = 0 OR list_contains($metrics, metric))
                     AND (len($claimants) = 0 OR list_contains($claimants, claimant))
                     AND list_contains(string_split(admin1, ';'), $whole)
                     AND window_end IS NOT NULL AND window_end >= pstart($lo) AND window_end <= pend($hi)""",
                {"include_context": bool(params.get("include_context")), "metrics": list(params.get("metrics") or []),
                 "claimants": list(params.get("claimants") or []), "whole": whole[0], "lo": lo, "hi": hi}).fetchall()
            if left_out:
                who = {c for _, c in left_out}
                facts.append((S, "figures", float(len({i for i, _ in left_out})), who.pop() if len(who) == 1 else "",
                              ";".join(sorted({i for i, _ in left_out}))))
        party = [r[0] for r in self.con.execute("SELECT figure_id FROM sel WHERE is_party").fetchall()]
        if party:
            facts.append(self._count(S, "figures", party))

        comparisons = params.get("comparisons") or DEFAULT_COMPARISONS
        key_facts: list[tuple] = []
        for comp in comparisons:
            self.con.execute(WINDOW, {"metric": comp["metric"], "population": comp.get("population"),
                                      "lo": comp["start"], "hi": comp["end"]})
            self.con.execute(CLAIMS.format(rows="win", table="wclaims"))
            self.con.execute(FRAME)
            if self.con.execute("SELECT count(*) FROM frame").fetchone()[0] == 0:
                continue
            # the summary's headline: the largest set of ranked claims that count the same thing
            # (its figures count the earlier steps of its claimants' own running totals too)
            best = self.con.execute("""
                SELECT set_key FROM frame WHERE ranked OR earlier GROUP BY set_key HAVING bool_or(ranked)
                ORDER BY count(*) FILTER (WHERE ranked) DESC, bool_or(spans_more) FILTER (WHERE ranked),
                         count(DISTINCT claimant) FILTER (WHERE ranked) DESC, sum(n_figures) DESC,
                         min(area), min(count_window) LIMIT 1""").fetchone()
            where = f"ranked AND set_key = {best[0]}" if best else "pos = 1"
            facts += self._range(S, where)
            for reason in REASONS:
                others = self._ids(f"NOT ({where}) AND {reason}")
                if others:
                    facts.append(self._count(S, "claims", others))
            # key comparisons: counts, each set of two or more ranked claims, the rest
            all_ids = self._ids("true")
            key_facts += [self._count(K, "claims", all_ids), self._count(K, "claimants", all_ids)]
            sets = [k for (k,) in self.con.execute(
                "SELECT set_key FROM frame WHERE ranked GROUP BY set_key HAVING count(*) > 1").fetchall()]
            for k in sets:
                key_facts += self._range(K, f"ranked AND set_key = {k}")
                sides = self.con.execute(f"SELECT DISTINCT is_party FROM frame WHERE ranked AND set_key = {k}").fetchall()
                if len(sides) == 2:
                    key_facts += self._range(K, f"ranked AND set_key = {k} AND is_party")
                    key_facts += self._range(K, f"ranked AND set_key = {k} AND NOT is_party")
            in_sets = "ranked AND set_key IN (" + ",".join(map(str, sets)) + ")" if sets else "false"
            for reason in REASONS:  # the claims ranked against no other, by reason
                alone = self._ids(f"NOT ({in_sets}) AND {reason}")
                if alone:
                    key_facts.append(self._count(K, "claims", alone))
            relayed = self._ids("n_outlets > 1")
            if relayed:
                key_facts.append(self._count(K, "claims", relayed))

        # running totals that moved: current cumulative claims with a stated start, per
        # (claimant, metric, population, unit, scope, area, start), standing at two dates or more
        for metric in ("killed", "displaced"):
            series = self.con.execute("""
                SELECT claimant, population, unit, scope, area, period_start FROM claims
                WHERE metric = ? AND counting_basis = 'cumulative_since' AND status = 'current' AND period_start <> ''
                GROUP BY ALL HAVING count(DISTINCT as_of) > 1
                ORDER BY count(*) DESC, claimant DESC, population DESC, unit DESC, scope DESC, area DESC,
                         period_start DESC LIMIT 1""", [metric]).fetchone()
            if series is None:
                continue
            points = self.con.execute("""
                SELECT ids FROM claims WHERE metric = ? AND counting_basis = 'cumulative_since'
                  AND status = 'current' AND claimant = ? AND population = ? AND unit = ? AND scope = ?
                  AND area = ? AND period_start = ?
                ORDER BY we, num NULLS LAST, okey""", [metric, *series]).fetchall()
            facts += self._stated(S, points[0][0].split(";")) + self._stated(S, points[-1][0].split(";"))
            facts.append(self._count(S, "claims", [i for (ids,) in points for i in ids.split(";")]))

        # one statement, several numbers: current figures of one claimant about the same
        # thing, window and day stated, with different numbers (not a group of witnesses:
        # their numbers are several people's accounts)
        groups = self.con.execute("""
            WITH said AS (
                SELECT *, COALESCE(NULLIF(statement_date, ''), published) AS said_on,
                       CASE WHEN num IS NULL THEN lower(value_as_reported) ELSE '' END AS words_key
                FROM sel WHERE status = 'current')
            SELECT string_agg(figure_id, ';' ORDER BY figure_id) FROM said
            WHERE length(said_on) = 10 AND claimant_type <> 'witness'
            GROUP BY claimant, metric, population, unit, counting_basis, admin1, scope, perpetrator_scope,
                     completeness, period_start, period_end, said_on
            HAVING count(DISTINCT (COALESCE(num, -1), COALESCE(num_max, -1), words_key)) > 1""").fetchall()
        for (ids,) in groups:
            for i in ids.split(";"):
                facts += self._stated(S, [i])
        return facts + key_facts


def briefing_facts(root: Path, params_file: Path) -> list[tuple]:
    """The oracle's facts for one parameter file, as (section, kind, number, claimant, figure_ids)."""
    params = yaml.safe_load(Path(params_file).read_text(encoding="utf-8")) or {}
    return Oracle(root).facts(params)
