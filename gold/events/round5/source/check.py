"""Round-5 event gold, check half (held out: aggregates only): the hand-written records (fragment
locating the sentence, trigger, type, source, target, flags). `python gold/events/round5/source/check.py`
writes check.jsonl."""
import sys; sys.path.insert(0, __import__('os').path.dirname(__file__))
from write import write
A = lambda **k: k
ann = {
 "wcep-2003-03-15-002": [
  ("A round of protests takes place", "A round of protests takes place", "PROTEST", (None, "CVL", None), None,
   A(alts=[{"target": "USA"}], note="worldwide protests (Iraq crisis): no country on either side written; against the coming war (USA, world knowledge)"))],
 "wcep-2004-06-27-006": [
  ("Gay pride celebrations, parades and protests are held globally", "protests are held", "PROTEST", (None, "CVL", None), None,
   A(note="the protests are asserted (the celebrations and parades alone would be no event); worldwide, no side's country")),
  ("Gay pride celebrations, parades and protests are held globally", "the Stonewall Riots", "PROTEST", (None, "CVL", None), None,
   A(opt=True, alts=[{"source": "USA"}, {"source": "USA", "target": "USA"}], note="1969: background"))],
 "wcep-2005-07-10-006": [
  ("opposition members demonstrated", "demonstrated", "PROTEST", ("AZE", "OPP", "opposition members"), ("AZE", "GOV", None),
   A(alts=[{"target": None}], note="anti-government rally for fair elections")),
  ("opposition members demonstrated", "calling for fair parliamentary elections", "REQUEST", ("AZE", "OPP", "opposition members"), ("AZE", "GOV", None),
   A(alts=[{"target": None}], note="a demand addressed to the (unnamed) authorities"))],
 "wcep-2005-09-03-003": [
  ("A unilateral three-month ceasefire is declared", "A unilateral three-month ceasefire is declared", "RETREAT", ("NPL", "REB", "Nepal's Maoist rebels"), None,
   A(alts=[{"target": "NPL"}], note="ceasefire declared; the other side (the government) is not written")),
  ("A unilateral three-month ceasefire is declared", "negotiations begin with", "CONSULT", ("NPL", "REB", "Nepal's Maoist rebels"), ("NPL", "PTY", "an alliance of political parties")),
  ("Their leader, Pushpa Kamal Dahal", "would \"not launch any offensive\"", "ASSAULT", ("NPL", "REB", "Their leader, Pushpa Kamal Dahal"), None,
   A(neg=True, alts=[{"target": "NPL"}], note="a negated announced act, restating the ceasefire (record 0)"))],
 "wcep-2007-11-09-001": [
  ("Student protests against", "protests against", "PROTEST", ("VEN", "CVL", "Student"), ("VEN", "GOV", None),
   A(alts=[{"target": None}], note="protests against the government's referendum (ongoing)")),
  ("Five people are wounded in Mérida", "a clash between", "ASSAULT", ("VEN", "CVL", "rival student groups"), ("VEN", "CVL", "rival student groups"),
   A(alts=[{"type": "PROTEST"}], note="a two-sided clash between protester groups: one record"))],
 "wcep-2007-11-14-002": [
  ("President Nicolas Sarkozy calls for negotiations", "calls for negotiations", "REQUEST", ("FRA", "GOV", "President Nicolas Sarkozy"), ("FRA", "CVL", "the unions"),
   A(alts=[{"target": None}], note="appeal addressed to the strikers (the unions of the same sentence); Sarkozy = France (world knowledge)")),
  ("President Nicolas Sarkozy calls for negotiations", "refuse", "REJECT", ("FRA", "CVL", "the unions"), ("FRA", "GOV", "President Nicolas Sarkozy"),
   A(note="the call refused")),
  ("President Nicolas Sarkozy calls for negotiations", "the strikes", "PROTEST", ("FRA", "CVL", "the unions"), ("FRA", "GOV", None),
   A(alts=[{"target": None}], note="ongoing strikes, doers named in the sentence"))],
 "wcep-2008-08-19-004": [
  ("A bomb at a paramilitary police training academy", "A bomb at", "ASSAULT", None, ("DZA", "COP", "a paramilitary police training academy"),
   A(note="bombers not named; east of Algiers = Algeria"))],
 "wcep-2010-04-18-025": [
  ("promises to continue his land seizure policy", "promises to continue his land seizure policy", "THREATEN", ("ZWE", "GOV", "President of Zimbabwe Robert Mugabe"), (None, "BUS", "foreign firms"),
   A(alts=[{"type": "COERCE"}, {"type": "AGREE"}, {"type": "AGREE", "target": "ZWE"}],
     note="announced continued seizures and forced transfers: a warning to the owners (the white farmers are not named; the firms' countries not given); COERCE (the policy) or AGREE (a promise to his audience) defensible"))],
 "wcep-2013-12-21-001": [
  ("Rebel forces capture the Al-Kindi hospital", "capture", "ASSAULT", ("SYR", "REB", "Rebel forces"), ("SYR", "MIL", "the Al-Kindi hospital"),
   A(alts=[{"type": "COERCE"}], note="a position taken in battle; Aleppo = Syria; the hospital was held by government forces (world knowledge)")),
  ("Rebel forces capture the Al-Kindi hospital", "a huge suicide truck bombing destroys", "ASSAULT", ("SYR", "REB", None), ("SYR", "MIL", "the building"),
   A(alts=[{"source": None}], note="the bombing that opened the assault, by the rebels by context"))],
 "wcep-2014-06-23-001": [
  ("Pakistani forces conduct airstrikes", "conduct airstrikes on", "ASSAULT", ("PAK", "MIL", "Pakistani forces"), ("PAK", "REB", "terrorist hideouts in North Waziristan"))],
 "wcep-2017-01-08-001": [
  ("A truck rams into a group of Israeli soldiers", "rams into", "ASSAULT", None, ("ISR", "MIL", "a group of Israeli soldiers"),
   A(alts=[{"source": "PSE"}], note="the attacker is not named (a Palestinian, world knowledge only)")),
  ("The perpetrator was previously convicted", "was previously convicted of terrorism and was jailed", "COERCE", ("ISR", "JUD", None), (None, None, "The perpetrator"),
   A(opt=True, alts=[{"source": None}, {"target": "PSE"}], note="background: an earlier sentence"))],
 "wcep-2017-01-22-010": [
  ("lifts its ban on the sport of Jallikattu", "lifts its ban on", "CONCEDE", ("IND", "GOV", "The Indian state government of Tamil Nadu"), ("IND", "CVL", "demonstrators"),
   A(alts=[{"target": None}, {"type": "RETREAT"}], note="a ban lifted after protests: a policy reversed under pressure")),
  ("lifts its ban on the sport of Jallikattu", "five days of protests by", "PROTEST", ("IND", "CVL", "demonstrators"), ("IND", "GOV", None),
   A(alts=[{"target": None}], note="recent protests, doers named, against the government's ban"))],
 "wcep-2017-08-12-005": [
  ("helicopter monitoring protests crashes", "protests", "PROTEST", ("USA", "CVL", None), None,
   A(opt=True, alts=[{"source": None}], note="passing reference, no doer named; Virginia = USA"))],
 "wcep-2018-01-17-012": [
  ("Donald Trump tweets a link", "\"Fake News Awards\"", "ACCUSE", ("USA", "GOV", "Donald Trump"), ("USA", "MED", None),
   A(alts=[{"target": None}], note="awards branding outlets' stories as fake news: criticism of the media (outlets not named, the stories are)")),
  ("Donald Trump tweets a link", "\"Fake News Awards\"", "ACCUSE", ("USA", "PTY", "the Republican National Committee's"), ("USA", "MED", None),
   A(alts=[{"target": None}], note="the party's awards (same triple as record 0)"))],
 "wcep-2018-04-08-012": [
  ("German authorities arrest six men", "arrest", "COERCE", ("DEU", "GOV", "German authorities"), ("DEU", None, "six men aged 18 to 21"),
   A(alts=[{"target": None}], note="the men's nationality is not given; Germany from the place")),
  ("German authorities arrest six men", "suspected of", "ACCUSE", ("DEU", "GOV", "German authorities"), ("DEU", None, "six men aged 18 to 21"),
   A(opt=True, alts=[{"target": None}], note="the suspicion behind the arrest")),
  ("German authorities arrest six men", "planning a terror attack on", "ASSAULT", ("DEU", None, "six men aged 18 to 21"), ("DEU", "CVL", "today's Berlin Half Marathon"),
   A(opt=True, alts=[{"source": None}], note="a suspected plot, not an attack or an attempt"))],
 "wcep-2018-12-20-013": [
  ("The CENI electoral commission delays the election", "a suspected arson", "ASSAULT", None, ("COD", "GOV", "the voting machines"),
   A(opt=True, alts=[{"target": None}], note="last week, no doer named: back-reference; CENI = DR Congo (world knowledge). The delay itself is no event"))],
 "wcep-2020-06-16-016": [
  ("President John Magufuli dissolves parliament", "dissolves parliament", "COERCE", ("TZA", "GOV", "President John Magufuli"), ("TZA", "LEG", "parliament"),
   A(opt=True, note="routine dissolution before an election: doubtful as an event; Magufuli = Tanzania (world knowledge)"))],
 "wcep-2020-09-29-003": [
  ("A roadside bomb targeting a civilian bus", "A roadside bomb targeting", "ASSAULT", None, ("AFG", "CVL", "a civilian bus"),
   A(alts=[{"target": None}], note="bombers not named; Daykundi = Afghanistan (place name)")),
  ("this is the second attack in Daykundi", "the second attack in", "ASSAULT", None, ("AFG", None, "Daykundi"),
   A(opt=True, note="the earlier attack: back-reference"))],
 "wcep-2022-05-24-006": [
  ("An Indian policeman is killed", "an attack in", "ASSAULT", None, ("IND", "COP", "An Indian policeman"),
   A(note="attackers not named")),
  ("An Indian policeman is killed", "an attack in", "ASSAULT", None, ("IND", "CVL", "his seven-year-old daughter"),
   A(note="second victim of the same attack (same triple)"))],
 "wcep-2023-02-22-003": [
  ("At least 15 soldiers are killed during an ambush", "an ambush in", "ASSAULT", None, ("BFA", "MIL", "At least 15 soldiers"),
   A(alts=[{"target": None}], note="attackers not named; Oudalan Province = Burkina Faso (place name)")),
  ("Several of the attackers are killed", "the ensuing gunfight", "ASSAULT", ("BFA", "MIL", None), ("BFA", "REB", "Several of the attackers"),
   A(opt=True, alts=[{"source": None}, {"target": None}, {"source": None, "target": None}], note="the soldiers' reply in the same clash (a two-sided clash is one record)"))],
 "wcep-2025-01-26-016": [
  ("vehicle-ramming attack in Tampa", "a vehicle-ramming attack in", "ASSAULT", ("USA", "CVL", "the perpetrator"), ("USA", "CVL", "Two people"),
   A(opt=True, alts=[{"source": None}], note="crime with no political side named"))],
}
write("check", ann)
