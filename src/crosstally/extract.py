"""Find the figures in a document's text: candidates for the ledger's review queue.

An analyst curating the ledger reads every document for numbers. This module does the
first pass: it returns each *candidate figure* (a count of people, households, events,
targets, facilities, munitions or countries) with its exact place in the text, its
qualifier and bounds, the metric read from the words around it, and the phrases that
say who claimed it, who is blamed and when. A person then accepts or rejects it.

How it reads. Speed matters (whole archives, > 1 MB/s on one core), so there is no
language model and nothing is downloaded at run time. The text is lower-cased once
and cut into words by one regular expression; each word is looked up in a table of
*triggers* (number words, cue words, date words, actors, reporting verbs), and only at
a trigger or a digit is a small anchored pattern run. Then, per number:

1. Not a figure: a number glued to other characters (``21st``, ``Su-24``, ``6:30``,
   ``S/2015/813``, ``$4``, ``40%``), or whose neighbours say date, time, age, money,
   percentage, resolution/report/article number or phone number (``Oct. 21``,
   ``aged 74``, ``resolution 2254``, ``8 a.m.``, ``+44 20 7946 0958``); a bare year
   (``in 2003``); and a number followed by a noun we do not count (``24 hours``,
   ``5 km``, ``two sides``).
2. Reading the number: digits with or without separators (``120,000``, ``7000``,
   ``1.5 million``), words (``Forty``, ``two dozen``, ``a hundred``), vague words
   (``dozens``, ``tens of thousands``: qualifier ``vague``), ranges (``80,000 to
   100,000``, ``between 1,098 and 1,450``, ``five or six``) and the qualifier before it
   (crosstally.bounds.QUALIFIER_WORDS plus a few listed here). Bounds come from the
   bound profile, as everywhere in crosstally.
3. The head noun after the number (``airstrikes``, ``civilians``, ``households``,
   ``attacks on hospitals``, ``countries``) gives the unit and population and, for what
   is not people, the metric. For people, the metric is the nearest cue word in the
   same sentence (``killed``, ``death toll``, ``wounded``, ``displacing``, ``fled``,
   ``uprooted``...), else ``other``. A number with neither a head noun nor a cue is
   not returned.
4. Phrases, verbatim, for the reviewer to judge: the attribution of the sentence
   (``according to the UN``, ``..., said the Syrian Observatory``, ``the United Nations
   revealed``), the actor named nearest the number and the nearest date expression.

Offsets are Python string indices into the text as decoded from UTF-8, so
``text[start:end] == span`` always holds.

A corpus at a time: ``extract_corpus`` sends files in batches to a process pool (every
core) or to any ``concurrent.futures.Executor``, such as a ``dask.distributed`` client's;
the result is the same, in the same order, whatever runs it (``crosstally extract
FOLDER -j N --scheduler ADDRESS --out DIR``).
"""
from __future__ import annotations

import argparse
import math
import re
import sys
from bisect import bisect_left, bisect_right
from dataclasses import astuple, dataclass, fields, replace
from itertools import islice
from pathlib import Path

import pandas as pd

from .actors import Vocabulary, case_actors, vocabulary
from .countries import adjectives, country_words
from .lexicon import person_nouns
from .bounds import QUALIFIER_WORDS, ProfileError, get_profile, normalise_words
from .io import csv_bytes
from .schema import USUAL_UNIT

# ---------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------

# Qualifier phrases seen in reporting beyond the shared table (bounds.QUALIFIER_WORDS).
_EXTRA_QUALIFIERS = {"well over": "more_than", "just over": "more_than", "upward of": "more_than",
                     "well above": "more_than",
                     # a ceiling: "at most 20", "no more than 2,000", "a maximum of 300"
                     **dict.fromkeys(("at most", "no more than", "not more than", "a maximum of"), "up_to"),
                     # the top of the estimates, as "as many as": "put the toll as high as 1,200"
                     "as high as": "up_to",
                     # an estimate of a whole: "an estimated total of 76 people"
                     **dict.fromkeys(("an estimated total of", "an estimated number of",
                                      "an estimated population of"), "estimated"),
                     # a count that passed a mark: "the toll surpasses 600", "exceeded 150 cases"
                     **dict.fromkeys(("exceeds", "exceeded", "exceeding", "surpasses", "surpassed", "surpassing",
                                      "tops", "topped", "topping", "exceed", "surpass"), "more_than"),
                     # a ceiling said as a count that did not pass it: "The number did not exceed 46"
                     **dict.fromkeys(("did not exceed", "does not exceed", "do not exceed", "not exceeding",
                                      "did not surpass", "does not surpass", "not exceed"), "up_to")}
QUALIFIERS = {**QUALIFIER_WORDS, **_EXTRA_QUALIFIERS}
QUALIFIERS["estimated at"] = "estimated"  # "the force's strength is estimated at 2,500"

_SMALL = ("one two three four five six seven eight nine ten eleven twelve thirteen "
          "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_VALUES = {w: i + 1 for i, w in enumerate(_SMALL)} | {w: 20 + 10 * i for i, w in enumerate(_TENS)}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000, "dozen": 12,
          # South Asian reporting: "1.5 lakh people", "two crore"
          "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000}

# Vague words: no number; bounds come from the profile's `words` table.
VAGUE_WORDS = ("hundreds of thousands", "tens of thousands", "hundreds", "thousands",
               "dozens", "scores", "tens", "a dozen",
               "several dozen", "several hundred", "several thousand",
               "a few dozen", "a few hundred", "a few thousand", "millions",
               # "a couple of hundred of them", "a couple hundred marines": two or so of the unit
               # (bounds.normalise_words reads both spellings as the profiles' "a couple of ...")
               "a couple of dozen", "a couple of hundred", "a couple of thousand",
               "a couple dozen", "a couple hundred", "a couple thousand")

# Head nouns after a number: words -> (metric, unit, population). Metric None means
# people or households: the cue words around say what happened to them.
# Each kind is listed whole from general English usage, not from the nouns seen in one text.
# Status, as the labelling conventions read it (benchmarks/labelled/README.md): people named
# by where they live, by a civilian livelihood in the area or by an occasion ("residents",
# "villagers", "shopkeepers", "farmers", "quarry workers", "revellers") and aid workers are
# civilians; police, guards and every security or armed force, like soldiers, are
# combatants; "people", "others" and people named by a passing role (patients, passengers,
# worshippers) are `all`; journalists, lawyers and teachers, by their trade, civilians.
CIVILIAN_NOUNS = (
    "civilians civilian non-combatants noncombatants residents resident inhabitants inhabitant villagers "
    "villager locals townspeople townsfolk city-dwellers dwellers householders homeowners farmers farmer "
    "peasants peasant "
    "herders herder herdsmen herdsman pastoralists shepherds shepherd fishermen fisherman traders trader "
    "merchants merchant shopkeepers shopkeeper shop-owners vendors vendor peddlers hawkers shoppers "
    "market-goers marketgoers workers worker labourers labourer laborers laborer miners farmworkers "
    "revellers reveller revelers reveler partygoers party-goers concertgoers concert-goers festivalgoers "
    "festival-goers spectators beachgoers holidaymakers picnickers passers-by passersby bystanders "
    # by their trade, as miners and aid workers (the labelling conventions' *Journalists, aid workers, medics* rule
    # and "nouns of occupation": "two journalists", "three lawyers")
    "journalists journalist reporters reporter photojournalists photojournalist photographers photographer "
    "cameramen cameraman lawyers lawyer teachers teacher").split() + [
    "camp residents", "local residents", "shop owners", "street vendors", "civilian population",
    "members of the civilian population", "members of the local community", "members of the community",
    "community members", "aid workers", "aid worker", "relief workers", "relief worker", "humanitarian workers",
    "humanitarian worker", "humanitarian staff", "aid staff", "ngo workers", "un staff", "aid personnel",
    "humanitarian personnel", "civilian personnel"]
SECURITY_FORCE_NOUNS = (
    "soldiers soldier troops trooper troopers servicemen serviceman servicewomen servicemembers servicemember "
    "military police policemen policeman policewomen policewoman cops constables gendarmes gendarme "
    "guards guard bodyguards bodyguard guardsmen guardsman sentries sentry marines marine paratroopers paratroops "
    "gardaí gardai garda "
    "commandos commando rangers airmen conscripts conscript recruits reservists cadets officers officer "
    "commanders commander peacekeepers peacekeeper jawans personnel legionnaires reinforcements").split() + [
    "security guards", "security guard", "border guards", "border guard", "prison guards", "coast guards",
    "police officers", "police officer", "police agents", "police personnel", "riot police",
    "police officials", "police official", "law enforcement personnel", "law enforcement officers",
    "law enforcement officer", "law enforcement officials", "law enforcement agents", "law enforcement members",
    "security personnel", "security forces", "security officers", "security officer", "security agents",
    "military personnel", "army personnel", "army officers", "military officers", "intelligence officers",
    "special forces", "national guardsmen", "members of the military", "members of the armed forces",
    "members of the security forces", "member of the military", "member of the armed forces",
    "member of the security forces", "service members", "service member",
    # "five intelligence agents", "left five agents dead" (an intelligence office's staff, a state's armed agents)
    "intelligence agents", "intelligence agent", "federal agents", "border agents", "agents"]
ARMED_GROUP_NOUNS = (
    "fighters fighter combatants combatant militants militant rebels rebel insurgents insurgent jihadists "
    "jihadist jihadis jihadi islamists terrorists terrorist gunmen gunman guerrillas guerrilla guerillas "
    "militia militias militiamen militiaman paramilitaries paramilitary bandits bandit extremists "
    "separatists separatist assailants assailant attackers attacker raiders mercenaries mercenary "
    "gangsters snipers kidnappers abductors hijackers warlords ringleaders ringleader kingpins operatives "
    "mutineers mutineer putschists coup-plotters rioters rioter "
    "cadres loyalists hitmen hitman criminals shooters shooter invaders invader "
    # armed stock raiders, as the bandits they are ("killed dozens of cattle-rustlers", "67 cattle thieves")
    "rustlers rustler cattle-rustlers cattle-rustler").split() + [
    "cattle rustlers", "cattle thieves", "cattle raiders", "livestock thieves",
    "gang members", "militia members", "armed men", "armed group members", "suicide bombers",
    "suicide bomber"]
CHILD_NOUNS = (
    "children child kids minors boys boy girls girl babies baby infants infant toddlers toddler "
    "newborns newborn schoolchildren schoolgirls schoolgirl schoolboys schoolboy pupils orphans adolescents "
    "youngsters juveniles").split()
WOMEN_NOUNS = "women woman mothers mother widows moms mom mums".split() + ["pregnant women"]
MEDICAL_NOUNS = (
    "doctors doctor nurses nurse medics medic paramedics paramedic physicians physician surgeons surgeon "
    "midwives midwife pharmacists").split() + [
    "health workers", "health worker", "healthcare workers", "health care workers", "medical workers",
    "medical worker", "medical staff", "medical personnel", "health personnel", "health staff",
    "hospital staff", "hospital workers", "ambulance workers", "ambulance crews", "ambulance crew",
    "ambulance drivers", "emergency medical workers"]
# Peoples counted by their name: where they are from ("400 Palestinians"), and by descent or faith, whose
# names do not end like a country's people ("-ians", "-ans", "-ese": see _head)
_PEOPLES_NAMED = (
    "palestinians israelis ukrainians russians sudanese gazans yemenis iraqis afghans kurds "
    "rohingya lebanese somalis congolese ethiopians tigrayans eritreans darfuris burmese "
    "iranians nigerians malians "
    "serbs croats bosniaks turks arabs jews tutsis hutus yazidis uyghurs uighurs pashtuns hazaras "
    "tamils chechens poles czechs danes swedes finns greeks thais filipinos uzbeks tajiks kazakhs "
    "sunnis shiites shias alawites druze copts hindus sikhs muslims fulani tuareg tuaregs berbers "
    "bedouins pakistanis saudis bangladeshis nepalis azerbaijanis kuwaitis qataris emiratis omanis bahrainis "
    "kashmiris punjabis britons").split()
_PEOPLE = {
    "people": "all", "persons": "all", "person": "all", "individuals": "all",
    "others": "all", "men": "all",
    "patients": "all", "volunteers": "all",
    # who else is counted in reporting on any war
    **dict.fromkeys(
        "students employees staff staffers worshippers mourners passengers "
        "adults parents relatives detainees prisoners hostages inmates convicts "
        "protesters demonstrators migrants settlers victims teenagers elderly "
        "pilgrims drivers officials suspects".split(), "all"),
    **dict.fromkeys(("land invaders", "farm invaders", "property invaders", "house invaders"), "all"),  # squatters
    **dict.fromkeys(("family members", "firefighters",
                     "rescue workers", "rescuers", "first responders", "ministry staff"), "all"),
    # people counted by what they are to someone, or where they come from
    **dict.fromkeys("colleagues friends neighbours neighbors citizens nationals foreigners "
                    "tourists youths elders sailors seafarers".split(), "all"),
    **dict.fromkeys(("crew members", "members of", "members from"), "all"),
    # soldiers held by the enemy are still a force's men (labelled README: prisoners of war are combatants)
    **dict.fromkeys(("prisoners of war", "pows"), "combatants"),
    # members of a body named before the noun: "five Hamas members", "the gangs have 70,000 members"
    "members": "all",
    **dict.fromkeys("leaders chiefs sons daughters brothers sisters husbands wives cousins nephews nieces "
                    "grandchildren siblings fathers grandparents uncles aunts".split(), "all"),
    # people named by where they are from, or by descent or faith (_PEOPLES_NAMED)
    **dict.fromkeys(_PEOPLES_NAMED, "all"),
    # one of them: singular nouns after "one" (or a number word used alone)
    **dict.fromkeys("man student passenger victim teenager inmate prisoner detainee".split(), "all"),
    **dict.fromkeys(("rescue worker",), "all"),
    **dict.fromkeys(CIVILIAN_NOUNS, "civilians"),
    **dict.fromkeys(SECURITY_FORCE_NOUNS, "combatants"),
    **dict.fromkeys(ARMED_GROUP_NOUNS, "combatants"),
    **dict.fromkeys(CHILD_NOUNS, "children"),
    **dict.fromkeys(WOMEN_NOUNS, "women"),
    **dict.fromkeys(MEDICAL_NOUNS, "medical"),
}
# More people counted by a role, trade, faith or plight in any war's reporting (a passing role: `all`;
# a livelihood of the land: civilians; armed men at sea or on patrol of their own: combatants).
_PEOPLE.update({
    **dict.fromkeys(
        "looters thieves robbers smugglers traffickers poachers hikers climbers lecturers professors "
        "clerics imams priests monks nuns pastors congregants churchgoers guests diners customers commuters "
        "motorists pedestrians cyclists onlookers voters politicians lawmakers legislators councillors councilors "
        "mayors ministers diplomats envoys engineers contractors technicians electricians pilots twins "
        "pensioners retirees amputees inspectors bloggers activists "
        "dissidents supporters veterans captives abductees occupants tenants squatters crewmen seamen "
        "deportees grandmothers grandfathers crew asylum-seekers souls compatriots countrymen".split(), "all"),
    **dict.fromkeys("protester demonstrator pilgrim worshipper driver official suspect hostage migrant "
                    "relative tourist activist pilot engineer priest imam".split(), "all"),
    **dict.fromkeys("loggers nomads".split(), "civilians"),
    **dict.fromkeys("pirates vigilantes".split(), "combatants"),
    # suspects of an attack or crime are counted as its armed side (the labelling conventions: 11 of 12 labels)
    **dict.fromkeys("suspects suspect".split(), "combatants"),
})
# People counted by a cause they back or a protest they make, and a spelling of commandos
# ("thousands of sympathisers", "hundreds of strikers", "two commandoes"). Strikers are `all` like
# protesters, demonstrators and marchers: neither civilians nor fighters by the text's words.
_PEOPLE.update({
    **dict.fromkeys("sympathisers sympathizers marchers escapees fugitives strikers".split(), "all"),
    **dict.fromkeys("commandoes".split(), "combatants"),
    # men of a side by its forces ("at least 20 dead pro-Russian forces", "9,000 military forces", "1,500 African Union
    # forces"); "the two forces clashed" is of forces as sides, left out in extract() before the head's metric
    "forces": "combatants",
    # armed villagers of a defence force: "Two defence volunteers survived the onslaught"
    **dict.fromkeys(("defence volunteers", "defense volunteers", "village defence volunteers",
                     "village defense volunteers"), "combatants"),
    # people named by an island they live on (civilians, as residents), a spelling of protesters, and one
    # person by nationality ("Three Ruritanians and one Ostravian national were among the dead")
    **dict.fromkeys("islanders islander".split(), "civilians"),
    **dict.fromkeys("protestors protestor national citizen foreigner expatriates expatriate expats britons".split(), "all"),
    # officers by rank: "Three of Qzland's most senior generals were killed"
    **dict.fromkeys("generals colonels lieutenants captains sergeants brigadiers admirals marshals corporals "
                    "lieutenant-colonels major-generals".split(), "combatants"),
})
# People nouns the extractor's lists still lacked in the thirty-fourth round: monitors of a ceasefire, an
# election or rights, and those who interpret for them (WordNet gives each an artifact sense too)
_PEOPLE.update(dict.fromkeys("monitors interpreters translators".split(), "all"))
# agents of a trade are no armed agents of a state ("agents": SECURITY_FORCE_NOUNS)
_PEOPLE.update(dict.fromkeys(("travel agents", "estate agents", "insurance agents", "shipping agents", "sales agents",
                              "customs agents"), "all"))
# People counted by sex, as police and hospital tallies count them ("17 females and 4 males", "Five are confirmed
# dead, 2 females and 3 males": WordNet gives each an animal sense too), and India's word for its tribespeople
# ("police firing killed five tribals"); the adjectives ("female doctors") stay modifiers
_PEOPLE.update({"females": "women", "males": "all", "tribals": "all"})
# and tribes' people by the English words ("arresting dozens of tribespeople"), people who once were something
# ("the massacre of 10 former refugees"), and people who are not of a country ("Thousands of non-Cambodians were
# stranded": see _head)
_PEOPLE.update(dict.fromkeys("tribespeople tribesmen tribeswomen clansmen".split(), "all"))


def _singular(w: str) -> str | None:
    """The singular of a plural people noun ("staffers" -> "staffer", "policemen" -> "policeman",
    "witnesses" -> "witness"), None when the word is not a regular plural."""
    if w.endswith("men"):
        return w[:-3] + "man"
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "ches", "shes", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "ves")) and len(w) > 3:
        return w[:-1]
    return None


# Peoples named by descent or faith are read after "one" only as a demonym is ("one Serb and two Croats were
# hurt"), not as a noun: "one Palestinian source" is no count of people
_DESCENT_NOUNS = frozenset([*_PEOPLES_NAMED, "britons"])
# One of the people the lists above name, after "one": "one staffer", "one member", "one employee" (a singular
# counts only after "one", see _SINGULAR_HEADS; not a word that is also an adjective before a noun: "one general
# election", "one local source")
_HAND_SINGULARS = {s: pop for w, pop in _PEOPLE.items()
                   if " " not in w and w not in _DESCENT_NOUNS and (s := _singular(w)) and s not in _PEOPLE
                   and s not in ("general", "local", "other", "force")}  # ("one force": a side, not a man)
# Every other noun that names only people, from WordNet (see crosstally.lexicon): "mutineers", "commuters",
# "looters"; the lists above come first.
for _noun, _population in person_nouns().items():
    _PEOPLE.setdefault(_noun, _population)
_EVENTS = ("events", "not_applicable")
HEAD_NOUNS: dict[str, tuple[str | None, str, str]] = {
    **{w: (None, "people", pop) for w, pop in _PEOPLE.items()},
    "households": (None, "households", "all"), "families": (None, "households", "all"),
    **{w: ("killed", "people", "all") for w in ("deaths", "fatalities", "dead", "bodies", "lives", "martyrs",
                                                 "corpses", "killings", "murders", "homicides", "deceased",
                                                 # (and the dead by a word for the body: "left over 35 cadavers",
                                                 # "had seen one corpse being put into a body bag")
                                                 "cadavers", "cadaver", "corpse")},
    # killed and injured together: the ledger's `casualties`
    "casualties": ("casualties", "people", "all"), "civilian casualties": ("casualties", "people", "civilians"),
    **{w: ("injured", "people", "all") for w in ("injuries", "wounded", "injured")},
    **{w: ("displaced", "people", "all") for w in ("displaced", "refugees", "idps", "arrivals",
                                                    "new arrivals", "evacuees", "asylum seekers")},
    # people going home are counted, but are no longer displaced (the labelling conventions: `other`)
    **{w: ("other", "people", "all") for w in ("returnees", "returns", "returns home", "survivors")},
    # a count mixing the wounded with the sick is not a count of the injured
    **{w: ("other", "people", "all") for w in ("sick and wounded", "wounded and sick", "sick and injured",
                                               "injured and sick")},
    # a count of cases: of what, the words around say ("homicides ... 30 cases per month")
    "cases": (None, "people", "all"),
    # a church's people, a collective noun without a plural ("the rebels killed 78 faithful"): all, as worshippers
    "faithful": (None, "people", "all"),
    **{w: ("strikes", *_EVENTS) for w in ("airstrikes", "air strikes", "air-strikes", "strikes",
                                          "raids", "air raids", "bombing raids", "bombings", "shellings",
                                          "bombardments", "shelling attacks")},
    # attacks on the ground that are not strikes from the air or by artillery: events, metric `other`
    **{w: ("other", *_EVENTS) for w in (
        "car bombings", "suicide bombings", "suicide car bombings", "roadside bombings", "truck bombings",
        "suicide attacks", "suicide bomb attacks", "car bomb attacks", "ied attacks", "ambushes",
        "explosions", "blasts", "waves")},
    # attacks by their kind, counted as attacks are ("two stabbings", "two previous coup attempts"); a fatal
    # one is a person killed ("2,220 fatal shootings by police")
    **{w: ("incidents", *_EVENTS) for w in (
        "shootings", "mass shootings", "shooting attacks", "stabbings", "knife attacks", "gun attacks",
        "grenade attacks", "bomb attacks", "arson attacks", "coup attempts", "attempted coups", "shooting",
        "stabbing")},
    **{w: ("killed", "people", "all") for w in ("fatal shootings", "fatal stabbings", "fatal shooting",
                                                "fatal stabbing")},
    # breaches counted by monitors: events ("231 violations", "45 human rights abuses")
    **{w: ("other", *_EVENTS) for w in ("violations", "abuses", "human rights violations", "human rights abuses",
                                        "rights violations", "rights abuses", "ceasefire violations")},
    "executions": ("killed", "people", "all"),  # "12 summary executions": people executed
    # people taken, counted as acts: events, metric other ("Kidnappings (at least 395 ...)")
    **{w: ("other", *_EVENTS) for w in ("kidnappings", "abductions", "disappearances",
                                        "enforced disappearances", "cases of torture")},
    # "994 arrests", "1,503 confirmed arrests": the people arrested, as the labelled set counts them (all ten
    # such figures: unit people)
    **{w: ("other", "people", "all") for w in ("arrests", "detentions")},
    **{w: ("strikes", "munitions", "not_applicable") for w in (
        "bombs", "barrel bombs", "cluster bombs", "missiles", "cruise missiles", "rockets", "munitions",
        "drones", "shells", "mortar shells", "artillery shells", "mortars", "mortar rounds", "grenades",
        "glide bombs", "ballistic missiles",
        # bombs named by what carries or sets them off: "two car bombs detonated", "four vehicle bombs"
        "car bombs", "truck bombs", "vehicle bombs", "time bombs", "petrol bombs", "pipe bombs", "nail bombs",
        "roadside bombs", "suicide bombs", "letter bombs", "parcel bombs", "fire bombs", "firebombs",
        "explosive devices", "improvised explosive devices")},
    **{w: ("sorties", *_EVENTS) for w in ("sorties", "combat sorties", "combat flights", "combat missions")},
    # one of them: "one strike", "one missile" (only after "one": see _SINGULAR_HEADS)
    **{w: ("strikes", *_EVENTS) for w in ("strike", "airstrike", "air strike", "raid", "air raid")},
    **{w: ("strikes", "munitions", "not_applicable") for w in ("missile", "drone", "rocket", "bomb", "shell")},
    "attack": ("incidents", *_EVENTS),
    # one of them: "only one fatality", "one death" (only after "one")
    "fatality": ("killed", "people", "all"), "death": ("killed", "people", "all"),
    "casualty": ("casualties", "people", "all"),
    "other": (None, "people", "all"),  # "injured one other" (only after "one")
    **{w: ("targets_hit", "targets", "not_applicable") for w in (
        "targets", "facilities", "positions", "objects", "command posts", "command centres",
        "command centers", "depots", "ammunition depots", "weapons depots", "fuel depots",
        "training camps", "bunkers", "strongholds", "fortifications", "refineries")},
    # places counted: targets when struck ("targeted nine locations"), else not a figure ("sites", "camps")
    **{w: ("place", "targets", "not_applicable") for w in (
        "locations", "sites", "camps", "bases", "hideouts", "launch pads", "launchpads", "terror camps",
        "militant camps", "terrorist camps")},
    **{w: ("attacks_on_facilities", *_EVENTS) for w in (
        "attacks on hospitals", "attacks on medical facilities", "attacks on health facilities",
        "attacks on health care", "attacks on healthcare", "attacks on schools", "attacks on education",
        "attacks on educational facilities", "attacks on schools and hospitals", "attacks on hospitals and schools")},
    **{w: ("facility", "facilities", "not_applicable") for w in (  # see _HARM_RE
        "hospitals", "field hospitals", "medical facilities", "health facilities", "health centres",
        "health centers", "clinics", "civilian facilities", "schools", "mosques", "churches", "centres",
        "centers", "reception centres", "reception centers", "transit centres", "transit centers",
        "public buildings", "collective centres", "collective centers", "collective shelters")},
    # places people gather or guard, counted only when attacked ("blasts rocked three hotels", "stormed three
    # military installations", "killed at two shisha bars"): see _VENUE_HARM_RE; their count alone is none
    # ("one tourist hotel had to be evacuated"). Not shops, stores, houses or vehicles: the labels count their
    # looting or burning as property, not as attacks
    **{w: ("venue", "facilities", "not_applicable") for w in (
        "hotels", "bars", "nightclubs", "lounges", "police stations", "police posts", "compounds",
        "installations", "military installations", "barracks", "headquarters", "supermarkets", "synagogues",
        "temples", "embassies", "consulates", "polling stations", "prisons", "jails", "ministries",
        "pharmacies", "police substations")},
    "attacks": ("incidents", *_EVENTS), "incidents": ("incidents", *_EVENTS), "assaults": ("incidents", *_EVENTS),
    # massacres counted are events ("40 massacres in October"), their dead another count
    "massacres": ("incidents", *_EVENTS), "massacre": ("incidents", *_EVENTS),
    **{w: ("other", "countries", "not_applicable") for w in ("countries", "nations", "states")},
    # the countries victims come from, counted by their nationalities ("victims of 31 nationalities")
    "nationalities": ("other", "countries", "not_applicable"),
    # munitions by their general name: "fired 30 projectiles at the town"
    "projectiles": ("strikes", "munitions", "not_applicable"),
}
_HEADS = {tuple(k.split()): v for k, v in HEAD_NOUNS.items()}  # keyed by words, as _head reads them
# "local people" are the place's residents ("Two local people were killed"), as "locals" and "local
# residents" are: civilians
_HEADS[("local", "people")] = (None, "people", "civilians")
# the dead and the hurt named together as the count's noun: "more than 450 dead and wounded",
# "dozens of killed and injured" (the ledger's `casualties`, as the verbs together are)
for _first in ("dead", "killed", "injured", "wounded"):
    for _second in ("dead", "killed", "injured", "wounded"):
        if (_first in ("dead", "killed")) != (_second in ("dead", "killed")):
            for _join in ("and", "or"):
                _HEADS[(_first, _join, _second)] = ("casualties", "people", "all")
# "dozens of deaths and injuries", "120 injuries and deaths": the dead and the hurt as nouns together
for _first, _second in (("deaths", "injuries"), ("fatalities", "injuries")):
    for _join in ("and", "or"):
        _HEADS[(_first, _join, _second)] = _HEADS[(_second, _join, _first)] = ("casualties", "people", "all")
# Singular nouns of events and munitions count only after "one" ("one strike"; "2 attack
# helicopters" is not two attacks).
_SINGULAR_HEADS = frozenset(tuple(w.split()) for w in ("strike", "airstrike", "air strike", "raid", "air raid",
                                                        "missile", "drone", "rocket", "bomb", "shell", "attack",
                                                        "shooting", "stabbing", "fatal shooting", "fatal stabbing",
                                                        "other", "fatality", "death", "casualty", "massacre")) \
    | frozenset((w,) for w in _HAND_SINGULARS if (w,) not in _HEADS)
for _w, _pop in _HAND_SINGULARS.items():
    _HEADS.setdefault((_w,), (None, "people", _pop))
# One venue, after "one" only: "One police station had been gutted"
for _k, _v in list(_HEADS.items()):
    if _v[0] == "venue" and (_s := _singular(_k[-1])):
        _HEADS.setdefault((*_k[:-1], _s), _v)
        _SINGULAR_HEADS |= {(*_k[:-1], _s)}
# The singulars of places counted: after "one", a people's noun before one of them names the place, not a
# person ("one police station", "one tourist hotel", "one other bar", "one army base")
_PLACE_SINGULARS = frozenset(s for k, v in _HEADS.items() if v[0] in ("facility", "venue", "place", "targets_hit")
                             and (s := _singular(k[-1])))
# Words allowed between the number and its head noun ("140 Russian airstrikes");
# capitalised words are allowed too.
MODIFIERS = set(
    "more other additional further new civilian innocent young local unarmed armed air aerial "
    "terrorist militant rebel enemy military separate alleged suspected confirmed reported "
    "internally displaced wounded injured pro-government government regime coalition jihadist "
    "islamist combat field oil known top senior cluster munition artillery drone missile rocket "
    "mortar foreign elderly unidentified identified female male young fleeing trapped long-range "
    "short-range incoming ballistic suicide kamikaze attack guided hypersonic explosive own pregnant "
    "slain dead missing abducted kidnapped detained ordinary bomb roadside landmine terror returning returned "
    "voluntary assisted spontaneous physical "
    # who people are by descent or community, and how often or how badly: "hundreds of tribal people",
    # "tens of thousands of ethnic Albanians", "27 different countries", "seven serious assaults"
    "tribal ethnic indigenous different serious violent former".split())
# the state the dead are found in: "14 mutilated bodies", "five charred corpses"
MODIFIERS |= set("deadly fatal previous coordinated simultaneous masked hooded right-wing left-wing far-right far-left stray mostly largely predominantly human mutilated charred decomposed decomposing dismembered decapitated headless lifeless mangled bloated "
                 "disfigured unclaimed fallen black white".split())
# where the counted things are, beside them: "taken to five nearby hospitals", "two main hospitals"
MODIFIERS |= {"nearby", "neighbouring", "neighboring", "surrounding", "main", "major", "regional", "private", "public"}
# Attacks made from the air or with indirect fire are strikes ("nine cluster munition attacks",
# "drone attacks"); other attacks stay incidents.
_STRIKE_WEAPONS = frozenset("air aerial drone drones missile missiles rocket rockets cluster munition artillery "
                            "mortar barrel airstrike bombing shelling".split())

# Cue words: what happened to people (preferred), or to what the events were.
# Every inflection of each verb is listed: a cue is a word, not a stem. "Victims" is no cue:
# victims of what is said by the verb (killed, treated, missing), as the labelling conventions
# read "treated 19 victims" (other) and "eight victims ... in critical condition" (injured).
PEOPLE_CUES = {
    **dict.fromkeys("kill killed killing kills dead died dies dying death deaths toll fatality "
                    "fatalities lives massacred slain perished executed martyred buried murdered "
                    "slaughtered beheaded lynched assassinated succumbed eliminated homicides homicide "
                    "burnt burned martyrdom execution executions massacre drowned butchered slaughtering massacring slaying "
                    "slayings decapitated decapitating".split(), "killed"),
    **dict.fromkeys("wounded wounding wounds wound injured injuring injures injure injury injuries hurt hurting "
                    "maimed hospitalised hospitalized burns".split(), "injured"),
    **dict.fromkeys("displaced displacing displacement displaces displace fled flee fleeing flees uprooted "
                    "uprooting homeless stranded camp camps shelter shelters sheltering sheltered "
                    "refuge migrated escaping".split(), "displaced"),
    # what else happens to people: metric `other`, counted in people. "Neutralized" is killed,
    # captured or surrendered (the labelling conventions: `other`); people evacuated, treated,
    # rescued or returning home are counted, but not as killed, injured or displaced.
    **dict.fromkeys("missing abducted abduct abducts abducting kidnapped kidnap kidnaps kidnapping detained "
                    "detain detaining arrested arrest arresting apprehended apprehend apprehending captured capture "
                    "capturing hostage hostages "
                    "trapped rescued rescue rescuing freed released surrendered surrendering repented "
                    "unaccounted disappeared disappearances survived survivors survivor surviving "
                    "neutralised neutralized neutralising neutralizing evacuated evacuate evacuates "
                    "evacuating evacuation treated treating returned returning exchanged swapped repatriated "
                    "tortured raped recruited conscripted enslaved trafficked".split(), "other_people"),
    # the dead by another name: "one of the deceased", "two casualties, one fatal"
    **dict.fromkeys(("deceased", "fatal"), "killed"),
}
# a headline's present tense: "Three soldiers die in blast", "Two commandos die from mortar wounds"
# (the count's own verb, before the wounds they died of)
PEOPLE_CUES["die"] = "killed"
# "147 students perish in varsity attack"
PEOPLE_CUES["perish"] = "killed"
# the military's abbreviations, in capitals only (not the carmaker Kia): "announced 50 KIA", "12 WIA", "two MIA"
_ABBREVIATED_CUES = {"kia": "killed", "wia": "injured", "mia": "other_people"}
PEOPLE_CUES.update(_ABBREVIATED_CUES)
# lives saved, not lost: "credited with saving thousands of lives", "worked to save the lives of more than 70 people"
_SAVED_LIVES_BEFORE = re.compile(r"(?<![a-z])(?:sav(?:e|es|ed|ing)|spar(?:e|es|ed|ing))\s+(?:the\s+)?"
                                 r"(?:[\w,-]+\s+){0,3}?\Z")


def _lives_saved(low: str, at: int) -> bool:
    """Whether the word "lives" at ``at`` (lower case) is of lives saved, not lost."""
    return low.startswith("lives", at) and bool(_SAVED_LIVES_BEFORE.search(low, max(0, at - 50), at))
# a charge, not a killing: "thirty [30] (arrests) related to homicide", "arrested for homicide", "homicide charges"
_CHARGE_BEFORE = re.compile(r"(?<![a-z])(?:related\s+to|for|on|over|with|(?:accused|convicted|suspected)\s+of)\s+"
                            r"(?:attempted\s+)?\Z")
_CHARGE_AFTER = re.compile(r"[\s-]*(?:related|charges?|suspects?|warrants?)(?![a-z])")
# (not a forecast: "Up to 500,000 children could die", "Thousands more will die unless ...")
_DIE_FORECAST_BEFORE = re.compile(r"(?<![a-z])(?:could|may|might|will|would|can|shall|won[’']t|risks?(?:\s+to)?|risking"
                                  r"|(?:likely|expected|set|going|feared|predicted|projected)\s+to)"
                                  r"\s+(?:(?:also|still|soon|yet|otherwise|eventually|not)\s+)?$")
# people convicted, sentenced or jailed are counted for what the courts did to them, not for the killings
# they were tried for ("only two officers have been convicted over the killings"): metric other
_COURT_CUES = frozenset("convicted sentenced jailed imprisoned prosecuted indicted".split())
PEOPLE_CUES.update(dict.fromkeys(_COURT_CUES, "other_people"))
# (a cue only as a verb: right before a noun they describe people, "Two imprisoned journalists died",
# "12 jailed protesters", and the count's fate is its own verb's)
_COURT_ADJECTIVE = re.compile(r"[ \t]+([a-z-]+)")
EVENT_CUES = {
    **dict.fromkeys("airstrikes strikes raids bombing bombings bombardment bombardments".split(), "strikes"),
    "sorties": "sorties", "targets": "targets_hit",
    # events counted for what they did to people, and munitions stopped before they hit
    **dict.fromkeys("kidnappings abductions".split(), "other_events"),
    **dict.fromkeys("intercepted downed".split(), "other_munitions"),
}
# Cue kinds that are not a metric of the ledger: (metric, unit).
_CUE_KINDS = {"other_people": ("other", "people"), "other_events": ("other", "events"),
              "other_munitions": ("other", "munitions")}
# Cues of more than one word, checked where their first word is seen (a word may start
# several: the first pattern that matches wins).
# (a hospital's name may come first: "rushed to the Saint Anne General Hospital")
_TO_HOSPITAL_CUE = (re.compile(r"(?:rushed|taken|brought|transported|ferried|airlifted|admitted|sent)\s+to\s+"
                               r"(?:the\s+|a\s+)?(?:[a-z-]+\s+){0,3}?(?:hospitals?|clinics?)(?![a-z])"
                               r"(?!\s+(?:morgue|mortuary|for\s+tests))"),
                    "injured")
# bones and limbs, broken: "suffered broken arms and legs"
_BODY_PARTS = (r"(?:arms?|legs?|bones?|ribs?|limbs?|noses?|jaws?|hands?|skulls?|necks?|backs?|fingers?|feet|foot|teeth"
               r"|hips?|shoulders?|wrists?|ankles?)")
_PHRASE_CUES = {
    "driven": (re.compile(r"driven\s+(?:from|out)"), "displaced"),
    "attacks": (re.compile(r"attacks?\s+on\s+(?:hospitals|medical|health|schools|education)"), "attacks_on_facilities"),
    "attack": (re.compile(r"attacks?\s+on\s+(?:hospitals|medical|health|schools|education)"), "attacks_on_facilities"),
    "combat": (re.compile(r"combat\s+flights"), "sorties"),
    "from": (re.compile(r"from\s+their\s+homes"), "displaced"),  # "forcing 25,000 people from their homes"
    # (and a place named before its noun: "have left the Kursk Region's border districts")
    "left": (re.compile(r"left\s+(?:(?:the|their)\s+(?:[a-z-]+(?:['’]s)?\s+){0,3}?(?:town|towns|city|cities|village"
                        r"|villages|homes?|areas?|regions?|districts?|settlements?|neighbourhoods?|neighborhoods?|camps?)"
                        r"|homeless)(?![a-z])"), "displaced"),
    # "3,000 killed and 100,000 made homeless", "20 families rendered homeless"
    **dict.fromkeys(("made", "rendered"), (re.compile(r"(?:made|rendered)\s+homeless(?![a-z])"), "displaced")),
    "arrived": (re.compile(r"arrived\s+(?:in|at|into|from|today|yesterday|overnight|safely|here|there)(?![a-z])"),
                "displaced"),
    # displaced people staying with others: "settled with host families", "hosted by"
    "host": (re.compile(r"host\s+(?:families|family|communities|community)(?![a-z])"), "displaced"),
    "hosted": (re.compile(r"hosted(?![a-z])"), "displaced"),
    "arriving": (re.compile(r"arriving\s+(?:in|at|every|each|daily)(?![a-z])"), "displaced"),
    # "have sought protection abroad", "seeking asylum"
    **dict.fromkeys(("sought", "seeking", "seek", "seeks"), (re.compile(
        r"(?:sought|seeking|seeks?)\s+(?:[a-z]+\s+)?(?:protection|asylum|safety|sanctuary|refuge|shelter)(?![a-z])"), "displaced")),
    # people in need (the labelling conventions: `other`): "an estimated 25 million need humanitarian assistance"
    **dict.fromkeys(("need", "needs", "needed", "needing", "require", "requires", "required", "requiring"), (re.compile(
        r"(?:need(?:s|ed|ing)?|requir(?:e|es|ed|ing))\s+(?:urgent\s+|immediate\s+|life-saving\s+|lifesaving\s+)?"
        r"(?:humanitarian|food|emergency|medical|protection|relief)?\s*(?:assistance|aid|help|support|protection)"
        r"(?![a-z])"), "other_people")),
    # "some 2,000 took refuge in the church", "sought shelter in schools"
    **dict.fromkeys(("took", "taking"), (re.compile(r"(?:took|taking)\s+(?:refuge|shelter)(?![a-z])"), "displaced")),
    # people in flight as a stream: "streamed out of the province", "pouring across the border"
    **dict.fromkeys(("streamed", "streaming", "poured", "pouring"), (re.compile(
        r"(?:stream|pour)(?:ed|ing)\s+(?:out|into|across|over|from|towards?)(?![a-z])"), "displaced")),
    **dict.fromkeys(("crossed", "crossing"), (re.compile(r"cross(?:ed|ing)\s+(?:into|the\s+border|over|at|from)"
                                                         r"(?![a-z])"), "displaced")),
    "lost": (re.compile(r"lost(?!\s+(?:(?:their|his|her|my|our|its|the|all)\s+)?(?:homes?|houses?|everything"
                        r"|livelihoods?|contact|jobs?|track|access|power|control|ground|property|belongings"
                        r"|territory|positions?)(?![a-z]))"), "killed"),  # "lost his wife and three children"
    "shot": [(re.compile(r"shot\s+down"), "other_munitions"),
             # "gunmen shot 23 people in the market, killing nine": the shot, the dead among them (casualties)
             (re.compile(r"shot(?=\s+(?:(?:at\s+least|about|around|some|nearly|more\s+than|over)\s+)?(?:\d|[a-z]+\s)"
                         r"[^.;:!?]{0,100}?(?:,\s+(?:killing|leaving)\s|[;,]\s+(?:[a-z0-9,]+\s+){1,2}of\s+(?:them|whom)"
                         r"\s+(?:later\s+)?(?:died|were\s+killed|have\s+died|had\s+died)(?![a-z])))"), "casualties"),
             (re.compile(r"shot\s+at(?![a-z])"), "other_people"),  # "had shot at dozens of fleeing people"
             # a count's own verb with no noun: "three shot dead", "44 shot and wounded"
             (re.compile(r"shot\s+(?:dead|and\s+killed)(?![a-z])"), "killed"),
             (re.compile(r"shot\s+and\s+(?:wounded|injured|hurt)(?![a-z])"), "injured")],
    "taken": [(re.compile(r"taken\s+(?:hostage|captive|prisoner)"), "other_people"), _TO_HOSPITAL_CUE],
    # beaten to death (the dead) or beaten up (the hurt): "a further 36 beaten up"
    "beaten": [(re.compile(r"beaten\s+to\s+death(?![a-z])"), "killed"), (re.compile(r"beaten\s+up(?![a-z])"), "injured")],
    # killed by the knife: "his wife and three children had their throats slashed"
    **dict.fromkeys(("throats", "throat"), (re.compile(r"throats?\s+(?:were\s+|was\s+)?(?:slashed|slit|cut)(?![a-z])"),
                                           "killed")),
    # alive but dying, the hurt (not the dead "death" would make them): "four others were on the brink of death",
    # "two are near death" ("near death" is the word "death"'s own phrase: "near" and "close" are too common to be
    # cue words, which are no noun's modifiers: "his seven close friends")
    **dict.fromkeys(("brink", "verge"), (re.compile(r"(?:brink|verge)\s+of\s+death(?![a-z])"), "injured")),
    "death": (re.compile(r"(?:(?<=near )|(?<=near-)|(?<=close to ))death(?![a-z])"), "injured"),
    # "have been victims of homicidal violence": the killed
    "homicidal": (re.compile(r"homicidal\s+(?:violence|attacks?|acts?)(?![a-z])"), "killed"),
    "gunned": (re.compile(r"gunned\s+down"), "killed"),
    # "the loss of 3,000-4,500 Japanese troops", "led to the loss of 300 lives": the dead
    "loss": (re.compile(r"loss\s+of(?=\s+(?:(?:about|some|over|more\s+than|at\s+least|nearly|almost|around|roughly"
                        r"|up\s+to|an\s+estimated)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+ty"
                        r"|hundreds|thousands|dozens|scores)(?![a-z])))"), "killed"),
    # "four fallen marines", "the fallen soldiers": the dead of a force
    "fallen": (re.compile(r"fallen(?=\s+(?:[a-z]+\s+)?(?:soldiers?|troops|marines?|servicemen|servicemembers|sailors"
                          r"|airmen|officers?|policemen|comrades|fighters|heroes|firefighters)(?![a-z]))"), "killed"),
    # "with total casualties at about 7,400", "casualties stood at 300": a count of the killed and wounded
    "casualties": (re.compile(r"casualties\s+(?:at|of|stood\s+at|reached|totall?ed|numbered|were\s+put\s+at"
                              r"|put\s+at)(?=\s+(?:(?:about|some|over|more\s+than|at\s+least|nearly|almost|around"
                              r"|roughly|an\s+estimated)\s+)?\d)"), "casualties"),
    # (people sent to a hospital to do something there are not its patients: "sent to the hospital to assess")
    "sent": [(re.compile(r"sent\s+to\s+(?:hell|their\s+deaths?)(?![a-z])"), "killed"),  # a military statement's idiom
             (re.compile(_TO_HOSPITAL_CUE[0].pattern + r"(?!(?:\s+[\w-]+){0,3}?\s+to\s+(?!the\s|a\s|an\s|his\s|her\s"
                         r"|their\s|its\s|be\s|receive\s|get\s|undergo\s)[a-z]+(?![a-z]))"), "injured")],
    "paid": (re.compile(r"paid\s+the\s+(?:supreme|ultimate)\s+(?:price|sacrifice)(?![a-z])"), "killed"),
    # the hurt, by where they were taken: "four others were rushed to the hospital"
    **dict.fromkeys(("rushed", "brought", "transported", "ferried", "airlifted"), _TO_HOSPITAL_CUE),
    # "five others sustained various degrees of injury", "suffered gunshot wounds"
    # (but wounds called fatal or mortal are deaths: "two police officers received fatal gunshot wounds")
    **dict.fromkeys(("sustained", "suffered", "sustaining", "suffering", "received", "receiving"), [
        (re.compile(r"(?:sustain|suffer|receiv)(?:ed|ing)\s+(?:(?:a|the|their|his|her)\s+)?(?:fatal|mortal|deadly"
                    r"|lethal)\s+(?:[a-z-]+\s+){0,2}?(?:injury|injuries|wounds?)(?![a-z])"), "killed"),
        (re.compile(r"(?:sustain|suffer)(?:ed|ing)\s+(?:[a-z-]+\s+){0,4}?(?:injury|injuries|wounds|burns|fractures"
                    r"|broken\s+(?:[a-z]+\s+){0,2}?" + _BODY_PARTS + r")(?![a-z])"), "injured")]),
    # "had their legs and arms broken", "had his hand amputated": the hurt
    "had": (re.compile(r"had\s+(?:their|his|her)\s+(?:[a-z]+\s+){0,4}?(?:broken|fractured|amputated|severed|crushed)"
                       r"(?![a-z])"), "injured"),
    "found": [(re.compile(r"found\s+alive"), "other_people"), (re.compile(r"found\s+dead"), "killed")],
    "admitted": (re.compile(r"admitted\s+(?:to|in|into)\s+(?:[a-z-]+\s+){0,4}?(?:hospitals?|clinics?|intensive\s+care"
                            r"|medical\s+(?:centres?|centers?|facilities))(?![a-z])"), "injured"),
    # escaped from a place or from the fighting (not "escaped unhurt", not prisoners who escaped); those who
    # escaped an attack itself survived it (metric other): "39 escaped the shooting"
    "escaped": [(re.compile(r"escaped\s+(?:the\s+|an?\s+)?(?:[a-z-]+\s+)?(?:attacks?|shooting|massacre|blast|explosion"
                            r"|assault|ambush|gunfire|raid)(?![a-z])"), "other_people"),
                (re.compile(r"escaped\s+(?:from\s+)?(?:the\s+|their\s+)?(?:[a-z-]+\s+)?(?:war|fighting|violence|conflict"
                            r"|zones?|areas?|regions?|towns?|city|cities|villages?|country|siege|bombing|bombardment"
                            r"|shelling|clashes|homes?)(?![a-z])"), "displaced")],
    # "in critical condition", "in mild condition": the injured, by their state
    **dict.fromkeys(("critical", "serious", "moderate", "mild", "stable", "grave", "severe", "light"),
                    (re.compile(r"(?:critical|serious|moderate|mild|stable|grave|severe|light)\s+conditions?(?![a-z])"),
                     "injured")),
}
# people held: "three men and one woman are in custody", "two were taken into custody" (metric other)
_PHRASE_CUES["custody"] = (re.compile(r"(?:(?<=in )|(?<=into )|(?<=police )|(?<=military ))custody(?![a-z])"),
                           "other_people")
# suspects not yet caught (the labelling conventions: `other`): "eight were still at large", "eight others are on the
# loose", "eight were still on the run"
_PHRASE_CUES["large"] = (re.compile(r"(?<=at )large(?![a-z])"), "other_people")
_PHRASE_CUES["run"] = (re.compile(r"(?<=on the )run(?![a-z])"), "other_people")
_PHRASE_CUES["loose"] = (re.compile(r"(?<=on the )loose(?![a-z])"), "other_people")
# escaped inmates or suspects caught again: "17 people were killed, three were caught and 57 were still at large" (not
# "caught in the crossfire", "caught up in the violence")
_PHRASE_CUES["caught"] = (re.compile(r"(?:(?<=were )|(?<=was )|(?<=been )|(?<=being ))caught"
                                     r"(?!\s+(?:in|up|between|on|by|fire|off)(?![a-z]))(?![a-z])"), "other_people")
# People expelled from a place are displaced: "5,000 people were expelled from the town", "the expulsion of
# 100,000 ethnic Varnians from the region", "expelled from Ostrava" (a bare name); not members expelled from a
# party, students from a school, journalists from a hall, nor a country expelling diplomats (no "from" a place)
_PLACE_NOUNS = (r"homes?|houses?|lands?|countries|country|regions?|areas?|territory|territories|towns?|city|cities"
                r"|villages?|provinces?|states?|districts?|enclaves?|valleys?|camps?|neighbou?rhoods?|zones?|islands?")
_NOT_PLACE = (r"party|school|university|college|club|league|union|parliament|power|office|government|army|group"
              r"|church|team|court|meeting|conference|talks|competition|tournament")


def _a_place_after(preposition: str) -> str:
    """A lookahead: ``preposition`` ("from") then a place, a noun of places ("their homes") or a bare name (not a
    party, a school), within the clause."""
    return (rf"(?=(?:\s+[^.;:!?]{{0,80}}?)?\s+{preposition}\s+(?:(?:the|their|its|his|her|that|this|these|those)\s+"
            rf"(?:[a-z-]+\s+)?(?:{_PLACE_NOUNS})|(?!(?:the|a|an|their|its|his|her|that|this|these|those|{_NOT_PLACE})"
            rf"(?![a-z]))[a-z-]+(?![a-z-])(?!(?:\s+[a-z-]+)?\s+(?:{_NOT_PLACE})(?![a-z])))(?![a-z]))")


_EXPELLED_FROM = _a_place_after("from")
# (or a count of people right after "the expulsion of": "expulsion of some 200,000 Congolese in the past two weeks")
_A_COUNT_NEXT = r"(?=\s+(?:(?:some|about|around|nearly|almost|over|up\s+to|at\s+least|more\s+than)\s+)?\d)"
# (nor people expelled by their office or calling, as persons, not driven from their homes: "expelled 20
# diplomats from Moscow", "three journalists were expelled from Kabul", "40 foreign aid workers")
_EXPELLED_AS_PERSONS = frozenset("diplomats diplomat envoys envoy journalists journalist reporters "
                                 "correspondents workers staff staffers officials official students pupils members "
                                 "observers monitors inspectors missionaries employees experts advisers advisors "
                                 "delegates representatives consuls attaches executives volunteers".split())
for _w in ("expelled", "expelling", "expel", "expels"):
    _PHRASE_CUES[_w] = (re.compile(rf"expel(?:led|ling|s)?{_EXPELLED_FROM}"), "displaced")
_PHRASE_CUES["expulsion"] = (re.compile(rf"expulsions?\s+of(?:{_EXPELLED_FROM}|{_A_COUNT_NEXT})"), "displaced")
# People deported are displaced, sent out of the country they lived in: "the Dominican Republic deported more than
# 174,000 people", "has deported or repatriated nearly 11,000 Haitians", "the deportation of 5,000 migrants"; not
# a plan or a threat ("would deport up to 10,000 Haitians a week", "plans to deport", "will be deported", "would
# start massive deportations of Haitians": a deportation's count only when it follows at once), nor persons
# deported as their office or calling ("deported two diplomats")
_DEPORT_CUE = (re.compile("".join(rf"(?<!{w} )(?<!{w} be )" for w in ("to", "will", "would", "could", "may", "might",
                                                                     "shall", "can", "must"))
                          + rf"deport(?:(?:ed|ing)(?:\s+(?:or|and)\s+(?:repatriated|expelled|returned))?"
                          rf"|ations?\s+of{_A_COUNT_NEXT})(?![a-z])"), "displaced")
for _w in ("deported", "deporting", "deportation", "deportations"):
    _PHRASE_CUES[_w] = _DEPORT_CUE
# People driven out of a place: "accuse security forces of driving hundreds of residents out of Awamiya", "drove
# 2,000 people from their villages", "forcing 300 families out of their homes" (not out of a party, a school)
_DRIVEN_OUT_OF = _a_place_after(r"(?:from|out\s+of)")
for _w in ("driving", "drove", "drive", "drives", "chased", "chasing", "forcing"):
    _PHRASE_CUES[_w] = (re.compile(rf"(?:driv(?:e|es|ing)|drove|chas(?:ed|ing)|forcing){_DRIVEN_OUT_OF}"), "displaced")
# People forcibly removed, or removed to make way for something built: "About 2,000 islanders were forcibly removed
# between 1965 and 1973", "had been removed in 1971 to make way for the US base"
_PHRASE_CUES["forcibly"] = (re.compile(r"forcibly\s+(?:removed|evicted|expelled|deported|displaced|relocated|transferred"
                                       r"|uprooted|resettled|moved)(?![a-z])"), "displaced")
_PHRASE_CUES["removed"] = (re.compile(r"removed\s+(?:[a-z0-9]+\s+){0,3}?to\s+make\s+way(?![a-z])"), "displaced")
_PHRASE_CUES["forced"] = (re.compile(rf"forced(?:\s+(?:from|out\s+of)\s+their\s+homes|{_DRIVEN_OUT_OF})"), "displaced")
# People given a roof: "Dozens of families have been given temporary accommodation in a new housing complex"
_PHRASE_CUES["given"] = (re.compile(r"given\s+(?:temporary\s+|emergency\s+|alternative\s+)?(?:accommodation|shelter"
                                    r"|housing|refuge)(?![a-z])"), "displaced")
# shot or stabbed to death: "nine people fatally shot by police", "two were fatally stabbed"
_PHRASE_CUES["fatally"] = (re.compile(r"fatally\s+(?:shot|stabbed|wounded|injured|hit|struck|beaten|burned|burnt|gunned"
                                      r"\s+down|run\s+over)(?![a-z])"), "killed")
# wounded so that they died of it: "two soldiers were mortally wounded" (the dead, not the injured)
_PHRASE_CUES["mortally"] = (re.compile(r"mortally\s+(?:wounded|injured|hurt|shot|stabbed|burned|burnt)(?![a-z])"),
                            "killed")
# the wounded by where they are: "nine are still in hospital", "taken to (the) hospital"
# (people who are, remain or were in hospital; not "marched to the hospital", "doctors at work in hospital")
_PHRASE_CUES["hospital"] = (re.compile(r"(?:(?<=are in )|(?<=were in )|(?<=still in )|(?<=remain in )|(?<=remains in )"
                                       r"|(?<=remained in )|(?<=now in )|(?<=are in the )|(?<=were in the )"
                                       r"|(?<=still in the ))hospital(?![a-z])"), "injured")
# (and "A total of about 800 people are in hospitals")
_PHRASE_CUES["hospitals"] = (re.compile(_PHRASE_CUES["hospital"][0].pattern.replace("hospital(?!", "hospitals(?!")),
                             "injured")
# words that end a noun's "of" phrase as a verb would ("members of the family were killed and ..."); -ed words that
# are a force's or a body's adjectives, not verbs ("members of the armed forces and three civilians")
_CLAUSE_VERB_WORDS = frozenset("was were is are has have had been be died die dies said says fled".split())
_ED_ADJECTIVES = frozenset("armed united organised organized advanced related allied specialised specialized "
                           "elected appointed".split())
# A count right after "by" a verb of harm, or "by a group of": those who did it ("killed by a group of 30 young men",
# "were shot dead by 12 gunmen")
_BY_AGENTS_BEFORE = re.compile(r"(?<![a-z])(?:killed|shot|wounded|injured|attacked|murdered|massacred|slain|hacked|stabbed"
                               r"|beaten|abducted|kidnapped|dead|carried\s+out|committed|perpetrated)\s+by\s+"
                               r"(?:(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:group|gang|band|mob|crowd|team|unit|squad|cell)\s+of\s+)?\Z")
# "four people had been transferred to a hospital in Eastport for surgery", "We had four children transferred to
# Millbrook Children's Hospital", "were rushed to hospital": the wounded, by where they were taken
_TO_HOSPITAL = (r"\s+to\s+(?:a\s+|the\s+)?(?:[\w'’-]+\s+){0,4}?(?:hospitals?|clinics?|medical\s+(?:centres?|centers?"
                r"|facilities|facility))(?![a-z])(?!['’]s)(?!\s+(?:morgues?|mortuar(?:y|ies)))")


def _add_phrase_cue(word: str, cue: tuple, first: bool = False) -> None:
    """Give ``word`` another phrase cue beside those it has (a cue or a list of them), tried first or last."""
    had = _PHRASE_CUES.get(word)
    had = had if isinstance(had, list) else [had] if had is not None else []
    _PHRASE_CUES[word] = [cue, *had] if first else [*had, cue]


for _w in ("transferred", "rushed", "admitted", "airlifted", "brought", "evacuated", "taken", "transported"):
    _add_phrase_cue(_w, (re.compile(_w + _TO_HOSPITAL), "injured"), first=True)
# People evacuated from where they live or because of the fighting are displaced ("10,000 people were evacuated ...
# from their cities", "evacuated from nine border areas", "have been evacuated due to attacks"), as the count's own
# verb far after it; patients evacuated to a clinic and people waiting to be evacuated are not (`other`). (Not "to
# safer areas" alone: "Thousands were at the station, as residents were being evacuated to safer areas" is another
# subject's verb; a count right before "were evacuated" is read as displaced below, see _EVACUATED_AFTER.)
_EVACUATED_AWAY = (re.compile(
    rf"evacuated\s+(?:[a-z-]+\s+){{0,4}}?(?:(?:from|out\s+of)\s+(?:(?:the|their|its|his|her|all|[a-z]+['’]s)\s+)?"
    rf"(?:[a-z'’-]+\s+){{0,3}}?(?:{_PLACE_NOUNS}|settlements?|border)(?![a-z])"
    r"|(?:due\s+to|because\s+of|amid|over)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?:attacks?|shelling|fighting|clashes|violence|bombardments?|bombings?|strikes?|hostilities|offensive|incursion"
    r"|threats?|danger))"), "displaced")
_add_phrase_cue("evacuated", _EVACUATED_AWAY)
# people housed by the state after flight: "10,000 people ... are in 179 temporary accommodation centers"
_PHRASE_CUES["accommodation"] = (re.compile(r"accommodation\s+(?:cent(?:re|er)s?|points?|facilities|sites?|camps?)"
                                            r"(?![a-z])"), "displaced")
# "200 people needed hospital treatment", "required medical treatment": the wounded (before the need of aid,
# which is `other`); "Another 71 people have already been discharged" (from hospital): the wounded
# (not "need medical care": aid)
_TREATMENT = (re.compile(r"(?:needed|required|receiv(?:ed|ing))\s+(?:urgent\s+|emergency\s+)?(?:hospital|medical)"
                         r"\s+treatment(?![a-z])"), "injured")
for _w in ("need", "needs", "needed", "needing", "require", "requires", "required", "requiring", "received",
           "receiving"):
    _add_phrase_cue(_w, _TREATMENT, first=True)
# "Up to 50 people ... have sought medical assistance due to the blaze": the hurt, by the care they sought (not
# "sought refuge": the displaced, tried after this)
_SOUGHT_CARE = (re.compile(r"(?:sought|seeking|seeks?)\s+(?:urgent\s+|emergency\s+)?(?:medical|hospital)\s+"
                           r"(?:assistance|treatment|help|care|attention)(?![a-z])"), "injured")
for _w in ("sought", "seeking", "seek", "seeks"):
    _add_phrase_cue(_w, _SOUGHT_CARE, first=True)
_PHRASE_CUES["discharged"] = (re.compile(r"(?<=been )discharged(?![a-z])(?!\s+(?:from\s+(?!(?:the\s+|a\s+)?(?:hospitals?"
                                         r"|clinics?|medical))|(?:over|for|their|his|her|its)(?![a-z])))"), "injured")
# what a list says of them: "two were listed as missing", "four are registered as dead"
_PHRASE_CUES["listed"] = [(re.compile(r"listed\s+as\s+(?:missing|unaccounted|disappeared)(?![a-z])"), "other_people"),
                          (re.compile(r"listed\s+as\s+(?:dead|killed|deceased)(?![a-z])"), "killed"),
                          (re.compile(r"listed\s+as\s+(?:injured|wounded)(?![a-z])"), "injured")]
_PHRASE_CUES["registered"] = [(re.compile(p.pattern.replace("listed", "registered", 1)), m) for p, m in _PHRASE_CUES["listed"]]
# a country or town that took people in: "Ruritania has taken in 300,000", "took in some 40,000"
# (only right before a number: "taken in for questioning" is no cue)
_TOOK_IN = (re.compile(r"(?:taken|took|taking|takes|take)\s+in\s+(?=(?:(?:some|about|around|nearly|almost|over"
                       r"|more\s+than|an\s+estimated|at\s+least)\s+)?\d)"
                       # (not people taken in by the police: "took in 25 suspects for questioning")
                       r"(?![^.;:\n]*?(?<![a-z])(?:suspects?|detainees?|recruits?|prisoners?|captives?|for\s+(?:further\s+)?"
                       r"(?:questioning|interrogation|custody)|into\s+custody)(?![a-z]))"), "displaced")
for _w in ("taken", "took", "taking", "takes", "take"):
    _add_phrase_cue(_w, _TOOK_IN)
# "left for dead" is alive: checked with "left" before its other meaning
_add_phrase_cue("left", (re.compile(r"left\s+for\s+dead"), "other_people"), first=True)
# A count of facilities is a count of attacks on them only with a word of attack close by;
# "damaged" or "destroyed" alone says what state they are in (metric `other`, as the
# labelling conventions count "146 civilian facilities were damaged").
_HARM_RE = re.compile(r"(?<![a-z])(?:struck|hit|attacked|bombed|targeted|shelled|shelling|shells"
                      r"|attacks?|strikes?|raids?|airstrikes?|bombings?|bombardment)(?![a-z])")
# ... and for a venue, also the words of an armed attack on the ground or of a riot
_VENUE_HARM_RE = re.compile(r"(?<![a-z])(?:stormed|storming|rocked|ransacked|sacked|plundered|torched|burned|burnt"
                            r"|set\s+(?:fire|ablaze|alight)|gunfire|opened\s+fire|shooting|shootings|blasts?"
                            r"|explosions?|explosives|grenades?|raided|overran|overrun|gutted|killed|killing|shot)(?![a-z])")
_HARM_WINDOW = 45
# A count of people by where they are, after a count of them: "There are about 20,000 in the village of Soa",
# "8000 are in the town of Kefamenanu" (a place named, with a capital, maybe after its kind)
_THERE_BEFORE = re.compile(r"(?<![a-z])there\s+(?:are|were|is|was|are\s+now|have\s+been|had\s+been)\s+(?:another\s+)?$")
_FOUND_IN_AFTER = re.compile(r"\s+(?:are|were)\s+(?:now\s+|still\s+)?in\s")
_PLACE_NAMED_AFTER = re.compile(r"\s+in\s+(?:the\s+(?:town|village|city|camp|district|region|province|area|capital)"
                                r"\s+of\s+)?[A-Z][a-z]")
_WHERE_WINDOW = 250
_AND_ANOTHER_IN = re.compile(r"\s+in\s+[^,;.\d]*?\s+and\s+(?:another\s+)?")  # "... in Soa and another 20,000 in Betun"
_HARM_CUT = re.compile(r"(?<![a-z])(?:one|some|two|three|four|five|several|many|most|all|none)\s+of\s+(?:them|which|whom)"
                       r"(?![a-z])|\d")
# Words between a number (or its noun) and its verb: "nine more were wounded".
_PREDICATE_GAP = re.compile(
    r"(?:\s+(?:more|others?|people|were|was|are|is|have|has|had|having|been|being|also|reportedly|later|all"
    r"|now|since|feared|believed|confirmed|reported|being|found|remain|remained|remains|still|went|already"
    r"|officially|apparently|presumably|allegedly"
    # the register they are in: "79 were confirmed as injured", "77 people were recorded injured"
    r"|(?:recorded|listed|counted|registered|confirmed)(?:\s+as)?"
    # the state they are in: "3 in moderate condition", "7 with physical injuries", "22 physically injured"
    r"|in|with|for|physical|minor|light|serious|severe|multiple|gunshot|shrapnel|physically|seriously|critically"
    r"|severely|lightly"
    r"|slightly|moderately|gravely|badly|mortally|fatally))*\s+")
# A passive relative clause is the number's own predicate too: "treating 65 people who were wounded"
_WHO_PREDICATE_GAP = re.compile(r"\s+(?:who|that)(?=\s+(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s)"
                                + _PREDICATE_GAP.pattern)
# A noun of death before the count: "the killing of two police personnel who were beaten up" (killed, whatever the
# relative clause says befell them first)
_DEATHS_OF_BEFORE = re.compile(r"(?<![a-z])(?:killings?|deaths?|murders?|massacre|slaying)\s+of\s+(?:the\s+|another\s+)?\Z")
# A noun's relative clause in the past perfect, then the main verb: "refugees who had fled the town were killed"
_WHO_HAD_CLAUSE = re.compile(r"\s+(?:who|that)\s+(?:had|have|has)\s+[a-z]+(?:\s+[a-z'’-]+){0,14}?"
                             r"\s+(?:were|was|had\s+been|have\s+been)\s+(?:(?:all|also|reportedly|later)\s+)?")
_MEDICAL_AFTER = re.compile(
    r"\s+(?:working|employed|serving|volunteering)\s+(?:for|at|in|with)\s+(?:the\s+|a\s+)?"
    r"(?:ministry\s+of\s+health|health\s+ministry|hospital|clinic|red\s+(?:cross|crescent)|ambulance"
    r"|medical|health)(?![a-z])")
_MORE = re.compile(r"\s+more(?![a-z])")
_MORE_FATE = re.compile(r"\s+more\s+(?:(?P<killed>died|(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:killed|shot\s+dead))"
                        r"|(?P<injured>(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:wounded|injured)))(?![a-z])")
_MORE_THEN_VERB = re.compile(r"\s+more\s+(?:were|was|are|is|have|has|had|will|would|could|died|[a-z]+ed)(?![a-z])")
# Between a verb and the number it governs: a qualifier, "another" ("abducting around another 150").
_GOVERN_GAP = re.compile(rf"[ \t]+(?:(?:{'|'.join(re.escape(w).replace(chr(92) + ' ', chr(92) + 's+') for w in sorted({**QUALIFIER_WORDS, **_EXTRA_QUALIFIERS}, key=len, reverse=True))})[ \t]+)?"
                         r"(?:another[ \t]+)?")
# Cue words that are nouns: they name, they do not govern a number after them ("camp 5").
_NOUN_CUES = frozenset("camp camps shelter shelters refuge toll death deaths fatality fatalities lives injury injuries "
                       "execution executions massacre "
                       "wounds wound displacement homicide homicides disappearances survivors survivor hostage "
                       "hostages evacuation burns".split())
_RELATIVE_AFTER = re.compile(r"(?:\s+[a-z-]+)?,\s+(?:who|which)\s")
_STATE_THEN_CUE = re.compile(r"\s+(?:physically|seriously|critically|severely|lightly|slightly|moderately|gravely|badly"
                             r"|mortally|fatally)\s+(?:injured|wounded|hurt|burned|burnt)(?![a-z])")
# "28 non-Muslims", "13 non-students": people named by a group they are not of (a plural noun; not "non-lethal")
_NON_GROUP = re.compile(r"non-(?:[A-Z]|[a-z]+s(?![a-z-]))")
_MODEL_THEN_NOUN = re.compile(r"\s+[A-Z][A-Za-z]*-?\d+[A-Za-z0-9]*\s+([a-z]+)")
# "and one was injured": a bare "one" after a count, with its own verb of what befell it.
_ONE_MORE_CUE = re.compile(r"\s+(?:more\s+|other\s+)?(?:(?:was|has\s+been|had\s+been|is|has(?=\s+(?:since\s+)?died)|had(?=\s+(?:since\s+)?died))\s+)?"
                           r"(?:since\s+)?(?:also\s+|later\s+|seriously\s+"
                           r"|critically\s+|badly\s+|mortally\s+|fatally\s+)?(?:killed|injured|wounded|hurt|missing|abducted"
                           r"|kidnapped|arrested|captured|detained|apprehended|dead|died|burned|burnt|stabbed|shot|beheaded"
                           r"|executed|escaped|freed|released|rescued)(?![a-z])"
                           # "five guards were hurt, one seriously": the state alone, the count's own verb before
                           # "two casualties, one fatal"
                           r"|\s+(?:fatal|seriously|critically|badly|gravely|severely|lightly|slightly)(?=\s*[.,;)]|\s+(?:and|while)\s)")
_RELATIVE_WINDOW = 160
# Nouns of fate a later count of "cases" may be of, back in the sentence before.
_CASES_BACK = 250
_CASE_NOUNS = frozenset("disappearances homicides homicide killings deaths kidnappings abductions injuries "
                        "executions murders".split())
# "900 people have been treated for injuries": the injured.
_FOR_INJURIES = re.compile(r"\s+for\s+(?:[a-z-]+\s+){0,2}?(?:injuries|injury|wounds|burns)(?![a-z])")
# Fates of capture: a verb of capture (or of shooting at them) before the number, or its own
# verb of capture after it, says what befell people the noun calls wounded or displaced
# ("abducted 30 displaced people", "six wounded militants were captured").
_CAPTURE_VERBS = frozenset("abduct abducts abducted abducting kidnap kidnaps kidnapped kidnapping detain detained "
                           "detaining arrest arrested arresting apprehend apprehended apprehending capture captured "
                           "capturing shot".split())
_CAPTURE_WORDS = frozenset("abducted kidnapped detained arrested apprehended captured taken missing disappeared".split())
_SEVERITY = {"killed": 0, "casualties": 1, "injured": 1, "displaced": 2, "other_people": 3}
# Armed men as the subject of an attack: "militants stormed", "gunmen opened fire", "fighters who attacked".
_ATTACKED_AFTER = re.compile(
    r"(?:\s+(?:who|that|had|have|has|also|reportedly|then|allegedly|yesterday|today|overnight"
    r"|(?:early\s+|late\s+)?on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?))*\s+(stormed|attacked|raided|ambushed|overran|overrun"
    r"|infiltrated|invaded|besieged|stormed|opened\s+fire|fired|launched|attack|storm|raid|ambush|attacking|storming"
    r"|raiding|crossed|seized|took\s+part|participated|carried\s+out)(?![a-z])(?!\s+(?:by|near|in|while|at|on|during)\s)")
# People sent to hospital by what happened: "sending three officers to hospital", "left four people in hospital"
_SENT_BEFORE = re.compile(r"(?<![a-z])(?:sending|sent|sends|send|putting|puts|put|leaving|left|leaves|landing|landed)"
                          r"\s+(?:another\s+)?\Z")
_IN_HOSPITAL_AFTER = re.compile(r"\s+(?:to|in|into)\s+(the\s+|a\s+)?(?:local\s+|nearby\s+)?hospitals?(?![a-z])")
# "Camp" starting the name of a street, a prison or a base: "Camp Street prison", "Camp Bastion air base"
_CAMP_NAMED = re.compile(r"[ \t]+(?:Street|Road|Avenue|(?:[A-Z][a-z'’-]+[ \t]+){1,2}(?:[a-z]+[ \t]+)?(?:prison|jail|gaol"
                         r"|penitentiary|base|airbase|barracks|garrison|headquarters))(?![a-z])")
# Armed men with a clause of where they came from, then their fate: "Three soldiers and 11 armed men, who allegedly
# crossed from Russia, have been killed" (the clause's "crossed from" is no flight, and not the count's verb)
_RELATIVE_THEN_HURT = re.compile(r"(?:\s+(?:[a-z-]+\s+)?and\s+(?:[a-z0-9-]+\s+){1,4}?"
                                 r"(?:men|fighters|militants|gunmen|rebels|soldiers))?"
                                 r"\s*,\s*(?:who|which|that)\s[^,.;:!?]{0,80},\s*(?:have|has|had|were|was)\s+(?:been\s+)?"
                                 r"(killed|wounded|injured)(?![a-z])")
# A crowd doing something, not what befell it: "thousands were protesting against the government", "hundreds of
# people who gathered on Thursday", "police dispersed thousands of demonstrators", "a manhunt that involved more than
# 700 members of the security forces" (a toll elsewhere in the sentence is another count's)
_CROWD_DID_AFTER = re.compile(
    r"\s*,?\s*(?:who|that)\s+(?:had\s+|have\s+|were\s+)?(?:gathered|assembled|marched|rallied|protested|demonstrated"
    r"|took\s+part|attended|participated|turned\s+out|joined|converged|poured|filled|massed|taking\s+part|gathering"
    r"|protesting|demonstrating|marching)(?![a-z])"
    r"|\s+(?:were|are|was|had\s+been|have\s+been)\s+(?:protesting|demonstrating|marching|rallying|gathering|gathered"
    r"|searching|taking\s+part|participating|blocking|chanting|camping)(?![a-z])"
    r"|\s*,?\s*(?:who|that)\s+(?:were|are|had\s+been)\s+(?:searching|blocking|chanting|camping)(?![a-z])"
    # "as tens of thousands protesters had gathered at the border fence"; "motivated several hundred people to attack a
    # bus": what the crowd had done, or was moved to do
    r"|\s+(?:had|have|has)\s+(?:gathered|assembled|massed|converged|rallied|marched|turned\s+out"
    r"|taken\s+to\s+the\s+streets)(?![a-z])"
    r"|\s+to\s+(?:attack|storm|raid|riot|protest|march|rally|gather|demonstrate)(?![a-z])"
    # "about 1,500 rioters, reacting to the shooting death of a white farm boy, battled police": the clause between
    # commas tells why the crowd acted (another's death), the words after it what the crowd did
    r"|\s*,\s*(?:reacting|responding|angered|enraged|incensed|outraged|protesting|furious)\s[^,.;:!?]{0,100},")
_CROWD_FATE = re.compile(r"(?<![a-z])(?:(?:were|was|are|is|been)\s+(?:[a-z]+ly\s+)?(?:killed|wounded|injured|hurt|shot"
                         r"|gunned\s+down|crushed|trampled|dispersed\s+with\s+live)|died|perished)(?![a-z])")
# A crowd fired on, with a count of the hurt among them after: "opened fire on thousands of demonstrators, killing
# 19", "fired into a crowd of 2,000 protesters, wounding dozens"
_FIRED_ON_BEFORE = re.compile(r"(?<![a-z])(?:opened\s+fire|fired|firing|shot|shooting)\s+(?:on|at|into)\s+"
                              r"(?:(?:a|the)\s+(?:crowd|group|gathering|march)\s+of\s+)?\Z")
_SOME_HURT_AFTER = re.compile(r"\s*,\s*(?:killing|wounding|injuring|leaving)\s+(?:at\s+least\s+|some\s+|about\s+|around\s+"
                              r"|more\s+than\s+|over\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
                              r"|twelve|[a-z]+teen|twenty|thirty|forty|fifty|dozens|scores|hundreds|several|many)")
_CROWD_OBJECT_BEFORE = re.compile(
    r"(?<![a-z])(?:dispersed|dispersing|disperse|involved|involving|mobili[sz]ed|mobili[sz]ing|drew|drawing|attracted"
    r"|attracting|deployed|deploying"
    # "killed in fierce fighting between thousands of opposition supporters and pro-government security forces": a side
    # of the fight, not its dead
    r"|(?:fighting|clashes|battles?|confrontations?|skirmishes|scuffles)\s+between)\s+\Z")
# People evacuated: "evacuated 300 residents", "the evacuation of 5,000 people", "900 families
# were evacuated"; those moved for care (patients, the sick and the wounded) are not displaced.
_EVACUATED_BEFORE = re.compile(r"(?<![a-z])(?:evacuat(?:e|ed|es|ing)|evacuations?\s+of)\s+(?:another\s+)?$")
_EVACUATED_AFTER = re.compile(r"(?:\s+(?:have|has|had|been|were|was|are|is|being|also|now|already|reportedly|safely))*"
                              r"\s+evacuated(?![a-z])")
_TO_HOSPITAL = re.compile(r"evacuat\w*\s+(?:to\s+(?:the\s+|a\s+)?(?:[a-z-]+\s+)?(?:hospitals?|clinics?)"
                          r"|for\s+(?:urgent\s+|further\s+)?(?:medical\s+)?(?:treatment|care))(?![a-z])")
_CARE_NOUNS = frozenset("patients patient sick wounded injured casualties victims".split())
# "13 armed members", "five heavily armed men": the people counted carry arms (not "unarmed")
_ARMED_ADJECTIVE = re.compile(r"(?<![a-z])(?:heavily\s+|well\s+|well-)?armed(?![a-z-])")
# A count by the ranks the people came from: "six killed from the army, three from police, seven civilians",
# "three each from the military and the police"
_FROM_PEOPLE = re.compile(r"(?:\s+(?:killed|dead|wounded|injured|hurt))?(?:\s+each)?\s+(?:came\s+|were\s+)?from\s+(?:the\s+)?"
                          r"(?P<noun>[a-z]+)(?![a-z-])")
# "about 50 people armed with rifles and spears": armed men.
_ARMED_WITH = re.compile(r",?\s+(?:(?:who\s+)?(?:were|was)\s+)?(?:heavily\s+|all\s+)?armed\s+with(?![a-z])"
                         # weapons of war, not stones or sticks ("protesters armed with stones" stay who they are)
                         r"(?=\s+(?:[a-z-]+\s+){0,3}?(?:guns?|rifles?|firearms?|weapons|ak-?47s?|kalashnikovs?|machetes?"
                         r"|explosives?|grenades?|knives|pistols?|spears?|bows|arrows|rockets?|rpgs?|automatic|machine"
                         r"|assault|bombs?|suicide)(?![a-z]))")
# "six dead and 18 wounded" among the soldiers": the people the count is of, named after it.
# (not ", among them children": some of the count, a part, not who all of them were)
_AMONG_AFTER = re.compile(r"(?:,?\s+(?:and\s+)?(?:\d[\d,]*|[a-z]+)\s+(?:dead|killed|wounded|injured))*[\"”’]?,?\s+among"
                          r"\s+(?:(?:the|their|its)\s+)?(?!(?:them|those|whom)(?![a-z]))(?=[a-zA-Z])")
# "Twelve people were killed, all of them civilians": all of the count are of one kind.
# (and "dozens more, all civilians,", "more than 40 people – all of them civilians": "more" and a dash)
_ALL_OF_THEM = re.compile(r"(?:\s+more)?(?:\s+(?:were|was|have\s+been|had\s+been|are|is)(?:\s+[a-z]+){1,2})?"
                          r"(?:,|\s+[–—-])\s+all\s+"
                          r"(?:of\s+(?:them|whom)\s+)?(?:(?:were|are)\s+)?(?=[a-zA-Z])")
_INCLUDING_NOUN = re.compile(r"(?<![a-z])([a-z-]+)\s*,?\s+(?:including|among\s+them|among\s+whom|of\s+whom)\s+"
                             r"(?:[a-z]+\s+){0,2}$")
_THEM = re.compile(r"(?<![a-z])them(?![a-z])")
_RETURNING = re.compile(r"(?<![a-z])(?:returning|returned)\s")
# "killed by two unidentified men", "carried out by 25 to 30 militants": the doers.
_BY_AGENT_BEFORE = re.compile(
    r"(?<![a-z])(?:(?:killed|shot|attacked|ambushed|gunned\s+down|murdered|abducted|kidnapped|targeted|stabbed"
    r"|executed|carried\s+out|committed|perpetrated|staged|launched|led|claimed|raided|invaded|stormed|overrun"
    r"|besieged|looted|burned|burnt|torched|seized|overran|surrounded|hit|struck|beheaded|massacred|slaughtered"
    r"|wounded|injured)(?:\s+[a-z]+){0,3}"
    # (or a noun of the attack right before: "the assault by 27,000 troops", "an incursion by 300 fighters")
    r"|(?:attacks?|assaults?|invasion|offensive|raids?|ambush|incursion|onslaught))\s+by\s+"
    rf"(?:(?:{'|'.join(re.escape(w).replace(chr(92) + ' ', chr(92) + 's+') for w in sorted({**QUALIFIER_WORDS, **_EXTRA_QUALIFIERS}, key=len, reverse=True))})\s+)?$")
# A figure without its own noun takes the noun of the figure just before it: joined to it
# ("and 36 have been wounded", ", including two of their leaders") or opening the next
# sentence ("Fifteen were destroyed").
_LINK_WINDOW = 100
# "Out of the 63 bodies ..., 58 were identified", "Of the 40 dead, 12 ...": a whole of the dead before its part
_DEAD_WHOLE_BEFORE = re.compile(r"[\s\"“‘']*(?:out\s+of|of|among)\s+(?:the|these|those)\s+")
_ANAPHORA_AFTER = re.compile(r"\s+(?:were|was|have\s+been|had\s+been|remain|remained|remains|are\s+still"
                             r"|were\s+still)\s+[a-z]")
_ANAPHORA_WINDOW = 150
# Munitions stopped before they hit: metric `other`.
_INTERCEPTED_NEAR = re.compile(r"(?<![a-z])(?:intercepted|downed|destroyed|shot\s+down|repelled)"
                               r"(?:\s+(?:all|the))?\s+$")
_WENT_OFF_AFTER = re.compile(r"(?:\s+(?:were|was|have|has|had|been|also|later|reportedly))*\s+(?:going\s+off|went\s+off"
                             r"|gone\s+off|exploded|exploding|explode|detonated|detonating|planted|defused|were\s+found)(?![a-z])")
_INTERCEPTED_AFTER = re.compile(r"(?:\s+(?:were|was|have\s+been|had\s+been|also))*\s+(?:intercepted|downed"
                                r"|destroyed|shot\s+down)(?![a-z])")
# "from 558 to 569" after a verb of change or a count's noun is the old and the new figure
# (the old one superseded), not a range; "ranging from 5 to 10" is a range.
_CHANGE_FROM = re.compile(r"(?<![a-z])(?:rose|risen|rises|rising|increased|increases|climbed|climbs|jumped|jumps"
                          r"|grew|grown|fell|fallen|falls|dropped|drops|decreased|declined|revised|raised|lowered"
                          r"|updated|corrected|adjusted|up|down|toll|number|figure|tally|count|total|estimate)"
                          r"(?:\s+[a-z’'-]+){0,6}\s+from\s+$")
# "from 93 to 76": a count lowered, the old and the new (a range goes up: "from 20 to 35" needs a verb of change)
_FROM_BEFORE = re.compile(r"(?<![a-z])from\s+$")
# (going down needs a verb or noun of change earlier in the sentence, and people or no noun after: not "moved
# from 12 to 4 camps", "fled from 30 to 15 kilometres away")
_CHANGE_WORD = re.compile(r"(?<![a-z])(?:rose|risen|rises|rising|increased|increases|climbed|jumped|grew|grown|fell"
                          r"|fallen|falls|dropped|drops|decreased|declined|revised|revising|raised|lowered|lowering"
                          r"|updated|corrected|adjusted|cut|reduced|downgraded|toll|number|figure|tally|count|total"
                          r"|estimate)(?![a-z])")


def _lowered_count(text: str, low: str, s: int, n2_end: int) -> bool:
    """Whether "from N to M" going down is a count changed: a word of change earlier in its sentence, and M
    counts people or nothing named."""
    lo = max(low.rfind(". ", 0, s), low.rfind("\n", 0, s), s - 300, -1) + 1
    if not _CHANGE_WORD.search(low, lo, s):
        return False
    head, first = _head(text, n2_end)
    return head[1][1] == "people" if head is not None else not _uncounted(first)


# "went up by one to eight", "rose by 12 to 40": the change, then the count it came to (the count alone)
_BY_CHANGE = re.compile(r"(?<![a-z])(?:rose|risen|rises|increased|climbed|jumped|grew|fell|fallen|dropped|decreased"
                        r"|declined|went\s+(?:up|down)|gone\s+(?:up|down)|goes\s+(?:up|down))\s+by\s+$")
# The noun of a stated count ("the civilian death toll ... 39", "the number of slain terrorists
# rose to 351", "the figure on civilians killed, which stands at 27"): its words say whose count.
# (and the deaths or casualties themselves, put at a number: "put civilian deaths at 220")
# People treated for an illness, not a wound: "treating 100 people for cholera", "30 patients with malaria"
_ILLNESS_AFTER = re.compile(r"(?:\s+[a-z-]+){0,2}?\s+(?:for|with)\s+(?:suspected\s+|acute\s+|severe\s+)?(?:cholera|malaria"
                            r"|malnutrition|diseases?|infections?|illness(?:es)?|covid(?:-19)?|measles|dengue|diarrh\w*"
                            r"|typhoid|fever|dehydration|hypothermia|respiratory)(?![a-z])")
_STATED_NOUN = re.compile(r"(?<![a-z])(?:toll|number|figure|tally|count|total|deaths|casualties)(?![a-z])")
_STATED_WINDOW = 100
# The occupants named before a bare number: "hit a car carrying civilians, killing three and
# wounding seven", "a bus transporting pilgrims ... killing 12".
_CARRYING = re.compile(r"(?<![a-z])(?:carrying|transporting|ferrying|sheltering|housing)\s+(?:[a-z-]+\s+){0,2}?"
                       r"([a-z-]+)(?=[\s,.;])")
_CARRYING_WINDOW = 100
_STATED_WORDS = ("toll", "number", "figure", "tally", "count", "total", "deaths", "casualties")
_STATED_ADJECTIVES = {"civilian": "civilians", "military": "combatants", "army": "combatants",
                      "police": "combatants", "militant": "combatants", "rebel": "combatants",
                      "child": "children", "children": "children"}
# Others of the same status: "five soldiers were killed and 10 others wounded", "killing one
# civilian and injuring another two". Status carries (civilians, combatants); a subgroup does
# not ("two women and three others": the others are not women).
_ANOTHER_BEFORE = re.compile(r"(?<![a-z])another\s+$")
_OTHERS_WINDOW = 200
_CARRIED_STATUS = ("civilians", "combatants")
# "N of them" names part of the figure before ("153 facilities ... three of them had been
# struck", "eight injured ... Two of them will be recovering at home"): its unit and population,
# and its metric when the part has no cue of its own (a subset keeps the metric of its whole).
_OF_THEM_WINDOW = 300
# "Of the 60 killed, 20 were women": a number whose predicate names its people.
_NAMED_AS = re.compile(r"\s+(?:were|are|was|is)\s+(?:all\s+|mostly\s+|also\s+)?")
# "28 of those killed were militants": the fate of the whole, then the part's people.
_FATE_NAMED_AS = re.compile(r"(?:\s+(?:killed|dead|wounded|injured|hurt|arrested|detained|captured|missing|abducted"
                            r"|kidnapped|displaced))?" + _NAMED_AS.pattern)
# "Of the civilian victims, 16 were Kenyan, one was British": people counted by where they are from, in a
# breakdown of the people an "Of the ..." frame names at the start of the sentence
_OF_PEOPLE_FRAME = re.compile(r"\s*(?:(?:[\w'’-]+\s+){1,6}?(?:said|says|reported|added|told\s+[\w'’-]+)\s+(?:that\s+)?)?"
                              r"(?:of|among)\s+(?:the|those)\s+(?P<adj>(?:[a-z-]+\s+){0,2}?)"
                              r"(?P<noun>victims|dead|killed|fatalities|wounded|injured|casualties)\s*,")
_FRAME_METRIC = {"dead": "killed", "killed": "killed", "fatalities": "killed", "wounded": "injured", "injured": "injured",
                 "casualties": "casualties"}  # ("victims": the metric of the count they are the victims of)


# The victims or the dead, then who they were: "the victims included 82 Iranians", "Among the dead were 12 children"
_VICTIMS_WERE = re.compile(r"(?<![a-z])(?:(?:the\s+)?(?P<noun>victims|dead|killed|wounded|injured|casualties|fatalities)"
                           r"\s+(?:included|include|includes|were|are)|among\s+(?:the\s+)?(?P<noun2>victims|dead|killed"
                           r"|wounded|injured|casualties|fatalities)\s+(?:were|are|was|is))\s+\Z")

# (not a count that says its own fate: "the only casualties were five injured police officers")
_FATE_WORDS = re.compile(r"(?<![a-z])(?:injured|wounded|hurt|dead|killed|displaced|missing|detained|arrested)(?![a-z])")


def _frame_metric(noun: str, out: list) -> str | None:
    """The metric of people a frame noun names ("Of the victims,", "the dead included"): the noun's own
    (``_FRAME_METRIC``), else, for "victims", the dead where the text has counted dead before, else the harm of the
    last count of people hurt, else None."""
    harmed = [o for o in out if o.unit == "people" and o.metric in ("killed", "injured", "casualties")]
    return _FRAME_METRIC.get(noun) or (
        "killed" if any(o.metric == "killed" for o in harmed) else harmed[-1].metric if harmed else None)


def _people_frame(low: str, s_start: int, start: int) -> re.Match | None:
    """The "Of the victims," (or "Police said that of the dead,") opening the number's sentence, or None."""
    m = _OF_PEOPLE_FRAME.match(low, s_start)
    return m if m is not None and m.end() <= start else None


_PARTITIVE = re.compile(r"\s+of\s+the\s+(?:[a-z-]+\s+)?(?:dead|wounded|injured|displaced|killed)(?![a-z])"
                        # "One of the two new victims was a policeman"
                        r"|\s+of\s+the\s+(?:[a-z-]+\s+){0,2}victims(?![a-z])")
_OF_GROUP = re.compile(r"\s+of\s+(?:their|its)\s")
# "Fifteen people were wounded, two critically": a part, by its condition.
# (a part of the wounded whose wounds were mortal died of them: "nine wounded, two of them mortally": killed)
_MORTAL_PART = re.compile(r"(?:\s+of\s+(?:them|whom|those))?\s+(?:mortally|fatally)(?![a-z])(?!\s+[a-z]+ed(?![a-z]))")
# The wounded who died of it, said of the count itself: "One man who had been injured has since died",
# "two soldiers wounded in the raid later died" (the dead); not when another count comes first ("one was
# injured and two others later died"): the gap before the death holds no number and no end of clause.
_DIED_SINCE = re.compile(r"(?P<gap>[^.;:!?,\d]{0,80}?)(?<![a-z])(?:(?:has|have|had)\s+(?:since|later|subsequently)"
                         r"\s+died|(?:later|subsequently)\s+died|died\s+(?:of|from)\s+(?:their|his|her)\s+(?:wounds"
                         r"|injuries))(?![a-z])")
_CONDITION_ADVERBS = frozenset("critically seriously severely gravely badly fatally lightly slightly moderately "
                               "mortally".split())
# "the presence of 2,000 peacekeepers", "deployed 3,000 troops": people there, counted (metric other).
_PRESENCE_BEFORE = re.compile(r"(?<![a-z])(?:(?:presence|deployment|dispatch|stationing)\s+of|deploy(?:ed|ing|s)?"
                              r"|dispatch(?:ed|ing|es)?|station(?:ed|ing|s)?)\s+(?:(?:some|about|around|nearly|over"
                              r"|up\s+to|more\s+than)\s+)?(?:another\s+)?$")
# "7,000 troops have been sent in", "500 police were deployed": a force moved in (its people counted, metric other)
_DEPLOYED_AFTER = re.compile(r"\s+(?:were|was|have\s+been|has\s+been|had\s+been|are\s+being|are|will\s+be)\s+"
                             r"(?:(?:also|now|already|quickly|later)\s+)?(?:sent(?!\s+(?:to|into)\s+(?:a\s+|the\s+)?(?:hell"
                             r"|hospitals?|clinics?|jail|prison|court|their\s+deaths?))|deployed|dispatched|flown\s+in|rushed\s+in"
                             r"|mobili[sz]ed|stationed|posted|drafted\s+in|brought\s+in|called\s+in)(?![a-z])"
                             # (not "were sent to the area and killed": what befell them is said after)
                             r"(?![^.;:!?]{0,60}(?<![a-z])(?:killed|wounded|injured|died|dead|hurt|wounds|injuries)(?![a-z]))")
# "bodies of two militants": the dead.
_BODIES_BEFORE = re.compile(r"(?<![a-z])(?:bodies|body|remains|corpses)\s+of\s+(?:(?:the|some)\s+)?$")
# "shelled the region 114 times", "struck ... 30 times": strikes counted as events.
_STRUCK_BEFORE = re.compile(r"(?<![a-z])(?:shell(?:ed|s|ing)?|bomb(?:ed|s|ing)?|bombarded|struck|strikes?|striking"
                            r"|hit|hits|targeted|targets|fired\s+(?:on|at|upon|into)|raided|attacked|attacks?)"
                            r"(?![a-z])[^.;:!?\d]{0,60}$")
# "clashed four times", "erupted in deadly exchanges five times": armed clashes counted (events, metric other).
_CLASHED_BEFORE = re.compile(r"(?<![a-z])(clash(?:ed|es)?|exchanges?\s+of\s+fire|exchanged\s+fire|(?:deadly|armed|fierce"
                             r"|heavy|cross-border|border)\s+exchanges|skirmish(?:ed|es)?|firefights?|gunfights?"
                             r"|gun\s+battles?)(?![a-z])[^.;:!?\d]{0,60}$")
# (and "have fought on three occasions": fought or battled only with "on N occasions")
_CLASHED_ON_BEFORE = re.compile(_CLASHED_BEFORE.pattern.replace("(clash(?:ed|es)?|", "(clash(?:ed|es)?|fought|battled|", 1))
_TIMES_NOT = re.compile(r"\s+times\s+(?:[a-z]+(?<!aft)(?<!und)(?<!ov)er|more|less|as|the|that)(?![a-z])")  # "three times heavier"
# a count's parts named after it: "2,080 persons made up of 1,014 females and 1,066 males have been displaced"
_MADE_OF_AFTER = re.compile(r"\s*,?\s*(?:made\s+up\s+of|comprising|consisting\s+of|composed\s+of)\s")
# (the parts, then the count's own predicate: "1,014 females and 1,066 males have been")
_MADE_OF_PREDICATE = re.compile(r"[^.;:!?]*?\s(?:have|has|had|were|are|was|is)(?:\s+been)?(?:\s+[a-z]+ly)?\s+")
# people a place is home to who fled there: "home to about 5,000 people who had fled their villages"
_WHO_FLED_AFTER = re.compile(r"\s*,?\s*who\s+(?:had\s+|have\s+|has\s+)?(?:fled|been\s+(?:displaced|uprooted|driven\s+from)"
                             r"|escaped|sought\s+(?:refuge|shelter|safety))(?![a-z])")
# A place's people: "the country's population of 19 million", "home to over a million people",
# "the Gaza Strip's 2.4 million people": the population, not what happened to it (metric `other`).
# "-strong": the size of a force or a crowd ("a 1,500-strong rebel force").
_WARSHIP = re.compile(r"(?<![a-z])(?:warships?|navy|navies|naval|frigates?|corvettes?|destroyers?|submarines?|gunboats?"
                      r"|(?:hms|hmbs|hmas|hmcs|hmnzs|uss)(?=\s+[a-z])"  # a navy's ship by its prefix: "HMS Sheffield"
                      r"|patrol\s+(?:boats?|vessels?|ships?)|aircraft\s+carriers?|cruisers?|minesweepers?)(?![a-z])")
_WHO_ATTACKED = re.compile(r"\s+who\s+(?:had\s+|have\s+|allegedly\s+|reportedly\s+)?(?:killed|attacked|stabbed|shot"
                           r"|ambushed|stormed|raided|bombed|beheaded|kidnapped|abducted|hacked|opened\s+fire|carried\s+out"
                           r"|launched)(?![a-z])")
# (storming, raiding, launching or carrying out: attackers only with a killing or a weapon in the clause, not
# "Police arrested 200 protesters who stormed the parliament building")
_ARMED_DEED = re.compile(r"(?<![a-z])(?:killing|killed|shooting|shot|gunmen|armed|guns?|gunfire|rifles?|weapons?|grenades?"
                         r"|explosives?|machetes?|knives|bombs?|rockets?|opened\s+fire|attacks?|ambush)(?![a-z])")
# An armed count as the subject of a verb of harm with an object after it: "Some 30 gunmen killed 12 villagers",
# "About 200 gunmen reportedly massacred and decapitated at least 27 people" (not "12 soldiers killed, 5 injured",
# "30 soldiers killed in an ambush", "two policemen killed two days ago")
_DOERS_AFTER = re.compile(
    r"\s+(?:(?:reportedly|allegedly|then|also|later|apparently)\s+)?(?:have\s+|had\s+|has\s+)?"
    r"(?P<verb>killed|massacred|murdered|slaughtered|executed|beheaded|decapitated|shot|wounded|injured|attacked|abducted"
    r"|kidnapped)(?:\s+and\s+[a-z]+)?\s+(?:(?:at\s+least|about|some|more\s+than|nearly|almost|over|around|up\s+to"
    r"|an\s+estimated)\s+)?(?:\d|(?:the|a|an|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds"
    r"|several|many|[a-z]+teen|[a-z]+ty)\s)(?![^.;:]{0,12}?(?<![a-z])(?:days?|weeks?|hours?|months?|years?|minutes?)"
    r"(?![a-z]))")
_OWN_PAST_VERB = re.compile(r"[ \t]+([a-z]+)(?![a-z’'-])")
_BE_THEN_CUE = re.compile(r"(?<![a-z])(?:were|was|are|is|been)\s+(?:[a-z]+ly\s+)?(?:killed|dead|wounded|injured|hurt"
                          r"|displaced|abducted|kidnapped|arrested|detained|missing|captured|rescued|evacuated"
                          r"|shot\s+dead|shot|gunned\s+down)(?![a-z])")
# a fate after the count's own verb that points back to the count: "Two soldiers stepped on a mine, killing both",
# "... which exploded and killed them": the count's fate, clause break or not
_FATE_BACK = re.compile(r"(?<![a-z])(?:killing|killed|wounding|wounded|injuring|injured|maiming|maimed)\s+(?:both"
                        r"|them\s+all|them|all\s+of\s+them|each\s+of\s+them|every\s+one\s+of\s+them|all\s+(?:two|three"
                        r"|four|five|six|seven|eight|nine|ten|\d+)|everyone\s+(?:on\s+)?(?:aboard|inside))(?![a-z])")
# "Two gunmen fatally shot a police officer": the count the subject of the active verb with an object, the
# shooters (not "two guards were fatally stabbed", "nine people fatally shot by police")
_FATALLY_ACTIVE = re.compile(r"[ \t]+(?:fatally|mortally)\s+(?:shot|stabbed|wounded|injured|hit|struck|beat|beaten"
                             r"|burned|burnt|gunned\s+down|ran\s+over|run\s+over)\s+(?:a|an|the|his|her|their|its|him|them"
                             r"|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens|\d)(?![a-z])")
_CLAUSE_BREAK = re.compile(r"[,;:]|(?<![a-z])(?:where|when|after|while|as|because|since|who|which|that|and|but)(?![a-z])")
_OTHER_PAST = frozenset("threw hurled built began sang gave spent wrote chose drew rang".split())
# a civilian vessel named in the sentence: its crew are civilians whoever fired on or rescued them
# ("A warship fired on a fishing boat, killing three crew", "The navy rescued 30 sailors from a sinking cargo ship")
_CIVILIAN_VESSEL = re.compile(r"(?<![a-z])(?:(?:fishing|cargo|merchant|commercial|civilian|passenger|container|supply"
                              r"|tourist|migrant|refugee|aid|grain)\s+(?:boats?|ships?|vessels?|craft|trawlers?|dhows?)"
                              r"|trawlers?|dhows?|freighters?|tankers?|ferry|ferries|bulk\s+carriers?|yachts?"
                              r"|merchant\s+(?:navy|marine|sailors|seamen))(?![a-z])")
_STRONG_AFTER = re.compile(r"-strong(?![a-z])((?:\s+[A-Za-z-]+){0,4})", re.I)
_FORCE_WORDS = frozenset("force forces army militia contingent battalion brigade regiment garrison division unit "
                         "units troops rebel rebels militant militants insurgent insurgents guerrilla jihadist "
                         "jihadists fighters armed military police paramilitary security".split())
_MEMBER_FORCE_WORDS = _FORCE_WORDS | {"gang", "gangs", "cartel"}
# (a possessor may stand first: "members of Varnia's armed formations")
_MEMBERS_OF = re.compile(r"\s+(?:of|from)\s+(?:(?:the|a|an|its|their|his|her|our|this|that|[a-z-]+[’']s)\s+)?"
                         r"((?:[a-z0-9-]+\s+){0,3}[a-z-]+)")
# "one aid worker said": the speaker, not a count.
# People who speak without their names: "two officials, who asked not to be named, said", "three officers
# speaking on condition of anonymity told": the sources of a report
_ANONYMOUS_SPEAKERS_AFTER = re.compile(
    r",?\s+(?:who\s+)?(?:asked|requested|declined|refused|wished)\s+not\s+to\s+be\s+(?:named|identified)"
    r"|,?\s+(?:who\s+)?(?:spoke|speaking|talking|talked)\s+on\s+(?:the\s+)?condition\s+of\s+anonymity"
    r"|,?\s+(?:who\s+)?(?:declined|refused)\s+to\s+be\s+(?:named|identified)")
# (who are a report's sources by their office, "officials", "officers", "diplomats", not "four women" or "two
# children" telling what befell them)
_SOURCE_NOUNS = frozenset("officials official officers officer sources source diplomats diplomat aides aide "
                          "spokesmen spokesman spokespeople spokespersons ministers minister policemen staffers "
                          "commanders commander analysts experts investigators lawmakers legislators "
                          "executives employees workers doctors".split())
_SAID_OF_THEMSELVES = re.compile(r"[^.;]{0,40}?(?<![a-z])(?:said|says|told\s+\w+|added|reported|recalled)\s+(?:that\s+)?"
                                 r"(?:they|we|all\s+of\s+them|both\s+of\s+them)(?![a-z])")
# (people whose work may send them to a hospital)
_SENT_TO_WORK_NOUNS = frozenset("doctors doctor surgeons nurses nurse medics paramedics officials official "
                                "experts inspectors engineers volunteers "
                                "workers staff investigators specialists technicians team teams".split())
# the people a clause's "in their thousands" may count, beside the nouns of people: "crowds, who gathered ..."
_CLAUSE_PEOPLE_WORDS = frozenset("crowds crowd who they we families refugees throngs masses".split())
_SPEAKER_AFTER = re.compile(r"(?:\s+who\s+(?:witnessed|saw|watched|lives|lived|works|worked)\s+[^,.;:!?\"“”]{0,50}?)?"
                            r"\s+(?:said|says|told|added|recalled|explained|described|reported|wrote)(?![a-z])")
# (and after what makes them witnesses: "one parent who witnessed the attack told RFA")
# "killed and injured", "dead or wounded": the two together, the ledger's `casualties`.
_PAIR_FIRST = frozenset(("killed", "dead", "injured", "wounded"))
# "killed or captured", "killed, captured or have repented", "dead or missing": a count of
# several fates, not of the dead alone (metric `other`).
_MIXED_FIRST = frozenset(("killed", "dead", "kill", "killing"))
# (the second fate may have its own verb: "were killed or went missing", "killed or are listed as gone missing")
_MIXED_FATE = re.compile(r"(?:killed|dead|kill|killing)(?:,\s+[a-z]+)*,?\s+(?:or|and|and/or)\s+(?:have\s+|has\s+|been\s+"
                         r"|were\s+|are\s+|is\s+|was\s+|went\s+|gone\s+|remain(?:ed|s)?\s+|still\s+|listed\s+as\s+"
                         r"|registered\s+as\s+|reported\s+(?:as\s+)?)*(?:captured|capture|arrested|detained|surrendered"
                         r"|repented|abducted|kidnapped|missing|disappeared|taken\s+prisoner)(?![a-z])"
                         r"|(?:killed|dead|kill|killing),\s+(?:captured|arrested|detained|surrendered|repented|abducted"
                         r"|kidnapped|missing)(?![a-z])")
_KILLING_PAIR = re.compile(r"(?:killing|killed)\s+(?:and|or)\s+(?:wounding|injuring|maiming|maimed)(?![a-z])")
# (the pair right before the count it governs: "killed and wounded 30 people", "killing and maiming dozens of")
_NUM_AFTER_PAIR = re.compile(r"\s+(?:(?:at\s+least|about|around|some|nearly|almost|more\s+than|over|up\s+to|an\s+estimated"
                             r"|another|scores|dozens|hundreds|thousands|[a-z]+ty|one|two|three|four|five|six|seven|eight"
                             r"|nine|ten|eleven|twelve|[a-z]+teen)(?![a-z])|\d)")
_MIXED_HURT = re.compile(r"(?:wounded|injured|hurt)(?:,\s+[a-z]+)*,?\s+(?:or|and|and/or)\s+(?:have\s+|has\s+|been\s+"
                         r"|were\s+)*(?:captured|arrested|detained|abducted|kidnapped|missing|taken\s+prisoner)(?![a-z])")
_CASUALTY_PAIR = re.compile(r"(?:killed|dead)\s+(?:and|or)\s+(?:injured|wounded)(?![a-z])"
                            r"|(?:injured|wounded)\s+(?:and|or)\s+(?:killed|dead)(?![a-z])"
                            # a list of fates with the hurt and the dead: "wounded, frozen to death or missing"
                            r"|(?:injured|wounded),\s+(?:[a-z]+\s+){0,2}?(?:to\s+death|killed|dead)"
                            r"(?:,?\s+(?:or|and)\s+(?:missing|captured|disappeared))?(?![a-z])")
# A number between two capitalised words mid-sentence is part of a name, unless the word
# after it is one we count or read ("Kills 14 Villagers", "Strike 12 Killed").
_IN_NAME_BEFORE = re.compile(r"[a-z,;:]\s+[A-Z][a-z]+[ \t]+$")
_IN_NAME_AFTER = re.compile(r"[ \t]+([A-Z][A-Za-z]*)(?![\w’'-])")


def _in_name_after(text: str, pos: int) -> bool:
    m = _IN_NAME_AFTER.match(text, pos)
    if not m:
        return False
    w = m[1].lower()
    return w not in FOLLOWERS and w not in _CUE_METRIC and w not in _PHRASE_CUES  # (no head noun: see caller)


_PARTICIPLES_OF_HARM = frozenset("shot hit struck caught hurt taken held stabbed beaten".split())
_OF_NOUN = re.compile(r"\s+of\s+(?:(?:the|their|its|his|her|my|our|your|these|those)\s+)?([a-z][a-z-]*)(?![\w’'])")
_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these|whom)(?![a-z])")  # ("six of these were soldiers")
_QUOTE_BARRIER = re.compile(r"[“”\"]")
_RELATIVE_THAT = re.compile(r"\s+(?:were|was|had|have|has|are|is)\s")
_NOUN_WORDS = re.compile(r"(?:[ \t]*[A-Za-z-]+){0,3}[ \t]*")  # the figure's own noun, before a barrier
_FORWARD_BARRIER = re.compile(r"[“”\";]|(?<![A-Za-z])that(?![a-z])")
_PEOPLE_METRICS = ("killed", "injured", "displaced", "other_people", "casualties")
_EVENT_METRICS = ("strikes", "sorties", "targets_hit", "attacks_on_facilities", "incidents")
UNIT_OF_METRIC = {**{m: u for m, u in USUAL_UNIT.items() if m != "casualties"}, "casualties": "people"}

# Words that may follow a figure without being an uncounted noun ("12 were killed").
FOLLOWERS = set(
    "the a an of in on at from to and or but nor were was are is be been being have has had "
    "will would could can may might should since during over across inside near around "
    "this that these those last as by with for who whom which while after before including "
    "among amid according so far more alone each all altogether overall now already "
    "reportedly also still most mostly many some they them their it its there when where "
    "within throughout between under into out up than per "
    # a figure's own words: "hundreds feared dead", "the 100-to-300 estimate"
    "feared believed thought presumed confirmed reported estimate estimates figure tally count "
    "more remain remained remains still went overnight yesterday today tonight daily weekly nationwide "
    # "120 to 200 injured past weekend": a time after the count, without its article
    "past "
    "countrywide altogether combined apiece "
    # adverbs of time before the verb: "Two of the injured later died"
    "later subsequently eventually then".split())

_MONTH_NAMES = ("january february march april may june july august september october november "
                "december jan feb mar apr jun jul aug sep sept oct nov dec").split()
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
ABBREVIATIONS = set(
    "mr mrs ms dr col gen lt maj capt sgt adm brig gov sen rep st no nos vol pp p fig "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n a.m p.m e.g i.e etc vs "
    "jr sr prof rev ft mt approx".split())
ATTRIBUTION_VERBS = set(
    "said says say told tells reported reports revealed stated states announced claimed claims "
    "estimated estimates documented recorded confirmed added noted wrote warned counted tallied".split())
# ("read": '"...," read the statement', a verb the drafter admits only so; the extractor's ATTRIBUTION_VERBS lack it)
_INVERTING_VERBS = set("said says added noted wrote reported stated explained read reads".split())


def _alt(words) -> str:
    """A regex alternation, longest first, with spaces matching any whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# ---------------------------------------------------------------------------------
# Compiled patterns (numbers and qualifiers run on the lower-cased text)
# ---------------------------------------------------------------------------------

_TOKEN_RE = re.compile(r"[a-z]+|\d+")
# Thousands grouped by commas, by spaces (plain, no-break, thin or narrow no-break: "2 050",
# the SI and French style) or, as typed in haste, by a comma and a space ("2, 940": see
# _GROUP_COMMA_SPACE for when that is two numbers).
_DIGITS = (r"(?:\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d.,]\d)|\d{1,3},[ ]\d{3}(?![\d.,]\d)"
           r"|[1-9]\d{0,2}(?:\.\d{3})+(?![\d.,]\d)(?!\s+(?:million|thousand|hundred|billion|lakhs?|crores?)(?![a-z]))"
           # ("30-thousand": a scale word joined by a hyphen, as some broadcasters write it)
           r"|\d+)(?:\.\d+)?(?:(?:\s+|-)(?:million|thousand|hundred|billion|lakhs?|crores?)(?![a-z])"
           r"|(?:m|mn|bn|k)(?![a-z]))?")  # "3.5m people", "1.1mn" (glued: a figure only with its noun)
_SUFFIXED = re.compile(r"\d(?:m|mn|bn|k)$")
# a number with a scale word or suffix: "1.5 million", "2.3m", "1.2 lakh" (lower case)
_SCALED = re.compile(r"(?:million|thousand|hundred|billion|lakhs?|crores?|\d(?:m|mn|bn|k))(?![a-z])")
_BASE = rf"(?:(?:{'|'.join(_TENS)})(?:[-\s](?:{'|'.join(_SMALL[:9])}))?|{_alt(_SMALL)})(?![a-z])"
_WORDNUM = (rf"(?:half\s+a\s+(?:million|billion)(?![a-z])|{_BASE}|a(?=\s+(?:hundred|thousand|million|billion)(?![a-z])))"
            rf"(?:(?:\s+|-)(?:hundred|thousand|million|billion|dozen|lakhs?|crores?)(?:\s+(?:and\s+)?{_BASE})?"
            # "one thousand, one hundred and forty three": a comma after the thousands, then the hundreds
            # (with its "and": "one thousand, two hundred" may be two counts: "killed one thousand, two hundred hurt")
            rf"|(?:(?<=thousand)|(?<=million)|(?<=billion)),\s+{_BASE}\s+hundred\s+and\s+{_BASE})*"
            r"(?:(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))\s+and\s+\d{1,3}(?![\d,.]))?")  # "two thousand and 367"
_NUM = rf"(?:{_DIGITS}|{_WORDNUM})"
_END = r"(?![\w%]|[.,:/]\d|-(?!strong(?![a-z])|plus(?![a-z]))\w|\s*(?:%|per\s*cent))"  # "1,500-strong": see _STRONG_AFTER
# Between the ends of a range: a dash on the same line; "to" or "or" across at most one line
# break (a wrapped line), never a blank line or a list's next item ("19\n\n- 14 civilians").
_RANGE_SEP = r"(?:-to-|[ \t]*[-–—][ \t]*|[ \t]*\n?[ \t]*(?:to|or)[ \t]*\n?[ \t]*)"
_NUM_AT = re.compile(
    rf"(?:(?P<vague>{_alt(VAGUE_WORDS)})(?![a-z])|(?P<n1>{_NUM})(?:{_RANGE_SEP}(?P<n2>{_NUM}))?){_END}")
_LIST_NEXT = re.compile(r",\s*\d")
_AND_NUM = re.compile(rf"\s+and\s+(?P<n2>{_NUM}){_END}")
_BETWEEN_TAIL = re.compile(r"(?<![a-z])between\s+$")
_QUAL_TAIL = re.compile(rf"(?<![a-z])(?:{_alt(QUALIFIERS)})\s+$")
_QUAL_BACK = max(map(len, QUALIFIERS)) + 3  # how far back a qualifier before a number may start
_QUAL_ONLY = re.compile(rf"(?:(?:{_alt(QUALIFIERS)})\s+)?", re.I)
# "That includes", "They include", "Those included": a breakdown of a count named before
# (and "The 17 included three security officers, ...", "The victims included 25 men and two women": the count or
# the people just named, broken down; not "The dead included four children", whose own noun says their fate)
_INCLUDES = r"(?:that|this|they|these|those|the\s+(?:\d[\d,]*|victims))\s+(?:also\s+)?includ(?:es|ed|e)"
_PART_BEFORE = re.compile(rf"(?<![a-z])(?:including|among\s+them|among\s+whom|of\s+whom|{_INCLUDES}"
                          rf"|among\s+(?:the|those)\s+(?:[a-z-]+\s+){{0,3}}(?:were|was|are|is))\s+"
                          rf"(?:(?:{_alt(QUALIFIERS)})\s+)?$")  # "Among the civilians were 97 children"
# A sentence that opens by breaking down the count before: '"We have a minimum of 14 dead." "That includes at least
# one anti-riot officer, ..."', "They include two children"
_INCLUDES_OPENER = re.compile(rf"[\s\"“‘']*{_INCLUDES}\s")
_POPULATION_BEFORE = re.compile(rf"(?<![a-z])(?:population\s+of|home\s+to)\s+(?:(?:{_alt(QUALIFIERS)})\s+)?$", re.I)
_PLACE_POSSESSIVE_BEFORE = re.compile(rf"[A-Z][A-Za-z]*[’']s\s+(?:(?:{_alt(QUALIFIERS)})\s+)?$")
# "the death toll from the bombing has risen to 36": the number is the toll.
_TOLL_BEFORE = re.compile(
    # (a word, or an initialism: "the toll from U.S. strikes")
    rf"(?<![a-z])(?<!injury\s)toll(?:\s+(?:[^\s.;]+|(?:[A-Za-z]\.){{2,}})){{0,14}}?\s+(?:has\s+|had\s+|now\s+)?"
    rf"(?:risen|rose|rises|climbed"
    rf"|climbs|reached|reaches|jumped|increased|stands|stood|hit|is|was)\s+(?:at\s+|to\s+)?"
    rf"(?:(?:{_alt(QUALIFIERS)})\s+)?$")
# (the qualifier may stand between: "and more than 3,500 injured")
# "... and one Kanak were killed", "... and one French territorial magistrate had been held": one to three
# words, then the list's verb or its end
_LIST_LAST_ITEM = re.compile(r"(?:[ \t]+(?!(?:of|in|on|at|to|by|for|from|with|who|that|more|other|another|day|time"
                             r"|way|side|hand)(?![A-Za-z-]))[A-Za-z][A-Za-z-]*){1,3}"
                             r"(?:[ \t]+(?:were|had|have|are)[ \t]|[ \t]*[.;]|[ \t]*,[ \t]+(?:were|had|have|are)[ \t])")
# (a colon opens a breakdown of the figure before: "14 civilians also sustained injuries: 11 in Barcelona and three more")
_LINK_BEFORE = re.compile(rf"(?:(?<![a-z])(?:and|with|while|including)|[,;:])\s+(?:(?:{_alt(QUALIFIERS)})\s+)?"
                          r"(?:another\s+)?$")  # "..., while another 3,000 flew to ..."
# "Of these, 310 were ...", "Of those, 2,100 are ...": a breakdown of the figure before, item by item.
_OF_THESE_BEFORE = re.compile(rf"(?<![a-z])(?:of|among)\s+(?:these|those|them|(?:this|that|the)\s+(?:total|number|figure))\s*,\s*"
                              rf"(?:(?:{_alt(QUALIFIERS)})\s+)?$")
# Past tenses not in -ed, of verbs people do ("another 3,000 flew into X"): a verb, not a noun after the number.
_IRREGULAR_PAST = frozenset("flew went came ran fell rose took made got stood sat slept lay kept left stayed "
                            "remained drove rode swam walked".split())
# the same with the verb of the second figure between: "killing eight soldiers and wounding 13"
_LINK_VERB_BEFORE = re.compile(rf"(?:(?<![a-z])(?:and|while)|,)\s+([a-z]+)\s+(?:(?:{_alt(QUALIFIERS)})\s+)?$")
# A second count joined to a count, then the verb they share: "14 soldiers and 32 other civilians
# were injured", "two police officials and a clerk have been kidnapped" (the second number, at
# most three words of its noun, then the words a predicate may have before its verb).
_COORDINATED = re.compile(rf"\s+and\s+[\"“‘]?(?:(?:{_alt(QUALIFIERS)})\s+)?(?:{_NUM}|an?|another)(?![\w,.]\d)"
                          # (a noun in quotation marks too: 'four soldiers and three "terrorists" were killed', and
                          # the count with it: 'two civilians and “16 criminals” are among the dead')
                          rf"(?:\s+[\"“‘]?[a-z-]+[\"”’]?){{1,3}}(?:{_PREDICATE_GAP.pattern})")
# "N other soldiers" after a count of no status: the count was of soldiers too.
_OTHER_AFTER = re.compile(rf"(?<![a-z\d,])(?:\d[\d,]*|{_BASE}|another)\s+other\s+([a-z-]+)")
_OTHER_AFTER_WINDOW = 100
# A count named, then its number: "bringing the overall count of returns by air to 36,400",
# "raising the total to 40"; "Returns of refugees ... totalled just 2,700".
_SAID_WINDOW = 160
_DEFINITE_BEFORE = re.compile(r"(?<![a-z])(?:the|these|those)\s+$")
_BRINGING = re.compile(
    r"(?<![a-z])(?:bringing|brings|bring|brought|raising|raises|raised|pushing|pushes|pushed|taking|takes|took)"
    r"\s+(?:the|its|their|this|that)\s+(?:[a-z-]+\s+){0,2}?(?P<what>total|number|count|tally|toll|figure)"
    r"(?:\s+(?:number\s+)?of\s+(?P<noun>(?:[a-z-]+\s+){0,2}?[a-z-]+))?(?:\s+[^.;:!?]{0,80}?)?"
    rf"\s+to\s+(?:(?:{_alt(QUALIFIERS)}|just|only)\s+)?$")
# "which would bring the contingent up to 150", "bringing the force to 3,000": the size of a force.
_BRINGING_FORCE = re.compile(r"(?<![a-z])(?:bringing|brings|bring|brought|raising|raises|raised|taking|takes|took)"
                             r"\s+(?:the|its|their|this|that)\s+(?:(?:strength|size|numbers?)\s+of\s+(?:the|its|their|this|that)\s+)?"
                             r"(?:[a-z-]+\s+){0,2}?([a-z-]+)"
                             r"(?:[’']s\s+(?:strength|size|numbers))?(?:\s+(?:in|on|at)\s+(?:the\s+)?[a-z-]+)?"
                             r"\s+(?:up\s+)?to\s+"
                             rf"(?:(?:{_alt(QUALIFIERS)}|just|only)\s+)?$")
_BRINGING_WORDS = re.compile(r"bring|brought|rais|push|tak|took")
_TOTALLED_BEFORE = re.compile(rf"(?<![a-z])(?:totall?ed|totall?ing|totals|numbered|numbering|amounted\s+to|amounting\s+to)"
                              rf"\s+(?:(?:{_alt(QUALIFIERS)}|just|only)\s+)?$")
# A breakdown in brackets right after a count: "1,200 civilian casualties (400 killed and 800 injured)".
_PAREN_OPEN = re.compile(rf"[ \t]*[(\[][ \t]*(?:(?:{_alt(QUALIFIERS)})\s+)?")
_SPEAKER_VERBS = frozenset("said says say told tells reported reports stated announced claimed added noted wrote "
                           "warned according that".split())
_BY_AGENT_TAIL = re.compile(r"(?<![a-z])by\s+(?:the\s+|its\s+|their\s+)?$")
_ESTIMATED_AT = re.compile(rf"(?<![a-z])(?:estimated\s+at|put\s+at|(?:figure|estimate)\s+of)\s+"
                           rf"(?:(?:{_alt(QUALIFIERS)}|just|only)\s+)?$")
# A count put at its number by whoever estimates it, a place between: "puts Ethiopian casualties at Tsorona at
# least 10,000", "put rebel losses at 2,000", "estimates civilian deaths at more than 1,000".
_PUT_FATE_AT = re.compile(r"(?<![a-z])(?:put|puts|putting|placed|places|placing|estimated|estimates|estimate)\s+"
                          r"(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?P<mods>(?:[a-z’'-]+\s+){0,2}?)"
                          r"(?P<fate>casualties|casualty\s+toll|death\s+toll|toll|deaths|dead|fatalities|losses"
                          r"|wounded|injured|injuries)"
                          r"(?:\s+(?:at|in|near|around|on)\s+(?:the\s+)?[a-z’'-]+(?:\s+[a-z’'-]+)?)?"
                          rf"\s+(?:at\s+(?:(?:{_alt(QUALIFIERS)}|just|only)\s+)?|at\s+(?:least|most)\s+)$")
_PUT_FATE_METRIC = {"casualties": "casualties", "losses": "casualties", "wounded": "injured", "injured": "injured",
                    "injuries": "injured"}
_QUAL_ANOTHER = re.compile(rf"(?<![a-z])(?:{_alt(QUALIFIERS)})\s+another\s+$")
_BAD_BEFORE = set("_.,/$€£#+-–:")

# "fatal" before a noun of its own is the event's adjective ("a fatal clash", "the fatal shooting"):
# no cue for the counts around it; after a number it is the count's own ("2,220 fatal shootings"),
# and standing alone it says the count's fate ("two casualties, one fatal").
_FATAL_EVENT_AFTER = re.compile(r"\s+(?!(?:and|or|but|while|with|in|on|at|to|by)(?![a-z]))[a-z]")
_FATAL_COUNT_BEFORE = re.compile(rf"(?:\d|(?<![a-z])(?:{_BASE}|dozens|hundreds|thousands|scores))\s+(?:[a-z-]+\s+)?$")
# A count stated as the value of its own noun of fate, in its own clause: "the number of wounded has
# risen to 2,174", "The total death of the protesters currently stands at 34", "..., while the number
# of wounded - to 2,174". The first such noun of the clause (after a comma, "and", "while", "but")
# decides, not a cue nearer after the number nor a toll named before an earlier number.
_STATED_FATE = re.compile(
    r"(?:^|[,;:(\"“”]|(?<![a-z])(?:and|while|but|whereas))\s*(?P<chain>(?:(?:[a-z’'-]+|(?:[a-z]\.){2,})\s+){1,10}?)"
    r"(?:(?:has|have|had|now|currently|already|reportedly|also)\s+)*"
    r"(?:risen|rose|rises|climbed|climbs|reached|reaches|jumped|increased|grown|grew|grows|stands|stood|is|was|are|were"
    r"|[-–—])"
    rf"\s+(?:at\s+|to\s+)?(?:(?:{_alt(QUALIFIERS)})\s+)?$")
_FATE_NOUNS = {**dict.fromkeys("toll death deaths dead fatalities killed".split(), "killed"),
               **dict.fromkeys("wounded injured injuries injury".split(), "injured"),
               **dict.fromkeys("casualties casualty".split(), "casualties"), "displaced": "displaced", "missing": "other"}


def _stated_fate(low: str, lo: int, start: int) -> tuple[str, str] | None:
    """(metric, noun) of the count's own noun of fate in its clause before its verb (see _STATED_FATE)."""
    seg = low[lo:start]
    if not seg.endswith((" ", "\t")) or not any(v in seg for v in ("ise", "ose", "imb", "each", "ump", "ncreas", "tand",
                                                                   "grew", "grow", "tood", " is ", " was ", " are ",
                                                                   " were ", "-", "–", "—")):
        return None
    m = _STATED_FATE.search(seg)
    if m is None:
        return None
    noun = next((w for w in m["chain"].split() if w in _FATE_NOUNS), None)
    of = re.search(r"(?<![a-z])toll\s+of\s+(?:the\s+)?([a-z]+)", m["chain"]) if noun == "toll" else None
    if of and of[1] in _FATE_NOUNS:
        noun = of[1]  # "The toll of wounded police officers stood at more than 20": the wounded
    return (_FATE_NOUNS[noun], noun) if noun else None


# Men counted as someone's ("10 of his men", "five of our men", "four of the Colonel's men", "two
# of Dako's men"): in war reporting, the fighters of a commander, leader or force (not "the village's men").
# Events named by their year ("the 1999 massacres", "the 2015 bombings"): nouns of a named event only, and
# not when the events are counted after ("The 2000 attacks recorded this year killed 300 civilians").
_NAMED_EVENT_NOUNS = frozenset("massacre massacres bombing bombings election elections war wars riots riot uprising "
                               "uprisings coup coups genocide invasion invasions offensive pogrom pogroms revolution "
                               "killings atrocities".split())
_EVENTS_COUNTED_AFTER = re.compile(r"\s+(?:(?:that\s+|which\s+)?(?:were|was|have\s+been|had\s+been|has\s+been)\s+)?"
                                   r"(?:(?:so\s+far\s+)?(?:recorded|carried\s+out|documented|registered|reported|counted"
                                   r"|verified|logged|launched|conducted|staged)|this\s+year|so\s+far|in\s+total|last\s+year)(?![a-z])")
# A civilian role the sentence names before "his men" ("The village chief said 14 of his men ...").
_CIVILIAN_ROLE_IN = re.compile(r"(?<![a-z])(?:chief|chiefs|mayor|elder|elders|headman|farmer|villager|villagers|father"
                               r"|owner|landlord|foreman|imam|priest|teacher|doctor|governor|head|tribesman|sheikh)(?![a-z])")


_GAP_ANOTHER_COUNT = re.compile(rf"(?<![a-z])(?:{_NUM}|and|but|while|others?)(?![a-z])")


def _died_since(low: str, num_end: int, s_end: int) -> bool:
    """The count's wounded have died since ("who had been injured has since died"), with no other count or
    clause of its own between the number and the death."""
    died = _DIED_SINCE.match(low, num_end)
    return died is not None and died.end() <= s_end and not _GAP_ANOTHER_COUNT.search(died["gap"])


# The count's own passive verb after words that describe it: "19 others, all men, aged 35 to 60, were injured",
# "28 other people from several countries were injured": the gap holds no other count (ages aside), no clause of
# its own and no sentence end, and ends in "were", "was", "have been" ... (with an adverb: "were seriously").
_AGED = re.compile(r"(?<![a-z])aged\s+(?:between\s+)?\d+(?:\s*(?:to|-|–|and)\s*\d+)?")
_OWN_PASSIVE_GAP = re.compile(r"(?:(?!(?<![a-z])(?:and|or|but|while|who|which|that|whom|when|after|as|where|said|says)"
                              r"(?![a-z]))[^.;:!?\d])*?(?<![a-z])(?:were|was|are|is|have\s+been|had\s+been|has\s+been)"
                              r"\s+(?:[a-z]+ly\s+)?")
_OWN_PASSIVE_WINDOW = 100
# (a new subject after a comma, the people of another clause, ends the description: "40,000 people near the
# border, children were dying"; not "500 people, mostly children, were")
_NEW_SUBJECT_GAP = re.compile(r",\s+(?!(?:all|mostly|mainly|many|most|some|including|among|aged|both|largely|chiefly"
                              r"|predominantly|nearly|almost|about|around)(?![a-z]))(?:(?:the|their|its|his|her|our|many"
                              r"|some|most|several)\s+)?(?:[a-z-]+\s+)?([a-z-]+)\s+(?:were|was|are|is|have\s+been"
                              r"|had\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?$")


# "Of roughly 4,800 troops ..., about 97% were killed", "Of the 300 villagers, half were killed": the number is
# a whole; the part after the comma (a share, "half", "most", "all but 17") is what the verb counts
_WHOLE_BEFORE = re.compile(r"\s*of\s+(?:the\s+|some\s+|an\s+estimated\s+)?")
_PART_SUFFERED = re.compile(r"[^.;:!?,]{0,80},\s+(?:only\s+|just\s+|about\s+|some\s+|around\s+|nearly\s+|almost\s+"
                            r"|roughly\s+|more\s+than\s+|over\s+|at\s+least\s+)?(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)"
                            r"|half|a\s+third|a\s+quarter|two-thirds|three-quarters|most|many|some|all\s+but\s+\w+|a\s+few"
                            r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+in\s+(?:\w+))(?:\s+of\s+them)?"
                            r"\s+(?:were|was|had\s+been|have\s+been|are|died|perished)(?![a-z])")


# what befell displaced people, said right after their noun ("refugees were killed", "asylum seekers arrested")
_DISPLACED_FATE = re.compile(r"\s+(?:who\s+|that\s+)?(?:(?:were|was|had\s+been|have\s+been|are|being)\s+(?:[a-z]+ly\s+)?)?"
                             r"(?P<v>killed|shot\s+dead|died|dead|drowned|injured|wounded|hurt|hospitali[sz]ed"
                             r"|arrested|detained|jailed|in\s+(?:police\s+)?custody|received\s+(?:hospital\s+|medical\s+)?"
                             r"treatment|treated\s+(?:in|at|for)\s)(?![a-z])")

# displaced people who went home, said right after their noun: returnees ("refugees repatriated during the year",
# "30,000 refugees have officially returned"), `other` by the labelling conventions
_DISPLACED_HOME = re.compile(r"\s+(?:who\s+|that\s+)?(?:(?:have|has|had)\s+)?(?:[a-z]+ly\s+)?"
                             r"(?P<v>returned|repatriated|went\s+(?:back|home)|came\s+(?:back|home))(?![a-z])")
# people counted by another noun, then named by their plight: "30,000 Mauritanians were refugees at the end of 1998"
_PLIGHT_PREDICATE = re.compile(r"\s+(?:were|are|remain(?:ed)?|became|(?:have|had|has)\s+become)\s+(?:now\s+|still\s+)?"
                               r"(?:refugees|internally\s+displaced|displaced|homeless|idps)(?![a-z])")


def _phrase_cue_at(low: str, pos: int, word: str) -> bool:
    """Whether *word* at *pos* opens one of its phrase cues ("took refuge"; not "took to the streets")."""
    return any(p.match(low, pos) for p, _ in _PHRASE_LISTS.get(word, ()))


def _own_passive_after(low: str, end_at: int, s_end: int, cues, cue_starts):
    """The people cue of the count's own passive verb, past words that describe the count, or None."""
    for k in range(bisect_left(cue_starts, end_at), len(cues)):
        c = cues[k]
        if c[0] >= s_end or c[0] - end_at > _OWN_PASSIVE_WINDOW:
            return None
        if c[2] in _PEOPLE_METRICS:
            gap = _AGED.sub("aged", low[end_at:c[0]])
            if (new := _NEW_SUBJECT_GAP.search(gap)) and (new[1] in _PEOPLE or new[1] in ("they", "we")):
                return None  # "In a camp of 40,000 people near the border, children were dying": another subject
            return c if _OWN_PASSIVE_GAP.fullmatch(gap) else None
    return None


# "he was one of the ...", "known as one of": a person said to be one of a group, not a count
_IDENTITY_BEFORE = re.compile(r"(?<![a-z])(?:was|is|as|been|being|become|became|remains|remained)\s+$")
_NUMBER_BEFORE = re.compile(rf"(?<![\w,.]){_NUM}(?![\w%]|[.,:/]\d)", re.I)


def _others_of_things(text: str, low: str, s_start: int, start: int) -> bool:
    """"N others" or "N of which" after a count of things we do not count, in the same sentence ("took six
    military vehicles and burnt two others", "detained for eight weeks, four of which in isolation"): more of
    the things, or a part of them."""
    last = None
    for last in _NUMBER_BEFORE.finditer(low, s_start, start):
        pass
    if last is None:
        return False
    best, first = _head(text, last.end())
    if any(w in _PEOPLE_VERBS for w in re.findall(r"[a-z]+", low[last.end():start])):
        return False  # "burnt 30 huts and abducted 20 others": a verb done to people, the others are people
    return best is None and _uncounted(first)


# verbs done to people (not to things): "burnt 30 huts and abducted 20 others"
_PEOPLE_VERBS = frozenset("abducted abduct kidnapped kidnap killed kill wounded wound injured injure arrested arrest "
                          "detained detain beat beaten questioned question interrogated interrogate executed execute "
                          "tortured torture raped rape stabbed stab hacked beheaded murdered murder massacred "
                          "slaughtered rescued rescue evacuated evacuate freed released hanged lynched whipped flogged "
                          "assaulted assault harassed harass threatened threaten intimidated expelled deported "
                          "displaced hostage hostages captured capture shot shoot treated treat hospitalised "
                          "hospitalized fined sentenced convicted charged recruited conscripted".split())


def _titled_possessor(text: str, lo: int, hi: int) -> bool:
    """Whether the capitalised possessor of "N of X's men" is named elsewhere in the text with a commander's
    title or word ("rebel commander Dako ... 20 of Dako's men"), not a place."""
    m = re.search(r"([A-Z][A-Za-z-]*)[’']s\s+men$", text[lo:hi])
    if m is None:
        return False
    name = re.escape(m[1])
    return re.search(rf"(?<![a-z])(?:{_COMMANDER_WORDS}|leader|chief)\s+(?:[A-Z][A-Za-z-]*\s+)?{name}(?![\w])"
                     rf"|(?<![\w]){name}(?:\s+[A-Z][A-Za-z-]*)?\s*,\s+(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){{0,2}}"
                     rf"(?:{_COMMANDER_WORDS}|leader|chief)(?![a-z])"
                     rf"|(?<![\w]){name}[’']s\s+(?:[a-z-]+\s+)?(?:forces|fighters|troops|militia|militiamen|army|rebels"
                     rf"|group|brigade|gunmen|loyalists)(?![a-z])", text) is not None


_MEN_OF_LEADER = re.compile(r"\s+of\s+(?:his|her|our|their|its|(?:the\s+|[A-Z][a-z]+\s+)?[A-Z][A-Za-z-]*[’']s)\s+men")
# (whose: "his"/"her"/"their" only with a commander or force named in the sentence, not "The village chief
# said 14 of his men"; a capitalised possessor only as a commander's title or name, "the Emir's", "Colonel
# Dako's", never a place's, "8,000 of Srebrenica's men and boys")
_COMMANDER_WORDS = (r"commanders?|colonels?|generals?|captains?|majors?|lieutenants?|sergeants?|brigadiers?|warlords?"
                    r"|emirs?|sheikhs?|marshals?|admirals?|officers?|commandants?|militias?|rebels?|insurgents?|army"
                    r"|armies|brigades?|battalions?|regiments?|units?|forces|troops|guerrillas?|fighters|militants?|platoons?"
                    r"|companies|squads?|(?:rebel|militia|armed\s+group|insurgent|guerrilla|military)\s+(?:leaders?|chiefs?)"
                    r"|(?:army|military|police)\s+chiefs?|warlord|(?:gen|col|capt|lt|sgt|maj|brig|cmdr|cdr)\.(?=\s)"
                    r"|(?:group|movement|faction|militia|rebels)[’']s?\s+leader")
_COMMANDER_IN = re.compile(rf"(?<![a-z])(?:{_COMMANDER_WORDS})(?![a-z])")
_COMMANDER_POSSESSOR = re.compile(rf"\s+of\s+(?:the\s+(?:[a-z-]+\s+)?(?:{_COMMANDER_WORDS}|[A-Z][a-z]+)[’']s"
                                  rf"|(?:{_COMMANDER_WORDS})\s+[A-Z][A-Za-z-]*[’']s)\s+men", re.I)
# "... were being treated in the town's main hospital yesterday for injuries": where and when first.
_WHERE_FOR_INJURIES = re.compile(r"\s+(?:in|at)\s+[^,.;:!?\d]{1,60}?\s+for\s+(?:[a-z-]+\s+){0,2}?(?:injuries|injury|wounds"
                                 r"|burns)(?![a-z])")
_WHOLE_OF_BEFORE = re.compile(r"(?<![a-z])of\s+(?:the\s+|these\s+|those\s+)?$")
# a sentence that tells of violence, where the people a hospital treats are its wounded
_VIOLENT_WORDS = re.compile(r"(?<![a-z])(?:violence|violent|attacks?|attacked|clash(?:es|ed)?|blasts?|explosions?|bomb\w*|shoot\w*"
                            r"|shot|shell\w*|strikes?|airstrikes?|protests?|riots?|rioting|fighting|gunfire|gunmen|stampede"
                            r"|crush|stabb\w*|massacre|raid|crackdown|unrest|wounded|wounds|gunshots?|injured|injuries|hurt)(?![a-z])")
_NOT_WOUNDS_AFTER = re.compile(r"(?:\s+[a-z-]+){0,4}?\s+(?:for|with|of)\s+(?:[a-z-]+\s+){0,2}?(?:anxiety|shock|stress|panic"
                               r"|exhaustion|trauma|dehydration|cholera|malaria|diseases?|illness|infections?|measles)(?![a-z])"
                               r"|\s+(?:patients|cases|women\s+who\s+gave\s+birth|births|deliveries)(?![a-z])")
_AT_HOSPITAL = re.compile(r"\s+(?:in|at)\s+(?:a\s+|the\s+|two\s+|three\s+|several\s+|local\s+|various\s+)?"
                          r"(?:[\w'’-]+\s+){0,3}?(?:hospitals?|clinics?|medical\s+(?:centres?|centers?|facilities))(?![a-z])")
# an item's place in a count by place: "in Dhi Qar", "in the Wasit province"
_LIST_PLACE = (r"\s+(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]*[ \t]+){0,3}[A-Z][\w'’-]*"
               r"(?:[ \t]+(?:province|region|district|governorate|state|county|city|area))?")
_PLACE_LIST_GAP = re.compile(_LIST_PLACE + r"(?:,\s+and|,|\s+and)\s+")  # the place of the item before, then the list goes on
_IN_PLACE_AFTER = re.compile(_LIST_PLACE + r"(?=\s*(?:[,.;]|and\s|$))")  # the item's own place, ending it
# A count by place in brackets that runs on: "Sessi (3,080 people), Sololo (2,300 people), Cifa/Butiye (890 people)"
_PAREN_LIST_GAP = re.compile(r"\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w’'/.-]*(?:\s+[A-Z][\w’'/.-]*){0,3}\s*\(")
_NEGATED_BEFORE = re.compile(r"(?<![a-z])(?:not|never|cannot|[a-z]+n[’']t|yet\s+to|unlikely\s+to)(?![a-z])"
                             r"[^.;:!?\d]{0,30}$")
_TOLL_UP_TO = re.compile(r"(?<![a-z])(?:death|casualty|injury)\s+toll(?:\s+(?:from|in|of|at)\s+[^,.;:!?\d\n]{1,50}?)?\s+$")
_GONE_UP = re.compile(r"(?<![a-z])(?:(?:has|have|had)\s+(?:now\s+|since\s+|already\s+)?(?:gone|risen|climbed|jumped|crept"
                      r"|edged|shot)|went|rose|climbed|jumped|crept|edged)\s+$")
_MAY_RISE = re.compile(r"(?<![a-z])(?:could|may|might|would|will|can|be|is|was|are|were|rise|rises|reach|reaches|climb"
                       r"|go|goes|put|estimated?|feared|expected)(?![a-z])")
_OF_THE_GAP = re.compile(r"\s+of\s+the\s+")
_LATER_DIED_WORDS = r"\s+(?:(?:have|had|has)\s+)?(?:(?:later|since|subsequently|eventually|afterwards)\s+)?died(?![a-z])"
_LATER_DIED = re.compile(_LATER_DIED_WORDS)  # "the 15 wounded later died"
# the injured who later died: "39 residents injured later died", "the 12 soldiers wounded in the ambush (on
# Monday) later died"; not past another subject ("wounded in the ambush and two civilians later died")
_INJURED_LATER_DIED = re.compile(r"(?:\s+[a-z-]+){0,2}?\s+(?:injured|wounded|hurt)(?:\s+(?:in|during|by|at|on)"
                                 r"(?:\s+(?!and\s|or\s|but\s|while\s)[a-z-]+){1,6}?)?" + _LATER_DIED_WORDS)
# "others" after a person counted without a number ("left another person dead and three others
# injured") are that person's others; after two counts of different people joined ("three students and
# four soldiers died and 20 others were hurt") they are of both (all).
_LONE_PERSON = re.compile(r"(?<![a-z])(?:another|an?|one\s+other)\s+(?:[a-z-]+\s+)?(person|man|woman|civilian|resident"
                          r"|villager|bystander|passer-by|child|boy|girl|soldier|policeman|officer|guard)(?![a-z])")
_JOINED_COUNTS = re.compile(r"\s*,?\s*(?:and|or)?\s*")
# What was burned, when it is a thing ("burned tires", "burned down the market", "burnt several houses").
_BURNED_THING = re.compile(r"\s+(?:(?:the|a|an|their|his|her|its|several|many|some|dozens\s+of|hundreds\s+of)\s+)?"
                           r"([a-z-]+)(?:\s+([a-z-]+))?")
_OF_THOSE_FATE = re.compile(r"\s+(killed|dead|wounded|injured|displaced)(?![a-z])")
# "about 15 dead in the group of attackers", "40 killed on the side of the rebels": whose dead.
_IN_GROUP_OF = re.compile(r"(?:\s+(?:were|was|have\s+been|had\s+been))?(?:\s+(?:killed|dead|wounded|injured))?"
                          r"\s+(?:in|on|from|among)\s+(?:the\s+)?(?:group|ranks|side)\s+of\s+(?:the\s+|their\s+|its\s+)?"
                          r"(?=[a-zA-Z])")
# An aside of a count's parts right after it: ", 16 of them women,", ", some of whom ...,", " -- 21 men and five women --"
_ASIDE_OPEN = re.compile(r"(?P<comma>,)\s+(?:\d[\d,]*|[a-z]+)\s+of\s+(?:them|whom)(?![a-z])|\s+(?P<dash>--|—|–)\s")
# a predicate's auxiliary after an aside: "... -- were injured", ", 16 of them women, were severely wounded"
_AUXILIARY_AFTER = re.compile(r"\s*(?:were|was|are|is|have\s+been|has\s+been|had\s+been|remain(?:s|ed)?)(?![a-z])")
# An aside of a count's parts closed, then the count's own verb: ", including four children, were killed and".
# (or closed after the verb, then the next clause: "12 people were killed, including four children, and 30 were wounded")
_ASIDE_CLOSED = re.compile(r",\s+(?:were|was|have|has|had|are|is)\s|,\s+(?:and|while|but|whereas)\s+(?:another\s+|some\s+"
                           r"|about\s+|around\s+|at\s+least\s+|nearly\s+|over\s+|more\s+than\s+)?$")
# Context that makes a number a date, time, age, money, reference or phone number.
_PRE_SKIP = re.compile(
    r"(?:"
    rf"(?<![A-Za-z]){MONTHS}[ \t]+(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:and|or|to|through)[ \t]+)?"  # "October 10 and 11"
    rf"|(?<![A-Za-z]){MONTHS.upper()}[ \t]+"  # a dateline's "FEB. 5"
    r"|(?i:(?<![a-z])(?:aged?|ages|age\s+of)\s+(?:between\s+)?"
    r"(?:(?:\d{1,3},?\s+)*\d{1,3}(?:\s*,\s*|\s+)(?:and\s+|or\s+)?)?)"  # "aged 19, 20 and 22"
    r"|(?i:(?<![a-z])(?:children|boys|girls|minors|youths?)\s+(?:under|below|over|aged)\s+)"
    r"|(?i:(?<![a-z])(?:resolutions?|reports?|no\.|nos\.|number|articles?|paragraphs?|sections?"
    r"|chapter|pages?|p\.|flight|decree|law|annex|case|bulletin|issue|route|highway|voted|vote\s+of)"
    r"\s+(?:no\.?\s*)?)"
    r"|(?i:(?<![a-z])(?:resolutions?|articles?|paragraphs?)\s+\d+,?\s+(?:and|to|or)\s+)"
    r"|(?i:(?:us\$|usd|eur|gbp|syp|rub|\$|€|£|₹|₦)\s*)"
    # (a rupee's, a shilling's, a naira's sign: "relief of Rs 10,000", "KSh 5,000", "Tk 20,000")
    r"|(?<![A-Za-z])(?:Rs\.?|INR|NPR|PKR|LKR|KSh|KES|NGN|Tk\.?|BDT|FCFA|CFA|XOF|XAF|ZAR|UGX|TZS|ETB|Birr)[ \t]*"
    # (a phone number's label; not a sentence that ends in the word: "said over the telephone. Hundreds ...")
    r"|(?i:(?<![a-z])(?:tel\.?|telephone|phone|hotline|fax):?[ \t]*(?:on[ \t]+)?)"
    r"|\d[ .-]"
    r")$")
# A killing verb right before a number: "Militia Massacre 41 Turkanas", "gunmen killed 12 Pokots"
_KILLED_NUMBER_BEFORE = re.compile(r"(?<![A-Za-z])(?i:kill(?:s|ed)?|massacre[sd]?|slaughter(?:s|ed)?|slay|slays|slew)"
                                   r"\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+)?[\w,.]+\s*\Z")
# A dateline's month and day right before the story's first word: "CONAKRY, Sept 18 Eight bodies", "BEIRUT Dec 6 Two"
_DATELINE_DAY_BEFORE = re.compile(rf"(?<![A-Za-z]){MONTHS}[ \t]+\d{{1,2}}[ \t]+$")
# "May 9, 2023": a year after a month and day; "until October 11, 41 civilians" is a figure.
_DAY_COMMA_BEFORE = re.compile(rf"(?<![A-Za-z]){MONTHS}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,[ \t]*$")
_POST_SKIP = re.compile(
    rf",?[ \t]+(?:of[ \t]+)?{MONTHS}(?![A-Za-z])"
    # "5 FEB 2015", "5 MAY (Reuters) -": a dateline's day (not "300 MAY BE DEAD")
    rf"|[ \t]+{MONTHS.upper()}(?=[ \t]+\d{{4}}(?!\d)|[ \t]*(?:--|[–—:(]|$))"
    r"|(?i:\s*(?:a\.m\.|p\.m\.|am(?![a-z])|pm(?![a-z])|gmt|utc|hrs(?![a-z])|o['’]clock))"
    r"|[ .-]\d"
    r"|(?i:\s+(?:dollars|euros|pounds|rubles|roubles|lira|liras|rupees|shillings|naira|taka|francs|yuan|dinars"
    r"|riyals|pesos|rand|birr|cedis|kwacha|afghanis)(?![a-z]))"
    r"|(?i:[-\s]years?[-\s]old)")

# A number that names something: an event ("the 228 Incident", "the 1989 Massacre"), a body named after one
# ("the Memorial Foundation of 228"), a street ("22 Children of Tzfat Street", "6 October Bridge")
_NUMBER_NAMES_AFTER = re.compile(r"[ \t]+(?:Incident|Massacre|Uprising|Revolution|Affair|Memorial|Peace\s+Park)"
                                 r"(?![A-Za-z])")
_NAMED_OF_BEFORE = re.compile(r"(?:Foundation|Memorial|Museum|Association|Committee|Society|Park|Square|Street)"
                              r"[ \t]+of[ \t]+\Z")
_STREET_AFTER = re.compile(r"(?:[ \t]+(?:[A-Z][\w'’-]*|of|de|del|la|the)){1,5}?[ \t]+(?:Street|St\.|Road|Avenue|Ave\."
                           r"|Square|Boulevard|Lane|Alley|Bridge)(?![A-Za-z])")
_NOT_IN_A_NAME = {"in", "on", "at", "after", "as", "near", "by", "for", "dead", "killed", "die", "died", "hurt",
                  "wounded", "injured", "shot", "slain", "arrested", "missing"}
# a capitalised word right after a year-like number: "Over 2002 Aksy Killings"
_PROPER_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)(?![\w-])")
# "was struck seven times", "had been shot 12 times", "being stabbed 20 times"
_PASSIVE_HIT_BEFORE = re.compile(r"(?:(?<![A-Za-z])(?:[Hh]e|[Ss]he|[Tt]hey|man|woman|boy|girl|officer|guard|soldier|policeman"
                                 r"|victim|child|teenager|student|driver|journalist|[A-Z][a-z]+)|\(\d{1,3}\))\s+"
                                 r"(?:had\s+|has\s+|have\s+)?(?:was|were|been|being|is|are|get|got)\s+(?:[a-z]+ly\s+)?"
                                 r"(?:struck|shot|stabbed|hit|beaten|punched|kicked)\s+\Z")
# a rule that limits a number: "guidelines that require candidates to address fewer than 200 people", "a decree
# that limits gatherings to no more than 50": a rule's verb, then "to <gather>", "to" or "at", right before the
# limit's words ("fewer than", "less", "no more than", "up to", "at most")
_RULE_BEFORE = re.compile(r"(?<![a-z])(?:requires?|required|requiring|limit(?:s|ed|ing)?|restrict(?:s|ed|ing)?"
                          r"|cap(?:s|ped|ping)?|allow(?:s|ed|ing)?|permit(?:s|ted|ting)?)\s+(?:[\w-]+\s+){0,4}?"
                          r"(?:to\s+(?:address|gather|hold|host|have|admit|accommodate|assemble|attend)\s+|at\s+|to\s+"
                          r"|of\s+)"
                          r"(?P<limit>(?:fewer|less|no\s+more|not\s+more|up\s+to|at\s+most)(?:\s+than)?\s+)?\Z")
_LIMIT_WORDS = re.compile(r"(?<![a-z])(?:fewer|less|no\s+more|not\s+more|up\s+to|at\s+most)(?![a-z])")
_GATHERING_OF_BEFORE = re.compile(r"(?<![a-z])(?:gatherings?|groups?|meetings?|assemblies|rallies|crowds?)\s+of\s+"
                                  r"(?:more\s+than\s+|over\s+|above\s+)?\Z")
_BANNED_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:are|is|were|was|remain|remained)\s+(?:\w+\s+)?(?:banned|prohibited"
                           r"|forbidden|not\s+allowed|outlawed)(?![a-z])")

# More words that may follow a figure: prepositions ("44 dead until 5:00 p.m.", "12 wounded following
# the blast") and adverbs of time ("two died on the spot and three later in hospital").
FOLLOWERS |= set("until till following against despite amongst upon toward towards without "
                 "earlier again instantly immediately initially respectively".split())
# and of what was said of it before: "rather than the 93 previously reported", "the 12 originally announced"
FOLLOWERS |= {"previously", "originally"}
# and of what is left out: "12 excluding the gunman" (and "plus" before someone else, read as "and": see _PLUS_SOMEONE)
FOLLOWERS |= {"excluding", "besides"}
# and of where, beside "inside" and "near": "Gunman kills 4 outside Jewish school"
FOLLOWERS |= {"outside"}
# A law's articles or sections named before a bare number ("charged under the following articles of the Criminal
# Code: 120 (intentional murder), 214 (terrorism)"), with the law itself named in the sentence
_LAW_ARTICLES_BEFORE = re.compile(r"(?<![a-z])(?:articles?|sections?|clauses?)\s+(?:\d|of\s+the\s)")
_LAW_NAMED = re.compile(r"(?<![a-z])(?:code|act|law|statute|constitution|convention)(?![a-z])")
# A cue word naming vehicles or craft after a bare number: "Three rescue vehicles", "two evacuation boats"
_CUE_THEN_CRAFT = re.compile(r"\s+[a-z]+\s+(?:vehicles?|trucks?|boats?|helicopters?|planes?|aircraft|ambulances?|cars?"
                             r"|buses|bus|jeeps?|ships?|vessels?|choppers?|flights?)(?![a-z])")
# Units named by what they are for: "two special force commandos", "five elite troops"
MODIFIERS |= {"special", "elite"}
# "the armed men, who were six in number": the subject before the verb names the counted people.
_IN_NUMBER_SUBJECT = re.compile(r"(?<![a-z])(?P<noun>[a-z-]+\s+[a-z-]+)\s*,?\s+(?:who\s+|which\s+)?(?:were|are|was|is)\s+$")
# "a group of nine", "an armed gang of 15": people counted as a group.
_GROUP_OF_BEFORE = re.compile(r"(?<![a-z])(?:a|an|another)\s+(?:(?:small|large|armed(?P<armed>)|heavily\s+armed(?P<armed2>)"
                              r"|masked)\s+)?(?:group|band|gang|party|squad|cell)\s+of\s+$")
# What a count just given could reach, before the number: "..., and could be as high as 170", "but may rise to 200"
_COULD_BE_BEFORE = re.compile(r"(?:,\s*|\s+)(?:and|but|or)\s+(?:it\s+)?(?:could|may|might|would|will)\s+(?:well\s+)?"
                              r"(?:be|reach|rise\s+to|climb\s+to|exceed|top|surpass)\s+\Z")
# A figure called a figure, before its number with no noun after: "the higher figure of 170", "the previously
# reported number of just over 100" (a toll has its own reading: "the death toll of 71")
_FIGURE_OF_BEFORE = re.compile(r"(?<![a-z])(?:the|a|an|its|their|his|her|this|that)\s+(?:[a-z'’-]+\s+){0,3}?(?:(?:figure"
                               r"|count|tally|estimate)|(?:reported|previous|earlier|higher|lower|official|new"
                               r"|revised|initial|final|latest)\s+number)\s+of\s+\Z")
# the words after such a number, before any noun: "the figure of 170 comes from", "the number of 100 given by"
_FIGURE_OF_VERBS = frozenset("comes came come is was were are has had given cited quoted reported released issued "
                             "published announced provided".split())
_FIGURE_OF_WINDOW = 500  # how far back the count whose kind it takes may be
# "a crowd of thousands", "another angry mob of 600": people counted as a crowd
_CROWD_OF_BEFORE = re.compile(r"(?<![a-z])(?:a|an|another|the)\s+(?:[a-z-]+\s+)?(?:crowd|mob|throng)\s+of\s+$")
# A force given as its size: "a rebel force of 500 men", "an army of 10,000" (its people: combatants)
_FORCE_OF_BEFORE = re.compile(r"(?<![a-z])(?:a|an|another|the|its|their|his)\s+(?:[a-z-]+\s+){0,2}?(?:force|army|militia"
                              r"|contingent|battalion|brigade|garrison|regiment|column)\s+of\s+$")
# A place's people given as its size: "the oil-rich nation of 19 million", "a city of 300,000 people".
_PLACE_OF_BEFORE = re.compile(r"(?<![a-z])(?:country|nation|city|town|state|region|province|island|territory|enclave"
                              r"|village|capital|area|municipality|district|county|suburb|neighbou?rhood|locality"
                              r"|settlement|community|republic|metropolis|commune)\s+of\s+(?:(?:some|about|around|nearly|almost|roughly|over|more\s+than"
                              r"|just\s+over|just\s+under|fewer\s+than|less\s+than|approximately)\s+)?$")
# The people who live in a place, as a head noun: "a town of 15,000 residents", "an area of 130,000 inhabitants"
_DWELLERS = frozenset({"inhabitants", "residents", "dwellers", "souls"})
# A place named before a count in brackets: "Pool (11,307)", "Bouenza province (1,679)".
_PLACE_PAREN_BEFORE = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:province|region|state|district|department|county|governorate"
                                 r"|prefecture|division|municipality|city|town))?[ \t]*\($")
# "number" as a verb, a force's size: "the forces in X number about 800" (a qualifier after it: "the
# number 10" and "reference number 4" are names, see _PRE_SKIP).
_NUMBER_VERB_BEFORE = re.compile(rf"(?<![a-z])(?<!the\s)(?<!a\s)(?<!its\s)numbers?\s+(?:{_alt(QUALIFIERS)})\s+$")
# A name in apposition after "one of the ...": "One of the doctors, Tarik al-Basri, ..." (a person, not a count).
_NAME_APPOSITION_AFTER = re.compile(r",[ \t]+[A-Z][a-z’'-]+(?:[ \t]+(?:[A-Z][\w’'-]*|(?:al|el|ad|as|ash|bin|ibn|abu|de|da"
                                    r"|van|von|der|del|di|le|la)(?:-[\w’'-]+)?))+[ \t]*(?:,|\(|[ \t]+(?:is|was|who|said"
                                    r"|says|told|has|had)(?![a-z]))")
# A body described by its members: "an alliance of six ex-Soviet states", "a bloc of 27 nations".
_MEMBERSHIP_BEFORE = re.compile(r"(?<![a-z])(?:alliance|bloc|union|grouping|organi[sz]ation|club|federation|league"
                                r"|community|association|pact|commonwealth|council)\s+of\s+$")
# "two of Africa's smallest states": a part of what a place has.
_OF_PLACE_POSSESSIVE = re.compile(r"\s+of\s+[A-Z][\w-]*[’']s(?=\s)")
# (a place's things named: not any uncounted plural, "Three of Qzland's most senior generals" are people)
_PLACE_THINGS = frozenset("states countries nations provinces regions districts counties cities towns villages "
                          "neighbourhoods neighborhoods roads highways motorways bridges airports ports harbours harbors "
                          "railways rivers dams mines oilfields borders crossings islands banks companies parties "
                          "universities ministries".split())
# (but a fate said of the named one keeps the count: "One of the soldiers, Sgt Ivan Petrov, 24, died of his
# wounds", "..., Private Adam Kell, was killed by a sniper"; not "was buried", "is receiving treatment")
_FATE_AFTER_APPOSITION = re.compile(r"[ \t]*(?:\d{1,3}[ \t]*,[ \t]*)?(?:(?:was|were|is|has|had|have|been|being|later|also"
                                    r"|reportedly|then|subsequently|allegedly|seriously|critically|badly|fatally|mortally"
                                    r"|shot)[ \t]+)*(?:killed|died|dies|dead|wounded|injured|hurt|slain|murdered|executed"
                                    r"|succumbed|abducted|kidnapped|missing|captured|taken\s+hostage|shot\s+dead|beheaded)(?![a-z])")
_APPOSITION_VERB_END = re.compile(r"(?<![a-z])(?:is|was|has|had)$")


def _fate_after_apposition(low: str, nap: re.Match) -> bool:
    """Whether a fate is said of the person named in apposition (``nap``; its closing verb read again)."""
    verb = _APPOSITION_VERB_END.search(nap[0])
    return _FATE_AFTER_APPOSITION.match(low, nap.end() - (len(verb[0]) if verb else 0)) is not None


# A participle clause after a count: "with some 600,000 having fled", "20 having been killed".
FOLLOWERS |= {"having"}
# Past participles that describe people rather than say what befell them ("15 armed with rifles").
# "One of the killed persons", "two deceased soldiers": the dead named before their noun
MODIFIERS |= {"killed", "murdered", "deceased"}
MODIFIERS |= _COURT_CUES  # "12 jailed protesters": the noun after them is the count's
# How a monitor qualifies the deaths or harms it counts: "40 unlawful killings", "12 summary executions",
# "27 verified deaths", "nine extrajudicial killings"
MODIFIERS |= set("unlawful extrajudicial extra-judicial summary arbitrary targeted deliberate indiscriminate "
                 "documented verified recorded registered conflict-related".split())
# Deaths named before a count of displaced people: "the tragic deaths of 11 refugees", "the killing of 20 displaced
# people" (not "the deaths of their relatives forced 300 to flee")
_DEATHS_OF_BEFORE = re.compile(r"(?<![a-z])(?:deaths|killings?|murders?|massacre|slaying|execution)\s+of\s+"
                               r"(?:(?:at\s+least|some|about|around|nearly|almost|more\s+than|over)\s+)?\Z")
# After a bare count's own verb: the clause ends ("and 12 escaped.", "12 escaped, ...", "12 escaped in the night")
_OWN_VERB_ENDS = re.compile(r"\s*(?:[^\w\s]|\Z)|\s+(?:and|while|but|or|in|on|at|by|after|during|when|as|from|to|with"
                            r"|since|before|overnight|later|inside|outside|near)(?![a-z])")
_DESCRIBING_ED = frozenset("armed aged named based related dressed masked hooded equipped disguised "
                           "called described identified believed thought".split())
# A count stated as the value of its noun: "the total number of violations ... was 231",
# "the highest number of abuses at 54" (the noun is read after "of"; the verb ends at the number).
_STATED_COUNT_WINDOW = 160
_STATED_COUNT = re.compile(r"(?<![a-z])(?:number|total|tally|count)\s+of\s+(?P<noun>[a-z])[^.;:!?\n]*?"
                           r"(?<![a-z])(?P<verb>was|were|is|are|stood\s+at|stands\s+at|at|reached|totalled|totaled"
                           r"|(?:(?:has|have|had)\s+)?(?:increased|risen|rose|climbed|grown|grew|jumped)\s+to)"
                           r"\s+$")
# A line of a report that labels its number: "IDPs: 4,500", "• Households affected: 300".
_LABEL_VALUE_END = re.compile(r"[ \t]*(?:[(\[,;.]|\n|$)")  # the number is the line's value ("Attack: 12 Killed" is not)
_LABEL_BEFORE = re.compile(r"^[ \t•*·\-–]*((?:[a-z-]+[ \t]+){0,3}[a-z-]+)[ \t]*:[ \t]*$", re.M)


def _label_head(words: list[str]):
    """The counted noun among a label's words ("households affected"), or None."""
    for k in range(len(words)):
        for n in (3, 2, 1):
            if len(words) - k >= n and tuple(words[k:k + n]) in _HEADS:
                return _HEADS[tuple(words[k:k + n])]
    return None


# A count compared with the figure before it: "... 120 incidents, down from 150 in July".
_COMPARED_BEFORE = re.compile(r"(?<![a-z])(?:(?:down|up)\s+from|compared\s+(?:with|to)|(?:an?\s+)?(?:increase|decrease"
                              r"|rise|drop|fall|decline)\s+from)\s+(?:the\s+)?$")
# A number given as the value of "the figure(s)" or "the number(s)" with no noun of their own.
# (or put at it, or an estimate of it: "the United States put the figure at 1,508", "the official estimate of 220")
_BARE_STATED_BEFORE = re.compile(r"(?<![a-z])(?:(?:figures?|numbers?|totals?|tally|count)\s+(?:was|were|is|are|stood\s+at"
                                 r"|stands\s+at|had\s+reached|has\s+reached|reached)"
                                 r"|(?:put|puts|putting|placed|places|placing)\s+(?:the|its|their|this|that)\s+"
                                 r"(?:figure|number|total|tally|count|estimate|toll)\s+at"
                                 r"|(?:figure|estimate|total|tally|count)\s+of)\s+$")
# A sentence that is a count split by place, with no verb: "41 at the central mosque and seven at the other."
_AT_PLACE_AFTER = re.compile(r"\s+(?:at|in)\s+(?!(?:least|most|all|total|the\s+(?:morning|afternoon|evening|night))"
                             r"(?![a-z]))")
# What a crowd takes part in: protests, and funerals ("the funeral procession of two protesters")
_CROWD_OCCASIONS = (r"(?:protests?|demonstrations?|march(?:es)?|rall(?:y|ies)|uprising|strikes?|riots?|sit-ins?|unrest"
                    r"|clashes|mutiny|revolt|rebellion|insurrection|funerals?|vigils?|burials?)(?![a-z])")
# A count's own verb of a crowd, right after it with no noun between: "thousands took to the streets", "some 5,000
# gathered", "tens of thousands have protested" (not "joined", "filled", "staged": their objects may be the count's)
_BARE_CROWD_AFTER = re.compile(
    r"(?:\s+(?:more|others|also|had|have|has|reportedly|again|then|later|peacefully))*\s+"
    r"(marched|protested|rallied|gathered|demonstrated|assembled|massed|converged|(?:took|taken)\s+to\s+the\s+streets"
    r"|turned\s+out|(?:were|are|was|had\s+been|have\s+been)\s+(?:protesting|demonstrating|marching|rallying|gathering"
    r"|gathered)"
    # (taking part only in a protest or a funeral, or with nothing after it: "Tens of thousands participated, ...",
    # "Thousands took part in the funeral procession"; not "Eight took part in the talks"; attending only a
    # funeral, a vigil or a protest: "Hundreds attended the funeral", not "Ten attended the meeting")
    r"|(?:(?:took\s+part|participated|(?:were|are|was|had\s+been|have\s+been)\s+(?:taking\s+part|participating))"
    r"(?=\s*[,.;:]|\s+in\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?" + _CROWD_OCCASIONS + r")"
    r"|attended(?=\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?" + _CROWD_OCCASIONS + r")))"
    r"(?![a-z])")
# A fate right after a number: "UN Reports 11 Killed", "reports 40 dead"
_FATE_WORD_AFTER = re.compile(r"\s+(?:killed|dead|died|wounded|injured|hurt|missing|displaced|kidnapped|abducted"
                              r"|arrested|detained)(?![a-z])")
_BREAKDOWN_START = re.compile(rf"[\s•*–-]*(?:{_NUM}){_AT_PLACE_AFTER.pattern}")
# (a verb of its own makes it another statement: "3,000 in the district lost their homes", "20 in the city
# remain without power"; a finite verb, or an -ed word not after a determiner: "at the besieged hospital")
_BREAKDOWN_VERB = re.compile(r"(?<![a-z’'-])(?:(?<!the )(?<!a )(?<!an )(?<!its )(?<!their )[a-z]{2,}ed"
                             r"|is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|may|"
                             r"might|must|shall|should|remain|remains|lost|lose|loses|live|lives|lack|lacks|need|needs"
                             r"|fled|flee|flees|left|leave|went|go|got|get|gets|took|take|say|says|said|told|died|die"
                             r"|dies|fell|saw|see|sees|came|come|stay|stays|slept|sleep|sleeps|face|faces|suffer"
                             r"|suffers)(?![a-z’'-])")
_OBJECT_END = re.compile(r"\s*(?:[,.;)]|\s(?:and|or|while|when|as|in|on|at|near)\s|$)")
# the words that open someone after "plus": "36 plus the attacker" is 36 and the attacker (_PLUS_SOMEONE), not more
# than 36
_PLUS_DETERMINERS = r"the|a|an|his|her|their|its|our|another"
# "stands at 1,200 plus", "30 plus soldiers": more than the number (not "36 plus the attacker", "5 plus 1")
_SPACED_PLUS = re.compile(r"[ \t]+plus(?=[ \t]*(?:[.,;:)]|$)|[ \t]+(?!(?:" + _PLUS_DETERMINERS + r"|and|or)(?![a-z]))[a-z])")
_PLUS_AFTER = re.compile(r"(?:-plus|\+)(?![\w+])")
_PAREN_SAME = re.compile(rf"[ \t]?\([ \t]*(?P<n>{_NUM})[ \t]*\)")
_AGE_NOUN = re.compile(rf"[ \t]+(?P<age>\d{{1,3}}|{_BASE})-year-olds?(?![\w-])")
# the whole a part is of, when a body's own: "two of the council's 15 members", "three of its 40 staff"
_WHOLE_OF_BODY_BEFORE = re.compile(rf"(?<![\w-])(?:\d[\d,]*|{_BASE})\s+of\s+(?:the\s+(?:[\w-]+\s+){{0,2}}?[\w-]+[’']s"
                                   r"|its|their|his|her|our)"
                                   # (and a word of what is left of it: "243 of the town's remaining 2000 people")
                                   r"(?:\s+(?:remaining|other|original|entire|total|estimated))?\s+$")
# the same with "the", where the fate is told past another count joined to the part ("three of the 30 attackers and
# a cop dead": the three's and the cop's, not the 30's)
_WHOLE_OF_THE_BEFORE = re.compile(rf"(?<![\w-])(?:\d[\d,]*|{_BASE})\s+of\s+the\s+$")
_OF_NUMBER = re.compile(rf"\s+of\s+(?:(?:the|these|those|its|their)\s+)?(?:[a-z]+[’']s\s+)?"  # "of the town's three clinics"
                        r"(?:(?:estimated|approximately|roughly|some|about|around)\s+)?"  # "of the estimated 50 attackers"
                        rf"(?P<n>\d[\d,]*|{_BASE})(?![\w,.]\d)")
_RATIO_AFTER = re.compile(r"\s+in\s+(?:every\s+)?(?:\d+|ten|five|four|three|two|a\s+hundred|a\s+thousand)(?![\w,.]\d)(?![a-z])")
_RATIO_BEFORE = re.compile(r"(?<![\w,.])(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:every\s+)?$")
# "ten civilians died for each soldier who fell", "three fighters for every one of ours": a rate, not a count
# (its noun and verb first, within the clause)
# (inner dots only, "u.n.": a full stop ends the clause, "killed 15 people. For each victim, ...")
_FOR_EACH_AFTER = re.compile(r"(?:\s+[\w’'-]+(?:\.[\w’'-]+)*){0,5}?\s+for\s+(?:each|every)(?![a-z])")
# (not the items of a list: "Deaths by province: Eastern Province, 42; North Kivu, 17; South Kivu, 9.")
_LIST_PLACE_WORDS = frozenset("Province Region District State County Governorate Department Prefecture City Town "
                              "Village Camp Island Islands Valley".split())
_FULL_NAME_COMMA = re.compile(r"(?<![\w’'-])[A-Z][a-z’'-]+(?:[ \t]+[A-Z][a-z’'-]+)+,[ \t]+$")
_TO_MAKE_BEFORE = re.compile(rf"(?<![a-z])(?:to\s+make|making)\s+(?:it\s+|them\s+|that\s+)?(?:(?:{_alt(QUALIFIERS)})\s+)?$")
# (only names of outlets that carry a number: "France 24", "Channel 4", "Radio 24", "Rossiya 1"; "told Reuters
# 40 in total had died" is a count)
_OUTLET_BEFORE = re.compile(r"(?<![a-z])(?:told|to|on|via)[ \t]+(?:France|Channel|Radio|Rossiya|Canal|Kanal|Antena|Antenna"
                            r"|Rustavi|Kan|Sky|Telecanal|Televisa)[ \t]+$")
_OUTLET_AFTER = re.compile(r"[ \t]+(?:the|that|on|in|about|it)[ \t]")
_CLAUSE_OPENER_BEFORE = re.compile(r"(?<![a-z])(?:after|when|before|once|until|as|while)\s+$")
_NAME_COMMA = re.compile(r"[A-Z][\w’'-]*,[ \t]+$")
# (an abbreviation with dots is one word: "23 U.S. soldiers", "four U.N. peacekeepers")
# (letters of any alphabet: "400 gardaí", not "garda" and "í")
# (an apostrophe inside a word or after its plural's s is the word's, "people's", "rebels'"; a quote closing on
# another word is not: "'Dozens die' in ...", whose verb is "die")
_AFTER_RE = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_](?:[^\W\d_]|[’'](?=[^\W\d_])|(?<=[sS])[’']|-)*|\S")
# (also a full stop with no space after it between two words, as pages scraped without their paragraph
# breaks give them: "by Islamic State.An eyewitness told Reuters")
_SENT_END_RE = re.compile(r"[.!?][\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n|(?<=[a-z]{2})\.(?=[A-Z][a-z]*[\s,])"
                          # a quotation closed and the next sentence glued to it: 'exceed 46.”Yesterday evening'
                          r"|(?<=[\w%])[.!?][\"”’](?=[A-Z][a-z])")
# A line that goes on into the next (hard-wrapped text, a PDF's lines): long, not ending in ":" or ";", the next
# line starting in lower case and not with a label ("killed: 12")
_WRAPPED_LINE_MIN = 40
_LABEL_LINE = re.compile(r"[a-z][\w -]{0,25}:")

# Attribution.
_STOP = (r"(?=\s*[,;:(]|\s*[.!?]?[\"”’]?\s*$|\s+(?:on|in|at|that|which|who|when|late|early|"
         r"last|this|after|before|as|while|citing|adding|quoting)\b)")
_ACCORDING_AT = re.compile(rf"[Aa]ccording\s+to\s+(?P<who>.+?){_STOP}")
# How and when something was said, between the verb and a speaker after it ("said by telephone a witness", "said
# yesterday a local resident"): passed over
_SAID_HOW_WHEN = (r"(?:\s+(?:by\s+(?:tele)?phone|on\s+the\s+(?:tele)?phone|today|yesterday|later|earlier|again|also"
                  r"|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?![\w'’])\s*,?)*")
_INVERTED_WHO = re.compile(
    # (no speaker at all in "said by phone from the city today": how, where and when it was said, the speaker
    # being before the verb; but "said today's report by ..." names one)
    _SAID_HOW_WHEN + r"\s+(?P<who>(?!(?:that|it|on|in|at|this|last|late|early|after|before|by|from|via|during|today"
    r"|yesterday|earlier|later|again|also|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?![\w'’]))[^,;:\d]{1,80}?)"
    + _STOP)
# A speaker with an inverted clause of saying, just before ", according to": ", the station NTV reported Wednesday, "
_SAID_THEN_ACCORDING = re.compile(
    r",\s*(?P<who>(?:the\s+)?[^,;:\d\"“”]{0,60}?[A-Z][\w.’'-]*)\s+(?:said|reported|told\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})"
    r"(?:\s+(?:on\s+)?(?i:today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day))?\s*,\s*\Z")
_FILLER_RE = re.compile(r"(?:\s+(?:reportedly|also|later|earlier|previously|has|have|had|"
                        r"separately|officially|publicly|then))+\s*$")

# Dates: a phrase grown from its trigger word.
_MONTH_AT = re.compile(rf"{MONTHS}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?(?!\w))?(?:,?\s+\d{{4}}(?!\w))?")
_YEAR_PREP_BEFORE = re.compile(r"(?<![a-z])(?:in|since|until|till|circa|c\.)\s+$")  # (not "from 1200 to 1500")
_DATE_BEFORE = re.compile(
    r"(?:(?<![a-z])(?:on|since|by|until|from|in|during|as\s+of|early|late|mid-?|last"
    r"|the\s+(?:start|beginning|end|middle)\s+of)\s+)*"
    rf"(?:(?:{'|'.join(_WEEKDAYS)}),?\s+)?(?:(?<![\d,])\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?)?\Z")
_RELATIVE_BEFORE = re.compile(
    r"(?<![a-z])(?:(?:earlier|later|since)\s+)?(?:the\s+(?:start|beginning|end|middle)\s+of\s+(?:the|this|last)"
    r"|this|last|next|over\s+the|at\s+the|during\s+the)\s+$")
_SPAN_BEFORE = re.compile(
    r"(?<![a-z])(?:in\s+|over\s+|during\s+)?the\s+(?:past|last|previous|coming|next)\s+(?:[a-z0-9]+\s+)?$")
# "four days ago": a day counted back from the day of writing (not "two weeks ago", "a few days ago": no day)
_AGO_AFTER = re.compile(r"\s+ago(?![a-z])")
_AGO_COUNT_BEFORE = re.compile(r"(?<![\w-])(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+\Z")
_DATE_UNITS = {"week": _RELATIVE_BEFORE, "month": _RELATIVE_BEFORE, "year": _RELATIVE_BEFORE,
               "weekend": _RELATIVE_BEFORE, "hours": _SPAN_BEFORE, "days": _SPAN_BEFORE,
               "weeks": _SPAN_BEFORE, "months": _SPAN_BEFORE}

# Actors: crosstally.actors (general words, and the case's names of its parties).


# ---------------------------------------------------------------------------------
# Result
# ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Candidate:
    """One number in a text that may be a figure for the ledger."""

    document: str
    start: int              # text[start:end] == span
    end: int
    span: str               # qualifier + number (+ head noun when there is one)
    value_as_reported: str  # qualifier + number, whitespace collapsed ("nearly 400")
    qualifier: str          # canonical (crosstally.bounds.QUALIFIERS)
    value: float            # NaN for vague words
    value_max: float        # NaN unless a range
    low: int
    high: int | None        # None = open upper bound
    bound_profile: str
    metric: str             # crosstally.schema.METRICS
    population: str
    unit: str
    claimant_phrase: str    # attributing words of the sentence, verbatim ("" if none)
    perpetrator_phrase: str
    date_phrase: str
    context: str            # the sentence, whitespace collapsed
    reading: str = ""       # the rule that read metric, population or value beyond the number's own words


COLUMNS = tuple(f.name for f in fields(Candidate))


class ExtractInputError(ValueError):
    """A file that cannot be read as UTF-8 text; the message starts with its path."""


# ---------------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------------

_GROUP_SEP = re.compile(r"(?<=\d)(?:,[ ]?|[ \u00a0\u2009\u202f])(?=\d{3}(?!\d))")
# "2, 940" is one number, but not after a month ("on March 3, 500 people") nor in a list
# of numbers ("1, 2, 300").
_GROUP_COMMA_SPACE_NOT = re.compile(rf"(?:(?<![A-Za-z]){MONTHS}\s+|\d,\s*)$")


_DOT_GROUPS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")


def parse_number(s: str) -> float:
    """The value of a number written in digits or words ("120,000", "two dozen")."""
    s = _GROUP_SEP.sub("", s)  # "2 050", "2, 940", "120,000"
    words = s.lower().replace("-", " ").replace(",", "").split()
    if words[0] == "half":  # "half a million"
        return 0.5 * SCALES[words[-1]]
    glued = re.fullmatch(r"([\d.]+)(m|mn|bn|k)", words[0])
    if glued:
        return float(glued[1]) * {"bn": 1_000_000_000, "k": 1000}.get(glued[2], 1_000_000)
    if len(words) == 1 and _DOT_GROUPS.fullmatch(words[0]):
        return float(words[0].replace(".", ""))  # "12.000 people": dots between thousands
    if words[0][0].isdigit():
        value = float(words[0])
        return value * SCALES[words[1]] if len(words) > 1 else value
    total, current = 0.0, 0.0
    for w in words:
        if w == "a":
            current = 1.0
        elif w in WORD_VALUES:
            current += WORD_VALUES[w]
        elif w.isdigit():  # "two thousand and 367"
            current += int(w)
        elif w in ("hundred", "dozen"):
            current = (current or 1.0) * SCALES[w]
        elif w in ("thousand", "million", "lakh", "lakhs", "crore", "crores"):
            total += (current or 1.0) * SCALES[w]
            current = 0.0
    return total + current


_SCALE_END = re.compile(r"(?:\s+|-)(hundred|thousand|million|billion|lakhs?|crores?)\s*$")


def _range_values(low_words: str, high_words: str) -> tuple[float, float]:
    """The ends of a range, the high end's scale word shared by a bare low end: "between 20 and 30 thousand",
    "20 to 30-thousand" are 20,000 to 30,000 (not "between 800 and 1.2 million", whose low end scaled would pass
    the high)."""
    low, high = parse_number(low_words), parse_number(high_words)
    scale = _SCALE_END.search(high_words.lower())
    if scale and not _SCALE_END.search(low_words.lower()) and not _SUFFIXED.search(low_words.strip()):
        scaled = low * SCALES[scale[1]]
        if low < high and scaled <= high:
            return scaled, high
    return low, high


def _is_year(s: str) -> bool:
    return len(s) == 4 and s.isdigit() and 1900 <= int(s) <= 2099


def _wrapped_on_in_capital(text: str, nl: int) -> bool:
    """Whether the line break at ``nl`` is inside a sentence of a paragraph wrapped by hand, the next line starting
    with a capital: the line and the one before it are long, the line stops on a word (no full stop, colon or
    dash), and the next line goes on in running words ("... since at least 14 Sunni Muslim\\nLebanese and
    Palestinian gunmen from north Lebanon were killed"); not a headline (the first line, or after a blank line)."""
    start = text.rfind("\n", 0, nl) + 1
    if start == 0 or nl - start < _WRAPPED_LINE_MIN or not text[nl - 1:nl].isalpha():
        return False
    before = text.rfind("\n", 0, start - 1) + 1
    nxt = text[nl + 1:text.find("\n", nl + 1) if "\n" in text[nl + 1:] else len(text)]
    words = nxt.split(None, 2)
    return start - 1 - before >= _WRAPPED_LINE_MIN and nxt[:1].isupper() and len(nxt) >= _WRAPPED_LINE_MIN // 2 \
        and nxt[1:2].islower() and len(words) > 1 and words[1][:1].islower()


def _sentence_starts(text: str) -> list[int]:
    """Where sentences start: after . ! ? (not after "Col." or "U.S.") and at line breaks (not one inside a
    wrapped sentence: a long line going on in lower case, see ``_WRAPPED_LINE_MIN``)."""
    starts = [0]
    for m in _SENT_END_RE.finditer(text):
        if m.group() == "\n" and text[m.end():m.end() + 1].islower() and not _LABEL_LINE.match(text, m.end()):
            line = text[text.rfind("\n", 0, m.start()) + 1:m.start()].rstrip()
            if len(line) >= _WRAPPED_LINE_MIN and line[-1:] not in (":", ";"):
                continue  # "The toll in the riots in the Kyrgyz\ncapital has risen to 40": one sentence
        elif m.group() == "\n" and _wrapped_on_in_capital(text, m.start()):
            continue  # "since at least 14 Sunni Muslim\nLebanese and Palestinian gunmen ... were killed"
        if text[m.start()] == ".":
            word = text[max(0, m.start() - 12):m.start()].rsplit(None, 1)
            word = word[-1].lstrip("(“\"‘").lower() if word else ""
            if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        starts.append(m.end())
    return starts


def _nearest(items: list[tuple[int, int, str]], starts: list[int], lo: int, hi: int,
             start: int, end: int, window: int, keep=None):
    """The item in [lo, hi) nearest to [start, end), at most ``window`` characters away."""
    best, best_d = None, window + 1
    for item in items[bisect_left(starts, lo):bisect_left(starts, hi)]:
        if keep is not None and not keep(item):
            continue
        d = item[0] - end if item[0] >= end else start - item[1] if item[1] <= start else 0
        if 0 <= d < best_d:
            best, best_d = item, d
    return best


def _clear(text: str, item: tuple[int, int, str], start: int, end: int) -> bool:
    """Whether a cue may describe the number: not across a quotation mark, and not
    forward into a new "that" clause ("pulled 23 people out and that 40 were injured").
    A cue before the number may reach into it ("1,098 deaths ... and that the true
    number was between 1,098 and 1,450")."""
    if item[0] >= end:
        b = _FORWARD_BARRIER.search(text, end, item[0])
        if b is not None and _NOUN_WORDS.fullmatch(text, end, b.start()) and (
                text[b.start()] in "”\"" or b[0] == "that" and _RELATIVE_THAT.match(text, b.end())):
            # the figure's own quotation closing or opening right after it ('"about 30 people" died',
            # 'Nine people "have been found dead'), or a relative "that" ("six people that were shot
            # dead"): no new clause or speaker
            end = b.end()
            b = _FORWARD_BARRIER.search(text, end, item[0])
        # a word in scare quotes is no barrier: were “neutralized,”
        return b is None or (b.start() == item[0] - 1 and text[b.start()] in "“\"‘"
                             and not _FORWARD_BARRIER.search(text, end, b.start())
                             and any(ch in "”\"’" for ch in text[item[1]:item[1] + 2])) or (
            # nor the predicate quoted whole, an adverb before its verb: five soldiers had “heroically died in action”
            text[b.start()] == "“" and _NOUN_WORDS.fullmatch(text, end, b.start()) is not None
            and re.fullmatch(r"(?:[a-z]+ly\s+)?", text[b.end():item[0]]) is not None
            and "”" in text[item[1]:item[1] + 40] and "“" not in text[item[1]:text.find("”", item[1])])
    q = _QUOTE_BARRIER.search(text, item[1], start)
    # a quotation that opens at the number itself ('killed "up to 100" people') is no barrier
    return q is None or (not _QUOTE_BARRIER.search(text, q.end(), start)
                         and _QUAL_ONLY.fullmatch(text, q.end(), start) is not None)


_OF_DETERMINERS = frozenset("their its his her my our your the these those".split())


# Head nouns that also stand before another noun as its modifier ("12 police stations",
# "two child soldiers", "three military helicopters"): the count is theirs only when no
# other noun follows them.
_AMBIGUOUS_HEADS = frozenset(
    k for k in _HEADS if len(k) == 1 and (k[0] in MODIFIERS or k[0] in ("police", "military", "militia", "staff")
                                          or not k[0].endswith("s") and not k[0].endswith("men")
                                          and k[0] not in ("people", "children", "elderly", "dead",
                                                           "wounded", "injured", "displaced")))
# Heads that are also modifiers but name people by what befell them; a verb may follow them.
_PEOPLE_STATES = frozenset("dead wounded injured displaced deceased missing".split())
_INCLUDE_VERBS = frozenset("include includes numbered number".split())
_CLOSING_QUOTES = frozenset("”\"’'")
_OPENING_QUOTES = frozenset("“\"‘'")


_SECURITY_BODY_WORDS = frozenset("interior police army military security gendarmerie".split())
# (not the guards of a civilian body: "Three UN security staff", "two private security personnel", "embassy security staff")
_CIVIL_SECURITY_WORDS = frozenset("un u.n. united nations private airport embassy hospital hotel company contract "
                                  "contracted civilian university bank ngo aid school".split())


def _counted_after(words: list[str], j: int) -> bool:
    """Whether the words from j on start a counted noun (a head, maybe after modifiers)."""
    for k in range(j, min(j + 4, len(words))):
        if any(tuple(words[k:k + n]) in _HEADS for n in (1, 2, 3)):
            return True
        if words[k] not in MODIFIERS and "-" not in words[k]:
            return False
    return False


def _venue_at(words: list[str], j: int) -> bool:
    """Whether the words from j on are a venue's noun ("bars", "police stations"; see HEAD_NOUNS)."""
    return any(_HEADS.get(tuple(words[j:j + n]), ("",))[0] == "venue" for n in (1, 2) if j + n <= len(words))


def _head(text: str, pos: int, one: bool = False):
    """The counted noun after a number: (end offset, (metric, unit, population)) or None,
    and the first word after the number (to reject uncounted nouns)."""
    stop = text.find("\n", pos, pos + 60)  # a noun is never on the next line
    if stop >= 0 and stop - (line_start := text.rfind("\n", 0, pos)) > 50 and (
            text[stop + 1:stop + 2].islower()
            # (or on in a capital when the paragraph is wrapped all through: the line before is long too and
            # this one stops mid-sentence: "since at least 14 Sunni Muslim\nLebanese and Palestinian gunmen")
            or text[stop + 1:stop + 2].isupper() and text[stop - 1:stop].isalpha() and line_start > 0
            and line_start - text.rfind("\n", 0, line_start) > 41) \
            and (nxt := re.match(r"[a-z-]+", text[stop + 1:stop + 30].lower())) \
            and (nxt[0] in _PEOPLE_FIRST or nxt[0] in MODIFIERS or (nxt[0],) in _HEADS or nxt[0] in _COUNTRY_ADJECTIVES
                 or nxt[0] == "of" and text[stop - 1:stop].isalnum()):  # "two\nof its soldiers"
        # ... unless the text is wrapped by hand (a wire archive, a PDF's lines): a long line going on in lower
        # case with a counted word ("he is one of 20 young\nmen lying in hospital"; not a page's "updated ...")
        stop = text.find("\n", stop + 1, pos + 60)
    toks = [(m[0], m.end()) for m in islice(_AFTER_RE.finditer(text, pos, pos + 60 if stop < 0 else stop), 8)]
    if any(tk[0] == "(" for tk in toks):
        # (an abbreviation in brackets inside the noun phrase is read past: "40 suspected Islamic State (IS) militants")
        toks = [(m[0], m.end()) for m in islice(_AFTER_RE.finditer(text, pos, pos + 60 if stop < 0 else stop), 11)]
        toks = [tk for k, tk in enumerate(toks) if not any(
            0 <= k - d and k - d + 2 < len(toks) and toks[k - d][0] == "(" and toks[k - d + 2][0] == ")"
            and toks[k - d + 1][0].isupper() and toks[k - d + 1][0].isalpha() and 2 <= len(toks[k - d + 1][0]) <= 8
            for d in (0, 1, 2))][:8]
    words = [t.lower() for t, _ in toks]
    first = toks[0][0] if toks else ""
    i = quoted = 0
    if words[:1] and words[0] in _CLOSING_QUOTES and toks[0][1] == pos + 1:
        i = 1  # 'killed "up to 100" people': the quotation closes before the noun
    elif words[:1] and words[0] in _OPENING_QUOTES and toks[0][1] <= pos + 2:
        for k in range(1, min(4, len(words))):  # 'Three "rioters" drove', "two ‘terrorists’": a noun in scare quotes
            if k > 1 and words[k] in _CLOSING_QUOTES:
                i, quoted = 1, toks[k][1]
                break
            if words[k][-1:] in ("’", "'") and len(words[k]) > 2 and not words[k].endswith(("'s", "’s")):
                words[k], i, quoted = words[k][:-1], 1, toks[k][1]  # the quote glued to the noun: its end
                break
        if quoted and (after := next((j for j in range(k + 1, len(toks)) if toks[j][1] > quoted), None)) is not None \
                and (words[after],) in _HEADS:
            i, quoted = after, 0  # 'struck 118 "terrorist" targets': the quoted word describes the noun after it
    if words[i:i + 1] == ["of"]:  # "hundreds of civilians", "dozens of their fighters"
        i += 2 if words[i + 1:i + 2] and words[i + 1] in _OF_DETERMINERS else 1
        if words[i - 1] in _OF_DETERMINERS and i + 1 < len(toks) and words[i].endswith(("'s", "’s")):
            i += 1  # "1,200 of the town's residents": the place's, then the noun
    best, mods = None, 0
    while i < len(toks):
        found_before = best is not None
        read_on = False
        if best is None and toks[i][0] == "United" and words[i + 1:i + 2] == ["nations"] \
                and words[i + 2:i + 3] not in (["members"], ["member"]) and _people_after(words, i + 2) is not None:
            i += 2  # "15 United Nations peacekeepers": the body's name before its people, not "nations" counted
            continue
        if best is None and mods < 3 and i + 3 < len(toks) and words[i + 1] in ("and", "or") \
                and toks[i][0][:1].isupper() and toks[i + 2][0][:1].isupper() \
                and words[i] in _COUNTRY_ADJECTIVES and words[i + 2] in _COUNTRY_ADJECTIVES \
                and _counted_after(words, i + 3) and _people_after(words, i + 3) is not None:
            mods, i = mods + 1, i + 3  # "14 Lebanese and Palestinian gunmen": two countries' words, one noun
            continue
        for n in (5, 4, 3, 2, 1):
            key = tuple(words[i:i + n])
            if n == 3 and len(key) == n and key[1] in ("and", "or") and _HEADS.get(key, ("",))[0] == "casualties" \
                    and _NUM_AFTER_PAIR.match(" " + " ".join(words[i + 3:i + 5])):
                continue  # "left 200 dead and wounded 3,000": the dead, then a verb with a count of its own
            if len(key) == n and key in _HEADS and (one or key not in _SINGULAR_HEADS):
                if n == 1 and key in _AMBIGUOUS_HEADS and not one and i + 1 < len(toks):
                    nxt = words[i + 1]
                    if _counted_after(words, i + 1) and nxt not in ("hostage", "captive", "prisoner") \
                            and not (key[0] in ("police", "military", "militia", "staff") and nxt in _PEOPLE_STATES):
                        # (not a headline's "Fifty police injured", "Two militia dead": the people, then their fate)
                        read_on = True
                        break  # "two child soldiers": read on to the noun (not "took 10 police hostage")
                    if key[0].endswith("ese") and toks[i][0][:1].isupper() and i + 2 < len(toks) \
                            and (toks[i + 1][0][:1].isupper() or nxt in ("army", "navy")) \
                            and _counted_after(words, i + 2) and _people_after(words, i + 2) is not None:
                        read_on = True
                        break  # "three Ruritanese Army soldiers", "two Congolese army soldiers": read on to the noun
                    if key[0] in ("police", "military", "army") and nxt.isalpha() and toks[i + 1][0][:1].islower() \
                            and nxt not in FOLLOWERS and nxt not in _CUE_METRIC and i + 2 < len(toks) \
                            and words[i + 2] in _PEOPLE_FIRST and _counted_after(words, i + 2) \
                            and _people_after(words, i + 2) is not None:
                        read_on = True
                        break  # "eight police firearms officers", "two army bomb experts": read on to the people
                    if nxt[:1].isalpha() and toks[i + 1][0][:1].islower() and nxt not in FOLLOWERS \
                            and nxt not in _CUE_METRIC and nxt not in _PHRASE_CUES \
                            and not (key[0] in _PEOPLE_STATES and (nxt.endswith("ed") or nxt in _INCLUDE_VERBS)):
                        return best, nxt  # "12 police stations": a noun we do not count
                        # (but "the 14 dead included two women": a verb after the dead)
                    if nxt in ("and", "or") and i + 3 < len(toks) and words[i + 2].isalpha() \
                            and _uncounted(toks[i + 3][0]) and not _NUM_AFTER_PAIR.match(" " + words[i + 3]):
                        return best, words[i + 3]  # "two military and security sources"
                        # (not "left 200,000 dead and displaced hundreds of thousands": a count after the verb)
                if one and n == 1 and i + 1 < len(toks) and words[i + 1] in _PLACE_SINGULARS \
                        and _HEADS[key][1] == "people" and toks[i + 1][0][:1].islower():
                    return best, words[i + 1]  # "one police station", "one tourist hotel": a place, not a person
                metric, unit, population = _HEADS[key]
                if population == "all" and key[-1] in ("staff", "personnel", "employees", "staffers") \
                        and not _SECURITY_BODY_WORDS.isdisjoint(words[:i]) and _CIVIL_SECURITY_WORDS.isdisjoint(words[:i]):
                    population = "combatants"  # "30 Interior Ministry staff", "five police staff": a security force's
                if unit == "people" and i + n + 1 < len(toks) and words[i + n] in ("and", "or"):
                    other = _people_after(words, i + n + 1)  # "soldiers and civilians": two groups together
                    if other is not None and other != population and not (
                            population == "combatants" and words[i + n + 1] in ("sailors", "seamen")):
                        population = "all"  # (but "Marines and sailors": a navy's sailors beside a force)
                if population == "all" and "civilian" in words[:i]:  # "400 civilian deaths"
                    population = "civilians"
                elif population == "all" and unit == "people" and "military" in words[:i]:
                    population = "combatants"  # "314 military deaths"
                elif unit == "people" and "child" in words[:i]:  # "two child soldiers": children first
                    population = "children"
                last = i + n - 1 - (n > 1 and words[i + n - 1] in ("of", "from"))  # "members of ...": the noun ends before "of"
                best = (toks[last][1], (metric, unit, population))
                break
        if best is not None and best[0] > toks[i][1]:
            break  # a noun of several words is read whole: "civilian facilities", not "facilities"
        w = toks[i][0]
        non = re.match(r"(?i:non)-(?=[A-Z])", w)  # "non-Cambodians": the people not of that country
        w = w[non.end():] if non else w
        if w[0].isupper() and (words[i].endswith(("ans", "ese")) and len(w) > 6
                               or words[i][4 if non else 0:] in _DEMONYM_PLURALS) \
                and (words[i],) not in _HEADS \
                and not found_before and not (i and toks[i - 1][0][:1].isupper() and words[i - 1] not in _COUNTRY_ADJECTIVES) \
                and not _counted_after(words, i + 1) \
                and not (i + 2 < len(toks) and toks[i + 1][0][:1].isupper() and _counted_after(words, i + 2)
                         and _people_after(words, i + 2) is not None):  # (but "40 Chinese workers": the workers;
            # "three Ruritanese Army soldiers": the soldiers)
            best = (toks[i][1], (None, "people", "all"))  # people named by where they are from: "400 Nigerians", "30 Kenyans"
        elif best is None and not found_before and i and words[i - 1] == "ethnic" and w[0].isupper() \
                and w.isalpha() and words[i].endswith("s") and len(w) > 3 and (words[i],) not in _HEADS:
            best = (toks[i][1], (None, "people", "all"))  # "six ethnic Karvaks": a people, by the word "ethnic"
        elif best is None and not found_before and i == 0 and w[:1].isupper() and w.isalpha() and w[1:].islower() \
                and words[i].endswith("s") and not words[i].endswith("ss") and len(w) > 4 \
                and (words[i],) not in _HEADS and words[i] not in FOLLOWERS \
                and (i + 1 >= len(toks) or not toks[i + 1][0][:1].isalpha() or toks[i + 1][0][:1].islower()
                     and not _counted_after(words, i + 1)) \
                and _KILLED_NUMBER_BEFORE.search(text, max(0, pos - 40), pos):
            best = (toks[i][1], (None, "people", "all"))  # "Militia Massacre 41 Turkanas": a people, killed
        elif best is None and not found_before and one and (
                w in _DEMONYMS or w[:1].isupper() and w[1:].islower() and (words[i] in _COUNTRY_ADJECTIVES
                                                                          or words[i] in _PEOPLE_SINGULARS)
                # (not "one US ... drone": an abbreviation; nor "one Turkish", "one Swiss": adjectives in -sh, -ch,
                # -ss and -ese also name a language or wait for their noun)
                and not words[i].endswith(("sh", "ch", "ss", "ese"))) and (  # "One Slovak and one Italian were injured"
                i + 1 >= len(toks) or not toks[i + 1][0][:1].isalpha() or words[i + 1] in FOLLOWERS
                or words[i + 1] in _CUE_METRIC or words[i + 1] == "and" and i + 2 < len(toks)
                and words[i + 2] in ("one", "a", "an", "two", "three")):
            best = (toks[i][1], (None, "people", "all"))  # "Two Ruritanians and one Sudanese were among the dead"
        # a capitalised word is passed over only before any noun was found ("14 Villagers In Raid");
        # so is a compound adjective ("panic-stricken", "near-simultaneous")
        # (not a verb or a small word of a title-case headline: "Ten Killed In Twin Blasts")
        if best is None and not found_before and mods < 2 and i + 1 < len(toks) \
                and w[:1].islower() and w.isalpha() and words[i] not in FOLLOWERS \
                and words[i] not in _QUANTIFIERS \
                and words[i] not in _CUE_METRIC and words[i] not in _PHRASE_CUES \
                and (words[i + 1] in _PEOPLE_FIRST and _counted_after(words, i + 1)
                     and _people_after(words, i + 1) is not None
                     or mods == 0 and i + 2 < len(toks) and toks[i + 1][0].isalpha() and toks[i + 1][0].islower()
                     and words[i + 1] not in FOLLOWERS and words[i + 1] not in _CUE_METRIC
                     and words[i + 1] not in _PHRASE_CUES and words[i + 2] in _PEOPLE_FIRST
                     and _counted_after(words, i + 2) and _people_after(words, i + 2) is not None
                     # an adjective before a people's or a place's name: "100 angry Yazidi men"
                     or mods == 0 and i + 2 < len(toks) and toks[i + 1][0].isalpha() and toks[i + 1][0][:1].isupper()
                     and words[i + 1] not in FOLLOWERS and words[i + 2] in _PEOPLE_FIRST
                     and _counted_after(words, i + 2) and _people_after(words, i + 2) is not None):
            # a noun used as a modifier of people: "36 quarry workers", "five bus passengers"; two of them:
            # "six tube train commuters", "40 coal mine workers"
            mods, i = mods + 1, i + 1
            continue
        if best is None and not found_before and mods < 2 and w[:1].islower() and w.isalpha() \
                and words[i] not in FOLLOWERS and words[i] not in _CUE_METRIC and words[i] not in _PHRASE_CUES \
                and words[i] not in _QUANTIFIERS and (_venue_at(words, i + 1) or mods == 0 and i + 1 < len(toks)
                                                      and toks[i + 1][0][:1].islower()
                                                      and words[i + 1] not in FOLLOWERS and _venue_at(words, i + 2)):
            # a noun used as a modifier of a venue: "two shisha bars", "three foreign housing compounds"
            mods, i = mods + 1, i + 1
            continue
        if best is None and not found_before and mods < 2 and i + 3 < len(toks) and w.isalpha() \
                and words[i + 1] in (",", "and", "or") and toks[i + 2][0].isalpha() \
                and not any(x in FOLLOWERS or x in _QUANTIFIERS or x in _CUE_METRIC or x in _PHRASE_CUES
                            or (x,) in _HEADS or _uncounted(x) or x in WORD_VALUES or x in SCALES
                            for x in (words[i], words[i + 2])) \
                and (_people_after(words, i + 2) is not None
                     or words[i + 3] in _PEOPLE_FIRST and _people_after(words, i + 3) is not None):
            # two adjectives before people, joined: "young, unarmed protesters", "local and foreign journalists",
            # "thousands of choking, retching passengers" (not "three hours, soldiers said": a noun either side)
            mods, i = mods + 1, i + 2
            continue
        if best is None and not found_before and i + 1 < len(toks) and (w[0].isupper() or words[i] in MODIFIERS) \
                and mods < 3 and w[:1].isalpha() and _uncounted(toks[i + 1][0]) and not _uncounted(w):
            return None, words[i + 1]  # "five Indian fighter jets", "three Rafale jets": things we do not count
        if best is None and not found_before and 0 < mods < 3 and words[i] in ("and", "or") and i + 2 < len(toks) \
                and toks[i + 1][0][:1].isupper() and words[i + 1] not in FOLLOWERS and toks[i - 1][0][:1].isupper():
            mods, i = mods + 1, i + 1  # "thousands of French and UN soldiers": two names of whose
            continue
        if best is None and not found_before and mods and w in ("’", "'") and toks[i - 1][1] == toks[i][1] - 1:
            i += 1  # a quote closing on the word before, not a word: "some 3,000 K’iche’ farmers"
            continue
        if mods < 3 and (read_on or words[i] in MODIFIERS or (
                w[0].isupper() and best is None and words[i] not in FOLLOWERS and words[i] not in _CUE_METRIC
                or "-" in w and w[0].isalpha() and (words[i],) not in _HEADS) and not found_before):
            mods, i = mods + 1, i + 1
            continue
        break
    if quoted and best is not None and best[0] < quoted <= best[0] + 1:
        best = (quoted, best[1])  # the span closes its quotation: 'two "terrorists"'
    return best, first


# People named as a group by their plight ("refugees", "IDPs"), not a state of the people counted before
# ("a city of 800,000 residents, now packed with tens of thousands of refugees": not the residents).
_GROUP_HEADS = frozenset("refugees idps evacuees arrivals returnees migrants seekers".split())
def _named_head(text: str, low: str, pos: int):
    """The counted noun a predicate names at pos ("were children"), also after an article for one
    person ("One of the two victims was a policeman", "One of the dead was an officer")."""
    sub = _head(text, pos)[0]
    if sub is None and (art := re.match(r"an?\s+", low[pos:pos + 4])):
        sub = _head(text, pos + art.end() - 1, True)[0]
    return sub


def _demonyms() -> frozenset:
    """Singular words for a country's people ("Pakistani", "American", "Sudanese"): the country table's
    words that end like one and are no country's name (no longer word of the table starts with them)."""
    words = set(country_words())
    return frozenset(w for w in words if " " not in w and w.endswith(("an", "ian", "ese", "i")) and not w.endswith("stan")
                     and not any(k != w and k.startswith(w) and k[len(w):].isalpha() for k in words)
                     and w not in ("Vatican", "Kiribati", "Eswatini"))


_DEMONYMS = _demonyms()
# one of a people named by a noun that is not its country's adjective: "one Serb", "one Briton", "one Kurd"
_PEOPLE_SINGULARS = frozenset(w[:-1] for w in _PEOPLES_NAMED if w.endswith("s") and not w.endswith(("ss", "ese")))


def _demonym_plurals() -> frozenset[str]:
    """A country's people counted by its adjective in the plural ("250 Greek Cypriots", "40 Thais",
    "12 Filipinos"), lower-case; not the adjectives that are their own plural ("Sudanese", "Swiss") nor
    those in -ish or -ch ("Turkish", "Dutch"), which name no people alone."""
    return frozenset(w.lower() + "s" for w in adjectives()
                     if not w.endswith(("s", "sh", "ch", "ese", "x", "z")))


_DEMONYM_PLURALS = _demonym_plurals()
_COUNTRY_ADJECTIVES = frozenset(w.lower() for w in adjectives())
_NATIONALITY_WORD = re.compile(r"(?:an?\s+)?([a-z]+)(?![a-z-])")
_DESCENT = re.compile(r"of\s+(?:[a-z-]+\s+){1,2}?(?:descent|origin|nationality|nationalities)(?![a-z])")


def _nationality_predicate(low: str, pos: int) -> bool:
    """Whether the predicate at ``pos`` names where people are from: a country's adjective or people
    ("Kenyan", "British", "Britons", "a Briton"), or "of African descent"."""
    if _DESCENT.match(low, pos):
        return True
    m = _NATIONALITY_WORD.match(low, pos)
    return bool(m) and (m[1] in _COUNTRY_ADJECTIVES or m[1] in _DEMONYM_PLURALS or m[1] in ("briton", "britons"))


_PEOPLE_FIRST = frozenset({k[0] for k, v in _HEADS.items() if v[1] == "people"} | MODIFIERS)
_QUANTIFIERS = frozenset("several many few some other others these those both various numerous such".split())


def _uncounted(w: str) -> bool:
    """A lower-case plural noun we do not count ("jets", "sources", "rifles", "stations")."""
    lw = w.lower()
    return (w[:1].islower() and w.isalpha() and len(w) > 3 and lw.endswith("s") and not lw.endswith("ss")
            and (lw,) not in _HEADS and lw not in FOLLOWERS and lw not in _CUE_METRIC and lw not in _PHRASE_CUES
            and lw not in MODIFIERS)


def _people_after(words: list[str], j: int) -> str | None:
    """The population of a people noun starting at j (after modifiers), or None."""
    for k in range(j, min(j + 3, len(words))):
        for n in (5, 4, 3, 2, 1):
            h = _HEADS.get(tuple(words[k:k + n]))
            if h is not None and h[1] == "people" and h[0] is None and tuple(words[k:k + n]) not in _SINGULAR_HEADS:
                return h[2]
        if words[k] not in MODIFIERS:
            return None
    return None


_TABLE_LOOKBACK = 12  # lines


def _table_column(text: str, pos: int):
    """A number in a table turned to text ("North | 12 | 40", cells split by "|" or tabs):
    what its column header counts, as (cue metric or None, unit or None, population), or
    None when the line is not a table row or the header says nothing we count. The header
    is the nearest line above, within the same block of rows, with a word in that column."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    sep = "|" if line.count("|") >= 2 else "\t" if "\t" in line else None
    if sep is None:
        return None
    col = text.count(sep, line_start, pos)
    end = line_start - 1
    for _ in range(_TABLE_LOOKBACK):
        if end <= 0:
            break
        start = text.rfind("\n", 0, end) + 1
        row = text[start:end]
        if sep not in row:
            break  # the block of rows ends
        cells = row.split(sep)
        if col < len(cells) and not any(ch.isdigit() for ch in cells[col]):
            words = _TOKEN_RE.findall(cells[col].lower())
            for n in (3, 2, 1):
                for i in range(len(words) - n + 1):
                    key = tuple(words[i:i + n])
                    if key in _HEADS:  # "Deaths", "Households", "Civilians killed"
                        metric, unit, population = _HEADS[key]
                        if metric is None:  # people: a cue word in the header may say what happened
                            metric = next((_CUE_METRIC[w] for w in words if w in _CUE_METRIC), None)
                        return ("other" if metric in ("facility", "venue") else "targets_hit" if metric == "place"
                                else metric), \
                            unit, population
            for w in words:
                if w in _CUE_METRIC:
                    return _CUE_METRIC[w], None, None
        end = start - 1
    return None


def _inside_quotation(before: str) -> bool:
    """Whether the end of ``before`` (a sentence up to a verb) is inside a quotation it opened: its last curly
    quotation mark opens one, or its last straight one stands after a space and before a word."""
    if before.rfind("“") > before.rfind("”"):
        return True
    last = before.rfind('"')
    return last >= 0 and (last == 0 or before[last - 1].isspace()) and before[last + 1:last + 2].strip() != ""


# An aside of whom a subject cites, just before its verb: "The Xinhua news agency report, citing local officials, said"
_CITING_ASIDE_BEFORE = re.compile(r"\w[\w.’']*\s*,\s*(?:citing|quoting)\s[^,;:\"“”]{2,80},\s*\Z", re.IGNORECASE)


def _claimant(text: str, s_start: int, s_end: int, verbs: list[tuple[int, int, str]]) -> tuple[str, int, int]:
    """The words that attribute a sentence's figures, with their offsets.

    "according to X" first, then a verb after a quote or comma ("..., said X"), then the
    subject of the first reporting verb ("the United Nations revealed"). When the verb
    follows an appositive ("Warren, the top spokesman, told"), the name before it wins.
    """
    for v_start, v_end, w in verbs:
        if w == "according":
            m = _ACCORDING_AT.match(text, v_start, s_end)
            if m:
                said = _SAID_THEN_ACCORDING.search(text, s_start, v_start)
                if said and not _inside_quotation(text[s_start:said.start()]):
                    # "... 16 deaths, the local television station NTV reported Wednesday, according to RIA Novosti":
                    # the one who said it; the source it is told "according to" relays them
                    return said.group("who").strip(), said.start("who"), said.end("who")
                return m.group("who").strip(), m.start("who"), m.end("who")
    for v_start, v_end, w in verbs:
        mark = text[max(s_start, v_start - 3):v_start].rstrip()[-1:]
        if w in _INVERTING_VERBS and mark in (",", "”", '"', "’") and not _CITING_ASIDE_BEFORE.search(
                text, s_start, v_start):  # (not "The Xinhua report, citing local officials, said rioters ...")
            m = _INVERTED_WHO.match(text, v_end, s_end)
            if m:
                return m.group("who").strip(), m.start("who"), m.end("who")
            if mark != ",":
                return "", 0, 0  # '"...," said by far the most senior officer': no speaker is inside the quote
    for v_start, v_end, w in verbs:
        if w == "according":
            continue
        before = text[s_start:v_start]
        if _inside_quotation(before):
            continue  # '"We counted 30 bodies," Ali Musa ... said': a verb inside the quotation is the speaker's own
        before = re.split(r"[”\"]", before)[-1]  # a quotation ends before the speaker
        before = _FILLER_RE.sub("", before)
        parts = before.split(",")
        who = (parts[-3] if not parts[-1].strip() and len(parts) >= 3 else parts[-1]).strip()
        if not who or len(who.split()) > 10:
            return "", 0, 0
        start = text.rfind(who, s_start, v_start)
        return who, start, start + len(who)
    return "", 0, 0


# ---------------------------------------------------------------------------------
# Extraction
# ---------------------------------------------------------------------------------

_ARRIVAL_WORDS = frozenset("arrived arriving crossed crossing".split())
# Where an arrival or crossing is one of flight: a country, a camp, over a border ("Nearly 90,000 arrived in
# Ostrava province", "another 300 crossed into Chad"), or a sentence naming refugees or flight.
_FLIGHT_PLACE_AFTER = re.compile(r"\s*(?:the\s+)?(?:border|frontier|(?:[a-z-]+\s+)?(?:camps?|countr(?:y|ies)|province"
                                 r"|region|state)(?![a-z])|(?:[A-Z][\w’'-]*\s+)+(?:province|region|state|district"
                                 r"|county|governorate|oblast|camp)(?![a-z]))")
_FLIGHT_IN_SENTENCE = re.compile(r"(?<![a-z])(?:refugees?|displaced|displacement|fled|flee|fleeing|flight|asylum"
                                 r"|escap(?:e|ed|ing)|exodus|evacuees?|uprooted)(?![a-z])")
_COUNTRY_AFTER = re.compile(r"\s*(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)")


def _flight_arrival(text: str, low: str, pos: int, s_start: int, s_end: int) -> bool:
    """Whether the arrival or crossing at ``pos`` is one of people in flight (see _FLIGHT_PLACE_AFTER)."""
    if _FLIGHT_IN_SENTENCE.search(low, s_start, s_end):
        return True
    m = next((m for p, _ in _PHRASE_LISTS[low[pos:pos + 12].split()[0]] if (m := p.match(low, pos))), None)
    if m is None:
        return False
    if _FLIGHT_PLACE_AFTER.match(text, m.end()) or low[pos:m.end()].endswith("the border"):
        return True
    c = _COUNTRY_AFTER.match(text, m.end())
    if c is None:
        return False
    words = country_words()
    return c[1] in words or c[1].split()[0] in words


def _cue_at(cues, cue_starts, pos: int) -> bool:
    """Whether a cue of what befell people starts at ``pos`` ("lost their lives", "crossed into")."""
    k = bisect_left(cue_starts, pos)
    return k < len(cues) and cues[k][0] == pos and cues[k][2] in _PEOPLE_METRICS


def _governed(cues, cue_starts, low: str, pos: int) -> bool:
    """Whether a verb of what befell people stands just before ``pos`` ("killing eight soldiers")."""
    return _governing(cues, cue_starts, low, pos) is not None


def _governing(cues, cue_starts, low: str, pos: int):
    """The cue of the verb of what befell people just before ``pos``, or None."""
    k = bisect_left(cue_starts, pos) - 1
    while k >= 0 and cues[k][1] > pos:
        k -= 1
    ok = k >= 0 and cues[k][2] in _PEOPLE_METRICS and _GOVERN_GAP.fullmatch(low, cues[k][1], pos) is not None
    return cues[k] if ok else None


def _qualifier_start(low: str, start: int) -> int:
    """Where the qualifier before a number starts ("the bodies of more than 1,500"), else the number."""
    q = _QUAL_TAIL.search(low, max(0, start - _QUAL_BACK), start)
    return q.start() if q else start


def _stated_population(low: str, lo: int, start: int) -> str | None:
    """The population a stated count's noun names, for a number given as its value: "the
    civilian death toll ... to just 39" (civilians), "the military's death toll has climbed to
    85", "the number of slain terrorists rose to 351" (combatants). None when no such noun
    stands before the number in its clause (no other number between, save the old figure of
    "from 44 to"), or its words name no population."""
    seg = low[lo:start]
    if not any(w in seg for w in _STATED_WORDS):  # (a plain look first: this runs at every number)
        return None
    last = None
    for last in _STATED_NOUN.finditer(low, lo, start):
        pass
    if last is None:
        return None
    between = low[last.end():start]
    if any(ch.isdigit() for ch in between) and not re.search(r"from\s+[\d,. ]+\s+to\s+(?:[a-z]+\s+)?$", between):
        return None
    if re.search(r"[;:]|(?<![a-z])(?:and|but)\s+(?:the|a|an)(?![a-z])", between):
        return None
    before = re.findall(r"[a-z-]+", low[max(0, last.start() - 40):last.start()].replace("’s", "").replace("'s", ""))
    for k in range(len(before) - 1, -1, -1):  # the noun's own words: after its determiner
        if before[k] in _OF_DETERMINERS or before[k] in ("a", "an"):
            before = before[k + 1:]
            break
    else:
        before = before[-1:]
    after = re.match(r"\s+(?:of|on|among|for)\s+((?:[a-z-]+\s*){1,3})", low[last.end():start])
    words = before + (after[1].split() if after else [])
    for w in words:
        pop = _STATED_ADJECTIVES.get(w) or (_HEADS.get((w,), (None, None, None))[2])
        if pop and pop not in ("all", "not_applicable"):
            return pop
    return None


def _said_count(text: str, low: str, s_start: int, start: int, out: list):
    """The kind of count a sentence names before a number with no noun of its own, as
    ((metric, unit, population), reading), or None: "bringing the total number of refugees to
    N" (its noun; without one, the figure just before: "killing five more, bringing the total
    to 40"), "Returns of refugees ... totalled N" (the first counted noun of the clause)."""
    lo = max(s_start, start - _SAID_WINDOW)
    m = _PUT_FATE_AT.search(low, max(lo, start - 100), start)
    if m:
        fate = m["fate"].split()[-1] if m["fate"] != "casualty toll" else "casualties"
        metric = _PUT_FATE_METRIC.get(fate, "killed")
        mods = set(m["mods"].split())
        population = ("civilians" if mods & {"civilian"} else "combatants" if mods & (
            _FORCE_WORDS | {"rebel", "militant", "military", "army", "enemy", "insurgent", "troop"}) else "all")
        return (metric, "people", population), f"the {m['fate']!r} put at the number"
    m = _BRINGING.search(low, lo, start) if _BRINGING_WORDS.search(low, lo, start) else None
    if m:
        if m["noun"]:
            h = _head(text, m.start("noun"))[0]
            if h is not None and h[1][1] in ("people", "households") and h[0] <= m.end("noun") + 1:
                return h[1], f"the count named before it ({text[m.start():m.end('noun')]!r})"
            return None
        if m["what"] == "toll":
            return ("killed", "people", "all"), "a toll brought to the number"
        prev = out[-1] if out else None
        if prev is not None and prev.start >= s_start and prev.unit in ("people", "households"):
            return (prev.metric, prev.unit, prev.population), f"the total of {prev.span!r} brought to the number"
        return None
    if _BRINGING_WORDS.search(low, lo, start) and (f := _BRINGING_FORCE.search(low, lo, start)) \
            and f[1] in _FORCE_WORDS:
        return ("other", "people", "combatants"), f"the size of the force brought to the number ({f[1]!r})"
    m = _TOTALLED_BEFORE.search(low, lo, start) or _NUMBER_VERB_BEFORE.search(low, lo, start)
    if m:
        clause = max(low.rfind(";", s_start, m.start()), low.rfind(":", s_start, m.start()), s_start - 1) + 1
        words = [(t.start(), t[0]) for t in _TOKEN_RE.finditer(low, clause, m.start())]
        said = [k for k, (_, w) in enumerate(words) if w in _SPEAKER_VERBS]
        words = words[said[-1] + 1 if said else 0:][:12]  # after the speaker: "Police said casualties numbered 45"
        for i in range(len(words)):
            for n in (3, 2, 1):
                key = tuple(w for _, w in words[i:i + n])
                h = _HEADS.get(key) if len(key) == n and key not in _SINGULAR_HEADS else None
                if h is not None and h[1] in ("people", "households"):
                    return h, f"the count the clause names ({' '.join(key)!r}) {m[0].split()[0]!r} the number"
        force = _force_size(words)
        if force:
            return ("other", "people", "combatants"), f"the size of the force the clause names ({force!r})"
        return None
    m = _ESTIMATED_AT.search(low, lo, start)
    if m:
        # "the remaining Serbs in the town - estimated at 2,000 from a pre-war figure of 20,000":
        # the people named last before it
        for t in reversed(list(_TOKEN_RE.finditer(low, lo, m.start()))):
            if t[0] in _SPEAKER_VERBS and not low.startswith(" by ", t.end()):  # ("reported by": passive)
                break  # the speaker is not the count: "Police officers said the figure of 12 ..."
            h = _HEADS.get((t[0],)) or ((None, "people", "all") if t[0].endswith(("ans", "ese")) and len(t[0]) > 6
                                        and text[t.start()].isupper()
                                        and not re.search(r"[A-Z][\w'’.-]*\s+\Z", text[max(0, t.start() - 30):t.start()])
                                        else None)  # "Ruritanians" (see _head), not "New Orleans"
            if h is not None and h[1] in ("people", "events") and _BY_AGENT_TAIL.search(low, max(0, t.start() - 10), t.start()):
                continue  # "the violations reported by the detainees, estimated at ...": the agent is not the count
            if h is not None and h[1] == "events" and (t[0],) not in _SINGULAR_HEADS:
                return h, f"the {t[0]!r} named before {m[0].split()[0]!r} ... the number"
            if h is not None and h[1] == "people" and (t[0],) not in _SINGULAR_HEADS:
                return h, f"the {t[0]!r} named before {m[0].split()[0]!r} ... the number"
        clause = max(low.rfind(";", lo, m.start()), low.rfind(",", lo, m.start()), lo - 1) + 1
        force = _force_size([(t.start(), t[0]) for t in _TOKEN_RE.finditer(low, clause, m.start())])
        if force:
            return ("other", "people", "combatants"), f"the size of the force named before ({force!r})"
        return None


_ROUNDS_OF_STRIKES = re.compile(r"\s+rounds\s+of\s+(?:heavy\s+|aerial\s+|air\s+)?(?:bombing|bombings|airstrikes|air\s+strikes"
                                r"|air-strikes|strikes|shelling|bombardments?|air\s+raids|raids)(?![a-z])")
_ROUNDS_AFTER = re.compile(r"\s+(?:(?P<mod>artillery|mortar|tank|howitzer|cannon|heavy|shell|rocket|missile)\s+)?"
                           r"(?P<noun>rounds|pieces\s+of\s+(?:ordnance|munitions?))(?![a-z])"
                           r"(?:\s+of\s+(?P<what>[a-z-]+))?")
_ARTILLERY_WORDS = re.compile(r"(?<![a-z])(?:artillery|mortars?|shells?|shelling|howitzers?|cannons?|tanks?|rockets?"
                              r"|ordnance|missiles?)(?![a-z])")
_SMALL_ARMS_WORDS = re.compile(r"(?<![a-z])(?:ammunition|bullets?|rifles?|pistols?|guns?|machine-?guns?|revolvers?"
                               r"|birdshot|rubber|live|tear\s+gas|warning\s+shots?|magazines?|cartridges?|seized|found"
                               r"|recovered|confiscated|unexploded|stockpiles?|boxes)(?![a-z])")
_FIRED_WORDS = re.compile(r"(?<![a-z])(?:fired|fires|firing|fire|shooting|shot|launched|launching|lobbed|lobbing|rained"
                          r"|landed|landing|hit|struck|slammed|exploded|fell|pounded)(?![a-z])")


_ROUNDS_OF_VOTE_BEFORE = re.compile(r"(?<![a-z])(?:(?:went|go|goes|going|gone)\s+to|(?:held|decided|won)\s+in)\s+$")
_VOTE_WORDS = re.compile(r"(?<![a-z])(?:elections?|electoral|votes?|voting|ballots?|run-?offs?|polls?|referendums?|talks"
                         r"|negotiations?|boxing|bouts?|fights?|matches|tournaments?)(?![a-z])")
_THROWN_NEAR = re.compile(r"(?<![a-z])(?:threw|thrown|throw|throws|throwing|hurled|hurl|hurls|hurling|tossed|tossing"
                          r"|pelted|pelting|lobbed\s+by\s+(?:protesters|demonstrators|rioters|crowds?))(?![a-z])")
_SNIPER_WORDS = re.compile(r"(?<![a-z])(?:snipers?|marksm[ae]n|sharpshooters?)(?![a-z])")


def _fired_rounds(low: str, rounds: re.Match, s_start: int, s_end: int, start: int) -> bool:
    """Whether "N rounds" / "N pieces of ordnance" are munitions fired by artillery, mortars or
    tanks: named so ("artillery rounds", "rounds of artillery") or fired, landing or hitting in a
    sentence about artillery; never small arms' rounds or munitions seized or found."""
    if rounds["what"] and rounds["what"] not in ("artillery", "mortar", "mortars", "shells", "ordnance", "cannon",
                                                 "howitzer", "tank", "rockets", "heavy", "fire"):
        return False  # "1,000 rounds of ammunition", "two rounds of talks"
    if _SMALL_ARMS_WORDS.search(low, s_start, s_end):
        return False
    if _ROUNDS_OF_VOTE_BEFORE.search(low, max(s_start, start - 20), start) \
            or not (rounds["mod"] or rounds["what"]) and _VOTE_WORDS.search(low, s_start, s_end):
        return False  # "The election went to two rounds after rockets hit polling stations": rounds of a vote
    if (rounds["mod"] or rounds["what"]) and _FIRED_WORDS.search(low, s_start, s_end):
        return True
    if _SNIPER_WORDS.search(low, s_start, s_end):
        return False  # "A sniper fired three rounds at a tank": a rifle's rounds, whatever they were fired at
    return bool(_FIRED_WORDS.search(low, max(s_start, start - 60), min(s_end, rounds.end() + 80))
                and _ARTILLERY_WORDS.search(low, s_start, s_end))


def _force_size(words: list[tuple[int, str]]) -> str | None:
    """The force whose size a clause gives ("the forces in X number about 800", "the army's strength
    is estimated at 2,500"): its word, or None when a word of fate says the count is of losses."""
    if any(w in PEOPLE_CUES or w == "toll" for _, w in words):
        return None
    return next((w for _, w in words if w in _FORCE_WORDS and w not in ("armed", "rebel", "military", "police",
                                                                     "security", "militant", "insurgent",
                                                                     "guerrilla", "jihadist", "paramilitary")), None)
    return None


# A reference mark, not a count: a footnote's number glued to a sentence's end ("live ammunition.2 Seven
# protesters were killed", not after "No." or "Fig."), a citation in square brackets glued to a word ("were
# killed.[12]", "the attack[a]", "[note 3]", "[citation needed]")
_REFERENCE_MARK = re.compile(
    r"(?P<stop>[.)\]\"”’])(?P<n>\d{1,3})(?=[ \t]+[A-Z]|[ \t]*(?:\n|$))"
    r"|\[(?:\d{1,3}|[a-z]|note[ \t]+\d{1,3}|citation needed)\]", re.IGNORECASE)
_ABBREVIATION_DOT = re.compile(r"(?<![a-z])(?:fig|vol|art|sec|tab|ref|nos|ver|par|eq|para|fn)\Z")


# An attack named right before a party's name: the party is what was hit ("shelling of Azerbaijani areas")
_ATTACKED_BEFORE = re.compile(r"(?<![a-z])(?:shelling|shelled|strikes?|struck|air\s*strikes?|attacks?|attacked|bombing"
                              r"|bombed|bombardment|bombarded|assaults?|fire|firing|fired|raids?|raided|offensive|"
                              r"rockets?|missiles?|drones?|targeting|targeted|hit)\s+(?:by\s+\w+\s+|(?!by\s)\w+\s+){0,2}?"
                              r"(?:of|on|against|at|into|upon|targeting)?\s*(?:the\s+)?\Z")
# ... followed by the places or people of that side ("densely populated areas", "villages", "civilians")
_TARGET_AFTER = re.compile(r"(?:\s+(?!forces|troops|army|military|soldiers|jets|warplanes|aircraft|artillery|units"
                           r"|fighters|militants|rebels|gunmen|police)[a-z-]+){0,3}?\s+(?:areas?|villages?|towns?"
                           r"|cities|city|settlements?|territor(?:y|ies)|regions?|districts?|positions?|civilians?"
                           r"|homes?|houses?|neighbou?rhoods?|residential|infrastructure|schools?|hospitals?"
                           r"|population|people|soil|border|side|lands?|capital)(?![a-z])")


_PLUS_SOMEONE = re.compile(r"(?<=[\d\w] )plus(?=\s+(?:" + _PLUS_DETERMINERS + r"|one|two|three|four|five|six"
                           r"|seven|eight|nine|ten)\s+[a-z])")
_HASHTAG = re.compile(r"(?<![\w&#])#(?=[A-Za-z][A-Za-z0-9_]*)")


def _mask_reference_marks(text: str) -> str:
    """``text`` with each reference mark blanked out (offsets kept)."""
    parts, at = [], 0
    for m in _REFERENCE_MARK.finditer(text):
        if m.group("n") is None:
            if m.start() == 0 or text[m.start() - 1].isspace():
                continue  # "[2]" standing alone: a list's number, not a mark glued to a word
            lo = m.start()
        else:
            before = text[max(0, m.start() - 3):m.start()]
            if len(before) < 3 or not all("a" <= c <= "z" for c in before.lower()):
                continue  # a mark follows a word of three letters or more ("ammunition.2"), not "3.2" or "No.2"
            if m.group("stop") == "." and _ABBREVIATION_DOT.search(text[max(0, m.start() - 5):m.start()].lower()):
                continue  # "Fig.2 Shows", "Vol.3 Of": a number, not a mark
            lo = m.start("n")
        parts += [text[at:lo], " " * (m.end() - lo)]
        at = m.end()
    return "".join(parts) + text[at:] if parts else text


def extract(text: str, document: str = "", profile_id: str | None = None,
            actors: tuple[str, ...] | None = None) -> list[Candidate]:
    """Candidate figures in ``text``, in the order they appear. ``actors``: the names of
    the conflict's parties (default: the current case's, crosstally.yaml)."""
    profile = get_profile(profile_id)
    voc = vocabulary(tuple(case_actors() if actors is None else actors))
    triggers = _triggers(voc)
    source, text = text, _PLUS_SOMEONE.sub(" and", _HASHTAG.sub(" ", _mask_reference_marks(text)))
    # read without reference marks or hashtags' signs ("12 peaceful #EndSARS protesters": the tag is a word of the
    # noun), and "plus" before someone else as "and" ("a death toll of 36 plus the attacker"; not "30 plus soldiers",
    # "12 plus years", "5 plus 1"), the same length: quoted as written
    low = text.lower()
    if len(low) != len(text):  # a few non-ASCII letters lower-case to two characters
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)

    # One pass over the words: numbers, cues, dates, actors, reporting verbs.
    numbers, cues, dates, actors, verbs = [], [], [], [], []
    consumed = actor_end = cue_end = 0
    for tok in _TOKEN_RE.finditer(low):
        w = tok[0]
        kind = triggers.get(w, _NUMBER if w[0] <= "9" else None)
        if kind is None:
            continue
        s = tok.start()
        if kind == _NUMBER:
            if s < consumed:
                continue
            if w in SCALES or w in ("few", "couple"):  # "a hundred", "a dozen", "a few dozen", "a couple of hundred"
                if low[s - 2:s] != "a " or low[s - 3:s - 2].isalnum():
                    continue
                s -= 2
            m = _NUM_AT.match(low, s)
            if m and ", " in (m.group("n1") or "") and (
                    _GROUP_COMMA_SPACE_NOT.search(text, max(0, s - 16), s) or _LIST_NEXT.match(low, m.end())):
                m = _NUM_AT.match(low, s, s + m.group("n1").index(","))  # "March 3, 500": two numbers
            if m:
                consumed = m.end()
                before = low[s - 1] if s else " "
                if before == ":" and s >= 2 and (text[s - 2].isupper() or text[s - 2] == " ") and text[s].isalpha():
                    before = " "  # a dateline glued to its first word: "RABAT :Four explosions", "OSKEL:Two soldiers"
                elif before == "." and s >= 3 and text[s].isupper() and text[s + 1:s + 2].islower() \
                        and re.match(r"[a-z\d)\"”'’]{2}", low[s - 3:s - 1]):
                    before = " "  # a sentence glued to the full stop before it: "on October 30.Nine wounded policemen"
                if not (before.isalnum() or before in _BAD_BEFORE):
                    change = m.group("n2") and "to" in low[m.end("n1"):m.start("n2")]
                    if change and _BY_CHANGE.search(low, max(0, s - 20), s):
                        numbers.append(_NUM_AT.match(low, m.start("n2")))  # "went up by one to eight": eight
                    elif change and (_CHANGE_FROM.search(low, max(0, s - 40), s)
                                     or _FROM_BEFORE.search(low, max(0, s - 6), s)
                                     and parse_number(m["n1"]) > parse_number(m["n2"])
                                     and _lowered_count(text, low, s, m.end("n2"))):
                        # "rose from 20 to 35", "lowered the toll ... from 93 to 76": two figures, the old and
                        # the new, not a range
                        numbers.append(_NUM_AT.match(low, s, m.end("n1")))
                        numbers.append(_NUM_AT.match(low, m.start("n2")))
                    elif m.group("n2") and re.fullmatch(r"[ \t]+[-–—][ \t]+", low[m.end("n1"):m.start("n2")]) \
                            and parse_number(m["n1"]) > parse_number(m["n2"]):
                        # "The three - two men and a woman - were shot": a dash that opens an aside, not a range
                        # (a range rises: "300 - 500")
                        numbers.append(_NUM_AT.match(low, s, m.end("n1")))
                        numbers.append(_NUM_AT.match(low, m.start("n2")))
                    else:
                        numbers.append(m)
        elif kind == _CUE:
            if s < cue_end:
                continue
            e = tok.end()
            # a cue word with phrases of its own tries them first ("evacuated from their homes": the displaced;
            # "near death": the hurt; else its word's metric: "evacuated" other, "death" killed)
            phrase = next(((m, metric) for pattern, metric in _PHRASE_LISTS.get(w, ())
                           if (m := pattern.match(low, s))), None)
            if phrase is not None:
                cues.append((s, phrase[0].end(), phrase[1]))
                cue_end = phrase[0].end()
                continue
            mixed = _MIXED_FATE.match(low, s) if w in _MIXED_FIRST and (
                low[e:e + 1] == "," or low.startswith((" or ", " and "), e)) else None
            if mixed:  # "killed, captured or have repented": not all of them dead
                cues.append((s, mixed.end(), "other_people"))
                cue_end = mixed.end()
                continue
            mixed = _MIXED_HURT.match(low, s) if w in ("wounded", "injured", "hurt") and low.startswith(
                (" and ", " or ", ", "), e) else None
            if mixed:  # "wounded and detained": not all of them only hurt (metric other)
                cues.append((s, mixed.end(), "other_people"))
                cue_end = mixed.end()
                continue
            pair = _CASUALTY_PAIR.match(low, s) if w in _PAIR_FIRST else None
            if pair and w == "dead" and _NUM_AFTER_PAIR.match(low, pair.end()) and not re.search(
                    r"(?<![a-z])(?:left|leaving|leaves|leave|the|and|among|of)\s+\Z", low[max(0, s - 12):s]):
                pair = None  # "left a gendarme dead and injured 6 others": "dead" governs no count; the verb after does
                # (not "left dead and injured 30 people", "Among the dead and injured 30 were children": the pair)
            if pair:  # "killed and injured": the two together
                cues.append((s, pair.end(), "casualties"))
                if _NUM_AFTER_PAIR.match(low, pair.end()):
                    cue_end = pair.end()  # "killed and wounded 30 people": the pair governs, not its second verb
                continue
            pair = _KILLING_PAIR.match(low, s) if w in ("killing", "killed") else None
            if pair and _NUM_AFTER_PAIR.match(low, pair.end()):
                # "killing and wounding 14 worshippers", "killing and maiming dozens of civilians": both together
                cues.append((s, pair.end(), "casualties"))
                cue_end = pair.end()
                continue
            if w == "fatal" and _FATAL_EVENT_AFTER.match(low, tok.end()) \
                    and not _FATAL_COUNT_BEFORE.search(low, max(0, s - 30), s):
                continue  # "in a fatal clash, 12 soldiers were ...": the event's adjective, no count's fate
            if w in ("burned", "burnt") and (thing := _BURNED_THING.match(low, tok.end())) \
                    and (thing[1] == "down" or _uncounted(thing[1]) or thing[2] and _uncounted(thing[2])):
                continue  # "protesters threw rocks and burned tires": things burned, no fate of people
            if w in _ABBREVIATED_CUES and text[s:e] != w.upper():
                continue  # "Kia", "Mia": a name, not killed or missing in action
            if w == "camp" and text[s] == "C" and _CAMP_NAMED.match(text, e):
                continue  # "Camp Street prison", "Camp Bastion air base": a street's or a base's name, no camp
            if w in ("homicide", "homicides") and (_CHARGE_BEFORE.search(low, max(0, s - 30), s)
                                                   or _CHARGE_AFTER.match(low, e)):
                continue  # "thirty [30] related to homicide", "arrested for homicide": a charge, no count of the dead
            if w == "lives" and _lives_saved(low, s):
                cues.append((s, e, "other_people"))  # "credited with saving thousands of lives", "helped save the
                continue  # lives of more than 70 people": lives saved, not lost
            if w == "death" and low.startswith(" row", e):
                cues.append((s, e + 4, "other_people"))  # "Thirteen cult members were then on death row": people
                cue_end = e + 4  # awaiting execution, held (not yet dead)
                continue
            if w == "die" and _DIE_FORECAST_BEFORE.search(low, max(0, s - 30), s):
                continue  # "could die", "will die unless ...": a forecast, no count of the dead
            if w in _COURT_CUES and (nx := _COURT_ADJECTIVE.match(low, tok.end())) \
                    and ((nx[1],) in _HEADS or nx[1] in MODIFIERS or nx[1] in _PEOPLE_FIRST):
                continue  # "Two imprisoned journalists died", "12 jailed protesters": an adjective of people
            cues.append((s, tok.end(), "injured" if w == "toll" and low[s - 7:s] == "injury " else _CUE_METRIC[w]))
        elif kind == _PHRASE_CUE:
            for pattern, metric in _PHRASE_LISTS[w]:
                m = pattern.match(low, s)
                if m:
                    cues.append((s, m.end(), metric))
                    cue_end = m.end()  # "left for dead": "dead" is no cue of its own
                    break
        elif kind == _VERB:
            verbs.append((s, tok.end(), w))
        elif kind == _MONTH:
            m = _MONTH_AT.match(text, s) if text[s].isupper() else None
            if m and abbreviated_month_alone(text, s, tok.end()):
                continue  # "Mayor Jan van Zanen said": a name, not January
            end = m.end() if m else None
            if m is None and len(w) > 2 and text[s:tok.end()].isupper():
                # "SARAJEVO, FEB. 5 --": a dateline's month in capitals, when a day or a year follows it (past the
                # full stop of "FEB."; not "MAY HAVE")
                titled = _MONTH_AT.match(text[s:tok.end()].title() + text[tok.end():tok.end() + 12])
                stop = 1 if text[tok.end():tok.end() + 1] == "." else 0
                end = s + titled.end() if titled is not None and titled.end() > len(w) + stop else None
            if end is not None:
                b = _DATE_BEFORE.search(low, max(0, s - 40), s)
                dates.append((b.start(), end, text[b.start():end]))
        elif kind == _DAY:
            if text[s:tok.end()] == "Today" and _MEDIA_NAME_AFTER.match(low, tok.end()):
                continue  # "Today newspaper said": a name, not a day
            b = _DATE_BEFORE.search(low, max(0, s - 20), s)
            dates.append((b.start(), tok.end(), text[b.start():tok.end()]))
        elif kind == _DATE_UNIT:
            if w == "days" and (ago := _AGO_AFTER.match(low, tok.end())) \
                    and (n_before := _AGO_COUNT_BEFORE.search(low, max(0, s - 20), s)):
                # "an attack four days ago that killed two paratroopers": the days counted back
                dates.append((n_before.start(), ago.end(), text[n_before.start():ago.end()]))
                continue
            b = _DATE_UNITS[w].search(low, max(0, s - 30), s)
            if b:
                dates.append((b.start(), tok.end(), text[b.start():tok.end()]))
        elif kind == _ACTOR_BY:  # "airstrikes by the Rapid Support Forces"
            a = voc.after_by(text, low, s)
            if a:
                actors.append(a)
        elif s >= actor_end and (kind == _ACTOR_ANY or text[s].isupper()):  # _ACTOR_CAPITALISED: "Russia", not "russia"
            a = voc.match(text, s)  # (a name inside the last one, "forces" in "government forces", is not another)
            if a:
                actors.append(a)
                actor_end = a[1]
    dates.sort()
    starts = {"cues": [c[0] for c in cues], "dates": [d[0] for d in dates],
              "actors": [a[0] for a in actors], "verbs": [v[0] for v in verbs]}

    sentences = _sentence_starts(text)
    claimants: dict[int, tuple[str, int, int]] = {}
    contexts: dict[int, str] = {}
    bounds: dict = {}  # (qualifier, value, ...) -> (low, high) in this text; the profile remembers across texts
    out: list[Candidate] = []
    parts: dict[int, Candidate] = {}  # index in out of a figure that is a part -> its whole
    breakdown: dict[int, Candidate] = {}  # index in out of an item of a breakdown ("Of these, N ...") -> its whole
    perpetrators = []  # per candidate, where to look for who did it (after every number is read)
    skip_until = 0
    for m in numbers:
        start, num_end = m.start(), m.end()
        if start < skip_until:
            continue
        groups = [g for g in ("vague", "n1", "n2") if m.group(g)]
        between = None
        if groups == ["n1"] and _BETWEEN_TAIL.search(low, max(0, start - 12), start):
            between = _AND_NUM.match(low, num_end)
            if between:
                start = _BETWEEN_TAIL.search(low, max(0, start - 12), start).start()
                num_end = skip_until = between.end()
        pre = _PRE_SKIP.search(text, max(0, start - 30), start)
        if pre and pre[0][:1] in "Rr" and pre[0].lower().startswith("report") and (
                (h := _head(text, num_end)[0]) is not None and h[1][1] == "people"
                or _FATE_WORD_AFTER.match(low, num_end)):
            pre = None  # "Baku Reports 50 Soldiers Dead", "UN Reports 11 Killed": the verb, not a report's number
        if pre and re.fullmatch(r"\d\.", pre[0]) and text[start:start + 1].isupper() \
                and text[start + 1:start + 2].islower():
            pre = None  # "in another raid on October 30.Nine wounded policemen": a sentence glued to the full stop
        if pre and pre[0][:1].isdigit() and text[start:start + 1].isupper() and text[start + 1:start + 2].islower() \
                and _DATELINE_DAY_BEFORE.search(text, max(0, start - 20), start):
            pre = None  # "CONAKRY, Sept 18 Eight bodies": a dateline's day, then the story's first word
        if groups == ["n1"] and not between and "(" in low[num_end:num_end + 3] \
                and (same := _PAREN_SAME.match(low, num_end)) and parse_number(same["n"]) == parse_number(m["n1"]):
            num_end = skip_until = same.end()  # "twelve (12) civilians": one number written twice
        plus = _PLUS_AFTER.match(low, num_end) if low[num_end:num_end + 1] in ("+", "-") \
            else _SPACED_PLUS.match(low, num_end) if low.startswith(" plus", num_end) else None
        if plus:
            num_end = plus.end()  # "200-plus civilians", "40+ killed": more than the number
        or_tail = None if plus or groups != ["n1"] or between else _OR_TAIL.match(low, num_end)
        if or_tail:
            num_end = or_tail.end()  # "40 or so people", "40 or more": the words say how near
        # "one 16-year-old and one 18-year-old": people counted by their age
        age = _AGE_NOUN.match(low, num_end) if "year-old" in low[num_end:num_end + 24] else None
        if pre or not age and _POST_SKIP.match(text, num_end):
            continue
        if _NUMBER_NAMES_AFTER.match(text, num_end) or _NAMED_OF_BEFORE.search(text, max(0, start - 40), start) \
                or (street := _STREET_AFTER.match(text, num_end)) and not any(
                    w.lower() in _NOT_IN_A_NAME or w.lower() in triggers for w in street.group().split()[:-1]) \
                and not ((after := _head(text, street.end())[0]) is not None and after[1][1] == "people"):
            continue  # "the 228 Incident", "the Memorial Foundation of 228", "22 Children of Tzfat Street": names
        if groups == ["n1"] and _is_year(m.group("n1") or "") and "," not in m.group("n1") \
                and (proper := _PROPER_AFTER.match(text, num_end)) and (proper[1].lower(),) not in _HEADS \
                and proper[1].lower() not in triggers and proper[1].lower() not in _demonyms() \
                and not ((nxt := _PROPER_AFTER.match(text, proper.end()) or re.match(r"[ \t]+([a-z]+)", text[proper.end():]))
                         and nxt[1].lower() not in triggers
                         and _HEADS.get((nxt[1].lower(),), ("", None))[:2] == (None, "people")):
            # (but "killed 2000 Russian soldiers", "1900 Houthi fighters": people, by their side)
            continue  # "Justice Over 2002 Aksy Killings": a year before a name, not a count
        if " in " in low[num_end:num_end + 4] and _RATIO_AFTER.match(low, num_end) or \
                " in " in low[max(0, start - 4):start] and _RATIO_BEFORE.search(low, max(0, start - 20), start):
            continue  # "nine in 10 residents": a proportion, not a count
        if " for " in low[num_end:num_end + 60] and _FOR_EACH_AFTER.match(low, num_end):
            continue  # "ten died for each soldier killed": a rate
        if _is_year(m.group("n1") or "") and _DAY_COMMA_BEFORE.search(text, max(0, start - 30), start):
            continue
        if text[num_end:num_end + 1] == "," and num_end - start <= 3 and _NAME_COMMA.search(
                text, max(0, start - 30), start):
            continue  # an age after a name: "Abu Ahmad, 52, a farmer"
        if text[num_end:num_end + 1] in (".", ")") and num_end - start <= 3 and groups == ["n1"] \
                and (fn := _FULL_NAME_COMMA.search(text, max(0, start - 60), start)) \
                and text[:fn.start()].rstrip()[-1:] not in (";", ":") \
                and fn[0].split()[-1].rstrip(",") not in _LIST_PLACE_WORDS:
            continue  # an age closing a sentence after a full name: "..., like Ana Maria Velk, 24."
        values = [m.group(g) for g in groups] + ([between.group("n2")] if between else [])
        head, first = _head(text, num_end, values in (["one"], ["1"]))
        if age:
            after, first = _head(text, age.end(), values in (["one"], ["1"]))
            if after is not None and after[1][1] != "people" or after is None and first[:1].isalpha() \
                    and first not in FOLLOWERS and first not in _CUE_METRIC and first not in _PHRASE_CUES:
                continue  # "two 10-year-old cars": things of that age
            minor = parse_number(age["age"]) < 18
            head = after if after is not None and not (minor and after[1][2] == "all") \
                else (after[0] if after else age.end(), (after[1][0] if after else None, "people",
                                                          "children" if minor else "all"))
        reading: list[str] = []  # the rules that read beyond the number's own words (the draft's `why`)
        if head is None and groups == ["n1"] and num_end - start <= 3 \
                and _OUTLET_BEFORE.search(text, max(0, start - 30), start) and _OUTLET_AFTER.match(low, num_end):
            continue  # a broadcaster's name: "told Radio 24 the toll was higher", "said on Channel 4 that"
        if head is not None and low.startswith(" of ", head[0]) and low[num_end:head[0]].split()[-1:] == ["cases"] \
                and (case_of := _head(text, head[0])[0]) is not None and case_of[1][1] == "people" \
                and case_of[1][0] is None:
            head = case_of  # "three cases of demonstrators who died": the cases are the people
            reading.append("'cases of' people: the people")
        if head is None and first == "of" and (of_n := _OF_NUMBER.match(low, num_end)):
            whole = _head(text, of_n.end())[0]  # "38 of 40 drones", "4 of the 9 soldiers": a part, the whole's noun
            if whole is not None:
                head = (num_end, whole[1])
                reading.append(f"a part of {text[of_n.start('n'):whole[0]]!r}: its noun")
                named = _NAMED_AS.match(low, whole[0]) if whole[1][1] == "people" else None
                sub = _named_head(text, low, named.end()) if named else None
                if sub and sub[1][1] == "people" and sub[1][0] is None and sub[1][2] != "all":
                    head = (num_end, (whole[1][0], "people", sub[1][2]))  # "97 of the 403 casualties were children"
                    reading.append(f"population {sub[1][2]} named by the predicate {named[0].strip()!r}")
        i = bisect_right(sentences, start) - 1
        s_start, s_end = sentences[i], sentences[i + 1] if i + 1 < len(sentences) else len(text)
        if " times" in low[num_end:num_end + 12] and _PASSIVE_HIT_BEFORE.search(text, max(s_start, start - 60), start):
            continue  # "was struck seven times", "had been shot 12 times": the blows one person took
        if (rule := _RULE_BEFORE.search(low, max(s_start, start - 80), start)) and (
                rule.group("limit") or _LIMIT_WORDS.match(low, start)) or (
                _GATHERING_OF_BEFORE.search(low, max(s_start, start - 40), start) and _BANNED_AFTER.match(low, num_end)):
            continue  # "require candidates to address fewer than 200 people", "gatherings of more than 50 people are
            # banned": a rule's limit, not a count of anyone
        plain = head is not None and head[1][1:] == ("people", "all") and low[num_end:head[0]].strip() in ("people", "persons")
        if (head is None and first.lower() != "times" and not (first[:1].islower() and first not in FOLLOWERS) or plain) \
                and (" at " in (before := low[max(s_start, start - _STATED_COUNT_WINDOW):start]) or " wa" in before
                             or " we" in before or " stood" in before or " reach" in before or " total" in before
                             or " to " in before) \
                and (stated := _STATED_COUNT.search(low, max(s_start, start - _STATED_COUNT_WINDOW),
                                                    _qualifier_start(low, start))) \
                and (not plain or stated["verb"].endswith(" to") and "," not in low[stated.end("noun"):stated.start("verb")]) \
                and not (stated["verb"].endswith(" to") and re.search(r"\d", low[stated.end("noun"):stated.start("verb")])):
            # (a count that rose to a number is the first number after its noun: not "The number of wounded has risen
            # to 1,930, while the death toll has climbed to 512")
            whole = _head(text, stated.start("noun") - 1)[0]
            if plain and (fate := re.match(r"(?:people|persons|those)\s+([a-z]+)", low[stated.start("noun"):stated.start("verb")])) \
                    and _CUE_METRIC.get(fate[1]) in ("killed", "injured", "displaced"):
                whole = (whole[0] if whole else stated.start("verb"), (_CUE_METRIC[fate[1]], "people", "all"))
            if whole is not None and whole[0] <= stated.start("verb") and (not plain or whole[1][0] in _PEOPLE_METRICS
                                                                          and whole[1][1] == "people"):
                # "the total number of violations ... was 231", "... of abuses at 54"; "The number of people killed
                # ... has increased to 30 people": the count's noun (and its bare "people" its own)
                head = (head[0] if plain else num_end, whole[1])
                reading.append(f"the value of {text[stated.start():whole[0]]!r}: its noun")
        elif head is None and ":" in low[max(0, start - 20):start] and (label := _LABEL_BEFORE.search(
                low, max(low.rfind("\n", max(0, start - 60), start) + 1, start - 60), _qualifier_start(low, start))) \
                and _LABEL_VALUE_END.match(low, num_end) and (named := _label_head(label[1].split())) is not None:
            head = (num_end, named)  # a report's labelled line: "IDPs: 4,500", "Households affected: 300"
            reading.append(f"the label of its line ({label[1]!r}): its noun")
        elif head is None and out and out[-1].start >= s_start and out[-1].end >= start - _LINK_WINDOW \
                and (not first[:1].isalpha() or first in FOLLOWERS) \
                and _COULD_BE_BEFORE.search(low, max(s_start, start - 40), _qualifier_start(low, start)):
            # "has risen to around 90 people, and could be as high as 170": the same count's upper reach
            head = (num_end, (out[-1].metric, out[-1].unit, out[-1].population))
            reading.append(f"what the count before ({out[-1].span!r}) could reach: its kind")
        elif head is None and out and out[-1].start >= s_start and out[-1].end >= start - _LINK_WINDOW \
                and (" from " in low[max(0, start - 20):start] or "compared" in low[max(0, start - 30):start]) \
                and (not first[:1].islower() or first in FOLLOWERS or first.endswith("ed") and first not in _DESCRIBING_ED) \
                and _COMPARED_BEFORE.search(low, max(s_start, start - 30), _qualifier_start(low, start)):
            head = (num_end, (out[-1].metric, out[-1].unit, out[-1].population))  # "... 120 incidents, down from 150"
            reading.append(f"compared with the figure before ({out[-1].span!r}): its kind")
        elif head is None and out and out[-1].unit == "people" and out[-1].metric in _PEOPLE_METRICS \
                and out[-1].end >= start - _FIGURE_OF_WINDOW and " of " in low[max(0, start - 20):start] \
                and (not first[:1].isalpha() or first in FOLLOWERS or first in _FIGURE_OF_VERBS) \
                and _FIGURE_OF_BEFORE.search(low, max(s_start, start - 60), _qualifier_start(low, start)):
            # "... could be as high as 170, MSF said. ... the higher figure of 170 comes from reports from residents",
            # "a sharp increase over the previously reported number of just over 100": a figure with no noun,
            # called a figure, of the kind counted just before
            head = (num_end, (out[-1].metric, "people", out[-1].population))
            reading.append(f"'figure of N' with no noun: of the kind counted before ({out[-1].span!r})")
        elif head is None and out and out[-1].unit == "people" and out[-1].metric in _PEOPLE_METRICS \
                and out[-1].end >= start - _WHERE_WINDOW and (
                    first == "in" and (_THERE_BEFORE.search(low, max(s_start, start - 30), _qualifier_start(low, start))
                                       or out[-1].start >= s_start and "are in a place" in out[-1].reading
                                       and _AND_ANOTHER_IN.fullmatch(low, out[-1].end, _qualifier_start(low, start)))
                    or first in ("are", "were") and _FOUND_IN_AFTER.match(low, num_end)
                    and (low[max(0, start - 9):start].endswith(("claiming ", "claimed ", " say ", " said "))
                         or _THERE_BEFORE.search(low, max(s_start, start - 30), _qualifier_start(low, start)))) \
                and _PLACE_NAMED_AFTER.match(text, num_end + (0 if first == "in" else low.index(" in ", num_end) - num_end)):
            # where the people counted just before are: "25,000 refugees have arrived. There are about 20,000 in
            # the village of Soa", "claiming 8000 are in the town of Kefamenanu"
            head = (num_end, (out[-1].metric, "people", out[-1].population))
            reading.append(f"how many of the people counted before ({out[-1].span!r}) are in a place")
        elif head is None and first.endswith("ed") and first[:1].islower() and first not in _DESCRIBING_ED \
                and out and out[-1].start >= s_start and out[-1].unit == "people" \
                and _LINK_BEFORE.search(low, max(0, start - 30), start) \
                and _OWN_VERB_ENDS.match(low, low.find(first, num_end) + len(first)):
            # "40 prisoners were caught and 12 escaped" (not "15 armoured vehicles destroyed", whose
            # "armoured" is no verb); a verb that is no fate ("another 12 walked free") counts them only
            verb_at = low.find(first, num_end)
            fate = first in PEOPLE_CUES or any(  # (or a fate in its verb's phrase: "and one remained in hospital")
                verb_at <= c[0] <= verb_at + len(first) + 8 and c[2] in _PEOPLE_METRICS
                for c in cues[bisect_left(starts["cues"], verb_at):bisect_left(starts["cues"], verb_at + len(first) + 9)])
            head = (num_end, (None if fate else "other", "people", out[-1].population))
            reading.append(f"a count with a verb of its own after {out[-1].span!r}: its people")
        elif head is not None and head[1] == (None, "people", "all") and low[num_end:head[0]].split() == ["cases"] \
                and out and out[-1].start >= s_start and out[-1].unit == "events":
            head = (head[0], (out[-1].metric, "events", out[-1].population))  # "231 violations from 124 cases"
            reading.append(f"cases of the events counted before ({out[-1].span!r})")
        if head is None and first.lower() == "times" and not _TIMES_NOT.match(low, num_end) \
                and _STRUCK_BEFORE.search(low, max(s_start, start - 70), start):
            # "shelled Kherson region 114 times": strikes counted as events
            verb = _STRUCK_BEFORE.search(low, max(s_start, start - 70), start)[0]
            hit = verb.split()
            facility = any(_HEADS.get(tuple(hit[k:k + n]), ("",))[0] in ("facility", "venue")
                           for n in (1, 2, 3) for k in range(len(hit)))
            head = (num_end + low[num_end:].index("times") + 5,
                    ("attacks_on_facilities" if facility else "incidents" if verb.startswith("attack")
                     else "strikes", *_EVENTS))  # "targeted hospitals six times": attacks on them
            reading.append(f"'N times' after {verb.split()[0]!r}: a count of {head[1][0]} in events")
        elif head is None and (first.lower() == "times" and not _TIMES_NOT.match(low, num_end)
                               and (clash := _CLASHED_BEFORE.search(low, max(s_start, start - 70), start))
                               or first.lower() == "occasions" and low[max(0, start - 3):start] == "on "
                               and (clash := _CLASHED_ON_BEFORE.search(low, max(s_start, start - 70), start))):
            # "the two armies have clashed four times since 2004", "erupted in deadly exchanges five
            # times": armed clashes counted as events (metric other)
            head = (num_end + low[num_end:].index(first.lower()) + len(first), ("other", *_EVENTS))
            reading.append(f"'N times' after {clash[1]!r}: a count of clashes in events")
        elif head is None and low.startswith("-strong", num_end) and _STRONG_AFTER.match(text, num_end):
            # "a 1,500-strong rebel force": the size of a force (combatants) or of a crowd
            words_after = set(_STRONG_AFTER.match(text, num_end)[1].lower().split())
            head = (num_end + 7, ("other", "people", "combatants" if words_after & _FORCE_WORDS else "all"))
            reading.append("'-strong': the size of a force or crowd")
        elif head is None and ((seg := low[max(0, start - 25):start]).endswith(" to ") or " to " in seg and (
                _QUAL_TAIL.search(seg) or seg.rstrip().endswith(("just", "only")))
                or ("tal" in seg or "umber" in seg or "mount" in seg) and _TOTALLED_BEFORE.search(low, max(s_start, start - 30), start)
                or "umber" in seg and _NUMBER_VERB_BEFORE.search(low, max(s_start, start - 40), start)
                or ("ted at" in seg or "put at" in seg or "e of" in seg) and _ESTIMATED_AT.search(low, max(s_start, start - 40), start)
                or " at " in seg and _PUT_FATE_AT.search(low, max(s_start, start - 100), start)):
            # the count a sentence names, then its number: "bringing the overall count of returns to
            # 36,400", "Returns of refugees totalled 2,700": its noun is the number's
            said = _said_count(text, low, s_start, start, out)
            if said is not None:
                head = (num_end, said[0])
                reading.append(said[1])
        if head is None and low.startswith(" in number", num_end) and (
                subj := _IN_NUMBER_SUBJECT.search(low, max(s_start, start - 60), _qualifier_start(low, start))):
            # "the armed men, who were six in number": the count of the people the subject names
            said = next((h for n in (2, 1) if (h := _HEADS.get(tuple(subj["noun"].split()[-n:]))) is not None
                         and h[1] == "people" and len(subj["noun"].split()) >= n), None)
            if said is not None:
                head = (num_end + len(" in number"), said)
                reading.append(f"'{subj['noun']} ... in number': its noun")
        if head is None and " of " in low[max(0, start - 4):start] and (
                group := _GROUP_OF_BEFORE.search(low, max(s_start, start - 40), _qualifier_start(low, start))):
            # "a group of nine attacked": people counted as a group; doing the attack, the attackers
            attackers = _ATTACKED_AFTER.match(low, num_end) is not None
            head = (num_end, ("other" if attackers else None, "people",
                              "combatants" if attackers or group["armed"] is not None
                              or group["armed2"] is not None else "all"))
            reading.append(f"{group[0].strip()!r} N: people" + (", the attackers" if attackers else ""))
        if head is None and " of " in low[max(0, start - 25):start] and (
                crowd := _CROWD_OF_BEFORE.search(low, max(s_start, start - 40), _qualifier_start(low, start))):
            # (a qualifier between: "the crowd of about 200")
            # "a crowd of thousands stormed a police station", "another crowd of 600 attacked": the people of a
            # crowd, what they did (metric other; a fate later in the sentence is read as for any count)
            head = (num_end, ("other", "people", "all"))
            reading.append(f"{crowd[0].strip()!r} N: the people of a crowd")
        if head and head[1][1] == "events" and groups == ["n1"] and _is_year(values[0]) \
                and _DEFINITE_BEFORE.search(low, max(0, start - 8), start) \
                and low[num_end:head[0]].split()[-1:] and low[num_end:head[0]].split()[-1] in _NAMED_EVENT_NOUNS \
                and not _EVENTS_COUNTED_AFTER.match(low, head[0]):
            continue  # "since the 1999 post-referendum massacres", "the 2011 bombings": the year of the events
        if head and head[1][1] == "countries" and " of " in low[max(0, start - 30):start] \
                and _MEMBERSHIP_BEFORE.search(low, max(0, start - 40), _qualifier_start(low, start)):
            continue  # "a military alliance of six ex-Soviet states": who a body is made of, not a count
        if head and head[1][1] == "countries" and _DEFINITE_BEFORE.search(low, max(0, start - 8), start):
            continue  # "between the two nations", "both countries": the parties named, not a count
        if head and values == ["one"] and head[1][1] == "people" and head[1][0] is None \
                and " of " in low[num_end:num_end + 5] and (nap := _NAME_APPOSITION_AFTER.match(text, head[0])) \
                and not _fate_after_apposition(low, nap) \
                and not any(w in ("other", "victims") for w in low[num_end:head[0]].split()):
            continue  # "One of the doctors, Tarik al-Basri, is being treated": a named person singled out
            # (but "and one of the other victims, Name, was rushed to hospital": one more of a count)
        if head and head[1][1] == "munitions" and low[num_end:head[0]].endswith(("projectiles", "projectile")) \
                and _THROWN_NEAR.search(low, max(s_start, start - 40), min(s_end, head[0] + 30)):
            continue  # "Protesters threw 50 projectiles at police": stones and bottles thrown, no munitions
        if head and values == ["one"] and head[1][1] == "people" and _SPEAKER_AFTER.match(low, head[0]):
            continue  # "one aid worker said": the speaker, not a count
        if head and head[1][1] == "people" and (anon := _ANONYMOUS_SPEAKERS_AFTER.match(low, head[0])) \
                and (low[num_end:head[0]].split() or [""])[-1] in _SOURCE_NOUNS \
                and not _SAID_OF_THEMSELVES.match(low, anon.end()):
            continue  # "the two officers, who asked not to be named, said": the sources, not a count
        if (head and low[num_end:head[0]].strip() == "others" or low.startswith(" of which", num_end)) \
                and _others_of_things(text, low, s_start, start):
            continue  # "took six vehicles and burnt two others", "eight weeks, four of which": the things, not people
        if values == ["one"] and low.startswith(" of ", num_end) \
                and _IDENTITY_BEFORE.search(low, max(0, start - 12), start):
            continue  # "he was one of the country's top officials": who he was, not a count
        if head and values == ["one"] and head[1][1] in ("events", "munitions") and sentences[bisect_right(sentences, start) - 1] == start:
            continue  # "One airstrike flattened a building": an article, not a count
        if head and values == ["one"] and head[1][1] in ("events", "munitions") \
                and _CLAUSE_OPENER_BEFORE.search(low, max(0, start - 10), start):
            continue  # "After one rocket hit the depot, ...": a single one singled out, not a count
        if head is None and groups == ["n1"] and values[0].isdigit() and len(values[0]) <= 3 \
                and _IN_NAME_BEFORE.search(text, max(0, start - 25), start) and _in_name_after(text, num_end):
            continue  # part of a name: "Dalori 2 IDP camp", "Sector 4 Command"
        if head is None and "rounds of" in low[num_end:num_end + 12] and (rounds := _ROUNDS_OF_STRIKES.match(low, num_end)):
            # "two rounds of bombing", "at least two rounds of airstrikes": that many strikes
            head = (rounds.end(), ("strikes", *_EVENTS))
            reading.append(f"{low[num_end:rounds.end()].strip()!r}: strikes")
        if head is None and ("rounds" in low[num_end:num_end + 30] or "pieces of" in low[num_end:num_end + 12]) \
                and (rounds := _ROUNDS_AFTER.match(low, num_end)) and _fired_rounds(low, rounds, s_start, s_end, start):
            # "fired about 230 rounds of artillery", "40 mortar rounds", "two pieces of ordnance landed":
            # munitions fired (not "1,000 rounds of ammunition" seized, nor the rounds of a rifle)
            head = (rounds.end("noun"), ("strikes", "munitions", "not_applicable"))
            reading.append(f"{low[num_end:rounds.end()].strip()!r} fired: munitions")
        if head is None and out and out[-1].start >= s_start and out[-1].unit in ("people", "households") \
                and ("make" in low[max(0, start - 25):start] or "making" in low[max(0, start - 25):start]) \
                and not any(_is_year(v) for v in values) and not low.startswith(" the ", num_end) \
                and _TO_MAKE_BEFORE.search(low, max(0, start - 30), _qualifier_start(low, start)):
            # "11 villagers ... two more joined them later to make 13", "..., making 40 in all": the sum of the counts before
            head = (num_end, (None, out[-1].unit, out[-1].population))
            reading.append(f"'to make N' after {out[-1].span!r}: the sum, of the same people")
        of_these = None  # "... 860 violations. Of these, 310 were X; 200 Y": a breakdown of a whole
        if head is None and out and ("of th" in low[max(0, start - 30):start] or "among th" in low[max(0, start - 30):start] or low[max(0, start - 20):start].count(";")
                                     or " and " in low[max(0, start - 8):start]):
            if (ot := _OF_THESE_BEFORE.search(low, max(0, start - 40), _qualifier_start(low, start))) \
                    and out[-1].end >= start - _OF_THEM_WINDOW and out[-1].end <= ot.start() \
                    and out[-1].unit in ("people", "households", "events", "munitions", "facilities", "targets", "countries"):
                of_these = out[-1]
            elif len(out) - 1 in breakdown and out[-1].start >= s_start \
                    and _LINK_BEFORE.search(low, max(0, start - 30), _qualifier_start(low, start)):
                of_these = breakdown[len(out) - 1]  # the next item of the same breakdown
            if of_these is not None and of_these.unit != "people":
                head = (num_end, (of_these.metric, of_these.unit, of_these.population))
            elif of_these is not None and first[:1].islower() and first not in FOLLOWERS and first not in PEOPLE_CUES:
                head = (num_end, (None, "people", of_these.population))  # "Of these, 12 correspond to ...": its own verb
            if of_these is not None:
                reading.append(f"a part of {of_these.span!r} in a breakdown ('of these, N ...'): its kind")
        if head is None:
            if _SUFFIXED.search(values[-1]):
                continue  # "a 5m wall": metres, not millions
            if _AGE_WAS_BEFORE.search(low, max(0, start - 30), _qualifier_start(low, start)) \
                    and re.match(r"\s+(?:when|at\s+the\s+time)(?![a-z])", low[num_end:num_end + 20]):
                continue  # "He was barely 16 when he died": an age
            if any(_is_year(v) for v in values):
                continue  # "in 2003", "2011-2015"
            if text[start - 1:start] == "[" and text[num_end:num_end + 1] == "]" and values[0].isdigit():
                continue  # "killing three people [1]": a note's number, not a count
            if _LAW_ARTICLES_BEFORE.search(low, s_start, start) and _LAW_NAMED.search(low, s_start, start):
                continue  # "the following articles of the Criminal Code: 120 (intentional murder), 214": articles
            if first[:1].islower() and first.lower() in PEOPLE_CUES and _CUE_THEN_CRAFT.match(low, num_end):
                continue  # "Three rescue vehicles were disabled": a cue word naming the craft, not people
            if groups == ["n1"] and re.fullmatch(r"1[0-8]\d\d", values[0]) \
                    and _YEAR_PREP_BEFORE.search(low, max(0, start - 12), start):
                continue  # "founded in 1822", "since 1848": a year of history, not a count
            word = first.lower()
            if first[:1].islower() and word not in FOLLOWERS and word not in PEOPLE_CUES \
                    and not (_LATE_ON_AFTER.match(low, num_end)
                             and _TOLL_BEFORE.search(low, max(s_start, start - 150), _qualifier_start(low, start))) \
                    and not (word in _CONDITION_ADVERBS and out and out[-1].unit == "people") \
                    and not (word.endswith("ly") and _STATE_THEN_CUE.match(low, num_end)) \
                    and not (word.startswith("non-") and _NON_GROUP.match(first)) \
                    and not _BARE_CROWD_AFTER.match(low, num_end) \
                    and not (word in _PHRASE_CUES and _cue_at(cues, starts["cues"], low.find(word, num_end))
                             and (word not in _ARRIVAL_WORDS
                                  or _flight_arrival(text, low, low.find(word, num_end), s_start, s_end))) \
                    and not ((word.endswith("ed") or word in _IRREGULAR_PAST) and out and out[-1].unit == "people"
                             and out[-1].start >= s_start and "another" in low[max(0, start - 9):start]
                             and _LINK_BEFORE.search(low, max(0, start - 40), start)):
                continue  # a noun we do not count: "24 hours", "5 km", "two sides"
                # (but "Nine lost their lives", "another 300 crossed into X": a phrase of what befell them)
                # (but "1,200 refugees flew home, while another 3,000 flew to X": the verb of more of them)
                # (but "22 physically injured", "28 non-Muslims")
            if text[num_end + 1:num_end + 2].isupper() and (mm := _MODEL_THEN_NOUN.match(text, num_end)) \
                    and _uncounted(mm[1]):
                continue  # "six AK-47 rifles", "two T-72 tanks": things, by their model
            if values != ["one"] and text[num_end + 1:num_end + 2].isupper() and mm is not None \
                    and (mm_head := _HEADS.get((mm[1],))) is not None and mm_head[1] == "people":
                head = (mm.end(), mm_head)  # "Two VAT9 commandos", "three F-16 pilots": people, by their unit or craft
            of_noun = _OF_NOUN.match(text, num_end) if word == "of" else None
            if of_noun and of_noun[1] not in FOLLOWERS and of_noun[1] not in PEOPLE_CUES \
                    and of_noun[1] not in MODIFIERS \
                    and not (low.startswith(" of those ", num_end) and out and out[-1].unit == "people"
                             and (of_noun[1] in _PARTICIPLES_OF_HARM or of_noun[1].endswith("ed"))):
                # (but "Three of those hit by shrapnel died": of the people hit, a part of the count before)
                continue  # the same, after "of": "three of its helicopters", "two of the buildings"
            if word == "of" and (poss := _OF_PLACE_POSSESSIVE.match(text, num_end)):
                after = _TOKEN_RE.findall(low, poss.end(), poss.end() + 40)[:4]
                if not any((w,) in _HEADS and _HEADS[(w,)][1] == "people" for w in after) \
                        and any(w in _PLACE_THINGS or (w,) in _HEADS and _HEADS[(w,)][1] != "people" for w in after):
                    continue  # "between two of Africa's smallest states": a part of a place's things, not people
            if values == ["one"] and out and out[-1].start >= s_start and out[-1].unit == "people" \
                    and _LINK_BEFORE.search(low, max(0, start - 30), start) and _ONE_MORE_CUE.match(low, num_end):
                pass  # "two militants were killed, and one was injured"
            elif values == ["one"] and of_these is not None and _ONE_MORE_CUE.match(low, num_end):
                pass  # "six people were killed. Among them, one was beheaded": a part of the count, by its own fate
            elif values == ["one"] and _OBJECT_END.match(low, num_end) and _governed(cues, starts["cues"], low, start):
                pass  # "the strike killed one and injured two": the object of a verb of what befell people
            elif values == ["one"] and out and out[-1].start >= s_start and out[-1].unit == "people" \
                    and low.startswith(" in ", num_end) and low.startswith(" in ", out[-1].end) \
                    and _LINK_BEFORE.search(low, max(0, start - 30), start):
                pass  # "two in Oskel, three in Varn and one in Tessaly": the last of a count split by place
            elif values == ["one"] and (named_as := _NAMED_AS.match(low, num_end)) \
                    and _nationality_predicate(low, named_as.end()) and _people_frame(low, s_start, start):
                pass  # "Of the civilian victims, 16 were Kenyan, one was British": an item of the breakdown
            elif values == ["one"] and out and out[-1].start >= s_start and out[-1].unit == "people" \
                    and _LINK_BEFORE.search(low, max(0, start - 30), start) and _LIST_LAST_ITEM.match(text, num_end) \
                    and not _OF_THEM.match(low, num_end):
                pass  # "Four gendarmes, two mobile police and one Kanak were killed", "22 gendarmes and one French
                # magistrate had been held": the last item of a list of people, by a noun we do not know
            elif values == ["one"] and text[start:start + 1] == "O" and _ONE_MORE_CUE.match(low, num_end):
                pass  # '"One died after falling from a bridge, two others were run over by cars"', "One was killed":
                # a sentence (or quote) that opens on the count, with its own verb of what befell it
            elif values == ["one"] and not _OF_THEM.match(low, num_end):
                continue  # "one of the few": too common to be a figure without a noun
                # ("six patients, one of them seriously" is one)

        if head and low[num_end:head[0]].split() == ["forces"] and values in (["one"], ["two"], ["three"], ["1"], ["2"],
                                                                             ["3"]):
            continue  # "the two forces clashed": forces as sides, not men (but "20 dead pro-Russian forces")
        metric, unit, population = head[1] if head else (None, None, None)
        if head and metric == "killed" and _lives_saved(low, head[0] - 5):
            metric = "other"  # "credited with saving thousands of lives": lives saved, not lost
            reading.append("lives saved: metric other")
        if head is None and m.group("vague") and low.endswith("in their ", max(0, start - 9), start) \
                and any(w in _PEOPLE or w in _CLAUSE_PEOPLE_WORDS
                        for w in re.findall(r"[a-z]+", low[max(s_start, start - 200):start])):
            unit, population = "people", "all"  # "gathered in their thousands": the people of the clause, so many
            reading.append("'in their N': people")
        prev = out[-1] if out else None
        part_of = None  # the figure this one is a part of, whose metric it keeps without a cue of its own
        if of_these is not None:
            part_of = of_these
            if unit is None:
                unit, population = of_these.unit, of_these.population
        if head and unit == "people" and _MEDICAL_AFTER.match(low, head[0]):
            population = "medical"  # "two Palestinians working for the Ministry of Health"
        elif head and unit == "people" and population == "all" and low.startswith((" of ", " from "), head[0]) \
                and low[num_end:head[0]].endswith(("members", "member", "leaders", " men")) \
                and (mof := _MEMBERS_OF.match(low, head[0])):  # (and "five leaders of the armed group", as its members)
            group = mof[1].split()
            sub = next((h for k in range(len(group)) for n in (3, 2, 1)
                        if (h := _HEADS.get(tuple(group[k:k + n]))) is not None and len(group[k:k + n]) == n), None)
            if not _MEMBER_FORCE_WORDS.isdisjoint(group):
                population = "combatants"  # "seven members of the village defence force", "of the armed group"
            elif sub is not None and sub[1] == "people" and sub[2] != "all":
                population = sub[2]  # "32 members from the civilian population"
            if population != "all":
                reading.append(f"members of {mof[1]!r}: {population}")
        if head and unit == "people" and population == "all" \
                and _FORCE_OF_BEFORE.search(low, max(s_start, start - 40), _qualifier_start(low, start)):
            population = "combatants"  # "a rebel force of 500 men", "an army of 10,000 soldiers"
            reading.append("the people of a force: combatants")
        if head and unit == "people" and population == "all" and low.endswith("men", num_end, head[0]) \
                and (mol := _MEN_OF_LEADER.fullmatch(text, num_end, head[0])) \
                and not low.startswith((" and boys", " and women"), head[0]) \
                and (any(w in ("our", "its") for w in low[num_end:head[0]].split())
                     or any(w in ("his", "her", "their") for w in low[num_end:head[0]].split())
                     and (_COMMANDER_IN.search(low, s_start, s_end)
                          or not _CIVILIAN_ROLE_IN.search(low, s_start, start)
                          and _COMMANDER_IN.search(low, max(0, s_start - 300), s_start))
                     or _COMMANDER_POSSESSOR.fullmatch(text, num_end, head[0])
                     or _titled_possessor(text, num_end, head[0])):
            population = "combatants"  # "10 of his men", "five of our men", "20 of the Emir's men": a force's men
            reading.append(f"{text[num_end:head[0]].strip()!r}: the men of a commander or force, combatants")
        if head and unit == "people" and population == "all" and low[num_end:head[0]].split()[-1:] in (
                ["bodies"], ["corpses"]) and low.startswith(" of ", head[0]):
            of_words = re.findall(r"[a-z-]+", low[head[0] + 4:head[0] + 60])
            of_pop = _people_after(of_words, 1 if of_words[:1] and of_words[0] in _OF_DETERMINERS else 0)
            # (not bodies of both sides: "More than 150 bodies of rebels, security personnel and civilians")
            listed = of_words[:next((i for i, w in enumerate(of_words) if w in _CLAUSE_VERB_WORDS), len(of_words))]
            of_pops = {p for i in range(len(listed)) if (p := _people_after(listed, i)) is not None}
            if of_pop not in (None, "all") and len(of_pops) < 2:
                population = of_pop  # "six bodies of policemen were retrieved": the dead, by who they were
                reading.append(f"bodies of {' '.join(of_words[:3])!r}: population {of_pop}")
        if head is None and unit is None and out and out[-1].unit == "people" and out[-1].start < s_start \
                and out[-1].end >= start - 200 and _qualifier_start(low, start) == s_start \
                and _MORE_THEN_VERB.match(low, num_end):
            more_of = out[-1]
            if (fate := _MORE_FATE.match(low, num_end)) and more_of.metric != fate.lastgroup:
                # "Rebels killed 12 civilians ... The army sent 200 soldiers ... Three more died": more of the
                # last count that met the same fate, not of the last count
                more_of = next((c for c in reversed(out) if c.unit == "people" and c.metric == fate.lastgroup
                                and c.start < s_start and c.end >= start - 200), None)
            if more_of is not None:
                unit, population = more_of.unit, more_of.population  # "... 30 police officers ... Up to 60 more were to be deployed"
                reading.append(f"'N more' opening the sentence after {more_of.span!r}: its unit and population")
        if head is None and out and out[-1].start >= s_start and out[-1].unit in ("people", "households") \
                and _MORE.match(low, num_end):
            unit, population = out[-1].unit, out[-1].population  # "one soldier killed and nine more wounded"
            reading.append(f"'more' of the figure before ({out[-1].span!r}): its unit and population")
        elif (head is None or head[1][0] in _PEOPLE_METRICS and head[1][2] == "all" and head[1][1] == "people") \
                and not (head is not None and _GROUP_HEADS.intersection(low[num_end:head[0]].split()[-1:])) \
                and out and out[-1].unit in ("people", "munitions") and (
                (out[-1].start >= s_start and out[-1].end >= start - _LINK_WINDOW
                 and (_LINK_BEFORE.search(low, max(0, start - 30), start)
                      or _governed(cues, starts["cues"], low, start)
                      and (lv := _LINK_VERB_BEFORE.search(low, max(0, start - 40), start)) and lv[1] in _CUE_METRIC
                      and _governed(cues, starts["cues"], low, out[-1].start)))
                or (start == s_start and out[-1].end >= start - _ANAPHORA_WINDOW
                    and _ANAPHORA_AFTER.match(low, num_end))
                or ("(" in low[out[-1].end:start] and _PAREN_OPEN.fullmatch(low, out[-1].end, start))):
            # the noun of the figure before: "14 civilians killed and 36 wounded", "100 militants,
            # including two of their leaders"; "... 16 drones. Fifteen were destroyed"
            unit, population = out[-1].unit, out[-1].population
            reading.append(f"unit and population of the figure before ({out[-1].span!r})")
            if len(out) > 1 and out[-2].unit == unit and out[-2].population != population \
                    and low[out[-2].end:out[-1].start].strip(" ,") in ("and", "") and out[-2].end >= s_start:
                # "147 students and four militants were killed, while 79 were injured": the count before
                # shares its verb with another of other people; the next count is of neither alone
                population = "all"
                reading.append(f"{out[-2].span!r} and {out[-1].span!r} joined: population all")
            if head is not None and low.startswith(" of those", num_end) and len(out) - 1 in parts \
                    and parts[len(out) - 1].metric == head[1][0]:
                # "injured 54, including 28 police officers; 20 of those injured were ...": of the whole, not its part
                population = parts[len(out) - 1].population
                reading.append(f"'of those': of the whole {parts[len(out) - 1].span!r}, its population")
        if head is None and unit is None and prev is not None and prev.start >= s_start \
                and prev.unit in ("people", "households") and start - prev.end <= 200 \
                and text[start - 1:start] == "(" and text[num_end:num_end + 1] == ")" \
                and text[prev.start - 1:prev.start] == "(" and text[prev.end:prev.end + 1] == ")" \
                and _PLACE_PAREN_BEFORE.search(text, max(0, start - 40), start):
            # "fled to Pool (11,307) and Bouenza province (1,679)": a count split by place in brackets
            metric, unit, population = prev.metric, prev.unit, prev.population
            reading.append(f"a count by place in brackets, as {prev.span!r}")
        elif head is None and unit is None and text[start - 1:start] == "(" and text[num_end:num_end + 1] == ")" \
                and _PLACE_PAREN_BEFORE.search(text, max(0, start - 40), start):
            # "IDPs were registered in Borno (12,000), Adamawa (3,400)": the counted noun the sentence named
            for t in reversed(list(_TOKEN_RE.finditer(low, s_start, start))):
                h = _HEADS.get((t[0],))
                if h is not None and h[0] in _PEOPLE_METRICS and h[1] == "people" and (t[0],) not in _SINGULAR_HEADS:
                    metric, unit, population = h
                    reading.append(f"a count by place in brackets of the {t[0]!r} named before")
                    break
        if prev is not None and head and head[1][1] == "people" and head[1][2] == "all" and population == "all" \
                and prev.unit == "people" and prev.start >= s_start and _OF_GROUP.match(low, num_end):
            population = prev.population  # "100 militants, including two of their leaders"
            reading.append(f"members of the group before ({prev.span!r}): population {population}")
        before30 = low[max(0, start - 30):start]
        is_part = ("includ" in before30 or "among" in before30 or "whom" in before30) \
            and (_PART_BEFORE.search(low, max(0, start - 50), start) is not None
                 or low[s_start:start].strip() == "among")  # "Among four minors, two were siblings"
        if prev is not None and prev.unit == "people" and (head is None or head[1][1] == "people") and is_part \
                and (prev.start >= s_start or prev.end >= start - _OF_THEM_WINDOW and (
                    "among" in before30 or _INCLUDES_OPENER.match(low, s_start, start))):
            part_of = prev  # "killed 5 people, including 3 soldiers": a part keeps the metric of its whole
            reading.append(f"a part of {prev.span!r} ('including')")
        if part_of is None and prev is not None and len(out) - 1 in parts and prev.start >= s_start \
                and _LINK_BEFORE.search(low, max(0, start - 30), start):
            # (but "7 civilians, 3 of them women, were killed, and another 34 civilians ... were wounded": a count
            # beside the whole, not a part of it, of the whole's people when it names none)
            beside = re.search(r"(?<![a-z])(?:another|a\s+further|further|other)\s+\Z", low[max(0, start - 20):start])
            part_of = None if beside else parts[len(out) - 1]  # "Among the civilians were 97 children and 64 women"
            reading.append(f"beside {parts[len(out) - 1].span!r} ({beside.group().strip()!r}), not a part of it"
                           if beside else f"a part of {parts[len(out) - 1].span!r}, as the figure before")
            if head is None and (beside or _ASIDE_CLOSED.search(low, prev.end, start)):
                # "At least 12 people, including four children, were killed and 30 were wounded": the aside
                # of parts closed before the whole's verb; the bare 30 is the whole's sibling, not a part
                population, part_of = parts[len(out) - 1].population, None
                reading.append(f"the aside of parts closed: of the same people as {parts[len(out) - 1].span!r}")
        if prev is not None and head is None:
            of_them = _OF_THEM.match(low, num_end)
            if of_them and prev.end >= start - _OF_THEM_WINDOW and prev.unit in ("people", "facilities", "munitions"):
                # "eight injured ... Two of them will be recovering": a part of the figure before
                unit, population, part_of = prev.unit, prev.population, prev
                reading.append(f"'of them': a part of {prev.span!r}, its unit and population")
                fate_of = _OF_THOSE_FATE.match(low, of_them.end()) if low.startswith(" of those", num_end) else None
                if fate_of is not None and (prev.metric != _FATE_NOUNS[fate_of[1]] or len(out) - 1 in parts):
                    # "More than 40 of those killed were ...": a part of the count of the killed, not of the
                    # count just before ("... and 54 injured, including 28 police officers"), nor of a part of
                    # it ("injured 54, including 28 police officers; 20 of those injured were civilians")
                    whole_of = next((c for k, c in reversed(list(enumerate(out))) if k not in parts
                                     and c.unit == "people" and c.end >= start - _OF_THEM_WINDOW
                                     and c.metric == _FATE_NOUNS[fate_of[1]]), None)
                    if whole_of is not None:
                        population, part_of = whole_of.population, whole_of
                        reading.append(f"'of those {fate_of[1]}': a part of {whole_of.span!r}, its population")
                sub = _head(text, of_them.end())[0]
                if sub is None and (named := _FATE_NAMED_AS.match(low, of_them.end())):
                    sub = _head(text, named.end())[0]  # "20 people, 12 of whom were children"
                if sub and sub[1][1] == "people" and sub[1][2] != "all":
                    population = sub[1][2]  # "18 people - eight of them children"
                    reading.append(f"population {population} named after 'of them'")
                if unit == "facilities":
                    metric = "facility"  # struck or not: _HARM_RE below
            elif first.lower() in _CONDITION_ADVERBS and prev.start >= s_start and prev.unit == "people" \
                    and "," in low[prev.end:start]:
                unit, population, part_of = "people", prev.population, prev  # "wounded, two critically"
                reading.append(f"a part of {prev.span!r} by its condition")
        whole = next((out[k] for k in range(len(out) - 1, max(-1, len(out) - 4), -1) if k not in parts), None)
        if out and len(out) - 1 in parts and out[-1].end >= start - _OTHERS_WINDOW:
            whole = parts[len(out) - 1]  # after a list of the count's subsets ("4 women and 10 children"): the count's
            near = out[-1].end
        else:
            near = whole.end if whole is not None else -1
        if whole is not None and whole.unit == "people" and whole.population in _CARRIED_STATUS \
                and near >= start - _OTHERS_WINDOW and (
                (head and head[1][1] == "people" and head[1][2] == "all" and low[num_end:head[0]].endswith("others"))
                or (head is None or head[1][2] == "all" and head[1][1] == "people")
                and _ANOTHER_BEFORE.search(low, max(0, start - 10), start)):
            unit, population = "people", whole.population  # "five soldiers killed and 10 others wounded"
            reading.append(f"'others' of the same status as {whole.span!r}: population {population}")
            lone = _LONE_PERSON.search(low, near, start)
            if lone is not None:
                lone_pop = _HEADS.get((lone[1],), (None, None, "all"))[2]
                population = lone_pop if lone_pop in _CARRIED_STATUS else "all"
                if lone_pop != whole.population and _JOINED_COUNTS.fullmatch(low, near, lone.start()):
                    population = "all"  # "killed three policemen and a civilian and wounded 14 others": of both
                reading.append(f"but {lone[0]!r} between: the others of that one, population {population}")
            elif len(out) >= 2 and whole is out[-1] and out[-2].start >= s_start and out[-2].unit == "people" \
                    and out[-2].population != whole.population and _JOINED_COUNTS.fullmatch(low, out[-2].end, whole.start):
                population = "all"  # "three students and four soldiers died and 20 others were hurt": of both
                reading.append(f"but {out[-2].span!r} and {whole.span!r} together before: population all")
        partitive = head is not None and _PARTITIVE.match(low, num_end) is not None
        if (head is None or partitive) and unit in (None, "people"):
            named = _NAMED_AS.match(low, head[0] if partitive else num_end)
            sub = _named_head(text, low, named.end()) if named else None
            if sub and sub[1][1] == "people" and sub[1][2] != "all":
                unit, population = "people", sub[1][2]  # "20 were women"
                reading.append(f"population {population} named by the predicate {named[0].strip()!r}")
            elif head is None and named and (frame := _people_frame(low, s_start, start)) \
                    and _nationality_predicate(low, named.end()):
                # "Of the civilian victims, 16 were Kenyan, one was British and three were of African descent":
                # a breakdown of the people the frame names, by nationality
                unit = "people"
                population = "civilians" if frame["adj"] and "civilian" in frame["adj"] else "all"
                if metric is None:
                    # "victims": the dead where the text has counted dead before, else the harm of the count
                    # before ("The blast wounded 30 ... Of the victims, 16 were ..."); the other nouns say their own
                    metric = _frame_metric(frame["noun"], out)
                reading.append(f"a breakdown of {frame[0].strip(' ,')!r} by nationality, named by the predicate")
            elif head is None and named and metric is None and (frame := _people_frame(low, s_start, start)) \
                    and frame["noun"] in _FRAME_METRIC and not re.match(
                        r"\s*(?:(?:later|also|then)\s+)?(?:killed|dead|died|wounded|injured|hurt|missing|arrested|detained"
                        r"|captured|abducted|kidnapped|displaced)(?![a-z])", low[named.end():]):
                # "Among those killed, two were convicted for drug trafficking": a part of the dead the frame names
                unit, metric = "people", _FRAME_METRIC[frame["noun"]]
                population = population or "all"
                reading.append(f"a part of {frame[0].strip(' ,')!r}, named by the predicate")
        if metric is None and unit in (None, "people") and head is not None and head[1][1] == "people" \
                and not _FATE_WORDS.search(low, num_end, head[0]) \
                and (incl := _VICTIMS_WERE.search(low, max(s_start, start - 50), _qualifier_start(low, start))):
            # "All 176 on board were killed ... the victims included 82 Iranians, 63 Canadians": a part of the
            # victims, by who they were; the victims are the dead where the text has counted dead before
            noun = incl.group("noun") or incl.group("noun2")
            metric = _frame_metric(noun, out)
            if metric is not None:
                reading.append(f"{incl.group().strip()!r}: a part of the {noun}, metric {metric}")
        if head is None and population in (None, "all") and "ing " in low[max(s_start, start - _CARRYING_WINDOW):start]:
            carried = None
            for carried in _CARRYING.finditer(low, max(s_start, start - _CARRYING_WINDOW), start):
                pass
            pop = carried and _HEADS.get((carried[1],), (None, None, None))
            if pop and pop[1] == "people" and pop[2] not in ("all", None) and not any(
                    ch.isdigit() for ch in low[carried.end():start]):
                unit, population = "people", pop[2]  # "a car carrying civilians, killing three"
                reading.append(f"the people {carried[0]!r} named before the number: population {population}")
        if unit in (None, "people") and population in (None, "all") and (head is None or head[1][2] == "all"):
            stated = _stated_population(low, max(s_start, start - _STATED_WINDOW), start)
            if stated:
                unit, population = "people", stated  # "the civilian death toll ... 39"
                reading.append(f"population {stated} named by the count's own words (toll, number, figure)")
        if metric is None and unit in (None, "people") and (
                ("population" in before30 or "home" in before30) and _POPULATION_BEFORE.search(text, max(0, start - 30), start)
                or head and "s " in before30 and _PLACE_POSSESSIVE_BEFORE.search(text, max(0, start - 30), start)):
            if "home" in before30 and (fled := _WHO_FLED_AFTER.match(low, head[0] if head else num_end)):
                # "the camp, which was home to about 5,000 people who had fled the insurgency": the displaced there
                metric = "displaced"
                reading.append(f"a camp's people {fled.group().strip(' ,')!r}: displaced")
            else:
                metric = "other"  # "the country's population of 19 million": the people who live there
                reading.append("a place's population ('population of', 'home to', a place's N people): metric other")
            if unit is None:
                unit, population = "people", "all"
        if metric is None and unit in (None, "people") and (head is None and parse_number(values[0]) >= 100
                                                            or head is not None and (population == "all" or (
                                                                low[num_end:head[0]].split() or [""])[-1] in _DWELLERS)) \
                and " of " in before30 and _PLACE_OF_BEFORE.search(low, max(0, start - 30), _qualifier_start(low, start)) \
                and not (head is not None and any(w in PEOPLE_CUES for w in _TOKEN_RE.findall(low, num_end, head[0]))):
            # (but "a city of 300,000 displaced people": the noun's own fate)
            metric = "other"  # "the nation of 19 million", "a city of 300,000 people": the people who live there
            reading.append("a place's people ('a nation of N'): metric other")
            if unit is None:
                unit, population = "people", "all"
        if metric is None and unit in (None, "people") and " of " in before30 \
                and _BODIES_BEFORE.search(low, max(0, start - 40), _qualifier_start(low, start)):
            metric = "killed"  # "bodies of two militants"
            reading.append("'bodies of': the dead")
            if unit is None:
                unit, population = "people", "all"
        if metric is None and unit == "people" and head is not None and ("presence" in before30 or "deploy" in before30
                                                                         or "dispatch" in before30 or "station" in before30) \
                and _PRESENCE_BEFORE.search(low, max(0, start - 40), _qualifier_start(low, start)):
            metric = "other"  # "despite the presence of thousands of UN soldiers": people there, not what befell them
            reading.append("people present or deployed: metric other")
        fate_noun = metric in ("injured", "displaced") and head is not None \
            and low[num_end:head[0]].split()[-1:] in (["wounded"], ["injured"], ["displaced"])
        if metric in ("killed", "injured", "displaced") and (partitive or fate_noun):
            # "Two of the wounded died later": the noun names the whole, the verb what befell the part
            # (so does "five wounded later died": the wounded who died)
            for k in range(bisect_left(starts["cues"], head[0]), len(cues)):
                c = cues[k]
                if c[0] >= s_end or c[0] - head[0] > 40:
                    break
                if (c[2] in ("killed", "injured", "displaced") if partitive
                        else c[2] == "killed" and low[c[0]:c[1]] not in _NOUN_CUES) \
                        and _PREDICATE_GAP.fullmatch(low, head[0], c[0]):
                    if c[2] != metric:
                        metric = c[2]
                        reading.append(f"a part of the {low[num_end:head[0]].split()[-1]} whose own verb says {c[2]}")
                    break
        if metric == "displaced" and head is not None and not partitive and (
                " who " in low[head[0]:head[0] + 6] or " that " in low[head[0]:head[0] + 7]):
            # "75 Lebanese refugees who had sought sanctuary from the offensive were killed": the main verb
            # after the noun's relative clause says what befell them
            for k in range(bisect_left(starts["cues"], head[0]), len(cues)):
                c = cues[k]
                if c[0] >= s_end or c[0] - head[0] > 140:
                    break
                if c[2] in ("killed", "injured") and _WHO_HAD_CLAUSE.fullmatch(low, head[0], c[0]):
                    metric = c[2]
                    reading.append(f"the verb after its noun's clause ('{low[head[0]:c[1]].strip()}') says {c[2]}")
                    break
        if metric == "incidents" and head and any(w in _STRIKE_WEAPONS for w in low[num_end:head[0]].split()[:-1]):
            metric = "strikes"  # "nine cluster munition attacks", "drone attacks"
            reading.append("attacks from the air or by indirect fire: strikes")
        if metric is None and unit in (None, "people") and (fate := _stated_fate(low, max(s_start, start - 120), start)):
            metric = fate[0]  # "the number of wounded has risen to 2,174": the clause's own noun, not a toll before
            if unit is None:
                unit, population = "people", "all"
            reading.append(f"the count's own noun ({fate[1]!r}) before its verb says {fate[0]}")
        if metric is None and unit in (None, "people") and "toll" in low[max(s_start, start - 120):start] \
                and _TOLL_BEFORE.search(low, max(s_start, start - 120), start):
            metric = "killed"  # "the death toll ... has risen to 36 after several of the wounded died"
            if unit is None:
                unit, population = "people", "all"
        if unit == "munitions" and (_INTERCEPTED_NEAR.search(low, max(s_start, start - 25), start)
                                    or _INTERCEPTED_AFTER.match(low, head[0] if head else num_end)):
            metric = "other"  # "destroyed 18 of the drones", "33 drones were shot down"
        elif unit == "munitions" and _WENT_OFF_AFTER.match(low, head[0] if head else num_end):
            metric = "other"  # "eight bombs going off": explosions, not strikes launched
            reading.append("munitions that went off (planted, not launched): metric other")
        if metric in ("facility", "place", "venue"):
            end_at = head[0] if head else num_end
            fwd = min(s_end, end_at + _HARM_WINDOW)
            cut = _HARM_CUT.search(low, end_at, fwd)  # "... and three of them were bombed": the part's
            harm = _HARM_RE.search(low, max(s_start, start - _HARM_WINDOW), cut.start() if cut else fwd)
            if metric == "venue":
                harm = harm or _VENUE_HARM_RE.search(low, max(s_start, start - _HARM_WINDOW), cut.start() if cut else fwd)
                if not harm:
                    continue  # "one tourist hotel had to be evacuated": a place, not a figure
                metric = "attacks_on_facilities"
                reading.append(f"places attacked ({harm[0]!r}): attacks on facilities")
            elif metric == "place":
                if not harm:
                    continue  # "nine sites", "three camps": places, counted only as targets struck
                metric = "targets_hit"
                reading.append(f"places struck ({harm[0]!r}): targets hit")
            else:
                metric = "attacks_on_facilities" if harm else "other"
        elif metric is None:
            end_at = head[0] if head else num_end
            if head is None and " of " in low[num_end:num_end + 4] and (of_them := _OF_THEM.match(low, num_end)):
                end_at = of_them.end()  # "60 casualties, 12 of them in critical condition": the part's own predicate
            cue = own = None
            if head is None and low.startswith(" of those ", num_end) \
                    and (th := _OF_NOUN.match(low, num_end)) and th[1] in _PARTICIPLES_OF_HARM:
                # "Three of those hit by shrapnel died": the verb after the participle's phrase is the part's
                for k in range(bisect_left(starts["cues"], th.end()), len(cues)):
                    c = cues[k]
                    if c[0] - th.end() > 50 or any(ch in low[th.end():c[0]] for ch in ",.;:"):
                        break
                    if c[2] in _PEOPLE_METRICS and low[c[0]:c[1]] not in _NOUN_CUES:
                        cue = own = c
                        reading.append(f"the verb after 'of those {th[1]}' ({low[c[0]:c[1]]!r})")
                        break
            # The verb that governs the number: "killed 25 of them", "shot dead 19 people fleeing",
            # "treated 19 victims", "abducting around another 150".
            k = bisect_left(starts["cues"], num_end)
            if head and k < len(cues) and cues[k][1] <= head[0] and cues[k][2] in _PEOPLE_METRICS:
                cue = own = cues[k]  # "120 wounded people", "300 displaced families": the noun's own word
            k = bisect_left(starts["cues"], start) - 1
            while k >= 0 and cues[k][1] > start:
                k -= 1
            if k >= 0 and start - cues[k][1] <= 40 and cues[k][0] >= s_start and cues[k][2] in _PEOPLE_METRICS \
                    and low[cues[k][0]:cues[k][1]] not in _NOUN_CUES and _GOVERN_GAP.fullmatch(low, cues[k][1], start) \
                    and (cue is None or _SEVERITY[cues[k][2]] < _SEVERITY[cue[2]]
                         or cue is own and cues[k][2] == "other_people"
                         and low[cues[k][0]:cues[k][1]].split()[0] in _CAPTURE_VERBS):
                # the graver of the verb and the noun's own word: "kill 25 displaced civilians" (killed),
                # "treated 120 wounded people" (injured); a verb of capture or of shooting at them
                # says what befell them whatever the noun calls them ("abducted 30 displaced people")
                cue = cues[k]
                reading.append(f"the verb before the number ({low[cue[0]:cue[1]]!r}) says what befell them")
            # Then the number's own predicate: "nine more were wounded", "17 others injured".
            # (after a verb of care or capture, a graver predicate still wins: "treated 40 people for injuries")
            # (and after the noun's own word, a graver predicate or one of capture: "12 displaced people
            # were killed", "six wounded militants were captured")
            for k in range(bisect_left(starts["cues"], end_at), len(cues)) \
                    if cue is None or cue[2] == "other_people" or own is not None and cue is own else ():
                c = cues[k]
                if c[0] >= s_end or c[0] - end_at > 40:
                    break
                if c[2] == "killed" and low.startswith(("fatally", "mortally"), c[0]) \
                        and _FATALLY_ACTIVE.match(low, end_at):
                    # "Two gunmen fatally shot a police officer": the shooters, what they did
                    cue = (c[0], c[1], "other_people")
                    reading.append("the count's own active verb ('fatally shot' someone): the shooters, metric other")
                    break
                if c[2] in _PEOPLE_METRICS and (_PREDICATE_GAP.fullmatch(low, end_at, c[0])
                                                or head is not None and _WHO_PREDICATE_GAP.fullmatch(low, end_at, c[0])
                                                and not _DEATHS_OF_BEFORE.search(low, max(s_start, start - 30), start)):
                    if cue is None or _SEVERITY[c[2]] < _SEVERITY[cue[2]] \
                            or own is not None and cue is own and c[2] == "other_people" \
                            and low[c[0]:c[1]] in _CAPTURE_WORDS:
                        if own is not None and cue is own:
                            reading.append(f"the number's own verb ({low[c[0]:c[1]]!r}) over its noun's "
                                           f"{low[own[0]:own[1]]!r}")
                        elif not _PREDICATE_GAP.fullmatch(low, end_at, c[0]):
                            reading.append(f"its relative clause ('{low[end_at:c[1]].strip()}')")
                        cue = c
                    break
            if cue is not None and cue[2] == "other_people" and low[cue[0]:cue[1]] in ("treated", "treating") \
                    and (inj := _FOR_INJURIES.match(low, cue[1])):
                cue = (cue[0], inj.end(), "injured")  # "900 people have been treated for injuries"
                reading.append("treated for injuries: injured")
            elif cue is not None and cue[2] == "other_people" and low[cue[0]:cue[1]] in ("treated", "treating") \
                    and (inj := _WHERE_FOR_INJURIES.match(low, cue[1]) or cue[1] <= start and (
                        _FOR_INJURIES.match(low, end_at) or _WHERE_FOR_INJURIES.match(low, end_at))):
                # "40 people were treated in the main hospital yesterday for injuries", "treated 30 people
                # at the clinic for gunshot wounds"
                cue = (cue[0], inj.end(), "injured")
                reading.append("treated (where, when) for injuries: injured")
            elif cue is not None and cue[2] == "other_people" and low[cue[0]:cue[1]] in ("treating", "treated") \
                    and cue[1] <= start and not _ILLNESS_AFTER.match(low, end_at) \
                    and (low[cue[0]:cue[1]] == "treating" or _VIOLENT_WORDS.search(low, s_start, s_end)
                         and not _NOT_WOUNDS_AFTER.match(low, num_end)
                         and not re.match(r"[^.;:!?]{0,40}?(?<![a-z])(?:since|in\s+(?:19|20)\d\d|this\s+year|last\s+year)(?![a-z])",
                                          low[end_at:s_end])) \
                    and re.search(r"(?<![a-z])(?:hospitals?|clinics?|medical\s+(?:cent(?:er|re)|college)s?|trauma\s+cent(?:er|re)s?)"
                                  r"(?:\s+(?:in|at|near)\s+(?:the\s+)?(?:same\s+)?[a-z]+)?"
                                  r"(?:\s+(?:is|are|was|were|has\s+been|have\s+been|has|have|had))?\s+$",
                                  low[max(s_start, cue[0] - 60):cue[0]]):
                # "Civil Hospital is treating 100", "Another hospital in the same area treated around 500 people":
                # the wounded a hospital treats in a story of violence
                cue = (cue[0], cue[1], "injured")
                reading.append("a hospital treating them: injured")
            elif cue is not None and cue[2] == "other_people" and low[cue[0]:cue[1]] == "treated" and cue[0] >= end_at \
                    and not _ILLNESS_AFTER.match(low, end_at) and not _WHOLE_OF_BEFORE.search(low, max(0, start - 12), start) \
                    and _VIOLENT_WORDS.search(low, s_start, s_end) \
                    and (at_hospital := _AT_HOSPITAL.match(low, cue[1])) and not _ILLNESS_AFTER.match(low, at_hospital.end()):
                # "10 are still being treated at hospitals", "seven were being treated in the town's hospital":
                # the wounded, by where they are treated
                cue = (cue[0], at_hospital.end(), "injured")
                reading.append("treated at a hospital: injured")
            # (the count the clause's subject, with no verb of its own before it: not "The gunmen held 23 hostages and
            # 32 militants died")
            own_noun = own is not None and cue is own and cue[2] == "other_people" and not re.search(
                r"(?<![a-z])(?:[a-z]+ed|held|holds|holding|took|takes|taking|taken|seized|kept|keeps|has|have|had|freed)\s",
                low[max([s_start] + [s_start + p.end() for p in re.finditer(r"[,;:]\s", low[s_start:start])]):start])
            # (past the noun's "of" phrase: "Four members of the security forces and three gunmen were killed")
            of_phrase = re.match(r"\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[a-z’'-]+\s+){0,3}?[a-z-]+(?=\s+and\s)",
                                 low[end_at:s_end]) if head is not None and low.startswith(" of ", end_at) else None
            if of_phrase and any(w in _CLAUSE_VERB_WORDS or w.endswith("ed") and w not in _ED_ADJECTIVES
                                 for w in of_phrase.group().split()[1:]):
                of_phrase = None  # ("Two members of the family were killed and four others were injured": a verb)
            coord_at = end_at + of_phrase.end() if of_phrase else end_at
            if (cue is None or own_noun) and low.startswith(" and ", coord_at):
                # past a second count joined to it: "14 soldiers and 32 other civilians were injured",
                # "two police officials and a clerk have been kidnapped": the verb is both counts' (and graver
                # than the noun's own word: "23 hostages and 32 terrorists died")
                for k in range(bisect_left(starts["cues"], coord_at), len(cues)):
                    c = cues[k]
                    if c[0] >= s_end or c[0] - coord_at > 80:
                        break
                    if c[2] in _PEOPLE_METRICS and _COORDINATED.fullmatch(low, coord_at, c[0]) and (
                            not own_noun or _SEVERITY[c[2]] < _SEVERITY[cue[2]]):
                        cue = c
                        reading.append(f"the verb after the count joined to it ({low[c[0]:c[1]]!r})")
                        break
            if cue is None and ", wh" in low[end_at:end_at + 30] and _RELATIVE_AFTER.match(low, end_at):
                # past a relative clause: "Over 400 villagers, who took shelter in a church, returned home"
                for k in range(bisect_left(starts["cues"], end_at), len(cues)):
                    c = cues[k]
                    if c[0] >= s_end or c[0] - end_at > _RELATIVE_WINDOW:
                        break
                    comma = low.rfind(",", end_at, c[0])
                    if comma > end_at and c[2] in _PEOPLE_METRICS and _PREDICATE_GAP.fullmatch(low, comma + 1, c[0]):
                        cue = c
                        reading.append(f"the verb after the relative clause ({low[c[0]:c[1]]!r})")
                        break
            aside = _ASIDE_OPEN.match(low, end_at)
            not_its_verb = cue is not None and cue[1] <= start and not _GOVERN_GAP.fullmatch(low, cue[1], start)
            if aside is not None and (cue is None or not_its_verb):
                # past an aside of its parts in dashes or "N of them": "26 others -- 21 men and five women -- were
                # injured", "another 34 civilians, 16 of them women, were severely wounded": the verb after it, the
                # count's own, over a verb before the count of the clause before ("... were confirmed dead, and"),
                # when it is a predicate ("were injured"), not a verb of its own object: not "killing 12 people,
                # eight of them children, wounding 30 others" (killing governs 12)
                closer = aside.group("dash") or ","
                close = low.find(closer, aside.end(), min(s_end, end_at + _RELATIVE_WINDOW))
                k = bisect_left(starts["cues"], close) if close > 0 else len(cues)
                if k < len(cues) and cues[k][0] < s_end and cues[k][2] in _PEOPLE_METRICS \
                        and _PREDICATE_GAP.fullmatch(low, close + len(closer), cues[k][0]) \
                        and (cue is None or _AUXILIARY_AFTER.match(low, close + len(closer))):
                    cue = cues[k]
                    reading.append(f"the verb after the aside of its parts ({low[cue[0]:cue[1]]!r})")
            if cue is None and (", includ" in low[end_at:end_at + 12] or ", among" in low[end_at:end_at + 9]):
                # past an aside of the count's parts: "at least 54 people, including 28 police officers,
                # injured", "12 people, among them three children, were killed": the verb after it
                for close in (mm.start() for mm in re.finditer(",", low[end_at + 2:min(s_end, end_at + _RELATIVE_WINDOW)])):
                    close += end_at + 2
                    k = bisect_left(starts["cues"], close)
                    if k < len(cues) and cues[k][0] < s_end and cues[k][2] in _PEOPLE_METRICS \
                            and _PREDICATE_GAP.fullmatch(low, close + 1, cues[k][0]):
                        cue = cues[k]
                        reading.append(f"the verb after the aside of its parts ({low[cue[0]:cue[1]]!r})")
                        break
            if cue is None and unit in (None, "people") \
                    and (c := _own_passive_after(low, end_at, s_end, cues, starts["cues"])) is not None:
                cue = c
                reading.append(f"the count's own verb after words that describe it ({low[c[0]:c[1]]!r})")
            if cue is None and part_of is not None and part_of.unit == "people" and unit in (None, "people") \
                    and part_of.metric in ("killed", "injured", "displaced", "casualties"):
                cue = (part_of.start, part_of.end, part_of.metric)  # no verb of its own: its whole's
                if cue[2] == "injured" and _MORTAL_PART.match(low, num_end):
                    cue = (part_of.start, part_of.end, "killed")
                    reading.append("a part of the wounded, mortally: the dead")
            if cue is None and unit in (None, "people") and (made := _MADE_OF_AFTER.match(low, end_at)):
                # past its parts: "2,080 persons made up of 1,014 females and 1,066 males have been displaced": the
                # verb after them, the count's own (not "made", what they did)
                for k in range(bisect_left(starts["cues"], made.end()), len(cues)):
                    c = cues[k]
                    if c[0] >= s_end or c[0] - made.end() > _RELATIVE_WINDOW:
                        break
                    if c[2] in _PEOPLE_METRICS and _MADE_OF_PREDICATE.fullmatch(low, made.end(), c[0]):
                        cue = c
                        reading.append(f"the verb after the parts it is {made.group().strip()!r} "
                                       f"({low[c[0]:c[1]]!r})")
                        break
            cases = head is not None and low[num_end:head[0]].endswith("cases")
            own_verb = _OWN_PAST_VERB.match(low, head[0]) if cue is None and head is not None and unit == "people" \
                and not re.search(r"(?<![a-z])(?:of|by|with|for|to|from)\s+$", low[max(0, _qualifier_start(low, start) - 6):
                                                                               _qualifier_start(low, start)]) else None
            # (the count the subject of that verb, not "The massacre of 30 villagers shocked the town")
            # (a verb after another count is that count's: "300 people marched in Tikrit, and 12 were killed")
            own_bound = s_end if own_verb is None else next(
                (m.start() for m in [_NUMBER_BEFORE.search(low, own_verb.end(), s_end)] if m is not None), s_end)
            if own_verb is not None and own_verb[1] not in _CUE_METRIC \
                    and not _phrase_cue_at(low, own_verb.start(1), own_verb[1]) \
                    and own_verb[1] not in _DESCRIBING_ED and own_verb[1] not in FOLLOWERS \
                    and not _FATE_BACK.search(low, own_verb.end(), s_end) \
                    and not ((k2 := bisect_left(starts["cues"], own_verb.end())) < len(cues)
                             and cues[k2][0] - own_verb.end() <= 25 and cues[k2][0] < own_bound
                             and not _CLAUSE_BREAK.search(low, own_verb.end(), cues[k2][0])) \
                    and (own_verb[1] in _IRREGULAR_PAST or own_verb[1] in _OTHER_PAST or own_verb[1].endswith("ed")
                         and not _BE_THEN_CUE.search(low, own_verb.end(), own_bound)
                         and not ((k3 := bisect_left(starts["cues"], own_verb.end())) < len(cues)
                                  and cues[k3][0] < own_bound
                                  and cues[k3][2] in _PEOPLE_METRICS
                                  and not _CLAUSE_BREAK.search(low, own_verb.end(), cues[k3][0]))):
                # (an -ed word may be a participle: "Twenty soldiers ambushed near Tolla were killed";
                # a fate may be the verb's object: "Four soldiers embraced martyrdom")
                # "as hundreds of protesters threw stones", "1,000 students marched": the count's own verb says
                # what they did, not what befell them; a cue elsewhere in the sentence is another count's
                cue = (own_verb.start(1), own_verb.end(1), "other_people")
                reading.append(f"the count's own verb ({own_verb[1]!r}): what they did, metric other")
            if cue is None and head is None and unit is None and part_of is None \
                    and (crowd := _BARE_CROWD_AFTER.match(low, num_end)):
                # "Thousands marched on parliament", "as thousands took to the streets", "Some 5,000 gathered": a count
                # with no noun whose own verb is a crowd's: people, what they did (metric other); a fate later in the
                # sentence is another's ("Thousands marched in memory of those who died")
                cue = (crowd.start(1), crowd.end(1), "other_people")
                reading.append(f"a count with no noun, its own verb a crowd's ({crowd[1]!r}): people, metric other")
            if cue is None:
                # cases of what is named before them ("homicides ... 30 cases per month"); a cue after
                # belongs to the next count ("264 cholera cases and 16 deaths")
                # (not the noun of a count before: "killed 20 hostages and two police officers")
                nouns_before = []  # (the counts of this sentence only: read back from the last, not the whole text)
                for o in reversed(out):
                    if o.start < s_start:
                        break
                    if re.fullmatch(r"\s*,?\s*(?:and|or)\s+", low[o.start + len(o.span):start]):
                        nouns_before.append((o.start, o.start + len(o.span)))
                cue = _nearest(cues, starts["cues"], s_start, s_end if not cases else start, start, num_end, 120,
                               keep=lambda c: c[2] in _PEOPLE_METRICS and _clear(text, c, start, num_end)
                               and (not cases or c[1] <= start)
                               and (cases or not any(a < c[0] < b for a, b in nouns_before)))
            if cue is None and head is None:
                cue = _nearest(cues, starts["cues"], s_start, s_end, start, num_end, 120,
                               keep=lambda c: _clear(text, c, start, num_end))
                if cue is None and unit is None and part_of is None and i > 0 \
                        and _BARE_STATED_BEFORE.search(low, max(s_start, start - 40), _qualifier_start(low, start)):
                    # "... evident in disappearances. Before the war, monthly figures were around 80":
                    # a figure of what the sentence before named
                    cue = _nearest(cues, starts["cues"], sentences[i - 1], s_start, start, num_end, 120,
                                   keep=lambda c: c[2] in _PEOPLE_METRICS and _clear(text, c, start, num_end))
                    if cue is not None:
                        reading.append(f"the figure of what the sentence before named ({low[cue[0]:cue[1]]!r})")
                if cue is None and unit in (None, "people") and part_of is None and i > 0 \
                        and _BREAKDOWN_START.match(low, s_start) and _AT_PLACE_AFTER.match(low, num_end) \
                        and not _BREAKDOWN_VERB.search(low, num_end, s_end):
                    # "50 people have died. 41 at the central mosque and seven at the other": a sentence with
                    # no verb, the count before split by place
                    cue = _nearest(cues, starts["cues"], sentences[i - 1], s_start, start, num_end, 120,
                                   keep=lambda c: c[2] in _PEOPLE_METRICS and _clear(text, c, start, num_end))
                    if cue is not None:
                        reading.append(f"a count split by place, of the sentence before ({low[cue[0]:cue[1]]!r})")
                if cue is None and unit is None and part_of is None:
                    column = _table_column(text, start)
                    if column is None:
                        continue  # neither a counted noun nor a cue word: not a figure
                    cue = (start, start, column[0]) if column[0] else None
                    if column[1]:
                        unit, population = column[1], column[2]
            if cue is None and cases and not low[num_end:head[0]].split()[:-1] and i > 0:
                # cases of what the sentence before is about: "... evident in disappearances. Since
                # September they have exceeded 150 cases per month" (a noun of fate, not a verb)
                cue = _nearest(cues, starts["cues"], sentences[i - 1], s_start, start, num_end, _CASES_BACK,
                               keep=lambda c: c[2] in _PEOPLE_METRICS and low[c[0]:c[1]] in _CASE_NOUNS)
                if cue is not None:
                    reading.append(f"cases of the {low[cue[0]:cue[1]]!r} of the sentence before")
            if cue is None and cases and not low[num_end:head[0]].split()[:-1]:
                continue  # "in two cases": cases of nothing the sentence names (but "264 cholera cases": people)
            if cue is None and part_of is None and unit in (None, "people") and low[max(0, start - 4):start] == "the " \
                    and groups == ["n1"]:
                # "The seven soldiers were on patrol when ...": the count named before, its metric
                again = parse_number(values[0])
                same = next((c for c in reversed(out) if c.value == again and c.unit == "people"
                             and c.metric in ("killed", "injured", "displaced", "casualties")), None)
                if same is not None:
                    cue = (same.start, same.end, same.metric)
                    reading.append(f"'the {values[0]}': the count named before ({same.span!r}), its metric")
            if cue is not None and cue[2] == "injured" and _died_since(low, num_end, s_end):
                cue = (cue[0], cue[1], "killed")
                reading.append("the wounded who have since died: the dead")
            if cue is not None and cue[2] in _PEOPLE_METRICS and cue[0] >= (head[0] if head else num_end) \
                    and " of " in low[max(0, start - 60):start] \
                    and (_WHOLE_OF_BODY_BEFORE.search(low, max(0, start - 60), start)
                         or _WHOLE_OF_THE_BEFORE.search(low, max(0, start - 30), start) and head is not None
                         and re.match(r"\s+and\s+(?:a|an|one|\d[\d,]*|[a-z]+)\s", low[head[0]:cue[0]])):
                # "Two of the council's 15 members were killed": the fate is the part's; the whole, a body's
                # complement, only is
                cue = None
                reading.append("the whole a part is taken from, a body's own: metric other")
            if cue is not None and cue[2] == "injured" and low.startswith("sent", cue[0]) and head \
                    and (low[num_end:head[0]].split() or [""])[-1] in _SENT_TO_WORK_NOUNS:
                cue = None  # "A team of 12 doctors was sent to the hospital": sent there to work, not hurt
                reading.append("people sent to a hospital to work there: not its patients")
            if cue is not None and cue[2] == "displaced" and low.startswith(("expel", "expul", "deport"), cue[0]) \
                    and head \
                    and ((words := low[num_end:head[0]].split() or [""])[-1] in _EXPELLED_AS_PERSONS
                         or "foreign" in words):
                cue = None  # "Russia expelled 20 diplomats from Moscow": persons sent away, not the displaced
                reading.append("people expelled by their office or calling: not displaced")
            if cue is not None and cue[2] in ("killed", "injured", "casualties") and cue[1] <= start \
                    and _BY_AGENTS_BEFORE.search(low, max(s_start, _qualifier_start(low, start) - 60),
                                                 _qualifier_start(low, start)):
                cue = None  # "They were killed by a group of 30 young men": the men who did it, not the dead
                reading.append("the agents of the deed ('by ... '): metric other")
            metric = cue[2] if cue else part_of.metric if part_of is not None else "other"
            if metric in _CUE_KINDS:
                metric, cue_unit = _CUE_KINDS[metric]
            else:
                cue_unit = UNIT_OF_METRIC.get(metric)
            if unit is None:
                unit = cue_unit
                population = "all" if unit == "people" else "not_applicable"
            elif metric in _EVENT_METRICS and unit == "people":
                metric = "other"  # an event cue does not say what happened to people

        if unit == "people":
            after_at = head[0] if head else num_end
            after = low[after_at:after_at + 80]
            among = ("among" in after and _AMONG_AFTER.match(low, after_at)) \
                or population == "all" and "all" in after and _ALL_OF_THEM.match(low, after_at)
            if not among and population == "all" and " of " in after and (in_group := _IN_GROUP_OF.match(low, after_at)):
                among = in_group  # "about 15 dead in the group of attackers", "12 killed in the ranks of the army"
            sub = _head(text, among.end())[0] if among else None
            if sub and sub[1][1] == "people" and sub[1][0] is None and sub[1][2] != "all" \
                    and (population == "all" or reading and reading[-1].startswith("unit and population of")):
                population = sub[1][2]  # "six dead and 18 wounded among the soldiers", "500 fatalities among civilians"
                reading.append(f"population {population} named after {among[0].strip()!r}")
            elif population != "all":
                pass
            elif is_part and (inc := _INCLUDING_NOUN.search(low, max(s_start, start - 60), start)) \
                    and (sub := _HEADS.get((inc[1],))) and sub[1] == "people" and sub[2] != "all":
                population = sub[2]  # "many civilians, including three brothers"
                reading.append(f"a part of the {inc[1]} named before 'including': population {population}")
            elif " other " in low[after_at:after_at + _OTHER_AFTER_WINDOW] \
                    and (oth := _OTHER_AFTER.search(low, after_at, min(s_end, after_at + _OTHER_AFTER_WINDOW))) \
                    and not any(ch.isdigit() for ch in low[after_at:oth.start()]) \
                    and (sub := _HEADS.get((oth[1],))) and sub[1] == "people" and sub[2] in _CARRIED_STATUS:
                population = sub[2]  # "only one fatality, and four other soldiers are missing": soldiers both
                reading.append(f"'{oth[0].strip()}' after it: population {population}")
            elif head is None and prev is not None and prev.unit == "people" and prev.population != "all" \
                    and prev.end >= start - _OTHERS_WINDOW and _THEM.search(low, max(s_start, prev.end), start) \
                    and _governed(cues, starts["cues"], low, start):
                population = prev.population  # "1,057 civilians arrived. The rebels fired on them, killing 19"
                reading.append(f"'them' after {prev.span!r}: population {population}")
        if unit in ("people", "households") and metric in ("other", "injured", "displaced") and "evacua" in low[max(s_start, start - 40):min(s_end, num_end + 90)] \
                and (_EVACUATED_BEFORE.search(low, max(s_start, start - 40), _qualifier_start(low, start))
                     or _EVACUATED_AFTER.match(low, head[0] if head else num_end)):
            # people evacuated: displaced, moved out of harm's way, unless moved for care (the
            # labelling conventions: patients, the sick and the wounded evacuated are `other`)
            care = head is not None and any(w in _CARE_NOUNS for w in re.findall(r"[a-z]+", low[num_end:head[0]])) \
                or _TO_HOSPITAL.search(low, num_end, min(s_end, num_end + 90)) is not None  # "evacuated to hospital"
            new = "other" if care or population == "combatants" else "displaced"
            if new != metric:
                metric = new
                reading.append("people evacuated for care: metric other" if new == "other"
                               else "people evacuated: displaced")
        if unit == "people" and head and metric == "other" and (sent := _SENT_BEFORE.search(
                low, max(s_start, start - 25), _qualifier_start(low, start))) \
                and (hosp := _IN_HOSPITAL_AFTER.match(low, head[0])) and not (hosp[1] and sent[0].startswith("s")):
            # (not "sent 200 officers to the hospital to guard it": to hospital, with no article, is for care)
            metric = "injured"  # "sending three officers to hospital", "left four people in hospital": the hurt
            reading.append("people sent to or left in hospital: injured")
        if population == "all" and unit == "people" and head \
                and low[num_end:head[0]].endswith(("sailors", "seamen", "crewmen", "crew", "crew members")) \
                and _WARSHIP.search(low, s_start, s_end) and not _CIVILIAN_VESSEL.search(low, s_start, s_end):
            population = "combatants"  # "a torpedo sank the warship, killing 31 sailors": a navy's sailors
            reading.append("sailors of a warship or navy: combatants")
        if population == "all" and unit == "people" and " who " in low[(head[0] if head else num_end):
                                                                          (head[0] if head else num_end) + 6] \
                and (who_did := _WHO_ATTACKED.match(low, head[0] if head else num_end)) \
                and (who_did[0].split()[-1] not in ("stormed", "raided", "launched", "out")
                     or _ARMED_DEED.search(low, who_did.end(), s_end)):
            population = "combatants"  # "Police shoot dead 3 who killed 2", "four men who had stabbed passers-by": the attackers
            reading.append("people who did the killing or the attack: combatants")
        if population == "all" and unit == "people" and head and "armed" in low[head[0]:head[0] + 30] \
                and _ARMED_WITH.match(low, head[0]):
            population = "combatants"  # "about 50 people armed with rifles": armed men
            reading.append("people armed with weapons: combatants")
        if population == "all" and unit == "people" and head and _ARMED_ADJECTIVE.search(low[num_end:head[0]]):
            population = "combatants"  # "13 armed members of a religious sect", "five heavily armed men": armed men
            reading.append("armed people: combatants")
        if unit == "people" and " from " in low[num_end:num_end + 30] \
                and (population == "all" or any(r_.startswith("unit and population of") for r_ in reading)) \
                and (frm := _FROM_PEOPLE.match(low, head[0] if head else num_end)):
            sub = _STATED_ADJECTIVES.get(frm["noun"]) or _HEADS.get((frm["noun"],), (None, None, None))[2]
            if sub in ("civilians", "combatants"):
                population = sub  # "of those killed, five from civilians, and three each from the military and the
                reading.append(f"{frm[0].strip()!r}: population {population}")  # police": whose ranks they came from
        if population == "combatants" and unit == "people" and head and _ATTACKED_AFTER.match(low, head[0]) \
                and not ((gov := _governing(cues, starts["cues"], low, start)) and gov[2] in ("killed", "injured")
                         and low[gov[0]:gov[1]] not in _NOUN_CUES):
            # (but "troops killed 28 militants who attacked a post": what befell them is the verb's)
            metric = "other"  # "hundreds of militants stormed across the border": the attackers
            reading.append(f"armed men doing the attack ({_ATTACKED_AFTER.match(low, head[0])[1]!r}): metric other")
        if population == "combatants" and unit == "people" and head and metric != "other" \
                and _DEPLOYED_AFTER.match(low, head[0]):
            metric = "other"  # "100 were injured, and more than 7,000 troops have been sent in": a force sent, not hurt
            reading.append("armed men sent or deployed: metric other")
        if unit == "people" and head and metric in ("killed", "injured", "casualties") \
                and _FIRED_ON_BEFORE.search(low, max(s_start, start - 30), _qualifier_start(low, start)) \
                and _SOME_HURT_AFTER.match(low, head[0]):
            # "opened fire on thousands of demonstrators, killing 19": the crowd fired on; the count after is the hurt
            metric = "other"
            reading.append("the people fired on, with the number hurt among them after: metric other")
        if metric == "displaced" and population == "combatants" and head \
                and (rel := _RELATIVE_THEN_HURT.match(low, head[0])):
            metric = "injured" if rel[1] in ("wounded", "injured") else "killed"
            reading.append(f"a clause on how they came, then what befell them ({rel[1]!r})")
        elif metric == "displaced" and population == "combatants":
            metric = "other"  # "militants who arrived at the mosque", "officers at the camp": armed men move, not flee
            reading.append("armed men are not displaced people: metric other")
        elif metric == "displaced" and head and _RETURNING.search(low, num_end, head[0]):
            metric = "other"  # "1.26 million returning IDPs": people going home
            reading.append("displaced people returning home: metric other")
        q_start = _qualifier_start(low, start)
        if unit == "people" and metric in ("killed", "injured", "casualties") \
                and not _governed(cues, starts["cues"], low, q_start) \
                and ((crowd := _CROWD_DID_AFTER.match(low, head[0] if head else num_end))
                     or (crowd := _CROWD_OBJECT_BEFORE.search(low, max(s_start, start - 30), q_start))) \
                and not _CROWD_FATE.search(low[crowd.end():s_end].split(",")[0].split(";")[0]):
            # (but "30 people who had gathered for a wedding were killed": what befell the crowd)
            metric = "other"  # "thousands were protesting": what the crowd did, not what befell it
            reading.append(f"a crowd doing something ({crowd[0].strip()!r}): metric other")
        if unit == "people" and head and head[1][1] == "people" and "by" in before30 \
                and _BY_AGENT_BEFORE.search(low, max(s_start, start - 60), start):
            metric = "other"  # "shot and killed by two unidentified men": the attackers, not the victims
            if population == "all":
                population = "combatants"
            reading.append("the people by whom it was done: attackers (metric other, combatants)")
        if unit == "people" and metric in ("injured", "killed") and head \
                and low[num_end:head[0]].split()[-1:] in (["wounded"], ["injured"], ["dead"]) \
                and _MIXED_HURT.match(low, head[0] - len(low[num_end:head[0]].split()[-1])):
            metric = "other"  # "hundreds of wounded and detained": people of two fates together
            reading.append("the wounded and the detained together: metric other")
        if metric in _PEOPLE_METRICS and unit == "people" and _WHOLE_BEFORE.fullmatch(low, s_start, _qualifier_start(
                low, start)) and (part := _PART_SUFFERED.match(low, num_end, s_end)):
            metric = "other"  # "Of roughly 4,800 troops defending the island, about 97% were killed": the whole,
            reading.append(f"the whole of which a part suffered ({part.group().strip(', ')!r}): metric other")
            # of which a part is counted by what befell it
        fate = _DISPLACED_FATE.match(low, head[0]) if metric == "displaced" and unit == "people" and head \
            and low[num_end:head[0]].split()[-1:] in (["refugees"], ["seekers"], ["idps"], ["evacuees"], ["migrants"]) \
            else None
        home = _DISPLACED_HOME.match(low, head[0]) if metric == "displaced" and unit == "people" and head \
            and not fate and low[num_end:head[0]].split()[-1:] in (["refugees"], ["idps"], ["evacuees"]) else None
        plight = _PLIGHT_PREDICATE.match(low, head[0]) if metric == "other" and unit == "people" and head \
            and head[0] > num_end else None
        if home:  # "10,000 Mauritanian refugees repatriated during the year": returnees, no longer displaced
            metric = "other"
            reading.append(f"displaced people's own verb ({home.group('v')!r}): returnees, metric other")
        elif plight:
            metric = "displaced"  # "An estimated 30,000 Mauritanians were refugees": the people, by their plight
            reading.append(f"the predicate {plight.group().strip()!r}: metric displaced")
        if fate:
            # "Eight asylum seekers received hospital treatment", "20 refugees were killed", "125 asylum seekers
            # arrested": what befell the displaced people counted, said by their own verb
            v = fate.group("v")
            metric = "killed" if re.match(r"kill|shot|died|dead|drown", v) else "other" if re.match(
                r"arrest|detain|held|jail|in\s", v) else "injured"
            reading.append(f"displaced people's own verb ({v!r}): metric {metric}")
        elif metric == "displaced" and unit == "people" and (death := _DEATHS_OF_BEFORE.search(
                low, max(s_start, start - 40), _qualifier_start(low, start))):
            # "the tragic deaths of 11 refugees", "the killing of 20 displaced people": what befell them, said first
            metric = "killed"
            reading.append(f"{death.group().strip()!r} displaced people: metric killed")
        if unit == "people" and metric != "killed" and out and out[-1].metric == "killed" \
                and out[-1].unit == "people" and out[-1].start >= s_start \
                and _DEAD_WHOLE_BEFORE.fullmatch(low, s_start, out[-1].start) \
                and "," in low[out[-1].end:start] and not any(ch.isdigit() for ch in low[out[-1].end:start]) \
                and not re.search(r"(?<![a-z])(?:and|while|but|whereas)(?![a-z])", low[out[-1].end:start]) \
                and (head is None or head[1][0] is None):
            metric = "killed"  # "Out of the 63 bodies brought to the mortuary, 58 were identified": a part of the dead
            reading.append(f"a part of the dead counted before ({out[-1].span!r}): killed")
        if metric in ("killed", "injured", "casualties") and population == "combatants" and unit == "people" \
                and head is not None and head[0] > num_end and (doers := _DOERS_AFTER.match(low, head[0], s_end)):
            metric = "other"  # "Some 30 gunmen killed 12 villagers": those who did it, not those it befell
            reading.append(f"the count did what its verb says ({doers.group('verb')!r} and its object): metric other")
        if metric == "incidents":
            metric = "other"  # attacks and incidents counted: events (the labelling conventions: `other`)
        qual_dozen = _QUAL_TAIL.search(low, max(0, start - _QUAL_BACK), start) \
            if (m.group("vague") or "").lower() == "a dozen" else None
        if qual_dozen:  # "at least a dozen": a qualifier needs a number, twelve
            qualifier, value, value_max = QUALIFIERS[normalise_words(qual_dozen.group())], 12.0, None
            reading.append("a qualifier before 'a dozen': the number twelve")
            start = qual_dozen.start()
        elif m.group("vague"):
            qualifier, value, value_max = "vague", None, None
        elif len(values) == 2:
            qualifier, value, value_max = "range", *_range_values(values[0], values[1])
        else:
            qual = None if between else (_QUAL_TAIL.search(low, max(0, start - _QUAL_BACK), start)
                                         or "another" in low[max(0, start - 9):start]
                                         and _QUAL_ANOTHER.search(low, max(0, start - 33), start))
            if qual and normalise_words(qual.group()) == "up to" \
                    and (toll := _TOLL_UP_TO.search(low, max(s_start, qual.start() - 80), qual.start())) \
                    and not _MAY_RISE.search(low, toll.start(), qual.start()) \
                    and not re.search(r"(?<![a-z])(?:war|wars|conflict|famine|genocide|insurgency)\s+(?:[a-z-]+\s+)?$",
                                      low[max(s_start, toll.start() - 30):toll.start()]) \
                    and "estimat" not in low[s_start:s_end]:
                qual = None  # a headline's "Death toll from Iraq unrest up to 30": the toll has come up to 30
                reading.append("a toll 'up to' a number, as a headline says it: the count itself")
            elif qual and normalise_words(qual.group()) == "up to" and _GONE_UP.search(
                    low, max(s_start, qual.start() - 40), qual.start()):
                qual = None  # "the death toll has gone up to 50": the count has come to 50 (not "could go up to")
                reading.append("a count that has gone 'up to' a number: the count itself")
            if qual:
                start = qual.start()
            qualifier = QUALIFIERS[normalise_words(re.sub(r"\s+another\s*$", " ", qual.group()))] if qual \
                else "more_than" if plus else _OR_QUALIFIER[or_tail.group(1)] if or_tail else "exact"
            if qual and qualifier == "more_than" and re.match(r"(?:exceed|surpass)", low[qual.start():qual.end()]) \
                    and _NEGATED_BEFORE.search(low, max(s_start, qual.start() - 40), qual.start()):
                qualifier = "up_to"  # "didn't exceed 12", "has yet to exceed 10", "did not, he insisted, exceed 46"
                reading.append("a count said not to exceed a number: at most that number")
            value, value_max = parse_number(values[0]), None
        reported = " ".join(text[start:num_end].split())
        if unit == "people" and value is not None and math.isfinite(value) and value != int(value) \
                and not _SCALED.search(reported.lower()):
            continue  # "the fishing boat QNg 957.39 TS": a fraction of a person is no count of people (but "1.5
            # million people")
        key = (qualifier, value, value_max, reported if qualifier == "vague" else "")
        if key not in bounds:
            try:
                bounds[key] = profile.bounds(qualifier, value, value_max, reported)
            except ProfileError:  # words the case's profile has no rule for: kept, unbounded, for review
                bounds[key] = (None, None)
        low_b, high_b = bounds[key]

        if s_start not in claimants:
            contexts[s_start] = " ".join(source[s_start:s_end].split())
            s_verbs = verbs[bisect_left(starts["verbs"], s_start):bisect_left(starts["verbs"], s_end)]
            claimants[s_start] = _claimant(text, s_start, s_end, s_verbs)
        who, w_start, w_end = claimants[s_start]
        if metric == "injured" and (vic := _VICTIMS_BESIDE_WOUNDED.match(low, num_end, s_end)):
            metric = "killed"  # "14 victims of the crime and 25 wounded": the victims set against the wounded died
            reading.append(f"victims set against the wounded ({' '.join(vic.group().split())!r}): killed")
        if metric == "other" and unit == "people" and (vic := _VICTIMS_AFTER.match(low, num_end, s_end)):
            # "there were 16 victims – eight children ... and eight women" in a text about a massacre: the dead; "7
            # female victims were being treated": the hurt (not victims of stress, abuse or disappearance, nor
            # "treated 19 victims with both physical injuries and stress symptoms")
            rest, p_lo = low[vic.end():s_end], text.rfind("\n\n", 0, start) + 1
            if not _VICTIMS_OTHER.search(low, s_start, s_end):
                if hurt := _VICTIMS_HURT.search(rest) or _VICTIMS_RECEIVED_BEFORE.search(low, s_start, start):
                    metric = "injured"  # ("30 victims had shrapnel in their legs", "the hospital received 30 victims")
                    reading.append(f"victims {hurt[0]!r}: injured")
                elif not _HURT_WORDS.search(low, s_start, s_end) and (
                        kill := _KILLING_WORDS.search(low, p_lo, s_end)
                        or _KILLING_WORDS.search(low, 0, min(len(low), 400))):
                    # (the dead and the hurt named together in its sentence: victims of both, no one fate)
                    metric = "killed"
                    reading.append(f"victims, in a text about a killing ({kill[0]!r}): killed")
        end = head[0] if head and "year-old" not in low[num_end:head[0]] else num_end  # an age is a number of its own
        date = _nearest(dates, starts["dates"], s_start, s_end, start, num_end, len(text))
        perpetrators.append((s_start, s_end, start, num_end, w_start, w_end, who))
        if (part_of is not None or is_part) and (part_of or prev) is not None:
            parts[len(out)] = part_of or prev  # a part of the figure before: "others" later are not its kind
        if of_these is not None:
            breakdown[len(out)] = of_these
        out.append(Candidate(
            document=document, start=start, end=end, span=source[start:end],
            value_as_reported=reported, qualifier=qualifier,
            value=math.nan if value is None else value,
            value_max=math.nan if value_max is None else value_max,
            low=low_b, high=high_b, bound_profile=profile.id,
            metric=metric, population=population, unit=unit,
            claimant_phrase=who,
            perpetrator_phrase="",
            date_phrase=date[2] if date else "",
            context=contexts[s_start],
            reading="; ".join(reading),
        ))
    # A count by place that runs on: "90 people were injured in Dhi Qar, 10 people in the Wasit province, ...,
    # 105 people in the Maysan province and 50 in the Karbala province": each item the list's metric, however
    # far from its verb
    for k in range(1, len(out)):
        prev, c = out[k - 1], out[k]
        if c.metric == "other" and "verb" not in c.reading and prev.metric in ("killed", "injured", "displaced", "casualties") \
                and c.unit == prev.unit == "people" and c.context == prev.context \
                and _PLACE_LIST_GAP.fullmatch(text, prev.end, c.start) and _IN_PLACE_AFTER.match(text, c.end):
            out[k] = replace(c, metric=prev.metric, reading="; ".join(
                filter(None, (c.reading, f"an item of a count by place after {prev.span!r}: its metric"))))
        elif c.metric == "other" and "verb" not in c.reading and prev.metric in ("killed", "injured", "displaced") \
                and c.unit == prev.unit == "people" and c.context == prev.context \
                and low[c.start:c.end].split()[-1:] == low[prev.start:prev.end].split()[-1:] \
                and text[prev.start - 1:prev.start] == "(" and _PAREN_LIST_GAP.fullmatch(text, prev.end, c.start):
            out[k] = replace(c, metric=prev.metric, reading="; ".join(
                filter(None, (c.reading, f"an item of a count by place in brackets after {prev.span!r}: its metric"))))
    # "Twelve of the 39 residents injured later died": the part died, the whole was injured
    for k in range(len(out) - 1):
        part, whole = out[k], out[k + 1]
        if _OF_THE_GAP.fullmatch(low, part.end, whole.start) and (
                _INJURED_LATER_DIED.match(low, whole.end) or low[whole.start:whole.end].endswith(("injured", "wounded"))
                and _LATER_DIED.match(low, whole.end)) \
                and whole.unit == part.unit == "people":
            out[k] = replace(part, metric="killed", reading="; ".join(
                filter(None, (part.reading, "the part of the injured who later died: killed"))))
            out[k + 1] = replace(whole, metric="injured", reading="; ".join(
                filter(None, (whole.reading, "the injured some of whom later died: injured"))))
    # Who did it: the actor nearest each number, not the claimant, and never a name inside
    # counted people ("20 militants", "381 rebel fighters": they are the victims).
    victims = [(c.start, c.end) for c in out if c.unit == "people"]  # in text order
    if victims and actors:
        v_starts = [v[0] for v in victims]

        def inside_victims(a) -> bool:
            i = bisect_right(v_starts, a[0]) - 1
            return i >= 0 and a[1] <= victims[i][1]

        actors = [a for a in actors if not inside_victims(a)]
        starts["actors"] = [a[0] for a in actors]
    if actors:
        # "shelling of Azerbaijani densely populated areas", "strikes on Armenian villages": the side whose
        # places or people were hit, not the one that struck
        actors = [a for a in actors if not (_ATTACKED_BEFORE.search(low, max(0, a[0] - 60), a[0])
                                            and _TARGET_AFTER.match(low, a[1]))]
        starts["actors"] = [a[0] for a in actors]
    for k, (s_start, s_end, start, num_end, w_start, w_end, who) in enumerate(perpetrators):
        actor = _nearest(actors, starts["actors"], s_start, s_end, start, num_end, len(text),
                         keep=lambda a: not (who and a[0] < w_end and a[1] > w_start))
        if actor:
            out[k] = replace(out[k], perpetrator_phrase=actor[2])
    return out


# "16 victims", "eight of the victims", "around 40 victims": people a killing or an attack befell, what befell them
# told by the text around them
_VICTIMS_AFTER = re.compile(r"\s+(?:(?:of\s+the|[a-z-]+)\s+)?victims(?![a-z])")
_VICTIMS_OTHER = re.compile(r"(?<![a-z])(?:stress|shock|anxiety|disappear\w*|trafficking|abuse|rape|sexual|fraud|scam"
                            r"|tortur\w*|floods?|earthquake|disease|poisoning|crash|accident|surviv\w*|abduct\w*"
                            r"|kidnap\w*|hostages?|freed|released|compensat\w*|represent\w*|testimony|association"
                            r"|aid|reached)(?![a-z])")
_VICTIMS_HURT = re.compile(r"(?<![a-z])(?:being\s+treated|treated|in\s+hospital|hospitali[sz]ed|in\s+(?:a\s+)?(?:critical"
                           r"|serious|stable|moderate|mild)\s+condition|recovering|injured|wounded|hurt|shrapnel|burns"
                           r"|received|admitted)(?![a-z])")
# (before the count: "the hospital received 25 victims"; not "Medics treated 14 victims", of any ailment)
_VICTIMS_RECEIVED_BEFORE = re.compile(r"(?<![a-z])(?:received|admitted|hospitali[sz]ed)(?![a-z])")
_HURT_WORDS = re.compile(r"(?<![a-z])(?:injured|wounded|hurt|injuries|wounds)(?![a-z])")
_KILLING_WORDS = re.compile(r"(?<![a-z])(?:killed|killing|killings|dead|died|deaths?|massacred?|murdered|shot\s+dead"
                            r"|death\s+toll|bodies)(?![a-z])")
# "14 victims of the horrible crime and 25 wounded", "there were 14 victims, while 25 people were wounded":
# a count of victims set against a count of the wounded in its clause is of the dead
_VICTIMS_BESIDE_WOUNDED = re.compile(r"\s+(?:[a-z-]+\s+)?victims(?:\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?[a-z-]+)?"
                                     r"\s*(?:,\s*(?:while|whereas)|,?\s+(?:and|while|whereas))\s+(?:another\s+)?"
                                     r"(?:\d[\d,]*|[a-z-]+)\s+(?:(?:people|others|persons)\s+)?(?:(?:were|are|had\s+been"
                                     r"|have\s+been)\s+)?(?:wounded|injured|hurt)(?![a-z])")


# "the toll rose to eight late on Friday", "reached 30 early yesterday": a time after the number, not its noun
_LATE_ON_AFTER = re.compile(r"\s+(?:late|early)\s+(?:on\s+|in\s+the\s+|last\s+|this\s+)?(?:monday|tuesday|wednesday"
                            r"|thursday|friday|saturday|sunday|yesterday|today|tonight|morning|afternoon|evening|night"
                            r"|week|month)(?![a-z])")


# "he was (only) 16 when ...": a person's age
_AGE_WAS_BEFORE = re.compile(r"(?<![a-z])(?:he|she|i|who)\s+(?:was|is)\s+(?:just\s+|only\s+)?$")  # (not "we were 40": a count)


# "40 or so", "40 or more", "40 or thereabouts", "40 or fewer": the words after the number say how near it is
_OR_TAIL = re.compile(r"\s+or\s+(so|more|thereabouts|fewer|less)(?![a-z])(?!\s+than)")
_OR_QUALIFIER = {"so": "about", "thereabouts": "about", "more": "at_least", "fewer": "up_to", "less": "up_to"}


_ABBREVIATED_MONTHS = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
# a day or a preposition of time right before a month: "5 Jan", "the 5th of Jan", "in early Jan", "since Jan"
_MONTH_DATED_BEFORE = re.compile(r"(?:\d(?:st|nd|rd|th)?\s+(?:of\s+)?|(?<![A-Za-z])(?i:in|since|until|till|by|from"
                                 r"|through|early|late|mid-?|last|next)\s*)\Z")


def abbreviated_month_alone(text: str, start: int, end: int) -> bool:
    """Whether the month word text[start:end] is an abbreviation with no full stop, day, year or preposition
    of time ("Jan" of "Mayor Jan van Zanen", "Dec" of a name): in running text an abbreviated month comes
    with one ("Jan 5", "5 Jan", "Dec. 2019", "in early Jan"), so alone it is a name or a word, not a date."""
    return text[start:end] in _ABBREVIATED_MONTHS and text[end:end + 1] != "." \
        and not re.match(r"\s*,?\s*\d", text[end:end + 8]) \
        and not _MONTH_DATED_BEFORE.search(text, max(0, start - 14), start)


# A media noun after a capitalised day word that names an outlet ("Today newspaper")
_MEDIA_NAME_AFTER = re.compile(r"\s+(?:newspaper|show|programme|program|magazine)(?![a-z])")


# The word table of the one pass in ``extract``: word -> what to do there.
_NUMBER, _CUE, _PHRASE_CUE, _VERB, _MONTH, _DAY, _DATE_UNIT, _ACTOR_ANY, _ACTOR_CAPITALISED, _ACTOR_BY = range(10)
_CUE_METRIC = {**EVENT_CUES, **PEOPLE_CUES}
_TRIGGERS = {  # actors' words come first (any other meaning of a word wins): see _triggers
    "by": _ACTOR_BY, **dict.fromkeys(_DATE_UNITS, _DATE_UNIT), **dict.fromkeys(_WEEKDAYS + ["yesterday", "today"], _DAY),
    **dict.fromkeys(_MONTH_NAMES, _MONTH), **dict.fromkeys(ATTRIBUTION_VERBS | {"according"}, _VERB),
    **dict.fromkeys(_PHRASE_CUES, _PHRASE_CUE), **dict.fromkeys(_CUE_METRIC, _CUE),
    **dict.fromkeys([*WORD_VALUES, *SCALES, "half", *(w.split()[w.startswith("a ")] for w in VAGUE_WORDS if w != "a dozen")], _NUMBER),
}
_TRIGGER_TABLES: dict[Vocabulary, dict] = {}
_PHRASE_LISTS = {w: v if isinstance(v, list) else [v] for w, v in _PHRASE_CUES.items()}


def _triggers(voc: Vocabulary) -> dict:
    """The word table with the vocabulary's actor words (the case's names of its parties)."""
    table = _TRIGGER_TABLES.get(voc)
    if table is None:
        table = _TRIGGER_TABLES[voc] = {**dict.fromkeys(voc.capitalised, _ACTOR_CAPITALISED),
                                        **dict.fromkeys(voc.any_case, _ACTOR_ANY), **_TRIGGERS}
    return table


def candidates_frame(candidates: list[Candidate]) -> pd.DataFrame:
    """Candidates as a table with the fixed column order and stable dtypes."""
    df = pd.DataFrame([astuple(c) for c in candidates], columns=list(COLUMNS))
    df = df.astype({"start": "int64", "end": "int64", "value": "float64", "value_max": "float64",
                    "low": "Int64", "high": "Int64"})
    for col in COLUMNS:
        if col not in ("start", "end", "value", "value_max", "low", "high"):
            df[col] = df[col].astype("str")
    return df


def read_text(path: Path | str) -> str:
    """A file's text decoded from UTF-8 exactly (no newline translation, so offsets hold)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ExtractInputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ExtractInputError(
            f"{path}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from exc


def extract_frame(texts: dict[str, str] | list[Path | str], profile_id: str | None = None,
                  actors: tuple[str, ...] | None = None) -> pd.DataFrame:
    """Candidates from several texts ({document: text}) or files (document = path as given).

    Every file is read before any is processed, so a bad file stops the run with
    nothing produced.
    """
    if not isinstance(texts, dict):
        texts = {str(p): read_text(p) for p in texts}
    actors = case_actors() if actors is None else actors
    return candidates_frame([c for doc, text in texts.items() for c in extract(text, doc, profile_id, actors)])


# ---------------------------------------------------------------------------------
# A corpus at a time: files in batches, on every core or on a Dask cluster
# ---------------------------------------------------------------------------------

CORPUS_SUFFIXES = (".txt",)
_TMP_PREFIX = ".crosstally-extract-"


def corpus_files(paths: list[Path | str], suffixes: tuple[str, ...] = CORPUS_SUFFIXES) -> list[Path]:
    """The files to extract from: files as given, and every ``*.txt`` under a folder
    (recursively, sorted, hidden files and folders left out). A path that does not
    exist is an error, not an empty corpus."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in suffixes
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
            out.extend(found)
        elif p.exists():
            out.append(p)
        else:
            raise ExtractInputError(f"{p}: no such file or folder")
    return out


def _batches(files: list[Path], batch_bytes: int) -> list[list[Path]]:
    """Consecutive groups of files of about ``batch_bytes`` each (one task per group)."""
    batches, current, size = [], [], 0
    for f in files:
        current.append(f)
        size += f.stat().st_size
        if size >= batch_bytes:
            batches.append(current)
            current, size = [], 0
    if current:
        batches.append(current)
    return batches


def extract_batch(files: list[str], profile_id: str | None = None, out_dir: str | None = None,
                  names: list[str] | None = None, actors: tuple[str, ...] | None = None):
    """One task: extract from ``files``. Returns ("ok", frame) or, with ``out_dir``,
    ("ok", {name: count}) after writing ``out_dir/name`` for each file; ("error", message)
    for a file that cannot be read (nothing of this batch is kept)."""
    frames = []
    texts = []
    for f in files:
        try:
            texts.append(read_text(f))
        except ExtractInputError as exc:
            return "error", str(exc)
    counts = {}
    for i, (f, text) in enumerate(zip(files, texts)):
        df = candidates_frame(extract(text, f, profile_id, actors))
        if out_dir is None:
            frames.append(df)
            continue
        target = Path(out_dir) / names[i]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(csv_bytes(df))
        counts[names[i]] = len(df)
    if out_dir is not None:
        return "ok", counts
    return "ok", pd.concat(frames, ignore_index=True) if frames else candidates_frame([])


def extract_corpus(files: list[Path | str], profile_id: str | None = None, *, jobs: int | None = None,
                   executor=None, out_dir: Path | str | None = None, root: Path | str | None = None,
                   batch_bytes: int = 4_000_000, actors: tuple[str, ...] | None = None):
    """Candidates from many files, in parallel.

    ``executor``: any ``concurrent.futures.Executor`` (a ``dask.distributed`` client's
    ``get_executor()`` runs the batches on a cluster; its workers need crosstally
    installed and the files at the same paths). Without one, ``jobs`` processes (default:
    every core; 1 = in this process). Files go in batches of about ``batch_bytes``.

    Without ``out_dir``: one frame, in the order of ``files``, exactly what
    ``extract_frame`` gives. With ``out_dir``: one CSV per file, ``out_dir/<path relative
    to root>.csv`` (``root`` default: the files' common folder), written by the workers
    into a temporary folder that replaces nothing until every batch succeeded; returns
    {relative name: number of candidates}. A file that cannot be read stops the run
    (ExtractInputError naming it) and nothing is written.
    """
    import os
    import shutil
    import tempfile
    from concurrent.futures import ProcessPoolExecutor

    files = [Path(f) for f in files]
    actors = tuple(case_actors() if actors is None else actors)  # the case's, read here: workers may be elsewhere
    batches = _batches(files, max(1, batch_bytes))
    names_of = {}
    tmp = None
    if out_dir is not None:
        out_dir = Path(out_dir)
        base = Path(root) if root is not None else Path(os.path.commonpath([f.parent.resolve() for f in files])) \
            if files else Path(".")
        for f in files:
            try:
                rel = f.resolve().relative_to(base.resolve())
            except ValueError as exc:
                raise ExtractInputError(f"{f}: not under {base}; give --root") from exc
            names_of[f] = rel.as_posix() + ".csv"
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=_TMP_PREFIX, dir=out_dir.parent))

    def task_args(batch):
        names = [names_of[f] for f in batch] if tmp is not None else None
        return [str(f) for f in batch], profile_id, None if tmp is None else str(tmp), names, actors

    own_pool = None
    try:
        if executor is None and (jobs or os.cpu_count() or 1) > 1 and len(batches) > 1:
            own_pool = executor = ProcessPoolExecutor(min(jobs or os.cpu_count() or 1, len(batches)))
        if executor is None:
            results = [extract_batch(*task_args(b)) for b in batches]
        else:
            futures = [executor.submit(extract_batch, *task_args(b)) for b in batches]
            results = [fut.result() for fut in futures]
        errors = [r[1] for r in results if r[0] == "error"]
        if errors:
            raise ExtractInputError("\n".join(errors))
        if tmp is None:
            frames = [r[1] for r in results]
            return pd.concat(frames, ignore_index=True) if frames else candidates_frame([])
        counts = {}
        for _, c in results:
            counts.update(c)
        if out_dir.exists():
            old = Path(tempfile.mkdtemp(prefix=_TMP_PREFIX, dir=out_dir.parent))
            out_dir.rename(old / "old")
            tmp.rename(out_dir)
            shutil.rmtree(old)
        else:
            tmp.rename(out_dir)
        tmp = None
        return dict(sorted(counts.items()))
    finally:
        if own_pool is not None:
            own_pool.shutdown()
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    """`crosstally extract FILE|FOLDER ...`: candidate figures as CSV on stdout, or one
    CSV per file under --out."""
    parser = argparse.ArgumentParser(
        prog="crosstally extract",
        description="Print the candidate figures found in UTF-8 text files as CSV, one row per "
                    "candidate; start/end are character offsets (text[start:end] == span). "
                    "A folder stands for every *.txt under it. Files are read in parallel on "
                    "every core (-j), or on a Dask cluster (--scheduler).",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text file(s) or folder(s)")
    parser.add_argument("--profile", help="bound profile id (default: the rule file's default)")
    parser.add_argument("-j", "--jobs", type=int, default=None,
                        help="worker processes (default: every core; 1 = no pool)")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="run on a dask.distributed cluster (e.g. tcp://host:8786; needs the "
                             "`dask` extra); 'local' starts a LocalCluster on this machine")
    parser.add_argument("--out", metavar="FOLDER",
                        help="write one CSV per file (FOLDER/<relative path>.csv) instead of stdout")
    parser.add_argument("--root", metavar="FOLDER",
                        help="with --out: the folder the CSV names are relative to "
                             "(default: the files' common folder)")
    args = parser.parse_args(argv)
    if args.jobs is not None and args.jobs < 1:
        parser.error("-j/--jobs must be at least 1")
    client = cluster = None
    try:
        files = corpus_files(args.files)
        if not files:
            raise ExtractInputError(f"{', '.join(args.files)}: no *.txt file to read")
        executor = None
        if args.scheduler:
            try:
                from distributed import Client, LocalCluster
            except ImportError:
                print("crosstally extract: --scheduler needs dask.distributed "
                      "(pip install 'crosstally[dask]')", file=sys.stderr)
                return 2
            if args.scheduler == "local":
                # no dashboard; the scheduler's own HTTP server (health checks) on a free port, not 8787
                cluster = LocalCluster(n_workers=args.jobs, dashboard_address=None,
                                       scheduler_kwargs={"dashboard_address": ":0"})
                client = Client(cluster)
            else:
                client = Client(args.scheduler)
            executor = client.get_executor()
        result = extract_corpus(files, args.profile, jobs=args.jobs, executor=executor,
                                out_dir=args.out, root=args.root)
    except (ExtractInputError, ValueError, OSError) as exc:
        print(exc, file=sys.stderr)
        return 2
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
    if args.out:
        print(f"crosstally extract: {sum(result.values())} candidates from {len(result)} files "
              f"-> {args.out}", file=sys.stderr)
        return 0
    sys.stdout.buffer.write(csv_bytes(result))
    sys.stdout.flush()
    return 0


# ---------------------------------------------------------------------------------
# Review queue: candidates against the ledger
# ---------------------------------------------------------------------------------

def _loose_pattern(phrase: str) -> re.Pattern:
    """Match ``phrase`` across any whitespace and either kind of quote or apostrophe."""
    out = []
    for word in phrase.split():
        out.append(re.sub(r"[’‘'`]", "[’‘'`]", re.sub(r"[“”\"]", "[“”\"]", re.escape(word))))
    return re.compile(r"\s+".join(out))


def review_queue(ledger: pd.DataFrame, documents: pd.DataFrame, texts: dict[str, str],
                 profile_id: str | None = None) -> dict[str, pd.DataFrame]:
    """Compare what the extractor finds with what the ledger already holds.

    For each document whose text we hold, every ledger figure's quote is looked up in
    the text; the figure's own number is its ``value_as_reported`` inside the quote (or,
    when the ledger's words differ from the text's, a candidate of equal value inside
    the quote). A candidate overlapping it is that figure. Returns:

    - ``matched``: candidates already in the ledger, with their figure_id;
    - ``queue``: candidates in no ledger figure: the review queue, with the document's
      title and outlet;
    - ``stale_quotes``: ledger figures whose quote is no longer in their document text;
    - ``missed``: ledger figures whose quote is found but no candidate matches (the
      extractor's misses on real data).
    """
    docs = documents.set_index("document_id")
    cand = extract_frame({d: texts[d] for d in sorted(texts)}, profile_id)
    cand = cand.rename(columns={"document": "document_id"})
    matched_rows, stale, missed = [], [], []
    used = set()
    for fig in ledger.sort_values("figure_id").itertuples():
        if fig.document_id not in texts:
            continue
        text = texts[fig.document_id]
        q = _loose_pattern(fig.quote).search(text) if fig.quote.strip() else None
        if q is None:
            stale.append({"figure_id": fig.figure_id, "document_id": fig.document_id,
                          "quote": fig.quote, "problem": "quote not found in the document text"})
            continue
        in_doc = cand[cand["document_id"] == fig.document_id]
        v = _loose_pattern(fig.value_as_reported).search(text, q.start(), q.end()) if fig.value_as_reported.strip() else None
        lo, hi = (v.start(), v.end()) if v else (q.start(), q.end())
        hits = in_doc[(in_doc["start"] < hi) & (in_doc["end"] > lo)]
        if v is None:
            hits = hits[hits["value"] == fig.value]
        if hits.empty:
            missed.append({"figure_id": fig.figure_id, "document_id": fig.document_id,
                           "value_as_reported": fig.value_as_reported, "metric": fig.metric,
                           "quote": fig.quote})
        for idx, row in hits.iterrows():
            used.add(idx)
            matched_rows.append({"figure_id": fig.figure_id, "ledger_metric": fig.metric, **row.to_dict()})

    queue = cand.drop(index=sorted(used))
    queue.insert(1, "title", queue["document_id"].map(docs["title"]).fillna(""))
    queue.insert(2, "outlet", queue["document_id"].map(docs["outlet"]).fillna(""))
    matched_cols = ["figure_id", "ledger_metric", *cand.columns]
    return {
        "matched": pd.DataFrame(matched_rows, columns=matched_cols).sort_values(
            ["figure_id", "document_id", "start"], ignore_index=True).astype(cand.dtypes.to_dict()),
        "queue": queue.sort_values(["document_id", "start", "end"], ignore_index=True),
        "stale_quotes": pd.DataFrame(stale, columns=["figure_id", "document_id", "quote", "problem"]),
        "missed": pd.DataFrame(missed, columns=["figure_id", "document_id", "value_as_reported",
                                                "metric", "quote"]),
    }
