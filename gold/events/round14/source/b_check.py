"""Round-14 event gold (issue 13, round 25, branch g14b), annotator b, own check items (deal.json["b"]["check"]):
coded from the texts alone, without running detente. `python gold/events/round14/source/b_check.py` writes
parts/b.check.jsonl."""
import sys; sys.path.insert(0, __import__('os').path.dirname(__file__))
from write_b import write
A = lambda **k: k
ann = {
 "wcep-2022-04-29-004": [
  ("Six soldiers and four Coalition of Patriots for Change rebels are killed", "shootout", "ASSAULT",
   ("CAF", "REB", "Coalition of Patriots for Change rebels"), ("CAF", "MIL", "Six soldiers"),
   A(note="a two-sided clash, one record; direction rebels -> army (the Pakistan example; the shootout is at a military "
   "outpost)"))],
 "wcep-2013-06-28-006": [
  ("Fifteen people are killed in attacks targeting Iraqi police", "attacks targeting", "ASSAULT", (None, None, None),
   ("IRQ", "COP", "Iraqi police"), A(alts=[{"source": "IRQ"}, {"source": "AQ"}],
   note="unnamed attackers: null source, the place's country an alternative (round 12 D9)")),
  ("Fifteen people are killed in attacks targeting Iraqi police", "attacks targeting", "ASSAULT", (None, None, None),
   ("IRQ", "MIL", "anti-Al-Qaeda militiamen"), A(alts=[{"source": "IRQ"}, {"source": "AQ"}],
   note="the coordinated target (same triple); pro-government militia coded MIL"))],
 "wcep-2012-03-20-003": [
  ("Militants attack Somalia's presidential palace", "attack", "ASSAULT", ("SOM", "REB", "Militants"),
   ("SOM", "GOV", "Somalia's presidential palace"), A(alts=[{"source": None}],
   note="unnamed militants: the place's country, REB, null alternative (round 12 D9)"))],
 "wcep-2022-07-08-014": [
  ("Constitutional Court of Slovenia rules", "are unconstitutional", "REJECT", ("SVN", "JUD", "Constitutional Court of Slovenia"),
   ("SVN", "LEG", "the Parliament"), A(alts=[{"type": "ACCUSE"}, {"target": None}],
   note="a court striking down the law's bans (rounds 4, 8, 9: REJECT, ACCUSE alternative); the bans are the "
   "Parliament's laws")),
  ("Constitutional Court of Slovenia rules", "gives the Parliament six months to amend", "REQUEST",
   ("SVN", "JUD", "Constitutional Court of Slovenia"), ("SVN", "LEG", "the Parliament"), A(alts=[{"type": "COERCE"}],
   note="the court orders the legislature to amend the laws by a deadline: a demand"))],
 "wcep-2009-06-27-007": [
  ("calls on the Taliban to take part and vote", "calls on", "REQUEST", ("AFG", "GOV", "Afghan President Hamid Karzai"),
   ("AFG", "REB", "the Taliban"), A())],
 "wcep-2011-06-13-022": [
  ("speaking alongside Silvio Berlusconi", "speaking alongside", "CONSULT", ("ISR", "GOV", "Prime Minister of Israel Benjamin Netanyahu"),
   ("ITA", "GOV", "Silvio Berlusconi"), A(note="a visit under way, joint appearance (CONSULT)")),
  ("speaking alongside Silvio Berlusconi", "rallying opposition", "REQUEST", ("ISR", "GOV", "Prime Minister of Israel Benjamin Netanyahu"),
   (None, None, None), A(alts=[{"target": "ITA"}, {"type": "REJECT", "target": "PSE"}],
   note="lobbying others (unnamed; Italy where he is) to oppose recognition of a Palestinian state")),
  ("speaking alongside Silvio Berlusconi", "expresses a wish for improved relations", "AGREE",
   ("ISR", "GOV", "Prime Minister of Israel Benjamin Netanyahu"), ("TUR", "GOV", "Turkey"),
   A(alts=[{"type": "SUPPORT"}], note="a stated wish to improve relations: intent to cooperate (CAMEO 030), as Biden's "
   "'desire to work with' in gold/events/NOTES.md")),
  ("speaking alongside Silvio Berlusconi", "killing", "ASSAULT", ("ISR", "MIL", "Israeli commandos"), ("TUR", "CVL", "Turks"),
   A(opt=True, note="'last year's' flotilla raid (May 2010): background about a year old, passing back-reference"))],
 "wcep-2015-09-12-005": [
  ("The Egyptian Armed Forces claim", "offensive", "ASSAULT", ("EGY", "MIL", "The Egyptian Armed Forces"), ("IS", "REB", "ISIS militants"),
   A(rep=True, alts=[{"target": "EGY"}], note="the army's claim about its own offensive: reported; ISIS in Sinai coded IS "
   "(EGY REB alternative)")),
  ("The Egyptian Armed Forces claim", "the loss of eight troops", "ASSAULT", ("IS", "REB", None), ("EGY", "MIL", "eight troops"),
   A(opt=True, rep=True, alts=[{"source": "EGY"}], note="the other side of the same fighting (a clash is one record); "
   "optional"))],
}
if __name__ == "__main__":
    write("check", ann)
