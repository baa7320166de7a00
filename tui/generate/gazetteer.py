"""Gazetteers for the rule engine: states, capitals and seats of government, demonyms,
well-known organisations and armed groups, leaders, titles, equipment and first names.

General world knowledge, not facts of any one article: the rules combine these lists with
patterns (titles before names, organisation head words, designators) to read news in general.
"""

from __future__ import annotations

from dataclasses import dataclass

from .gazetteer_companies import COMPANIES, PLATFORMS  # noqa: F401 - PLATFORMS re-exported
from .gazetteer_equipment import (  # noqa: F401 - re-exported: one place to look words up
    DESIGNATOR_TYPES,
    NAMED_SYSTEMS,
    CLASS_NOUNS,
    VESSEL_NOUNS,
    SHIP_PREFIXES,
    SHIP_PREFIX_STATES,
    FACILITY_ALIASES,
    FACILITY_HEADS,
)


@dataclass(frozen=True, slots=True)
class State:
    """A state: its canonical name, other names, demonyms, capital and seats of government."""

    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    seats: tuple[str, ...]


# name | aliases | demonyms | capital(s) | seats of government (metonyms of the government)
_STATES = """
Afghanistan||Afghan|Kabul|
Albania||Albanian|Tirana|
Algeria||Algerian|Algiers|
Argentina||Argentine;Argentinian|Buenos Aires|Casa Rosada
Armenia||Armenian|Yerevan|
Australia||Australian|Canberra|
Austria||Austrian|Vienna|
Azerbaijan||Azerbaijani;Azeri|Baku|
Bahrain||Bahraini|Manama|
Bangladesh||Bangladeshi|Dhaka|
Belarus|Byelorussia|Belarusian|Minsk|
Belgium||Belgian|Brussels|
Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo|
Brazil||Brazilian|Brasilia;Brasília|Planalto
Bulgaria||Bulgarian|Sofia|
Burkina Faso|Burkina|Burkinabe|Ouagadougou|
Cambodia||Cambodian|Phnom Penh|
Canada||Canadian|Ottawa|
Chad||Chadian|N'Djamena|
Chile||Chilean|Santiago|
China|People's Republic of China;PRC;mainland China|Chinese|Beijing|Zhongnanhai
Colombia||Colombian|Bogota;Bogotá|
Croatia||Croatian|Zagreb|
Cuba||Cuban|Havana|
Cyprus||Cypriot|Nicosia|
Czech Republic|Czechia|Czech|Prague|
Denmark||Danish|Copenhagen|
Djibouti||Djiboutian|Djibouti City|
Egypt||Egyptian|Cairo|
Eritrea||Eritrean|Asmara|
Estonia||Estonian|Tallinn|
Ethiopia||Ethiopian|Addis Ababa|
Finland||Finnish|Helsinki|
France||French|Paris|Elysee;Élysée;Elysee Palace;Élysée Palace;Quai d'Orsay
Georgia||Georgian|Tbilisi|
Germany||German|Berlin|Bundestag
Greece||Greek|Athens|
Hungary||Hungarian|Budapest|
India||Indian|New Delhi;Delhi|
Indonesia||Indonesian|Jakarta|
Iran|Islamic Republic of Iran|Iranian|Tehran|
Iraq||Iraqi|Baghdad|
Ireland||Irish|Dublin|
Israel||Israeli|Jerusalem;Tel Aviv|Knesset
Italy||Italian|Rome|
Japan||Japanese|Tokyo|
Jordan||Jordanian|Amman|
Kazakhstan||Kazakh|Astana|
Kenya||Kenyan|Nairobi|
Kuwait||Kuwaiti|Kuwait City|
Kyrgyzstan||Kyrgyz|Bishkek|
Latvia||Latvian|Riga|
Lebanon||Lebanese|Beirut|
Libya||Libyan|Tripoli|
Lithuania||Lithuanian|Vilnius|
Malaysia||Malaysian|Kuala Lumpur|
Mali||Malian|Bamako|
Mexico||Mexican|Mexico City|
Moldova||Moldovan|Chisinau|
Mongolia||Mongolian|Ulaanbaatar|
Morocco||Moroccan|Rabat|
Myanmar|Burma|Burmese|Naypyidaw|
Netherlands|Holland|Dutch|Amsterdam;The Hague|
New Zealand||New Zealander|Wellington|
Niger||Nigerien|Niamey|
Nigeria||Nigerian|Abuja|
North Korea|DPRK;Democratic People's Republic of Korea|North Korean|Pyongyang|
Norway||Norwegian|Oslo|
Oman||Omani|Muscat|
Pakistan||Pakistani|Islamabad|
Palestine|Palestinian territories|Palestinian|Ramallah|
Philippines||Philippine;Filipino|Manila|Malacanang
Poland||Polish|Warsaw|
Portugal||Portuguese|Lisbon|
Qatar||Qatari|Doha|
Romania||Romanian|Bucharest|
Russia|Russian Federation|Russian|Moscow|Kremlin;the Kremlin
Saudi Arabia|Kingdom of Saudi Arabia|Saudi|Riyadh|
Serbia||Serbian;Serb|Belgrade|
Singapore||Singaporean||
Slovakia||Slovak|Bratislava|
Somalia||Somali|Mogadishu|
South Africa||South African|Pretoria|
South Korea|Republic of Korea;ROK|South Korean|Seoul|
Spain||Spanish|Madrid|Moncloa
Sudan||Sudanese|Khartoum|
Sweden||Swedish|Stockholm|
Switzerland||Swiss|Bern|
Syria|Syrian Arab Republic|Syrian|Damascus|
Taiwan|Republic of China|Taiwanese|Taipei|
Thailand||Thai|Bangkok|
Tunisia||Tunisian|Tunis|
Turkey|Turkiye;Türkiye|Turkish|Ankara|
Turkmenistan||Turkmen|Ashgabat|
Ukraine||Ukrainian|Kyiv;Kiev|
United Arab Emirates|UAE;Emirates|Emirati|Abu Dhabi|
United Kingdom|UK;U.K.;Britain;Great Britain|British|London|Downing Street;Whitehall
United States|US;U.S.;USA;U.S.A.;America;United States of America|American|Washington;Washington DC;Washington, D.C.|White House;the White House;Oval Office
Uzbekistan||Uzbek|Tashkent|
Venezuela||Venezuelan|Caracas|Miraflores
Vietnam|Viet Nam|Vietnamese|Hanoi|
Yemen||Yemeni|Sanaa;Sana'a|
Kosovo||Kosovar;Kosovan|Pristina|
Guyana||Guyanese|Georgetown|
Suriname||Surinamese|Paramaribo|
Belize||Belizean|Belmopan|
Honduras||Honduran|Tegucigalpa|
El Salvador||Salvadoran|San Salvador|
Costa Rica||Costa Rican|San Jose|
Dominican Republic||Dominican|Santo Domingo|
Jamaica||Jamaican|Kingston|
Uruguay||Uruguayan|Montevideo|
Paraguay||Paraguayan|Asuncion|
Eswatini|Swaziland|Swazi|Mbabane|
Gabon||Gabonese|Libreville|
Equatorial Guinea||Equatoguinean|Malabo|
Burundi||Burundian|Gitega|
Malawi||Malawian|Lilongwe|
Zambia||Zambian|Lusaka|
Montenegro||Montenegrin|Podgorica|
North Macedonia|Macedonia|Macedonian|Skopje|
Slovenia||Slovenian|Ljubljana|
Luxembourg||Luxembourgish||
Iceland||Icelandic|Reykjavik|
Malta||Maltese|Valletta|
Sri Lanka||Sri Lankan|Colombo|
Nepal||Nepalese;Nepali|Kathmandu|
Laos||Lao;Laotian|Vientiane|
Angola||Angolan|Luanda|
Mozambique||Mozambican|Maputo|
Democratic Republic of Congo|DR Congo;DRC;Democratic Republic of the Congo|Congolese|Kinshasa|
Rwanda||Rwandan|Kigali|
Uganda||Ugandan|Kampala|
Tanzania||Tanzanian|Dodoma|
Zimbabwe||Zimbabwean|Harare|
Ghana||Ghanaian|Accra|
Senegal||Senegalese|Dakar|
Cameroon||Cameroonian|Yaounde|
Central African Republic|CAR|Central African|Bangui|
South Sudan||South Sudanese|Juba|
Ecuador||Ecuadorian|Quito|
Peru||Peruvian|Lima|
Bolivia||Bolivian|La Paz|
Nicaragua||Nicaraguan|Managua|
Guatemala||Guatemalan|Guatemala City|
Haiti||Haitian|Port-au-Prince|
Panama||Panamanian|Panama City|
Tajikistan||Tajikistani|Dushanbe|
Guinea||Guinean|Conakry|
Sierra Leone||Sierra Leonean|Freetown|
Liberia||Liberian|Monrovia|
Ivory Coast|Cote d'Ivoire|Ivorian|Abidjan;Yamoussoukro|
Benin||Beninese|Porto-Novo|
Togo||Togolese|Lome|
Mauritania||Mauritanian|Nouakchott|
Namibia||Namibian|Windhoek|
Botswana||Botswanan|Gaborone|
Madagascar||Malagasy|Antananarivo|
Papua New Guinea||Papua New Guinean|Port Moresby|
Fiji||Fijian|Suva|
Brunei||Bruneian||
Bhutan||Bhutanese|Thimphu|
Maldives||Maldivian|Male|
"""


def _parse_states() -> tuple[State, ...]:
    out = []
    for line in _STATES.strip().splitlines():
        name, aliases, demonyms, capitals, seats = (part.strip() for part in line.split("|"))
        split = lambda s: tuple(x.strip() for x in s.split(";") if x.strip())  # noqa: E731
        out.append(State(name, split(aliases), split(demonyms), split(capitals), split(seats)))
    return tuple(out)


STATES: tuple[State, ...] = _parse_states()
STATE_BY_NAME: dict[str, State] = {s.name: s for s in STATES}

#: Regions, seas and continents: places, never actors.
REGIONS: tuple[str, ...] = tuple(
    """Africa|Europe|Asia|Middle East|Mediterranean|Black Sea|Baltic Sea|Baltic|Red Sea|
    Persian Gulf|Gulf of Aden|Arabian Sea|South China Sea|East China Sea|Taiwan Strait|
    Strait of Hormuz|Bab el-Mandeb|Indian Ocean|Pacific|Atlantic|Arctic|Balkans|Caucasus|
    Sahel|Horn of Africa|Central Asia|Latin America|North Africa|West Africa|East Africa|
    Gaza|Gaza Strip|West Bank|Golan Heights|Crimea|Donbas|Donbass|Donetsk|Luhansk|Kherson|
    Zaporizhzhia|Kharkiv|Odesa|Odessa|Mariupol|Bakhmut|Avdiivka|Kursk|Belgorod|Sevastopol|
    Idlib|Aleppo|Homs|Hama|Latakia|Tartus|Deir ez-Zor|Raqqa|Kashmir|Tigray|Darfur|
    Nagorno-Karabakh|Transnistria|Kaliningrad|Scandinavia|Western Europe|Eastern Europe|
    Indo-Pacific|Korean Peninsula|Hong Kong|Xinjiang|Tibet|Siberia""".replace("\n", "").split("|")
)
REGIONS = tuple(r.strip() for r in REGIONS if r.strip())

#: Well-known organisations: canonical name -> (kind, aliases). Acronyms are matched exactly.
ORGANISATIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "NATO": ("organisation", ("North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "Nato")),
    "United Nations": ("organisation", ("UN", "U.N.")),
    "UN Security Council": ("organisation", ("Security Council", "UNSC")),
    "European Union": ("organisation", ("EU",)),
    "European Commission": ("organisation", ()),
    "African Union": ("organisation", ("AU",)),
    "ASEAN": ("organisation", ("Association of Southeast Asian Nations",)),
    "G7": ("organisation", ("Group of Seven",)),
    "G20": ("organisation", ("Group of 20", "Group of Twenty")),
    "International Atomic Energy Agency": ("organisation", ("IAEA",)),
    "International Criminal Court": ("organisation", ("ICC",)),
    "International Monetary Fund": ("organisation", ("IMF",)),
    "World Health Organization": ("organisation", ("WHO", "World Health Organisation")),
    "International Committee of the Red Cross": ("organisation", ("ICRC", "Red Cross")),
    "OPEC": ("organisation", ()),
    "Organization for Security and Co-operation in Europe": ("organisation", ("OSCE",)),
    "Institute for the Study of War": ("organisation", ("ISW",)),
    "Pentagon": ("government", ("the Pentagon", "US Department of Defense", "Department of Defense", "DoD", "Defense Department", "US Defense Department")),
    "People's Liberation Army": ("military", ("PLA",)),
    "Armed Forces of Ukraine": ("military", ("Ukrainian Armed Forces",)),
    "UN peacekeepers": ("military", ("UN peacekeeping force", "UN peacekeeping mission")),
    "State Department": ("government", ("US State Department", "Department of State")),
    "Central Intelligence Agency": ("government", ("CIA",)),
    "Federal Bureau of Investigation": ("government", ("FBI",)),
    "National Security Agency": ("government", ("NSA",)),
    "Cybersecurity and Infrastructure Security Agency": ("government", ("CISA",)),
    "National Cyber Security Centre": ("government", ("NCSC",)),
    "GCHQ": ("government", ()),
    "MI6": ("government", ("Secret Intelligence Service",)),
    "MI5": ("government", ()),
    "FSB": ("government", ("Federal Security Service",)),
    "GRU": ("military unit", ()),
    "SVR": ("government", ()),
    "Mossad": ("government", ()),
    "Israel Defense Forces": ("military", ("IDF", "Israel Defence Forces", "Israeli Defense Forces")),
    "Islamic Revolutionary Guard Corps": ("military", ("IRGC", "Revolutionary Guards", "Revolutionary Guard")),
    "Hamas": ("armed group", ()),
    "Hezbollah": ("armed group", ("Hizbollah",)),
    "Hayat Tahrir al-Sham": ("armed group", ("HTS", "Hayat al-Tahrir al-Sham")),
    "Islamic State": ("armed group", ("ISIS", "ISIL", "Islamic State group", "Daesh")),
    "al-Qaeda": ("armed group", ("al Qaeda", "Al-Qaeda", "Al Qaeda")),
    "Taliban": ("armed group", ("the Taliban",)),
    "Houthis": ("armed group", ("Houthi", "Houthi rebels", "Ansar Allah", "the Houthis")),
    "Wagner Group": ("armed group", ("Wagner",)),
    "Africa Corps": ("military", ()),
    "Rapid Support Forces": ("armed group", ("RSF",)),
    "Kurdistan Workers' Party": ("armed group", ("PKK",)),
    "Syrian Democratic Forces": ("armed group", ("SDF",)),
    "al-Shabaab": ("armed group", ("Al-Shabaab", "al Shabaab", "Al Shabaab", "al-Shabab", "Al-Shabab", "al Shabab", "Al Shabab")),
    "Boko Haram": ("armed group", ()),
    "Palestinian Islamic Jihad": ("armed group", ("Islamic Jihad",)),
    "Microsoft": ("organisation", ()),
    "Google": ("organisation", ()),
    "Mandiant": ("organisation", ()),
    "CrowdStrike": ("organisation", ()),
    "Reuters": ("media", ()),
    "Associated Press": ("media", ("AP",)),
    "Agence France-Presse": ("media", ("AFP",)),
    "BBC": ("media", ()),
    "CNN": ("media", ()),
    "Al Jazeera": ("media", ()),
    "TASS": ("media", ()),
    "RIA Novosti": ("media", ()),
    "Interfax": ("media", ()),
    "Xinhua": ("media", ()),
    "Conservative Party": ("political party", ("Conservatives", "Tories", "Tory party")),
    "Labour Party": ("political party", ("Labour",)),
    "Liberal Democrats": ("political party", ("Lib Dems",)),
    "Democratic Party": ("political party", ("Democrats",)),
    "Republican Party": ("political party", ("Republicans", "GOP")),
    "Congress": ("organisation", ("US Congress",)),
    "Senate": ("organisation", ("US Senate",)),
    "Lazarus Group": ("armed group", ("Lazarus",)),
    "Jama'at Nusrat al-Islam wal-Muslimin": ("armed group", ("JNIM", "Jamaat Nusrat al-Islam wal-Muslimin", "Jama'a Nusrat ul-Islam wa al-Muslimin", "Group for the Support of Islam and Muslims")),
    "Islamic State West Africa Province": ("armed group", ("ISWAP",)),
    "Kataeb Hezbollah": ("armed group", ("Kataib Hezbollah", "Kata'ib Hezbollah")),
    "Kataeb Sayyid al-Shuhada": ("armed group", ("Kataib Sayyid al-Shuhada",)),
    "Popular Mobilization Forces": ("armed group", ("PMF", "Popular Mobilisation Forces", "Hashd al-Shaabi")),
    "Islamic Resistance in Iraq": ("armed group", ()),
    "E3": ("organisation", ("E3 countries", "European troika")),
    "United Kingdom Maritime Trade Operations": ("military", ("UKMTO", "UK Maritime Trade Operations")),
    "African Union Mission in Somalia": ("military", ("AMISOM",)),
    "African Union Transition Mission in Somalia": ("military", ("ATMIS",)),
    "Danab": ("military unit", ()),
    "Rosatom": ("organisation", ()),
    "Gazprom": ("organisation", ()),
    "Main Directorate of Intelligence": ("government", ("HUR", "GUR", "Defence Intelligence of Ukraine", "Defense Intelligence of Ukraine", "Ukrainian military intelligence agency", "Ukraine's military intelligence agency")),
    "Security Service of Ukraine": ("government", ("SBU",)),
    "Arakan Army": ("armed group", ()),
    "Tatmadaw": ("military", ()),
    "Tigray People's Liberation Front": ("armed group", ("TPLF",)),
    "M23": ("armed group", ("March 23 Movement",)),
    "Sandworm": ("military unit", ()),
}
for _company, _aliases in COMPANIES.items():
    ORGANISATIONS.setdefault(_company, ("organisation", _aliases))

#: Collective, unnamed non-state fighters merged into one actor per text.
REBEL_NOUNS = (
    "rebels", "insurgents", "militants", "jihadists", "militia", "militias", "militia alliance",
    "opposition fighters", "opposition forces", "opposition leaders", "opposition groups",
    "separatists", "guerrillas", "fighters",
)

#: Words that end an organisation name ("... Institute", "Ministry of ...").
ORG_HEADS = frozenset(
    """Institute Ministry Department Agency Council Committee Commission Party Army Navy Corps
    Guard Guards Group Front Brigade Brigades Battalion Division Regiment Fleet Movement
    Organisation Organization Union Alliance University Bank Company Corporation Inc Ltd Bureau
    Office Service Services Command Centre Center Foundation Association Federation Court
    Parliament Assembly Congress Senate Cabinet Coalition Forces Force Police Authority
    Administration Directorate Observatory Tribunal Secretariat Network Institution Academy
    Press Times Post News Agency Intelligence Gendarmerie Legion Battalions Staff Trust Hospital
    College School Laboratory Laboratories Labs Clinic Hub Chiefs Consortium Foundation Fund Programme
    Program Mission Initiative Technologies Industries Systems Communications Telecom Airlines Holdings
    Motors Energy Dynamics Aerospace Electronics Networks Corp Petroleum Railways Airways
    Mining Refining Petrochemicals Pharmaceuticals Software""".split()
)

#: Other names of people in LEADERS ("better known as ...").
LEADER_ALIASES: dict[str, str] = {
    "Abu Mohammed al-Jolani": "Ahmed al-Sharaa",
    "Abu Mohammad al-Julani": "Ahmed al-Sharaa",
    "Hemedti": "Mohamed Hamdan Dagalo",
    "MBS": "Mohammed bin Salman",
}

#: National armed forces with a proper name: "the Israeli military" is the IDF.
NATIONAL_FORCES: dict[str, str] = {
    "Israel": "Israel Defense Forces",
    "China": "People's Liberation Army",
}

#: Heads of state and government and other public figures that news names by surname alone.
#: name -> (state, role)
LEADERS: dict[str, tuple[str, str]] = {
    "Vladimir Putin": ("Russia", "President of Russia"),
    "Dmitry Peskov": ("Russia", "Kremlin spokesman"),
    "Sergei Lavrov": ("Russia", "Foreign Minister of Russia"),
    "Sergei Shoigu": ("Russia", "Secretary of Russia's Security Council"),
    "Andrei Belousov": ("Russia", "Defence Minister of Russia"),
    "Valery Gerasimov": ("Russia", "Chief of the Russian General Staff"),
    "Dmitry Medvedev": ("Russia", "Deputy Chairman of Russia's Security Council"),
    "Maria Zakharova": ("Russia", "Russian Foreign Ministry spokeswoman"),
    "Volodymyr Zelensky": ("Ukraine", "President of Ukraine"),
    "Bashar al-Assad": ("Syria", "President of Syria"),
    "Ahmed al-Sharaa": ("Syria", "leader of Syria"),
    "Mohamed Hamdan Dagalo": ("Sudan", "RSF commander"),
    "Joe Biden": ("United States", "President of the United States"),
    "Donald Trump": ("United States", "President of the United States"),
    "Barack Obama": ("United States", "President of the United States"),
    "Kamala Harris": ("United States", "Vice President of the United States"),
    "Antony Blinken": ("United States", "Secretary of State"),
    "Marco Rubio": ("United States", "Secretary of State"),
    "Lloyd Austin": ("United States", "Defense Secretary"),
    "Pete Hegseth": ("United States", "Defense Secretary"),
    "Keir Starmer": ("United Kingdom", "Prime Minister of the United Kingdom"),
    "Rishi Sunak": ("United Kingdom", "Prime Minister of the United Kingdom"),
    "David Cameron": ("United Kingdom", "Prime Minister of the United Kingdom"),
    "Boris Johnson": ("United Kingdom", "Prime Minister of the United Kingdom"),
    "David Lammy": ("United Kingdom", "Foreign Secretary"),
    "Emmanuel Macron": ("France", "President of France"),
    "Olaf Scholz": ("Germany", "Chancellor of Germany"),
    "Friedrich Merz": ("Germany", "Chancellor of Germany"),
    "Xi Jinping": ("China", "President of China"),
    "Wang Yi": ("China", "Foreign Minister of China"),
    "Kim Jong Un": ("North Korea", "Leader of North Korea"),
    "Benjamin Netanyahu": ("Israel", "Prime Minister of Israel"),
    "Recep Tayyip Erdogan": ("Turkey", "President of Turkey"),
    "Ali Khamenei": ("Iran", "Supreme Leader of Iran"),
    "Narendra Modi": ("India", "Prime Minister of India"),
    "Alexander Lukashenko": ("Belarus", "President of Belarus"),
    "Mohammed bin Salman": ("Saudi Arabia", "Crown Prince of Saudi Arabia"),
    "Ursula von der Leyen": ("European Union", "President of the European Commission"),
    "Mark Rutte": ("NATO", "NATO Secretary General"),
    "Jens Stoltenberg": ("NATO", "NATO Secretary General"),
    "Antonio Guterres": ("United Nations", "UN Secretary-General"),
    "Yevgeny Prigozhin": ("Russia", "Wagner Group founder"),
}

#: Titles and roles that come before a person's name ("President", "Kremlin spokesman").
TITLES = tuple(
    """President|Vice President|Prime Minister|Deputy Prime Minister|Foreign Minister|
    Defence Minister|Defense Minister|Interior Minister|Minister|Secretary of State|
    Foreign Secretary|Defence Secretary|Defense Secretary|Home Secretary|Secretary|
    Chancellor|King|Queen|Prince|Crown Prince|Sheikh|Emir|Ayatollah|Pope|Senator|Sen.|Rep.|
    Representative|Governor|Mayor|Ambassador|General|Gen.|Lieutenant General|Lt Gen|
    Lt. Gen.|Major General|Maj. Gen.|Brigadier|Colonel|Col.|Admiral|Adm.|Vice Admiral|
    Rear Admiral|Captain|Capt.|Commander|Major|Lieutenant|Sergeant|Chief|Director|
    Director General|Secretary General|Secretary-General|Chairman|Chairwoman|Chair|Speaker|
    CEO|spokesman|spokeswoman|spokesperson|envoy|special envoy|leader|commander|chief|
    minister|president|prime minister|foreign minister|defence minister|defense minister|
    secretary|ambassador|official|analyst|researcher|adviser|advisor|aide|negotiator|
    lawmaker|MP|senator|general|admiral|colonel|director|chairman|founder|head|governor|mayor|
    chief executive|executive|regional governor|chief of staff|counterpart|billionaire|tycoon|oligarch|
    businessman|businesswoman|opposition leader|Opposition leader|candidate|presidential candidate|nominee|
    challenger|incumbent|personality|TV personality|journalist|reporter|correspondent|activist|presenter|blogger|
    lawyer|attorney|judge|prosecutor|scientist|economist|historian|writer|author|singer|editor|commentator|
    cleric|imam|priest|dissident|whistleblower|
    Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Dr|Dr.|Prof.|Professor|
    Vice Adm.|Vice Adm|Rear Adm.|Rear Adm|Lt Col|Lt. Col.|Lt.-Col.|Lt-Col|Lieutenant Colonel|Lt. Gen|Lt-Gen|
    Maj Gen|Maj.-Gen.|Maj-Gen|Brig. Gen.|Brig Gen|Brig.-Gen.|Brigadier General|Lt.|Lt|Col|Gen|Adm|Maj.|Maj|
    Capt|Sgt.|Sgt|Staff Sgt.|Cmdr.|Cmdr|Cdr.|Cdr|Cpl.|Cpl|Pvt.|Pvt""".replace("\n", "").split("|")
)
# sentence-initial "Spokesman Gan Yu" as well as "spokesman Gan Yu"
TITLES = tuple(sorted({t.strip() for t in TITLES if t.strip()} | {t.strip()[0].upper() + t.strip()[1:] for t in TITLES if t.strip()}, key=len, reverse=True))

#: Words that end geographic names ("Second Thomas Shoal"): never part of a person's name.
GEO_HEADS = ("Shoal", "Reef", "Island", "Islands", "Strait", "Sea", "River", "Valley", "Bay", "Gulf", "Lake",
             "Peninsula", "Desert", "Plateau", "Heights", "Pass", "Canal", "Mountains", "Mountain", "Coast", "Delta")

#: Frequent English words that start sentences in capitals but are not names.
COMMON_CAPITALISED = frozenset(
    """a an the but and or nor so yet for in on at by to of from with without after before
    during since until while when where whereas whether if as though although because then
    there here this that these those it its he she his her they their them we our us you your
    i my me who whom whose which what how why some any many much more most several few all
    each every both either neither no not one two three four five six seven eight nine ten
    first second third last next old other another such only also even still just
    asked speaking according meanwhile however instead despite amid among against under over
    into onto upon about above below between beyond within across along around near through
    throughout toward towards via per mr mrs ms dr monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october
    november december today yesterday tomorrow last earlier later now once again geolocated
    satellite imagery footage reports report officials official sources source analysts
    experts military government president minister spokesman according do does did is are was
    were be been being have has had will would could should might must can may shall
    yes ok okay of course while further separately elsewhere overall nonetheless
    nevertheless indeed moreover furthermore thus hence therefore still""".split()
)

#: Common given names from many languages: a capitalised pair starting with one is a person.
FIRST_NAMES = frozenset(
    """Aaron Abdul Abdullah Abu Adam Adrian Ahmad Ahmed Aisha Alan Alastair Alex Alexander
    Alexandr Alexei Alexey Ali Alice Alicia Alina Alisher Amir Amy Ana Anatoly Andrei Andrew
    Andriy Andrzej Angela Ann Anna Anne Annalena Antonio Antony Anthony Arkady Arseniy Ashraf
    Avigdor Ayman Barack Bashar Ben Benjamin Bernard Bill Bob Boris Brian Bruce Carl Carlos
    Catherine Charles Chris Christian Christopher Claire Daniel Dario David Denis Dmitri Dmitry
    Dmytro Donald Ehud Elena Elizabeth Emmanuel Emily Eric Erik Fatima Felix Francis Frank
    Friedrich Gabriel Gary George Gennady Gerhard Giorgia Grant Gregory Hakan Hamad Hamid
    Hans Hassan Heinrich Helen Hossein Hu Ibrahim Igor Ihor Ilham Isaac Ismail Ivan Jack
    Jacob Jake James Jan Jane Jason Javier Jean Jeff Jennifer Jens Jeremy Jessica Jim Joe
    John Jonathan Jorge Jose Joseph Josep Juan Julia Kamala Karim Karl Kate Keir Kevin
    Khalid Kim Kiril Kirill Kirilo Kristen Kyrylo Laura Leon Leonid Li Lin Linda Liz Lloyd
    Luis Lyudmila Mahmoud Marco Margaret Maria Marie Mark Martin Mary Masoud Matthew Max
    Maxim Mehmet Michael Michel Miguel Mikhail Mike Mohamed Mohammad Mohammed Muhammad Mustafa
    Nancy Naftali Nasser Natalia Nathan Nicholas Nick Nicolas Nikolai Nikita Olaf Oleg
    Milan Nikol Jeyhun Ararat Albin Aleksandar Aleksandr Mohamed Souleymane Assimi Yahya Ciaran Fatih
    Oleksandr Oleksii Olena Olga Omar Oscar Pablo Patrick Paul Pavel Pedro Pete Peter Petro
    Philip Pierre Qasem Rachel Rafael Ramzan Recep Richard Rishi Robert Roman Ron Rustem
    Ryan Saad Said Salman Sam Samuel Sara Sarah Scott Sebastian Sergei Sergey Serhiy Simon
    Sophie Stephen Steve Steven Susan Tatiana Thomas Tim Timothy Tom Tony Ursula Valentina
    Valery Vasily Victor Viktor Vitali Vitaly Vladimir Vladislav Volodymyr Walter Wang
    William Xi Yair Yaroslav Yasser Yevgeny Yoav Yolanda Yulia Yuri Yury Zhang Zoran""".split()
)
