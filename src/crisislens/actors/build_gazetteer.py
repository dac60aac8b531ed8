"""Generate ``data/states.tsv`` (every state: code, names, demonyms, capitals, places).

Why a generator: the facts come from three sources that each miss something
(pycountry has the ISO codes and official names, the text_to_CAMEO country list
has the short names news uses, PETRARCH-2's country dictionary has adjectives,
spelling variants and major cities). Merging them by hand would go stale and
could not be re-checked; this script is re-run when a source changes and its
output, ``states.tsv``, is committed. The product reads only the TSV, never
/work/shared.

Run: ``python -m crisislens.actors.build_gazetteer [/path/to/shared/reference]``
"""

from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace

import pycountry

from crisislens.model import fold

DATA = Path(__file__).with_name("data")
DEFAULT_REF = Path("/work/shared/reference")

# The short name news uses for a state when pycountry's is a formal one.
SHORT_NAMES = {
    "RUS": "Russia", "IRN": "Iran", "KOR": "South Korea", "PRK": "North Korea", "SYR": "Syria",
    "VEN": "Venezuela", "TWN": "Taiwan", "PSE": "Palestine", "BOL": "Bolivia", "TZA": "Tanzania",
    "VNM": "Vietnam", "LAO": "Laos", "MDA": "Moldova", "CZE": "Czech Republic", "FSM": "Micronesia",
    "COD": "Democratic Republic of the Congo", "COG": "Republic of the Congo", "BRN": "Brunei",
    "CPV": "Cape Verde", "SWZ": "Eswatini", "MKD": "North Macedonia", "VAT": "Vatican",
    "USA": "United States", "GBR": "United Kingdom", "TUR": "Türkiye", "CIV": "Ivory Coast",
}
# Extra names news uses that none of the sources lists in this form.
EXTRA_NAMES = {
    "USA": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain"],
    "TUR": ["Turkey", "Turkiye", "Türkiye", "Republic of Türkiye"],
    "ARE": ["UAE", "U.A.E.", "Emirates"], "RUS": ["Russian Federation"], "CHN": ["PRC"],
    "IND": ["Bharat"], "CZE": ["Czechia"], "NLD": ["Holland"], "MMR": ["Burma"],
    "SAU": ["KSA"], "KOR": ["ROK"], "PRK": ["DPRK"], "COD": ["DRC", "DR Congo"],
}
# Adjectives/demonyms: the ones PETRARCH's list lacks or that are irregular.
DEMONYMS = {
    "USA": ["American", "Americans", "US", "U.S."], "GBR": ["British", "Briton", "Britons", "UK", "U.K."],
    "FRA": ["French", "Frenchman"], "NLD": ["Dutch"], "CHE": ["Swiss"], "GRC": ["Greek", "Greeks"],
    "TUR": ["Turkish", "Turk", "Turks"], "ARE": ["Emirati", "Emiratis", "UAE"], "DEU": ["German", "Germans"],
    "CHN": ["Chinese"], "JPN": ["Japanese"], "PAK": ["Pakistani", "Pakistanis", "Pak"],
    "IND": ["Indian", "Indians"], "AFG": ["Afghan", "Afghans"], "IRN": ["Iranian", "Iranians"],
    "RUS": ["Russian", "Russians"], "SAU": ["Saudi", "Saudis"], "QAT": ["Qatari", "Qataris"],
    "KWT": ["Kuwaiti", "Kuwaitis"], "ISR": ["Israeli", "Israelis"], "ESP": ["Spanish", "Spaniard"],
    "IRL": ["Irish"], "DNK": ["Danish", "Dane"], "SWE": ["Swedish", "Swede"], "FIN": ["Finnish", "Finn"],
    "POL": ["Polish", "Pole"], "PRT": ["Portuguese"], "THA": ["Thai"], "PHL": ["Filipino", "Philippine"],
    "NZL": ["New Zealander"], "BGD": ["Bangladeshi", "Bangladeshis"], "LKA": ["Sri Lankan"],
    "NPL": ["Nepali", "Nepalese"], "MYS": ["Malaysian", "Malaysians"], "IDN": ["Indonesian"],
    "AZE": ["Azerbaijani", "Azeri"], "TJK": ["Tajik"], "UZB": ["Uzbek"], "KAZ": ["Kazakh"],
    "EGY": ["Egyptian", "Egyptians"], "JOR": ["Jordanian"], "IRQ": ["Iraqi", "Iraqis"], "SYR": ["Syrian"],
    "LBN": ["Lebanese"], "YEM": ["Yemeni"], "OMN": ["Omani"], "BHR": ["Bahraini"], "UKR": ["Ukrainian", "Ukrainians"],
    "ITA": ["Italian", "Italians"], "CAN": ["Canadian"], "AUS": ["Australian"], "KOR": ["South Korean"],
    "PRK": ["North Korean"], "VNM": ["Vietnamese"], "BRA": ["Brazilian"], "MEX": ["Mexican"],
    "PSE": ["Palestinian", "Palestinians"], "ZAF": ["South African"], "NGA": ["Nigerian"],
    "BEL": ["Belgian"], "AUT": ["Austrian"], "NOR": ["Norwegian"], "HUN": ["Hungarian"],
    "MMR": ["Burmese", "Myanmar"], "XKX": ["Kosovan", "Kosovans", "Kosovar", "Kosovars"], "KGZ": ["Kyrgyz"], "TKM": ["Turkmen"], "ARM": ["Armenian"],
    "GEO": ["Georgian"], "LBY": ["Libyan"], "SDN": ["Sudanese"], "SOM": ["Somali"], "ETH": ["Ethiopian"],
}
# States pycountry lacks: Kosovo, by its user-assigned ISO code XKX (PETRARCH-2 writes KSV, the
# World Bank's; FORMAT.md asks for ISO 3166-1 alpha-3, and XKX is the one ISO users agree on).
EXTRA_STATES = [SimpleNamespace(alpha_3="XKX", name="Kosovo", official_name="Republic of Kosovo")]
# Capitals and seats of government that news uses as metonyms for the state.
CAPITALS = {
    "PAK": ["Islamabad"], "IND": ["New Delhi", "Delhi"], "TUR": ["Ankara"], "USA": ["Washington", "Washington DC", "Washington D.C."],
    "IRN": ["Tehran"], "CHN": ["Beijing"], "RUS": ["Moscow"], "GBR": ["London"], "FRA": ["Paris"],
    "DEU": ["Berlin"], "JPN": ["Tokyo"], "SAU": ["Riyadh"], "ARE": ["Abu Dhabi"], "QAT": ["Doha"],
    "KWT": ["Kuwait City"], "AFG": ["Kabul"], "BGD": ["Dhaka"], "LKA": ["Colombo"], "NPL": ["Kathmandu"],
    "ISR": ["Jerusalem", "Tel Aviv"], "EGY": ["Cairo"], "MYS": ["Kuala Lumpur"], "AZE": ["Baku"],
    "TJK": ["Dushanbe"], "UKR": ["Kyiv", "Kiev"], "ITA": ["Rome"], "ESP": ["Madrid"], "CAN": ["Ottawa"],
    "AUS": ["Canberra"], "KOR": ["Seoul"], "PRK": ["Pyongyang"], "IRQ": ["Baghdad"], "SYR": ["Damascus"],
    "JOR": ["Amman"], "LBN": ["Beirut"], "OMN": ["Muscat"], "BHR": ["Manama"], "IDN": ["Jakarta"],
    "UZB": ["Tashkent"], "KAZ": ["Astana"], "BRA": ["Brasilia", "Brasília"], "BEL": ["Brussels"],
    # Africa
    "SDN": ["Khartoum"], "SSD": ["Juba"], "ETH": ["Addis Ababa"], "ERI": ["Asmara"], "SOM": ["Mogadishu"],
    "KEN": ["Nairobi"], "UGA": ["Kampala"], "RWA": ["Kigali"], "BDI": ["Bujumbura", "Gitega"],
    "TZA": ["Dodoma"], "COD": ["Kinshasa"], "COG": ["Brazzaville"], "AGO": ["Luanda"], "ZMB": ["Lusaka"],
    "ZWE": ["Harare"], "MWI": ["Lilongwe"], "MOZ": ["Maputo"], "ZAF": ["Pretoria"], "BWA": ["Gaborone"],
    "NAM": ["Windhoek"], "NGA": ["Abuja"], "GHA": ["Accra"], "SEN": ["Dakar"], "MLI": ["Bamako"],
    "NER": ["Niamey"], "BFA": ["Ouagadougou"], "TCD": ["N'Djamena", "Ndjamena"], "MRT": ["Nouakchott"],
    "GIN": ["Conakry"], "SLE": ["Freetown"], "LBR": ["Monrovia"], "CIV": ["Yamoussoukro"], "TGO": ["Lome", "Lomé"],
    "BEN": ["Porto-Novo"], "CMR": ["Yaounde", "Yaoundé"], "CAF": ["Bangui"], "GAB": ["Libreville"],
    "GNQ": ["Malabo"], "LBY": ["Tripoli"], "TUN": ["Tunis"], "DZA": ["Algiers"], "MAR": ["Rabat"],
    "MDG": ["Antananarivo"], "GMB": ["Banjul"], "GNB": ["Bissau"],
    # Asia and the Middle East
    "THA": ["Bangkok"], "VNM": ["Hanoi"], "KHM": ["Phnom Penh"], "LAO": ["Vientiane"],
    "MMR": ["Naypyitaw", "Naypyidaw", "Nay Pyi Taw"], "PHL": ["Manila"], "MNG": ["Ulaanbaatar", "Ulan Bator"],
    "TWN": ["Taipei"], "KGZ": ["Bishkek"], "TKM": ["Ashgabat"], "ARM": ["Yerevan"], "GEO": ["Tbilisi"],
    "YEM": ["Sanaa", "Sana'a"], "BTN": ["Thimphu"], "TLS": ["Dili"], "CYP": ["Nicosia"],
    # Europe
    "POL": ["Warsaw"], "CZE": ["Prague"], "HUN": ["Budapest"], "AUT": ["Vienna"], "CHE": ["Bern"],
    "PRT": ["Lisbon"], "GRC": ["Athens"], "SWE": ["Stockholm"], "NOR": ["Oslo"], "DNK": ["Copenhagen"],
    "FIN": ["Helsinki"], "IRL": ["Dublin"], "NLD": ["Amsterdam", "The Hague"], "ROU": ["Bucharest"],
    "SRB": ["Belgrade"], "HRV": ["Zagreb"], "BIH": ["Sarajevo"], "MNE": ["Podgorica"], "MKD": ["Skopje"],
    "ALB": ["Tirana"], "XKX": ["Pristina"], "MDA": ["Chisinau"], "BLR": ["Minsk"], "LTU": ["Vilnius"],
    "LVA": ["Riga"], "EST": ["Tallinn"], "SVN": ["Ljubljana"], "SVK": ["Bratislava"], "ISL": ["Reykjavik"],
    # the Americas and Oceania
    "MEX": ["Mexico City"], "CUB": ["Havana"], "VEN": ["Caracas"], "COL": ["Bogota", "Bogotá"], "ECU": ["Quito"],
    "PER": ["Lima"], "BOL": ["La Paz"], "ARG": ["Buenos Aires"], "URY": ["Montevideo"],
    "PRY": ["Asuncion", "Asunción"], "NIC": ["Managua"], "HND": ["Tegucigalpa"], "SLV": ["San Salvador"],
    "GTM": ["Guatemala City"], "PAN": ["Panama City"], "HTI": ["Port-au-Prince"], "DOM": ["Santo Domingo"],
    "NZL": ["Wellington"], "PNG": ["Port Moresby"], "FJI": ["Suva"],
    # left out: capitals that are common given names or other places' names (Victoria, Sofia,
    # Santiago, Kingston, San Jose, Male), and city-states named as the state (Singapore, Djibouti)
}
# Demonyms of states whose adjective neither PETRARCH-2 nor the suffix rule gives (public usage).
DEMONYMS_EXTRA = {
    "BLR": ["Belarusian", "Belarusians"], "COD": ["Congolese"], "COG": ["Congolese"], "CYP": ["Cypriot"],
    "ERI": ["Eritrean", "Eritreans"], "EST": ["Estonian"], "LTU": ["Lithuanian"], "LVA": ["Latvian"],
    "LAO": ["Laotian", "Lao"], "MDA": ["Moldovan"], "MOZ": ["Mozambican"], "NER": ["Nigerien"],
    "SSD": ["South Sudanese"], "SLV": ["Salvadoran"], "SLE": ["Sierra Leonean"], "SVN": ["Slovenian"],
    "MNE": ["Montenegrin"], "MKD": ["Macedonian", "North Macedonian"], "MDG": ["Malagasy"],
    "BFA": ["Burkinabe"], "ISL": ["Icelandic"], "LUX": ["Luxembourgish"], "BWA": ["Botswanan"],
    "CAF": ["Central African"], "CRI": ["Costa Rican"], "DOM": ["Dominican"], "GNB": ["Bissau-Guinean"],
    "PNG": ["Papua New Guinean"], "PRI": ["Puerto Rican"], "TLS": ["Timorese"], "HKG": ["Hong Konger"],
    "LSO": ["Basotho"], "COM": ["Comorian"], "CPV": ["Cape Verdean"], "SYC": ["Seychellois"],
    "VUT": ["Ni-Vanuatu"], "WSM": ["Samoan"], "SLB": ["Solomon Islander"], "ESH": ["Sahrawi"],
}
for _code, _dems in DEMONYMS_EXTRA.items():
    DEMONYMS.setdefault(_code, []).extend(_dems)
# Metonyms for a state's executive that are named bodies, not the state itself.
DEMONYM_SUFFIX = re.compile(r"(an|ian|ese|ish|i|ic|ch|ean|er)$")
# misspelt country names (Pakisatan, Afganistan) end like -an demonyms; keep only -ian/-ese/-ish/-i ones
DEMONYM_SUFFIX_WEAK = re.compile(r"(?<!i)an$|ic$|ch$|er$")


def petrarch_countries(path: Path) -> dict[str, list[str]]:
    """code -> alternate names of the country blocks (``NAME_ [XXX]`` then ``+ALT`` lines)."""
    out: dict[str, list[str]] = defaultdict(list)
    code = None
    head = re.compile(r"^([A-Z][A-Z_.'\-]*)\s+\[([A-Z]{3})\]\s*$")
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        m = head.match(line)
        if m:
            code = m.group(2)
            out[code].append(m.group(1))
            continue
        if line.startswith("+") and code:
            out[code].append(line[1:].split("#")[0].strip())
            continue
        if line.startswith("#") and code:
            continue  # a comment inside a block (the USA's, after its head line) does not end it
        code = None
    return out


def derived(word: str, names: set[str]) -> bool:
    """True when ``word`` is a state name with an English demonym suffix added (Kenya ->
    Kenyan, Zimbabwe -> Zimbabwean, Ecuador -> Ecuadorian): a misspelt name (Pakisatan)
    is not the full name plus a suffix, so the weak -an filter need not drop it."""
    w = fold(word)
    for n in names:
        f = fold(n)
        if " " in f or len(f) < 4:
            continue
        for stem in (f, f[:-1]):
            if w.startswith(stem) and w[len(stem):] in ("n", "an", "ian", "ean", "ese", "i", "ish"):
                return True
    return False


def pretty(raw: str) -> str:
    """PETRARCH's ``NEW_DELHI_`` -> ``New Delhi``."""
    words = [w for w in raw.strip("_ ").replace("_", " ").split() if w]
    return " ".join(w if "." in w else w.capitalize() for w in words)


def cameo_names(ref: Path) -> dict[str, list[str]]:
    """code -> the short names of text_to_CAMEO's country list."""
    out: dict[str, list[str]] = defaultdict(list)
    with (ref / "cameo_country_codes_text_to_CAMEO.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if len(row["cameo_code"]) == 3 and row["cameo_code"].isalpha():
                out[row["cameo_code"]].append(row["name"])
    return out


def state_names(c, cameo: dict[str, list[str]]) -> tuple[str, set[str]]:
    """The short name news uses for a pycountry state, and all its names (no "X, Republic of")."""
    code = c.alpha_3
    name = SHORT_NAMES.get(code) or getattr(c, "common_name", None) or c.name
    names = {name, c.name, *(cameo.get(code, [])), *EXTRA_NAMES.get(code, [])}
    for attr in ("official_name", "common_name"):
        if getattr(c, attr, None):
            names.add(getattr(c, attr))
    return name, {n for n in names if "," not in n}


def sort_alternates(code: str, names: set[str], alternates: list[str]) -> tuple[set[str], set[str]]:
    """PETRARCH's alternates of a state: demonyms (a name stem with a demonym suffix), more
    names, and places (everything else); adds the names in place and returns (demonyms, places)."""
    stems = {fold(n)[:4] for n in names if len(n) >= 4}
    demonyms = set(DEMONYMS.get(code, []))
    places = set()
    for raw in alternates:
        alt = pretty(raw)
        if not alt or not re.fullmatch(r"[A-Za-z .'\-]+", alt) or len(alt.split()) > 3:
            continue
        folded = fold(alt)
        if folded[:4] not in stems:
            places.add(alt)
        elif " " not in alt and DEMONYM_SUFFIX.search(folded) and not any(fold(n) == folded for n in names):
            demonyms.add(alt)
        elif any(fold(n) in folded for n in names) or len(folded) > 5:
            names.add(alt)
    demonyms = {
        d for d in demonyms
        if d in DEMONYMS.get(code, []) or not DEMONYM_SUFFIX_WEAK.search(fold(d)) or derived(d, names)
    }
    return demonyms | plurals(demonyms), places


def plurals(demonyms: set[str]) -> set[str]:
    """English plurals of demonyms used as nouns ("Syrians", "Iraqis"): only the regular
    -an/-i ones; -ese/-ish/-ch adjectives have none ("the Chinese", "the French")."""
    return {d + "s" for d in demonyms if " " not in d and fold(d).endswith(("an", "i")) and d[:1].isupper()}


def build(ref: Path) -> list[dict[str, str]]:
    cameo = cameo_names(ref)
    alternates = petrarch_countries(ref / "petrarch2" / "petrarch2_Phoenix.Countries.actors.txt")
    place_owner: dict[str, set[str]] = defaultdict(set)
    staged = []
    for c in [*pycountry.countries, *EXTRA_STATES]:
        code = c.alpha_3
        name, names = state_names(c, cameo)
        demonyms, places = sort_alternates(code, names, alternates.get(code, []))
        capitals = CAPITALS.get(code, [])
        places -= set(capitals)
        names -= set(capitals)
        # PETRARCH lists "The Uk", "Englishman" among places: a place must not be a name of the state
        own = {fold(n) for n in names | demonyms}
        places = {p for p in places if fold(p).removeprefix("the ") not in own}
        for p in places:
            place_owner[fold(p)].add(code)
        staged.append((code, name, names, demonyms, capitals, places))
    rows = []
    for code, name, names, demonyms, capitals, places in staged:
        # a city two states' lists both claim (Hyderabad) is not evidence for either
        places = {p for p in places if len(place_owner[fold(p)]) == 1}
        rows.append({
            "code": code,
            "name": name,
            "names": "|".join(sorted(names - {name})),
            "demonyms": "|".join(sorted(demonyms)),
            "capitals": "|".join(capitals),
            "places": "|".join(sorted(places)),
        })
    return sorted(rows, key=lambda r: r["code"])


def main() -> None:
    ref = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_REF
    rows = build(ref)
    out = DATA / "states.tsv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write(
            "# source: pycountry (ISO 3166-1 alpha-3, names); openeventdata/text_to_CAMEO countrynames.txt "
            "(MIT); PETRARCH-2 Phoenix.Countries.actors.txt (MIT, adjectives, variants, cities); "
            "demonyms and capitals curated for crisislens. Generated by crisislens.actors.build_gazetteer.\n"
        )
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} states to {out}")


if __name__ == "__main__":
    main()
