"""score(): the FORMAT.md match rules, on the seeds gold and small real-sentence cases."""

from __future__ import annotations

import copy

import pytest

from crisislens.eval import GoldFormatError, score

DOC = "000_a626cb16bde43f97.txt"
SENT = (
    "Turkish President Recep Tayyip Erdogan also called Prime Minister Shehbaz Sharif "
    "to express solidarity with Pakistan."
)


def one_doc(**sections) -> dict:
    doc = {"published": "2025-05-08", "actors": [], "events": [], "quotes": [], "claims": []}
    doc.update(sections)
    return {"corpus": "t", "documents": {DOC: doc}, "cross_source": []}


def event(src: str, tgt: str, root: str, cameo: str | None = None, sentence: str = SENT, **kw) -> dict:
    return {
        "source": {"code": src, "name": None}, "target": {"code": tgt, "name": None},
        "cameo": cameo, "cameo_root": root, "plover": kw.get("plover"), "date": kw.get("date"),
        "negated": kw.get("negated", False), "sentence": sentence,
    }


def test_gold_against_itself_scores_one_everywhere(seeds_gold):
    report = score(seeds_gold, copy.deepcopy(seeds_gold))
    for key, prf in report.prf.items():
        assert prf.gold > 0, key
        assert prf.precision == prf.recall == prf.f1 == 1.0, key
    for key, acc in report.accuracy.items():
        assert acc.n > 0 and acc.value == 1.0, key
    assert report.warnings == []


def test_one_missing_event_drops_recall_to_n_minus_one_over_n(seeds_gold):
    pred = copy.deepcopy(seeds_gold)
    n = sum(len(d["events"]) for d in seeds_gold["documents"].values())
    pred["documents"][DOC]["events"].pop(3)
    report = score(seeds_gold, pred)
    assert report.prf["events"].recall == pytest.approx((n - 1) / n)
    assert report.prf["events"].precision == 1.0
    per_doc = {d.name: d for d in report.documents}
    assert per_doc[DOC].counts["events"].tp == len(seeds_gold["documents"][DOC]["events"]) - 1


def test_wrong_root_or_swapped_dyad_does_not_match():
    gold = one_doc(events=[event("TUR", "PAK", "04", "040", plover="CONSULT")])
    for wrong in (event("TUR", "PAK", "05", "051"), event("PAK", "TUR", "04", "040")):
        report = score(gold, one_doc(events=[wrong]))
        assert report.prf["events"].tp == 0
        assert report.prf["events"].recall == 0.0


def test_duplicate_predictions_match_one_gold_event_once():
    gold = one_doc(events=[event("TUR", "PAK", "04", "040")])
    report = score(gold, one_doc(events=[event("TUR", "PAK", "04", "040")] * 3))
    assert report.prf["events"].tp == 1
    assert report.prf["events"].precision == pytest.approx(1 / 3)


def test_event_matching_prefers_the_same_sentence_for_date_accuracy():
    other = "Pakistan's Prime Minister Shehbaz Sharif spoke with Erdogan again on Friday."
    gold = one_doc(events=[event("TUR", "PAK", "04", "040", date="2025-05-07", plover="CONSULT")])
    pred = one_doc(events=[
        event("TUR", "PAK", "04", "040", sentence=other, date="2025-05-09", plover="CONSULT"),
        event("TUR", "PAK", "04", "042", date="2025-05-07", plover="CONSULT"),
    ])
    report = score(gold, pred)
    assert report.accuracy["event_date"].value == 1.0
    assert report.accuracy["event_cameo"].value == 0.0  # 042 vs 040 on the matched pair


def test_quote_speaker_matches_by_surname_and_alias_fold():
    text = "Yes, there has been contact between the two"
    gold = one_doc(
        actors=[{"name": "Ishaq Dar", "code": "PAK", "sector": "GOV", "role": None, "aliases": ["Dar"]}],
        quotes=[{"speaker": "Ishaq Dar", "speaker_code": "PAK", "direct": True, "text": text, "cue": "said"}],
    )
    for speaker in ("Dar", "Muhammad Ishaq Dar", "Deputy Prime Minister Dar", "ISHAQ DAR"):
        pred = one_doc(quotes=[{"speaker": speaker, "direct": True, "text": text + "."}])
        report = score(gold, pred)
        assert report.prf["quotes"].tp == 1, speaker
        assert report.accuracy["quote_speaker"].value == 1.0, speaker


def test_quote_with_wrong_speaker_counts_for_text_but_not_for_speaker():
    text = "India has violated the sovereignty of Pakistan"
    gold = one_doc(quotes=[{"speaker": "Khawaja Asif", "direct": True, "text": text}])
    pred = one_doc(quotes=[{"speaker": "Ishaq Dar", "direct": True, "text": text}])
    report = score(gold, pred)
    assert report.prf["quotes"].tp == 0
    assert report.accuracy["quote_speaker"].n == 1
    assert report.accuracy["quote_speaker"].value == 0.0


def test_organisations_do_not_match_on_a_shared_last_word():
    text = "the situation is being closely monitored"
    gold = one_doc(quotes=[{"speaker": "Pakistan Foreign Ministry", "direct": False, "text": text}])
    pred = one_doc(quotes=[{"speaker": "Turkish Foreign Ministry", "direct": False, "text": text}])
    assert score(gold, pred).prf["quotes"].tp == 0


def test_quote_text_overlap_threshold_and_direct_split():
    gold_text = "Pakistan and India's national security advisers have made contact"
    gold = one_doc(quotes=[{"speaker": "Ishaq Dar", "direct": False, "text": gold_text}])
    close = one_doc(quotes=[{"speaker": "Dar", "direct": False, "text": "national security advisers have made contact"}])
    far = one_doc(quotes=[{"speaker": "Dar", "direct": False, "text": "contact was made"}])
    assert score(gold, close).prf["quotes_reported"].tp == 1
    assert score(gold, far).prf["quotes"].tp == 0
    flipped = one_doc(quotes=[{"speaker": "Dar", "direct": True, "text": gold_text}])
    report = score(gold, flipped)
    assert report.prf["quotes"].tp == 1
    assert report.prf["quotes_reported"].tp == 0 and report.prf["quotes_direct"].pred == 1
    assert report.accuracy["quote_direct"].value == 0.0


def test_claims_match_on_value_and_category_and_check_the_claimant():
    gold = one_doc(
        actors=[{"name": "Ishaq Dar", "code": "PAK", "sector": "GOV", "aliases": ["Dar"]}],
        claims=[
            {"value": 5, "category": "aircraft_downed", "subject_code": "IND", "claimant": "Ishaq Dar"},
            {"value": 31, "category": "killed", "subject_code": "PAK", "claimant": None},
        ],
    )
    pred = one_doc(claims=[
        {"value": 5.0, "category": "aircraft_downed", "claimant": "Dar"},
        {"value": 31, "category": "injured", "claimant": None},
        {"value": 31, "category": "killed", "claimant": "Shehbaz Sharif"},
    ])
    report = score(gold, pred)
    assert report.prf["claims"].tp == 2
    assert report.prf["claims"].precision == pytest.approx(2 / 3)
    assert report.accuracy["claim_claimant"].right == 1 and report.accuracy["claim_claimant"].n == 2


def test_actor_needs_same_code_and_sector_and_code_accuracy_uses_names_alone():
    gold = one_doc(actors=[
        {"name": "Recep Tayyip Erdoğan", "code": "TUR", "sector": "GOV", "aliases": ["Erdogan"]},
        {"name": "Pakistan Air Force", "code": "PAK", "sector": "MIL", "aliases": ["PAF"]},
    ])
    pred = one_doc(actors=[
        {"name": "Erdogan", "code": "TUR", "sector": "GOV", "aliases": []},
        {"name": "PAF", "code": "IND", "sector": "MIL", "aliases": []},
    ])
    report = score(gold, pred)
    assert report.prf["actors"].tp == 1
    assert report.accuracy["actor_code"].right == 1 and report.accuracy["actor_code"].n == 2


def test_cross_source_contradiction_needs_all_gold_values_and_the_same_kind(seeds_gold):
    item = next(c for c in seeds_gold["cross_source"] if c["kind"] == "contradiction")
    partial = copy.deepcopy(item)
    partial["values"] = partial["values"][:1]
    wrong_kind = {**copy.deepcopy(item), "kind": "agreement"}
    bigger = copy.deepcopy(item)
    bigger["values"].append({"doc": "002_990d20206c8e0fb1.txt", "value": 7, "claimant": None})
    for preds, found in (([partial], 0), ([wrong_kind], 0), ([bigger], 1)):
        pred = copy.deepcopy(seeds_gold)
        pred["cross_source"] = preds
        assert score(seeds_gold, pred).prf["contradictions"].tp == found


def test_documents_are_matched_by_base_name_and_missing_ones_count_as_misses(seeds_gold):
    pred = copy.deepcopy(seeds_gold)
    docs = pred["documents"]
    first = sorted(docs)[0]
    docs[f"/data/in/{first}"] = docs.pop(first)
    dropped = sorted(docs)[1]
    del docs[dropped]
    docs["unannotated.txt"] = {"events": [{"source": {"code": "IND"}, "target": None, "cameo_root": "19"}]}
    report = score(seeds_gold, pred)
    found = {d.name: d.found for d in report.documents}
    assert found[first] is True and found[dropped] is False
    assert report.unscored_documents == ["unannotated.txt"]
    assert report.prf["events"].pred == sum(len(d.get("events", [])) for k, d in docs.items() if k != "unannotated.txt")
    assert any(dropped in w for w in report.warnings)


def test_published_accuracy_counts_documents_with_a_gold_date():
    gold = one_doc()
    assert score(gold, one_doc(published="2025-05-08")).accuracy["published"].value == 1.0
    wrong = one_doc()
    wrong["documents"][DOC]["published"] = "2025-05-07"
    assert score(gold, wrong).accuracy["published"].value == 0.0


def test_malformed_gold_is_refused_with_the_place_named():
    bad = one_doc(events=[{"source": "TUR", "target": {"code": "PAK"}, "cameo_root": "04"}])
    with pytest.raises(GoldFormatError, match=r"gold.json: documents\['000_a626cb16bde43f97.txt'\]\.events\[0\]: 'source'"):
        score(bad, one_doc(), gold_name="gold.json")
    with pytest.raises(GoldFormatError, match="'documents'"):
        score({"corpus": "x"}, one_doc())
    with pytest.raises(GoldFormatError, match="cameo_root"):
        score(one_doc(events=[{"source": None, "target": None, "cameo_root": "42"}]), one_doc())


def test_malformed_prediction_items_are_skipped_with_a_warning():
    gold = one_doc(events=[event("TUR", "PAK", "04", "040")])
    pred = one_doc(events=["not an event", {"source": {"code": "TUR"}}, event("TUR", "PAK", "04", "040")])
    pred["documents"][DOC]["quotes"] = None
    del pred["documents"][DOC]["claims"]
    report = score(gold, pred)
    assert report.prf["events"].tp == 1 and report.prf["events"].pred == 1
    assert len(report.warnings) == 2 and all("events[" in w for w in report.warnings)


def test_f1_is_zero_when_nothing_is_predicted_and_none_when_nothing_exists():
    gold = one_doc(events=[event("TUR", "PAK", "04", "040")])
    report = score(gold, one_doc())
    assert report.prf["events"].precision is None
    assert report.prf["events"].recall == 0.0 and report.prf["events"].f1 == 0.0
    assert report.prf["claims"].f1 is None
