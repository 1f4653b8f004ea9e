"""The ledger's vocabulary: columns, allowed values, and what each means.

One row = one number, as one claimant stated it, in one document. Nothing is merged at
entry; de-duplicating relays and picking a number are analysis steps.
"""
from __future__ import annotations

METRICS = (
    "killed", "injured", "displaced", "strikes", "sorties", "targets_hit",
    "attacks_on_facilities", "incidents", "other",
    "casualties",  # killed and wounded together, as trackers and militaries often count them
)
UNITS = ("people", "households", "events", "targets", "facilities", "munitions", "countries")
USUAL_UNIT = {"killed": "people", "injured": "people", "displaced": "people", "casualties": "people",
              "strikes": "events", "sorties": "events", "targets_hit": "targets",
              "attacks_on_facilities": "events", "incidents": "events"}
"""The unit a metric is usually counted in (the extractor's default; a chart names any other)."""
POPULATIONS = ("all", "civilians", "combatants", "children", "women", "medical", "not_applicable",
               "soldiers",  # soldiers: a state's armed forces (combatants: any armed group)
               "idps", "refugees")  # of people displaced: those inside the country, those who crossed a border
"""Who is counted. For people displaced, ``all`` is every displaced person (inside the
country and abroad), ``idps`` those displaced inside their country (IOM's and OCHA's
"internally displaced persons") and ``refugees`` those who crossed a border (refugees,
asylum-seekers, "fled to a neighbouring country"): three different counts, never ranked against each other."""
POPULATION_LABELS = {"all": "all", "not_applicable": "not applicable", "idps": "internally displaced (IDPs)",
                     "refugees": "displaced abroad (refugees)"}
"""A population in words, where its id is not already a word (charts' panels, the briefing)."""


def population_words(population: str) -> str:
    """``"internally displaced (IDPs)"`` for ``idps``; other populations as written."""
    return POPULATION_LABELS.get(population, population.replace("_", " "))

COUNTING_BASES = ("cumulative_since", "period_total", "stock_as_of", "incident")
DATE_PRECISIONS = ("day", "week", "month", "year", "unknown")
DATE_CERTAINTIES = ("stated", "inferred", "uncertain")
SCOPES = ("campaign", "context")
ATTRIBUTIONS = ("stated", "suspected", "contested", "denied", "not_attributed")
SOURCE_TYPES = (
    "belligerent",          # military or government of a party to the conflict
    "un_agency",
    "monitoring_ngo",
    "rights_medical_ngo",   # rights or medical NGO
    "humanitarian_ngo",
    "political_opposition",
    "media",
    "witness",
    "reference",            # encyclopedia or aggregator pages
    "intergovernmental",    # an intergovernmental body other than the UN (OSCE, EU, AU, ICRC missions...)
    "government",           # a civilian authority (health ministry, civil defence, governor); party_to_conflict
                            # says whether its state or movement is a party (Lebanon's health ministry: not)
)
# Comparability: what a number counts, beyond metric, population and unit. Two claims
# are ranked against each other (highest, lowest, spread, overlap, "cannot all be
# right", party over independent) only when they agree on all of these (README,
# "Method and definitions").
PERPETRATOR_SCOPES = (
    "campaign_force",       # the campaign's own air force alone (Russian strikes)
    "several_forces",       # the campaign's force together with others (Russian and regime strikes)
    "other_force",          # another force alone (regime, US-led coalition): context
    "all_or_unspecified",   # every perpetrator, or none named (displacement "by the fighting")
    "not_applicable",       # no perpetrator to speak of (countries party to a treaty)
)
COMPLETENESS = (
    "full",                 # the claimant's count of everything it covers
    "partial",              # admittedly part of it (some districts, one kind of weapon)
    "floor_from_sample",    # a floor from a documented sample ("in 25 attacks we investigated")
)
STATUSES = ("current", "superseded", "retracted")
PROJECTIONS = ("forecast", "plan")  # a window may end after its statement only for these

def _iso_639_1() -> tuple[str, ...]:
    """Every ISO 639-1 language code (pycountry's copy of the standard): a document in any
    language can be registered ("uk", "pl", "am", "my", ...)."""
    import pycountry

    return tuple(sorted(lang.alpha_2 for lang in pycountry.languages if hasattr(lang, "alpha_2")))


LANGUAGES = _iso_639_1()

# The raw, human-curated figures table (data/raw/figures.csv), in this order.
RAW_FIGURE_COLUMNS = (
    "figure_id", "document_id", "claimant", "outlet", "cited_via",
    "metric", "population", "unit", "value_as_reported", "qualifier", "value", "value_max",
    "perpetrator", "attribution", "place", "admin1",
    "period_start", "period_end", "date_precision", "as_of", "counting_basis",
    "statement_date", "published", "date_certainty", "date_basis", "scope",
    "quote", "url", "language", "ref_id", "notes",
    # comparability and status (added last, so rows edited elsewhere merge cleanly)
    "perpetrator_scope", "completeness", "completeness_basis", "status", "superseded_by",
    "status_words", "same_statement_as", "projection",
)

# The processed ledger (data/processed/ledger.csv and .parquet), in this order.
LEDGER_COLUMNS = (
    "figure_id", "document_id", "claimant", "claimant_name", "claimant_type", "claimant_is_party",
    "outlet", "outlet_name", "cited_via", "origin_key",
    "metric", "population", "unit", "value_as_reported", "qualifier", "value", "value_max",
    "low", "high", "bound_profile",
    "perpetrator", "attribution", "place", "admin1",
    "period_start", "period_end", "date_precision", "as_of", "counting_basis",
    "statement_date", "published", "date_certainty", "date_basis", "scope",
    "quote", "quote_verified", "url", "language", "ref_id", "notes",
    "perpetrator_scope", "completeness", "completeness_basis", "status", "superseded_by",
    "status_words", "same_statement_as", "projection",
)

# Ledger text columns whose values repeat (vocabularies, sources, wordings, places, dates): held in
# memory as pandas categoricals with sorted categories, so a million-row ledger is small
# and moving, sorting or grouping its rows costs integer codes, not text. Free text and
# per-figure identifiers stay plain text.
CATEGORICAL_COLUMNS = (
    "claimant", "claimant_name", "claimant_type", "outlet", "outlet_name", "cited_via",
    "metric", "population", "unit", "value_as_reported", "qualifier", "bound_profile", "perpetrator",
    "attribution", "place", "admin1", "period_start", "period_end", "date_precision", "as_of", "counting_basis",
    "statement_date", "published", "date_certainty", "date_basis", "scope", "language",
    "perpetrator_scope", "completeness", "status", "projection",
)

DOCUMENT_COLUMNS = (
    "document_id", "title", "outlet", "url", "published", "date_certainty",
    "language", "text_file", "sha256", "notes",
)
# aliases: other names the source goes by in text ("SOHR;Syrian Observatory"), ";"-separated;
# drafting resolves a claimant phrase to a source id through the name, the abbreviation in
# brackets in the name, and these.
SOURCE_COLUMNS = ("source_id", "name", "type", "party_to_conflict", "parent", "notes", "aliases")
# groups: the regions a unit belongs to that span several units ("Gaza Strip;Gaza",
# "Donbas;eastern Ukraine"), ";"-separated; a place named by a group means every unit that
# lists it. The column is optional: a table without it (a case made before it existed) reads
# as if every unit's groups were empty.
ADMIN1_COLUMNS = ("pcode", "name", "aliases", "groups")
# Trailing columns a raw file may leave out (read as empty): admin1's groups, the queue's
# drafted (a queue written before it existed reads as rows without a fingerprint).
OPTIONAL_COLUMNS = frozenset({"groups", "drafted"})

# The review queue (data/raw/review-queue.csv): drafted figures in the figures.csv columns,
# with the analyst's decision first and the drafting evidence after. A row is identified
# by (document_id, start, end): character offsets of its number in the document's text.
# drafted: the row's fingerprint as the drafter wrote it (curate.fingerprint: the first 16 hex
# digits of the sha256 of the JSON array of its FINGERPRINT_COLUMNS); a row whose fields no
# longer give it was edited, and `crosstally draft --refresh` keeps it. Empty for a row typed
# by hand or written before the column existed.
DECISIONS = ("", "accept", "reject")
QUEUE_COLUMNS = (
    "decision", "confidence", "why", *RAW_FIGURE_COLUMNS, "claimant_phrase", "start", "end", "drafted",
)
FINGERPRINT_COLUMNS = tuple(c for c in QUEUE_COLUMNS if c not in ("decision", "drafted"))
"""The queue fields a row's fingerprint covers, in column order: every one but ``decision`` and ``drafted``."""
