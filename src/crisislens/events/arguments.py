"""Arguments of a predicate: who did it (source) and to whom (target), as actors.

English syntax over the dependency parse (see ``crisislens.syntax``):
subjects inherited through coordination and control, passive agents,
objects and target prepositions, possessors and demonyms, inclusion lists
("powers including X"), enumerations in apposition, relative pronouns and
the state behind a place. Actors come only from the ActorIndex.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from crisislens.actors.index import ActorIndex
from crisislens.actors.vocab import past_dateline
from crisislens.events.config import (
    COLLECTIVE_PRONOUNS,
    INCLUDING,
    MAX_SIDE,
    MEMBER_PREPS,
    NESTED_TARGET_PREPS,
    OBJECT_CONTROL,
    PARTICIPATION_PREPS,
    PARTNER_PREPS,
    PLACE_PREPS,
    RELATION_PARTICIPLES,
    RELATIVE_PRONOUNS,
    REPORTING,
    ROLE_HEADS,
    STATAL_PARTICIPLES,
    TARGET_PREPS,
    WORDS,
)
from crisislens.extract.events_lexicon import (
    Pattern,
    singular,
)
from crisislens.model import (
    Actor,
)
from crisislens.syntax import (
    agent_of,
    conjuncts_of,
    passive_object,
    phrase_of,
    prep_objects,
    subject_of,
)


def _np_span(tok: Token) -> Span:
    """The noun phrase of ``tok`` with its conjuncts (role nouns keep their "of" owner)."""
    return phrase_of(tok, ROLE_HEADS)


def _ask(index: ActorIndex, what: Token | Span) -> Actor | None:
    """``index.actor_for``, guarded: the index is another team's code and must never take the coder down."""
    try:
        return index.actor_for(what)
    except Exception:  # noqa: BLE001 - any failure of the index means "no actor here"
        return None


def _ask_place(index: ActorIndex, span: Span) -> tuple[str, str | None] | None:
    """``index.place_for``, guarded like ``_ask``."""
    try:
        return index.place_for(span)
    except Exception:  # noqa: BLE001 - any failure of the index means "no place here"
        return None


def _ask_many(index: ActorIndex, span: Span) -> list[Actor]:
    """``index.actors_for``, guarded like ``_ask``."""
    try:
        return list(index.actors_for(span))
    except Exception:  # noqa: BLE001 - any failure of the index means "no actors here"
        return []


def _conjunct_actors(index: ActorIndex, part: Token) -> list[Actor]:
    """The actor one conjunct names, else its possessor's, else a demonym or name modifying it."""
    one = _ask(index, part)
    if one is not None:
        return [one]
    poss = next((c for c in part.children if c.dep_ == "poss"), None)
    if poss is not None:
        return _actors(index, poss)
    # "the Indian attacks": a demonym or name modifying a non-actor head
    for mod in part.children:
        if mod.dep_ in {"amod", "compound", "nmod"} and mod.i < part.i and (one := _ask(index, mod)):
            return [one]
    return []


def _actors(index: ActorIndex, tok: Token | None) -> list[Actor]:
    """Actors a noun token (with its conjuncts) names; a possessor or demonym as fallback."""
    if tok is None:
        return []
    found = _ask_many(index, _np_span(tok))
    if not found:
        # the index could not split the phrase: ask it about each conjunct in turn
        found = [a for part in conjuncts_of(tok) for a in _conjunct_actors(index, part)]
    if not found:
        found = _included(index, tok) or _reported_pronoun(index, tok)
    elif len(found) == 1:
        found = _split_by_owners(index, tok, found)
    unique = {a.id: a for a in found if a is not None}
    return list(unique.values())[:MAX_SIDE]


def _is_inclusion(child: Token) -> bool:
    """ "including X", "such as X": a dependent that lists members."""
    low = child.lower_
    if child.dep_ not in {"prep", "acl", "advcl"}:
        return False
    return low in INCLUDING or (low == "as" and child.i > 0 and child.doc[child.i - 1].lower_ == "such")


def _member_actors(index: ActorIndex, member: Token) -> list[Actor]:
    """A listed member's actors, or those of its from/of phrase ("including those from Japan")."""
    found = _actors(index, member)
    if found:
        return found
    for _prep, pobj in prep_objects(member, MEMBER_PREPS):
        found = _actors(index, pobj)
        if found:
            return found
    return []


def _included(index: ActorIndex, tok: Token) -> list[Actor]:
    """Members listed under a group noun: "global powers, including the United Nations".

    Reports name the actors of an event through a group noun followed by an
    inclusion list; the event is coded for each listed member, as a coder
    would (the group itself has no code).
    """
    for head in conjuncts_of(tok):
        for child in head.children:
            if not _is_inclusion(child):
                continue
            for member in child.children:
                found = _member_actors(index, member) if member.dep_ in {"pobj", "dobj"} else []
                if found:
                    return found
    return []


def _reported_pronoun(index: ActorIndex, tok: Token) -> list[Actor]:
    """ "The United States said it is monitoring ... and urged both countries": it = the speaker.

    A collective pronoun subject of a clause reported by a speech verb refers,
    in news prose, to that verb's subject far more often than to anything else.
    """
    if tok.lower_ not in COLLECTIVE_PRONOUNS or tok.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    cur = tok.head
    for _ in range(3):
        if cur.dep_ == "conj":
            cur = cur.head
            continue
        if cur.dep_ == "ccomp" and cur.head.lemma_ in REPORTING:
            subj = next((c for c in cur.head.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ not in COLLECTIVE_PRONOUNS:
                return _actors(index, subj)
        break
    return []


def _owner_states(tok: Token) -> list[Token]:
    """Coordinated owners of a role noun: "Pakistan and India's advisers", "NSAs of Pakistan and India"."""
    for child in tok.children:
        if child.dep_ in {"poss", "nmod"} and child.conjuncts:
            return [child, *child.conjuncts]
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.conjuncts:
                return [pobj, *pobj.conjuncts]
    return []


def _split_by_owners(index: ActorIndex, tok: Token, found: list[Actor]) -> list[Actor]:
    """One actor per owner when a role belongs to coordinated states ("both countries' NSAs").

    The index resolves the role to one office holder; the phrase names one per
    state, and each acts in the event, so each owner state stands in for its own.
    """
    owners = _owner_states(tok)
    if len(owners) < 2:
        return found
    out = list(found)
    codes = {a.code for a in found}
    for owner in owners:
        a = _ask(index, owner)
        if a is not None and a.code and a.code not in codes:
            codes.add(a.code)
            out.append(a)
    return out


def phrase_keys(tok: Token) -> set[str]:
    """The lexicon keys of a noun: its lemma, its singular, and with its modifiers ("armed_force").

    PETRARCH's patterns name phrases ("ARMED_FORCES", "{DEATH SQUAD}",
    "CEASE-FIRE"), keyed with their words joined by _ (``events.petrarch._word``)
    and hyphens kept; the modifiers written right before the head (compounds,
    adjectives, a hyphenated first part) make those keys.
    """
    head = singular(tok.lower_)
    keys = {tok.lemma_.lower(), head}
    start = tok.i
    doc = tok.doc
    while start > tok.left_edge.i and start > tok.i - MAX_PHRASE:
        prev = doc[start - 1]
        if prev.text in HYPHENS and start - 2 >= tok.left_edge.i:
            prev = doc[start - 2]
        if prev.head != tok or prev.dep_ not in {"compound", "amod"}:
            break
        start = prev.i
        words = doc[start : tok.i].text_with_ws.lower().replace(" ", "_")
        keys.add(words + head)
    return keys


# At most this many modifiers before a head make a phrase key; hyphens that join them.
MAX_PHRASE = 3
HYPHENS = frozenset({"-", "‐", "–"})


def _pp_keys(prep: Token) -> set[str]:
    """The lexicon keys of a preposition's objects ("against the general": general)."""
    return {k for g in prep.children if g.dep_ in {"pobj", "pcomp"} for k in phrase_keys(g) | {singular(g.lemma_.lower())}}


def _is_object(child: Token) -> bool:
    """A verb's object, or a passive's subject noun, which is its logical object ("Sanctions ... were imposed")."""
    if child.dep_ == "nsubjpass":
        return child.pos_ == "NOUN" and not statal(child.head)
    return child.dep_ in {"dobj", "attr", "oprd"}


def _context(tok: Token) -> tuple[set[str], set[str], dict[str, set[str]], set[str]]:
    """Object lemmas, particles, preposition -> object lemmas, xcomp lemmas of a predicate.

    PETRARCH's patterns are linear ("- * CHARGES (AGAINST ...)"): a
    preposition counts whether the parser hangs it on the verb or on its
    object ("filed charges against the general", "charges against the general
    were filed").
    """
    objs: set[str] = set()
    prts: set[str] = set()
    preps: dict[str, set[str]] = {}
    xcomps: set[str] = set()
    for child in tok.children:
        dep = child.dep_
        if _is_object(child):
            for t in (child, *child.conjuncts):
                objs |= phrase_keys(t)
            for p in child.children:
                if p.dep_ == "prep" and not _is_date_prep(p):
                    preps.setdefault(p.lower_, set()).update(_pp_keys(p))
        elif dep == "prt" or (dep in {"advmod", "acomp"} and child.lower_ in WORDS["adverb_particles"]):
            prts.add(child.lower_)
        elif dep in {"prep", "agent", "dative"} and not _is_date_prep(child):
            preps.setdefault(child.lower_, set()).update(_pp_keys(child))
        elif dep in {"xcomp", "ccomp"}:
            xcomps.add(child.lemma_.lower())
    return objs, prts, preps, xcomps


def _copula_preps(tok: Token) -> list[Token]:
    """Prepositions of the copula a noun is the subject of: "the call ... was from X"."""
    head = tok.head
    if tok.dep_ == "nsubj" and head.lemma_ == "be":
        return [c for c in head.children if c.dep_ == "prep"]
    return []


def _is_date_prep(prep: Token) -> bool:
    """ "on May 1", "on Wednesday": a time adjunct, not the preposition of a verb pattern."""
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return pobj is not None and pobj.ent_type_ in {"DATE", "TIME"}


def statal(tok: Token) -> bool:
    """A participle of taking part ("is engaged in a battle", "were locked in talks") used without an agent.

    English marks a state with the passive form of these verbs: the subject of
    "X is engaged in a battle with Y" is the one who fights, not one acted on
    (no "by" agent can follow). The verbs are data (``statal_participles``).
    """
    return tok.lemma_.lower() in STATAL_PARTICIPLES and agent_of(tok) is None


def relation_state(tok: Token) -> bool:
    """ "companies linked to an oligarch", "a militia affiliated with the army": a state, not an act.

    The passive participle of a verb of relation (``relation_participles``)
    with no agent, reduced ("firms linked to X") or with "be" ("who are linked
    to X"), says whom someone is tied to; it reports no linking done by anyone.
    """
    if tok.lemma_.lower() not in RELATION_PARTICIPLES or tok.tag_ != "VBN" or agent_of(tok) is not None:
        return False
    return tok.dep_ == "acl" or any(c.dep_ == "auxpass" for c in tok.children)


def _subject(tok: Token) -> Token | None:
    """The token naming who performs ``tok`` (see ``syntax.subject_of``), past a dateline
    the parser took for a second subject (``actors.vocab.past_dateline``).

    The passive subject of a statal participle is its doer (``statal``)."""
    subj = passive_object(tok) if statal(tok) else None
    subj = subj if subj is not None else subject_of(tok, OBJECT_CONTROL)
    return past_dateline(subj) if subj is not None else None


def _partners(tok: Token) -> list[Token]:
    """Who a participant takes part with: "engaged in [a battle] with Y", "locked in [talks] with Y".

    The partner hangs off the activity noun of the participle's "in" phrase,
    not off the verb; it is the other side of the activity.
    """
    return [partner for _in, activity in prep_objects(tok, PARTICIPATION_PREPS)
            for _p, partner in prep_objects(activity, PARTNER_PREPS)]


def _nested_actors(index: ActorIndex, tok: Token, depth: int = 0, places: bool = True) -> list[Actor]:
    """Actors one or two prepositions below a non-actor phrase ("six locations across Pakistan").

    Military events are coded against the state the struck places lie in, as
    GDELT and the gold do; an act on a thing is aimed at whoever owns, made or
    asked for it ("accepted the demands by protesters", "lifted sanctions
    against a unit of China's shipping company"). ``places=False`` leaves the place
    phrases out, for a side that must be an agent: a place is where an act happens,
    never who does it ("faces trial in The Hague" is not tried by the Netherlands).
    """
    preps = (PLACE_PREPS | NESTED_TARGET_PREPS) if places else NESTED_TARGET_PREPS
    for _prep, pobj in prep_objects(tok, preps):
        if _prep.dep_ != "prep":
            continue
        found = _actors(index, pobj) or (_nested_actors(index, pobj, depth + 1, places) if depth < 1 else [])
        if found:
            return found
    return []


def _listed_members(index: ActorIndex, tok: Token) -> list[Actor]:
    """States enumerated in apposition under a group phrase: "ministers from seven members of the
    UN Security Council - Algeria, Greece, Guyana ...".

    The enumeration names who the act was done to; the group itself (the
    council, "members") is only how the report counts them. The phrase may hang
    off the noun or, as the parser often attaches it, off the verb right after it.
    """
    holders = [tok]
    head = tok.head if tok.dep_ == "pobj" else tok
    nxt = head.head if head is not tok else None
    if nxt is not None:
        holders += [c for c in nxt.children if c.dep_ == "prep" and c.lower_ in WORDS["member_list_preps"] and c.i > tok.i]
    for holder in holders:
        for node in holder.subtree:
            if node.dep_ != "appos" or node.i - holder.i > 30:
                continue
            found: list[Actor] = []
            for part in [node, *node.conjuncts]:
                a = _ask(index, part)
                if a is not None and a.code and a.code not in {f.code for f in found}:
                    found.append(a)
            if len(found) >= 2:
                return found[:MAX_SIDE]
    return []


def _antecedent(pron: Token) -> Token:
    """What a relative pronoun object stands for: "India's strikes on May 7, which Pakistan condemned".

    The parser hangs the relative clause on the nearest noun, often the date
    ("May 7"); a date is never what is condemned, so we climb to the noun it dates.
    """
    clause = pron.head
    if clause.dep_ != "relcl":
        return pron
    cur = clause.head
    for _ in range(3):
        if cur.ent_type_ in {"DATE", "TIME"} and cur.dep_ == "pobj" and cur.head.dep_ == "prep":
            cur = cur.head.head
        else:
            break
    return cur


def _passive_targets(tok: Token) -> list[Token]:
    """The passive subject (the logical object), or a statal participle's partners (its subject is the doer)."""
    if statal(tok):
        return _partners(tok)
    passive = passive_object(tok)
    return [passive] if passive is not None else []


def _targets_of_verb(tok: Token, pat: Pattern) -> list[Token]:
    """Tokens naming who the predicate is done to."""
    out = _passive_targets(tok)
    for child in tok.children:
        if child.dep_ in {"dobj", "dative", "oprd"} and child.pos_ in {"NOUN", "PROPN", "PRON"}:
            out.append(_antecedent(child) if child.lower_ in RELATIVE_PRONOUNS else child)
    if pat.prep:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == pat.prep:
                out.extend(g for g in child.children if g.dep_ == "pobj")
    for child in tok.children:
        if child.dep_ in {"prep", "dative"} and child.lower_ in TARGET_PREPS:
            out.extend(g for g in child.children if g.dep_ == "pobj")
    if tok.dep_ == "relcl" and not out:
        out.append(tok.head)  # "strikes, which Pakistan condemned"
    return out
