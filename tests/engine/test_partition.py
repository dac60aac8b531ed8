"""analyze_partition: the public batch function, called on a pandas DataFrame as Spark would."""

from __future__ import annotations

import pandas as pd
import pytest

from crisislens.engine import analyze_partition
from crisislens.ingest import normalised_text
from crisislens.model import stable_id

STRIKE = (
    "ISLAMABAD, May 7 (Reuters) - Pakistan's army said on Wednesday that Indian missiles struck "
    "six cities overnight, killing at least 26 civilians. \"We will respond at a time of our "
    "choosing,\" army spokesman Ahmed Sharif Chaudhry told reporters."
)
TALKS = (
    "NEW DELHI, May 10 (AP) - India and Pakistan agreed to a ceasefire on Saturday after four days "
    "of fighting, India's foreign secretary Vikram Misri said in a televised statement."
)
FRENCH = "Le gouvernement a annoncé mardi un nouveau plan de reconstruction pour les villes touchées."


@pytest.fixture(scope="module")
def raw_tables(nlp):
    frame = pd.DataFrame(
        {
            "text": [STRIKE, TALKS, FRENCH, "   "],
            "doc_name": ["strike.txt", "talks.txt", "fr.txt", "blank.txt"],
            "outlet": ["Reuters", None, None, None],
            "published": ["2025-05-07", "2025-05-10", "2025-05-06", None],
        }
    )
    return analyze_partition(frame)


def test_raw_rows_are_ingested_and_analysed(raw_tables):
    arts = raw_tables["articles"]
    assert list(arts["doc_name"]) == ["strike.txt", "talks.txt", "fr.txt"]
    assert arts["id"].iloc[0] == stable_id(normalised_text(STRIKE))
    assert list(arts["analyzed"]) == [True, True, False]  # French is stored, not analysed
    assert str(arts["published"].iloc[1]) == "2025-05-10"
    events = raw_tables["events"]
    assert set(events["article_id"]) <= set(arts["id"]) and len(events) >= 2
    claims = raw_tables["claims"]
    assert 26 in set(claims["value"])


def test_rows_that_give_no_article_are_reported(raw_tables):
    messages = raw_tables["messages"]
    unattached = messages[messages["article_id"].isna()]["message"].tolist()
    assert any("no 'text'" in m or "empty" in m for m in unattached)
    french = raw_tables["articles"]["id"].iloc[2]
    assert any("not English" in m for m in messages[messages["article_id"] == french]["message"])


def test_ingested_rows_give_the_same_records(raw_tables):
    """The articles table fed back in (ingested columns) analyses to the same events, id for id."""
    again = analyze_partition(raw_tables["articles"].iloc[:2])
    first = raw_tables["events"][raw_tables["events"]["article_id"].isin(again["articles"]["id"])]
    assert list(again["events"]["id"]) == list(first["id"])
    assert again["quotes"]["text"].tolist() == raw_tables["quotes"]["text"].iloc[: len(again["quotes"])].tolist()


def test_missing_numbers_stay_missing(raw_tables):
    events = raw_tables["events"]
    assert str(events["quad_class"].dtype) == "Int32"
    assert str(events["sent_start"].dtype) == "Int32"
