"""Round 28, the lead's mends after the second review (r28f) of the f59/f60 mends: a plain extra
word in an earlier title keeps the holder, "it" names a body whose noun can title a person, and
a head the text titles as head is dated by that office alone. Every sentence is made up."""

from detente import code
from tests.quotes.conftest import speaker_of_quote

DATE = "2004-05-01"


def test_a_plain_extra_word_in_the_earlier_title_keeps_its_holder():
    # class: "Conservative Party leader X" / "presidential candidate X" are the same title as
    # "the Conservative leader" / "the Democratic candidate"; a name word or "Former" is not
    text = ("Conservative Party leader Michael Howard visited a school in Kent. The Conservative "
            "leader said: \"Discipline must come first.\"")
    assert speaker_of_quote(text, "Discipline", DATE).name == "Michael Howard"
    text = ("Democratic presidential candidate John Kerry campaigned in Ohio. The Democratic "
            "candidate said: \"Jobs are my priority.\"")
    assert speaker_of_quote(text, "Jobs are", DATE).name == "John Kerry"
    text = ("Scottish Tory leader David McLetchie opened the conference in Perth on Friday.\n\n"
            "Michael Howard arrived on Saturday. The Tory leader said: \"Britain needs a change.\"")
    speaker = speaker_of_quote(text, "Britain needs", DATE)
    assert speaker is None or speaker.name != "David McLetchie", speaker


def test_it_names_a_body_whose_noun_can_title_a_person_but_never_a_titled_person():
    text = ("The Scottish Executive published its budget on Monday. The executive defended the "
            "spending plans. It said: \"Schools and hospitals come first.\"")
    speaker = speaker_of_quote(text, "Schools and", DATE)
    assert speaker is not None and speaker.name == "Scottish Executive", speaker
    text = ("Foreign Minister Jane Roe met the Chinese envoy. The minister raised human rights. "
            "It said: \"We expect progress.\"")
    speaker = speaker_of_quote(text, "We expect", DATE)
    assert speaker is None or speaker.name is None or "Minister" not in speaker.name, speaker


def _sector(text):
    article = code(text)  # undated: the rules for articles without a date
    return [q.speaker.actor.sector for q in article.quotes if q.speaker and q.speaker.actor]


def test_a_head_titled_as_head_is_dated_by_that_office_whoever_the_other_office_holds():
    assert _sector("Chancellor Olaf Scholz defended the budget. The finance minister, Christian "
                   "Lindner, backed him. A CDU spokesman said: \"This budget is a failure.\"") == ["OPP"]
    assert _sector("Prime Minister Theresa May met business leaders. The home secretary also "
                   "attended. A Liberal Democrat spokesman said: \"This is a failure.\"") == ["OPP"]
    # control (f59): the head's other office named for the head leaves the party undecided
    assert _sector("Olaf Scholz, the finance minister, presented the federal budget in Berlin. "
                   "\"This budget ignores families,\" a CDU spokesman said.") == ["PTY"]


def test_a_spokesman_of_a_party_named_in_several_name_words_speaks_for_the_whole_name():
    # class: "Liberal Democrat spokesman" (two name words before the role) was named "Liberal"
    text = ("Prime Minister Tony Blair met business leaders. A Liberal Democrat spokesman said: "
            "\"This is a failure.\"")
    assert speaker_of_quote(text, "This is", DATE).name == "Liberal Democrats"
    text = ("Prime Minister Tony Blair met business leaders. A US State Department spokesman said: "
            "\"This is a failure.\"")
    assert speaker_of_quote(text, "This is", DATE).name == "US State Department"


def test_a_spokesman_of_a_seat_of_government_speaks_for_the_government():
    # class: "a Kremlin / White House / Downing Street spokesman": the actors stage reads the seat
    # as the government (GOV); the spokesman's body keeps that sector, not the country alone
    for seat, country in (("Kremlin", "RUS"), ("White House", "USA"), ("Downing Street", "GBR")):
        text = f"Talks went on in Geneva. A {seat} spokesman said: \"This is a failure.\""
        speaker = speaker_of_quote(text, "This is", DATE)
        assert (speaker.name, speaker.actor.country, speaker.actor.sector) == (seat, country, "GOV")
    # control: a body no table knows keeps only its country unless its name is of government
    speaker = speaker_of_quote("A Twitter spokesperson said: \"We removed the posts.\"", "We removed", DATE)
    assert speaker.actor is None or speaker.actor.sector != "GOV"
