"""Review r28c (branch f59): three ways round 28's undated-article speaker sectors went wrong,
on the reviewer's made-up wording. Each case says what it exercises; the dated or head-named
controls show the rule stays narrow."""

from __future__ import annotations

import detente


def _speaker_sectors(text: str, date=None) -> dict[str, str | None]:
    coded = detente.code(text, date=date)
    return {q.speaker.text: q.speaker.actor.sector for q in coded.quotes
            if q.speaker and q.speaker.actor}


def _sector(text: str, name: str, date=None) -> set[str | None]:
    coded = detente.code(text, date=date)
    return {m.actor.sector for m in coded.mentions if m.text == name and m.actor}


# Bug 1 (actors.era): a lesser title kept beside a roster office of another era.

def test_mp_beside_a_later_opposition_leadership_is_an_mp_when_the_text_names_another_era():
    # Corbyn's roster office (opposition leader 2015-20) shares no day with Blair's premiership
    text = ("Labour MP Jeremy Corbyn accused Prime Minister Tony Blair of misleading Parliament "
            "over Iraq.")
    assert _sector(text, "Labour MP Jeremy Corbyn") == {"LEG"}
    events = detente.code(text).events
    assert [(e.type, e.source[0].sector) for e in events] == [("ACCUSE", "LEG")]


def test_mp_beside_a_later_premiership_is_an_mp():
    # a sitting head of government is titled as such, never by "MP" alone
    found = _speaker_sectors('"The rail network is in chaos," said Conservative MP Boris Johnson, '
                             "the member for Henley.")
    assert set(found.values()) == {"LEG"}


def test_mp_beside_a_minister_stays_a_minister_with_no_era_named():
    # round 28's intended case (q56): a minister sits in parliament
    assert _sector("John Prescott MP visited Hull on Friday to open a housing estate.",
                   "John Prescott MP") == {"GOV"}


# Bug 2 (quotes.undated): a head dated by a later head office while the text gives another.

def test_a_head_named_by_an_earlier_office_does_not_date_the_article_to_the_later_one():
    for text in ('Olaf Scholz, the finance minister, presented the federal budget in Berlin. '
                 '"This budget ignores families," a CDU spokesman said.',
                 'The finance minister, Olaf Scholz, presented the federal budget in Berlin. '
                 '"This budget ignores families," a CDU spokesman said.'):
        assert set(_speaker_sectors(text).values()) == {"PTY"}
    text = ('Theresa May, the home secretary, announced new stop-and-search powers. "This is '
            'wrong," a Liberal Democrat spokesman said.')
    assert set(_speaker_sectors(text).values()) == {"PTY"}


def test_a_head_titled_as_head_still_dates_the_article():
    text = ('Chancellor Olaf Scholz presented the federal budget in Berlin. "This budget ignores '
            'families," a CDU spokesman said.')
    assert set(_speaker_sectors(text).values()) == {"OPP"}


# Bug 3 (quotes.undated): a head the article calls former votes with none of his mentions.

MAJOR = ('Tony Blair faced fresh criticism over Iraq. Former prime minister John Major said the '
         'war was a mistake. Mr Major, who led the country for seven years, told the BBC he '
         'regretted nothing. Major also said taxes were too high. "We are proud of our record," '
         'a Labour spokesman said.')


def test_a_former_head_does_not_outvote_the_present_one():
    assert _speaker_sectors(MAJOR)["a Labour spokesman"] == "PTY"


def test_a_former_head_dated_control():
    assert _speaker_sectors(MAJOR, date="2004-06-01")["a Labour spokesman"] == "PTY"
