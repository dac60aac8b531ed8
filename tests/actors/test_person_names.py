"""PERSON entities the model starts at a name's middle word are extended to the whole name."""

import pytest


def persons(nlp, text: str) -> list[str]:
    return [e.text for e in nlp(text).ents if e.label_ == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the bare model gives "Singh Randhawa" here
        ("Major General Jaswinder Singh Randhawa told reporters the post had been shelled.",
         "Jaswinder Singh Randhawa"),
        ("Surgeon Harpreet Kaur Gill said the hospital in Ludhiana was full.", "Harpreet Kaur Gill"),
        ("Senior Superintendent of Police Amandeep Kaur Brar said the market was closed.",
         "Amandeep Kaur Brar"),
    ],
)
def test_a_name_cut_at_its_middle_word_is_made_whole(nlp, text, name):
    assert name in persons(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # titles, ranks and offices stay outside the name
        ("Air Vice Marshal Rohit Kapoor said at a briefing that one aircraft was lost.", "Rohit Kapoor"),
        ("Ukraine's President Volodymyr Zelensky said the attack was a war crime.", "Volodymyr Zelensky"),
        ("On Monday Tigray Regional President Getachew Reda said the talks had stalled.", "Getachew Reda"),
        ("Sudan Tribune reporter Ahmed Hassan said the road was cut.", "Ahmed Hassan"),
    ],
)
def test_titles_offices_and_other_entities_are_not_taken_into_the_name(nlp, text, name):
    assert name in persons(nlp, text)


def test_the_extension_takes_at_most_two_words(nlp):
    # the bare model gives "Singh Gill"; a run of capitalised words is not all taken
    names = persons(nlp, "Quiet Calm Bright Singh Gill said nothing.")
    assert names and all(not n.startswith("Quiet") for n in names)
