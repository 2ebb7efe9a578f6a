"""Round-13 event gold (issue 13, round 24, branch g13b), annotator b, own tune items (deal.json["b"]["tune"]):
the hand-written records (fragment locating the sentence, trigger, type, source, target, flags), coded from the
texts alone, without running detente. `python gold/events/round13/source/b_tune.py` writes parts/b.tune.jsonl."""
import sys; sys.path.insert(0, __import__('os').path.dirname(__file__))
from write_b import write
A = lambda **k: k
ann = {
 "wcep-2012-02-12-016": [
  ("calls for the United Nations to intervene", "calls for", "REQUEST", ("IATA", "BUS", "The International Air Transport Association"),
   ("UN", "IGO", "the United Nations"), A(alts=[{"source": None}], note="airlines' trade body: own code (D11 round 12), no detente code")),
  ("calls for the United Nations to intervene", "the dispute", "ACCUSE", ("CHN", "GOV", "the People's Republic of China"),
   ("EU", "IGO", "the European Union"), A(opt=True, alts=[{"type": "REJECT"}],
   note="a standing dispute named as the object of the request; China's opposition to the EU scheme, weak implicit"))],
 "wcep-2011-01-24-023": [
  ("Yemen frees a female activist", "frees", "RETREAT", ("YEM", "GOV", "Yemen"), ("YEM", "CVL", "a female activist"),
   A(alts=[{"type": "CONCEDE"}], note="a release (CONVENTIONS), after protests")),
  ("Yemen frees a female activist", "accused of inciting disorder", "ACCUSE", ("YEM", "GOV", None), ("YEM", "CVL", "a female activist"),
   A(opt=True, alts=[{"source": None}], note="the charge behind the detention, passive, passing back-reference")),
  ("Yemen frees a female activist", "protests demanding her release", "PROTEST", ("YEM", "CVL", None), ("YEM", "GOV", "Yemen"),
   A(opt=True, alts=[{"type": "REQUEST"}, {"source": None}], note="the cause of the release, no doer named (round 12 D1 class: setting)"))],
 "wcep-2016-01-05-016": [
  ("announces he will suspend collective responsibility", "will suspend collective responsibility", "CONCEDE",
   ("GBR", "GOV", "The United Kingdom's Prime Minister David Cameron"), ("GBR", "GOV", "ministers"),
   A(alts=[{"type": "AGREE"}], note="easing a rule binding his ministers, under pressure (a minister due to resign): CONCEDE")),
  ("A member of his cabinet was reportedly due to resign", "due to resign", "PROTEST", ("GBR", "GOV", "A member of his cabinet"),
   ("GBR", "GOV", "his"), A(opt=True, rep=True, alts=[{"type": "CONCEDE"}], note="a reported, planned resignation in protest; hedged"))],
 "wcep-2013-03-12-002": [
  ("The Syrian army launches intensive air strikes", "launches intensive air strikes", "ASSAULT", ("SYR", "MIL", "The Syrian army"),
   ("SYR", None, "Homs"), A(alts=[{"target": None}], note="strikes on a rebel-held city")),
  ("The Syrian army launches intensive air strikes", "capture", "ASSAULT", ("SYR", "REB", "the rebel's"),
   ("SYR", "MIL", None), A(note="recent capture by a named doer, the cause of the news (round 4: required)"))],
 "wcep-2011-02-03-003": [
  ("vows to lift the country's state of emergency", "vows to lift", "AGREE", ("DZA", "GOV", "President Abdelaziz Bouteflika"),
   ("DZA", "CVL", "the country's"), A(alts=[{"type": "CONCEDE"}, {"target": None}],
   note="a pledge (AGREE), a concession to the protests")),
  ("vows to lift the country's state of emergency", "state of emergency", "COERCE", ("DZA", "GOV", None), ("DZA", "CVL", "the country's"),
   A(opt=True, note="in force since 1992: background")),
  ("vows to lift the country's state of emergency", "protests", "PROTEST", ("DZA", "CVL", None), ("DZA", "GOV", None),
   A(opt=True, note="the heading naming the protest wave; no doer named"))],
 "wcep-2014-11-30-008": [],
 "wcep-2023-06-24-008": [
  ("suicide bomber blows herself up", "blows herself up", "ASSAULT", ("PAK", "REB", "a Balochistan Liberation Army suicide bomber"),
   ("PAK", "MIL", "a military convoy"), A(note="suicide bombing of a convoy"))],
 "wcep-2017-10-05-001": [
  ("The Iraqi Army fully retakes the city of Hawija", "retakes", "ASSAULT", ("IRQ", "MIL", "The Iraqi Army"), ("IS", "REB", "ISIL"),
   A(alts=[{"target": "IRQ"}], note="recapture from ISIL")),
  ("Fighting continues to the north and east", "anti-ISIL operations", "ASSAULT", ("IRQ", "MIL", "Iraqi troops"), ("IS", "REB", "ISIL"),
   A(note="the continuing fighting beyond the city: its own act"))],
 "wcep-2006-06-28-004": [
  ("claim they have launched a chemical-tipped missile", "launched a chemical-tipped missile", "ASSAULT",
   ("PSE", "REB", "Members of the militant wing of Mahmoud Abbas's Fatah party, Al-Aqsa Martyrs' Brigades"),
   ("ISR", None, "the Israeli town of Sderot"), A(rep=True, note="claimed attack (the Israeli army denies detecting it): reported")),
  ("claimed to possess about 20 biological warheads", "claimed to possess", "THREATEN", ("PSE", "REB", "The same group"),
   ("ISR", None, "Israeli towns"), A(opt=True, note="an implicit threat; weak")),
  ("claimed to possess about 20 biological warheads", "fired daily", "ASSAULT", ("PSE", "REB", None), ("ISR", None, "Israeli towns"),
   A(opt=True, alts=[{"source": None}], note="habitual rocket fire, passing reference")),
  ("At least four Qassam rockets are launched", "are launched", "ASSAULT", ("PSE", "REB", None), ("ISR", None, "Israeli towns"),
   A(alts=[{"source": None}], note="the day's attacks, no doer named; Qassam rockets fix Palestinian militants"))],
 "wcep-2013-06-30-009": [
  ("Egyptians flood the streets in mass protests", "mass protests", "PROTEST", ("EGY", "CVL", "Egyptians"),
   ("EGY", "GOV", "President Mohamed Morsi"), A()),
  ("Egyptians flood the streets in mass protests", "demanding his resignation", "REQUEST", ("EGY", "CVL", "Egyptians"),
   ("EGY", "GOV", "his"), A(alts=[{"type": "PROTEST"}], note="the protesters' demand (round 2's protest + demand, two records)"))],
 "wcep-2016-01-19-002": [
  ("scores of Syrian Army troops have been killed", "fighting", "ASSAULT",
   ("IS", "REB", "the Islamic State of Iraq and the Levant"), ("SYR", "MIL", "Syrian Army troops"),
   A(rep=True, note="a two-sided clash, one record, direction towards the side with the dead; reported by SOHR"))],
 "wcep-2017-08-30-002": [
  ("CJTF–OIR jets destroy a section of road", "destroy a section of road", "ASSAULT", ("USA", "MIL", "CJTF–OIR jets"),
   ("IS", "REB", "ISIL evacuees"), A(alts=[{"type": "COERCE"}], note="air strike blocking the convoy (CJTF-OIR = USA MIL in detente)")),
  ("CJTF–OIR jets destroy a section of road", "ISIL evacuees", "RETREAT", ("IS", "REB", "ISIL evacuees"), (None, None, None),
   A(opt=True, alts=[{"target": "LBN"}], note="the evacuation from the border, implicit"))],
 "wcep-2006-03-25-004": [
  ("Protests against the US immigration reform bill H.R. 4437 are held", "Protests", "PROTEST", ("USA", "CVL", None), ("USA", "LEG", None),
   A(alts=[{"source": None}], note="protests against a bill of Congress (H.R. 4437)")),
  ("500,000 people march in Los Angeles", "march", "PROTEST", ("USA", "CVL", "500,000 people"), ("USA", "LEG", None),
   A(repeat=0, note="the same protests, city by city"))],
}
if __name__ == "__main__":
    write("tune", ann)
