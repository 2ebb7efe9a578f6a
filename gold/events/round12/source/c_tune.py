"""Round-12 event gold (issue 13, round 24, branch g12c), annotator c, tune items of deal.json["c"]: the
hand-written records (fragment locating the sentence, trigger, type, source, target, flags), coded from the
texts alone before detente was run on them. `python gold/events/round12/source/c_tune.py` writes
parts/c.tune.jsonl."""
import sys; sys.path.insert(0, __import__('os').path.dirname(__file__))
from write_c import write
A = lambda **k: k
ann = {
 "wcep-2025-04-08-001": [
  ("confirms the presence of Ukrainian troops", "the presence of Ukrainian troops", "MOBILIZE",
   ("UKR", "MIL", "Ukrainian troops"), ("RUS", None, "Russia's Belgorod Oblast"),
   A(rep=True, alts=[{"type": "ASSAULT"}], note="troops operating inside the enemy's territory, confirmed by the president")),
 ],
 "wcep-2010-02-22-003": [
  ("China throws a surprise 86th birthday party", "throws a surprise 86th birthday party", "CONSULT",
   ("CHN", "GOV", "China"), ("ZWE", "GOV", "President Robert Mugabe"),
   A(alts=[{"type": "SUPPORT"}], note="hosting a head of state at the embassy (CAMEO 043 host a visit)")),
  ("China throws a surprise 86th birthday party", "visited", "CONSULT",
   ("ZWE", "GOV", "Mugabe"), ("CHN", "GOV", None), A(opt=True, repeat=0, note="the same visit, from the guest's side")),
 ],
 "wcep-2007-02-19-001": [
  ("Three Salvadoran deputies", "are killed execution-style", "ASSAULT", (None, None, None),
   ("SLV", "LEG", "Three Salvadoran deputies to the Central American Parliament"),
   A(alts=[{"source": "GTM"}], note="unnamed killers; the victims are legislators (political target)")),
 ],
 "wcep-2016-04-07-018": [],
 "wcep-2007-08-30-001": [
  ("Militants fire rockets", "fire rockets", "ASSAULT", ("IRQ", "REB", "Militants"),
   ("USA", "MIL", "a United States military aircraft"),
   A(alts=[{"source": None}], note="failed attack on the aircraft carrying US senators leaving Baghdad; militants placed in Iraq by context")),
 ],
 "wcep-2016-03-27-006": [
  ("pledges to work with the new civilian government", "pledges to work with", "AGREE",
   ("MMR", "MIL", "Senior General Min Aung Hlaing, Myanmar's military chief"),
   ("MMR", "GOV", "the new civilian government"), A(alts=[{"type": "COOPERATE"}], note="pledge = AGREE")),
 ],
 "wcep-2019-06-12-020": [
  ("The Peruvian Catholic Church urges", "urges", "REQUEST", ("PER", "REL", "The Peruvian Catholic Church"),
   ("PER", "GOV", "the government of that country"), A()),
  ("decided to demand visa and passport", "decided to demand visa and passport", "COERCE",
   ("PER", "GOV", "the president Martín Vizcarra"), ("VEN", "CVL", "Venezuelan citizens"),
   A(alts=[{"type": "SANCTION"}, {"type": "REQUEST"}],
     note="entry restriction on a foreign population (round 2: visa restrictions = COERCE); the recent cause, told as a back-reference")),
 ],
 "wcep-2011-06-19-012": [
  ("sign a scroll to impeach", "sign a scroll to impeach", "ACCUSE", ("IRN", "LEG", "Members of the Parliament of Iran"),
   ("IRN", "GOV", "Foreign Minister Ali Akbar Salehi"), A(note="impeachment = ACCUSE")),
 ],
 "wcep-2011-03-15-005": [
  ("G8 leaders fail to agree", "fail to agree", "AGREE", ("G7", "IGO", "G8 leaders"), ("G7", "IGO", "G8 leaders"),
   A(neg=True, alts=[{"target": None}], note="no agreement among the G8 on intervening in Libya; adjudication D12: G8 coded G7, detente's own code")),
  ("G8 leaders fail to agree", "pass the issue onto", "REQUEST", ("G7", "IGO", "G8 leaders"),
   ("UN", "IGO", "the United Nations Security Council"),
   A(opt=True, alts=[{"type": "CONSULT"}], note="referring the question to the Security Council: weak, optional")),
 ],
 "wcep-2007-02-12-018": [
  ("John Howard criticizes", "criticizes", "ACCUSE", ("AUS", "GOV", "Australian Prime Minister John Howard"),
   ("USA", "LEG", None), A(note="target Senator Obama; the splitter cuts at 'U.S.'")),
  ("says that Howard's statement imperiled", "imperiled", "ACCUSE", ("AUS", "OPP", "The opposition Australian Labor Party"),
   ("AUS", "GOV", "Howard's"), A(note="criticism of the prime minister's remark")),
 ],
 "wcep-2024-03-15-001": [
  ("he has approved a military operation to capture Rafah", "approved a military operation", "THREATEN",
   ("ISR", "GOV", "Israeli prime minister Benjamin Netanyahu"), ("PSE", None, "Rafah"),
   A(alts=[{"type": "MOBILIZE"}, {"type": "ASSAULT"}],
     note="an approved, announced offensive not yet under way: threat of force; Rafah in the Gaza Strip")),
  ("he has approved a military operation to capture Rafah", "international pressure to stop", "REQUEST",
   (None, None, None), ("ISR", "GOV", "Israeli prime minister Benjamin Netanyahu"),
   A(opt=True, note="unnamed international actors, background noun")),
 ],
 "wcep-2004-12-02-003": [
  ("United Nations inspectors wishing to inspect", "wishing to inspect", "REQUEST", ("UN", "IGO", "United Nations inspectors"),
   ("IRN", "GOV", None), A(opt=True, rep=True, alts=[{"source": "IAEA"}],
   note="a wish described, not an act; the inspectors' lack of authority is no event")),
 ],
 "wcep-2017-02-05-007": [
  ("failed to publicly disclose up to thousands of lethal airstrikes", "lethal airstrikes", "ASSAULT",
   ("USA", "MIL", "the U.S."), ("IS", "REB", None),
   A(note="the airstrikes over years (including the last year); the non-disclosure is no event type; the splitter cuts at 'U.S.', so the targets (ISIL, Al-Qaeda, the Taliban) stand outside the sentence")),
  ("failed to publicly disclose up to thousands of lethal airstrikes", "lethal airstrikes", "ASSAULT",
   ("USA", "MIL", "the U.S."), ("AQ", "REB", None), A()),
  ("failed to publicly disclose up to thousands of lethal airstrikes", "lethal airstrikes", "ASSAULT",
   ("USA", "MIL", "the U.S."), ("AFG", "REB", None), A()),
 ],
 "wcep-2019-07-04-001": [
  ("Royal Marines seize control of an oil tanker", "seize control of", "COERCE", ("GBR", "MIL", "Royal Marines"),
   ("IRN", None, "an oil tanker"), A(alts=[{"target": None}, {"target": "SYR"}],
   note="seizure = COERCE; the tanker carries Iranian crude to Syria")),
  ("Royal Marines seize control of an oil tanker", "EU sanctions against Syria", "SANCTION", ("EU", "IGO", "EU"),
   ("SYR", "GOV", "Syria"), A(opt=True, note="standing sanctions, background")),
  ("is summoned in Tehran", "is summoned", "ACCUSE", ("IRN", "GOV", "Iran"),
   ("GBR", "GOV", "The United Kingdom's Ambassador to Iran, Robert Macaire"),
   A(note="summoning an ambassador = ACCUSE; Iran's 'illegal seizure' is the same act of the same sentence")),
 ],
 "wcep-2008-09-12-008": [
  ("at least 30 militants and 2 soldiers have been killed in fighting", "fighting", "ASSAULT",
   ("PAK", "MIL", "The Pakistan Army"), ("PAK", "REB", "at least 30 militants"),
   A(rep=True,
     note="two-sided clash = one record; the army's offensive in Bajaur (direction either way)")),
 ],
 "wcep-2004-09-27-007": [
  ("carries out air strikes", "air strikes", "ASSAULT", ("USA", "MIL", "The U.S. military"),
   ("IRQ", "REB", "several suspected militant positions"), A()),
 ],
 "wcep-2008-01-30-006": [
  ("Government probe finds that Israel", "probe finds", "ACCUSE", ("ISR", "GOV", "Government probe"),
   ("ISR", "GOV", "Israel"), A(
   note="the Winograd inquiry's finding of failure = ACCUSE (inquiries are ACCUSE); target the government and army")),
 ],
 "wcep-2008-05-10-005": [
  ("engage in clashes with the Sudanese military", "engage in clashes", "ASSAULT",
   ("SDN", "REB", "Hundreds of Darfur rebels from the Justice and Equality Movement"),
   ("SDN", "MIL", "the Sudanese military"), A(note="the rebels' attack on Omdurman and Khartoum; two-sided clash, one record")),
 ],
 "wcep-2007-07-11-004": [
  ("Operation Silence at the Lal Masjid", "Operation Silence", "ASSAULT", ("PAK", "MIL", "The Pakistan Army"),
   ("PAK", "REB", None), A(rep=True, note="the storming of the Red Mosque, militants inside")),
 ],
 "wcep-2005-05-10-002": [
  ("A Haitian court overturns convictions", "overturns", "REJECT", ("HTI", "JUD", "A Haitian court"),
   ("HTI", "JUD", None), A(alts=[{"type": "RETREAT"}, {"type": "COERCE"}],
   note="a court striking down an earlier court's convictions (round 9: ruling against = REJECT); the officers benefit")),
  ("A Haitian court overturns convictions", "were charged with killings", "ACCUSE", ("HTI", "JUD", None),
   ("HTI", "MIL", "38 military officers"), A(opt=True, note="the 2000 trial, background")),
  ("A Haitian court overturns convictions", "killings in the Raboteau Massacre", "ASSAULT", ("HTI", "MIL", None),
   ("HTI", "CVL", None), A(opt=True, note="1994 massacre, background")),
  ("A Haitian court overturns convictions", "the 1991 coup against", "ASSAULT", ("HTI", "MIL", None),
   ("HTI", "GOV", "Jean-Bertrand Aristide"), A(opt=True, alts=[{"type": "COERCE"}], note="1991 coup, background")),
  ("the trial was annulled on technicality", "was annulled", "REJECT", ("HTI", "JUD", None), ("HTI", "JUD", None),
   A(opt=True, rep=True, repeat=0)),
 ],
 "wcep-2020-10-22-003": [
  ("French police launch a terror investigation", "launch a terror investigation", "ACCUSE", ("FRA", "COP", "French police"),
   ("FRA", "CVL", "the perpetrators, believed to be two other women"), A(alts=[{"target": None}], note="investigation = ACCUSE")),
  ("French police launch a terror investigation", "were repeatedly stabbed", "ASSAULT",
   ("FRA", "CVL", "the perpetrators, believed to be two other women"), ("FRA", "CVL", "two Muslim women"),
   A(alts=[{"source": None}], note="civilian violence made political by the state's terror investigation (El Paso decision)")),
  ("tensions mount over the murder of Samuel Paty", "the murder", "ASSAULT", (None, None, None),
   ("FRA", "CVL", "Samuel Paty"), A(opt=True, note="passing back-reference to the teacher's murder")),
 ],
 "wcep-2020-12-05-001": [
  ("Belgium announces that all troops will be withdrawn", "will be withdrawn", "CONCEDE", ("BEL", "GOV", "Belgium"),
   ("AFG", None, "Afghanistan"), A(alts=[{"type": "RETREAT"}, {"target": None}], note="announced troop withdrawal = CONCEDE")),
  ("Belgium currently has around 70 military personnel deployed", "train, advise and assist role", "AID",
   ("BEL", "MIL", "around 70 military personnel"), ("AFG", "MIL", "pro-government forces"),
   A(opt=True, alts=[{"type": "COOPERATE"}, {"type": "MOBILIZE"}], note="ongoing mission described")),
 ],
 "wcep-2015-06-05-008": [
  ("will start discussions with Japan", "will start discussions", "AGREE",
   ("PHL", "GOV", "Benigno Aquino, the President of the Philippines"), ("JPN", "GOV", "Japan"),
   A(alts=[{"type": "CONSULT"}, {"type": "COOPERATE"}], note="announced talks (scheduled meeting = AGREE)")),
 ],
 "wcep-2014-10-26-008": [],
 "wcep-2004-09-28-003": [
  ("calls Singapore", "calls Singapore \"the size of a piece of snot\"", "ACCUSE",
   ("TWN", "GOV", "Republic of China foreign minister Mark Chen"), ("SGP", "GOV", "Singapore"), A(note="insult = ACCUSE")),
  ("calls Singapore", "declared opposition to Taiwan independence", "ACCUSE",
   ("SGP", "GOV", "Singaporean foreign minister George Yeo"), ("TWN", "GOV", "Taiwan"),
   A(alts=[{"type": "REJECT"}], note="a recent statement (days before), told as the cause")),
  ("He later apologized", "apologized", "SUPPORT", ("TWN", "GOV", "He"), ("SGP", "GOV", None), A(note="apology = SUPPORT")),
 ],
 "wcep-2009-11-19-012": [
  ("endorses her former defense minister", "endorses", "SUPPORT",
   ("PHL", "GOV", "Philippine President Gloria Macapagal-Arroyo"),
   ("PHL", "PTY", "her former defense minister Gilberto Teodoro"), A(note="endorsement of a candidate")),
 ],
}
if __name__ == "__main__":
    write("tune", ann)
