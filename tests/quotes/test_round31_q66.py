"""Issue 14 round 31 (branch q66): speaker sector classes (made-up wording).

- a body word before a capitalised preposition that opens the rest of the body's name ("the
  League Against Badger Culls", "the Campaign For Safer Roads") still names the body's kind, as
  it does before a lower-case "of": its officer is NGO, not the private person the country gave;
- a person named with a body no table knows, the body the parse makes the subject ("Peter Lyle,
  Clean Rivers Alliance said"), takes the sector the body's own name gives (NGO by "Alliance",
  BUS for a trade association), with the evidence ``affiliated:<name kind>``; a body whose
  name gives no kind leaves the person as before.
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
