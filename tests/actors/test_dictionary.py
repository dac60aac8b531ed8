"""The dated actor dictionary: codes in force on a day, conflicts, malformed ranges, the generator."""

from __future__ import annotations

from crisislens.actors import build_dictionary as bd
from crisislens.actors import dictionary as dic

STATES = frozenset({"USA", "DEU", "KOR", "FRA"})
ORGS = (("IGOUNO", "UNO"),)


def make(rows: list[list[str]]) -> dic.Dictionary:
    return dic.Dictionary(rows, STATES, ORGS)


def cs(choice: dic.Choice) -> tuple[str | None, str | None]:
    return choice.code, choice.sector


def row(name: str, codes: str, kind: str = "person", keys: str | None = None) -> list[str]:
    return [name, kind, keys or name.lower(), codes, "test"]


def test_code_and_sector_are_those_in_force_on_the_day():
    d = make([row("Barack Obama", "USAELI 19780101-20000101;USAGOV 20090120-20170120")])
    (entry,) = d.lookup("barack obama")
    assert cs(dic.choose(entry, "2012-06-01")) == ("USA", "GOV")
    assert cs(dic.choose(entry, "1990-06-01")) == ("USA", "ELI")
    # after every range: the country is kept, the sector is not claimed
    late = dic.choose(entry, "2025-05-10")
    assert (late.code, late.sector) == ("USA", None) and "ended 2017-01-20" in late.how


def test_no_day_prefers_an_open_range():
    d = make([row("Angela Merkel", "DEUELI 19720101-20000101;DEUGOV 20051122-")])
    choice = dic.choose(d.lookup("angela merkel")[0], None)
    assert (choice.code, choice.sector) == ("DEU", "GOV")


def test_two_codes_on_one_day_resolved_by_text_else_more_specific():
    d = make([row("Ann Veneman", "USAGOV 20010120-20100120;IGOUNOKID 20050501-")])
    entry = d.lookup("ann veneman")[0]
    by_text = dic.choose(entry, "2008-01-01", text_code="USA")
    assert by_text.code == "USA" and "the text names USA" in by_text.how
    alone = dic.choose(entry, "2008-01-01")
    assert alone.code == "UNO" and "more specific IGOUNOKID" in alone.how
    # both codes are kept on the entry
    assert [c.raw for c in entry.codes] == ["USAGOV", "IGOUNOKID"]


def test_malformed_range_is_reported_and_never_a_restriction():
    d = make([row("Ban Ki-moon", "KORGOVBUS 2004017-20061201;IGOUNO 20070101-", keys="ban ki - moon")])
    entry = d.lookup(("ban", "ki", "-", "moon"))[0]
    assert any("malformed date range [KORGOVBUS 2004017-20061201]" in p for p in d.problems)
    # in 2010 the well-formed code in force wins; in 2005 nothing else is known, so the
    # malformed row gives its country only, and says so
    assert dic.choose(entry, "2010-01-01").code == "UNO"
    early = dic.choose(entry, "2005-01-01")
    assert (early.code, early.sector) == ("KOR", None) and "malformed" in early.how and early.malformed
    assert not dic.choose(entry, "2010-01-01").malformed


def test_only_a_malformed_range_still_gives_the_country_and_says_so():
    d = make([row("X Y", "FRAGOV 99-1")])
    choice = dic.choose(d.lookup("x y")[0], "2020-01-01")
    assert choice.code == "FRA" and "malformed" in choice.how and choice.malformed


def test_unknown_keys_and_odd_rows_never_raise():
    d = make([row("A B", ""), row("C D", "---")])
    assert d.lookup("nobody here") == []
    assert dic.choose(d.lookup("a b")[0], "2020-01-01").code is None
    assert dic.choose(d.lookup("c d")[0], None).code is None


def test_armed_groups_are_nsg_and_igos_use_project_codes():
    d = dic.Dictionary(
        [["Hamas", "-", "hamas", "PSEREBHMS", "petrarch2:MilNonState"],
         ["Unicef", "-", "unicef", "IGOUNOKID", "petrarch2:International"]],
        STATES, ORGS,
    )
    assert cs(dic.choose(d.lookup("hamas")[0], "2024-01-01")) == ("NSG", "REB")
    assert cs(dic.choose(d.lookup("unicef")[0], "2024-01-01")) == ("UNO", "IGO")


def test_shipped_dictionary_loads_with_dated_people():
    d = dic.load()
    (merkel,) = [e for e in d.lookup("angela merkel") if e.name == "Angela Merkel"]
    assert merkel.source == "petrarch2:Countries"
    assert any(c.start and c.code == "DEU" for c in merkel.codes)
    assert len(d.keys) > 20000


def test_generator_reads_tabari_blocks_and_normalises_dates(tmp_path):
    src = tmp_path / "x.actors.txt"
    src.write_text(
        "# comment\n"
        "JOHN_DOE_  # CountryInfo.txt\n+PRESIDENT_DOE\n\t[USAGOV 090120-170120]\n\t[USAELI >170120]\n"
        "SOME_AGENCY_\t[IGOUNO 820101-911231] [ELI]# inline codes\n"
        "BROKEN_\n\t[FRAGOV 2004017-20061201]\n"
        "MIKHAIL_GORBACHEV_  # CountryInfo.txt\n+GORBACHEV\nEX-SOVIET_PRESIDENT_MIKHAIL_GORBACHEV\n"
        "MIKHAIL_S._GORBACHEV\n\t[RUSGOV 850311-911225]\n",
        encoding="utf-8",
    )
    problems: list[str] = []
    rows = bd.rows_for(bd.parse_file(src), "test", problems)
    by_name = {r[0]: r for r in rows}
    assert by_name["John Doe"][1] == "person"
    assert by_name["John Doe"][3] == "USAGOV 20090120-20170120;USAELI 20170120-"
    assert "president doe" in by_name["John Doe"][2].split("|")
    assert by_name["Some Agency"][3] == "IGOUNO 19820101-19911231;ELI"
    assert problems == ["test: BROKEN_: malformed date range [FRAGOV 2004017-20061201] kept as written"]
    assert bd.norm_range("<061231") == ("-20061231", True)
    # heads without codes share the next code lines (a TABARI synonym group)
    gorbachev = by_name["Mikhail Gorbachev"]
    assert {"gorbachev", "mikhail s. gorbachev", "ex - soviet president mikhail gorbachev"} <= set(gorbachev[2].split("|"))
    assert gorbachev[3] == "RUSGOV 19850311-19911225"


def test_a_shipped_row_with_a_malformed_range_codes_the_country_and_says_so(resolve_text):
    # PETRARCH-2 writes David Cameron's term as [GBRGOV >201005011] (nine digits)
    index, doc, _ = resolve_text("David Cameron met the press in London.", "2012-05-01")
    who = next(a for a in index.actors() if a.name == "David Cameron")
    assert (who.code, who.sector) == ("GBR", None) and "malformed" in who.how
    # the article's messages say so, by name (the resolver reads Choice.malformed)
    assert any("malformed date range" in m and "David Cameron" in m for m in index.messages())


def test_a_groups_parenthesised_acronym_is_a_key_of_its_own_name_only():
    keys = bd.keys_of(["MORO_ISLAMIC_LIBERATION_FRONT_(MILF)_", "PEOPLES_DEFENCE_UNITS_(PDU)_"])
    assert {"moro islamic liberation front", "milf", "peoples defence units"} <= set(keys)
    assert "pdu" not in keys  # an alias's acronym may be another group's (PETRARCH-2 merges some)
    # a qualifier is no acronym, nor are letters that are not the name's initials
    assert "greece" not in bd.keys_of(["DIRECT_ACTION_(GREECE)_"])
    assert "zxcv" not in bd.keys_of(["RED_ARMY_FACTION_(ZXCV)_"])
    # "EPA_(EJERCITO...)": a one-word name is not split off (it is another agency's acronym)
    assert "epa" not in bd.keys_of(["EPA_(EJERCITO_DEL_PUEBLO_EN_ARMAS)_"])


def test_an_armed_group_named_by_its_acronym_or_full_name_is_coded(resolve_text):
    for text in ("The MILF accused the army of breaking the ceasefire on Mindanao.",
                 "The Moro Islamic Liberation Front said it would disarm."):
        index, doc, _ = resolve_text(text)
        group = index.actor_for(doc[1])
        assert group is not None and (group.code, group.kind) == ("NSG", "group"), text


def test_petrarch_kosovo_code_is_written_as_iso_xkx():
    renames = bd.state_renames()
    assert renames["KSV"] == "XKX"
    assert bd.iso_code("KSVGOVLEG", renames) == "XKXGOVLEG"
    assert bd.iso_code("YUGKSV", renames) == "YUGKSV"  # only the country head is a state code
    codes = [c for e in dic.load().lookup("kosovo security force") for c in e.codes]
    assert codes and all(c.code == "XKX" for c in codes)


def test_a_kosovo_body_of_the_dictionary_is_coded_xkx(resolve_text):
    text = "The Kosovo Security Force deployed troops near the border with Serbia after clashes in Zvecan."
    index, doc, _ = resolve_text(text)
    force = index.actor_for(doc[1])
    assert force is not None and (force.code, force.sector) == ("XKX", "MIL")
