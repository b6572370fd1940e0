#!/usr/bin/env python3
"""Generate resources/data/countries.tsv, Entente's preloaded country list.

Reads Debian's ``iso-codes`` package:
  /usr/share/iso-codes/json/iso_3166-1.json   current countries
  /usr/share/iso-codes/json/iso_3166-3.json   former countries (USSR, ...)
  /usr/share/locale/ru/LC_MESSAGES/iso_3166-{1,3}.mo   Russian names

Writes a UTF-8, tab-separated table to stdout with the columns

  alpha3  alpha2  numeric  name_en  official_name_en  name_ru
  former  withdrawn  aliases

``aliases`` is a ``|``-separated list of other names people type (iso-codes
names plus the curated ALIASES below).  Current countries come first, then
former ones, each sorted by alpha3.  A former country whose alpha3 is reused
by a current one is skipped with a note on stderr.

Run from the repository root (standard library only):

  python3 resources/data/generate-countries.py > resources/data/countries.tsv
"""

import gettext
import json
import sys
import unicodedata

ISO_JSON_DIR = "/usr/share/iso-codes/json"
LOCALE_DIR = "/usr/share/locale"

COLUMNS = [
    "alpha3", "alpha2", "numeric", "name_en", "official_name_en", "name_ru",
    "former", "withdrawn", "aliases",
]

# Well-known names that iso-codes does not provide (or provides only in a
# formal variant), keyed by alpha3.  Order is kept in the output; entries
# equal to name_en / name_ru or to each other are dropped automatically.
ALIASES = {
    # Current countries
    "ARE": ["UAE", "United Arab Emirates", "ОАЭ"],
    "ARM": ["Armenia", "Армения"],
    "AZE": ["Azerbaijan", "Азербайджан"],
    "BLR": ["Belarus", "Беларусь", "Белоруссия", "Byelorussia", "Belorussia",
            "Республика Беларусь", "Republic of Belarus"],
    "BOL": ["Bolivia", "Боливия"],
    "BRN": ["Brunei", "Бруней"],
    "CHN": ["China", "PRC", "Китай", "КНР"],
    "CIV": ["Ivory Coast", "Côte d'Ivoire", "Кот-д'Ивуар"],
    "COD": ["Congo-Kinshasa", "DR Congo", "DRC",
            "Democratic Republic of the Congo", "ДР Конго", "ДРК"],
    "COG": ["Congo-Brazzaville", "Republic of the Congo", "Конго-Браззавиль"],
    "CPV": ["Cape Verde", "Cabo Verde", "Кабо-Верде"],
    "CZE": ["Czechia", "Czech Republic", "Чехия"],
    "DEU": ["Germany", "FRG", "ФРГ", "Германия"],
    "FSM": ["Micronesia", "Микронезия"],
    "GBR": ["United Kingdom", "UK", "Britain", "Great Britain",
            "Великобритания", "Соединённое Королевство"],
    "GEO": ["Georgia", "Грузия"],
    "IRN": ["Iran", "Иран"],
    "KAZ": ["Kazakhstan", "Казахстан"],
    "KGZ": ["Kyrgyzstan", "Kirghizia", "Киргизия", "Кыргызстан"],
    "KOR": ["South Korea", "Republic of Korea", "Южная Корея",
            "Республика Корея"],
    "LAO": ["Laos", "Лаос"],
    "MDA": ["Moldova", "Молдова", "Молдавия"],
    "MKD": ["Macedonia", "North Macedonia", "Македония", "Северная Македония"],
    "MMR": ["Myanmar", "Burma", "Мьянма", "Бирма"],
    "NLD": ["Netherlands", "Holland", "Нидерланды", "Голландия"],
    "PRK": ["North Korea", "КНДР", "Северная Корея"],
    "PSE": ["Palestine", "Палестина"],
    "RUS": ["Russia", "Россия", "Russian Federation", "Российская Федерация",
            "РФ"],
    "SWZ": ["Eswatini", "Swaziland", "Эсватини", "Свазиленд"],
    "SYR": ["Syria", "Сирия"],
    "TJK": ["Tajikistan", "Таджикистан"],
    "TKM": ["Turkmenistan", "Туркмения", "Туркменистан"],
    "TLS": ["East Timor", "Timor-Leste", "Восточный Тимор"],
    "TUR": ["Turkey", "Türkiye", "Турция"],
    "TWN": ["Taiwan", "Тайвань"],
    "TZA": ["Tanzania", "Танзания"],
    "UKR": ["Ukraine", "Украина"],
    "USA": ["United States", "USA", "US", "США", "America",
            "Соединённые Штаты", "Соединенные Штаты"],
    "UZB": ["Uzbekistan", "Узбекистан"],
    "VAT": ["Vatican", "Holy See", "Ватикан"],
    "VEN": ["Venezuela", "Венесуэла"],
    "VNM": ["Vietnam", "Вьетнам"],
    # Former countries (ISO 3166-3)
    "BYS": ["Byelorussian SSR", "БССР"],
    "CSK": ["Czechoslovakia", "Чехословакия"],
    "DDR": ["East Germany", "GDR", "ГДР"],
    "SUN": ["USSR", "Soviet Union", "СССР", "Советский Союз"],
    "YUG": ["Yugoslavia", "Югославия"],
    "ZAR": ["Zaire", "Заир"],
}

# Russian names for entries that iso-codes leaves untranslated.
RUSSIAN_NAME_FALLBACK = {
    "XKX": "Косово",
    "TUR": "Турция",
    "YUG": "Югославия",
}


# The names analysts and the press use, shown in tables and reports, where the ISO short name
# is formal ("Russian Federation") or awkward ("USSR, Union of Soviet Socialist Republics").
# The ISO names stay reachable as aliases.
DISPLAY_NAMES = {
    "RUS": ("Russia", "Россия"),
    "USA": ("United States", "США"),
    "GBR": ("United Kingdom", "Великобритания"),
    "KOR": ("South Korea", "Республика Корея"),
    "PRK": ("North Korea", "КНДР"),
    "MDA": ("Moldova", "Молдова"),
    "SYR": ("Syria", "Сирия"),
    "VEN": ("Venezuela", "Венесуэла"),
    "TZA": ("Tanzania", "Танзания"),
    "IRN": ("Iran", "Иран"),
    "LAO": ("Laos", "Лаос"),
    "VNM": ("Vietnam", "Вьетнам"),
    "BOL": ("Bolivia", "Боливия"),
    "CZE": ("Czechia", "Чехия"),
    "SUN": ("USSR", "СССР"),
    "YUG": ("Yugoslavia", "Югославия"),
    "CSK": ("Czechoslovakia", "Чехословакия"),
    "DDR": ("East Germany", "ГДР"),
    "SCG": ("Serbia and Montenegro", "Сербия и Черногория"),
}


def load_entries(standard):
    """Return the list of entries of iso_<standard>.json, e.g. '3166-1'."""
    path = f"{ISO_JSON_DIR}/iso_{standard}.json"
    with open(path, encoding="utf-8") as f:
        return json.load(f)[standard]


def russian_translator(domain):
    """Return a function mapping an English iso-codes string to Russian,
    or to "" when there is no translation."""
    catalog = gettext.translation(domain, localedir=LOCALE_DIR,
                                  languages=["ru"])

    def translate(text):
        if not text:
            return ""
        russian = catalog.gettext(text)
        if russian == text:  # gettext echoes untranslated messages
            return ""
        # Some translations carry stress marks (Респу́блика); drop them so
        # the names match what people type.
        return unicodedata.normalize("NFC", russian.replace("\u0301", ""))

    return translate


def first_nonempty(*values):
    return next((v for v in values if v), "")


def dedup_aliases(candidates, exclude):
    """Keep the first occurrence of each name (case-insensitively), dropping
    empty ones and those in `exclude`."""
    seen = {name.casefold() for name in exclude if name}
    result = []
    for name in candidates:
        key = name.casefold()
        if name and key not in seen:
            seen.add(key)
            result.append(name)
    return result


def make_row(entry, translate, former):
    alpha3 = entry["alpha_3"]
    name = entry["name"]
    common_name = entry.get("common_name", "")
    official_name = entry.get("official_name", "")

    iso_name_ru = first_nonempty(translate(name), translate(common_name),
                                 RUSSIAN_NAME_FALLBACK.get(alpha3, ""))
    name_en, name_ru = DISPLAY_NAMES.get(alpha3, (common_name or name, iso_name_ru))

    aliases = dedup_aliases(
        [name, common_name, iso_name_ru, translate(common_name), translate(official_name)]
        + ALIASES.get(alpha3, []),
        exclude=[name_en, name_ru],
    )

    return {
        "alpha3": alpha3,
        "alpha2": entry.get("alpha_2", ""),
        "numeric": entry.get("numeric", ""),
        "name_en": name_en,
        "official_name_en": official_name or name,
        "name_ru": name_ru,
        "former": "1" if former else "0",
        "withdrawn": entry.get("withdrawal_date", "") if former else "",
        "aliases": aliases,
    }


def format_row(row):
    """Return one TSV line, refusing values that would break the layout."""
    fields = []
    for column in COLUMNS:
        values = row[column] if column == "aliases" else [row[column]]
        for value in values:
            if any(c in value for c in "\t\r\n|"):
                raise ValueError(f"{row['alpha3']}: bad character in "
                                 f"{column}: {value!r}")
        fields.append("|".join(values))
    return "\t".join(fields) + "\n"


# Entities without an ISO 3166 code that ministries meet, under the user-assigned codes that
# the European Commission and the World Bank use. Shaped like iso-codes entries.
EXTRA_ENTRIES = [
    {"alpha_3": "XKX", "alpha_2": "XK", "name": "Kosovo", "official_name": "Kosovo"},
]


def main():
    current_ru = russian_translator("iso_3166-1")
    former_ru = russian_translator("iso_3166-3")

    current = [make_row(e, current_ru, former=False)
               for e in load_entries("3166-1") + EXTRA_ENTRIES]
    current_codes = {row["alpha3"] for row in current}

    former = []
    for entry in load_entries("3166-3"):
        if entry["alpha_3"] in current_codes:
            print(f"note: skipping former country {entry['alpha_3']} "
                  f"({entry['name']}): alpha3 is used by a current country",
                  file=sys.stderr)
            continue
        former.append(make_row(entry, former_ru, former=True))

    rows = (sorted(current, key=lambda r: r["alpha3"])
            + sorted(former, key=lambda r: r["alpha3"]))
    codes = [row["alpha3"] for row in rows]
    if len(codes) != len(set(codes)):
        raise ValueError("duplicate alpha3 codes in output")

    out = sys.stdout
    out.reconfigure(encoding="utf-8", newline="\n")
    out.write("\t".join(COLUMNS) + "\n")
    for row in rows:
        out.write(format_row(row))


if __name__ == "__main__":
    main()
