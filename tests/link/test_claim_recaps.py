"""Third pass on claim groups: a later report's recap of a count, a voice's earlier figure, a
quote's next sentence, a definite partitive and a count of open size. Sentences written for
these tests about fighting in Sudan, Ukraine, Mali and the Sahel."""

from __future__ import annotations

import pandas as pd
from tests.link.conftest import claim_meta, top_kinds

from crisislens.link.claims import (
    _incident_place,
    build,
    count_clause,
    earlier_figure,
    is_part,
    own_sentence,
)


def _row(cid: str, art: str, value: float | None, sentence: str, claimant: str | None, code: str | None,
         day: str | None, published: str, subject: str | None = "SDN", category: str = "aircraft_downed",
         what: str = "army jets downed", number_text: str | None = None, low: float | None = None) -> dict:
    number = value if value is not None else low
    return {"id": cid, "article_id": art, "value": value, "low": number, "high": value, "qualifier": None,
            "number_text": number_text or str(int(number)), "what": what, "category": category,
            "subject_code": subject, "claimant_name": claimant, "claimant_code": code, "sent_start": 0,
            "sentence": sentence, "ref_date": day or published, "date": day, "published": published,
            "published_at": None}


def _air_battle(recap: dict) -> list[dict]:
    return [
        _row("c1", "a1", 2, "The RSF said on Monday it shot down 2 army jets over El Obeid.", "RSF", "NSG",
             "2025-03-10", "2025-03-10"),
        _row("c2", "a2", 1, "The Sudanese army said on Monday it had lost 1 jet over El Obeid.", "Sudanese army",
             "SDN", "2025-03-10", "2025-03-10"),
        recap,
    ]


def _group_sizes(rows: list[dict]) -> list[int]:
    groups, members = build(pd.DataFrame(rows), claim_meta(len({r["article_id"] for r in rows})))
    top = groups.loc[groups["parent_id"].isna(), "id"]
    return sorted(int((members["group_id"] == g).sum()) for g in top)


def test_a_later_reports_undated_recap_joins_the_incidents_counts():
    recap = _row("c3", "a3", 1, "The army said it had lost 1 jet over El Obeid, and that the pilot was safe.",
                 "Sudanese army", "SDN", None, "2025-03-12")
    assert _group_sizes(_air_battle(recap)) == [3]


def test_a_later_count_that_states_its_day_or_comes_too_late_stays_apart():
    dated = _row("c3", "a3", 1, "The army said it lost 1 jet over El Obeid on Wednesday.", "Sudanese army", "SDN",
                 "2025-03-12", "2025-03-12")
    assert _group_sizes(_air_battle(dated)) == [1, 2]  # negative: a day of its own is another count
    late = _row("c3", "a3", 1, "The army said it had lost 1 jet over El Obeid, and that the pilot was safe.",
                "Sudanese army", "SDN", None, "2025-03-20")
    assert _group_sizes(_air_battle(late)) == [1, 2]  # negative: beyond a story's window


def test_a_quotes_next_sentence_is_not_the_counts_clause():
    quote = '"One helicopter was lost. The crew was recovered safely near Gao," the spokesman said.'
    assert own_sentence(quote, "One") == '"One helicopter was lost.'
    assert "Gao" not in count_clause(quote, "One")
    assert _incident_place(None, quote, "One", ()) is None
    # negative: an abbreviated title is no sentence end, and a town in the count's own sentence places it
    titled = "Lt. Gen. Keita said one helicopter was lost near Gao on Friday."
    assert own_sentence(titled, "one") == titled
    assert _incident_place(None, titled, "one", ()) == "Gao"


def test_a_definite_partitive_is_a_part():
    assert is_part("Nine of the drones were brought down over Kharkiv, the air force said.", "Nine")
    assert is_part("The toll rose after two of the wounded died in hospital in Kherson.", "two")
    # negative: a possessive's partitive is a whole count with its owner
    assert not is_part("Four of the country's soldiers were killed near Bakhmut.", "Four")
    assert not is_part("Four of its soldiers were killed near Bakhmut.", "Four")


def _drones(extra: dict) -> list[dict]:
    return [
        _row("d1", "a1", 26, "Ukraine's air force said it downed 26 Russian drones overnight.", "Ukraine's air force",
             "UKR", "2025-07-02", "2025-07-02", subject=None, category="drones_downed", what="drones downed"),
        extra,
    ]


def test_a_count_of_open_size_is_no_rival_figure():
    dozens = _row("d2", "a2", None, "Russia said its forces had lost dozens of drones overnight, not 26.",
                  "Russia", "RUS", "2025-07-02", "2025-07-02", subject=None, category="drones_downed",
                  what="drones downed", number_text="dozens", low=24)
    assert "contradiction" not in top_kinds(_drones(dozens))
    # negative: a stated figure from a rival voice still clashes
    nine = _row("d2", "a2", 9, "Russia said its forces had lost 9 drones overnight, not 26.",
                "Russia", "RUS", "2025-07-02", "2025-07-02", subject=None, category="drones_downed",
                what="drones downed")
    assert "contradiction" in top_kinds(_drones(nine))


def test_an_earlier_figure_is_told_by_its_cue():
    assert earlier_figure("The governor initially said four people had been killed in Odesa.", "four")
    assert earlier_figure("Earlier, the army had said five soldiers were killed, but three more died.", "five")
    assert earlier_figure("The ministry put the toll at nine, up from seven.", "seven")
    assert not earlier_figure("The ministry put the toll at nine, up from seven.", "nine")
    assert not earlier_figure("Five soldiers were killed earlier on Monday, the army said.", "Five")  # negative


def _toll(second: str) -> list[dict]:
    return [
        _row("k1", "a1", 7, "The governor said 7 people were killed in the strike on Odesa.", "Oleh Kiper", "UKR",
             None, "2025-06-10", subject="UKR", category="killed", what="people killed"),
        _row("k2", "a2", 4, second, "Oleh Kiper", "UKR", None, "2025-06-11", subject="UKR", category="killed",
             what="people killed", number_text="four"),
    ]


def test_a_voices_earlier_figure_recalled_later_is_a_revision():
    kinds = top_kinds(_toll("The governor had initially said four people were killed in the strike on Odesa."))
    assert kinds == ["revision"], kinds
    # negative: the same lower figure printed later with no cue is not ordered before the higher one
    kinds = top_kinds(_toll("The governor said four people were killed in the strike on Odesa."))
    assert "revision" not in kinds, kinds


def _sentence_frame(kinds: list[str | None], places: list[str | None], values: list[float],
                    starts: list[int] | None = None) -> pd.DataFrame:
    n = len(kinds)
    return pd.DataFrame({"article_id": ["a1"] * n, "sent_start": starts or [0] * n, "category": ["killed"] * n,
                         "k_kind": kinds, "k_place": places, "value": values})


def test_an_elliptic_count_takes_the_kind_its_sentence_names():
    from crisislens.link.claims import _elliptic_kind
    # "The rebels said they killed 15 Malian soldiers; the army said it lost two."
    frame = _sentence_frame(["military", None], [None, None], [15, 2])
    assert _elliptic_kind(frame, list(frame["k_kind"])) == ["military", "military"]
    # negatives: a sentence naming two kinds, and another sentence's kind, give none
    frame = _sentence_frame(["military", "civilian", None], [None] * 3, [15, 4, 2])
    assert _elliptic_kind(frame, list(frame["k_kind"]))[2] is None
    frame = _sentence_frame(["military", None], [None, None], [15, 2], starts=[0, 80])
    assert _elliptic_kind(frame, list(frame["k_kind"]))[1] is None


def test_a_restated_figure_takes_the_place_of_its_own_kind_only():
    from crisislens.link.claims import _restated_place
    # "a woman and her two daughters were killed in Kassala" ... "two of its soldiers had been killed"
    frame = _sentence_frame(["civilian", "military"], ["Kassala", None], [2, 2], starts=[0, 90])
    assert _restated_place(frame) == ["Kassala", None]
    # negative: the same kind's figure said again is the same count, placed
    frame = _sentence_frame(["civilian", "civilian"], ["Kassala", None], [2, 2], starts=[0, 90])
    assert _restated_place(frame) == ["Kassala", "Kassala"]


def _soldiers(third: dict) -> list[dict]:
    return [
        _row("s1", "a1", 20, "A senior army officer claimed retaliatory fire had killed around 20 rebel fighters.",
             "Malian army", "MLI", None, "2025-08-04", subject="NSG", category="killed", what="fighters killed"),
        _row("s2", "a2", 3, "The group said three of its men had died, rejecting the army's claim.", "JNIM", "NSG",
             None, "2025-08-05", subject="NSG", category="killed", what="men killed"),
        third,
    ]


def test_a_sides_figure_retold_later_joins_its_count_though_no_day_is_stated():
    retold = _row("s3", "a3", 20, "Mali claimed about 20 were killed; the group said three.", "Mali", "MLI", None,
                  "2025-08-07", subject="NSG", category="killed", what="killed")
    assert _group_sizes(_soldiers(retold)) == [3]
    undated = {**retold, "ref_date": None, "published": None}  # a report of no known day at all
    assert _group_sizes(_soldiers(undated)) == [3]


def test_another_figure_retold_later_with_no_shared_words_stays_apart():
    other = _row("s3", "a3", 12, "Mali claimed about 12 were killed; the group said three.", "Mali", "MLI", None,
                 "2025-08-07", subject="NSG", category="killed", what="killed")
    assert _group_sizes(_soldiers(other)) == [1, 2]  # negative: not that side's figure


def test_every_figure_a_past_perfect_toll_puts_is_an_earlier_one():
    text = "The health ministry had put the toll at 6 dead and 19 injured in the morning."
    assert earlier_figure(text, "6") and earlier_figure(text, "19")
    assert not earlier_figure("The health ministry put the toll at 6 dead and 19 injured.", "19")  # negative
