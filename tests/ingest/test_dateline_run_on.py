"""Datelines whose lead runs on after the agency's credit ("Kyiv, Mar 3 (Reuters) Ukrainian ...")."""

from __future__ import annotations

import pytest

from crisislens.ingest import dates, iter_inputs, metadata
from crisislens.model import FROM_BATCH, FROM_DATELINE, Article


@pytest.mark.parametrize(
    ("line", "month_day", "agency"),
    [
        ("Kyiv, Mar 3 (Reuters) Ukrainian air defences downed 14 drones overnight.", "Mar 3", "Reuters"),
        ("GOMA, Jan 12 (AFP) - M23 rebels shelled the outskirts of the city.", "Jan 12", "AFP"),
        ("Khartoum, Oct 5 (Xinhua) -- The army said it retook a bridge.", "Oct 5", "Xinhua"),
        ("Imphal, Sep 14 (PTI) Police arrested six men after the ambush.", "Sep 14", "PTI"),
        ("Imphal, Sept. 14 (IANS) Security forces cordoned off two villages.", "Sept. 14", "IANS"),
        ("MOSUL, Iraq, Sep. 4 (AP) \"We heard three blasts,\" a resident said.", "Sep. 4", "AP"),
    ],
)
def test_a_month_day_and_an_agency_make_a_dateline_with_or_without_a_dash(line, month_day, agency):
    dl = dates.find_dateline(line)
    assert dl is not None, line
    assert (dl.month_day, dl.year, dl.agency) == (month_day, None, agency)


@pytest.mark.parametrize(
    "line",
    [
        "In Paris, May 3 (Friday) Macron said the talks would go on.",  # an aside, not an agency
        "Kyiv, Mar 3 (Reuters) said Ukrainian air defences downed drones.",  # no sentence starts
        "Talks in Doha, Sept 4 (Qatar Talks) Hamas negotiators arrived.",  # credit of no known agency
        "Officials met on Sep 28 (PTI) to review the case.",  # no place before the date
    ],
)
def test_without_a_dash_only_a_known_agency_opening_a_sentence_is_a_credit(line):
    assert dates.find_dateline(line) is None


def test_the_run_on_credit_names_the_writer():
    text = "Six held after Imphal ambush\n\nImphal, Sep 14 (PTI) Police arrested six men on Tuesday.\n"
    assert metadata.wire_credit(text) == "Press Trust of India"
    assert metadata.wire_credit("Talks go on\n\nIn Paris, May 3 (Friday) Macron said so.\n") is None


def test_a_run_on_dateline_gives_the_published_day_with_the_batch_year(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Six held after Imphal ambush\n\nImphal, Sep 14 (PTI) Police arrested six men on Tuesday.\n"
    )
    (tmp_path / "b.txt").write_text("Gunmen ambushed a patrol near Imphal on September 13, 2031.\n")
    a = next(x for x in iter_inputs([str(tmp_path)]) if isinstance(x, Article) and x.doc_name == "a.txt")
    assert (a.published, a.published_how) == ("2031-09-14", FROM_BATCH)
    assert (a.outlet, a.outlet_how) == ("Press Trust of India", FROM_DATELINE)
