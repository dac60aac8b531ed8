"""The generated town gazetteer (towns.tsv): a town found as a place maps to its state, a name
two states share or an English word does not, and the curated lists keep their meanings."""

from __future__ import annotations

from crisislens.actors import build_towns as bt
from crisislens.actors import gazetteer as gz
from crisislens.actors.build_towns import Holder
from crisislens.extract.claims import extract_claims
from crisislens.extract.quotes import extract_quotes


def _town(phrase: str) -> gz.Entry | None:
    found = gz.load().lookup(gz.phrase_key(phrase)) or []
    return next((e for e in found if e.kind == gz.TOWN), None)


def test_the_generated_file_names_its_sources_and_rules():
    head = gz.resources.files("crisislens.actors").joinpath("data", "towns.tsv").read_text(encoding="utf-8")[:1200]
    assert head.startswith("# source:") and "GeoNames" in head and "CC-BY" in head and "ISO 3166-2" in head


def test_a_name_two_states_hold_has_no_owner_unless_one_dominates():
    punjab = [(Holder("Punjab", "IND", "subdivision", 0), "Punjab"), (Holder("Punjab", "PAK", "subdivision", 0), "Punjab")]
    assert bt.owner(punjab) is None
    bucha = [(Holder("Bucha", "UKR", "town", 42279), "Bucha"), (Holder("Bucha", "DEU", "town", 1211), "Bucha")]
    assert bt.owner(bucha).code == "UKR"
    assert _town("Punjab") is None and _town("Samba") is None  # Angola and Jammu both have one


def test_english_words_are_not_towns_unless_very_large():
    def zipf(word: str, _lang: str) -> float:
        return 5.0 if word.lower() in ("split", "reading") else 1.0

    split = Holder("Split", "HRV", "town", 149830)
    assert not bt.listed(("split",), split, "Split", zipf)
    assert bt.listed(("sittwe",), Holder("Sittwe", "MMR", "town", 177743), "Sittwe", zipf)
    for word in ("Reading", "Nice", "Split", "Of", "Mobile"):
        assert _town(word) is None, word


def test_curated_and_state_names_win_over_towns():
    assert gz.load().lookup(gz.phrase_key("Georgia"))[0].kind == gz.STATE
    assert _town("Kathua").code == "IND" and _town("Narowal").code == "PAK"


def test_a_town_the_parser_reads_as_a_place_maps_to_its_state(resolve_text):
    index, doc, _ = resolve_text("Myanmar military air strikes hit Lashio on Tuesday, residents said.")
    assert index.place_for(next(t for t in doc if t.text == "Lashio")) == ("Lashio", "MMR")


def test_a_town_word_in_a_persons_name_is_no_town(resolve_text):
    index, doc, _ = resolve_text("Ava DuVernay spoke in Toronto. DuVernay's film opened in Kherson, officials said.")
    assert all(index.place_for(t) is None for t in doc if t.text == "DuVernay")


def test_a_count_in_a_town_of_one_state_attacked_by_another_is_that_states(nlp, resolve_text):
    text = "Ukrainian officials said Russian missiles killed 14 civilians in Kherson on Monday."
    index, doc, art = resolve_text(text)
    claims = extract_claims(doc, art, index, extract_quotes(doc, art, index))
    assert index.place_for(next(t for t in doc if t.text == "Kherson")) == ("Kherson", "UKR")
    assert any(c.subject_code == "UKR" for c in claims)


def test_an_ambiguous_or_word_town_is_no_place_of_a_state(resolve_text):
    index, doc, _ = resolve_text("Reading the statement in Punjab, the governor said the Samba festival would go ahead.")
    for word in ("Reading", "Punjab", "Samba"):
        found = index.place_for(next(t for t in doc if t.text == word))
        assert found is None or found[1] is None, word


def test_a_town_the_parser_tags_as_an_organisation_or_person_in_a_places_position(resolve_text):
    index, doc, _ = resolve_text("Hamas rockets hit Sderot on Saturday, the Israeli military said.")
    assert index.place_for(next(t for t in doc if t.text == "Sderot")) == ("Sderot", "ISR")  # ORG, object
    index, doc, _ = resolve_text("Israeli strikes on Khan Younis and Rafah killed 40 Palestinians, officials said.")
    assert index.place_for(next(t for t in doc if t.text == "Younis"))[1] == "PSE"  # PERSON after "on"


def test_a_company_named_like_a_town_is_no_place(resolve_text):
    index, doc, _ = resolve_text("Toyota and Nokia reported profits, while Hitachi cut jobs.")
    assert index.place_for(next(t for t in doc if t.text == "Hitachi")) is None


def test_a_capitals_name_qualified_by_a_subdivision_is_a_town_of_that_state(resolve_text):
    index, doc, _ = resolve_text("George W. Bush spoke at a rally in Paris, Texas, on Tuesday.")
    paris = next(t for t in doc if t.text == "Paris")
    assert index.place_for(paris) == ("Paris", "USA") and index.actor_for(paris) is None
    index, doc, _ = resolve_text("The president spoke in Paris on Tuesday, French officials said.")
    assert index.place_for(next(t for t in doc if t.text == "Paris")) == ("Paris", "FRA")


def test_owner_of_no_holders_is_none():
    assert bt.owner([]) is None


def test_the_build_writes_where_it_is_told(tmp_path, monkeypatch):
    monkeypatch.setattr(bt, "_known_states", lambda: {"UKR"})
    monkeypatch.setattr(bt, "rows", lambda states: [("Izyum", "UKR", "town", 45884, "izyum")])
    monkeypatch.setattr(bt, "version", lambda package: "0")  # build-time packages need not be here
    bt.main(["--out", str(tmp_path / "t.tsv")])
    text = (tmp_path / "t.tsv").read_text(encoding="utf-8")
    assert text.startswith("# source:") and text.splitlines()[-1] == "Izyum\tUKR\ttown\t45884\tizyum"
