"""Country names -> ISO 3166-1 alpha-2 codes, for STIX ``location`` objects.

STIX 2.1 requires a location to carry a ``region``, a ``country`` (an ISO 3166-1 alpha-2 code
where known) or coordinates. Briefings name places in words, so the exporter recognises the
countries by name (common English names and a few usual short forms) with this small table;
no gazetteer, no network.
"""

from __future__ import annotations

import re

# "CODE name; other name; ..." one country a line. Sovereign states plus a few territories
# that news texts name as places of their own.
_TABLE = """
AF Afghanistan
AL Albania
DZ Algeria
AD Andorra
AO Angola
AG Antigua and Barbuda
AR Argentina
AM Armenia
AU Australia
AT Austria
AZ Azerbaijan
BS Bahamas; the Bahamas
BH Bahrain
BD Bangladesh
BB Barbados
BY Belarus
BE Belgium
BZ Belize
BJ Benin
BT Bhutan
BO Bolivia
BA Bosnia and Herzegovina; Bosnia
BW Botswana
BR Brazil
BN Brunei
BG Bulgaria
BF Burkina Faso
BI Burundi
CV Cape Verde; Cabo Verde
KH Cambodia
CM Cameroon
CA Canada
CF Central African Republic
TD Chad
CL Chile
CN China; People's Republic of China; PRC
CO Colombia
KM Comoros
CG Republic of the Congo; Congo-Brazzaville
CD Democratic Republic of the Congo; DR Congo; DRC
CR Costa Rica
CI Ivory Coast; Côte d'Ivoire
HR Croatia
CU Cuba
CY Cyprus
CZ Czech Republic; Czechia
DK Denmark
DJ Djibouti
DM Dominica
DO Dominican Republic
EC Ecuador
EG Egypt
SV El Salvador
GQ Equatorial Guinea
ER Eritrea
EE Estonia
SZ Eswatini; Swaziland
ET Ethiopia
FJ Fiji
FI Finland
FR France
GA Gabon
GM Gambia; the Gambia
GE Georgia
DE Germany
GH Ghana
GR Greece
GD Grenada
GT Guatemala
GN Guinea
GW Guinea-Bissau
GY Guyana
HT Haiti
HN Honduras
HU Hungary
IS Iceland
IN India
ID Indonesia
IR Iran
IQ Iraq
IE Ireland
IL Israel
IT Italy
JM Jamaica
JP Japan
JO Jordan
KZ Kazakhstan
KE Kenya
KI Kiribati
KP North Korea; DPRK
KR South Korea; Republic of Korea
XK Kosovo
KW Kuwait
KG Kyrgyzstan
LA Laos
LV Latvia
LB Lebanon
LS Lesotho
LR Liberia
LY Libya
LI Liechtenstein
LT Lithuania
LU Luxembourg
MG Madagascar
MW Malawi
MY Malaysia
MV Maldives
ML Mali
MT Malta
MH Marshall Islands
MR Mauritania
MU Mauritius
MX Mexico
FM Micronesia
MD Moldova
MC Monaco
MN Mongolia
ME Montenegro
MA Morocco
MZ Mozambique
MM Myanmar; Burma
NA Namibia
NR Nauru
NP Nepal
NL Netherlands; the Netherlands; Holland
NZ New Zealand
NI Nicaragua
NE Niger
NG Nigeria
MK North Macedonia; Macedonia
NO Norway
OM Oman
PK Pakistan
PW Palau
PS Palestine; Gaza; Gaza Strip; West Bank
PA Panama
PG Papua New Guinea
PY Paraguay
PE Peru
PH Philippines; the Philippines
PL Poland
PT Portugal
QA Qatar
RO Romania
RU Russia; Russian Federation
RW Rwanda
KN Saint Kitts and Nevis
LC Saint Lucia
VC Saint Vincent and the Grenadines
WS Samoa
SM San Marino
ST Sao Tome and Principe
SA Saudi Arabia
SN Senegal
RS Serbia
SC Seychelles
SL Sierra Leone
SG Singapore
SK Slovakia
SI Slovenia
SB Solomon Islands
SO Somalia
ZA South Africa
SS South Sudan
ES Spain
LK Sri Lanka
SD Sudan
SR Suriname
SE Sweden
CH Switzerland
SY Syria; Syrian Arab Republic
TW Taiwan
TJ Tajikistan
TZ Tanzania
TH Thailand
TL Timor-Leste; East Timor
TG Togo
TO Tonga
TT Trinidad and Tobago
TN Tunisia
TR Turkey; Türkiye
TM Turkmenistan
TV Tuvalu
UG Uganda
UA Ukraine
AE United Arab Emirates; UAE
GB United Kingdom; UK; Britain; Great Britain
US United States; United States of America; USA; US
UY Uruguay
UZ Uzbekistan
VU Vanuatu
VA Vatican City; Holy See
VE Venezuela
VN Vietnam
YE Yemen
ZM Zambia
ZW Zimbabwe
"""


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", name.strip().lower().removeprefix("the "))


def _names() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for line in _TABLE.strip().splitlines():
        code, names = line.split(" ", 1)
        out.extend((name.strip(), code) for name in names.split(";"))
    return out


_NAMES = _names()
COUNTRY_CODES: dict[str, str] = {_key(name): code for name, code in _NAMES}


def country_code(name: str | None) -> str | None:
    """The ISO 3166-1 alpha-2 code of a country named ``name`` (``Syria`` -> ``SY``), or None."""
    if not name:
        return None
    return COUNTRY_CODES.get(_key(name))


def countries_in(text: str | None) -> list[str]:
    """Codes of the countries named in ``text`` as whole words, in order of appearance.

    Abbreviations (``US``, ``UK``) match in capitals only, so the pronoun "us" is no country.
    """
    if not text:
        return []
    found: list[tuple[int, str]] = []
    for name, code in _NAMES:
        flags = 0 if name.isupper() else re.IGNORECASE
        pattern = r"(?<![\w-])" + re.escape(name) + r"(?![\w-])"
        found.extend((m.start(), code) for m in re.finditer(pattern, text, flags))
    out: list[str] = []
    for _, code in sorted(found):
        if code not in out:
            out.append(code)
    return out
