"""Round-13 event gold (issue 13, round 24), annotator a (branch g13a), own check items: the hand-written
records, coded from the texts alone before detente was run on them (the check half: aggregates read only).
`python gold/events/round13/source/a_check.py` writes parts/a.check.jsonl."""
import sys; sys.path.insert(0, __import__('os').path.dirname(__file__))
from write import write
A = lambda **k: k
ann = {
 "wcep-2012-03-31-004": [
  ("Around 30 people are killed in clashes", "clashes", "ASSAULT", ("YEM", "REB", "suspected Al-Qaeda militants in southern Yemen"),
   ("YEM", "MIL", "the army"), A(alts=[{"source": "AQ"}], note="a two-sided clash, one record (militants -> army, NOTES.md); "
   "al-Qaeda in southern Yemen coded YEM REB with AQ alternative (round 12 adjudication D11, AQAP)"))],
 "wcep-2008-12-30-006": [
  ("The National Council for Democracy and Development", "a recent coup", "ASSAULT", ("GIN", "MIL", "the ruling military junta of Guinea"),
   ("GIN", "GOV", None), A(opt=True, alts=[{"type": "COERCE"}], note="the coup, a back-reference naming the kind of act "
   "(round 12: the coup behind Hamdok's arrest optional); the appointment of a prime minister is no event"))],
 "wcep-2024-11-28-017": [
  ("The Constitutional Court of Romania requests a recount", "requests a recount", "REQUEST", ("ROU", "JUD", "The Constitutional Court of Romania"),
   None, A(alts=[{"target": "ROU"}, {"type": "COERCE"}], note="a court ordering a recount; the electoral authority it addresses is "
   "not named")),
  ("The Constitutional Court of Romania requests a recount", "a complaint", "ACCUSE", ("ROU", "PTY", "candidate Cristian Terheș"),
   None, A(alts=[{"target": "ROU"}], note="a legal challenge by a named doer, recent, the cause of the news act: required "
   "(round 4 back-references; round 12 adjudication D4); what it challenges (the count) has no actor named"))],
 "wcep-2023-11-04-007": [
  ("Guinean commando forces forcefully remove", "forcefully remove", "ASSAULT", ("GIN", "MIL", "Guinean commando forces"),
   ("GIN", "GOV", "former president Moussa Dadis Camara"), A(alts=[{"type": "COERCE"}, {"type": "RETREAT"}],
   note="an armed removal from prison amid gunfire, called a kidnapping attempt in the next sentence (abduction: ASSAULT); "
   "a former president coded GOV")),
  ("Guinean commando forces forcefully remove", "forcefully remove", "ASSAULT", ("GIN", "MIL", "Guinean commando forces"),
   ("GIN", "GOV", "several other officials"), A(alts=[{"type": "COERCE"}, {"type": "RETREAT"}],
   note="the coordinated target (same triple); the prison attacked amid gunfire gives the same triple too")),
  ("Camara is later taken back into police custody", "taken back into police custody", "COERCE", ("GIN", "COP", "police"),
   ("GIN", "GOV", "Camara"), A(note="re-detention by the police")),
  ("Camara is later taken back into police custody", "the alleged kidnapping attempt", "ASSAULT", ("GIN", "MIL", None),
   ("GIN", "GOV", None), A(repeat=0, note="the removal of the sentence before, named again"))],
 "wcep-2003-03-09-003": [
  ("Albania says it will send troops", "will send troops to join", "AGREE", ("ALB", "GOV", "Albania"), ("USA", "GOV", "the United States"),
   A(alts=[{"type": "MOBILIZE", "target": "IRQ"}, {"type": "COOPERATE"}, {"target": None}],
   note="a pledge to send troops to join a (US-led) war against Iraq: AGREE with the war's leader, the United States named in the "
   "sentence as the one thanked; MOBILIZE against Iraq as alternative")),
  ("Albania says it will send troops", "any war against Iraq", "THREATEN", ("ALB", "GOV", "Albania"), ("IRQ", "GOV", "Iraq"),
   A(opt=True, alts=[{"type": "MOBILIZE"}], note="joining a war against Iraq: an implicit threat against Iraq, weak")),
  ("Albania says it will send troops", "thanking", "SUPPORT", ("ALB", "GOV", "Albania"), ("USA", "GOV", "the United States"),
   A(opt=True, note="the author's characterisation of the measure as thanks")),
  ("Albania says it will send troops", "thanking", "SUPPORT", ("ALB", "GOV", "Albania"), ("NATO", "IGO", "NATO"),
   A(opt=True, note="the author's characterisation of the measure as thanks")),
  ("Albania says it will send troops", "intervening in Kosovo", "ASSAULT", ("USA", "MIL", "the United States"), ("SCG", None, "Kosovo"),
   A(opt=True, alts=[{"target": None}, {"target": "SRB"}], note="the 1999 Kosovo War, background; Kosovo in Serbia and Montenegro "
   "at the article's date (round 12 adjudication D10)")),
  ("Albania says it will send troops", "intervening in Kosovo", "ASSAULT", ("NATO", "IGO", "NATO"), ("SCG", None, "Kosovo"),
   A(opt=True, alts=[{"target": None}, {"target": "SRB"}], note="the 1999 Kosovo War, background"))],
 "wcep-2010-10-21-002": [
  ("Suspected Taliban militants kill", "kill", "ASSAULT", ("AFG", "REB", "Suspected Taliban militants"),
   ("NATO", "MIL", "an International Security Assistance Force (ISAF) soldier"), A(alts=[{"source": None}, {"target": None}],
   note="ISAF, NATO-led, coded NATO (detente's table has no ISAF); the soldier's nationality is not given")),
  ("Suspected Taliban militants kill", "kill", "ASSAULT", ("AFG", "REB", "Suspected Taliban militants"),
   ("AFG", "COP", "five Afghan policeman"), A(alts=[{"source": None}]))],
 "wcep-2010-07-12-007": [
  ("An Israeli military probe into the naval raid", "praises", "SUPPORT", ("ISR", "MIL", "An Israeli military probe"),
   ("ISR", "MIL", "the naval commandos"), A(note="an inquiry's praise of the troops: SUPPORT, within Israel's military")),
  ("An Israeli military probe into the naval raid", "criticises", "ACCUSE", ("ISR", "MIL", "An Israeli military probe"),
   ("ISR", "SPY", "poor Israeli intelligence"), A(note="criticism of the intelligence services")),
  ("An Israeli military probe into the naval raid", "killed", "ASSAULT", ("ISR", "MIL", "the naval commandos"), ("TUR", "CVL", "eight Turks"),
   A(note="the flotilla raid (six weeks old) with its doer named: a recent back-reference, required (round 4 NOTES)")),
  ("An Israeli military probe into the naval raid", "killed", "ASSAULT", ("ISR", "MIL", "the naval commandos"),
   ("USA", "CVL", "one Turkish-American"), A(alts=[{"target": "TUR"}], note="the dual national coded USA, TUR alternative")),
  ("An Israeli military probe into the naval raid", "probe", "ACCUSE", ("ISR", "MIL", "An Israeli military probe"),
   ("ISR", "MIL", "the naval commandos"), A(opt=True, note="the investigation itself, the setting of its findings (same triple as "
   "the criticism)"))],
}

if __name__ == "__main__":
    write("a", "check", ann)
