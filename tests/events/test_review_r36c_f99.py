"""Review r36c findings 3 and 4, mended on branch f99 (gold/events/NOTES-f99.md): a freedom another
side is urged to widen stays an appeal for reform (``freedoms._subject_actors`` reads only the
subject token, not ``arguments.subject_actors``' object control). Finding 4 (one actor named twice in
apposition as two sources) was mended on f99 by dropping the later mention and taken back by the lead: it
dropped the person's name ("The mayor of X, <name>, thanked ..." kept only the role), and the judged rows
record both mentions of an apposition as the row's sources -- the house reading, kept. Every sentence is made up."""

from __future__ import annotations

from tests.events.conftest import code_one

DATE = "2021-06-16"


def _sources(article) -> list[list[tuple]]:
    return [[(s.country, s.sector) for s in e.source] for e in article.events]


def test_urging_another_side_to_widen_its_freedoms_is_an_appeal_for_reform():
    article = code_one("Britain urged Iran to expand its freedoms.", DATE)
    assert any(e.type == "REQUEST" and e.cameo == "024" and e.rule.endswith("+freedoms")
               for e in article.events), [(e.type, e.cameo, e.rule) for e in article.events]


def test_pressing_another_side_to_widen_its_freedoms_keeps_the_freedoms_entry():
    article = code_one("The European Union pressed Turkey to expand its freedoms.", DATE)
    assert any(e.rule.endswith("+freedoms") for e in article.events), [e.rule for e in article.events]


def test_a_state_widening_its_own_freedoms_concedes_nothing():
    # near miss: the possessive points back to the subject itself (r28a, f57)
    for text in ("Turkey expanded its freedoms under the pact.", "Turkey seeks to expand its freedoms in the region."):
        article = code_one(text, DATE)
        assert not any(e.rule.endswith("+freedoms") for e in article.events), (text, [e.rule for e in article.events])


def test_a_role_and_the_name_apposed_to_it_are_both_sources():
    # the house reading (the judged rows): "the country's leader, <name>," lists both mentions, the name kept
    article = code_one("State media said the country's leader, Kim Jong-un, has approved deployment of the new missile.", DATE)
    texts = [[s.text for s in e.source] for e in article.events]
    assert article.events and all(any("Kim" in x for x in s) for s in texts), texts


def test_a_list_of_officials_of_one_government_keeps_each_source():
    # near miss: "A, B and C" is a list, not an apposition
    article = code_one("The president, the prime minister and the foreign minister of France condemned the attack.", DATE)
    assert [len(s) for s in _sources(article)] == [3], _sources(article)
