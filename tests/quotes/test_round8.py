"""Round 8 of issue 14: a private person who speaks in a legislature is a legislator; every
sentence here is made up."""

import detente


def _speaker(text):
    quotes = detente.code(text, date="2021-03-01").quotes
    assert len(quotes) == 1
    return quotes[0].speaker


def test_words_said_on_the_parliament_floor_make_a_legislator():
    speaker = _speaker('The harbour levy was proposed by Dana Whitlock, who said on the '
                       'parliament floor, "This law is long overdue." Whitlock lives in '
                       'Canberra, Australia.')
    assert speaker.name == "Dana Whitlock" and speaker.actor.code == "AUSLEG"
    assert speaker.rule.endswith("+in-chamber")


def test_telling_parliament_makes_a_legislator():
    speaker = _speaker('Dana Whitlock, from Canberra, Australia, told parliament: "This law '
                       'is long overdue."')
    assert speaker.actor.code == "AUSLEG"


def test_words_said_elsewhere_keep_a_private_person():
    for place in ("at the White House", "in the kitchen"):
        speaker = _speaker(f'Dana Whitlock, from Canberra, Australia, said {place}, "This law '
                           'is long overdue."')
        assert speaker.actor.code == "AUSCVL"


def test_an_office_holder_keeps_their_sector():
    speaker = _speaker('Joe Biden said in the Senate, "This law is long overdue."')
    assert speaker.actor.sector == "GOV"
