import sys; sys.path.insert(0, __import__('os').path.dirname(__file__))
from write import write
A = lambda **k: k
DISPERSE = "dispersing protesters with tear gas, water cannon or rubber bullets: repression (COERCE), ASSAULT as alternative"
ann = {
 "wcep-2003-01-16-001": [
  ("Bush criticized state attorneys", "criticized", "ACCUSE", ("USA", "GOV", "Bush"), ("USA", "CVL", "state attorneys"),
   A(alts=[{"target": None}], note="trial lawyers in the state")),
  ("Bush criticized state attorneys", "vowing to decrease excessive jury awards", "AGREE", ("USA", "GOV", "Bush"), None,
   A(opt=True, note="a domestic policy pledge, no other party"))],
 "wcep-2004-01-17-004": [
  ("Protesters call for resignation", "call for resignation", "REQUEST", ("DEU", "CVL", "Protesters"), ("DEU", "COP", "German Federal Police chief Ulrich Kersten")),
  ("Protesters call for resignation", "demonstrates against", "PROTEST", ("DEU", "CVL", "about 6,000 people"), ("DEU", "COP", "Germany's Federal Police (BKA)"),
   A(alts=[{"target": None}], note="against the move of the BKA headquarters"))],
 "wcep-2006-04-19-003": [
  ("The Bolivian army frees", "frees", "COERCE", ("BOL", "MIL", "The Bolivian army"), ("BOL", "CVL", "local village people"),
   A(alts=[{"type": "ASSAULT"}, {"type": "AID", "target": "BOL"}, {"type": "RETREAT"}], note="freeing hostages from their captors")),
  ("The Bolivian army frees", "taken hostage", "COERCE", ("BOL", "CVL", "local village people"), ("BOL", "GOV", "three ministers"),
   A(alts=[{"type": "ASSAULT"}], note="hostage-taking"))],
 "wcep-2009-03-15-008": [
  ("Two hundred protestors are arrested", "are arrested", "COERCE", ("CAN", "COP", None), ("CAN", "CVL", "Two hundred protestors")),
  ("Two hundred protestors are arrested", "a riot against police brutality", "PROTEST", ("CAN", "CVL", None), ("CAN", "COP", "police"))],
 "wcep-2009-04-06-008": [
  ("Indonesia's National Police shoot", "shoot", "ASSAULT", ("IDN", "COP", "Indonesia's National Police"), ("IDN", "CVL", "nine demonstrators")),
  ("Indonesia's National Police shoot", "a pre-election protest", "PROTEST", ("IDN", "CVL", "nine demonstrators"), None,
   A(opt=True, note="the protest is the setting"))],
 "wcep-2011-01-28-011": [
  ("A protester is killed in Suez", "is killed", "ASSAULT", (None, None, None), ("EGY", "CVL", "A protester"),
   A(alts=[{"source": "EGY"}], note="the killer is not named (police by the next sentence's context); Suez/Cairo = Egypt")),
  ("A protester is killed in Suez", "are injured", "ASSAULT", (None, None, None), ("EGY", "CVL", "dozens of protesters"),
   A(alts=[{"source": "EGY"}])),
  ("One protester happens to video-tape", "being shot", "ASSAULT", ("EGY", "COP", "police"), ("EGY", "CVL", "a man")),
  ("A protester is killed in Suez", "protester", "PROTEST", ("EGY", "CVL", "protesters"), None,
   A(opt=True, note="the protests are the setting"))],
 "wcep-2011-03-05-001": [
  ("rebels beat back", "beat back", "ASSAULT", ("LBY", "REB", "rebels"), ("LBY", "MIL", "a pro-Gaddafi push"),
   A(alts=[{"source": "LBY", "target": "LBY"}], note="two-sided battle, one record; Zawiya, Gaddafi = Libya (world knowledge)"))],
 "wcep-2011-05-02-004": [
  ("Osama bin Laden has been killed", "has been killed", "ASSAULT", (None, None, None), ("AQ", "REB", "Osama bin Laden"),
   A(opt=True, alts=[{"source": "USA"}], note="passing mention; the killers are not named"))],
 "wcep-2014-04-16-002": [
  ("More chemical attacks are reported", "chemical attacks", "ASSAULT", (None, None, None), ("SYR", "CVL", "the Damascus suburbs"),
   A(note="unnamed attacker; the place attacked is the target"))],
 "wcep-2016-05-10-002": [
  ("a car bomb targeting", "a car bomb targeting", "ASSAULT", (None, None, None), ("TUR", "COP", "a Turkish police vehicle"))],
 "wcep-2019-09-15-014": [
  ("Despite an official ban", "march", "PROTEST", ("HKG", "CVL", "thousands of people"), None,
   A(alts=[{"target": "HKG"}], note="Causeway Bay = Hong Kong (world knowledge)")),
  ("Despite an official ban", "an official ban", "COERCE", ("HKG", "GOV", None), ("HKG", "CVL", None),
   A(opt=True, note="a ban on the march, mentioned in passing")),
  ("Police use tear gas", "use tear gas to disperse", "COERCE", ("HKG", "COP", "Police"), ("HKG", "CVL", "the protestors"),
   A(alts=[{"type": "ASSAULT"}], note=DISPERSE))],
 "wcep-2019-11-30-007": [
  ("Protests against poor living conditions", "Protests", "PROTEST", ("TUN", "CVL", None), None,
   A(alts=[{"target": "TUN"}])),
  ("Protests against poor living conditions", "set himself on fire", "PROTEST", ("TUN", "CVL", "a man"), None,
   A(opt=True, note="self-immolation as protest, background")),
  ("Police use tear gas", "use tear gas to disperse", "COERCE", ("TUN", "COP", "Police"), ("TUN", "CVL", "the protestors"),
   A(alts=[{"type": "ASSAULT"}], note=DISPERSE))],
 "wcep-2020-10-18-023": [
  ("Thousands of people gather", "gather", "PROTEST", ("CHL", "CVL", "Thousands of people"), None,
   A(alts=[{"target": "CHL"}], note="a demonstration marking the anniversary of the protests")),
  ("Two churches were burned", "were burned", "PROTEST", ("CHL", "CVL", "a group of violent protesters"), ("CHL", "REL", "Two churches"),
   A(alts=[{"type": "ASSAULT"}, {"target": None}], note="riot: arson by protesters"))],
 "wcep-2021-02-09-028": [
  ("Demonstrations in Myanmar", "Demonstrations", "PROTEST", ("MMR", "CVL", None), ("MMR", "MIL", "the military coup"),
   A(alts=[{"target": None}])),
  ("Demonstrations in Myanmar", "the military coup", "ASSAULT", ("MMR", "MIL", "military"), ("MMR", "GOV", None),
   A(opt=True, alts=[{"type": "COERCE"}], note="back-reference to the coup")),
  ("Riot police fire rubber bullets", "fire rubber bullets", "ASSAULT", ("MMR", "COP", "Riot police"), ("MMR", "CVL", "protesters"),
   A(alts=[{"type": "COERCE"}])),
  ("Riot police fire rubber bullets", "use water cannons to disperse", "COERCE", ("MMR", "COP", "Riot police"), ("MMR", "CVL", "protesters"),
   A(alts=[{"type": "ASSAULT"}], note=DISPERSE))],
 "wcep-2021-10-15-005": [
  ("A Cameroonian policeman is lynched", "is lynched", "ASSAULT", ("CMR", "CVL", "a mob"), ("CMR", "COP", "A Cameroonian policeman")),
  ("A Cameroonian policeman is lynched", "killed", "ASSAULT", ("CMR", "COP", "he"), ("CMR", "CVL", "a five-year-old girl")),
  ("Protests involving hundreds", "Protests", "PROTEST", ("CMR", "CVL", "hundreds of people"), None,
   A(alts=[{"target": "CMR"}])),
  ("Protests involving hundreds", "the killing of the child", "ASSAULT", ("CMR", "COP", None), ("CMR", "CVL", "the child"),
   A(repeat=1, opt=True))],
 "wcep-2022-04-22-007": [
  ("A soldier and six rebels", "fighting", "ASSAULT", ("IND", "MIL", "A soldier"), ("IND", "REB", "six rebels"),
   A(alts=[{"source": "IND", "target": None}, {"target": "PAK"}], note="two-sided fighting, one record; rebels in Jammu and Kashmir, India")),
  ("Four members of the security forces", "are injured", "ASSAULT", ("IND", "REB", None), ("IND", "MIL", "Four members of the security forces"),
   A(repeat=0, opt=True))],
 "wcep-2022-10-31-008": [
  ("Tehran's chief prosecutor confirms", "have been charged", "ACCUSE", ("IRN", "GOV", "the authorities"), ("IRN", "CVL", "over 1,000 people"),
   A(rep=True)),
  ("Tehran's chief prosecutor confirms", "anti-government protests", "PROTEST", ("IRN", "CVL", None), ("IRN", "GOV", None),
   A(opt=True))],
 "wikinews-2019-02-18-01": [
  ("The fire service was reportedly investigating", "investigating", "ACCUSE", ("BGD", "GOV", "The fire service"), None,
   A(opt=True, note="an inquiry into a cause, no actor")),
  ("local activists claimed fires", "claimed", "ACCUSE", ("BGD", "NGO", "local activists"), None,
   A(opt=True, note="the accused are named in the next sentence")),
  ("One activist, Nur Khan Liton", "arson has been used", "ACCUSE", ("BGD", "NGO", "One activist, Nur Khan Liton"), ("BGD", "BUS", "developers"),
   A(note="accusing developers of arson to evict slum dwellers"))],
}
write("check", ann)
