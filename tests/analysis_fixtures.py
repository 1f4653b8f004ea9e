"""A small ledger, shaped like the real one, for the tabulation and comparison tests.

It mirrors known cases of the 2015 data on a scale a reader can check by hand:
SOHR's running totals (one claim relayed by two outlets), UNHCR's statement of
23 October carried as about 50,000 and about 30,000, late-October displacement
figures, a context figure, an incident toll, an undated figure and a running total
that goes down.
"""
from __future__ import annotations

import pandas as pd

from crosstally.bounds import get_profile
from crosstally.ledger import origin_key, restore_dtypes
from crosstally.schema import LEDGER_COLUMNS

SOURCES = {
    # id: (name, type, party to the conflict)
    "sohr": ("Syrian Observatory for Human Rights", "monitoring_ngo", False),
    "unhcr": ("UNHCR", "un_agency", False),
    "ocha": ("UN OCHA", "un_agency", False),
    "nrc": ("Norwegian Refugee Council", "humanitarian_ngo", False),
    "us-cjtf-oir": ("CJTF-OIR (Col. Steve Warren)", "belligerent", True),
    "ru-mod": ("Russian Ministry of Defence", "belligerent", True),
    "un-erc": ("UN Emergency Relief Coordinator", "un_agency", False),
    "monitor-x": ("Monitor X", "monitoring_ngo", False),
    "afp": ("AFP", "media", False),
    "dailymail": ("Daily Mail", "media", False),
    "jejaktapak": ("Jejak Tapak", "media", False),
    "reuters-forum": ("military-quotes.com forum", "media", False),
    "rozana": ("Rozana FM", "media", False),
    "elnashra": ("elnashra", "media", False),
    "reliefweb": ("ReliefWeb", "media", False),
    "airforcemag": ("Air Force Magazine", "media", False),
    "foxnews": ("Fox News", "media", False),
    "lusa": ("Lusa", "media", False),
}

ADMIN1_CSV = (
    "pcode,name,aliases\n"
    "SY02,Aleppo,Halab;Alep\n"
    "SY04,Homs,Hims\n"
    "SY05,Hama,Hamah\n"
    "SY07,Idleb,Idlib;Edlib\n"
)

# figure_id, claimant, outlet, metric, population, value_as_reported, qualifier, value,
# admin1, period_start, period_end, statement_date, published, counting_basis, scope
ROWS = [
    ("S01", "sohr", "dailymail", "killed", "all", "370", "exact", 370, "SY",
     "2015-09-30", "2015-10-20", "2015-10-20", "2015-10-20", "cumulative_since", "campaign"),
    ("S02", "sohr", "jejaktapak", "killed", "all", "370", "exact", 370, "SY",
     "2015-09-30", "2015-10-20", "2015-10-20", "2015-10-21", "cumulative_since", "campaign"),
    ("S03", "sohr", "reuters-forum", "killed", "all", "nearly 600", "nearly", 600, "SY",
     "2015-09-30", "2015-10-29", "2015-10-29", "2015-10-29", "cumulative_since", "campaign"),
    ("S04", "sohr", "dailymail", "killed", "civilians", "127", "exact", 127, "SY",
     "2015-09-30", "2015-10-20", "2015-10-20", "2015-10-20", "cumulative_since", "campaign"),
    ("S05", "sohr", "lusa", "killed", "civilians", "9", "exact", 9, "SY04",
     "2015-10-15", "2015-10-15", "2015-10-15", "2015-10-15", "incident", "campaign"),
    ("U01", "unhcr", "rozana", "displaced", "all", "about 50,000", "about", 50000, "SY02",
     "", "2015-10-23", "2015-10-23", "2015-10-23", "stock_as_of", "campaign"),
    ("U02", "unhcr", "elnashra", "displaced", "all", "about 30,000", "about", 30000, "SY02",
     "", "2015-10-23", "2015-10-23", "2015-10-23", "stock_as_of", "campaign"),
    ("O01", "ocha", "reliefweb", "displaced", "all", "at least 120,000", "at_least", 120000,
     "SY02;SY05;SY07", "2015-10-05", "2015-10-22", "2015-10-24", "2015-10-24", "period_total",
     "campaign"),
    ("W01", "us-cjtf-oir", "airforcemag", "displaced", "all", "35,000", "about", 35000, "SY",
     "2015-09-30", "2015-10-21", "2015-10-21", "2015-10-22", "period_total", "campaign"),
    ("N01", "nrc", "foxnews", "displaced", "all", "up to 100,000", "up_to", 100000,
     "SY02;SY04;SY05", "2015-10-05", "2015-10-26", "2015-10-26", "2015-10-26", "period_total",
     "campaign"),
    ("R01", "ru-mod", "reuters-forum", "sorties", "not_applicable", "669", "exact", 669, "SY",
     "2015-09-30", "2015-10-16", "2015-10-16", "2015-10-16", "cumulative_since", "campaign"),
    ("C01", "un-erc", "reliefweb", "killed", "all", "250,000", "estimated", 250000, "SY",
     "2011-03", "2015-11-16", "2015-11-16", "2015-11-16", "cumulative_since", "context"),
    ("X01", "monitor-x", "reliefweb", "killed", "civilians", "500", "exact", 500, "SY05",
     "2015-09-30", "2015-11-01", "", "2015-11-02", "cumulative_since", "campaign"),
    ("X02", "monitor-x", "reliefweb", "killed", "civilians", "450", "exact", 450, "SY05",
     "2015-09-30", "2015-11-15", "", "2015-11-16", "cumulative_since", "campaign"),
    ("X03", "monitor-x", "reliefweb", "killed", "civilians", "dozens", "vague", None, "SY07",
     "", "", "", "", "incident", "campaign"),
]


def _as_stated(v: float) -> str:
    """A number as figures.csv writes it ("370"), for the origin key."""
    return "" if pd.isna(v) else (f"{v:.0f}" if float(v).is_integer() else repr(float(v)))


def make_ledger(rows=ROWS, profile_id: str = "standard-v1") -> pd.DataFrame:
    """Build ledger rows with every LEDGER_COLUMNS column and the ledger's dtypes."""
    profile = get_profile(profile_id)
    records = []
    for (fid, claimant, outlet, metric, population, var, qualifier, value, admin1,
         start, end, stated, published, basis, scope) in rows:
        name, kind, party = SOURCES[claimant]
        low, high = profile.bounds(qualifier, value, None, var)
        row = {c: "" for c in LEDGER_COLUMNS}
        row.update(
            figure_id=fid, document_id=f"D-{fid}", claimant=claimant, claimant_name=name,
            claimant_type=kind, claimant_is_party=party, outlet=outlet,
            outlet_name=SOURCES[outlet][0], metric=metric, population=population,
            unit="people" if metric in ("killed", "displaced") else "events",
            value_as_reported=var, qualifier=qualifier,
            value=float("nan") if value is None else float(value), value_max=float("nan"),
            low=low, high=high, bound_profile=profile.id, admin1=admin1, place=admin1,
            period_start=start, period_end=end, statement_date=stated, published=published,
            counting_basis=basis, scope=scope, quote=f"quote of {fid}", quote_verified=True,
            perpetrator_scope="campaign_force", completeness="full", status="current",
        )
        records.append(row)
    df = pd.DataFrame(records, columns=list(LEDGER_COLUMNS))
    stated = df.assign(value=df["value"].map(_as_stated), value_max=df["value_max"].map(_as_stated))
    df["origin_key"] = origin_key(stated)
    return restore_dtypes(df)


def admin1_table(tmp_path) -> pd.DataFrame:
    from crosstally.tabulate import load_admin1

    path = tmp_path / "admin1.csv"
    path.write_text(ADMIN1_CSV, encoding="utf-8")
    return load_admin1(path)


def plain_text(parts) -> str:
    """A briefing paragraph's parts (strings, facts, parameters, dates, references, labels) as
    plain text, references as "[id; id]"."""
    from crosstally import briefing
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append(p)
        elif isinstance(p, (briefing.Fact, briefing.Param, briefing.Label)):
            out.append(p.text)
        elif isinstance(p, briefing.When):
            out.append(p.iso)
        elif isinstance(p, briefing.Ref):
            out.append("[" + "; ".join(p.ids) + "]")
    return "".join(out)
