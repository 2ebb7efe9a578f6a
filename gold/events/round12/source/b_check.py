"""Round-12 event gold (issue 13, round 24, branch g12b), annotator b, own check items (deal.json["b"]["check"]):
the hand-written records (fragment locating the sentence, trigger, type, source, target, flags), coded from the
texts alone, without running detente. `python gold/events/round12/source/b_check.py` writes parts/b.check.jsonl."""
import sys; sys.path.insert(0, __import__('os').path.dirname(__file__))
from write_b import write
A = lambda **k: k
ann = {
 "wcep-2024-07-18-016": [
  ("The Southwark Crown Court sentences", "sentences", "COERCE", ("GBR", "JUD", "The Southwark Crown Court"),
   ("GBR", "NGO", "five Just Stop Oil activists, including co-founder Roger Hallam"), A(note="prison sentences")),
  ("The Southwark Crown Court sentences", "organizing protests", "PROTEST",
   ("GBR", "NGO", "five Just Stop Oil activists, including co-founder Roger Hallam"), (None, None, None),
   A(opt=True, alts=[{"target": "GBR"}], note="2022, background"))],
 "wcep-2010-01-10-011": [],
 "wcep-2013-07-22-001": [
  ("are killed and another eleven wounded", "militant attacks", "ASSAULT", ("EGY", "REB", None),
   ("EGY", "MIL", "Six people – including army officers and policemen –"), A(alts=[{"source": None}],
   note="unnamed militants: the place's country (round 6); null alternative")),
  ("are killed and another eleven wounded", "militant attacks", "ASSAULT", ("EGY", "REB", None),
   ("EGY", "COP", "policemen"), A(alts=[{"source": None}],
   note="adjudication T5: one record per coordinated target sector (army officers, policemen), as annotator a's twice coding"))],
 "wcep-2012-02-08-013": [
  ("calls for the formation of a national unity government", "calls for", "REQUEST",
   ("MDV", "GOV", "The new President of the Maldives Mohammed Waheed Hassan"), (None, None, None),
   A(alts=[{"target": "MDV"}], note="general appeal, no addressee (round 5)")),
  ("calls for the formation of a national unity government", "riot", "PROTEST",
   ("MDV", "CVL", "supporters of former President Mohamed Nasheed"), ("MDV", "GOV", None),
   A(alts=[{"target": None}, {"type": "ASSAULT"}], note="riot = PROTEST (round 3), against the new government"))],
 "wcep-2022-08-04-003": [
  ("are killed in a militant attack in Bam", "militant attack", "ASSAULT", ("BFA", "REB", None),
   ("BFA", "CVL", "Thirteen people, including nine civilians"), A(alts=[{"source": None}])),
  ("are killed in a militant attack in Bam", "are also killed", "ASSAULT", ("BFA", "MIL", None),
   ("BFA", "REB", "thirty-four insurgents"), A(alts=[{"source": None}], note="killed by the defenders (context); doer unnamed"))],
 "wcep-2024-11-08-002": [
  ("opens fire on Saudi troops", "opens fire", "ASSAULT", ("YEM", "MIL", "A Yemeni government soldier"),
   ("SAU", "MIL", "Saudi troops"), A()),
  ("are suspected to be the perpetrators", "are suspected", "ACCUSE", (None, None, None),
   ("YEM", "REB", "Al-Qaeda in the Arabian Peninsula"), A(alts=[{"target": "AQ"}], note="suspicion, no accuser named (round 11); "
   "adjudication D11: AQAP is YEM REB by detente's own codes (actors/data/organisations.tsv), AQ alternative")),
  ("are suspected to be the perpetrators", "are suspected", "ACCUSE", (None, None, None), ("YEM", "REB", "the Houthis"), A()),
  ("are suspected to be the perpetrators", "the attack", "ASSAULT", ("YEM", "REB", "Al-Qaeda in the Arabian Peninsula"),
   ("SAU", "MIL", None), A(opt=True, rep=True, repeat=0, alts=[{"source": "AQ"}], note="suspected, unclaimed; AQAP YEM (D11)")),
  ("are suspected to be the perpetrators", "the attack", "ASSAULT", ("YEM", "REB", "the Houthis"), ("SAU", "MIL", None),
   A(opt=True, rep=True, repeat=0))],
 "wcep-2013-09-24-004": [
  ("votes for Hun Sen to continue", "votes for", "SUPPORT", ("KHM", "LEG", "The Parliament of Cambodia"),
   ("KHM", "GOV", "Hun Sen"), A(alts=[{"type": "AGREE"}], note="vote of confidence = SUPPORT (round 10)")),
  ("votes for Hun Sen to continue", "boycott", "PROTEST", ("KHM", "OPP", "an opposition"),
   ("KHM", "LEG", "The Parliament of Cambodia"), A(alts=[{"target": None}], note="boycott = PROTEST (round 11)"))],
 "wcep-2009-10-02-007": [
  ("Kenya says it will cooperate", "will cooperate", "AGREE", ("KEN", "GOV", "Kenya"),
   ("ICC", "IGO", "the International Criminal Court"), A(alts=[{"type": "COOPERATE"}], note="promise = AGREE")),
  ("Kenya says it will cooperate", "post-election unrest", "ASSAULT", ("KEN", None, None), ("KEN", None, None),
   A(opt=True, alts=[{"type": "PROTEST"}, {"source": None}], note="2007, background, no actor named"))],
 "wcep-2021-02-01-025": [
  ("candidates supported by President Jair Bolsonaro", "supported", "SUPPORT", ("BRA", "GOV", "President Jair Bolsonaro"),
   ("BRA", "LEG", "Arthur Lira and Rodrigo Pacheco"), A(opt=True, note="endorsement, characterisation (round 11); elections no events"))],
 "wcep-2011-04-24-008": [
  ("Police and soldiers open fire from rooftops", "open fire", "ASSAULT", ("SYR", "COP", "Police"),
   ("SYR", "CVL", "nearby people"), A()),
  ("Police and soldiers open fire from rooftops", "open fire", "ASSAULT", ("SYR", "MIL", "soldiers"),
   ("SYR", "CVL", "nearby people"), A()),
  ("Police and soldiers open fire from rooftops", "no protest was taking place", "PROTEST", ("SYR", "CVL", None),
   ("SYR", "GOV", None), A(neg=True)),
  ("An independent investigation is urged", "is urged", "REQUEST", (None, None, None), (None, None, None),
   A(alts=[{"target": "SYR"}], note="no urger or addressee named")),
  ("An independent investigation is urged", "massacre", "ASSAULT", (None, None, None), ("SYR", "CVL", "close to 100 people"),
   A(opt=True, alts=[{"source": "SYR"}], note="two days earlier, doer unnamed; adjudication D1: a back-reference (the object of "
   "the urged inquiry) with no doer named is optional (round 4), not the news itself (round 6)")),
  ("An independent investigation is urged", "killings", "ASSAULT", (None, None, None), ("SYR", "CVL", "mourners"),
   A(opt=True, alts=[{"source": "SYR"}], note="as the massacre (D1)"))],
 "wcep-2021-11-11-015": [
  ("would recommend the leadership of Poland", "suggesting Belarus would halt natural gas supplies", "THREATEN",
   ("BLR", "GOV", "Belarusian President Alexander Lukashenko"), ("EU", "IGO", "the EU"), A(note="conditional threat (round 6)")),
  ("would recommend the leadership of Poland", "empty-headed", "ACCUSE", ("BLR", "GOV", "Belarusian President Alexander Lukashenko"),
   ("POL", "GOV", "the leadership of Poland"), A(alts=[{"type": "THREATEN"}], note="insult and warning")),
  ("would recommend the leadership of Poland", "empty-headed", "ACCUSE", ("BLR", "GOV", "Belarusian President Alexander Lukashenko"),
   ("LTU", None, "Lithuanians"), A(alts=[{"type": "THREATEN"}])),
  ("EU member states are to decide", "new sanctions", "SANCTION", ("EU", "GOV", "EU member states"), ("BLR", "GOV", None),
   A(opt=True, alts=[{"type": "THREATEN"}], note="a decision still to be taken")),
  ("EU member states are to decide", "human trafficking", "ACCUSE", ("EU", "GOV", "EU member states"), ("BLR", "GOV", None),
   A(opt=True, note="implicit charge"))],
 "wcep-2014-09-23-008": [
  ("warns in a letter", "warns", "THREATEN", ("RUS", "GOV", "President of Russia Vladimir Putin"),
   ("UKR", "GOV", "his Ukrainian counterpart Petro Poroshenko"), A())],
 "wcep-2024-07-26-010": [
  ("drops its challenge", "drops its challenge", "CONCEDE", ("GBR", "GOV", "The United Kingdom"),
   ("ICC", "IGO", "the International Criminal Court's"), A(alts=[{"type": "RETREAT"}], note="a legal challenge withdrawn")),
  ("drops its challenge", "challenge", "ACCUSE", ("GBR", "GOV", "The United Kingdom"),
   ("ICC", "IGO", "the International Criminal Court's"), A(note="the challenge itself, now dropped; adjudication D4: a recent "
   "legal challenge with its doer named, told as the object of the news act, is required ACCUSE (round 4, round 11's 'after a "
   "challenge by')")),
  ("drops its challenge", "arrest warrants", "COERCE", ("ICC", "IGO", "the International Criminal Court's"),
   ("ISR", "GOV", "Israeli Prime Minister Benjamin Netanyahu"), A(alts=[{"type": "ACCUSE"}], note="arrest warrant = COERCE")),
  ("drops its challenge", "arrest warrants", "COERCE", ("ICC", "IGO", "the International Criminal Court's"),
   ("ISR", "GOV", "Defense Minister Yoav Gallant"), A(alts=[{"type": "ACCUSE"}]))],
}
if __name__ == "__main__":
    write("check", ann)
