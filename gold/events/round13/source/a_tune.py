"""Round-13 event gold (issue 13, round 24), annotator a (branch g13a), own tune items: the hand-written
records (fragment locating the sentence, trigger, type, source, target, flags), coded from the texts alone
before detente was run on them. `python gold/events/round13/source/a_tune.py` writes parts/a.tune.jsonl."""
import sys; sys.path.insert(0, __import__('os').path.dirname(__file__))
from write import write
A = lambda **k: k
DISPERSE = "dispersing protesters with tear gas, water cannon or rubber bullets: repression (COERCE), ASSAULT as alternative (round 8)"
ann = {
 "wcep-2004-08-01-005": [
  ("says that France will deploy 200 soldiers", "will deploy 200 soldiers", "AGREE", ("FRA", "GOV", "France"), ("TCD", "GOV", "Chad"),
   A(alts=[{"type": "MOBILIZE"}, {"type": "AID"}], note="an announced deployment to help secure Chad's border, told by France's own "
   "ambassador (not reported): a pledge, AGREE with MOBILIZE / AID alternatives (NOTES.md: US 'committing to send more troops')")),
  ("The troops will also bring humanitarian aid", "will also bring humanitarian aid", "AGREE", ("FRA", "MIL", "The troops"),
   ("SDN", "CVL", "Darfur refugees"), A(alts=[{"type": "AID"}, {"target": "TCD"}],
   note="announced (future) aid to the Darfur refugees, Sudanese in Chad: AGREE with AID alternative"))],
 "wcep-2012-09-01-013": [
  ("The summit is closed with accepting", "accepting a 600-page final document", "AGREE", (None, None, "The summit"), None,
   A(opt=True, note="a summit's final document adopted by unnamed participants (the host, Iran, is named only in the next "
   "sentence); no side named")),
  ("A Chinese state commentary qualifies the summit", "qualifies the summit as an \"important\" diplomatic \"accomplishment",
   "SUPPORT", ("CHN", "MED", "A Chinese state commentary"), ("IRN", "GOV", "Iran"),
   A(alts=[{"source": "CHN"}], note="praise (CAMEO 051) of Iran's hosting by Chinese state media; MED, GOV as a defensible sector")),
  ("A Chinese state commentary qualifies the summit", "having hosted", "CONSULT", ("IRN", "GOV", "Iran"), (None, "GOV", "leaders and delegates of over 100 countries"),
   A(opt=True, note="the hosting, told inside the commentary (a back-reference to the summit)"))],
 "wcep-2008-11-23-007": [],
 "wcep-2009-07-24-005": [],
 "wcep-2014-06-17-003": [
  ("Al-Shabaab militants attack Poromoko village", "attack", "ASSAULT", ("SOM", "REB", "Al-Shabaab militants"), ("KEN", "CVL", "Poromoko village in Kenya"),
   A(note="killing and burning are the same attack: one record"))],
 "wcep-2013-08-14-001": [
  ("Bahrain police fire tear gas", "fire tear gas to disperse", "COERCE", ("BHR", "COP", "Bahrain police"), ("BHR", "CVL", "protesters"),
   A(alts=[{"type": "ASSAULT"}], note=DISPERSE)),
  ("Bahrain police fire tear gas", "pro-democracy demonstrations", "PROTEST", ("BHR", "CVL", "protesters"), ("BHR", "GOV", None),
   A(alts=[{"target": None}], note="the demonstrations (the government their object, unnamed)")),
  ("Bahrain police fire tear gas", "in response by activist", "REQUEST", ("BHR", "CVL", "activist"), ("BHR", "CVL", None),
   A(opt=True, note="the garbled 'in response (to a call) by activist' for demonstrations: a call to protest, weak and implicit"))],
 "wcep-2009-09-05-008": [
  ("Grenada releases the last seven prisoners", "releases", "RETREAT", ("GRD", "GOV", "Grenada"), ("GRD", "CVL", "the last seven prisoners"),
   A(note="release of prisoners: RETREAT")),
  ("Grenada releases the last seven prisoners", "releases", "RETREAT", ("GRD", "GOV", "Grenada"),
   ("GRD", "GOV", "former deputy prime minister Bernard Coard"), A(note="the named prisoner, a former official (same triple)")),
  ("Grenada releases the last seven prisoners", "convicted", "COERCE", ("GRD", "JUD", None), ("GRD", "CVL", "the last seven prisoners"),
   A(opt=True, note="the conviction, background (1980s)")),
  ("Grenada releases the last seven prisoners", "the murder of Grenadian Prime Minister Maurice Bishop", "ASSAULT", ("GRD", None, None),
   ("GRD", "GOV", "Grenadian Prime Minister Maurice Bishop"), A(opt=True, alts=[{"source": None}],
   note="the 1983 killing, background; the doers are the prisoners, Grenadian coup makers"))],
 "wcep-2022-02-21-003": [
  ("President Putin addresses the nation", "declares", "ACCUSE", ("RUS", "GOV", "President Putin"), ("UKR", "GOV", "Ukraine"),
   A(alts=[{"target": "USA"}], note="calling Ukraine an artificial creation and a U.S. puppet regime rife with corruption: criticism "
   "(the splitter cuts the sentence at 'U.S.')")),
  ("He also reiterates his claim", "reiterates his claim", "ACCUSE", ("RUS", "GOV", "He"), ("UKR", "GOV", "Ukraine"),
   A(opt=True, alts=[{"target": "NATO"}, {"type": "REJECT"}], note="an opinion about what might happen (Ukraine joining NATO a "
   "security risk), reiterated: optional; the required ACCUSE RUS -> UKR is in the sentence before"))],
 "wcep-2009-09-26-007": [
  ("More than 100 ministers and heads of state attend", "attend", "CONSULT", (None, "GOV", "More than 100 ministers and heads of state"),
   ("UN", "IGO", "a United Nations meeting"), A(note="attending a UN meeting; the states are not named")),
  ("Bangladesh Prime Minister Sheikh Hasina tables", "tables a five-pronged set of recommendations", "REQUEST",
   ("BGD", "GOV", "Bangladesh Prime Minister Sheikh Hasina"), None,
   A(opt=True, alts=[{"target": "UN"}], note="a policy proposal with no addressee named (round 12: proposals optional REQUEST)"))],
 "wcep-2005-03-30-008": [
  ("dozens of disguised AIDS patients protest", "protest", "PROTEST", ("GTM", "CVL", "dozens of disguised AIDS patients"),
   ("GTM", "GOV", "government"), A(note="the ruling itself (a policy) is no event"))],
 "wcep-2005-12-12-001": [
  ("At an inquest into the death", "claims", "ACCUSE", ("UN", "IGO", "a United Nations worker in Jenin"), ("ISR", "MIL", "an Israeli sniper rifle laser"),
   A(alts=[{"source": None}], note="testimony at the inquest that an Israeli sniper's laser was on the victim: an accusation")),
  ("At an inquest into the death", "inquest", "ACCUSE", (None, "JUD", None), None,
   A(opt=True, note="the inquest (an investigation into a death), setting of the news; the court's country is not given")),
  ("At an inquest into the death", "was shot", "ASSAULT", (None, None, "a mysterious sniper rifle-shot"), ("UN", "IGO", "Iain Hook"),
   A(opt=True, alts=[{"source": "ISR"}], note="the killing (2002, background), its doer the object of the inquest")),
  ("At an inquest into the death", "was pointed at his head", "THREATEN", ("ISR", "MIL", "an Israeli sniper rifle laser"), ("UN", "IGO", "his"),
   A(opt=True, rep=True, alts=[{"type": "ASSAULT"}], note="the act claimed, background")),
  ("He also supplied documentary evidence", "supplied documentary evidence", "ACCUSE", ("UN", "IGO", "He"), ("ISR", "MIL", "the Israeli army"),
   A(note="evidence that the army delayed the ambulance: a second accusation (same triple)")),
  ("He also supplied documentary evidence", "had delayed an ambulance", "COERCE", ("ISR", "MIL", "the Israeli army"), ("UN", "IGO", "Mr Hook"),
   A(opt=True, rep=True, note="the delay claimed, background (2002)"))],
 "wcep-2011-02-04-039": [
  ("rejecting a plan for a referendum", "rejecting a plan", "REJECT", ("KAZ", "GOV", "President of Kazakhstan Nursultan Nazarbayev"), None,
   A(alts=[{"target": "KAZ"}], note="refusing a proposal (the referendum plan of his supporters, not named here): REJECT, target unnamed")),
  ("rejecting a plan for a referendum", "calls an early election", "CONCEDE", ("KAZ", "GOV", "President of Kazakhstan Nursultan Nazarbayev"), None,
   A(opt=True, alts=[{"type": "REQUEST"}], note="calling an election: optional (round 12 adjudication D6)"))],
 "wcep-2016-08-27-001": [
  ("At least eight Paraguayan Army soldiers are killed", "ambush", "ASSAULT", ("PRY", "REB", "suspected Paraguayan People's Army (EPP) insurgents"),
   ("PRY", "MIL", "At least eight Paraguayan Army soldiers"), A(alts=[{"source": None}], note="'suspected' doers named: coded, null alternative"))],
 "wcep-2015-03-06-002": [
  ("At least two knife-wielding attackers injure", "injure", "ASSAULT", (None, None, "At least two knife-wielding attackers"),
   ("CHN", "CVL", "nine people"), A(opt=True, alts=[{"source": "CHN"}], note="unnamed attackers against civilians, no political actor")),
  ("At least two knife-wielding attackers injure", "fatally shoot", "ASSAULT", ("CHN", "COP", "the police"), (None, None, "one of the suspects"),
   A(alts=[{"target": "CHN"}], note="police kill a suspect; the attackers' country is not fixed (CHN alternative)"))],
}

if __name__ == "__main__":
    write("a", "tune", ann)
