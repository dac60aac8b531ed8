"""Quote groups when a line is repeated by many outlets: skipping candidates already in the
quote's group (both at similarity 100) and remembering compared pairs must give the groups
and similarities of comparing every LSH candidate."""

from __future__ import annotations

import random

import pandas as pd

from crisislens.link import quotes

LINES = [
    "There has been contact between the two sides, yes, at the level of the military operations directors",
    "India has done something which is not condonable and Pakistan will respond at a time of its choosing",
    "We are not seeking escalation but we will defend every inch of our territory against any attack",
]


def _frames(seed: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    rng = random.Random(seed)
    rows = []
    for i in range(90):
        words = LINES[i % 3].split()
        if rng.random() < 0.3:
            words = [*words[:2], f"truly{i}", *words[3:]]  # one word changed: similar, not 100
        if rng.random() < 0.1:
            words = [*words, "officials", "said", "later"]
        rows.append({"id": f"q{rng.randint(0, 10**6):07d}", "article_id": f"a{rng.randint(0, 40):03d}",
                     "speaker_name": rng.choice(["Ishaq Dar", "Khawaja Asif", "Dar"]), "speaker_code": "PAK",
                     "direct": True, "text": " ".join(words)})
    qt = pd.DataFrame(rows).drop_duplicates("id")
    arts = sorted(set(qt["article_id"]))
    meta = pd.DataFrame({"article_id": arts, "doc_name": [f"{a}.txt" for a in arts],
                         "outlet": [rng.choice(["Dawn", "Reuters", "PTI"]) for _ in arts], "dup_group": arts})
    return qt, meta


def test_skipping_settled_candidates_changes_nothing(monkeypatch) -> None:
    for seed in range(3):
        qt, meta = _frames(seed)
        fast = quotes.build(qt, meta)
        with monkeypatch.context() as m:  # every candidate compared, nothing remembered: the former loop
            m.setattr(quotes, "_settled", lambda *a: False)
            m.setattr(quotes, "_pair_similarity", lambda seen, a, b: float(quotes.fuzz.token_set_ratio(a, b)))
            full = quotes.build(qt, meta)
        pd.testing.assert_frame_equal(fast[0], full[0])
        pd.testing.assert_frame_equal(fast[1], full[1])
        assert len(fast[0]) >= 3 and set(fast[1]["similarity"]) > {100.0}  # groups, and some below 100
