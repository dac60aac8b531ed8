"""Who claims a count when the parser hangs the reported clause, or a piece of it, off the verb
of saying in an unexpected place (``claims_voice``): a content clause before a final
", the military said" parsed as an adverbial clause; an "up from N" or ", taking the toll to
N" hung on the verb; a name the parser split before a final reporting verb; a contrasting
"while" clause backshifted into reported speech; an adverbial ", saying ..." whose subject is
the main clause's; a conjoined "and said"; a clause before a semicolon; a headline the parser
cut after "X says"; and "the statement said" for the body that put the statement out.
Sentences about other crises than the practice sets, written for these tests, each rule with
a negative probe, run through the real pipeline."""

from __future__ import annotations

import pytest


def _voices(claims) -> list[tuple]:
    return [(c.value, c.category, c.claimant_name) for c in claims]


def _claimant_of(claims, value) -> str | None:
    found = [c.claimant_name for c in claims if c.value == value]
    assert len(found) == 1, _voices(claims)
    return found[0]


# --- a clause before a final reporting clause is its content -----------------------------------


def test_a_fronted_clause_before_a_final_reporting_clause_is_its_content(real):
    claims = real("Nine days after the Jenin raid, Israel on Monday struck 12 Hezbollah sites in southern "
                  "Lebanon in an operation code-named Northern Shield, the government said, calling it a "
                  "\"limited and targeted\" response.")
    assert _claimant_of(claims, 12) in ("government", "the government")


def test_an_adverbial_clause_before_the_reporting_verb_is_not_its_content(real):
    claims = real("After rebels killed 20 soldiers near Goma, the army said it would retaliate.")
    assert _claimant_of(claims, 20) is None


# --- figures hung on the verb of saying ---------------------------------------------------------


def test_up_from_on_the_verb_of_saying_is_the_speakers_earlier_figure(real):
    claims = real("In Kharkiv, the toll from two days of shelling rose to 14, regional governor Oleh "
                  "Syniehubov said on Tuesday, up from nine on Monday.")
    assert _claimant_of(claims, 14) == _claimant_of(claims, 9) and "Syniehubov" in _claimant_of(claims, 9)


def test_a_participle_taking_the_toll_to_a_figure_is_the_speakers(real):
    claims = real("Two more soldiers were killed in Kidal, officials said, taking the number of troops "
                  "killed this month to 17.")
    assert _claimant_of(claims, 17) == "officials"


def test_an_earlier_toll_a_participle_raises_is_no_ones_the_sentence_names(real):
    claims = real("At least 16 civilians were killed in drone strikes on Kadugli, medical sources said, "
                  "raising an earlier toll of 14.")
    assert _claimant_of(claims, 16) == "medical sources"
    assert _claimant_of(claims, 14) is None


# --- a backshifted "while" clause is still reported speech ------------------------------------------


def test_a_backshifted_while_clause_inside_the_content_is_the_speakers(real):
    claims = real("A Red Crescent spokesman said six people had been killed in the shelling, while some "
                  "2,000 families had been moved from villages near Kadugli to safer places.")
    assert _claimant_of(claims, 2000) == "Red Crescent spokesman"


def test_a_while_clause_in_the_simple_past_stays_the_outlets(real):
    claims = real("The governor said six people had been killed in the shelling, while the army expelled "
                  "two foreign diplomats.")
    assert _claimant_of(claims, 2) is None


# --- the subject a participle or a conjoined verb of saying shares ---------------------------------


def test_an_adverbial_saying_takes_the_main_clauses_subject(real):
    claims = real("The Ukrainian General Staff rejected that figure, saying Ukraine had lost no more than "
                  "three tanks near Avdiivka.")
    assert _claimant_of(claims, 3) == "Ukrainian General Staff"


def test_a_participle_of_a_deed_names_no_claimant(real):
    claims = real("Rebels stormed the town at dawn, killing 12 soldiers.")
    assert _claimant_of(claims, 12) is None


# --- a clause before a semicolon; a headline cut after "X says" -------------------------------


def test_a_clause_before_a_semicolon_is_not_what_the_verb_after_it_reports(real):
    claims = real("Two soldiers were killed in Donetsk; the ministry says 20 drones were shot down.\n\n"
                  "The shelling went on all night.")
    assert _claimant_of(claims, 2) is None
    assert _claimant_of(claims, 20) in ("ministry", "the ministry")


# --- "the statement" is its author's -----------------------------------------------------------


def test_the_statement_speaks_for_the_body_that_put_it_out(real):
    claims = real("The Sudanese army's Omdurman garrison, in a statement, mourned the dead at a funeral "
                  "in the city.\n\nThe statement put the toll at 12 soldiers and said 30 wounded "
                  "personnel were recovering.")
    assert _claimant_of(claims, 12) == _claimant_of(claims, 30)
    assert "garrison" in (_claimant_of(claims, 12) or "")


def test_the_statement_after_an_owned_statement_is_that_owners(real):
    claims = real("The border was calm on Monday, a Thai army statement said.\n\n"
                  "\"All nine drones were shot down before they reached the camps,\" the statement said.")
    assert "army" in (_claimant_of(claims, 9) or "")


def test_a_statement_with_no_author_before_it_names_no_one(real):
    claims = real("The shelling of Kadugli went on all night.\n\nThe statement put the toll at 12 soldiers.")
    assert _claimant_of(claims, 12) is None


# --- "the dead", "the injured" as nouns of people; a toll as the subject -------------------------


def _counts(claims) -> list[tuple]:
    return [(c.value, c.category) for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The number of dead rose to 12 on Monday, the ministry said.", [(12, "killed")]),
        ("The number of injured stood at 19 after the strike on Sumy.", [(19, "injured")]),
        ("The toll in the Kherson shelling remained at four civilians.", [(4, "killed")]),
        ("Two of the wounded died overnight in Goma.", [(2, "killed")]),
    ],
)
def test_a_tally_of_the_dead_or_the_injured_counts_them(real, text, expected):
    assert _counts(real(text)) == expected


def test_a_gapped_partitive_counts_what_the_first_counts(real):
    claims = real("The governor said that five of the dead were from Sake and two from villages near Goma.")
    assert _counts(claims) == [(5, "killed"), (2, "killed")]


def test_a_fronted_partitive_counts_its_group(real):
    assert _counts(real("Of the 15 injured, nine were from Kharkiv and had been taken to Poltava.")) == [
        (15, "injured"), (9, "injured"),
    ]


def test_a_fronted_partitive_that_only_says_what_the_members_were_is_no_count(real):
    assert 12 not in [c.value for c in real("Of the 40 people killed, 12 were children.")]


def test_a_figures_state_in_a_while_clause_is_still_reported(real):
    claims = real("The minister said the number of civilians killed had risen to nine after two of the "
                  "injured died, while the number of injured stood at 19.")
    assert _claimant_of(claims, 19) == _claimant_of(claims, 9) == "The minister"


# --- a side's claim of the other side's craft is a claimed kill -----------------------------------


def test_a_side_claiming_craft_claims_to_have_downed_them(real):
    claims = real("Azerbaijan, which claims four Armenian helicopters, has denied losing any aircraft.")
    found = [(c.value, c.category, c.claimant_name) for c in claims if c.value == 4]
    assert found == [(4, "aircraft_downed", "Azerbaijan")]


def test_a_claim_noun_of_craft_is_a_claimed_kill(real):
    claims = real("Asked about Russia's claim of 12 Ukrainian drones, the spokesman said the figure was false.")
    assert [(c.value, c.category) for c in claims] == [(12, "drones_downed")]


def test_craft_that_a_claim_says_did_something_else_are_no_kill(real):
    claims = real("Kyiv claims three Russian jets violated its airspace on Monday.")
    assert "aircraft_downed" not in [c.category for c in claims]
