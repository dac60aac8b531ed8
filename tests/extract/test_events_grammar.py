"""Grammar and code-book rules of the coder, on sentences written for these tests about several crises.

The real actor resolver is used (the stand-in index knows too few actors for
armed groups); none of these sentences comes from a benchmark.
"""

from __future__ import annotations

import pytest


def code_real(nlp, text: str):
    """The events the coder finds in ``text``, as a one-sentence article through the real resolver."""
    from crisislens.actors.resolve import build_index
    from crisislens.extract.events import extract_events
    from crisislens.model import Article

    doc = nlp(text)
    art = Article(id="g", doc_name="g.txt", source="g.txt", text=text, clean_text=text, published="2025-05-08")
    return extract_events(doc, art, build_index(doc, art))


def sides(events):
    return {(e.source_code, e.target_code, e.cameo_root) for e in events}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Ukrainian forces are engaged in heavy fighting with Russian troops near Bakhmut.", "UKR", "RUS"),
        ("The Sudanese army confirmed that it is engaged in a fierce battle with the Rapid Support Forces.", "SDN", "NSG"),
    ],
)
def test_the_subject_of_a_statal_participle_is_the_one_who_fights(nlp, text, source, target):
    """ "X is engaged in a battle with Y": X fights Y (no 'by' agent can follow; the partner hangs off the battle)."""
    got = sides(code_real(nlp, text))
    assert (source, target, "19") in got
    assert not any(s is None or (s, t) == (target, source) for s, t, _r in got)


def test_an_agentive_passive_still_makes_its_subject_the_target(nlp):
    got = sides(code_real(nlp, "Sudanese troops were attacked by the Rapid Support Forces."))
    assert ("NSG", "SDN", "19") in got


@pytest.mark.parametrize(
    ("text", "root", "source"),
    [
        # CAMEO 141: taking part in a rally is the rally
        ("Serbian opposition lawmakers attended a rally against the government in Belgrade.", "14", "SRB"),
        # CAMEO 015: an admission acknowledges, it is no diplomatic cooperation (PETRARCH's block default 050)
        ("The Myanmar junta admitted to holding hundreds of political prisoners.", "01", "MMR"),
        # a light verb leaves the event to its noun: the noun must code without a preposition too
        ("Kenyan President William Ruto conducts meetings on the drought in Nairobi.", "04", "KEN"),
        ("Sudan's army chief delivered remarks to troops in Port Sudan.", "01", "SDN"),
    ],
)
def test_code_book_acts_of_common_light_verbs_and_admissions(nlp, text, root, source):
    got = code_real(nlp, text)
    assert got and all(e.source_code == source for e in got)
    assert {e.cameo_root for e in got} == {root}


def test_unveiling_a_law_is_a_statement_not_cooperation(nlp):
    assert [e.cameo for e in code_real(nlp, "Myanmar's junta unveiled a new election law.")] == ["010"]


def test_the_infinitive_of_a_noun_of_intention_is_not_an_act_done(nlp):
    from crisislens.model import ASSERTED, HYPOTHETICAL

    got = code_real(nlp, "Nigerien police arrested two men over a plot to bomb the French embassy in Niamey.")
    modality = {e.cameo_root: e.modality for e in got}
    assert modality == {"17": ASSERTED, "19": HYPOTHETICAL}


@pytest.mark.parametrize(
    "text",
    ["The Sudanese government will not lift the curfew imposed last week.", "Ukraine will not withdraw its troops."],
)
def test_a_refusal_with_one_side_found_is_kept_like_any_one_sided_act(nlp, text):
    """A refusal refines a dictionary act; with require_dyad off it is kept one-sided, as the act would be."""
    got = code_real(nlp, text)
    assert [(e.cameo_root, e.target_code, e.how) for e in got] == [("12", None, "rule:refusal:one-sided")]


def test_a_participle_of_relation_describes_a_tie_not_an_act(nlp):
    got = code_real(nlp, "Washington sanctioned three companies linked to the Myanmar junta.")
    assert [(e.source_code, e.cameo) for e in got] == [("USA", "163")]  # CAMEO 163, and no 060 'linking'
    active = code_real(nlp, "The Malian junta linked up with Russian mercenaries.")
    assert any(e.source_code == "MLI" and e.cameo_root == "03" for e in active)


@pytest.mark.parametrize(
    ("text", "intent", "act"),
    [
        ("Kenya is ready to send troops to Haiti.", "0312", "062"),
        ("The United States is willing to provide ammunition to Türkiye.", "0332", "072"),
    ],
)
def test_a_stated_readiness_to_act_is_the_intent_of_the_act(nlp, text, intent, act):
    """The infinitive under "ready/willing" takes the copula's subject, and the readiness is the intent (CAMEO 03)."""
    from crisislens.model import ASSERTED, FUTURE

    got = {e.cameo: e for e in code_real(nlp, text)}
    assert set(got) == {intent, act}
    assert got[intent].modality == ASSERTED and got[act].modality == FUTURE
    assert got[intent].source_code == got[act].source_code and got[intent].target_code == got[act].target_code


def test_a_negated_readiness_states_no_intent(nlp):
    got = code_real(nlp, "Rwanda is not willing to withdraw its forces from Congo.")
    assert not any(e.cameo_root == "03" for e in got)


def test_an_act_told_as_a_noun_is_coded_with_its_verbs_patterns(nlp):
    """ "announced a suspension of aid to X" is suspending aid (CAMEO 162), not the announcement (010)."""
    got = code_real(nlp, "The United States announced a suspension of aid to Burkina Faso.")
    assert [(e.source_code, e.target_code, e.cameo) for e in got] == [("USA", "BFA", "162")]


def test_a_bare_act_noun_without_a_target_is_no_event(nlp):
    assert code_real(nlp, "Russia's withdrawal from Kherson surprised Ukraine.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PETRARCH-2 "DIE (IN AIRSTRIKE) [:195]": those who died are the target, not the source
        ("Three Ukrainian soldiers died in an airstrike near Kharkiv.", {(None, "UKR", "19")}),
        # "FACE * TRIAL [:173]"
        ("The Sudanese general faces trial in The Hague.", {(None, "SDN", "17")}),
        # a place is where the act happens, never its agent: a capital in "in X" is no source
        ("The Somali minister faces trial in Nairobi.", {(None, "SOM", "17")}),
        # "OFFEND [:110]": the offended party disapproves of the offender
        ("Kenya outraged Somalia.", {("SOM", "KEN", "11")}),
    ],
)
def test_a_pattern_whose_subject_is_acted_on_codes_the_sides_reversed(nlp, text, expected):
    assert sides(code_real(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "pair"),
    [("Washington reduced military aid to Niger by $20 million.", ("USA", "NER")),
     ("The EU cut humanitarian assistance to Myanmar.", ("EU", "MMR"))],
)
def test_reducing_aid_is_the_code_books_reduce_or_stop_material_aid(nlp, text, pair):
    assert sides(code_real(nlp, text)) == {(*pair, "16")}
