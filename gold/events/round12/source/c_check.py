"""Round-12 event gold (issue 13, round 24, branch g12c), annotator c, check items of deal.json["c"]: the
hand-written records, coded from the texts alone before detente was run on them (check: aggregates read
only). `python gold/events/round12/source/c_check.py` writes parts/c.check.jsonl."""
import sys; sys.path.insert(0, __import__('os').path.dirname(__file__))
from write_c import write
A = lambda **k: k
ann = {
 "wcep-2006-10-30-005": [
  ("walks out of court", "walks out of court", "PROTEST", ("IRQ", "CVL", "Saddam Hussein's chief lawyer, Khalil al-Duleimi"),
   ("IRQ", "JUD", None), A(alts=[{"type": "REJECT"}, {"type": "ACCUSE"}], note="a walkout from the court in protest at its rulings; "
   "ACCUSE alternative added in adjudication (T9; rounds 9/10: resigning in protest PROTEST, ACCUSE alternative)")),
  ("walks out of court", "were rejected", "REJECT", ("IRQ", "JUD", None),
   ("IRQ", "CVL", "Saddam Hussein's chief lawyer, Khalil al-Duleimi"), A(note="the court refusing the defence's requests")),
  ("walks out of court", "appoints other attorneys", "COERCE", ("IRQ", "JUD", "the chief judge"),
   ("IRQ", "GOV", "the deposed President of Iraq"), A(opt=True, note="court-imposed counsel: no convention decides it; optional")),
  ("walks out of court", "requests", "REQUEST", ("IRQ", "CVL", "Saddam Hussein's chief lawyer, Khalil al-Duleimi"),
   ("IRQ", "JUD", None), A(opt=True, alts=[{"type": "ACCUSE"}], note="adjudication T9: the defence's requests the court rejected, "
   "procedural motions (not a legal appeal): optional, as annotator b's twice coding")),
 ],
 "wcep-2023-10-13-009": [
  ("Human Rights Watch accuses", "accuses", "ACCUSE", ("HRW", "NGO", "Human Rights Watch"),
   ("ISR", "MIL", "the Israeli Defense Forces"), A()),
  ("Human Rights Watch accuses", "using white phosphorus munitions", "ASSAULT", ("ISR", "MIL", "the Israeli Defense Forces"),
   ("PSE", None, "the Gaza area"), A(rep=True, note="the operation in Gaza (the war under way), phosphorus use as HRW says")),
  ("Human Rights Watch accuses", "using white phosphorus munitions", "ASSAULT", ("ISR", "MIL", "the Israeli Defense Forces"),
   ("LBN", None, "Lebanon"), A(rep=True)),
 ],
 "wcep-2005-01-14-007": [
  ("has approved the second suggested cabinet", "has approved", "SUPPORT", ("SOM", "LEG", "Somalian transitional parliament in Kenya"),
   ("SOM", "GOV", "prime minister Ali Mohammed Ghedi"), A(alts=[{"type": "AGREE"}], note="parliament's approval of a cabinet (round 10: vote of confidence = SUPPORT)")),
  ("They rejected his earlier suggested cabinet", "rejected", "REJECT", ("SOM", "LEG", "They"), ("SOM", "GOV", "his"),
   A(note="the earlier cabinet voted down four weeks before: within the year, told as an act of its own")),
 ],
 "wcep-2011-04-28-013": [
  ("the Bahraini regime orders that they be sent home", "orders that they be sent home", "COERCE",
   ("BHR", "GOV", "the Bahraini regime"), ("BHR", "CVL", "7 trainee airline pilots"),
   A(alts=[{"type": "SANCTION"}], note="recall of the state-sponsored trainees as punishment")),
  ("the Bahraini regime orders that they be sent home", "suspends", "SANCTION",
   ("GBR", "BUS", "The UK's Oxford Aviation Academy"), ("BHR", "CVL", "7 trainee airline pilots"),
   A(opt=True, alts=[{"type": "COERCE"}], note="a company acting on the regime's order; no political side of its own")),
  ("the Bahraini regime orders that they be sent home", "participating in a peaceful demonstration", "PROTEST",
   ("BHR", "CVL", "7 trainee airline pilots"), ("BHR", "GOV", "their government's"), A(note="demonstration in London")),
  ("the Bahraini regime orders that they be sent home", "attacks on civilians", "ASSAULT",
   ("BHR", "GOV", "their government's"), ("BHR", "CVL", "civilians"), A(opt=True, note="the crackdown named as the protest's cause, in passing")),
 ],
 "wcep-2007-01-31-008": [
  ("A terror plot has been foiled in the UK", "have been arrested", "COERCE", ("GBR", "COP", None),
   ("GBR", "CVL", "nine people"), A(alts=[{"source": None}], note="arrests by the (unnamed) British police; 'foiled' the same act")),
  ("A terror plot has been foiled in the UK", "planning the kidnap and filmed execution", "ASSAULT",
   ("GBR", "CVL", "nine people"), ("GBR", "MIL", "a British Muslim soldier"),
   A(opt=True, note="a plot, not attempted: optional")),
  ("The alleged plot intended to pressure", "to pressure", "COERCE", ("GBR", "CVL", None),
   ("GBR", "GOV", "Prime Minister Tony Blair"), A(opt=True, alts=[{"type": "THREATEN"}], note="the plot's aim, not an act")),
 ],
 "wcep-2004-08-27-007": [
  ("anti-Semitic attacks", "anti-Semitic attacks", "ASSAULT", (None, None, None), ("FRA", "CVL", None),
   A(opt=True, rep=True, note="a count of attacks on civilians this year, no political side; the minister's statement is no event")),
 ],
 "wcep-2019-07-17-008": [],
 "wcep-2004-03-18-004": [
  ("NATO announces that it will reinforce its Kosovo Force", "will reinforce", "MOBILIZE", ("NATO", "IGO", "NATO"),
   ("SCG", None, None), A(alts=[{"target": None}, {"type": "AGREE"}, {"target": "SRB"}],
   note="announced reinforcement against the unrest; Kosovo in Serbia and Montenegro (SCG) at the date")),
  ("NATO announces that it will reinforce its Kosovo Force", "ethnic unrest there that has killed", "ASSAULT",
   ("SCG", "CVL", None), ("SCG", "CVL", None), A(alts=[{"type": "PROTEST"}, {"source": "SRB", "target": "SRB"}],
   note="ethnic violence between Kosovo Albanians and Serbs, two-sided, one record; political by NATO's and the UN's reaction")),
  ("More Serbian Orthodox Churches have been set ablaze", "set ablaze", "ASSAULT", ("SCG", "CVL", "Albanians"),
   ("SCG", "REL", "More Serbian Orthodox Churches"), A(alts=[{"source": "SRB", "target": "SRB"}])),
  ("More Serbian Orthodox Churches have been set ablaze", "violence has continued", "ASSAULT", ("SCG", "CVL", None),
   ("SCG", "CVL", "Kosovo Serb enclaves"), A(alts=[{"source": None}, {"source": "SRB", "target": "SRB"}], note="unnamed doers; the Albanians of the same sentence")),
  ("call for an urgent meeting of the UN Security Council", "call for an urgent meeting", "REQUEST", ("RUS", "GOV", "Russia"),
   ("UN", "IGO", "the UN Security Council"), A(alts=[{"type": "CONSULT"}])),
  ("call for an urgent meeting of the UN Security Council", "call for an urgent meeting", "REQUEST",
   ("SCG", "GOV", "Serbia and Montenegro"), ("UN", "IGO", "the UN Security Council"), A(alts=[{"type": "CONSULT"}, {"source": "SRB"}])),
  ("United Nations officials attempt to restore order", "blame", "ACCUSE", ("UN", "IGO", "United Nations officials"),
   ("SCG", "CVL", "nationalist extremists on both sides"), A(alts=[{"target": None}, {"target": "SRB"}])),
  ("United Nations officials attempt to restore order", "attempt to restore order", "COERCE", ("UN", "IGO", "United Nations officials"),
   ("SCG", "CVL", None), A(opt=True, alts=[{"target": "SRB"}], note="policing the province, vague")),
  ("More demonstrations have taken place across Serbia", "demonstrations", "PROTEST", ("SCG", "CVL", None), (None, None, None),
   A(alts=[{"target": "SCG"}, {"source": "SRB"}, {"source": "SRB", "target": "SRB"}],
   note="Serbs protesting the violence in Kosovo; no target named; adjudication D10: SCG (ISO at the date), SRB alternatives")),
 ],
 "wcep-2013-06-10-003": [
  ("rebels launch another attack against the Menagh Air Base", "launch another attack", "ASSAULT", ("SYR", "REB", "rebels"),
   ("SYR", "MIL", "the Menagh Air Base"), A(note="the battle and the attack, one two-sided record")),
 ],
 "wcep-2008-06-01-006": [
  ("with reports of violence in ethnic Albanian areas", "violence", "ASSAULT", (None, None, None), ("MKD", None, None),
   A(opt=True, rep=True, note="election-day violence reported, no sides named")),
 ],
 "wcep-2018-09-20-013": [
  ("wants to meet with U.S.", "wants to meet", "AGREE", ("PRK", "GOV", "North Korean leader Kim Jong-un"),
   ("USA", "GOV", "U.S."), A(rep=True, alts=[{"type": "CONSULT"}],
   note="intent to meet (CAMEO 036) = AGREE, told by Moon; the splitter cuts at 'U.S.'")),
 ],
 "wcep-2017-08-27-003": [
  ("A car bomb in Helmand Province kills", "A car bomb", "ASSAULT", (None, None, None),
   ("AFG", "MIL", "Afghan Army soldiers"), A(rep=True, alts=[{"source": "AFG"}], note="no perpetrator named")),
  ("A car bomb in Helmand Province kills", "A car bomb", "ASSAULT", (None, None, None),
   ("AFG", "CVL", "civilians"), A(rep=True, alts=[{"source": "AFG"}])),
 ],
 "wcep-2008-08-15-013": [
  ("assures Georgia that it has US support", "assures Georgia that it has US support", "SUPPORT",
   ("USA", "GOV", "Bush"), ("GEO", "GOV", "Georgia"),
   A(alts=[{"type": "AGREE"}], note="'we will not cast them aside' part of the same assurance; the splitter cuts at 'W.'")),
  ("should persuade NATO urgently", "should persuade NATO urgently to give", "REQUEST",
   ("EST", "GOV", "The president of Estonia, Toomas Hendrik Ilves"), ("NATO", "IGO", "NATO"),
   A(note="appeal for Georgia's and Ukraine's membership")),
  ("should persuade NATO urgently", "strike into Georgia", "ASSAULT", ("RUS", "MIL", "Russia's"), ("GEO", None, "Georgia"),
   A(rep=True, note="the war under way (a week old), named in Ilves's statement")),
 ],
}
if __name__ == "__main__":
    write("check", ann)
