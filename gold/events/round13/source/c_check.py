"""Round-13 event gold (issue 13, round 24, branch g13c), annotator c, check items of deal.json["c"]: the
hand-written records, coded from the texts alone before detente was run on them and without reading
annotators a's and b's files. `python gold/events/round13/source/c_check.py` writes parts/c.check.jsonl."""
import sys; sys.path.insert(0, __import__('os').path.dirname(__file__))
from write_c import write
A = lambda **k: k
ann = {
 "wcep-2025-02-04-013": [
  ("execute a drone strike", "execute a drone strike", "ASSAULT", ("DJI", "MIL", "Djiboutian armed forces"),
   ("DJI", "REB", "eight members"), A(alts=[{"target": None}, {"target": "ETH"}],
                                      note="unnamed militants: the place's country and REB, null alternative (round 12 D9); "
                                           "the strike is near the Ethiopian border, ETH alternative")),
  ("execute a drone strike", "described as a", "ACCUSE", ("DJI", "GOV", "the government"),
   ("DJI", "REB", "eight members"), A(opt=True, alts=[{"target": None}],
                                      note="the government's label 'terrorist group' for those killed: a characterisation")),
  ("The attack also injured", "injured", "ASSAULT", ("DJI", "MIL", None), ("DJI", "CVL", "an unknown number of civilians"),
   A(repeat=0, alts=[{"target": None}], note="the same strike, its civilian victims")),
 ],
 "wcep-2022-01-27-003": [
  ("Jordanian troops kill 27", "kill", "ASSAULT", ("JOR", "MIL", "Jordanian troops"), ("SYR", "CVL", "27 \"armed smugglers\""),
   A(alts=[{"target": None}], note="armed smugglers crossing from Syria: criminals, coded SYR CVL (the place they came "
                                   "from), null alternative")),
  ("Several other smugglers", "were wounded", "ASSAULT", ("JOR", "MIL", "the military"), ("SYR", "CVL", "Several other smugglers"),
   A(rep=True, repeat=0, alts=[{"target": None}], note="the same clash, the wounded, per the military's statement")),
  ("Several other smugglers", "supported by other armed groups", "SUPPORT", (None, "REB", "other armed groups"),
   ("SYR", "CVL", "Several other smugglers"), A(opt=True, rep=True, alts=[{"target": None}],
                                              note="stative characterisation in the military's statement")),
 ],
 "wcep-2015-12-09-002": [
  ("A Palestinian man injures", "injures", "ASSAULT", ("PSE", "CVL", "A Palestinian man"), ("ISR", "CVL", "an Israeli civilian"),
   A(note="stabbing attack; one record per coordinated target")),
  ("A Palestinian man injures", "injures", "ASSAULT", ("PSE", "CVL", "A Palestinian man"), ("ISR", "MIL", "a soldier"),
   A(note="the soldier is the political target")),
  ("A Palestinian man injures", "is shot and killed", "ASSAULT", ("ISR", "MIL", "security forces"),
   ("PSE", "CVL", "the attacker"), A(alts=[{"source": None}],
                                     note="security forces in Hebron responding to an attack on Israelis: Israeli (context)")),
 ],
 "wcep-2004-03-15-002": [
  ("stands trial in a U.S. federal court", "stands trial", "ACCUSE", ("USA", "JUD", "a U.S. federal court"),
   ("UKR", "GOV", "Pavlo Lazarenko, former prime minister of Ukraine"),
   A(alts=[{"type": "COERCE"}], note="a criminal trial = ACCUSE (charges); the former prime minister keeps his "
                                     "country, sector GOV by his office")),
 ],
 "wcep-2008-09-02-008": [
  ("will not use force", "will not use force", "ASSAULT", ("THA", "MIL", "the Army"), (None, None, None),
   A(neg=True, alts=[{"type": "COERCE"}], note="force ruled out; no target named (the protesters are not in the text)")),
  ("will not use force", "will not use force", "AGREE", ("THA", "MIL", "the Army"), (None, None, None),
   A(opt=True, alts=[{"type": "REJECT", "target": "THA"}],
     note="a pledge of restraint (no demand of force is in the text, so not round 12 D2's refusal); weak")),
  ("will not use force", "enforcing the state of emergency", "COERCE", ("THA", "GOV", None), ("THA", None, None),
   A(opt=True, note="the state of emergency as the setting; its doer is not named")),
 ],
 "wcep-2023-11-01-017": [
  ("Police in the United Kingdom, Germany, Belgium, and Italy arrest", "arrest", "COERCE",
   ("GBR", "COP", "Police in the United Kingdom"), (None, "CVL", "several people"),
   A(alts=[{"target": "GBR"}], note="one record per coordinated police force; the arrested have no country in the text "
                                    "(the arresting country as alternative)")),
  ("Police in the United Kingdom, Germany, Belgium, and Italy arrest", "arrest", "COERCE",
   ("DEU", "COP", "Germany"), (None, "CVL", "several people"), A(alts=[{"target": "DEU"}])),
  ("Police in the United Kingdom, Germany, Belgium, and Italy arrest", "arrest", "COERCE",
   ("BEL", "COP", "Belgium"), (None, "CVL", "several people"), A(alts=[{"target": "BEL"}])),
  ("Police in the United Kingdom, Germany, Belgium, and Italy arrest", "arrest", "COERCE",
   ("ITA", "COP", "Italy"), (None, "CVL", "several people"), A(alts=[{"target": "ITA"}])),
  ("Police in the United Kingdom, Germany, Belgium, and Italy arrest", "threatened or planned terror attacks", "THREATEN",
   (None, "CVL", "several people"), (None, None, None),
   A(opt=True, note="the grounds of the arrests; no target named")),
 ],
}
if __name__ == "__main__":
    write("check", ann)
