"""Round-14 event gold (issue 13, round 25, branch g14b), annotator b, own tune items (deal.json["b"]["tune"]):
the hand-written records (fragment locating the sentence, trigger, type, source, target, flags), coded from the
texts alone, without running detente. `python gold/events/round14/source/b_tune.py` writes parts/b.tune.jsonl."""
import sys; sys.path.insert(0, __import__('os').path.dirname(__file__))
from write_b import write
A = lambda **k: k
ann = {
 "wcep-2012-07-28-002": [
  ("Two NATO service members are killed", "killed in an attack", "ASSAULT", (None, None, None),
   ("NATO", "MIL", "Two NATO service members"), A(alts=[{"source": "AFG"}, {"target": None}],
   note="the attack is the news, no doer named: null source, the place's country an alternative (round 12 D9); "
   "NATO troops coded NATO MIL (round 11's ISAF soldier), nationality not given"))],
 "wcep-2023-06-04-009": [
  ("Anti-government protests erupt across Poland", "protests erupt", "PROTEST", ("POL", "CVL", "an estimated 500,000 demonstrators"),
   ("POL", "GOV", None), A(note="anti-government protests; the mayor gives only the count (not reported)"))],
 "wcep-2008-08-09-006": [
  ("Georgia's parliament approves a state of war", "approves a state of war", "COERCE", ("GEO", "LEG", "Georgia's parliament"),
   ("GEO", "CVL", "the country"), A(alts=[{"type": "MOBILIZE"}, {"target": None}],
   note="a state of war restricts the country as a state of emergency / martial law does (COERCE, earlier rounds); "
   "war footing: MOBILIZE alternative; Russia is not named in the item"))] + [
  ("head to Georgia to broker peace", "head to Georgia to broker peace", "CONSULT", (c, s, n), ("GEO", "GOV", "Georgia"),
   A(alts=[{"type": "AGREE"}, {"target": None}], note="mediators' visit under way (CAMEO 042/045: CONSULT); one record per "
   "coordinated source")) for c, s, n in (("OSCE", "IGO", "Organization for Security and Co-operation in Europe"),
                                          ("EU", "IGO", "European Union"), ("USA", "GOV", "United States"))],
 "wcep-2013-10-11-001": [
  ("An Israeli man is killed and his wife injured", "an attack", "ASSAULT", ("PSE", "REB", "Palestinian militants"),
   ("ISR", "CVL", "An Israeli man"), A(note="the attack is the news; named doers")),
  ("An Israeli man is killed and his wife injured", "an attack", "ASSAULT", ("PSE", "REB", "Palestinian militants"),
   ("ISR", "CVL", "his wife"), A(note="one record per coordinated target (round 12 T6); same triple"))],
 "wcep-2015-10-30-004": [
  ("Two assailants are shot dead by Israeli police", "shot dead", "ASSAULT", ("ISR", "COP", "Israeli police"),
   ("PSE", "CVL", "Two assailants"), A(alts=[{"type": "COERCE"}], note="police kill attackers (round 5: ASSAULT, COERCE "
   "alternative); the assailants are the knife-wielding Palestinians of the same sentence")),
  ("Two assailants are shot dead by Israeli police", "attacked", "ASSAULT", ("PSE", "CVL", "knife-wielding Palestinians"),
   ("ISR", "CVL", "Israelis"), A(note="named doers, recent act, the cause of the shooting (round 4: required); stabbings "
   "coded PSE CVL -> ISR CVL as in earlier rounds")),
  ("Another four people, including a Palestinian assailant", "incidents", "ASSAULT", ("PSE", "CVL", "a Palestinian assailant"),
   ("ISR", None, "an Israeli checkpoint"), A(alts=[{"source": None}], note="further attacks at a checkpoint and a tram "
   "station; the assailant fixes the doer")),
  ("Another four people, including a Palestinian assailant", "injured", "ASSAULT", ("ISR", None, None),
   ("PSE", "CVL", "a Palestinian assailant"), A(opt=True, alts=[{"source": None}],
   note="the assailant's injury, doer unnamed (Israeli forces at the checkpoint, implicit)"))],
 "wcep-2018-04-08-030": [],
 "wcep-2016-12-02-003": [
  ("will be withdrawing its seven F-16 fighter jets", "will be withdrawing", "CONCEDE", ("DNK", "GOV", "Denmark's government"),
   ("IS", "REB", "ISIL"), A(alts=[{"type": "RETREAT"}, {"target": "IRQ"}, {"target": "SYR"}, {"target": None}],
   note="announced troop withdrawal = CONCEDE (CONVENTIONS); withdrawn from operations against ISIL (the places Iraq, "
   "Syria as alternatives, as Belgium's Afghanistan withdrawal in round 12/13)")),
  ("will be withdrawing its seven F-16 fighter jets", "military operations against ISIL", "ASSAULT",
   ("DNK", "MIL", "its seven F-16 fighter jets"), ("IS", "REB", "ISIL"),
   A(opt=True, note="the ongoing mission described as the object of the withdrawal (Belgium's ongoing mission: optional)"))],
}
if __name__ == "__main__":
    write("tune", ann)
