"""Review r36b's findings on round 36's quotes mended (branch f98). Every sentence is made up.

1. A national NGO in the article (``USA NGO``: a debates commission) no longer makes every USA
   person with no sector an IGO official (``context.body_codes`` keeps IGOs' codes and bodies'
   own codes, not the country code of a national NGO); a UN official stays IGO.
2. A fronted addressee (``To the families, the minister said, "..."``) opens no reported clause
   across the cue (``parenthetical.clause_across``), as a lead-in about the speaking does not;
   an infinitive (``To be fair, ...``) is no addressee.
3. A connective alone before the cue (``But, the minister said, "..."``) is no reported words of
   the sentence's own; fronted words (``Despite the protests, ... the government "..."``) are.
4. No clause in a sentence whose letters are mostly of another script (an interview transcript in
   Hindi). The review's other half, no clause for a speaker with neither name nor actor, is not
   built: it removed q77's own cases ("Back then, the coach said, ...", "they write").
"""

from __future__ import annotations

from detente.quotes.context import body_codes
from detente.quotes.parenthetical import RULE, clause_across
from detente.readers.checks import script_problem
from detente.records import Actor, Mention
from tests.quotes.test_round35_q75 import _coded

COMMISSION = "The Commission on Presidential Debates will hold a debate on Tuesday. "


def _speakers(text: str) -> list[tuple[str | None, str | None, str | None]]:
    [art] = _coded([text])
    return [(q.speaker.name, q.speaker.actor.country, q.speaker.actor.sector)
            for q in art.quotes if q.speaker is not None and q.speaker.actor is not None]


def _clauses(text: str) -> list[str]:
    [art] = _coded([text])
    return [q.content for q in art.quotes if (q.rule or "").startswith(f"{RULE}<")]


def test_a_national_ngo_in_the_article_makes_no_igo_of_its_countrys_people():
    text = (COMMISSION + "The American Independent Party (AIP) met on Monday. At Ballot Watch "
            "News, AIP vice chairman Mark Seidenfeld commented: \"We will win the state.\"")
    assert ("Mark Seidenfeld", "USA", "IGO") not in _speakers(text)
    assert ("Mark Seidenfeld", "USA", "CVL") in _speakers(text)


def test_control_a_un_official_stays_igo():
    text = ("The United Nations will hold a debate. At a meeting, UN envoy Mark Seidenfeld "
            "commented: \"We will win the peace.\"")
    assert ("Mark Seidenfeld", "UN", "IGO") in _speakers(text)


def test_body_codes_keep_international_codes_only():
    def mention(country: str, sector: str) -> Mention:
        return Mention("x", 0, 1, 0, "ORG", Actor(country, sector))
    assert body_codes([mention("USA", "NGO"), mention("UN", "IGO"), mention("ICRC", "NGO"),
                       mention("FRD", "IGO")]) == frozenset({"UN", "ICRC", "FRD"})


def test_a_fronted_addressee_opens_no_clause():
    assert _clauses("To the families of the victims, the minister said, \"we are deeply "
                    "sorry.\"") == []


def test_control_a_fronted_infinitive_and_fronted_words_still_open_the_clause():
    assert _clauses("To be fair, the minister said, the plan \"has failed.\"") == [
        "To be fair, the minister said, the plan \"has failed.\""]
    assert _clauses("Despite the protests, the minister said, the government \"will not back "
                    "down.\"") == ["Despite the protests, the minister said, the government "
                                   "\"will not back down.\""]


def test_a_connective_alone_before_the_cue_is_no_reported_words():
    assert _clauses("But, the minister said, \"we will win this war.\"") == []
    assert _clauses("So, the minister said, \"the talks are over.\"") == []


def test_control_words_of_the_sentence_after_a_connective_still_count():
    assert len(_clauses("But, the minister said, the army \"will win this war.\"")) == 1


def test_a_sentence_mostly_in_another_script_gains_no_clause():
    # clause_across asks the readers' own script test (``readers.checks.script_problem``)
    assert script_problem("सब demand — अलग-अलग demand करते हैं। तो हमने सोचा")
    assert not script_problem("Später, sagte Müller, the government \"will not back down\"")
    [art] = _coded(["Despite the protests, the minister said, the government \"will not back "
                    "down.\""])
    quote = next(q for q in art.quotes if q.direct)
    text = art.article.text
    assert clause_across(quote, art.doc, text) is not None
