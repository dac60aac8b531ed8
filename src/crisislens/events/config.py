"""The coder's configuration as Python names: switches, word classes and codes from event_coder.json.

Nothing here is knowledge written in code: every set is read from
``extract/data/event_coder.json`` (see ``events_lexicon.coder_config``); the
names exist so the mechanism reads as prose ("lemma in REPORTING").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from crisislens.extract.events_lexicon import (
    coder_config,
)
from crisislens.model import (
    Actor,
    stable_id,
)


class CoderConfigError(ValueError):
    """event_coder.json names something the coder does not have (a misspelt rule or transformation)."""


F = TypeVar("F", bound=Callable)


def registrar(registry: dict[str, F]) -> Callable[[str], Callable[[F], F]]:
    """A decorator factory filing functions in ``registry`` under the name event_coder.json chooses them by."""

    def named(name: str) -> Callable[[F], F]:
        def register(fn: F) -> F:
            registry[name] = fn
            return fn

        return register

    return named


def configured(registry: dict[str, F], names: Iterable[str], what: str) -> list[F]:
    """The functions ``registry`` holds under ``names``, in that order.

    A name nothing is registered under is a configuration error (a misspelling
    would silently switch it off): ``CoderConfigError`` naming it and the known
    ones, raised at load.
    """
    names = list(names)
    unknown = [n for n in names if n not in registry]
    if unknown:
        raise CoderConfigError(f"event_coder.json {what}: unknown name {unknown[0]!r} (known: {', '.join(sorted(registry))})")
    return [registry[n] for n in names]


CONFIG = coder_config()

WORDS: dict = CONFIG["words"]

CODES: dict = CONFIG["codes"]

REQUIRE_DYAD: bool = CONFIG["switches"]["require_dyad"]

# Cosine similarity above which an unknown verb takes its nearest dictionary verb's code (0: off).
NEAREST_THRESHOLD: float = float(CONFIG["switches"].get("nearest_threshold", 0.0))

# The k nearest dictionary verbs vote on the root (1: the single nearest verb decides) ...
NEAREST_K: int = int(CONFIG["switches"].get("nearest_k", 1))

# ... and the winning root must lead the runner-up by this share of the vote.
NEAREST_MARGIN: float = float(CONFIG["switches"].get("nearest_margin", 0.0))

# How a date found in the predicate's own sentence is marked (see ``_date``).
OWN_DATES = frozenset({"own", "clause", "sentence"})

# Verbs whose passive subject is an event noun and whose agent is its source ("Charges ... were filed by X").
PASSIVE_CARRIERS = frozenset(WORDS["passive_carriers"])

# Verbs that report what someone else did: their subject is the claimant of the event below.
REPORTING = frozenset(WORDS["reporting"])

# Object-control verbs: in "urged India to de-escalate" the infinitive's subject is the object.
OBJECT_CONTROL = frozenset(WORDS["object_control"])

# Verbs that deny the clause they govern.
DENYING = frozenset(WORDS["denying"])

# Verbs whose object noun carries the event ("issued a statement of condemnation").
LIGHT_VERBS = frozenset(WORDS["light_verbs"])

# Verbs whose subject receives the event named by their object ("received a call from X").
RECEIVING = frozenset(WORDS["receiving"])

# The receiver construction: "X received/obtained/accepted Y from Z" is Z's act Y done to X ...
RECEIVER_VERBS = frozenset(WORDS["receiver_verbs"])

# ... coded, when the noun Y has no code of its own, as this verb's block codes giving Y ...
GIVING_VERB: str = WORDS["giving_verb"]

# ... with the giver in these prepositions' objects.
GIVER_PREPS = frozenset(WORDS["giver_preps"])

# Determiners that deny their noun: "received no aid" is negated as "did not receive aid" is.
NEGATIVE_DETERMINERS = frozenset(WORDS["negative_determiners"])

# Auxiliaries that make a negated act a refusal of intent ("would not support", "won't attend").
REFUSAL_AUX = frozenset(WORDS["refusal_aux"])

HYPOTHETICAL_AUX = frozenset(WORDS["hypothetical_aux"])

FUTURE_AUX = frozenset(WORDS["future_aux"])

# Heads that make a clause intended rather than done ("plans to strike", "threatened to expel").
INTENT_HEADS = frozenset(WORDS["intent_heads"])

# Predicate adjectives of readiness: "X is ready to Y" states X's intent to Y (CAMEO 03/13).
INTENT_ADJECTIVES = frozenset(WORDS["intent_adjectives"])

# Nouns whose infinitive names an act intended or asked for, not done ("a plot to blow up", "a request to extradite").
INTENT_NOUNS = frozenset(WORDS["intent_nouns"])

TARGET_PREPS = tuple(WORDS["target_preps"])

PLACE_PREPS = frozenset(WORDS["place_preps"])

SOURCE_PREPS = frozenset(WORDS["source_preps"])

# Past this many tokens a "sentence" is a run-on list or a parse failure: code only its
# first part, so one odd sentence cannot dominate the running time.
MAX_SENT_TOKENS = 200

# At most this many actors per side, so a 40-name list yields a bounded fan-out.
MAX_SIDE = 12

# What an appeal asks for, by the words of its complement: refines 020 to the CAMEO sub-code.
APPEAL_TOPICS = dict(CONFIG["appeal_topics"])

# Nouns naming an attack: when no perpetrator is named, the attackers are an unnamed armed group.
ATTACK_NOUNS = frozenset(WORDS["attack_nouns"])

# Modifiers that mark an attack as the work of a non-state armed group.
TERROR_WORDS = frozenset(WORDS["terror_words"])

# Who carried out an attack that the text attributes to no one: GDELT leaves the actor empty,
# our gold (and POLECAT) code such perpetrators as a non-state armed group.
UNNAMED_ATTACKERS = Actor(
    id=stable_id("actor", "group", "unnamed attackers"),
    name="unidentified attackers",
    code="NSG",
    sector="INS",
    kind="group",
)

# Roots of symmetric acts: "X and Y held talks" is X->Y and Y->X.
MUTUAL_ROOTS = frozenset(WORDS["mutual_roots"])

# Words that make a consultation a telephone call (CAMEO 041 "discuss by telephone").
PHONE_WORDS = frozenset(WORDS["phone_words"])

# Words that make a phrase mean "the two sides of the crisis".
PARTY_WORDS = frozenset(WORDS["party_words"])

# Heads whose "of" complement names the actor ("the foreign minister of Türkiye").
ROLE_HEADS = frozenset(WORDS["role_heads"])

# Prepositions that list members of a group ("world leaders including Trump and Macron").
INCLUDING = frozenset(WORDS["including"])

# Generic group nouns that stand for their members: "those from Japan", "leaders of Egypt".
MEMBER_PREPS = frozenset(WORDS["member_preps"])

# Pronouns that stand for a state or body, not a person (the index resolves he/she).
COLLECTIVE_PRONOUNS = frozenset(WORDS["collective_pronouns"])

# Prepositions under a non-actor object that name who the act is aimed at.
NESTED_TARGET_PREPS = frozenset(WORDS["nested_target_preps"])

RELATIVE_PRONOUNS = frozenset(WORDS["relative_pronouns"])

WARNING_VERBS = frozenset(WORDS["warning_verbs"])

# Separators that end a dateline ("ISLAMABAD, May 8 (Alliance News) –", "New Delhi, May 1:").
DATELINE_ENDS = frozenset(WORDS["dateline_ends"])

# Nouns for the strikes a crisis report is about: "after the attack", "following the strikes".
STRIKE_NOUNS = frozenset(WORDS["strike_nouns"])

AFTER_WORDS = frozenset(WORDS["after_words"])

TIME_ANCHOR_WORDS = frozenset(WORDS["time_anchor_words"])

# Verbs that judge their subject rather than report it: "the strikes marked an act of aggression".
EVALUATIVE_VERBS = frozenset(WORDS["evaluative_verbs"])

# Words that make reported content an accusation: "Dar said the strikes marked an act of
# aggression", "Singh told him that Pakistan has a history of funding terrorist groups".
ACCUSING_WORDS = frozenset(WORDS["accusing_words"])

# Sectors that act for their state: a state and one of these is one actor (see ``_same_actor``).
STATE_OWN_SECTORS = frozenset(WORDS["state_own_sectors"])

# The sector of an actor the resolver gave none (a bare state or its organs).
DEFAULT_SECTOR: str = WORDS["default_sector"]

# Prepositions that give a symmetric act's topic, not a party: "agreed on a joint patrol".
TOPIC_PREPS = frozenset(WORDS["topic_preps"])

# Prepositions that name the parties of a reciprocal act: "talks between A and B".
BETWEEN_PREPS = frozenset(WORDS["between_preps"])

# The refinements that apply to event nouns (a noun is not negated by "would not").
NOUN_REFINEMENTS: list[str] = list(CONFIG["noun_refinements"])

# Tokens after an appeal verb within which its complement names what is asked.
APPEAL_REACH: int = int(CONFIG["switches"]["appeal_reach"])

# The transformations over a reporting verb and its complement's act (see ``events.transform``),
# applied in this order; ``configured`` checks every name is registered.
TRANSFORMATIONS: tuple[str, ...] = tuple(CONFIG["transformations"])

# The preposition of a passive's or a noun's agent ("the attack by militants").
AGENT_PREPS = frozenset(WORDS["agent_preps"])

# The preposition that joins a carrier noun to the event noun it carries ("a statement of condemnation").
CARRIER_PREPS = frozenset(WORDS["carrier_preps"])

# "warned against escalation": a warning about an act to be avoided.
WARNING_AGAINST = frozenset(WORDS["warning_against_preps"])

# Participles of taking part whose passive subject is the participant: "X is engaged in a battle with Y".
STATAL_PARTICIPLES = frozenset(WORDS["statal_participles"])

# The preposition of the activity such a participle takes part in ("engaged in a battle") ...
PARTICIPATION_PREPS = frozenset(WORDS["participation_preps"])

# ... and those under the activity noun that name the other side ("a battle with Y").
PARTNER_PREPS = frozenset(WORDS["partner_preps"])

# Verbs of relation whose agentless passive participle describes a tie, not an act ("firms linked to X").
RELATION_PARTICIPLES = frozenset(WORDS["relation_participles"])
