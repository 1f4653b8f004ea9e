"""The words that name a country in English text: its names and its adjectives.

A source whose name carries a country ("Colombian army", "Ministry of Defence of Niger")
speaks for that country's institutions; the drafter uses these words to tell which
country a source belongs to and which country a modifier names ("a Saudi-led coalition",
"five Colombian soldiers").

Names are ``pycountry``'s (ISO 3166-1 name, common name) plus the short and usual English
names below; adjectives (demonyms) are the usual English ones, written for this module
from general English usage (one line per ISO 3166-1 alpha-2 code, ``;``-separated, names
first). An adjective two countries share ("Congolese") names both.
"""
from __future__ import annotations

import re
from functools import lru_cache

_WORDS = """
AF Afghanistan;Afghan;Afghani
AL Albania;Albanian
DZ Algeria;Algerian
AD Andorra;Andorran
AO Angola;Angolan
AG Antigua and Barbuda;Antiguan
AR Argentina;Argentine;Argentinian
AM Armenia;Armenian
AU Australia;Australian
AT Austria;Austrian
AZ Azerbaijan;Azerbaijani;Azeri
BS Bahamas;Bahamian
BH Bahrain;Bahraini
BD Bangladesh;Bangladeshi
BB Barbados;Barbadian
BY Belarus;Belarusian;Belarussian
BE Belgium;Belgian
BZ Belize;Belizean
BJ Benin;Beninese
BT Bhutan;Bhutanese
BO Bolivia;Bolivian
BA Bosnia and Herzegovina;Bosnia;Bosnian
BW Botswana;Botswanan;Motswana
BR Brazil;Brazilian
BN Brunei;Bruneian
BG Bulgaria;Bulgarian
BF Burkina Faso;Burkinabe;Burkinabè
BI Burundi;Burundian
CV Cabo Verde;Cape Verde;Cape Verdean
KH Cambodia;Cambodian
CM Cameroon;Cameroonian
CA Canada;Canadian
CF Central African Republic;CAR;Central African
TD Chad;Chadian
CL Chile;Chilean
CN China;Chinese
CO Colombia;Colombian
KM Comoros;Comorian
CD Democratic Republic of the Congo;Democratic Republic of Congo;DR Congo;DRC;Congo-Kinshasa;Congo;Congolese
CG Republic of the Congo;Congo-Brazzaville;Congo;Congolese
CR Costa Rica;Costa Rican
CI Côte d'Ivoire;Cote d'Ivoire;Ivory Coast;Ivorian
HR Croatia;Croatian
CU Cuba;Cuban
CY Cyprus;Cypriot
CZ Czechia;Czech Republic;Czech
DK Denmark;Danish
DJ Djibouti;Djiboutian
DM Dominica;Dominican
DO Dominican Republic;Dominican
EC Ecuador;Ecuadorian
EG Egypt;Egyptian
SV El Salvador;Salvadoran;Salvadorean
GQ Equatorial Guinea;Equatoguinean
ER Eritrea;Eritrean
EE Estonia;Estonian
SZ Eswatini;Swaziland;Swazi
ET Ethiopia;Ethiopian
FJ Fiji;Fijian
FI Finland;Finnish
FR France;French
GA Gabon;Gabonese
GM Gambia;the Gambia;Gambian
GE Georgia;Georgian
DE Germany;German
GH Ghana;Ghanaian
GR Greece;Greek
GD Grenada;Grenadian
GT Guatemala;Guatemalan
GN Guinea;Guinean
GW Guinea-Bissau;Bissau-Guinean
GY Guyana;Guyanese
HT Haiti;Haitian
HN Honduras;Honduran
HU Hungary;Hungarian
IS Iceland;Icelandic
IN India;Indian
ID Indonesia;Indonesian
IR Iran;Iranian
IQ Iraq;Iraqi
IE Ireland;Irish
IL Israel;Israeli
IT Italy;Italian
JM Jamaica;Jamaican
JP Japan;Japanese
JO Jordan;Jordanian
KZ Kazakhstan;Kazakh;Kazakhstani
KE Kenya;Kenyan
KI Kiribati
XK Kosovo;Kosovar;Kosovan
KW Kuwait;Kuwaiti
KG Kyrgyzstan;Kyrgyz
LA Laos;Lao;Laotian
LV Latvia;Latvian
LB Lebanon;Lebanese
LS Lesotho;Basotho
LR Liberia;Liberian
LY Libya;Libyan
LI Liechtenstein
LT Lithuania;Lithuanian
LU Luxembourg;Luxembourgish
MG Madagascar;Malagasy
MW Malawi;Malawian
MY Malaysia;Malaysian
MV Maldives;Maldivian
ML Mali;Malian
MT Malta;Maltese
MH Marshall Islands;Marshallese
MR Mauritania;Mauritanian
MU Mauritius;Mauritian
MX Mexico;Mexican
FM Micronesia;Micronesian
MD Moldova;Moldovan
MC Monaco;Monegasque
MN Mongolia;Mongolian
ME Montenegro;Montenegrin
MA Morocco;Moroccan
MZ Mozambique;Mozambican
MM Myanmar;Burma;Burmese
NA Namibia;Namibian
NR Nauru;Nauruan
NP Nepal;Nepali;Nepalese
NL Netherlands;Holland;Dutch
NZ New Zealand
NI Nicaragua;Nicaraguan
NE Niger;Nigerien
NG Nigeria;Nigerian
KP North Korea;North Korean
MK North Macedonia;Macedonia;Macedonian
NO Norway;Norwegian
OM Oman;Omani
PK Pakistan;Pakistani
PW Palau;Palauan
PS Palestine;Palestinian Territories;Palestinian
PA Panama;Panamanian
PG Papua New Guinea;Papua New Guinean
PY Paraguay;Paraguayan
PE Peru;Peruvian
PH Philippines;Philippine;Filipino
PL Poland;Polish
PT Portugal;Portuguese
QA Qatar;Qatari
RO Romania;Romanian
RU Russia;Russian Federation;Russian
RW Rwanda;Rwandan
KN Saint Kitts and Nevis
LC Saint Lucia;Saint Lucian
VC Saint Vincent and the Grenadines
WS Samoa;Samoan
SM San Marino;Sammarinese
ST Sao Tome and Principe;São Tomé and Príncipe
SA Saudi Arabia;Saudi
SN Senegal;Senegalese
RS Serbia;Serbian
SC Seychelles;Seychellois
SL Sierra Leone;Sierra Leonean
SG Singapore;Singaporean
SK Slovakia;Slovak
SI Slovenia;Slovenian;Slovene
SB Solomon Islands
SO Somalia;Somali;Somalian
ZA South Africa;South African
KR South Korea;South Korean
SS South Sudan;South Sudanese
ES Spain;Spanish
LK Sri Lanka;Sri Lankan
SD Sudan;Sudanese
SR Suriname;Surinamese
SE Sweden;Swedish
CH Switzerland;Swiss
SY Syria;Syrian
TW Taiwan;Taiwanese
TJ Tajikistan;Tajik
TZ Tanzania;Tanzanian
TH Thailand;Thai
TL Timor-Leste;East Timor;Timorese
TG Togo;Togolese
TO Tonga;Tongan
TT Trinidad and Tobago;Trinidadian
TN Tunisia;Tunisian
TR Turkey;Türkiye;Turkish
TM Turkmenistan;Turkmen
TV Tuvalu;Tuvaluan
UG Uganda;Ugandan
UA Ukraine;Ukrainian
AE United Arab Emirates;UAE;Emirati
GB United Kingdom;UK;U.K.;Britain;Great Britain;British
US United States;United States of America;US;U.S.;USA;America;American
UY Uruguay;Uruguayan
UZ Uzbekistan;Uzbek
VU Vanuatu
VA Vatican;Holy See
VE Venezuela;Venezuelan
VN Vietnam;Viet Nam;Vietnamese
EH Western Sahara;Sahrawi
YE Yemen;Yemeni
ZM Zambia;Zambian
ZW Zimbabwe;Zimbabwean
"""


@lru_cache(maxsize=1)
def _table() -> dict[str, set[str]]:
    """word -> the alpha-2 codes it names."""
    out: dict[str, set[str]] = {}
    for line in _WORDS.strip().splitlines():
        code, words = line.split(" ", 1)
        for w in words.split(";"):
            out.setdefault(w.strip(), set()).add(code)
    try:
        import pycountry
        for c in pycountry.countries:
            for name in {c.name, getattr(c, "common_name", c.name)}:
                if "," not in name and "(" not in name:
                    out.setdefault(name, set()).add(c.alpha_2)
    except ImportError:  # pragma: no cover - pycountry is a pinned dependency
        pass
    return out


def country_words(extra: dict[str, set[str]] | None = None) -> dict[str, set[str]]:
    """Every word or name that names a country -> its alpha-2 codes (``extra`` added:
    the case's own country row, e.g. an invented one in tests)."""
    out = {w: set(c) for w, c in _table().items()}
    for w, codes in (extra or {}).items():
        out.setdefault(w, set()).update(codes)
    return out


def pattern(words) -> re.Pattern | None:
    """A case-sensitive pattern for the words, longest first ("South Sudanese" before
    "Sudanese"), whole words; a hyphen may follow ("US-led", "Saudi-backed") and a
    possessive ("Niger's")."""
    words = sorted((w for w in words if w), key=len, reverse=True)
    if not words:
        return None
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<![\w.-])(?:{alt})(?![\w])")
