"""Round-14 event gold (issue 13, round 25), annotator a (branch g14a), own check items: the hand-written
records, coded from the texts alone before detente was run on them (the check half: aggregates read only).
`python gold/events/round14/source/a_check.py` writes parts/a.check.jsonl."""
import sys; sys.path.insert(0, __import__('os').path.dirname(__file__))
from write import write
A = lambda **k: k
ann = {
 "wcep-2025-09-05-025": [
  ("The House of Representatives of Thailand elects", "elects", "SUPPORT", ("THA", "LEG", "The House of Representatives of Thailand"),
   ("THA", "OPP", "Anutin Charnvirakul"), A(opt=True, note="a legislature electing a prime minister: an appointment / election, "
   "doubtful as an event (NOTES.md, round 5): optional SUPPORT; 'replacing' is no act"))],
 "wcep-2018-05-29-002": [
  ("Palestinian militants in Gaza fire dozens of mortars", "fire dozens of mortars", "ASSAULT", ("PSE", "REB", "Palestinian militants in Gaza"),
   ("ISR", None, "Israel")),
  ("The Israeli Air Force responds with airstrikes", "airstrikes", "ASSAULT", ("ISR", "MIL", "The Israeli Air Force"),
   ("PSE", "REB", "militant positions"))],
 "wcep-2004-04-01-004": [
  ("Following a gun battle, in which Palestinians", "opened fire", "ASSAULT", ("PSE", "REB", "Palestinians"), ("ISR", "MIL", "Israeli troops"),
   A(note="a gun battle told from the side that opened fire: one record (CONVENTIONS: a two-sided clash); same-day back-reference with "
   "both sides named: required (round 4); the shooters are mostly al-Aqsa militants (REB)")),
  ("Following a gun battle, in which Palestinians", "are arrested", "COERCE", ("ISR", "MIL", "Israeli troops"), ("PSE", "REB", "12 of the Palestinians"),
   A(alts=[{"source": None}], note="passive arrest; the troops 'who came to arrest them' are named in the sentence"))],
 "wcep-2010-04-11-010": [
  ("Airstrikes kill 10 militants", "Airstrikes kill", "ASSAULT", ("PAK", "MIL", None), ("PAK", "REB", "10 militants"),
   A(alts=[{"source": None}], note="airstrikes 'as part of a military operation' in northwestern Pakistan: the doer fixed by context "
   "as the country's military (round 5: unnamed doers fixed by context), null alternative")),
  ("Airstrikes kill 10 militants", "has eliminated more than 300 fighters", "ASSAULT", ("PAK", "MIL", "a military operation"),
   ("PAK", "REB", "more than 300 fighters"), A(opt=True, alts=[{"source": None}], note="the operation's toll over three weeks: "
   "a summary of the setting, optional (same triple)"))],
 "wcep-2017-03-24-001": [
  ("Six Chechen soldiers, along with six militants", "attack", "ASSAULT", ("RUS", "REB", "six militants"),
   ("RUS", "MIL", "a Russian National Guard base in Chechnya"), A(alts=[{"source": None}], note="unnamed militants: the place's "
   "country and REB with a null alternative (round 12 D9); the soldiers' deaths are the same attack"))],
 "wcep-2025-11-28-006": [
  ("United States president Donald Trump announces", "will pardon", "AGREE", ("USA", "GOV", "United States president Donald Trump"),
   ("HND", "GOV", "former Honduran president Juan Orlando Hernández"), A(alts=[{"type": "RETREAT"}], note="an announced future "
   "release: AGREE, RETREAT alternative (CONVENTIONS: 'agreed to release' a future retreat); a former head of state coded GOV "
   "(round 13 a)")),
  ("prison sentence for drug-trafficking offenses", "is serving a U.S. prison sentence", "COERCE", ("USA", "JUD", None),
   ("HND", "GOV", "former Honduran president Juan Orlando Hernández"), A(opt=True, note="the sentence being served: a stative "
   "back-reference, background; optional"))],
 "wcep-2004-11-10-002": [],
}

if __name__ == "__main__":
    write("a", "check", ann)
