"""Round 32 review (r32c) of branch q68's quote rules, mended on branch f79.

1. ``direct:after-statement`` gave other voices' words to the previous speaker: a sentence
   whose subject speaks or is written (a person or body noun, a relation noun, a document or
   legal text, a noun owned by one of them) or is the subject of a raising passive ("is
   expected to") has a voice of its own; a quoted term (the object of a preposition inside a
   noun phrase or of "as", the subject of a clause, a compound noun) is no one's words.
2. The fronted-participle rule took the cue away from a participle that is itself a cue: the
   quote is in the admitting's clause, so "admitted" keeps it.
3. The statement before may end with its full stop inside the marks ('X said: "... ."').

Every sentence is made up (several are the reviewer's made-up probes)."""

from tests.quotes.conftest import direct_quotes

DATE = "2021-03-01"


def _after_statement(text: str) -> list[tuple[str, str | None]]:
    return [(q.content, q.speaker.name if q.speaker else None)
            for q in direct_quotes(text, DATE) if q.rule == "direct:after-statement"]


def test_a_sentence_with_a_voice_of_its_own_keeps_its_quote_from_the_previous_speaker():
    for text in (
            # a document or legal text as the subject
            "Ana Verde said the hospital would stay open. The inspectors' report found that the "
            "service was \"failing patients in every single ward of the hospital\".",
            "Ana Verde said the hospital would stay open. The new law requires ministers to act "
            "\"in the best interests of the child\" at all times.",
            "Tom Reed said the strike would go ahead. The treaty commits both sides to \"refrain "
            "from the use of force\" in the dispute.",
            # a person or body noun, a relation noun, a noun a body owns
            "Tom Reed said the strike would go ahead. Managers are worried the walkout could be "
            "\"very damaging for patients\" this winter.",
            "Tom Reed said the strike would go ahead. His opponents think it will prove \"a damp "
            "squib\" in the end.",
            "Tom Reed said the strike would go ahead. The union's members had voted for \"all-out "
            "action\" by a wide margin.",
            # a raising passive: the writer's forecast
            "Ana Verde said the talks had ended. She is expected to face \"tough questions\" from "
            "MPs next week.",
    ):
        assert _after_statement(text) == [], (text, _after_statement(text))


def test_a_quoted_term_after_a_statement_is_no_one_s_words():
    for text in (
            "Ana Verde said the border would stay open. The decision ends years of \"shuttle "
            "diplomacy\" between the capitals.",
            "Ana Verde said the border would stay open. It was the latest chapter in a long "
            "\"war of words\" over trade.",
            "Tom Reed told reporters the strike would go ahead. Talks are due to restart after a "
            "\"cooling off period\" ends.",
            "Tom Reed said the strike would go ahead. The vote was the first under the \"new "
            "rules on ballots\" introduced in March.",
            "Tom Reed said the strike would go ahead. The action is over what staff see as "
            "\"unsafe staffing levels\" at the depot.",
    ):
        assert _after_statement(text) == [], (text, _after_statement(text))


def test_the_statement_before_may_end_with_its_full_stop_inside_the_marks():
    text = ("Ana Verde said: \"We tried everything.\" The deal would have been \"the best in a "
            "generation\" for farmers.")
    assert _after_statement(text) == [("the best in a generation", "Ana Verde")]


def test_a_fronted_participle_that_is_a_cue_keeps_its_quote():
    for text, words, cue in (
            ("Having admitted that the figures were \"not good enough\", the minister said he "
             "would resign.", "not good enough", "admitted"),
            ("Denying that the party was \"in meltdown\", Tom Reed said the polls would "
             "recover.", "in meltdown", "Denying"),
            ("Having warned that the cuts would be \"deep and painful\", the minister said the "
             "budget was fair.", "deep and painful", "warned"),
    ):
        found = [q for q in direct_quotes(text, DATE) if q.content.startswith(words)]
        assert found and found[0].cue == cue, (text, [(q.content, q.cue) for q in found])
