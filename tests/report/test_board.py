"""The contradiction board: four kinds apart, contradictions first, both sides side by side."""

from __future__ import annotations

import html

from crisislens.report.charts import claim_board
from crisislens.report.sections import sides_of


def _m(value, claimant, code, outlet, text=None):
    return {"value": value, "claimant": claimant, "claimant_code": code, "outlet": outlet,
            "number_text": text or str(value), "role": "count", "cited": outlet}


def _g(kind, about, members, parent=None):
    return {"id": about, "kind": kind, "about": about, "category": "killed", "subject_code": "PAK",
            "date": "2025-05-07", "parent_id": parent, "members": members, "sides": sides_of(members),
            "reason": f"why {about}", "place": "Kotli"}


def _board(groups):
    return claim_board(groups, lambda v: "" if v is None else html.escape(str(v), quote=True),
                       lambda c: f"[{html.escape(str(c))}]", lambda v: "" if v is None else f"{float(v):g}")


def test_kinds_are_shown_apart_with_contradictions_first():
    groups = [
        _g("agreement", "agree", [_m(31, None, None, "Dawn"), _m(31, None, None, "Geo")]),
        _g("range", "range", [_m(20, None, None, "A", "at least 20"), _m(26, None, None, "B")]),
        _g("revision", "rise", [_m(1, None, None, "A"), _m(26, None, None, "B")]),
        _g("contradiction", "jets", [_m(5, "Ishaq Dar", "PAK", "Dawn"), _m(2, "Rajnath Singh", "IND", "The Hindu")]),
        _g("agreement", "one side", [_m(5, "Ishaq Dar", "PAK", "Dawn")], parent="jets"),
    ]
    out = _board(groups)
    heads = [out.index(f'id="board-{k}"') for k in ("contradiction", "revision", "range", "agreement")]
    assert heads == sorted(heads)
    assert "one side" not in out  # a contradiction's agreeing subset is shown as its side
    row = out[out.index('id="board-contradiction"'):out.index('id="board-revision"')]
    assert "2 vs 5" in row
    assert row.index("<b>IND</b>") < row.index("<b>PAK</b>")  # lowest figure's side first
    assert "Rajnath Singh" in row and "The Hindu" in row and "[Dawn]" in row


def test_board_escapes_what_the_text_gave():
    out = _board([_g("contradiction", "<script>x</script>", [_m(5, "<b>me</b>", None, "O&O")])])
    assert "<script>" not in out and "&lt;b&gt;me&lt;/b&gt;" in out and "O&amp;O" in out


def test_own_voice_is_a_side_named_after_the_outlet():
    sides = sides_of([_m(31, None, None, "Dawn"), _m(26, "police", None, "Geo")])
    assert [s["side"] for s in sides] == ["police", "Dawn (own voice)"]


def test_the_report_shows_the_board_contradictions_first(hand_report):
    page = hand_report.read_text(encoding="utf-8")
    assert 'id="board-contradiction"' in page and 'id="board-agreement"' in page
    assert page.index('id="board-contradiction"') < page.index('id="board-agreement"')
    assert "class='sides'" in page


def test_the_board_names_each_side_as_the_linker_grouped_it():
    """The linker keys a group's figures by side and the board shows them by side: one reading,
    so a contradiction's two sides on the board are the two the linker compared."""
    from types import SimpleNamespace

    from crisislens.link.claims import _side
    from crisislens.report.sections import side_of

    cases = [("ARM", "Armenian defence ministry", "Armenpress"), (None, "UN spokesperson", "Reuters"),
             (None, None, "Sudan Tribune")]
    for code, who, outlet in cases:
        row = SimpleNamespace(claimant_code=code, claimant_name=who, outlet=outlet, doc_name="x.txt", article_id="a")
        assert _side(row) == side_of({"claimant_code": code, "claimant": who, "outlet": outlet})
    assert side_of({"outlet": "Sudan Tribune"}) == "Sudan Tribune (own voice)"
