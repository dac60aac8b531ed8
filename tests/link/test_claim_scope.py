"""What a count's words say about its scope: a part "among" a toll, the place a statement was
made, a denial's zero, and whose things a count of no named owner counts. Sentences written
for these tests about other crises (Gaza, Sudan, Ukraine, Myanmar, Yemen, DR Congo); the
group tests go through the real path (parse -> extraction -> store -> link)."""

from __future__ import annotations

from tests.link.test_claim_kinds import _article, _linked_groups, _values

from crisislens.link.claim_scope import counted_nouns, part_after, speech_settings
from crisislens.link.claims import is_part


def test_a_count_put_among_a_larger_toll_is_a_part():
    assert part_after("Six children were among the dead in Rafah, medics said.", "Six")
    assert is_part("Two aid workers and three nurses were among those killed in El Fasher.", "three")
    assert is_part("Two aid workers and three nurses were among those killed in El Fasher.", "Two")
    assert part_after("At least nine women are also among the victims, the UN said.", "nine")


def test_the_toll_the_part_is_among_and_nearby_counts_are_not_parts():
    # the toll itself, after "among the"
    assert not is_part("Six children were among the 20 people killed in Rafah.", "20")
    # "among" governing something other than a count of people
    assert not part_after("Four drones flew among the buildings of Kharkiv.", "Four")
    # a comma ends the number's clause: the ten are among the wounded, the two are the dead
    assert not part_after("Two people died, and ten were among the wounded.", "Two")
    assert not is_part("Twelve soldiers were killed in the ambush near Mandalay.", "Twelve")


def test_the_place_of_a_statements_occasion_frames_it():
    assert speech_settings("At a briefing in Port Sudan, the army spokesman said 40 fighters were killed.") == {"port sudan"}
    assert speech_settings("The governor, speaking to reporters outside Sumy City Hall, said three died.") == {"sumy city hall"}
    assert speech_settings("The Houthi military spokesman told a news conference in Sanaa that two ships were hit.") == {"sanaa"}
    assert speech_settings("During a press conference held in Goma, M23 said it had taken 200 prisoners.") == {"goma"}


def test_a_place_where_the_count_happened_is_no_statements_occasion():
    assert speech_settings("Three people were killed in Kharkiv, the mayor said at a briefing.") == set()
    assert speech_settings("In Khartoum, the ministry said 14 civilians were killed.") == set()
    assert speech_settings("Residents in Goma said shells fell near the airport.") == set()


def test_the_noun_phrase_of_a_count_names_the_thing_not_its_predicate():
    assert counted_nouns("military facilities targeted") == {"military", "facility"}
    assert counted_nouns("soldiers captured") == counted_nouns("any soldier captured")
    assert counted_nouns("locations struck") == {"location"}
    assert not counted_nouns("locations targeted") & counted_nouns("military facilities targeted")


def test_one_voice_of_one_report_giving_two_figures_is_no_contradiction(tmp_path, nlp):
    """"Four children and three women were among the dead", one official of one report: two
    parts of a toll, and in any case one source; neither is a cross-source contradiction."""
    arts = [
        _article("a.txt", "Al-Sudani", "2025-01-10",
                 "Four children and three women were among the dead in Omdurman on Friday, "
                 "health official Ahmed Salih said."),
        _article("b.txt", "Radio Dabanga", "2025-01-10",
                 "Shelling of a market in Omdurman on Friday wounded dozens, residents said."),
    ]
    groups = _linked_groups(tmp_path, nlp, arts, "killed")
    assert "contradiction" not in [g["kind"] for g in groups], groups


def test_a_denial_of_another_kind_of_thing_is_not_a_rival_figure(tmp_path, nlp):
    """The attacker denies hitting military sites; the attacked side counts locations hit: the
    denial's zero names another thing, so the two are no contradiction."""
    arts = [
        _article("a.txt", "Times of Israel", "2024-10-26",
                 "Israel's military said on Saturday that no civilian facilities had been targeted in Iran."),
        _article("b.txt", "IRNA", "2024-10-26",
                 "Iran's army said Israeli missiles struck four military locations in Iran on Saturday."),
        _article("c.txt", "Tasnim", "2024-10-26",
                 "Israeli missiles hit four military locations in Iran on Saturday, Iran's army said."),
    ]
    groups = _linked_groups(tmp_path, nlp, arts, "sites_struck")
    assert "contradiction" not in [g["kind"] for g in groups], groups


def test_a_denial_of_the_thing_another_side_counts_is_a_contradiction(tmp_path, nlp):
    arts = [
        _article("a.txt", "Sudan Tribune", "2025-02-02",
                 "The RSF said on Sunday it had captured 40 soldiers near Wad Madani."),
        _article("b.txt", "SUNA", "2025-02-02",
                 "Army spokesman Nabil Abdallah denied on Sunday that any soldiers had been captured near Wad Madani."),
    ]
    groups = _linked_groups(tmp_path, nlp, arts, "detained")
    kinds = {g["kind"]: _values(g) for g in groups}
    assert kinds.get("contradiction") == {0.0, 40.0}, groups


def test_a_briefings_place_does_not_place_the_count():
    from crisislens.link.claims import _incident_place

    sentence = "At a briefing in Kyiv, the air force spokesman said three Russian jets were shot down over Donetsk."
    assert _incident_place(None, sentence, "three", []) != "Kyiv"
    assert _incident_place(None, "Three people were killed in Kyiv on Monday, the mayor said.", "Three", []) == "Kyiv"


DRONES_RUS = _article("a.txt", "Kyiv Independent", "2024-11-04",
                      "Ukraine's air force said it shot down 31 Russian drones over Odesa on Monday.")
DRONES_UNNAMED = _article("b.txt", "Ukrainska Pravda", "2024-11-04",
                          "Air defences destroyed 31 drones overnight into Monday, the air force said.")


def test_a_count_of_things_of_no_named_owner_is_of_the_one_owner_counted_that_day(tmp_path, nlp):
    groups = _linked_groups(tmp_path, nlp, [DRONES_RUS, DRONES_UNNAMED], "drones_downed")
    assert [(g["subject_code"], g["kind"]) for g in groups] == [("RUS", "agreement")], groups


def test_with_two_owners_things_counted_that_day_no_owner_is_guessed(tmp_path, nlp):
    other = _article("c.txt", "TASS", "2024-11-04",
                     "Russia's defence ministry said it shot down 12 Ukrainian drones over Kursk on Monday.")
    groups = _linked_groups(tmp_path, nlp, [DRONES_RUS, DRONES_UNNAMED, other], "drones_downed")
    subjects = {g["subject_code"]: sorted(_values(g)) for g in groups}
    assert subjects.get("RUS") == [31.0] and subjects.get("UKR") == [12.0], groups
    assert [g["kind"] for g in groups if g["subject_code"] is None] == ["single-source"], groups


def test_a_pronouns_partitive_counts_part_of_a_count_already_given():
    assert is_part("Forty people were wounded in Kherson, ten of them critically, doctors said.", "ten")
    assert is_part("Militia fighters seized 60 villagers, 12 of whom were later freed.", "12")
    # a whole count written as a partitive of its owner, and a plain toll, are not parts
    assert not is_part("Four of its soldiers were killed near Bakhmut, the army said.", "Four")
    assert not is_part("Forty people were wounded in Kherson, doctors said.", "Forty")


def test_site_kinds_part_armed_targets_from_civilian_places():
    from crisislens.link.claim_scope import site_kind

    assert site_kind("Houthi military positions hit") == "site:armed"
    assert site_kind("M23 bases struck") == "site:armed"
    assert site_kind("villages shelled") == "site:civilian"
    assert site_kind("two schools and a hospital hit") == "site:civilian"
    # no kind, or both: the count is of sites, and compares with either
    assert site_kind("locations struck") is None and site_kind("targets hit") is None
    assert site_kind("civilian or military facility targeted") is None


def test_an_attackers_military_sites_and_the_villages_hit_are_two_facts(tmp_path, nlp):
    arts = [
        _article("a.txt", "Times of Israel", "2024-09-23",
                 "The Israeli military said its jets struck 30 military positions in southern Lebanon on Monday."),
        _article("b.txt", "NNA", "2024-09-23",
                 "Israeli jets bombed 12 villages in southern Lebanon on Monday, Lebanon's health ministry said."),
    ]
    groups = _linked_groups(tmp_path, nlp, arts, "sites_struck")
    assert "contradiction" not in [g["kind"] for g in groups], groups


def test_sites_of_no_stated_kind_still_meet_a_rival_count(tmp_path, nlp):
    arts = [
        _article("a.txt", "Times of Israel", "2024-09-23",
                 "The Israeli military said its jets struck 30 military positions in southern Lebanon on Monday."),
        _article("b.txt", "Al Mayadeen", "2024-09-23",
                 "Hezbollah said Israeli jets struck only eight locations in southern Lebanon on Monday."),
    ]
    groups = _linked_groups(tmp_path, nlp, arts, "sites_struck")
    assert [g["kind"] for g in groups] == ["contradiction"], groups


def test_a_restated_figure_keeps_the_place_its_report_gave_it(tmp_path, nlp):
    """The second mention of the three wounded names no town and shares its words with the
    other town's report; it is the Bor count said again, not a rival figure for Nasir's."""
    arts = [
        _article("a.txt", "Radio Tamazuj", "2025-03-06",
                 "Six civilians were wounded when shells hit a crowded market in Nasir on Wednesday, officials said."),
        _article("b.txt", "Eye Radio", "2025-03-06",
                 "Three civilians were wounded in Bor on Wednesday, officials said. Doctors said the three civilians "
                 "wounded when shells hit a crowded market were stable."),
    ]
    groups = _linked_groups(tmp_path, nlp, arts, "injured")
    assert "contradiction" not in [g["kind"] for g in groups], groups
