"""Round 33 (branch f86): the bugs review r33c proved in the merged round-33 rules (q70).

1. ``bound.bound_participle_doer``: when the clause the participle hangs on has an object of its
   own ("after John Platt confronted a protester, calling him"), the pronoun is that object, so
   the clause's subject does the participle, not the reporter above.
2. ``marks.find_quoted_spans``: a quote that cites another with the same double marks after
   "As X said," closes right after a comma ('..., "we cannot hold the line," Tate said'): the
   cited quote is nested, so the outer one is not cut at its narration.
3. ``anaphora._named_before_again``: a "the committee" chain stops at "a new ... committee"
   introduced in between: another body of that kind came in.

Every sentence is made up (the review's own probes)."""

from detente.quotes.marks import find_quoted_spans
from tests.quotes.conftest import direct_quotes, quote_rules

DATE = "2021-03-01"


def _speaker_of(text: str, start: str) -> list[str | None]:
    return [f[1] for f in quote_rules(text, DATE) if f[0].startswith(start)]


def test_a_participle_whose_clause_has_its_own_object_is_done_by_the_clause_subject():
    for text, quote, name in (
            ('Police said the protest turned violent after John Platt confronted a protester, '
             'calling him "a thug".', "a thug", "Platt"),
            ('The party said it was shocked when Senator Ann Bright attacked the governor, '
             'describing him as "corrupt".', "corrupt", "Bright")):
        names = _speaker_of(text, quote)
        assert names and name in (names[0] or ""), quote_rules(text, DATE)


def test_the_bound_participle_rule_skips_a_clause_with_an_object():
    from detente.nlp import load_nlp
    from detente.quotes.bound import bound_participle_doer
    from detente.quotes.cues import Cue, CueEntry

    doc = load_nlp()('Witnesses said the row began when the company fired the contractor, '
                     'calling it "incompetent".')
    verb = next(t for t in doc if t.text == "calling")
    cue = Cue(CueEntry("call", "verb", "object"), verb.i, verb.i + 1, verb.i)
    company = next(t for t in doc if t.text == "company")
    assert bound_participle_doer(doc, cue, company) is None


def test_a_passive_clause_still_hands_the_participle_to_the_reporter():
    text = ('The council said traffic would return once the bridge was repaired, describing it '
            'as "a death trap".')
    said = [q.speaker.text for q in direct_quotes(text, DATE) if q.content == "a death trap"]
    assert said and "council" in said[0].lower(), said


def test_a_quote_citing_another_after_as_x_said_is_not_cut():
    text = ('"The army is exhausted. As one officer told me, "we cannot hold the line," '
            'Colonel Mark Tate said on Sunday.')
    spans = _spans(text)
    assert spans and spans[0].startswith("The army is exhausted. As one officer"), spans
    names = _speaker_of(text, "The army is exhausted")
    assert names and "Tate" in (names[0] or ""), quote_rules(text, DATE)


def test_a_quote_citing_in_the_words_of_keeps_its_first_sentence():
    text = ('"Prices have doubled since January. In the words of one trader, "nobody can afford '
            'bread any more," said Farid Malik, who heads the traders\' association.')
    names = _speaker_of(text, "Prices have doubled since January.")
    assert names and "Malik" in (names[0] or ""), quote_rules(text, DATE)


def _spans(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_quoted_spans(text)]


def test_the_narration_cut_still_splits_an_open_quote_before_a_new_one():
    text = ('Mayor Ana Roe said: "The plan is a good one. It will work for the town. Asked '
            'about the vote, Ms Roe said: "Voters are entitled to a say."')
    assert _spans(text) == ["The plan is a good one. It will work for the town.",
                            "Voters are entitled to a say."]


COMMITTEES = (
    "The Senate intelligence committee said the agency had misled Congress. The agency denied "
    "it. The White House backed the agency. Critics were unconvinced. Lawmakers called for "
    "hearings. Officials stayed silent. Experts were divided. Reporters waited. The vote was "
    "close. The committee met again on Friday. Donors complained. Protesters gathered. Aides "
    "briefed staff. In Ohio, lawmakers set up a new ethics committee to look at state "
    "contracts. Its members met in Columbus on Monday. Reporters waited outside. The committee "
    'said it would investigate the governor. It said: "Nobody is above the law."')


def test_a_committee_chain_stops_at_a_new_committee_introduced_between():
    for f in quote_rules(COMMITTEES, DATE):
        if f[0].startswith("Nobody") or f[0].startswith("it would investigate"):
            assert "Senate" not in (f[1] or ""), quote_rules(COMMITTEES, DATE)
