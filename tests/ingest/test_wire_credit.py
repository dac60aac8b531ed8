"""The wire credit (ingest.metadata.wire_credit, writer_of): a paper's copy of an agency's report
counts as the agency's writing. Texts composed for the test: an invented river dispute between
Veldra and Ostmark, invented papers; the agencies are real names from agencies.tsv."""

from __future__ import annotations

from crisislens.ingest.metadata import wire_credit, writer_of

LEAD = "Ferry crossings on the Lisk river were suspended after a patrol boat was seized near the weir at Dorva."
BODY = "Officials on both banks said talks on the fishing quota would resume next week in the capital."


def test_a_credit_line_under_the_headline_names_the_agency():
    text = f"River ferries halted after boat seized\n\nAFP\n\nDORVA: {LEAD}\n\n{BODY}"
    assert wire_credit(text) == "Agence France-Presse"
    assert writer_of("Harbor Times", text) == "Agence France-Presse"


def test_a_credit_at_the_end_or_after_the_headline_names_the_agency():
    assert wire_credit(f"River ferries halted\n\n{LEAD}\n\n{BODY}\n\n(Reuters)") == "Reuters"
    assert wire_credit(f"River ferries halted\n\n{LEAD}\n\n{BODY}\n\n— AP") == "Associated Press"
    assert wire_credit(f"River ferries halted after boat seized - Reuters\n\n{LEAD}\n\n{BODY}") == "Reuters"
    assert wire_credit(f"River ferries halted\n\nAgence France-Presse\n\n{LEAD}") == "Agence France-Presse"


def test_a_dateline_credit_of_any_place_shape_names_its_agency():
    text = f"River ferries halted\n\nDORVA/KELM, June 3 (Kestrel Wire) - {LEAD}\n\n{BODY}"
    assert wire_credit(text) == "Kestrel Wire"
    assert writer_of("Harbor Times", text) == "Kestrel Wire"


def test_an_agency_and_a_copy_of_it_name_one_writer():
    own = f"River ferries halted\n\nDORVA: {LEAD}\n\n{BODY}"
    copy = f"Ferries stop on the Lisk\n\nAFP\n\nDORVA: {LEAD}\n\n{BODY}"
    assert writer_of("AFP", own) == writer_of("Harbor Times", copy) == "Agence France-Presse"


def test_no_credit_a_section_line_or_a_byline_leave_the_outlet():
    assert wire_credit(f"River ferries halted\n\n{LEAD}\n\n{BODY}") is None
    assert wire_credit(f"River ferries halted\n\nWorld\n\nBy Mara Lind\n\n{LEAD}\n\n{BODY}") is None
    assert writer_of("Harbor Times", f"River ferries halted\n\nBy Mara Lind\n\n{LEAD}") == "Harbor Times"


def test_the_outlets_own_short_credit_is_the_outlet():
    text = f"River ferries halted\n\nDORVA, June 3 (Harbor) - {LEAD}\n\n{BODY}"
    assert writer_of("Harbor Times", text) == "Harbor Times"
