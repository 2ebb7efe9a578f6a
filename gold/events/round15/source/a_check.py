"""Round-15 event gold (issue 13, round 25), annotator a (branch g15a), own check items: the hand-written
records (fragment locating the sentence, trigger, type, source, target, flags), coded from the texts alone
before detente was run on them (the check half: aggregates read only).
`python gold/events/round15/source/a_check.py` writes parts/a.check.jsonl."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from write import write  # noqa: E402


def A(**k):
    return k


ann = {
 "wcep-2009-08-23-002": [
  ("Tens of thousands of people protest", "protest", "PROTEST", ("MLI", "CVL", "Tens of thousands of people"), ("MLI", "GOV", None),
   A(alts=[{"target": None}], note="a demonstration against a new law: the law's makers (not named) are the target, MLI GOV "
   "(LEG sector would do as well; null alternative)"))],
 "wcep-2007-08-11-004": [
  ("The President of Venezuela Hugo Chavez proposes", "proposes building a gas pipeline", "AGREE",
   ("VEN", "GOV", "The President of Venezuela Hugo Chavez"), ("CUB", None, "the Caribbean supplying states such as Cuba"),
   A(alts=[{"type": "COOPERATE"}, {"target": None}], note="an offer of a joint project (CONVENTIONS: offers AGREE); Cuba the one "
   "state named among the Caribbean states"))],
 "wcep-2005-08-30-001": [
  ("US Air strikes near the border with Syria", "Air strikes", "ASSAULT", ("USA", "MIL", "US Air strikes"), ("IRQ", "CVL", "56 civilians"),
   A(rep=True, note="according to officials: reported; the strikes are in Iraq near the Syrian border")),
  ("US Air strikes near the border with Syria", "Air strikes", "ASSAULT", ("USA", "MIL", "US Air strikes"),
   ("IRQ", "REB", "over seven insurgents"), A(rep=True, note="the same strikes, the insurgents killed: the same triple"))],
 "wcep-2025-04-15-009": [
  ("The Parliament of the Maldives votes in favor", "banning entry", "COERCE", ("MDV", "LEG", "The Parliament of the Maldives"),
   ("ISR", "CVL", "those traveling on Israeli passports"), A(alts=[{"type": "SANCTION"}], note="a travel ban voted (CONVENTIONS: "
   "COERCE; round 14: a parliament's travel ban vote)"))],
 "wcep-2008-06-14-006": [
  ("A roadside bomb in Farah Province", "kills", "ASSAULT", (None, None, "A roadside bomb"), ("USA", "MIL", "4 United States troops"),
   A(alts=[{"source": "AFG"}], note="an unnamed bomb, the news itself: required, null source, the place's country alternative "
   "(round 12 D9)"))],
 "wcep-2022-04-10-009": [
  ("Fifty people are killed and 70 others kidnapped", "attacks", "ASSAULT", (None, None, None), ("NGA", "CVL", "Fifty people"),
   A(alts=[{"source": "NGA"}], note="killings and kidnappings (PLOVER ASSAULT: abduction) in a series of attacks, the news itself, "
   "doers unnamed: required, null source, NGA alternative (round 6, round 12 D1/D9)"))],
 "wcep-2022-08-04-011": [
  ("China launches missiles off the coast of Taiwan", "launches missiles", "MOBILIZE", ("CHN", "MIL", "China"), ("TWN", None, "Taiwan"),
   A(alts=[{"type": "THREATEN"}, {"type": "ASSAULT"}], note="missiles fired in military exercises off the coast (round 9: "
   "exercises MOBILIZE), a show of force: THREATEN alternative; ASSAULT alternative (missiles launched, no hit told)")),
  ("China launches missiles off the coast of Taiwan", "visit", "CONSULT", ("USA", "LEG", "U.S."),
   ("TWN", "GOV", None), A(note="a recent visit with its doer named (Speaker Pelosi), told as the cause of the news act: required "
   "(round 4 back-references); the visit is to Taiwan (the sentence's place); the splitter cuts the sentence at 'U.S.'"))],
 "wcep-2004-03-28-005": [
  ("Israeli State Attorney Edna Arbel recommends", "recommends that Prime Minister Ariel Sharon be indicted", "ACCUSE",
   ("ISR", "JUD", "Israeli State Attorney Edna Arbel"), ("ISR", "GOV", "Prime Minister Ariel Sharon"),
   A(alts=[{"type": "REQUEST"}], note="a prosecutor's recommendation to indict (CONVENTIONS: charges ACCUSE); REQUEST alternative "
   "(addressed to the Attorney General)"))],
 "wcep-2005-06-06-003": [],  # a former rebel group wins municipal seats: an election result, no event
 "wcep-2020-12-22-026": [
  ("El Al operates the first direct commercial flight", "normalization agreement", "AGREE", ("ISR", "GOV", None), ("MAR", "GOV", None),
   A(alts=[{"type": "COOPERATE"}], note="a 12-day-old agreement between 'the two countries', told as the cause of the news act: "
   "required (round 4 back-references: doers named)")),
  ("El Al operates the first direct commercial flight", "operates the first direct commercial flight", "COOPERATE",
   ("ISR", "BUS", "El Al"), ("MAR", None, "Morocco"), A(opt=True, note="an airline's first flight under the agreement: a "
   "business act, political only through the officials on board; optional")),
  ("Senior Advisor to the U.S. President Jared Kushner", "on board the flight", "CONSULT",
   ("USA", "GOV", "Senior Advisor to the U.S. President Jared Kushner"), ("MAR", "GOV", None),
   A(opt=True, note="a delegation flying to Morocco: an implied visit (weak implicit act), optional")),
  ("Senior Advisor to the U.S. President Jared Kushner", "on board the flight", "CONSULT",
   ("ISR", "GOV", "Israel's National Security Advisor Meir Ben-Shabbat"), ("MAR", "GOV", None),
   A(opt=True, note="the same implied visit, the Israeli official"))],
}

if __name__ == "__main__":
    write("a", "check", ann)
