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


def _quote(text):
    quotes = [q for q in detente.code(text, date="2019-01-01").quotes if q.direct]
    assert len(quotes) == 1
    return quotes[0]


def test_a_document_heard_in_court_speaks_for_the_court():
    quote = _quote('Jon Smith of Toronto, Canada, was convicted. According to papers filed '
                   'before the tribunal, "the thefts were carefully planned."')
    assert quote.speaker.actor.code == "CANJUD"


def test_a_document_found_elsewhere_has_no_body():
    quote = _quote('Jon Smith of Toronto, Canada, was convicted. According to papers found '
                   'in his car, "the thefts were carefully planned."')
    assert quote.speaker.actor is None or quote.speaker.actor.sector != "JUD"


def test_an_office_of_a_level_of_government_is_gov():
    for body in ("the county parks office", "the tribal historic preservation office"):
        speaker = _speaker(f'"We will reopen the park," said Jane Roe of {body}, in Ohio.')
        assert speaker.actor.code == "USAGOV"


def test_an_office_of_no_government_level_keeps_a_private_person():
    speaker = _speaker('"We will reopen the park," said Jane Roe of the local tourism office, '
                       'in Ohio.')
    assert speaker.actor.code == "USACVL"
