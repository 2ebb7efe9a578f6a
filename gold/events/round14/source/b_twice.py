"""Round-14 event gold (issue 13, round 25, branch g14b), annotator b's blind coding of 4 items of annotator a's
deal (deal.json["b"]["twice"]), for agreement; coded from the texts alone, without running detente or reading
a's records. `python gold/events/round14/source/b_twice.py` writes parts/b.twice.jsonl."""
import sys; sys.path.insert(0, __import__('os').path.dirname(__file__))
from write_b import write
A = lambda **k: k
ann = {
 "wcep-2022-04-03-017": [
  ("The entire cabinet of Prime Minister Mahinda Rajapaksa resigns", "resigns", "CONCEDE",
   ("LKA", "GOV", "The entire cabinet of Prime Minister Mahinda Rajapaksa"), ("LKA", "CVL", None),
   A(opt=True, alts=[{"target": None}], note="resignation under pressure: optional CONCEDE (round 9)")),
  ("The entire cabinet of Prime Minister Mahinda Rajapaksa resigns", "economic protests", "PROTEST", ("LKA", "CVL", None),
   ("LKA", "GOV", None), A(opt=True, alts=[{"source": None}],
   note="the cause of the resignation, no doer named (round 4 back-reference rule, round 12 D1)"))],
 "wcep-2008-08-08-013": [
  ("claims 10 Russian peacekeepers in the area were killed", "killed", "ASSAULT", ("GEO", "MIL", "the Georgian army"),
   ("RUS", "MIL", "10 Russian peacekeepers"), A(rep=True, note="killed during the Georgian offensive, as the Russian "
   "ministry claims: reported")),
  ("claims 10 Russian peacekeepers in the area were killed", "offensive", "ASSAULT", ("GEO", "MIL", "the Georgian army"),
   ("GEO", None, None), A(opt=True, alts=[{"target": None}], note="the offensive itself; its target (South Ossetia, named "
   "in the last sentence) is not in this sentence")),
  ("At least 15 civilians are also reported dead", "reported dead", "ASSAULT", ("GEO", "MIL", None), (None, "CVL", "At least 15 civilians"),
   A(opt=True, rep=True, alts=[{"source": None}, {"target": "GEO"}], note="a death count with no killing act (round 12 D1)")),
  ("three Georgian soldiers were killed at an airbase", "killed", "ASSAULT", (None, None, None),
   ("GEO", "MIL", "three Georgian soldiers"), A(rep=True, alts=[{"source": "RUS"}], note="the news, as the Georgian "
   "ministry claims; doer not named (Russia by context): null source, RUS alternative (round 12 D9)")),
  ("report Russian troops and tanks moving into South Ossetia", "moving into South Ossetia", "MOBILIZE",
   ("RUS", "MIL", "Russian troops and tanks"), ("GEO", None, "South Ossetia"), A(rep=True, alts=[{"type": "ASSAULT"}],
   note="troops entering a neighbour's territory in a war: MOBILIZE, ASSAULT alternative (round 12 D14); South Ossetia "
   "is Georgia's by ISO 3166"))],
 "wcep-2025-09-05-025": [
  ("elects Anutin Charnvirakul", "elects", "SUPPORT", ("THA", "LEG", "The House of Representatives of Thailand"),
   ("THA", "OPP", "Anutin Charnvirakul, leader of the conservative opposition Bhumjaithai Party"),
   A(opt=True, note="a parliament choosing a prime minister: appointment / election, doubtful as an event (round 5)"))],
 "wcep-2018-05-29-002": [
  ("Palestinian militants in Gaza fire dozens of mortars", "fire dozens of mortars", "ASSAULT", ("PSE", "REB", "Palestinian militants in Gaza"),
   ("ISR", None, "Israel"), A()),
  ("The Israeli Air Force responds with airstrikes", "airstrikes", "ASSAULT", ("ISR", "MIL", "The Israeli Air Force"),
   ("PSE", "REB", "militant positions"), A(note="retaliatory airstrikes on the militants"))],
}
if __name__ == "__main__":
    write("twice", ann)
