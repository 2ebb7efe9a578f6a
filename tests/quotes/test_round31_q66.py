"""Issue 14 round 31 (branch q66): speaker sector classes (made-up wording).

- a body word before a capitalised preposition that opens the rest of the body's name ("the
  League Against Badger Culls", "the Campaign For Safer Roads") still names the body's kind, as
  it does before a lower-case "of": its officer is NGO, not the private person the country gave;
- a person named with a body no table knows, the body the parse makes the subject ("Peter Lyle,
  Clean Rivers Alliance said"), takes the sector the body's own name gives (NGO by "Alliance",
  BUS for a trade association), with the evidence ``affiliated:<name kind>``; a body whose
  name gives no kind leaves the person as before;
- a bare name (no title, no description) right after a sentence whose subject is an unnamed
  definite head of a named body ("The chairman of the Harbour Police Federation said ... // Ann
  Hale said"; review r31d), or a headline name before a lead whose subject is a definite role, is that holder: the role's sector (a head
  role, the body's), evidence ``person:CVL+role-before:<description>``; not after an
  indefinite role, nor when the name's sentence speaks of the role again, nor for a described
  person;
- a person first written "<title> <surname>" with a title run before it ("Science Minister Lord
  Fenwick") and later by given name and surname ("David Fenwick said"), which no coreference
  chain joins, is described by that title run (GOV by "minister"); "Lady" (also a knight's
  wife) and a title inside a quote are not read.
"""

from __future__ import annotations

import detente


def _speakers(text: str, date: str = "2005-03-01") -> list[tuple[str | None, str | None, str]]:
    coded = detente.code(text, date=date)
    return [(q.speaker.actor.country if q.speaker.actor else None,
             q.speaker.actor.sector if q.speaker.actor else None,
             (q.speaker.actor.entry or "") if q.speaker.actor else "")
            for q in coded.quotes if q.direct and q.speaker]


def test_a_body_word_before_a_capitalised_preposition_names_the_kind():
    text = ('Campaigners in Britain welcomed the ruling. Tom Reed, of the League Against Badger '
            'Culls, told reporters: "We have waited years for this."')
    assert _speakers(text)[-1][:2] == ("GBR", "NGO")
    assert "body:league" in _speakers(text)[-1][2]


def test_a_campaign_for_something_is_a_campaign_group():
    text = ('Drivers in Britain face new fines. Ann Hale, of the Campaign For Safer Roads, said: '
            '"The fines are long overdue."')
    assert _speakers(text)[-1][1] == "NGO"


def test_a_capitalised_word_that_is_no_preposition_still_hides_the_body_word():
    import spacy

    from detente.quotes.rolewords import roles

    nlp = spacy.blank("en")
    doc = nlp("of the Ending Clergy Abuse")
    assert not [r for r in roles(doc, list(range(len(doc)))) if r[2].sector]


def test_a_person_affiliated_with_an_unknown_alliance_is_ngo():
    text = ('Green groups in Britain were unhappy.  Peter Lyle, Clean Rivers Alliance said: '
            '"We tried hard."')
    found = _speakers(text)
    assert found[-1][1] == "NGO"
    assert "affiliated:name:alliance" in found[-1][2]


def test_body_kind_reads_a_trade_association_and_nothing_from_a_bare_name():
    import spacy

    from detente.quotes.affiliation import body_kind

    nlp = spacy.blank("en")
    doc = nlp("Torquay Hotel Association said")
    doc.ents = [doc.char_span(0, 25, label="ORG")]
    assert body_kind(doc[2]) == ("BUS", "name:association>hotel")
    doc = nlp("Rivers First said")
    doc.ents = [doc.char_span(0, 12, label="ORG")]
    assert body_kind(doc[1]) is None


ROLE_THEN_NAME = ('British ferry fares will rise in April, the company said. The chairman of the '
                  'Harbour Police Board said the change was unwise. Ann Hale said: "It is a '
                  'mistake."')


def test_a_bare_name_right_after_a_definite_role_holder_is_that_holder():
    found = _speakers(ROLE_THEN_NAME)[-1]
    assert found[:2] == ("GBR", "COP")
    assert found[2] == "person:CVL+role-before:head:chairman>role:police"


def test_a_person_role_before_a_bare_name_is_not_read_in_that_order():
    """Review r31d mended this case: after a plain person role ("the transport secretary",
    "the judge") the next bare name is mostly a bystander; only the head of a named body is
    read in the role-then-name order (the headline-then-lead order still reads person roles)."""
    text = ('British rail fares will rise in April. The transport secretary said the rise was '
            'fair. Peter Marsh said: "Passengers will see better trains."')
    found = _speakers(text)[-1]
    assert found[:2] == ("GBR", "CVL") and "role-before:" not in found[2]


def test_a_headline_name_and_a_lead_role_are_one_person():
    text = ("Peter Marsh: 'I was not consulted'\n\nThe transport secretary has again denied being "
            "overruled on the British rail plan. Peter Marsh said: \"The plan is my own view.\"")
    found = _speakers(text)[-1]
    assert found[1] == "GOV" and "role-before:" in found[2]


def test_no_holder_when_the_role_is_indefinite_named_again_or_the_name_is_described():
    indefinite = ROLE_THEN_NAME.replace("The chairman", "A chairman")
    assert _speakers(indefinite)[-1][:3] == ("GBR", "CVL", "person:CVL")
    again = ROLE_THEN_NAME.replace('Ann Hale said: "It', 'Ann Hale said the chairman was wrong: "It')
    assert all("role-before" not in s[2] for s in _speakers(again))
    described = ROLE_THEN_NAME.replace("Ann Hale said", "Ann Hale, a retired nurse, said")
    assert all("role-before" not in s[2] for s in _speakers(described))


TITLED = ('Science Minister Lord Fenwick gave money to the Labour Party this week. The gift was '
          'his largest yet. David Fenwick said he was glad to back a party with "vision" for '
          'Britain.')


def test_a_title_run_before_an_earlier_titled_surname_describes_the_speaker():
    found = _speakers(TITLED)
    assert found and all(s[:3] == ("GBR", "GOV", "described:title:minister") for s in found)


def test_titled_surname_skips_lady_and_quoted_titles():
    import spacy

    from detente.quotes.descriptiontokens import titled_surname
    from detente.records import Speaker

    nlp = spacy.blank("en")
    text = 'Lady Fenwick spoke. "Lord Fenwick knew," he said. Sir Fenwick agreed. Ann Fenwick said'
    doc = nlp(text)
    at = text.index("Ann Fenwick")
    speaker = Speaker(text="Ann Fenwick", name="Ann Fenwick", start=at, end=at + 11)
    quoted = [(text.index('"'), text.index('," he'))]
    span = titled_surname(doc, speaker, quoted)
    assert span is not None and text[span[0]:span[1]] == "Sir Fenwick"
