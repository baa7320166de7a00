"""Equipment word lists for the asset rules: designator prefixes, named systems, class nouns,
vessel nouns and ship prefixes, facility heads. Re-exported by :mod:`.gazetteer`."""

from __future__ import annotations

#: Equipment designator prefixes -> asset type ("Il-76" -> military transport aircraft).
DESIGNATOR_TYPES: dict[str, str] = {
    "Il": "military transport aircraft", "An": "military transport aircraft",
    "C": "military transport aircraft", "KC": "tanker aircraft", "A": "military transport aircraft",
    "Su": "combat aircraft", "MiG": "combat aircraft", "F": "combat aircraft", "J": "combat aircraft",
    "Tu": "bomber", "B": "bomber", "H": "bomber", "E": "surveillance aircraft",
    "P": "maritime patrol aircraft", "RC": "surveillance aircraft", "U": "surveillance aircraft",
    "Mi": "helicopter", "Ka": "helicopter", "AH": "helicopter", "UH": "helicopter",
    "CH": "helicopter", "MH": "helicopter", "V": "aircraft",
    "S": "air defence system", "Tor": "air defence system", "Buk": "air defence system",
    "Pantsir": "air defence system", "HQ": "air defence system", "IRIS": "air defence system",
    "SA": "air defence system",
    "T": "tank", "BMP": "armoured vehicle", "BTR": "armoured vehicle", "BMD": "armoured vehicle",
    "M": "vehicle", "K": "vehicle", "BM": "rocket launcher", "TOS": "rocket launcher",
    "Kh": "missile", "KN": "missile", "DF": "missile", "AGM": "missile", "AIM": "missile",
    "RS": "missile", "R": "missile", "Iskander": "missile system",
    "Hwasong": "missile", "Shahed": "drone", "Geran": "drone", "MQ": "drone", "RQ": "drone",
    "TB": "drone", "Orlan": "drone", "Lancet": "drone", "Mohajer": "drone",
    "Type": "vessel", "Zircon": "missile", "Fateh": "missile",
}

#: Named weapon systems with no designator.
NAMED_SYSTEMS: dict[str, str] = {
    "HIMARS": "rocket launcher", "ATACMS": "missile", "Patriot": "air defence system",
    "NASAMS": "air defence system", "IRIS-T": "air defence system", "THAAD": "air defence system",
    "Iron Dome": "air defence system", "David's Sling": "air defence system",
    "Storm Shadow": "missile", "SCALP": "missile", "Taurus": "missile", "Tomahawk": "missile",
    "Harpoon": "missile", "Neptune": "missile", "Kalibr": "missile", "Kinzhal": "missile",
    "Oniks": "missile", "Javelin": "missile", "Stinger": "missile", "NLAW": "missile",
    "Bayraktar TB2": "drone", "Bayraktar": "drone", "Switchblade": "drone", "Reaper": "drone",
    "Global Hawk": "drone", "Leopard 2": "tank", "Leopard": "tank", "Abrams": "tank",
    "M1 Abrams": "tank", "Challenger 2": "tank", "Bradley": "armoured vehicle",
    "Stryker": "armoured vehicle", "Humvee": "military vehicle", "MRAP": "armoured vehicle", "Caesar": "artillery", "Excalibur": "artillery shell",
    "Aegis": "air defence system", "Starlink": "infrastructure", "Gripen": "combat aircraft",
    "Rafale": "combat aircraft", "Eurofighter Typhoon": "combat aircraft", "Mirage": "combat aircraft",
    # more widely fielded systems known by a name (words that are also common words or
    # surnames, such as Archer, Tornado or Arrow, are left out on purpose)
    "SAMP/T": "air defence system", "Gepard": "air defence system",
    "Marder": "armoured vehicle", "CV90": "armoured vehicle", "PzH 2000": "artillery",
    "Krab": "artillery", "Grad": "rocket launcher", "Smerch": "rocket launcher",
    "Uragan": "rocket launcher", "Tornado-S": "rocket launcher", "Krasukha": "electronic warfare system",
    "Sarmat": "missile", "Yars": "missile", "Bulava": "missile", "Avangard": "missile",
    "Burevestnik": "missile", "Hellfire": "missile", "Sidewinder": "missile", "AMRAAM": "missile",
    "Brimstone": "missile", "Arrow 3": "air defence system", "Arrow-3": "air defence system",
    "AWACS": "surveillance aircraft", "Poseidon": "maritime patrol aircraft",
}

#: Class nouns of equipment, for counted mentions ("120 drones", "two frigates").
CLASS_NOUNS: dict[str, str] = {
    "drones": "drone", "drone": "drone", "UAVs": "drone", "UAV": "drone", "unmanned aerial vehicles": "drone",
    "unmanned aerial vehicle": "drone", "missiles": "missile", "missile": "missile",
    "ballistic missiles": "missile", "cruise missiles": "missile", "rockets": "missile",
    "ballistic missile": "missile", "cruise missile": "missile",
    "tanks": "tank", "armoured vehicles": "armoured vehicle", "armored vehicles": "armoured vehicle",
    "helicopters": "helicopter", "fighter jets": "combat aircraft", "jets": "combat aircraft",
    "warplanes": "combat aircraft", "bombers": "bomber", "aircraft": "aircraft",
    "transport aircraft": "military transport aircraft",
    "military transport aircraft": "military transport aircraft",
    "warships": "vessel", "warship": "vessel", "ships": "vessel", "vessels": "vessel",
    "frigates": "vessel", "frigate": "vessel", "destroyers": "vessel", "destroyer": "vessel",
    "submarines": "vessel", "submarine": "vessel", "corvettes": "vessel", "corvette": "vessel",
    "patrol boats": "vessel", "coast guard vessels": "vessel", "tankers": "vessel",
    "aircraft carrier": "vessel", "aircraft carriers": "vessel", "landing ships": "vessel",
    "artillery": "artillery", "howitzers": "artillery", "air defence systems": "air defence system",
    "air defense systems": "air defence system", "launchers": "missile system",
    "air defence system": "air defence system", "air defense system": "air defence system",
    "unmanned boats": "drone", "naval drones": "drone", "sea drones": "drone", "sea drone": "drone",
    "boats": "vessel", "surface-to-air missiles": "missile", "surface-to-air missile": "missile",
    "mortars": "artillery", "rocket launchers": "rocket launcher", "machine guns": "weapon",
    "rifles": "weapon", "grenades": "weapon", "explosives": "weapon", "anti-tank weapons": "weapon",
    "armoured personnel carriers": "armoured vehicle", "armored personnel carriers": "armoured vehicle",
    "survey ship": "vessel", "survey ships": "vessel", "research vessel": "vessel", "spy ship": "vessel",
    "fishing vessels": "vessel", "surveillance aircraft": "surveillance aircraft", "reconnaissance aircraft": "surveillance aircraft",
    "balloons": "balloon", "surveillance balloons": "balloon", "spy balloons": "balloon", "surveillance balloon": "balloon",
    "spy balloon": "balloon",
    "production facilities": "facility", "missile production facilities": "facility",
    "car bombs": "weapon", "truck bombs": "weapon", "car bomb": "weapon", "truck bomb": "weapon", "bombs": "weapon",
    "improvised explosive devices": "weapon", "suicide vests": "weapon", "improvised explosive device": "weapon",
    "IED": "weapon", "IEDs": "weapon", "roadside bomb": "weapon", "roadside bombs": "weapon", "bomb": "weapon",
    "strategic drones": "drone", "pagers": "device", "walkie-talkies": "device", "handheld radios": "device",
    "storage tanks": "facility", "oil storage tanks": "facility", "fuel tanks": "facility", "oil tanks": "facility",
    "anti-aircraft batteries": "air defence system", "air defence batteries": "air defence system",
    "air defense batteries": "air defence system", "batteries": "air defence system",
    "weapons production sites": "facility", "production sites": "facility", "weapons depots": "facility",
    "ammunition depots": "facility", "arms depots": "facility", "command posts": "facility",
    "chemical weapons": "weapon", "nuclear weapons": "weapon", "warheads": "weapon",
    "servers": "infrastructure", "routers": "infrastructure", "cables": "infrastructure",
    "undersea cables": "infrastructure", "telecommunications cables": "infrastructure",
    "pipelines": "infrastructure", "power lines": "infrastructure",
    "military facilities": "facility", "air bases": "air base", "military bases": "military base", "naval bases": "naval base",
    "pickup trucks": "armed vehicle", "technicals": "armed vehicle", "telecommunications lines": "infrastructure",
    "data cables": "infrastructure", "communications cables": "infrastructure", "munitions": "weapon",
    "air-defense systems": "air defence system", "air-defence systems": "air defence system",
    "unmanned aerial vehicles": "drone", "containment structures": "facility",
    **{f"{kind}{sep}{word} system{pl}": "air defence system" for kind in ("anti-aircraft", "anti-missile", "missile", "air")
       for sep, word in ((" ", "defence"), (" ", "defense"), ("-", "defence"), ("-", "defense")) for pl in ("", "s")},
    "anti-aircraft system": "air defence system", "anti-aircraft systems": "air defence system",
    "anti-aircraft missile system": "air defence system", "anti-aircraft missile systems": "air defence system",
}

#: Vessel class nouns that introduce a ship's name ("the destroyer USS Carney").
VESSEL_NOUNS = (
    "destroyer", "frigate", "cruiser", "corvette", "submarine", "aircraft carrier", "carrier",
    "warship", "patrol vessel", "patrol boat", "tanker", "cargo ship", "container ship",
    "vessel", "ship", "landing ship", "supply boat", "fishing boat", "boat", "dhow", "yacht", "car carrier", "bulk carrier", "freighter", "trawler", "ferry", "icebreaker", "research vessel", "bulk carrier",
    "bulker", "supertanker", "flagship", "merchant vessel", "merchant ship", "cargo vessel", "LNG carrier", "gas carrier", "tugboat", "dredger",
)
SHIP_PREFIXES = ("USS", "HMS", "INS", "HMAS", "HMCS", "HNLMS", "FGS", "ITS", "JS", "ROKS", "RFS", "PLANS", "BRP", "TCG", "KRI", "MV", "MT", "SS",
                 "CNS", "HMNZS", "ORP", "HNoMS", "HSwMS", "HDMS", "ESPS", "NRP", "ARA", "PNS", "RSS", "HTMS", "KNM", "USNS", "FS", "BAP", "BNS",
                 "ML", "MY", "M/V", "M/T")
#: the navy (state) a ship prefix names: "USS Chung-Hoon" is a United States ship
SHIP_PREFIX_STATES = {
    "USS": "United States", "USNS": "United States", "USCGC": "United States", "HMS": "United Kingdom", "INS": "India",
    "HMAS": "Australia", "HMCS": "Canada", "HNLMS": "Netherlands", "FGS": "Germany", "ITS": "Italy", "JS": "Japan",
    "ROKS": "South Korea", "RFS": "Russia", "PLANS": "China", "BRP": "Philippines", "TCG": "Turkey", "KRI": "Indonesia",
    "HMNZS": "New Zealand", "ORP": "Poland", "HNoMS": "Norway", "KNM": "Norway", "HSwMS": "Sweden", "HDMS": "Denmark",
    "ESPS": "Spain", "NRP": "Portugal", "ARA": "Argentina", "PNS": "Pakistan", "RSS": "Singapore", "HTMS": "Thailand",
    "FS": "France", "BAP": "Peru", "BNS": "Bangladesh",
}

#: Heads of facility names ("Khmeimim Air Base", "Port of Tartus").
FACILITY_HEADS: dict[str, str] = {
    "Air Base": "air base", "Airbase": "air base", "air base": "air base", "airbase": "air base",
    "Air Force Base": "air base", "Airfield": "air base", "airfield": "air base",
    "Naval Base": "naval base", "naval base": "naval base", "Naval Station": "naval base",
    "Navy Base": "naval base", "maritime base": "naval base", "military base": "military base",
    "Air Force Station": "air base", "Space Force Station": "spaceport", "Air Station": "air base",
    "Naval Air Station": "air base",
    "Military Base": "military base", "Base": "military base", "Airport": "airport",
    "airport": "airport", "Port": "port", "port": "port", "Harbour": "port", "Harbor": "port",
    "Shipyard": "facility", "shipyard": "facility", "Dockyard": "facility", "Refinery": "facility",
    "refinery": "facility", "Power Plant": "facility", "power plant": "facility",
    "Nuclear Power Plant": "facility", "nuclear power plant": "facility", "Dam": "infrastructure",
    "Bridge": "infrastructure", "bridge": "infrastructure", "Pipeline": "infrastructure",
    "pipeline": "infrastructure", "facility": "facility", "Facility": "facility",
    "Plant": "facility", "plant": "facility", "depot": "facility", "Depot": "facility",
    "Terminal": "facility", "terminal": "facility", "complex": "facility", "Complex": "facility", "camp": "camp", "Camp": "camp",
    "aerodrome": "air base", "Aerodrome": "air base", "gas hub": "facility", "logistics hub": "facility",
    "transport hub": "facility", "power station": "facility", "Power Station": "facility",
    "Space Station": "spaceport", "Space Center": "spaceport", "Space Centre": "spaceport", "Spaceport": "spaceport",
    "Cosmodrome": "spaceport", "Launch Center": "spaceport", "Launch Centre": "spaceport", "Launching Station": "spaceport", "gas project": "facility", "LNG project": "facility",
    "hydropower project": "hydroelectric plant", "Hydropower Project": "hydroelectric plant", "air force base": "air base",
    "airstrip": "air base", "Airstrip": "air base", "seaport": "port", "Seaport": "port",
    "oil field": "facility", "gas field": "facility", "oilfield": "facility", "gasfield": "facility", "Oil Field": "facility",
    "Gas Field": "facility", "Oilfield": "facility", "Gasfield": "facility",
    # ranges and test sites named by their place ("the Plesetsk cosmodrome", "Kura training ground")
    "cosmodrome": "spaceport", "training ground": "military base", "Training Ground": "military base",
    "training area": "military base", "Training Area": "military base", "test site": "test site", "Test Site": "test site",
    "testing ground": "test site", "proving ground": "test site", "Proving Ground": "test site", "test range": "test site",
    "Test Range": "test site", "firing range": "test site", "missile range": "test site", "Missile Range": "test site",
    # power plants by their Soviet-style abbreviations ("the Ladyzhyn TPP", "Kakhovka HPP", "Zaporizhzhia NPP")
    "TPP": "facility", "HPP": "facility", "NPP": "facility", "CHP": "facility", "CHPP": "facility",
    "prison": "facility", "Prison": "facility", "detention centre": "facility", "jail": "facility", "Cable": "infrastructure", "cable": "infrastructure",
}

#: Other names of well-known facilities: the key of the first is the key of the second.
FACILITY_ALIASES: dict[str, str] = {
    "crimean": "kerch",
    "crimea": "kerch",
    "hmeimim": "khmeimim",
    "zaporizhia": "zaporizhzhia",
    "zaporozhye": "zaporizhzhia",
}
