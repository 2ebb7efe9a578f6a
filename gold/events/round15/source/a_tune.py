"""Round-15 event gold (issue 13, round 25), annotator a (branch g15a), own tune items: the hand-written
records (fragment locating the sentence, trigger, type, source, target, flags), coded from the texts alone
before detente was run on them. `python gold/events/round15/source/a_tune.py` writes parts/a.tune.jsonl."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from write import write  # noqa: E402


def A(**k):
    return k


ann = {
 "wcep-2012-03-25-013": [],  # a runoff and its reported result: election results are no events (NOTES.md)
 "wcep-2011-05-29-003": [
  ("NATO kills 14 civilians", "kills", "ASSAULT", ("NATO", "IGO", "NATO"), ("AFG", "CVL", "14 civilians, 12 children and 2 women"),
   A(note="the airstrike on homes in Helmand is the same act; Helmand fixes Afghanistan"))],
 "wcep-2013-03-01-010": [],  # a budget sequestration taking effect: no act of one actor on another
 "wcep-2011-09-21-012": [
  ("Turkey signs an accord with North Cyprus", "signs an accord", "AGREE", ("TUR", "GOV", "Turkey"), ("CYP", "GOV", "North Cyprus"),
   A(alts=[{"type": "COOPERATE"}, {"target": "TUR"}, {"target": None}], note="a signed accord (NOTES.md: deals AGREE, COOPERATE "
   "alternative); the Turkish Republic of Northern Cyprus has no ISO code: its territory is CYP (TUR, null alternatives)")),
  ("Turkey signs an accord with North Cyprus", "decision by the Government of Cyprus to drill for oil", "MOBILIZE",
   ("CYP", "GOV", "the Government of Cyprus"), None, A(opt=True, alts=[{"type": "THREATEN"}, {"target": "TUR"}],
   note="the decision the accord answers: drilling in disputed waters is no clear type and names no target; optional"))],
 "wcep-2010-10-06-021": [
  ("South Korea and the European Union sign", "sign a free trade agreement", "AGREE", ("KOR", "GOV", "South Korea"),
   ("EU", "IGO", "the European Union"), A(alts=[{"type": "COOPERATE"}], note="a signed trade agreement: AGREE (symmetric)"))],
 "wcep-2021-05-08-012": [],  # an election won, seats, turnout; 'favouring a proposed referendum' is no act
 "wcep-2011-09-16-007": [
  ("Kosovo Serbs block off two border crossings", "block off two border crossings", "PROTEST", ("XKX", "CVL", "Kosovo Serbs"),
   ("XKX", "GOV", "the Kosovo government"), A(alts=[{"source": "SRB"}, {"type": "COERCE"}, {"target": None}],
   note="a road blockade by a population against its government's move (PLOVER PROTEST: blockades); Kosovo XKX "
   "(detente's code), SRB alternative for the Serbs")),
  ("Kosovo Serbs block off two border crossings", "seeks to take them over", "MOBILIZE", ("XKX", "GOV", "the Kosovo government"),
   ("XKX", "CVL", "Kosovo Serbs"), A(opt=True, alts=[{"type": "COERCE"}, {"target": "SRB"}, {"target": None}],
   note="an attempt ('seeks') to take control of the crossings: weak, optional"))],
 "wcep-2008-04-13-002": [
  ("Robert Zoellick, the president of the World Bank, calls", "calls for immediate action", "REQUEST",
   ("WB", "IGO", "Robert Zoellick, the president of the World Bank"), None,
   A(note="a call addressed to no named actor: target null (NOTES.md)")),
  ("Robert Zoellick, the president of the World Bank, calls", "rioting", "PROTEST", (None, "CVL", None), None,
   A(opt=True, note="riots in unnamed countries, a back-reference in a relative clause: optional"))],
 "wcep-2011-07-12-007": [
  ("deputy prime minister Yehia El-Gamal resigns", "resigns", "CONCEDE", ("EGY", "GOV", "Egypt's deputy prime minister Yehia El-Gamal"),
   ("EGY", "CVL", None), A(opt=True, alts=[{"target": None}], note="a resignation during a sit-in: under pressure, optional "
   "(round 12 D14)")),
  ("deputy prime minister Yehia El-Gamal resigns", "sit-in", "PROTEST", ("EGY", "CVL", None), ("EGY", "GOV", None),
   A(alts=[{"target": None}], note="an ongoing sit-in in its fifth day at the article's date (happening, not a back-reference to "
   "a past act): required; protesters unnamed, country from Cairo"))],
 "wcep-2004-11-02-007": [
  ("U.S. civil rights organizations report", "alleging", "ACCUSE", ("USA", "NGO", "U.S. civil rights organizations"), None,
   A(alts=[{"target": "USA"}], note="the accusation names no culprit (the fliers' authors): target null, USA alternative")),
  ("U.S. civil rights organizations report", "suppress the African-American vote", "COERCE", (None, None, None),
   ("USA", "CVL", "African-American voters"), A(opt=True, rep=True, note="voter suppression by misleading fliers and calls, alleged, "
   "doer unnamed: no clear type, optional"))],
}

if __name__ == "__main__":
    write("a", "tune", ann)
