"""CAMEO root -> 5-class mapping, the salient-event choice and the confusion matrix of the ConfliBERT benchmark."""

from __future__ import annotations

from crisislens.eval.pentaclass import confusion_matrix, pentaclass, salient_event
from crisislens.model import Event

SENT = (
    "Also on Wednesday, Defence Minister Khawaja Asif condemned India’s recent airstrikes as a "
    "dangerous provocation, warning that the attacks could escalate into a full-scale conflict "
    "between the two nuclear-armed neighbours."
)


def ev(predicate: str, cameo: str, modality: str = "asserted", goldstein: float = 0.0) -> Event:
    return Event(
        id=predicate, article_id="a", source_actor_id=None, source_name="Khawaja Asif", source_code="PAK",
        source_sector="GOV", target_actor_id=None, target_name="India", target_code="IND", target_sector=None,
        cameo=cameo, cameo_root=cameo[:2], plover=None, plover_mode=None, goldstein=goldstein, quad_class=None,
        predicate=predicate, date=None, date_end=None, date_text=None, place=None, place_code=None,
        claimant_actor_id=None, claimant_name=None, modality=modality, sent_start=0, sent_end=len(SENT),
        sentence=SENT,
    )


def test_roots_map_to_the_code_books_five_classes():
    assert [pentaclass(r) for r in ("01", "02", "04", "07", "11", "16", "14", "19")] == [0, 0, 1, 2, 3, 3, 4, 4]
    assert pentaclass("195") == 4 and pentaclass("0") is None and pentaclass(None) is None


def test_salient_event_prefers_asserted_then_earliest_predicate():
    condemn = ev("condemned", "111", goldstein=-2.0)
    warn = ev("warning", "138", goldstein=-7.0)
    escalate = ev("escalate", "190", modality="hypothetical", goldstein=-10.0)
    assert salient_event([escalate, warn, condemn], SENT) is condemn
    assert salient_event([escalate], SENT) is escalate
    assert salient_event([], SENT) is None


def test_salient_event_places_a_pattern_predicate_by_its_trigger_word():
    # "condemned airstrikes" (verb + pattern object) is not a substring of the sentence
    condemn = ev("condemned airstrikes", "111")
    warn = ev("warning", "138")
    assert salient_event([warn, condemn], SENT) is condemn


def test_confusion_matrix_counts_missing_events_in_the_last_column():
    m = confusion_matrix([4, 4, 3, 0], [4, None, 4, 0])
    assert m[4] == [0, 0, 0, 0, 1, 1]
    assert m[3][4] == 1 and m[0][0] == 1
    assert sum(map(sum, m)) == 4
