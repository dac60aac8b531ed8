"""Headlines: a headline's report restated in the body is recorded once, on the body sentence;
a headline quotation followed by ": NAME" is NAME's words. Articles about other crises
(Ukraine, Sudan, Ethiopia, DR Congo) written for these tests; the real parser and resolver."""

from __future__ import annotations

from crisislens.extract.quotes import extract_quotes
from crisislens.model import Article, stable_id


def _quotes(nlp, title: str, body: str):
    from crisislens.actors.resolve import build_index

    text = f"{title}\n\n{body}"
    art = Article(id=stable_id("h.txt"), doc_name="h.txt", source="h.txt", text=text, clean_text=text,
                  title=title, published="2025-05-08")
    doc = nlp(art.clean_text)
    return [(q.direct, q.text, q.speaker_name, q.cue) for q in extract_quotes(doc, art, build_index(doc, art))]


def test_a_headline_report_the_body_restates_is_recorded_on_the_body_only(nlp):
    found = _quotes(
        nlp, "Ukraine says it shot down 40 Russian drones over Odesa",
        "KYIV, May 3 - Ukraine's air force said on Saturday that its units shot down 40 Russian drones "
        "over the Odesa region overnight.",
    )
    assert [t for d, t, s, c in found] == ["its units shot down 40 Russian drones over the Odesa region overnight"]


def test_a_headline_report_of_other_words_than_the_body_stays(nlp):
    found = _quotes(
        nlp, "Sudan army says it retook the Omdurman bridge",
        "PORT SUDAN - Fighting continued in Khartoum on Sunday, residents said, as aid agencies warned of "
        "hunger in Darfur.",
    )
    assert any(t == "it retook the Omdurman bridge" for d, t, s, c in found)


def test_a_headline_clause_restated_in_the_second_half_of_a_headline_pair_is_kept_apart(nlp):
    # a report in the body, not in the headline, is never dropped
    found = _quotes(
        nlp, "Heavy shelling in Goma",
        "GOMA - The M23 said it had taken the airport. Congolese army spokesman Sylvain Ekenge said the "
        "airport was still under army control.",
    )
    assert len([f for f in found if not f[0]]) == 2


def test_a_headline_quotation_before_a_colon_is_the_named_speakers(nlp):
    found = _quotes(
        nlp, "\"We Will Hold Bakhmut\": Zelensky After Visit To Front",
        "Kyiv:\n\nPresident Volodymyr Zelensky visited troops near Bakhmut on Tuesday.",
    )
    # the body names him in full; the headline only repeats him
    assert (True, "We Will Hold Bakhmut", "Volodymyr Zelensky", None) in found


def test_a_headline_name_ends_where_the_known_person_ends(nlp):
    found = _quotes(
        nlp, "'Brothers In Arms': Tshisekedi Thanks Ruto For Mediation",
        "Kinshasa:\n\nPresident Felix Tshisekedi thanked Kenyan President William Ruto on Monday.",
    )
    assert [(t, s, c) for d, t, s, c in found if d] == [("Brothers In Arms", "Felix Tshisekedi", None)]


def test_a_short_title_case_headline_quotation_with_a_named_speaker_is_no_name(nlp):
    found = _quotes(
        nlp, "\"Our Patience Has Limits\": Army Chief Birhanu Jula On Tigray",
        "Addis Ababa:\n\nThe army chief spoke to reporters on Tuesday.",
    )
    assert [(d, t) for d, t, s, c in found if d] == [(True, "Our Patience Has Limits")]
    assert "Birhanu Jula" in next(s for d, t, s, c in found if d)


def test_a_quotation_before_a_colon_inside_a_line_names_no_one(nlp):
    found = _quotes(
        nlp, "Fighting resumes near Bakhmut",
        "Fighting resumed near Bakhmut. \"We will not give up the city\": that is the mood among the troops.",
    )
    assert all(s is None for d, t, s, c in found if d)


def test_a_topic_before_a_headline_colon_is_no_speaker(nlp):
    found = _quotes(nlp, "Siege of Mariupol: the city is running out of water",
                    "The city has been surrounded since March, officials in Zaporizhzhia said.")
    assert [f for f in found if f[3] == ":"] == []


def test_a_name_before_a_headline_colon_speaks(nlp):
    found = _quotes(nlp, "Guterres: the world cannot afford a war in Sudan",
                    "The UN chief spoke in New York on Monday.")
    assert [(t, c) for d, t, s, c in found] == [("the world cannot afford a war in Sudan", ":")]
