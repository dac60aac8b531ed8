"""The one role -> sector rule (vocab._role_sector), on both paths that use it: a role written
with a name (attachment) and a role on its own (resolve). Sentences about other crises,
written for these tests."""

from __future__ import annotations

import pytest

from crisislens.actors import gazetteer as gz
from crisislens.actors.gazetteer import Entry
from crisislens.actors.vocab import _role_body, _role_sector


def role(key: str, sector: str) -> Entry:
    return Entry(gz.ROLE, key, None, sector, key=key)


def body(kind: str, sector: str, code: str | None = None) -> Entry:
    return Entry(kind, "x", code, sector, key="x")


def token(doc, text):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize(
    ("the_role", "the_body", "expected"),
    [
        (role("spokesperson", "GOV"), body(gz.GENERIC_BODY, "MIL"), "MIL"),  # the army's spokesperson
        (role("director general", "GOV"), body(gz.BODY, "SPY"), "SPY"),  # DG of an intelligence agency
        (role("leader", "GOV"), body(gz.GROUP, "REB", "NSG"), "REB"),  # an armed group's leader
        (role("general", "MIL"), body(gz.IGO, "IGO"), "MIL"),  # a role of its own sector keeps it
        (role("ambassador", "DIP"), body(gz.GENERIC_BODY, "MIL"), "DIP"),
        (role("foreign minister", "GOV"), body(gz.GENERIC_BODY, "DIP"), "GOV"),  # a minister stays GOV
        (role("spokesperson", "GOV"), body(gz.GENERIC_BODY, "LEG"), "GOV"),  # a body that adds nothing
        (role("spokesperson", "GOV"), None, "GOV"),
    ],
)
def test_a_body_sharpens_only_an_unspecific_role(the_role, the_body, expected):
    assert _role_sector(the_role, the_body) == expected


def test_the_body_named_after_of_holds_the_role_a_state_does_not():
    before, agency, state = body(gz.GENERIC_BODY, "MIL"), body(gz.BODY, "SPY"), body(gz.STATE, "GOV", "KEN")
    assert _role_body(before, agency) is agency  # "the army's director general of the agency"
    assert _role_body(before, state) is before  # "the Foreign Office spokesperson of Pakistan"
    assert _role_body(None, state) is None


def test_an_armed_groups_leader_is_reb_on_the_name_path(resolve_text):
    index, doc, _ = resolve_text("Hezbollah leader Khalil Mansour said the talks had stalled.")
    who = index.actor_for(token(doc, "Mansour"))
    assert (who.code, who.sector) == ("NSG", "REB")


def test_an_igo_commander_is_mil_with_or_without_a_name(resolve_text):
    named, ndoc, _ = resolve_text("NATO commander Christopher Cavoli visited Vilnius.")
    alone, adoc, _ = resolve_text("The NATO commander visited Vilnius on Tuesday.")
    assert named.actor_for(token(ndoc, "Cavoli")).sector == "MIL"
    assert alone.actor_for(token(adoc, "commander")).sector == "MIL"


def test_the_director_general_of_an_agency_takes_its_sector(resolve_text):
    index, doc, _ = resolve_text(
        "The director general of the Central Intelligence Agency, William Burns, arrived in Cairo."
    )
    who = index.actor_for(token(doc, "Burns"))
    assert (who.code, who.sector) == ("USA", "SPY")


def test_the_president_of_an_igo_is_igo(resolve_text):
    index, doc, _ = resolve_text("Charles Michel, the president of the European Council, met Chinese leaders.")
    assert index.actor_for(token(doc, "Michel")).sector == "IGO"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya's foreign ministry spokesperson said Nairobi would respond.", ("KEN", "DIP")),
        ("Colombia's army spokesperson said the patrol was ambushed.", ("COL", "MIL")),
    ],
)
def test_a_role_after_a_states_body_is_that_bodys_office(resolve_text, text, expected):
    # the body is resolved first (with its state); the role after it was left with no actor
    index, doc, _ = resolve_text(text)
    role = index.actor_for(token(doc, "spokesperson"))
    assert role is not None and (role.code, role.sector) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The Egyptian army's spokesperson, Gharib Abdel Hafez, denied the report.", "Hafez", ("EGY", "MIL")),
        ("Hamas's spokesman, Hazem Qassem, said the talks had stalled.", "Qassem", ("NSG", "REB")),
        ("The army's spokesperson, Gharib Abdel Hafez, denied the report.", "Hafez", (None, "MIL")),
    ],
)
def test_a_role_set_off_before_a_name_takes_the_body_that_holds_it(resolve_text, text, name, expected):
    index, doc, _ = resolve_text(text)
    who = index.actor_for(token(doc, name))
    assert (who.code, who.sector) == expected
