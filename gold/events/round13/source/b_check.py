"""Round-13 event gold (issue 13, round 24, branch g13b), annotator b, own check items (deal.json["b"]["check"]):
the hand-written records (fragment locating the sentence, trigger, type, source, target, flags), coded from the
texts alone, without running detente. `python gold/events/round13/source/b_check.py` writes parts/b.check.jsonl."""
import sys; sys.path.insert(0, __import__('os').path.dirname(__file__))
from write_b import write
A = lambda **k: k
ann = {
 "wcep-2008-03-14-002": [
  ("the government will pay US$2.5 million", "will pay", "AGREE", ("COL", "GOV", "the government"),
   ("COL", "REB", "Pedro Pablo Montoya, the FARC rebel who killed Iván Ríos"), A(alts=[{"type": "AID"}],
   note="an announced reward payment: a pledge (AGREE); said by the defence minister")),
  ("the government will pay US$2.5 million", "killed", "ASSAULT", ("COL", "REB", "the FARC rebel"), ("COL", "REB", "Iván Ríos"),
   A(note="a recent killing by a named doer, the ground of the news act (round 4: required)"))],
 "wcep-2021-11-09-004": [
  ("Security forces in Togo repel an attack", "an attack", "ASSAULT", (None, "REB", None), ("TGO", "MIL", "Security forces in Togo"),
   A(alts=[{"source": "BFA"}, {"source": "TGO"}, {"source": "TGO", "target": None}, {"source": "TGO", "target": "BFA"}],
   note="a two-sided clash, one record, direction attackers -> security forces; unnamed (Islamist) attackers pushed back "
        "to Burkina Faso: null source, BFA / TGO alternatives")),
  ("Security forces in Togo repel an attack", "pushing back the attackers", "ASSAULT", ("TGO", "MIL", "Security forces in Togo"),
   (None, "REB", "the attackers"), A(opt=True, repeat=0, alts=[{"target": "BFA"}], note="the repulse, the same clash told from the other side (one clash, one required record)"))],
 "wcep-2025-08-10-007": [
  ("More than 500 people are detained", "are detained", "COERCE", ("GBR", "COP", "the Metropolitan Police"),
   ("GBR", "CVL", "More than 500 people"), A(note="mass arrests under the Terrorism Act")),
  ("More than 500 people are detained", "attending a protest", "PROTEST", ("GBR", "CVL", "More than 500 people"),
   ("GBR", "GOV", None), A(alts=[{"target": None}], note="the protest against the proscription, its doers named (the detained); the ground of the arrests")),
  ("More than 500 people are detained", "in support of", "SUPPORT", ("GBR", "CVL", "More than 500 people"),
   ("GBR", "NGO", "Palestine Action"), A(opt=True, note="the protest's aim, not a separate act")),
  ("More than 500 people are detained", "now proscribed", "COERCE", ("GBR", "GOV", None), ("GBR", "NGO", "Palestine Action"),
   A(opt=True, alts=[{"type": "SANCTION"}], note="the proscription, a passing back-reference, no doer named"))],
 "wcep-2018-10-09-008": [],
 "wcep-2017-01-25-004": [
  ("rejects the idea, announced by U.S. President Donald Trump", "rejects", "REJECT", ("MEX", "GOV", "Mexican President Enrique Peña Nieto"),
   ("USA", "GOV", "U.S. President Donald Trump"), A(note="refusing a demand (to pay for the wall)")),
  ("rejects the idea, announced by U.S. President Donald Trump", "announced", "REQUEST", ("USA", "GOV", "U.S. President Donald Trump"), ("MEX", "GOV", "Mexico"),
   A(alts=[{"type": "THREATEN"}, {"type": "COERCE"}], note="the demand that Mexico pay: a recent act by a named doer, the object of the news act"))],
 "wcep-2003-02-27-002": [
  ("personally asks United States President George W. Bush", "asks", "REQUEST", ("ESP", "GOV", "Spanish Prime Minister José María Aznar"),
   ("USA", "GOV", "United States President George W. Bush"), A(note="asks him to silence Rumsfeld")),
  ("personally asks United States President George W. Bush", "indicating", "ACCUSE", ("ESP", "GOV", "Spanish Prime Minister José María Aznar"),
   ("USA", "GOV", "Secretary of Defense Donald Rumsfeld"), A(note="calls his remarks inflammatory and counterproductive (as others' view)")),
  ("personally asks United States President George W. Bush", "public remarks", "ACCUSE", ("USA", "GOV", "Rumsfeld's"),
   (None, "GOV", "European countries'"), A(opt=True, note="habitual remarks on European Iraq policies: passing reference; no single country")),
  ("Aznar indicated a preference for", "indicated a preference for", "SUPPORT", ("ESP", "GOV", "Aznar"),
   ("USA", "GOV", "Secretary of State Colin Powell"), A(note="stated preference = endorsement"))],
 "wcep-2005-11-28-007": [
  ("Climate Change Conference opens", "opens", "CONSULT", ("UN", "IGO", "The United Nations Climate Change Conference"), None,
   A(opt=True, alts=[{"target": "CAN"}], note="a multilateral meeting with no named participant; weak"))],
}
if __name__ == "__main__":
    write("check", ann)
