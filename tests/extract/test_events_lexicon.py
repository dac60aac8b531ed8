"""The event lexicon: PETRARCH-2 dictionary reading, pattern matching, bad rows reported."""

from __future__ import annotations

from crisislens.events.petrarch import read_verbs
from crisislens.extract.events_lexicon import Entry, lexicon, match, parse_context

DICTIONARY = """\
####### SYNONYM SETS #######
&ARMS
+WEAPON
+MISSILES

####### VERB PATTERNS #######
---  SHIP   [070]  ---
SHIP {SHIPS SHIPPED SHIPPING}
SEND
+SHIP_OFF [---]
- * &ARMS (TO +)                 [072]  # SHIP
- &MILITARY * TROOPS             [154]  # SHIP
- * (IN &WEATHER)                [---]  # SHIP
- THIS LINE HAS NO STAR          [010]
- * AID                          [073]  # SHIP

---  ABSTAIN   [---]  ---
ABSTAIN
- * (FROM VOTE)                  [---]
######## TRANSFORMATIONS ##########
~ a (a b ATTACK) SAY = a b 015
"""


def test_reader_expands_synonym_sets_and_keeps_preposition_objects():
    got = read_verbs(DICTIONARY)
    contexts = {(ctx, code) for _block, ctx, code, _verb in got.patterns}
    assert ("obj:weapon prep:to", "072") in contexts
    assert ("obj:missile prep:to", "072") in contexts  # keyed singular, as the coder looks objects up
    assert ("obj:aid", "073") in contexts and ("prep:from:vote", "---") in contexts
    verbs = {(lemma, code) for lemma, _ctx, _block, code in got.verbs}
    assert ("ship", "070") in verbs and ("send", "070") in verbs and ("abstain", "") in verbs


def test_reader_reports_unreadable_rows_with_their_line_and_loads_the_rest():
    got = read_verbs(DICTIONARY)
    lines = DICTIONARY.splitlines()
    assert any("NO STAR" in p for p in got.problems)
    assert any("WEATHER" in p for p in got.problems)  # a synonym set the dictionary never defines
    for p in got.problems:
        no = int(p.split(":")[0].removeprefix("line "))
        assert lines[no - 1].strip().startswith("-")
    assert len(got.patterns) >= 4  # the readable rows are all there


def test_most_specific_pattern_wins_and_no_event_blocks():
    entry = Entry()
    for i, (ctx, code) in enumerate([("", "070"), ("obj:weapon", "072"), ("obj:weapon prep:to", "0721"), ("prep:from", "---")]):
        entry.add(parse_context(ctx, code, "t", i))
    assert match(entry, {"weapon"}, set(), {"to": {"ukraine"}}, set()).code == "0721"
    assert match(entry, {"weapon"}, set(), {}, set()).code == "072"
    assert match(entry, {"food"}, set(), {}, set()).code == "070"
    assert match(entry, set(), set(), {"from": set()}, set()).code == "---"


def test_subject_slot_constrains_the_subject():
    entry = Entry()
    entry.add(parse_context("", "070", "t", 0))
    entry.add(parse_context("subj:military obj:troop", "154", "t", 1))
    assert match(entry, {"troop"}, set(), {}, set(), {"military"}).code == "154"
    assert match(entry, {"troop"}, set(), {}, set(), {"charity"}).code == "070"


def test_package_lexicon_holds_petrarch_blocks_and_curated_rows():
    lex = lexicon()
    offer = lex.verbs["offer"]
    assert match(offer, set(), set(), {}, set()).code == "030"  # PETRARCH block default
    assert match(offer, {"condolence"}, set(), {}, set()).code == "018"  # curated row
    assert len(lex.verbs) > 1500
    assert all(":" in p for p in lex.problems)  # each problem names file and line


def test_nearest_verb_backoff_skips_shared_vector_rows_and_is_marked(nlp, monkeypatch):
    from test_events_support import code_text

    import crisislens.extract.events as events
    from crisislens.events.nearest import SAME_ROW, nearest_code

    near = nearest_code(nlp.vocab, "court", 0.3)
    assert near is not None and near[2] <= SAME_ROW and near[1] in lexicon().verbs
    assert nearest_code(nlp.vocab, "court", 0.99) is None
    text = "China courted India."
    assert not [e for e in code_text(nlp, text) if e.how.startswith("nearest")]  # off by default
    monkeypatch.setattr(events, "NEAREST_THRESHOLD", 0.3)
    monkeypatch.setattr(events, "NEAREST_K", 1)  # the single nearest verb decides
    got = [e for e in code_text(nlp, text) if e.how.startswith("nearest:")]
    assert got and got[0].source_code == "CHN" and got[0].target_code == "IND"
    # its three nearest verbs (claim, appeal, settle) disagree on the root: no root leads by 0.2 of the vote
    monkeypatch.setattr(events, "NEAREST_K", 3)
    monkeypatch.setattr(events, "NEAREST_MARGIN", 0.2)
    assert not [e for e in code_text(nlp, text) if e.how.startswith("nearest:")]


def test_package_loader_reports_a_bad_row_with_its_file_and_line_and_loads_the_rest(monkeypatch):
    from crisislens.extract import events_lexicon as lexmod

    real = lexmod._rows

    def rows(name):
        got = real(name)
        if name == "event_lexicon.tsv":
            return [(9001, ["verb", "condemn"]), (9002, ["verb", "condemn", "obj:a:b:c", "111"]), *got]
        return got

    monkeypatch.setattr(lexmod, "_rows", rows)
    lex = lexmod.lexicon.__wrapped__()  # a fresh build, not the cached one
    assert any(p.startswith("event_lexicon.tsv:9001:") for p in lex.problems)
    assert any(p.startswith("event_lexicon.tsv:9002:") and "obj:a:b:c" in p for p in lex.problems)
    assert "condemn" in lex.verbs and len(lex.verbs) > 1000


def test_nearest_verbs_vote_on_the_root_and_need_a_margin(nlp):
    from crisislens.events.nearest import nearest_code, vote_code

    one = nearest_code(nlp.vocab, "court", 0.3)
    voted = vote_code(nlp.vocab, "court", 1, 0.3, 0.0)
    assert voted is not None and voted[0] == one[0]  # one voter: the nearest verb decides
    assert vote_code(nlp.vocab, "court", 5, 0.3, 1.01) is None  # no root can lead by more than the whole vote
    five = vote_code(nlp.vocab, "court", 5, 0.3, 0.0)
    assert five is not None and all(v in lexicon().verbs for v in five[1].split(","))
    assert vote_code(nlp.vocab, "court", 5, 0.99, 0.0) is None  # nobody near enough


def test_any_verbal_complement_fills_an_xcomp_star_slot():
    entry = Entry()
    entry.add(parse_context("", "040", "t", 0))
    entry.add(parse_context("xcomp:*", "014", "t", 1))
    assert match(entry, set(), set(), {}, {"send"}).code == "014"
    assert match(entry, set(), set(), {}, set()).code == "040"


def test_considering_an_act_is_a_policy_option_and_the_act_is_not_done(nlp):
    from test_events_support import code_text

    from crisislens.model import ASSERTED

    events = code_text(nlp, "Russia is considering sending troops to Iran.")
    assert any(e.source_code == "RUS" and e.cameo == "014" for e in events)
    assert all(e.modality != ASSERTED for e in events if e.cameo_root != "01")
    assert any(e.cameo == "040" for e in code_text(nlp, "Russia consulted Iran."))


def test_a_pattern_written_for_the_verb_itself_wins_over_one_its_block_took_from_a_synonym():
    """PETRARCH-2's merged blocks give one context several codes; each pattern's comment names its verb."""
    text = DICTIONARY.replace(
        "- * AID                          [073]  # SHIP",
        "- * AID                          [073]  # SHIP\n- * AID                          [071]  # SEND",
    )
    got = read_verbs(text)
    assert ("obj:aid", "073", "ship") in {(ctx, code, verb) for _b, ctx, code, verb in got.patterns}
    entry = Entry()
    for i, (_b, ctx, code, verb) in enumerate(got.patterns):
        entry.add(parse_context(ctx, code, "petrarch2", i, verb))
    assert match(entry, {"aid"}, set(), {}, set(), lemma="send").code == "071"
    assert match(entry, {"aid"}, set(), {}, set(), lemma="ship").code == "073"
    assert match(entry, {"aid"}, set(), {}, set()).code == "073"  # no lemma: file order


def test_a_code_with_an_empty_source_part_marks_the_subject_as_the_one_acted_on():
    from crisislens.events.petrarch import _code

    assert (_code(":195"), _code("042:043"), _code("---"), _code("190")) == (":195", "042", "---", "190")
    pat = parse_context("prep:in:airstrike", ":195", "petrarch2")
    assert (pat.code, pat.reverse) == ("195", True)
    assert parse_context("", "190", "petrarch2").reverse is False
