"""Round-14 event gold (issue 13, round 25), annotator a (branch g14a), own tune items: the hand-written
records (fragment locating the sentence, trigger, type, source, target, flags), coded from the texts alone
before detente was run on them. `python gold/events/round14/source/a_tune.py` writes parts/a.tune.jsonl."""
import sys; sys.path.insert(0, __import__('os').path.dirname(__file__))
from write import write
A = lambda **k: k
ann = {
 "wcep-2022-04-03-017": [
  ("The entire cabinet of Prime Minister", "resigns", "CONCEDE", ("LKA", "GOV", "The entire cabinet of Prime Minister Mahinda Rajapaksa"),
   ("LKA", "CVL", None), A(opt=True, alts=[{"target": None}], note="a resignation under the pressure of protests: optional CONCEDE "
   "(gold/events/NOTES.md, round 9, round 12 D14); the protesters are not named")),
  ("The entire cabinet of Prime Minister", "economic protests", "PROTEST", ("LKA", "CVL", None), ("LKA", "GOV", None),
   A(opt=True, alts=[{"target": None}], note="back-reference with no doer named ('following days of economic protests'): optional "
   "(round 4 NOTES, back-references)"))],
 "wcep-2008-08-08-013": [
  ("The Russian Ministry of Defence claims", "were killed", "ASSAULT", ("GEO", "MIL", "the Georgian army offensive"),
   ("RUS", "MIL", "10 Russian peacekeepers"), A(rep=True, alts=[{"target": "GEO"}, {"target": None}],
   note="peacekeepers killed 'during the Georgian army offensive': the offensive's doer named, the act claimed by the Russian MoD "
   "(reported); the offensive's own target (South Ossetia) is not named in this sentence: GEO / null alternatives")),
  ("The Russian Ministry of Defence claims", "claims", "ACCUSE", ("RUS", "GOV", "The Russian Ministry of Defence"),
   ("GEO", "MIL", "the Georgian army offensive"), A(opt=True, note="the claim blames the deaths on the Georgian offensive only "
   "implicitly: weak implicit act, optional")),
  ("At least 15 civilians are also reported dead", "reported dead", "ASSAULT", (None, None, None), (None, "CVL", "At least 15 civilians"),
   A(opt=True, rep=True, alts=[{"source": "GEO"}, {"target": "GEO"}, {"source": "GEO", "target": "GEO"}],
   note="a death count with no killing act or doer (round 12 D1): optional; the offensive's doer and South Ossetia (GEO) as alternatives")),
  ("The Georgian Interior Ministry claims", "were killed", "ASSAULT", (None, None, None), ("GEO", "MIL", "three Georgian soldiers"),
   A(rep=True, alts=[{"source": "RUS"}], note="soldiers killed at an airbase in a war, doer not named (round 6: killings in a war "
   "zone with no doer, required, source null); the Russian side as the world-knowledge alternative")),
  ("Both Russian state television and Georgian sources report", "moving into South Ossetia", "MOBILIZE",
   ("RUS", "MIL", "Russian troops and tanks"), ("GEO", None, "South Ossetia"),
   A(rep=True, alts=[{"type": "ASSAULT"}], note="troops moving onto the other side's soil: MOBILIZE with ASSAULT alternative "
   "(round 12 D14); South Ossetia is Georgian territory by ISO 3166 in 2008"))],
 "wcep-2024-06-20-012": [
  ("Outgoing Dutch Prime Minister Mark Rutte is announced", "is announced as the next Secretary General", "SUPPORT",
   ("NATO", "IGO", "NATO"), ("NLD", "GOV", "Outgoing Dutch Prime Minister Mark Rutte"),
   A(opt=True, note="an appointment: doubtful as an event, optional SUPPORT (round 5); no other act"))],
 "wcep-2017-01-30-012": [
  ("The Iraqi Parliament votes in favour", "votes in favour of a reciprocal travel ban", "THREATEN", ("IRQ", "LEG", "The Iraqi Parliament"),
   ("USA", "GOV", "U.S."), A(alts=[{"type": "COERCE"}, {"type": "REQUEST"}], note="a travel ban on U.S. citizens voted on condition "
   "that the US order is not reversed: a conditional threat / ultimatum (round 6: 'will quit the agreement if'), COERCE (travel ban) "
   "and REQUEST (reverse the order) alternatives; the splitter cuts the sentence at 'U.S.'")),
  ("President Donald Trump's executive order barring", "executive order barring citizens of Iraq", "COERCE",
   ("USA", "GOV", "President Donald Trump"), ("IRQ", "CVL", "citizens of Iraq"),
   A(alts=[{"type": "SANCTION"}], note="a travel ban (CONVENTIONS: COERCE); a recent act with its doer named, the object of the "
   "news act: required (round 4 back-references); the six other countries are not named")),
  ("The Iraqi travel ban will not be implemented", "will not be implemented", "COERCE", ("IRQ", "GOV", None), ("USA", "CVL", "U.S."),
   A(neg=True, note="the ban not to be implemented for the US forces in the fight against ISIL")),
  ("and contractors are involved in the fight against ISIL", "are involved in the fight against ISIL", "ASSAULT",
   ("USA", "MIL", "tens of thousands of U.S. soldiers and contractors"), ("IS", "REB", "ISIL"),
   A(opt=True, note="an ongoing state described, the setting of the exemption: optional"))],
 "wcep-2003-08-10-007": [
  ("A 16-year-old Israeli was killed", "shelling", "ASSAULT", ("LBN", "REB", "Hezbollah"), ("ISR", "CVL", "A 16-year-old Israeli"),
   A(note="Hezbollah LBN REB (detente's organisations table); the killed and injured and the town are one attack")),
  ("Israeli planes attacked Hezbollah targets", "attacked", "ASSAULT", ("ISR", "MIL", "Israeli planes"),
   ("LBN", "REB", "Hezbollah targets in Lebanon")),
  ("Some sources claim Hezbollah's attack", "attack", "ASSAULT", ("LBN", "REB", "Hezbollah"), ("ISR", None, None),
   A(opt=True, rep=True, repeat=0, note="the shelling named again")),
  ("Some sources claim Hezbollah's attack", "car-bomb assassination", "ASSAULT", ("ISR", "GOV", "Israel"),
   ("LBN", "REB", "Hezbollah member Ali Hussein Saleh"), A(rep=True, note="a week-old killing with its doer named, told as the "
   "cause of the news: required (round 4 back-references); reported (some sources claim the link); the injured passersby are the "
   "same act"))],
 "wcep-2023-12-24-008": [
  ("Police in Sri Lanka announce the arrests", "arrests", "COERCE", ("LKA", "COP", "Police in Sri Lanka"), ("LKA", "CVL", "14,766 people"),
   A(note="mass arrests in a crackdown (the crackdown is the same act)")),
  ("Police in Sri Lanka announce the arrests", "military-backed", "COOPERATE", ("LKA", "MIL", None), ("LKA", "COP", None),
   A(opt=True, note="'backed by': optional COOPERATE (round 11)")),
  ("Police in Sri Lanka announce the arrests", "seizure", "COERCE", ("LKA", "COP", None), None,
   A(opt=True, alts=[{"target": "LKA"}], note="a seizure of narcotics from people not named (the sentence is garbled: 'nearly of')"))],
 "wcep-2020-09-10-004": [
  ("The Houthis say that they attacked", "attacked", "ASSAULT", ("YEM", "REB", "The Houthis"), ("SAU", None, "Saudi Arabia's capital, Riyadh"),
   A(rep=True, note="an attack told only through its doer's claim: the act with its own actors, reported; Houthis YEM REB (detente's "
   "table); the 'important target' is not identified (no sector)")),
  ("A spokesman for the movement confirmed the attack", "confirmed the attack", "ASSAULT", ("YEM", "REB", "the movement"), ("SAU", None, None),
   A(rep=True, repeat=0, note="the claim confirmed: a repeat; 'no comment from the Saudi side' is no event"))],
}

if __name__ == "__main__":
    write("a", "tune", ann)
