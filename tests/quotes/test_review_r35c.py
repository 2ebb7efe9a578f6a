"""Review r35c of q75's reported clause around a quoted fragment (``quotes/embedded.py``; branch
f95). Each finding: the shape that went wrong and a near miss the rule was built for, which
must keep its clause. Every sentence is made up."""

from __future__ import annotations

import pytest

from detente.pipeline import code_articles
from detente.quotes.embedded import RULE
from detente.readers import article_from_text


def _coded(text: str):
    [art] = code_articles([article_from_text(text, id="0", date="2020-01-01")], keep_doc=True)
    return art


def _clauses(art) -> list:
    return [q for q in art.quotes if (q.rule or "").startswith(f"{RULE}<")]


def _shown(art) -> list[tuple[str, str | None]]:
    return [(q.content, q.rule) for q in art.quotes]


NEAR_MISSES = [  # (text, the words the one clause opens with): the rule's own shapes
    ("Students vow to hold a \"week of open doors\" at the college in May, with staff to join "
     "later.", "to hold"),  # an infinitive parsed as advcl is still the complement
    ("In her column the writer had mentioned farmers \"did not really want the new canal at "
     "all\".", "farmers"),  # an object before a clause with no ``that``: no addressee
    ("The union issued a statement, demanding a recount in \"every ward where ballots went "
     "missing\" and an inquiry.", "a recount"),  # a prep phrase after the object, not ``with``
    ("The governor has called for the agency to release the \"unedited\" tapes of the hearing.",
     "for the agency"),
    ("The general noted the folly of sending \"a few hundred soldiers here\" into the valley.",
     "the folly"),
    ("Jones repeated his claim that the \"courts are rigged against us\" and left the stage.",
     "that the"),
]


@pytest.mark.parametrize("text,opening", NEAR_MISSES)
def test_the_rules_own_shapes_keep_exactly_one_reported_clause(text, opening):
    art = _coded(text)
    reported = [q for q in art.quotes if not q.direct]  # q75's clause, or the cue's own one
    assert len(reported) == 1 and reported[0].content.startswith(opening), _shown(art)
    assert len(_clauses(art)) <= 1, _shown(art)


def test_1_two_fragments_under_one_cue_add_one_clause():
    art = _coded("The union announced its decision to strike next week, citing the board's plan "
                 "to impose \"savage cuts\" as \"an attack on workers\".")
    assert len([q for q in art.quotes if q.direct]) == 2, _shown(art)
    assert len(_clauses(art)) == 1, _shown(art)


def test_1_the_cues_own_clause_ending_short_is_widened_not_doubled():
    art = _coded("Bash characterized the attack as \"designed to intimidate a civilian "
                 "population, to say the least.\"")
    reported = [q for q in art.quotes if not q.direct]
    assert len(reported) == 1 and reported[0].content.endswith("to say the least"), _shown(art)


@pytest.mark.parametrize("text,words", [
    ("Senator Tom Reed warned voters, \"We will not resign over this.\"",
     "We will not resign over this."),
    ("Senator Tom Reed said, smiling, \"We will not resign over this.\"",
     "We will not resign over this."),
    ("Senator Tom Reed assured residents, \"The water is safe to drink.\"",
     "The water is safe to drink."),
    ("The mayor told the press in a separate interview, \"People with a different view are "
     "welcome here.\"", "People with a different view are welcome here."),
])
def test_2_a_whole_quote_after_a_lead_in_ended_by_a_comma_stays_whole(text, words):
    art = _coded(text)
    assert any(q.direct and q.content.strip() == words for q in art.quotes), _shown(art)
    assert not _clauses(art), _shown(art)


def test_2_a_quote_that_is_the_whole_object_of_with_stays_whole():
    art = _coded("During the debate, the mayor responded to a reporter's question about the "
                 "river port with \"What is a river port?\"")
    assert any(q.direct and q.content.startswith("What is") for q in art.quotes), _shown(art)
    assert not _clauses(art), _shown(art)


def test_2_the_addressee_before_a_that_clause_opens_no_clause():
    art = _coded("The chairman said the firm had informed the city council that the firm was "
                 "\"moving all of its staff from Leeds to York\".")
    assert not any(q.content.startswith("the city council") for q in art.quotes), _shown(art)


def test_3_a_participle_holding_the_quote_is_still_the_clause():
    art = _coded("Voters have gone missing, the senator suggested at a private dinner Tuesday, "
                 "musing why they aren’t “out in the streets.”")
    assert any(not q.direct and "why they aren" in q.content and "“out in" in q.content
               for q in art.quotes), _shown(art)
    assert not any(q.content.startswith(("at a private", "Tuesday")) for q in art.quotes), \
        _shown(art)


def test_3_the_cues_time_clause_is_not_reported():
    art = _coded("Senator Tom Reed said while visiting Paris that the plan was \"a waste of "
                 "money\".")
    clauses = _clauses(art)
    assert len(clauses) == 1 and clauses[0].content.startswith("that the plan"), _shown(art)
    visit = art.article.text.index("visiting")
    assert not any(q.start <= visit < q.end for q in art.quotes)
    assert all(e.quote is None for e in art.events if e.trigger == "visiting")


@pytest.mark.parametrize("text", [
    "In a meeting that day he was told by Health Minister John Carter of \"perhaps forty people "
    "under the rubble\".",
    "The storm followed a pattern described by Harbour Weekly as \"rather hectic and hard to "
    "predict\".",
])
def test_4_the_passive_agent_opens_no_reported_clause(text):
    art = _coded(text)
    assert any(q.direct for q in art.quotes), _shown(art)
    assert not any(q.content.startswith("by ") for q in art.quotes), _shown(art)
    assert not _clauses(art), _shown(art)  # nor a clause of a lone preposition: ``as "..."``


@pytest.mark.parametrize("text", [
    "On Monday the ministry added ten foreign companies to its \"watch list\" for security "
    "reasons.",
    "Police added the suspect's name to a list of \"most wanted\" fugitives.",
])
def test_5_adding_something_to_a_list_reports_no_clause(text):
    assert not _clauses(_coded(text))


def test_6_a_title_case_case_name_reports_no_clause():
    art = _coded("The court ruled in regard to the case \"Smith vs. Northern Rail Limited\" on "
                 "Thursday.")
    assert not _clauses(art), _shown(art)


# Review r35e (branch f96): a "with" or a "mean" of the reported clause's own words is no
# manner of the cue and no gloss; the clause stays. Made-up wording.

@pytest.mark.parametrize("text,opening", [
    ("The mayor repeated her claim that the council had sided with \"property developers\" over "
     "residents.", "that the council"),
    ("The union repeated its claim that the cuts would mean \"misery\" for patients.",
     "that the cuts"),
])
def test_r35e_a_with_or_mean_inside_the_claim_keeps_the_clause(text, opening):
    art = _coded(text)
    clauses = _clauses(art)
    assert len(clauses) == 1 and clauses[0].content.startswith(opening), _shown(art)


@pytest.mark.parametrize("text", [
    "The officer repeated the motto, which means \"always ready\" in Latin.",
    "The coach told reporters the word meaning \"never give up\" in his language.",
    "The leader wrote a word that means \"freedom\" on the wall.",
])
def test_r35e_a_gloss_still_opens_no_clause(text):
    # near misses: the gloss shapes the rule was built for
    art = _coded(text)
    assert not _clauses(art), _shown(art)
