"""Round-15 event gold (issue 13, round 25, branch g15b), annotator b, own check items (deal.json["b"]["check"]):
the hand-written records (fragment locating the sentence, trigger, type, source, target, flags), coded from the
texts alone, without running detente. `python gold/events/round15/source/b_check.py` writes parts/b.check.jsonl."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from write_b import write  # noqa: E402


def A(**k):
    return k

ann = {
 "wcep-2018-06-24-009": [],
 "wcep-2015-08-19-010": [
  ("The United States announces that it is proposing sanctions", "proposing sanctions", "THREATEN",
   ("USA", "GOV", "The United States"), ("SSD", None, "those connected to the South Sudan conflict"),
   A(alts=[{"type": "SANCTION"}, {"type": "REQUEST"}], note="sanctions unless a ceasefire is reached: a conditional "
   "threat / ultimatum (round 6 pattern), SANCTION (proposed) and REQUEST (ceasefire) alternatives; the conflict itself is "
   "named only as a description (no record)"))],
 "wcep-2003-03-08-001": [
  ("Malta votes in favor of joining the European Union", "votes in favor of joining the European Union", "AGREE",
   ("MLT", None, "Malta"), ("EU", "IGO", "the European Union"), A(opt=True, alts=[{"type": "COOPERATE"}],
   note="a referendum result (election results are no events, NOTES.md) that commits the country to joining an IGO: "
   "optional AGREE, COOPERATE alternative"))],
 "wcep-2019-04-02-010": [
  ("Justin Trudeau expels former ministers", "expels", "SANCTION", ("CAN", "GOV", "Canadian Prime Minister Justin Trudeau"),
   ("CAN", "PTY", n), A(note="expulsion from a party = SANCTION (CONVENTIONS); one record per coordinated target; the "
   "former ministers are party MPs (PTY; LEG defensible, same triple)"))
  for n in ("Jody Wilson-Raybould", "Jane Philpott")],
 "wcep-2010-03-06-004": [],
 "wcep-2016-04-05-009": [
  ("We have been warning that our citizens", "We have been warning", "ACCUSE",
   ("MEX", "GOV", "Foreign Minister Claudia Ruiz Massieu"), ("USA", None, None),
   A(opt=True, alts=[{"target": None}], note="implicit criticism of the anti-Mexican climate and rhetoric across the "
   "border (the US, not named as an actor): weak implicit act, optional; the reshuffle of officials is an appointment "
   "(no event)"))],
 "wcep-2024-01-09-001": [
  ("shoot down 21 suicide drones", "launched", "ASSAULT", ("YEM", "REB", "Houthi forces"), (None, None, None),
   A(alts=[{"target": "USA"}, {"target": "GBR"}], note="the Houthi drone and missile attack in the Red Sea; its target "
   "is not named (shipping / the warships: USA, GBR alternatives)")),
  *[("shoot down 21 suicide drones", "shoot down", "ASSAULT", (c, "MIL", n), ("YEM", "REB", "Houthi forces"),
     A(opt=True, note="interception of the Houthi drones and missiles: force used against the attacker's weapons, a "
     "defensive act no convention types (optional); one record per coordinated source; the splitter cuts the "
     "sentence at 'U.S.', so the US side's text is 'Navy'"))
    for c, n in (("USA", "Navy"), ("GBR", "Royal Navy"))],
  ("describes it as the largest attack", "describes it as the largest attack", "ACCUSE",
   ("GBR", "GOV", "British Defence Secretary Grant Shapps"), ("YEM", "REB", "the Houthis"),
   A(opt=True, note="a characterisation of the attack by the Houthis (optional)"))],
 "wcep-2025-12-30-007": [
  ("The search for the wreckage of Malaysia Airlines Flight 370", "a contingent fee agreement", "COOPERATE",
   ("MYS", "GOV", "the Malaysian government"), (None, "BUS", "Ocean Infinity"),
   A(alts=[{"type": "AGREE"}], note="the resumed search carried out under the government's contract with a firm "
   "(country not given in the text); the agreement itself is the frame, AGREE alternative"))],
 "wcep-2003-06-03-001": [
  ("A British Parliamentary committee announces", "will hold an inquiry", "ACCUSE", ("GBR", "LEG", "A British Parliamentary committee"),
   ("GBR", "GOV", "the government"), A(note="an announced investigation = ACCUSE (CONVENTIONS)")),
  ("A British Parliamentary committee announces", "decision to go to war with Iraq", "ASSAULT", ("GBR", "GOV", "the government"),
   ("IRQ", None, "Iraq"), A(opt=True, alts=[{"type": "MOBILIZE"}], note="the war, named as the object of the inquiry: "
   "passing back-reference (optional)"))],
 "wcep-2019-08-02-009": [
  ("plans to block Principal Deputy Director", "plans to block", "COERCE", ("USA", "GOV", "President Trump"),
   ("USA", "SPY", "Sue Gordon"), A(opt=True, note="keeping an official from an acting post: a personnel decision at best "
   "(nominations and appointments are no events, NOTES.md), optional; 'will not nominate' Ratcliffe is a nomination "
   "withdrawn, no event"))],
}
if __name__ == "__main__":
    write("check", ann)
