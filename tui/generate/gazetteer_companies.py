"""Widely known companies (telecoms, energy, shipping, defence, cyber security) that news names
as actors, and online platforms, which are channels or venues of a story, never its actors.

Only unambiguous names: "Shell", "Apple", "Orange" or "Leonardo" are ordinary words or names too.
"""

from __future__ import annotations

#: canonical name -> aliases; merged into gazetteer.ORGANISATIONS as kind "organisation"
COMPANIES: dict[str, tuple[str, ...]] = {
    # telecoms and technology
    "AT&T": (), "Verizon": (), "T-Mobile": (), "Lumen Technologies": (), "Vodafone": (), "Deutsche Telekom": (),
    "Telefonica": ("Telefónica",), "Huawei": (), "ZTE": (), "Cisco": (), "Nokia": (), "Ericsson": (), "Fortinet": (),
    "Ivanti": (), "SolarWinds": (), "Palo Alto Networks": (), "CrowdStrike": (), "Mandiant": (), "Kaspersky": (),
    "ESET": (), "Check Point": (), "Recorded Future": (), "Palantir": (), "SpaceX": (), "Nvidia": (), "TSMC": (),
    # energy
    "Lukoil": (), "Rosneft": (), "Transneft": (), "Novatek": (), "Gazprom Neft": (), "Saudi Aramco": ("Aramco",),
    "ExxonMobil": ("Exxon",), "Chevron": (), "TotalEnergies": (), "Equinor": (), "Naftogaz": (), "Ukrenergo": (),
    "Energoatom": (), "Orlen": (), "Fingrid": (), "Elering": (), "Gasgrid": (),
    # shipping
    "Maersk": (), "Hapag-Lloyd": (), "CMA CGM": (), "Mediterranean Shipping Company": (), "Sovcomflot": (), "COSCO": (),
    # defence industry
    "Boeing": (), "Airbus": (), "Lockheed Martin": (), "Raytheon": ("RTX",), "Northrop Grumman": (), "General Dynamics": (),
    "BAE Systems": (), "Rheinmetall": (), "Thales": (), "Dassault Aviation": (), "Saab": (), "Rostec": (),
    "Almaz-Antey": (), "Uralvagonzavod": (), "Norinco": (), "Elbit Systems": (), "Israel Aerospace Industries": (),
    "Baykar": (), "Anduril": (), "Hanwha Aerospace": (), "Naval Group": (), "KNDS": (), "MBDA": (),
}

#: online platforms and messaging apps: where something was posted, not who acted
PLATFORMS = frozenset(
    {"Telegram", "WhatsApp", "Facebook", "Twitter", "X", "YouTube", "TikTok", "Instagram", "Rumble", "Signal",
     "VKontakte", "VK", "Truth Social", "Threads", "Reddit", "Snapchat", "WeChat", "Weibo", "Discord", "Gab",
     "Parler", "LinkedIn", "Bluesky", "Odnoklassniki", "Viber", "Douyin"}
)
