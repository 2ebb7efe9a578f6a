"""Round-6 event gold, tune half: the hand-written records (fragment locating the sentence,
trigger, type, source, target, flags). `python gold/events/round6/source/tune.py` writes tune.jsonl."""
import sys; sys.path.insert(0, __import__('os').path.dirname(__file__))
from write import write
A = lambda **k: k
ann = {
 "wcep-2012-05-26-002": [
  ("92 people being killed", "being killed", "ASSAULT", None, ("SYR", "CVL", "at least 92 people"),
   A(rep=True, alts=[{"source": "SYR"}, {"target": None}],
     note="a mass killing in a village in Syria during the war; killers not named (government forces by world knowledge: source SYR an alternative)"))],
 "wcep-2013-05-04-002": [
  ("religiously motivated clashes", "clashes", "ASSAULT", ("NGA", "REL", None), ("NGA", "REL", None),
   A(alts=[{"source": None}, {"target": None}, {"source": None, "target": None}],
     note="a two-sided clash between religious communities in Nigeria with 39 dead: one record; the sides are not named, the place fixes the country"))],
 "wcep-2016-05-05-018": [
  ("warns that a coup", "warns that a coup d'etat may occur", "THREATEN", ("PHL", "LEG", "Philippine senator and former coup plotter Antonio Trillanes"), ("PHL", "GOV", "Rodrigo Duterte"),
   A(opt=True, alts=[{"type": "ACCUSE"}, {"target": None}],
     note="warns of a coup by others (the military), not of harm he will do himself: by round 5's rule no required THREATEN; a system coding it or criticism of Duterte is not wrong. \"former coup plotter\" is a characterisation: no event"))],
 "wcep-2016-07-02-003": [
  ("in a suicide bombing in Jalalabad", "a suicide bombing", "ASSAULT", None, ("AFG", "CVL", "At least two people"),
   A(alts=[{"target": None}, {"source": "AFG"}],
     note="bomber not named; Jalalabad, Nangarhar Province = Afghanistan (world knowledge, the text names no country)"))],
 "wcep-2017-07-02-001": [
  ("Three suicide bombers in Damascus", "kill", "ASSAULT", ("SYR", "REB", "Three suicide bombers"), ("SYR", "CVL", "at least 21 people"),
   A(alts=[{"source": None}, {"target": None}, {"source": None, "target": None}],
     note="suicide bombers of no named group in Damascus (= Syria, world knowledge): the place fixes both countries"))],
 "wcep-2018-04-29-014": [
  ("will quit the agreement", "will quit the agreement if", "THREATEN", ("USA", "GOV", "United States Secretary of State Mike Pompeo"), None,
   A(alts=[{"target": "IRN"}, {"type": "REJECT"}, {"type": "SANCTION", "target": None}],
     note="a conditional threat to leave an agreement (ultimatum); the other parties are not named (the Iran nuclear deal, world knowledge: IRN an alternative)"))],
 "wcep-2018-08-28-001": [
  ("A suspected improvised explosive device", "explodes at", "ASSAULT", ("PHL", "REB", "the Bangsamoro Islamic Freedom Fighters"), ("PHL", "CVL", "a town festival in Isulan, Sultan Kudarat, Philippines"),
   A(note="a bomb planted by a named rebel group at a festival: ASSAULT (\"suspected\" qualifies the device, not the act)"))],
 "wcep-2018-09-21-002": [
  ("The death toll from recent clashes", "clashes", "ASSAULT", ("LBY", "REB", None), ("LBY", None, None),
   A(alts=[{"source": None}, {"target": None}, {"source": None, "target": None}],
     note="a two-sided clash in Tripoli (= Libya, world knowledge; the text names no country): one record, the sides not named")),
  ("The clashes, which began", "The clashes", "ASSAULT", ("LBY", "REB", None), ("LBY", None, None),
   A(opt=True, repeat=0, alts=[{"source": None}, {"target": None}, {"source": None, "target": None}], note="the same clashes"))],
}
write("tune", ann)
