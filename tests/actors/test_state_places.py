"""PETRARCH-2's country blocks read whole (a comment line inside the USA's block used to end
it, losing every US state and city), and a place word inside a person's name stays a name."""

from __future__ import annotations

from crisislens.actors import build_gazetteer as bg


def test_a_comment_inside_a_country_block_does_not_end_it(tmp_path):
    path = tmp_path / "countries.txt"
    path.write_text(
        "UNITED_STATES_OF_AMERICA_  [USA]\n# <Government> field does not contain information\n"
        "+WASHINGTON_D.C._ \n+OHIO_ \n\nSUDAN_  [SDN]\n+KHARTOUM_ \nSOMEONE_  # CountryInfo.txt\n+NOT_A_PLACE_\n",
        encoding="utf-8",
    )
    blocks = bg.petrarch_countries(path)
    assert blocks["USA"] == ["UNITED_STATES_OF_AMERICA_", "WASHINGTON_D.C._", "OHIO_"]
    assert blocks["SDN"] == ["SUDAN_", "KHARTOUM_"]  # a person's block ends the country's


def test_us_and_chinese_places_are_places_of_their_state(resolve_text):
    index, doc, _ = resolve_text("Police in Ohio arrested two men after protests in Xinjiang and Sichuan.")
    assert index.actor_for(doc[0]).code == "USA"
    assert index.place_for(next(t for t in doc if t.text == "Xinjiang")) == ("Xinjiang", "CHN")


def test_a_place_word_inside_a_persons_name_is_part_of_the_name(resolve_text):
    index, doc, _ = resolve_text("Charlotte Okoro and Lawrence Mbeki met Sudanese officials in Juba.")
    names = {a.name for a in index.actors() if a.kind == "person"}
    assert {"Charlotte Okoro", "Lawrence Mbeki"} <= names


def test_capitals_stand_for_their_governments(resolve_text):
    index, doc, _ = resolve_text("Khartoum accused Abu Dhabi of arming the paramilitaries, and Bamako recalled its envoy.")
    codes = {t.text: index.actor_for(t).code for t in doc if t.text in ("Khartoum", "Bamako")}
    assert codes == {"Khartoum": "SDN", "Bamako": "MLI"}


def test_a_capital_that_is_a_given_name_is_left_to_the_name(resolve_text):
    index, doc, _ = resolve_text("Sofia Petrova, a Bulgarian lawmaker, said the vote was rigged.")
    who = index.actor_for(doc[1])
    assert who is not None and who.kind == "person" and who.name == "Sofia Petrova"
