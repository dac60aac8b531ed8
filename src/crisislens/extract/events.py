"""Event coding: who did what to whom, from the dependency parse, in CAMEO and PLOVER.

A dictionary coder in the PETRARCH tradition, but on spaCy's dependency parse:
each verb or event noun whose lemma is in the lexicon is a predicate; its
subject / agent / possessor gives the source, its object or a target
preposition (against, on, with, to, at, into) gives the target, and the
actor index turns those phrases into canonical actors. Coordinated phrases
fan out into one event per (source, target) pair, as GDELT and the gold do.

Reporting structure is kept, not flattened: "Dar confirmed that X contacted Y"
is the X->Y event with Dar as claimant, and "India denies that ..." marks it
negated. Modal and future auxiliaries mark modality, so hypothetical and
announced events are never stored as facts.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from crisislens.actors.index import ActorIndex
from crisislens.events.arguments import (
    _actors,
    _ask,
    _ask_place,
    _context,
    _copula_preps,
    _listed_members,
    _nested_actors,
    _subject,
    _targets_of_verb,
)
from crisislens.events.attributes import (
    _after_the_attack,
    _claimant,
    _date,
    _evaluated,
    _headline_present,
    _is_day,
    _modality,
    _place,
    _present_report,
    _resolve,
    _simple_past,
    _time_anchor,
)
from crisislens.events.config import (
    ACCUSING_WORDS,
    ATTACK_NOUNS,
    CODES,
    COLLECTIVE_PRONOUNS,
    CONFIG,
    DENYING,
    LIGHT_VERBS,
    MAX_SENT_TOKENS,
    MUTUAL_ROOTS,
    NEAREST_THRESHOLD,
    OWN_DATES,
    PARTY_WORDS,
    PASSIVE_CARRIERS,
    RECEIVING,
    RELATIVE_PRONOUNS,
    REPORTING,
    REQUIRE_DYAD,
    SOURCE_PREPS,
    STRIKE_NOUNS,
    TARGET_PREPS,
    TERROR_WORDS,
    UNNAMED_ATTACKERS,
    WARNING_VERBS,
    WORDS,
)
from crisislens.events.nearest import nearest_code
from crisislens.events.rules import (
    refine,
)
from crisislens.extract.codebook import lookup, root_quad_class
from crisislens.extract.common import evidence
from crisislens.extract.dates import reference_date
from crisislens.extract.events_lexicon import (
    NO_EVENT,
    Pattern,
    lexicon,
    match,
    singular,
)
from crisislens.model import (
    Actor,
    Article,
    Event,
    stable_id,
)
from crisislens.syntax import (
    complements,
    prep_objects,
)


def _side(prefix: str, actor: Actor | None) -> dict[str, str | None]:
    """The Event fields of one side (all None for the empty side of a one-actor event)."""
    if actor is None:
        return {f"{prefix}_{k}": None for k in ("actor_id", "name", "code", "sector")}
    return {
        f"{prefix}_actor_id": actor.id,
        f"{prefix}_name": actor.name or (actor.roles[0] if actor.roles else None),
        f"{prefix}_code": actor.code,
        f"{prefix}_sector": actor.sector,
    }


def _same_actor(src: Actor, tgt: Actor) -> bool:
    """An actor acting on itself, which gives no event (gold FORMAT: domestic events count).

    Two different actors of one country ("Kenyan police arrested protesters",
    "the opposition accused the government") are an event with equal codes;
    the same actor id, or the same country and sector when neither is a
    person (the state and its own government named twice), is one actor; so
    is a state and anyone acting for it ("Erdogan expressed Türkiye's solidarity").
    """
    if src.id == tgt.id:
        return True
    if not src.code or src.code != tgt.code:
        return False
    if "state" in (src.kind, tgt.kind):
        return True
    if "person" in (src.kind, tgt.kind):
        return False
    return (src.sector or "GOV") == (tgt.sector or "GOV")


# A noun is not negated by "would not": only the sub-code rules apply to event nouns.
NOUN_REFINEMENTS = [name for name in CONFIG["refinements"] if name != "refusal"]


class _Coder:
    """Codes one article; holds what every predicate needs."""

    def __init__(self, doc: Doc, article: Article, index: ActorIndex, require_dyad: bool = True) -> None:
        self.doc = doc
        self.require_dyad = require_dyad
        self.article = article
        self.index = index
        self.lex = lexicon()
        self.events: list[Event] = []
        self.seen: set[tuple] = set()
        self._dyad: list[Actor] | None = None
        self.pred_targets: dict[int, list[Actor]] = {}  # predicate token -> the targets it was coded with
        # the day relative dates count from: the publication date, else the text's latest full date
        self.ref_date = article.published or reference_date(article.clean_text) or reference_date(article.text)
        self.sent_dates: dict[int, tuple[str | None, str | None, str | None]] = {}
        self.unnamed_attacks: list[tuple[Token, Span, tuple[str, str | None] | None, object]] = []
        self.attack_dates: list = []
        self.date_how: dict[int, str] = {}  # event index -> how its date was found (see date_of)

    def dyad(self) -> list[Actor]:
        """The two states the article is mostly about (by mentions), for "both countries".

        Crisis reports say "urged both nations" or simply "called for restraint";
        like GDELT coders and our gold, we read those as addressed to the two
        parties of the crisis the article covers.
        """
        if self._dyad is None:
            try:
                states = {a.id: a for a in self.index.actors() if a.kind == "state" and a.code}
                counts: dict[str, int] = {}
                for m in self.index.mentions():
                    if m.actor_id in states:
                        counts[m.actor_id] = counts.get(m.actor_id, 0) + 1
                pairs = self._state_pairs()
            except Exception:  # noqa: BLE001 - the index is another component: no dyad rather than no events
                states, counts, pairs = {}, {}, {}
            if pairs:
                # the pair a report names together ("India and Pakistan", "India-Pakistan tensions")
                # is the crisis dyad, even when a third state (a mediator) is mentioned more
                best = max(pairs, key=lambda p: (pairs[p], counts.get(p[0], 0) + counts.get(p[1], 0)))
                self._dyad = [a for a in (self._by_id(best[0]), self._by_id(best[1])) if a is not None]
            else:
                top = sorted(counts, key=lambda i: -counts[i])[:2]
                self._dyad = [states[i] for i in top] if len(top) == 2 else []
        return self._dyad

    def _by_id(self, actor_id: str) -> Actor | None:
        return next((a for a in self.index.actors() if a.id == actor_id), None)

    def _state_pairs(self) -> dict[tuple[str, str], int]:
        """How often two states are coordinated ("India and Pakistan") or hyphenated ("India-Pakistan")."""
        pairs: dict[tuple[str, str], int] = {}

        def state(tok: Token) -> Actor | None:
            a = self.index.actor_for(tok)
            return a if a is not None and a.kind == "state" and a.code else None

        for tok in self.doc:
            other: Token | None = None
            if tok.dep_ == "conj" and tok.head.i < tok.i and tok.i - tok.head.i <= 3:
                other = tok.head
            elif tok.text in {"-", "–"} and 0 < tok.i < len(self.doc) - 1:
                other, tok = self.doc[tok.i - 1], self.doc[tok.i + 1]
            if other is None:
                continue
            a, b = state(other), state(tok)
            if a is not None and b is not None and a.code != b.code:
                key = tuple(sorted((a.id, b.id)))
                pairs[key] = pairs.get(key, 0) + 1
        return pairs

    def parties(self, toks: list[Token], code: str, source_codes: set[str]) -> list[Actor]:
        """The crisis dyad when the target is "both countries"/"the two nations", or absent from an appeal."""
        refers = any(
            t.lower_ in PARTY_WORDS
            or any(c.lower_ in PARTY_WORDS for c in t.children)
            # "his counterparts in both countries"
            or any(
                g.lower_ in WORDS["party_nouns"]
                and any(c.lower_ in PARTY_WORDS for c in g.children)
                for c in t.children if c.dep_ == "prep"
                for g in c.children if g.dep_ == "pobj"
            )
            for t in toks
        )
        # an appeal whose complement names no actor ("called for restraint") is addressed to the parties
        if refers or code[:2] == CODES["appeal_root"]:
            return [a for a in self.dyad() if a.code not in source_codes]
        return []

    def inherited_targets(self, tok: Token, sources: list[Actor]) -> list[Actor]:
        """The target of the act this one elaborates: "spoke with Sharif, expressing solidarity".

        A participle or coordinated verb that shares its governor's subject and
        names no target of its own is done to the same party ("called X,
        offering condolences"), as coders read it.
        """
        cur = tok
        src = {a.id for a in sources}
        for _ in range(3):
            if cur.dep_ not in {"conj", "advcl", "xcomp"} or cur.head is cur:
                return []
            cur = cur.head
            got = self.pred_targets.get(cur.i)
            if got and not ({a.id for a in got} & src):
                return got
        return []

    def mutual(self, tok: Token, sent: Span, code: str, predicate: str, sources: list[Actor]) -> bool:
        """ "Pakistan and India's NSAs made contact": each side of a symmetric act acts on the other."""
        if code[:2] not in MUTUAL_ROOTS or len({a.code for a in sources if a.code}) < 2:
            return False
        for a in sources:
            for b in sources:
                if a.code != b.code:
                    self.emit(tok, sent, code, predicate, [a], [b])
        return True

    def attackers(self, tok: Token, code: str) -> list[Actor]:
        """The target of a condemnation of an attack nobody is named for: the unnamed attackers.

        "The UNSC condemned the attack" censures its perpetrators, not the
        victims' state; when the phrase names the attacker ("India's strikes",
        "the Indian attacks") the index finds it instead.
        """
        if code[:2] != CODES["condemn_root"] or tok.lemma_.lower() not in ATTACK_NOUNS:
            return []
        if _actors(self.index, tok) or any(c.dep_ == "prep" and c.lower_ == "by" for c in tok.children):
            return []
        return [self.index.register(UNNAMED_ATTACKERS)]

    def note_unnamed_attack(self, tok: Token, sent: Span) -> None:
        """Remember an attack without a named perpetrator; one event per article is made at the end.

        It counts when the text marks it as terrorist/militant, or pins it to a
        place and a date of its own ("last month's attack in Pahalgam"): that is
        an incident by an unnamed armed group. Articles refer back to such an
        incident many times; it happened once, so it is coded once.
        """
        words = {c.lower_ for c in tok.subtree if c.i < tok.i} | {c.lemma_.lower() for c in tok.children}
        terror = bool(words & TERROR_WORDS)
        place = None
        for node in [tok, *(c for c in tok.children if c.dep_ in {"compound", "prep"})]:
            probe = node if node is tok else (next((g for g in node.children if g.dep_ == "pobj"), node))
            found = _ask_place(self.index, probe if probe is not tok else self.doc[tok.i : tok.i + 1])
            if found and found[1]:
                place = found
                break
        lo, hi = tok.left_edge.i, tok.right_edge.i + 1
        own_date = _resolve(self.doc[lo:hi], self.ref_date)
        if not terror and not (place and own_date):
            if own_date is not None:
                self.attack_dates.append(own_date)
            return
        self.unnamed_attacks.append((tok, sent, place, own_date))
        if own_date is not None:
            self.attack_dates.append(own_date)

    def flush_unnamed_attacks(self) -> None:
        """The one NSG -> victim-state attack event of the article (see ``note_unnamed_attack``)."""
        with_place = [m for m in self.unnamed_attacks if m[2]]
        if not with_place:
            return
        chosen, date = self.incident_mention(with_place)
        tok, sent, place, _own = chosen
        target = self.state_actor(place[1])
        if target is None:
            return
        before = len(self.events)
        attackers = [self.index.register(UNNAMED_ATTACKERS)]
        self.emit(tok, sent, CODES["unnamed_attack"], tok.text, attackers, [target], how="rule:unnamed_attackers")
        for ev in self.events[before:]:
            ev.date, ev.date_end, ev.date_text = (date.start, date.end, date.text) if date else (None, None, None)
            ev.date_how = "incident" if date else None
            ev.place, ev.place_code = place

    def sentence_day(self, m: tuple) -> object:
        """ "since April 22, the date of the attack": the day the attack noun is named as."""
        tok = m[0]
        holder = tok.head.head if tok.head.lower_ == "of" else None
        if holder is None or holder.lemma_.lower() not in WORDS["day_nouns"] or holder.dep_ != "appos":
            return None
        res = _resolve(self.doc[holder.head.left_edge.i : holder.i], self.ref_date)
        return res if res is not None and res.end is None else None

    def incident_mention(self, with_place: list[tuple]) -> tuple[tuple, object]:
        """The mention that dates the incident best, and its date.

        A day of its own ("the April 22 attack") before a month ("last month's
        attack"), then a day its sentence names ("since April 22, the date of
        the attack"), then a day another attack mention of the article gave.
        """
        chosen, date = with_place[0], None
        for pick in (lambda m: m[3] if _is_day(m[3]) else None, self.sentence_day, lambda m: m[3]):
            found = next(((m, d) for m in with_place if (d := pick(m)) is not None), None)
            if found is not None:
                chosen, date = found
                break
        precise = [d for d in self.attack_dates if _is_day(d)]
        if not _is_day(date) and precise:
            date = precise[0]
        elif date is None and self.attack_dates:
            date = self.attack_dates[0]
        return chosen, date

    def date_of(self, tok: Token, sent: Span, root: str) -> tuple[str | None, str | None, str | None, str]:
        """The predicate's date and how it was found: own | paragraph | headline | main | none.

        News paragraphs set the day once ("On Wednesday, India struck ...") and
        go on without repeating it ("Pakistan shot down five jets"). Material
        acts (roots 15-20, 06-08) and acts told in the simple past ("the
        minister told him ...") inherit it from the previous sentence of the
        same paragraph; a present perfect ("has issued a call") does not, as
        it names no time. A headline in the present tense is the report's own
        day. What is left undated is marked "main" when it is a past material
        act or follows "the attack": it gets the article's main event day at
        the end (``fill_main_day``), the day the crisis report is about.
        """
        got = _date(tok, sent, self.ref_date)
        if got[0] is not None and (got[3] == "own" or not (self.article.published and _present_report(tok))):
            return got
        if got[0] is not None:
            return self.article.published, None, "(present tense: the report's day)", "tense"
        material = root in CODES["material_roots"]
        past = _simple_past(tok)
        if material or past:
            prev = self.sent_dates.get(sent.start - 1)
            if prev is not None and "\n" not in self.doc[sent.start - 1].text:
                return (*prev, "paragraph")
        if self.ref_date and _headline_present(tok, sent):
            return self.ref_date, None, sent.text.strip(), "headline"
        if self.article.published and _present_report(tok):
            return self.article.published, None, "(present tense: the report's day)", "tense"
        if _after_the_attack(sent) or (material and past):
            return None, None, None, "main"
        return None, None, None, "none"

    def own_prep_date(self, tok: Token) -> object:
        """The day a noun names in its own prepositional phrase ("strikes on May 7"), else None."""
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in WORDS["own_date_preps"]:
                res = _resolve(self.doc[child.i : child.right_edge.i + 1], self.ref_date)
                if res is not None and res.end is None:
                    return res
        return None

    def fill_main_day(self) -> None:
        """Date the events marked "main" with the article's main event day.

        The main event day is the day most of the article's own-dated material
        conflict acts (roots 18-20) fall on, the latest on a tie: the strikes a
        crisis report is about. Without one nothing is filled.
        """
        days: dict[str, int] = {}
        for i, ev in enumerate(self.events):
            if self.date_how.get(i) in OWN_DATES and ev.cameo_root in CODES["main_day_roots"] and ev.date and not ev.date_end:
                if ev.source_code == UNNAMED_ATTACKERS.code:
                    continue  # the incident that set off the crisis is not the crisis day
                days[ev.date] = days.get(ev.date, 0) + 1
        if not days:
            return
        main = max(days, key=lambda d: (days[d], d))
        for i, ev in enumerate(self.events):
            if self.date_how.get(i) == "main" and ev.date is None:
                ev.date, ev.date_text, ev.date_how = main, "(the article's main event day)", "main"

    def note_sentence_date(self, sent: Span) -> None:
        """Remember the date a sentence states (keyed by its last token), for the next one."""
        res = _resolve(sent, self.ref_date)
        prev = self.sent_dates.get(sent.start - 1)
        if res is not None:
            self.sent_dates[sent.end - 1] = (res.start, res.end, res.text)
        elif prev is not None and "\n" not in self.doc[sent.start - 1].text:
            self.sent_dates[sent.end - 1] = prev  # the paragraph's date carries on

    def state_actor(self, code: str | None) -> Actor | None:
        """The state actor of this article with ``code`` (or a bare one when it is not mentioned)."""
        if not code:
            return None
        return self.index.state(code)

    # -- predicates -------------------------------------------------------------------
    def code_verb(self, tok: Token) -> tuple[Pattern, str] | None:
        pats = self.lex.verbs.get(tok.lemma_.lower())
        if not pats:
            return None
        objs, prts, preps, xcomps = _context(tok)
        subj = _subject(tok) if pats.needs_subject else None
        subj_words = {subj.lemma_.lower(), singular(subj.lower_)} if subj is not None else set()
        pat = match(pats, objs, prts, preps, xcomps, subj_words)
        if pat is None or pat.code == NO_EVENT:
            return None
        predicate = tok.text
        if pat.prt:
            predicate += f" {pat.prt}"
        elif pat.prep:
            predicate += f" {pat.prep}"
        if pat.obj:
            predicate += f" {pat.obj}"
        return pat, predicate

    def code_noun(self, tok: Token) -> tuple[Pattern, str] | None:
        lemma = tok.lemma_.lower()
        pats = self.lex.nouns.get(lemma) or self.lex.nouns.get(singular(tok.lower_))
        if not pats:
            return None
        preps: dict[str, set[str]] = {}
        prts: set[str] = set()
        for child in [*tok.children, *_copula_preps(tok)]:
            if child.dep_ == "prep":
                preps.setdefault(child.lower_, set()).update(
                    singular(g.lemma_.lower()) for g in child.children if g.dep_ == "pobj"
                )
        for child in tok.children:
            if child.dep_ == "compound":
                prts.add(child.lower_)
        pat = match(pats, set(), prts, preps, set())
        if pat is None or pat.code == NO_EVENT:
            return None
        return pat, tok.text

    # -- events -------------------------------------------------------------------------
    def warning(self, tok: Token, sources: list[Actor], targets: list[Actor]) -> tuple[str, list[Actor]] | None:
        """What a warning is: a threat by a party, an appeal or a gloomy comment by an outsider.

        "Pakistan warned that it will respond" threatens the other side (138).
        A third party's "warned against escalation" or "warned that the world
        cannot afford a conflict" appeals to both sides for restraint (025);
        "cautioning that India's strikes risk a wider war" is a pessimistic
        comment on India (012); "warned of the risk of war", naming no one,
        is no event. None drops the event.
        """
        own = {a.code for a in sources if a.code}
        dyad = [a for a in self.dyad() if a.code not in own]
        party = bool(own & {a.code for a in self.dyad()})
        if any(c.dep_ == "prep" and c.lower_ == "against" for c in tok.children):
            return (CODES["threat_military"], targets or dyad) if party else (CODES["appeal_restraint"], dyad)
        comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        if comp is not None:
            subj = next((c for c in comp.children if c.dep_ == "nsubj"), None)
            about = _actors(self.index, subj) if subj is not None else []
            if subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() not in STRIKE_NOUNS | ATTACK_NOUNS:
                about = [] if self.index_actor(subj) is None else about
            if (subj is not None and subj.lower_ in COLLECTIVE_PRONOUNS) or own & {a.code for a in about}:
                return CODES["threat_military"], targets or dyad  # the speaker's side will act: a threat
            others = [a for a in about if a.code and a.code not in own]
            if others:
                return CODES["pessimism"], others
            return None if party else (CODES["appeal_restraint"], dyad)
        if not targets and not party:
            return None
        return CODES["threat"], targets

    def reported_accusation(self, tok: Token, sent: Span) -> None:
        """Code the reporting act when what is reported accuses someone (CAMEO 112).

        "Dar said the Indian airstrikes marked a serious act of aggression" is
        Pakistan accusing India, though no accusation verb is used: the speech
        verb's clause has an actor (or an actor's strike) as its subject and
        judges it in accusing words. The accused must be another state or body
        than the speaker's.
        """
        if tok.lemma_.lower() not in REPORTING or tok.lemma_.lower() in DENYING:
            return
        sources = _actors(self.index, _subject(tok))
        if not sources:
            return
        own = {a.code for a in sources if a.code}
        for comp in tok.children:
            if comp.dep_ != "ccomp":
                continue
            subj = next((c for c in comp.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is None or subj.lower_ in RELATIVE_PRONOUNS:
                continue
            accused = [a for a in _actors(self.index, subj) if a.code and a.code not in own]
            if not accused or (subj.pos_ == "NOUN" and subj.lemma_.lower() not in STRIKE_NOUNS | ATTACK_NOUNS
                               and self.index_actor(subj) is None):
                continue
            words = {t.lower_ for t in comp.subtree} | {t.lemma_.lower() for t in comp.subtree}
            if words & ACCUSING_WORDS:
                self.emit(tok, sent, CODES["accuse"], f"{tok.text} (accusing)", sources, accused,
                          how="rule:reported_accusation")
                return

    def index_actor(self, tok: Token) -> Actor | None:
        return _ask(self.index, tok)

    def verb_events(self, tok: Token, sent: Span) -> None:
        """Code a verb predicate: its pattern, source, target and the fall-backs for a missing target."""
        self.reported_accusation(tok, sent)
        coded = self.code_verb(tok)
        if coded is None:
            self.nearest_events(tok, sent)
            return
        pat, predicate = coded
        # a light verb whose object is itself an event noun lets the noun decide the code
        if tok.lemma_.lower() in LIGHT_VERBS and (not pat.obj or self.receives_event_noun(tok)):
            return
        code, modality, fired = refine(pat.code, tok)
        how = "rule:refusal" if "refusal" in fired else "dictionary"
        subj = _subject(tok)
        sources = _actors(self.index, subj)
        target_toks = [t for t in _targets_of_verb(tok, pat) if subj is None or t.i != subj.i]
        targets = self.verb_targets(target_toks, code) or self.complement_targets(tok, code, sources)
        if tok.lemma_.lower() in WARNING_VERBS and code[:2] == CODES["threat_root"] and sources:
            refined = self.warning(tok, sources, targets)
            if refined is None:
                return
            code, targets = refined
            how = "rule:warning"
        if not targets and sources and not target_toks and self.mutual(tok, sent, code, predicate, sources):
            return
        if not targets and sources:
            targets = self.fallback_targets(tok, target_toks, code, sources)
        self.emit(tok, sent, code, predicate, sources, targets, modality, how)

    def is_event_noun(self, tok: Token) -> bool:
        return tok.lemma_.lower() in self.lex.nouns or singular(tok.lower_) in self.lex.nouns

    def receives_event_noun(self, tok: Token) -> bool:
        """A light verb whose object is, or carries, an event noun: the noun decides the event.

        "received calls from X": the verb pattern would make the receiver the
        source, the noun path (``light_verb_sides``) codes the caller; "issued
        a statement of condemnation against X" is the condemnation, not a statement.
        """
        receiving = tok.lemma_.lower() in RECEIVING
        for obj in (c for c in tok.children if c.dep_ == "dobj"):
            carried = [g for _p, g in prep_objects(obj, {"of"})]
            if (receiving and self.is_event_noun(obj)) or any(self.is_event_noun(g) for g in carried):
                return True
        return False

    def nearest_events(self, tok: Token, sent: Span) -> None:
        """A verb the dictionary does not code, between two actors: the nearest dictionary verb's code.

        Only a verb with a coded actor as subject and another as object or
        prepositional target is tried; its code comes from
        ``events.nearest.nearest_code`` and the event says ``how = nearest:<lemma>``.
        """
        if NEAREST_THRESHOLD <= 0 or tok.pos_ != "VERB" or tok.lemma_.lower() in LIGHT_VERBS | REPORTING:
            return
        subj = _subject(tok)
        target_toks = [t for t in _targets_of_verb(tok, Pattern(code="")) if subj is None or t.i != subj.i]
        if subj is None or not target_toks:
            return
        sources = [a for a in _actors(self.index, subj) if a.code]
        targets = [a for a in self.verb_targets(target_toks, "") if a.code] if sources else []
        if not targets:
            return
        near = nearest_code(tok.vocab, tok.lemma_.lower(), NEAREST_THRESHOLD)
        if near is not None:
            code, lemma, _sim = near
            self.emit(tok, sent, code, tok.text, sources, targets, how=f"nearest:{lemma}")

    def verb_targets(self, target_toks: list[Token], code: str) -> list[Actor]:
        """The actors the first target phrase names; a phrase naming a coded actor beats an uncoded one.

        "suspended the Indus Waters Treaty with Pakistan": the treaty is no
        party, so the actor behind it (with Pakistan) is the target.
        """
        uncoded: list[Actor] = []
        for t in target_toks:
            found = self.attackers(t, code) or _actors(self.index, t)
            members = _listed_members(self.index, t) if len(found) <= 1 else []
            if members and not (found and found[0].kind == "state"):
                found = members
            found = found or _nested_actors(self.index, t)
            if any(a.code for a in found):
                return [a for a in found if a.code]
            uncoded = uncoded or found
        return uncoded

    def complement_targets(self, tok: Token, code: str, sources: list[Actor], depth: int = 0) -> list[Actor]:
        """The target of an act stated through its complement: "threatened to use force against X".

        A control verb (agree, promise, threaten, offer ...) with no object of
        its own is aimed at whoever its infinitive is aimed at, or at the
        parties of the talks it proposes ("offered to host talks between A and B").
        """
        if depth > 3:
            return []
        src = {a.id for a in sources}
        for comp in complements(tok):
            toks = [t for t in _targets_of_verb(comp, Pattern(code=code)) if t.dep_ != "nsubjpass"]
            toks += [o for t in toks for _p, o in prep_objects(t, {"between"})]
            found = [a for a in self.verb_targets(toks, code) if a.id not in src]
            if found:
                return found
            found = self.complement_targets(comp, code, sources, depth + 1)
            if found:
                return found
        return []

    def fallback_targets(self, tok: Token, target_toks: list[Token], code: str, sources: list[Actor]) -> list[Actor]:
        """Targets a reader supplies when the clause names none: the act it elaborates, the crisis parties."""
        own = {a.code for a in sources if a.code}
        targets = self.inherited_targets(tok, sources) or self.parties(target_toks, code, own)
        if not targets and code[:2] == CODES["threat_root"] and own & {a.code for a in self.dyad()}:
            # a crisis party's threat that names no one ("retains the right to respond") is aimed
            # at the other party
            targets = [a for a in self.dyad() if a.code not in own]
        return targets

    def noun_events(self, tok: Token, sent: Span) -> None:
        """Code an event noun: "India's strikes on Pakistan", "issued a condemnation of X"."""
        coded = self.code_noun(tok)
        if coded is None:
            return
        pat, predicate = coded
        code, _modality_unused, _fired = refine(pat.code, tok, NOUN_REFINEMENTS)
        # "a statement of condemnation against India": the carrier noun holds the verb
        carrier = tok
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
            carrier = tok.head.head
        sources, targets = self.noun_sources(tok)
        found, between = self.noun_targets(tok, carrier, code)
        targets = targets or found
        sources, targets, modality_tok = self.light_verb_sides(carrier, sources, targets)
        if len(between) >= 2 and not sources:
            # "contact between the two countries' advisers": each side acts on the other
            self.each_on_the_other(modality_tok, sent, code, predicate, between)
            return
        if sources and not targets and self.mutual(modality_tok, sent, code, predicate, sources):
            return
        if sources and not targets:
            targets = self.noun_fallback_targets(tok, modality_tok, code, sources)
        if not sources and not targets and tok.lemma_.lower() in ATTACK_NOUNS:
            self.note_unnamed_attack(tok, sent)
            return
        if tok.lemma_.lower() in STRIKE_NOUNS and sources:
            targets = self.strike_targets(tok, sources, targets)
        if not sources or not targets:
            return  # a nominal mention without both sides is a topic, not an event
        self.emit(modality_tok, sent, code, predicate, sources, targets)

    def each_on_the_other(self, tok: Token, sent: Span, code: str, predicate: str, parties: list[Actor]) -> None:
        """One event per ordered pair of parties: "talks between A and B" is A->B and B->A."""
        for a in parties:
            for b in parties:
                if a.id != b.id:
                    self.emit(tok, sent, code, predicate, [a], [b])

    def noun_sources(self, tok: Token) -> tuple[list[Actor], list[Actor]]:
        """(sources, targets) a noun's own dependents name: possessor, by/from, "the call he received"."""
        sources: list[Actor] = []
        targets: list[Actor] = []
        for child in [*tok.children, *_copula_preps(tok)]:
            if child.dep_ == "poss":
                sources = _actors(self.index, child)
            elif child.dep_ == "relcl" and child.lemma_.lower() in RECEIVING and not targets:
                # "the first call he received": the receiver is the target
                targets = _actors(self.index, _subject(child))
            elif child.dep_ == "prep" and child.lower_ in SOURCE_PREPS and not sources:
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                sources = _actors(self.index, pobj) if pobj is not None else []
        if not sources:
            mod = next((a for c in tok.children if c.dep_ in {"amod", "compound"} and c.i < tok.i
                        if (a := self.index_actor(c)) is not None), None)
            sources = [mod] if mod is not None else []
        return sources, targets

    def noun_targets(self, tok: Token, carrier: Token, code: str) -> tuple[list[Actor], list[Actor]]:
        """(targets, between-parties) from the target prepositions under the noun, its objects and carrier."""
        targets: list[Actor] = []
        between: list[Actor] = []
        holders = [tok, *(g for _p, g in prep_objects(tok))]
        if carrier is not tok:
            holders.append(carrier)
        for holder in holders:
            for prep, pobj in prep_objects(holder, TARGET_PREPS):
                if prep.dep_ != "prep":
                    continue
                found = self.attackers(pobj, code) or _actors(self.index, pobj) or _nested_actors(self.index, pobj)
                if prep.lower_ == "between":
                    between = found
                elif found and not targets:
                    targets = found
        return targets, between

    def light_verb_sides(
        self, carrier: Token, sources: list[Actor], targets: list[Actor]
    ) -> tuple[list[Actor], list[Actor], Token]:
        """Sides lent by the verb a noun is the object of: "X issued a condemnation to Y", "Y received a call".

        A passive light verb lends its agent: "Charges ... were filed by Thai prosecutors".
        """
        head = carrier.head
        if carrier.dep_ not in {"dobj", "attr", "nsubjpass"} or head.lemma_.lower() not in LIGHT_VERBS | PASSIVE_CARRIERS:
            return sources, targets, carrier
        subj_actors = _actors(self.index, _subject(head))
        if head.lemma_.lower() in RECEIVING:
            targets = targets or subj_actors
        elif not sources:
            sources = subj_actors
        if not targets:
            targets = next((found for _p, pobj in prep_objects(head, TARGET_PREPS)
                            if (found := _actors(self.index, pobj))), [])
        return sources, targets, head

    def noun_fallback_targets(self, tok: Token, modality_tok: Token, code: str, sources: list[Actor]) -> list[Actor]:
        """The target of a noun event that names none: the act its verb elaborates, or the crisis parties."""
        targets = self.inherited_targets(modality_tok, sources) if modality_tok is not tok else []
        if not targets:
            pobjs = [g for _p, g in prep_objects(tok)]
            targets = self.parties(pobjs, code, {a.code for a in sources if a.code})
        return targets

    def strike_targets(self, tok: Token, sources: list[Actor], targets: list[Actor]) -> list[Actor]:
        """Keep a strike noun only when it is news: dated, or not a mere time anchor or judgement.

        "talks after India's strikes", "the strikes marked an act of aggression":
        the strike is what something else is about; "India's strikes on May 7"
        by one side of the crisis hits the other.
        """
        own_day = self.own_prep_date(tok)
        if own_day is None and (_time_anchor(tok) or _evaluated(tok)):
            return []
        if targets or own_day is None:
            return targets
        dyad = {d.code for d in self.dyad()}
        other = [a for a in self.dyad() if a.code not in {s.code for s in sources}]
        return other if len(other) == 1 and any(a.code in dyad for a in sources) else []

    def emit(
        self,
        tok: Token,
        sent: Span,
        code: str,
        predicate: str,
        sources: list[Actor],
        targets: list[Actor],
        modality: str | None = None,
        how: str = "dictionary",
    ) -> None:
        """Record one event per (source, target) pair of a coded predicate.

        With ``require_dyad`` off (event_coder.json), a predicate with only one
        side found is recorded with the other side empty, as GDELT records
        one-actor events; with it on (the default) both sides are needed.
        """
        if not sources and not targets:
            return
        one_sided = not sources or not targets
        if one_sided and (self.require_dyad or not how.startswith("dictionary")):
            return
        self.pred_targets.setdefault(tok.i, targets)
        attrs = self.attributes(tok, sent, code, modality)
        for src in sources or [None]:
            for tgt in targets or [None]:
                if src is not None and tgt is not None and _same_actor(src, tgt):
                    continue
                key = (sent.start, src.id if src else None, tgt.id if tgt else None, code[:2])
                if key in self.seen:
                    continue
                self.seen.add(key)
                self.date_how[len(self.events)] = attrs["date_how"]
                self.events.append(self.record(attrs, code, predicate, src, tgt, how))

    def attributes(self, tok: Token, sent: Span, code: str, modality: str | None) -> dict:
        """What every event of one predicate shares: evidence, date, place, claimant, modality."""
        sent_start, sent_end, sentence = evidence(self.article, sent)
        date, date_end, date_text, how = self.date_of(tok, sent, code[:2])
        place, place_code = _place(tok, self.index)
        return {
            "sent_start": sent_start, "sent_end": sent_end, "sentence": sentence,
            "date": date, "date_end": date_end, "date_text": date_text, "date_how": how,
            "place": place, "place_code": place_code,
            "claimant": _claimant(tok, self.index), "modality": modality or _modality(tok),
        }

    def record(self, attrs: dict, code: str, predicate: str, src: Actor | None, tgt: Actor | None, how: str) -> Event:
        """The Event record for one pair, coded through the code book."""
        entry = lookup(code)
        root = code[:2]
        claimant = attrs["claimant"]
        if claimant is not None and src is not None and claimant.id == src.id:
            claimant = None
        return Event(
            id=stable_id(self.article.id, attrs["sent_start"], attrs["sent_end"],
                         src.id if src else "", tgt.id if tgt else "", code),
            article_id=self.article.id,
            **_side("source", src),
            **_side("target", tgt),
            cameo=code,
            cameo_root=root,
            plover=entry.plover if entry else None,
            plover_mode=entry.plover_mode if entry else None,
            goldstein=entry.goldstein if entry else None,
            quad_class=entry.quad_class if entry and entry.quad_class else root_quad_class(root),
            predicate=predicate,
            date=attrs["date"],
            date_end=attrs["date_end"],
            date_text=attrs["date_text"],
            place=attrs["place"],
            place_code=attrs["place_code"],
            claimant_actor_id=claimant.id if claimant else None,
            claimant_name=claimant.name if claimant else None,
            modality=attrs["modality"],
            sent_start=attrs["sent_start"],
            sent_end=attrs["sent_end"],
            sentence=attrs["sentence"],
            how=how,
            date_how=None if attrs["date"] is None else attrs["date_how"],
        )

    def run(self, sents: Iterable[Span]) -> list[Event]:
        for sent in sents:
            self.note_sentence_date(sent)
            toks = sent if len(sent) <= MAX_SENT_TOKENS else sent[:MAX_SENT_TOKENS]
            for tok in toks:
                if tok.pos_ in {"VERB", "AUX"} or (tok.pos_ == "NOUN" and tok.tag_.startswith("VB")):
                    self.verb_events(tok, sent)
                elif tok.pos_ in {"NOUN", "PROPN"}:
                    self.noun_events(tok, sent)
        self.flush_unnamed_attacks()
        self.fill_main_day()
        return self.events


def extract_events(
    doc: Doc, article: Article, index: ActorIndex, require_dyad: bool | None = None
) -> list[Event]:
    """CAMEO/PLOVER events of one parsed article, one per (source, target) pair.

    ``require_dyad`` (default: the ``switches`` of event_coder.json) drops
    predicates with only one side found; off, they are kept with the other
    side empty, as GDELT keeps one-actor events.
    """
    if require_dyad is None:
        require_dyad = REQUIRE_DYAD
    try:
        sents = list(doc.sents)
    except ValueError:  # a Doc without sentence boundaries: treat it as one sentence
        sents = [doc[:]]
    return _Coder(doc, article, index, require_dyad).run(sents)


def date_predicates(doc: Doc, article: Article, tokens: list[Token]) -> list[tuple[str | None, str]]:
    """(day, how) the coder would give an event on each of ``tokens``, without coding any event.

    The same date assignment as ``extract_events`` (time phrase attached to the
    predicate, tense, paragraph date, headline), for measuring it on corpora
    whose events are not political (TimeBank). Material-act inheritance is not
    applied: the tokens carry no CAMEO root.
    """
    coder = _Coder(doc, article, _NoActors())
    by_sent: dict[int, list[Token]] = {}
    for tok in tokens:
        by_sent.setdefault(tok.sent.start, []).append(tok)
    out: dict[int, tuple[str | None, str]] = {}
    for sent in doc.sents:
        coder.note_sentence_date(sent)
        for tok in by_sent.get(sent.start, []):
            date, _end, _text, how = coder.date_of(tok, sent, "")
            out[tok.i] = (date, how if date else "none")
    return [out.get(t.i, (None, "none")) for t in tokens]


class _NoActors:
    """An actor index that knows no one: date assignment needs no actors."""

    def actor_for(self, _what: object) -> None:
        return None

    def actors_for(self, _what: object) -> list[Actor]:
        return []

    def place_for(self, _what: object) -> None:
        return None

    def actors(self) -> list[Actor]:
        return []

    def mentions(self) -> list:
        return []

    def state(self, _code: str) -> None:
        return None

    def register(self, actor: Actor) -> Actor:
        return actor

    def messages(self) -> list[str]:
        return []
