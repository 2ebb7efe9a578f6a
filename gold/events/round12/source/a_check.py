"""Round-12 event gold (issue 13, round 24), annotator a (branch g12a), own check items: the hand-written
records, coded from the texts alone before detente was run on them (check: aggregates read only).
`python gold/events/round12/source/a_check.py` writes parts/a.check.jsonl."""
import sys; sys.path.insert(0, __import__('os').path.dirname(__file__))
from write import write
A = lambda **k: k
ann = {
 "wcep-2020-11-27-004": [
  ("Four Christians are killed and seven houses are burned by militants", "are killed", "ASSAULT", ("IDN", "REB", "militants"),
   ("IDN", "CVL", "Four Christians"), A(alts=[{"source": None}], note="militants in Central Sulawesi; named in the next sentence")),
  ("The police believes that attacks was carried out", "attacks was carried out", "ASSAULT",
   ("IDN", "REB", "East Indonesia Mujahideen (MIT)"), ("IDN", "CVL", None),
   A(rep=True, repeat=0, alts=[{"source": "IS"}], note="the police's attribution: a repeat naming the perpetrator")),
  ("The police believes that attacks was carried out", "believes", "ACCUSE", ("IDN", "COP", "The police"),
   ("IDN", "REB", "East Indonesia Mujahideen (MIT)"), A(opt=True, note="attribution of the attack, hedged ('believes')"))],
 "wcep-2019-08-06-003": [
  ("vows to fight India's unilateral decision", "vows to fight", "ACCUSE", ("PAK", "GOV", "Pakistani Prime Minister Imran Khan"),
   ("IND", "GOV", "India's"), A(alts=[{"type": "REJECT"}, {"type": "THREATEN"}],
   note="an announced challenge, including at the UN (as an announced legal challenge = ACCUSE)")),
  ("vows to fight India's unilateral decision", "decision to revoke", "COERCE", ("IND", "GOV", "India's"),
   ("IND", None, "Indian-administered Kashmir's"), A(opt=True, note="revoking a region's autonomy: no convention decides its type")),
  ("stated this move is a breach of international law", "stated", "ACCUSE", ("PAK", "GOV", "Khan"), ("IND", "GOV", None),
   A(note="'a breach of international law'; the splitter cuts at 'Mr.'")),
  ("stated this move is a breach of international law", "feared the possibility of ethnic cleansing", "ACCUSE", ("PAK", "GOV", "Khan"),
   ("IND", "GOV", None), A(opt=True, repeat=2, note="a fear voiced, hedged"))],
 "wcep-2021-08-01-019": [
  ("Five high-ranking army officers and several police officers are arrested", "are arrested", "COERCE", ("MDG", "COP", None),
   ("MDG", "MIL", "Five high-ranking army officers"), A(alts=[{"source": None}], note="passive with no agent; country fixed by "
   "'in Madagascar'; adjudication D8: the country's police (round 5's passive arrests), null alternative")),
  ("Five high-ranking army officers and several police officers are arrested", "are arrested", "COERCE", ("MDG", "COP", None),
   ("MDG", "COP", "several police officers"), A(alts=[{"source": None}])),
  ("Five high-ranking army officers and several police officers are arrested", "a failed attempt to assassinate", "ASSAULT",
   ("MDG", None, None), ("MDG", "GOV", "the country's president"),
   A(opt=True, alts=[{"source": None}], note="the foiled plot, named as the arrests' ground; plotters not named")),
  ("Five high-ranking army officers and several police officers are arrested", "the number of people arrested", "COERCE",
   ("MDG", "COP", None), ("MDG", None, "people"), A(opt=True, alts=[{"source": None}], note="the earlier arrests, summed up"))],
 "wcep-2006-07-12-009": [
  ("describes the Hezbollah attacks as", "describes", "ACCUSE", ("ISR", "GOV", "Israeli Prime Minister Ehud Olmert"),
   ("LBN", "GOV", "Lebanon"), A(note="'unjustified acts of war' by Lebanon")),
  ("describes the Hezbollah attacks as", "the Hezbollah attacks", "ASSAULT", ("LBN", "REB", "Hezbollah"), ("ISR", None, None),
   A(note="the same day's cross-border attacks; Israel not named as target in words")),
  ("describes the Hezbollah attacks as", "promises a \"very painful and far-reaching response\"", "THREATEN",
   ("ISR", "GOV", "Israeli Prime Minister Ehud Olmert"), ("LBN", "GOV", "Lebanon"), A(alts=[{"target": None}]))],
 "wcep-2010-06-13-012": [
  ("Fighting between government troops and police in Somalia", "Fighting", "ASSAULT", ("SOM", "MIL", "government troops"),
   ("SOM", "COP", "police"), A(note="a two-sided clash, one record"))],
 "wcep-2005-08-28-008": [],
 "wcep-2020-07-11-016": [
  ("Congolese Justice Minister Celestin Tunda resigns", "resigns", "CONCEDE", ("COD", "GOV", "Congolese Justice Minister Celestin Tunda"),
   ("COD", "GOV", "President Félix Tshisekedi"), A(opt=True, note="a resignation under pressure (optional, NOTES.md)")),
  ("Congolese Justice Minister Celestin Tunda resigns", "disputes", "ACCUSE", ("COD", "GOV", "President Félix Tshisekedi"),
   ("COD", "GOV", "Tunda"), A(opt=True, alts=[{"type": "REJECT"}], note="a dispute over the minister's proposal; who opposed whom is not said")),
  ("Congolese Justice Minister Celestin Tunda resigns", "proposal", "REQUEST", ("COD", "GOV", "Tunda"), None,
   A(opt=True, note="a policy proposal, background"))],
 "wcep-2013-07-10-011": [
  ("calls for a national salvation understanding", "calls for", "REQUEST", ("PRT", "GOV", "The President of Portugal Cavaco Silva"),
   ("PRT", "OPP", "the Socialists"), A()),
  ("calls for a national salvation understanding", "calls for", "REQUEST", ("PRT", "GOV", "The President of Portugal Cavaco Silva"),
   ("PRT", "PTY", "the governing coalition PSD and CDS-PP"), A()),
  ("the Socialists said they will not support such Government", "will not support", "REJECT", ("PRT", "OPP", "the Socialists"),
   ("PRT", "GOV", "the President's"), A(alts=[{"type": "ACCUSE"}], note="refusing the President's proposal")),
  ("the Socialists said they will not support such Government", "will not support", "SUPPORT", ("PRT", "OPP", "the Socialists"),
   ("PRT", "GOV", "such Government"), A(neg=True)),
  ("the Socialists said they will not support such Government", "called for early elections", "REQUEST", ("PRT", "OPP", "the Socialists"),
   ("PRT", "GOV", None), A(alts=[{"target": None}]))],
 "wcep-2010-11-20-010": [
  ("is welcoming Iran's invitation", "is welcoming", "SUPPORT", ("UN", "IGO", "United Nations Secretary-General Ban Ki-moon"),
   ("IRN", "GOV", "Iran's"), A(alts=[{"type": "AGREE"}], note="welcoming an act = praise (CAMEO 051)")),
  ("is welcoming Iran's invitation", "invitation for a visit", "AGREE", ("IRN", "GOV", "Iran's"),
   ("UN", "IGO", "the United Nations' human rights chief, Navi Pillay"), A(note="an invitation for a visit next year (offer/scheduled visit = AGREE)"))],
 "wcep-2006-06-13-005": [
  ("Israeli investigation brings evidence", "the Gaza beach blast", "ASSAULT", (None, None, None), ("PSE", "CVL", "seven Palestenian civilians"),
   A(opt=True, alts=[{"source": "ISR"}], note="the blast's cause is disputed in the text: no doer fixed")),
  ("Israeli investigation brings evidence", "as stated by", "ACCUSE", ("PSE", "GOV", "the Hamas-led Palestenian government"),
   ("ISR", "MIL", None), A(opt=True, note="the earlier Palestinian claim of Israeli shelling, passing back-reference")),
  ("Israeli investigation brings evidence", "Israeli investigation", "ACCUSE", ("ISR", "MIL", "Israeli"), ("ISR", "MIL", None),
   A(opt=True, note="an army inquiry into its own fire; its finding is a denial, no event")),
  ("asserts than an Israeli shelling caused the tragedy", "asserts", "ACCUSE",
   ("HRW", "NGO", "A former Pentagon official paid by the Human Rights Watch organization"), ("ISR", "MIL", "an Israeli shelling"),
   A(alts=[{"source": "USA"}], note="HRW's expert blames Israeli shelling")),
  ("asserts than an Israeli shelling caused the tragedy", "shelling", "ASSAULT", ("ISR", "MIL", "an Israeli shelling"),
   ("PSE", "CVL", None), A(opt=True, rep=True, repeat=0, note="the asserted shelling, disputed")),
  ("retracts earlier skeptic remarks", "retracts", "CONCEDE", ("UN", "IGO", "United Nations Secretary-General Kofi Annan"),
   ("ISR", "GOV", "Israel's"), A(alts=[{"type": "SUPPORT"}], note="a retraction of criticism")),
  ("retracts earlier skeptic remarks", "skeptic remarks", "ACCUSE", ("UN", "IGO", "United Nations Secretary-General Kofi Annan"),
   ("ISR", "GOV", "Israel's"), A(opt=True, note="the earlier remarks, back-reference")),
  ("reports numerous flaws in the Palestenian footage", "reports numerous flaws", "ACCUSE", ("DEU", "MED", "Süddeutsche Zeitung"),
   ("PSE", None, "Palestenian"), A(opt=True, note="a newspaper on the footage: no political actor fixed")),
  ("Subsequent examination of the evidence by The Guardian", "supports", "SUPPORT", ("GBR", "MED", "The Guardian"),
   ("HRW", "NGO", "the Human Rights Watch"), A(opt=True, note="a newspaper backing an NGO's assessment"))],
 "wcep-2006-12-16-003": [
  ("calls for early legislative elections", "calls for", "REQUEST", ("PSE", "GOV", "Palestinian National Authority President Mahmoud Abbas"),
   ("PSE", "PTY", "the Hamas party"), A(opt=True, alts=[{"target": None}], note="a call for early elections, aimed at the Hamas "
   "government; adjudication D6: a leader calling early elections is optional (no PLOVER type; elections are no events)")),
  ("calls for early legislative elections", "the stalemate in creating a national unity government", "CONSULT",
   ("PSE", "GOV", "Palestinian National Authority President Mahmoud Abbas"), ("PSE", "PTY", "the Hamas party"),
   A(opt=True, note="the stalled unity talks, described"))],
 "wcep-2011-03-31-005": [
  ("seeks refuge in the South African ambassador's home", "seeks refuge", "REQUEST", ("CIV", "MIL", "Disputed President Laurent Gbagbo's army chief Phillippe Mangou"),
   ("ZAF", "GOV", "the South African ambassador's"), A(alts=[{"type": "RETREAT"}], note="asking a foreign mission for protection (a defection from Gbagbo)")),
  ("seeks refuge in the South African ambassador's home", "seeks refuge", "AID", ("ZAF", "GOV", "the South African ambassador's"),
   ("CIV", "MIL", "Disputed President Laurent Gbagbo's army chief Phillippe Mangou"), A(opt=True, note="refuge given, implicit"))],
 "wcep-2025-09-27-003": [
  ("orders the deployment of troops to Portland", "orders the deployment of troops", "MOBILIZE", ("USA", "GOV", "U.S. president Donald Trump"),
   ("USA", None, "Portland, Oregon"), A(alts=[{"target": None}])),
  ("orders the deployment of troops to Portland", "has directed", "REQUEST", ("USA", "GOV", "he"), ("USA", "MIL", "defense secretary Pete Hegseth"),
   A(opt=True, note="an order to a subordinate, inside the government"))],
 "wcep-2015-08-24-018": [
  ("calls for new elections", "calls for new elections", "REQUEST", ("TUR", "GOV", "The President of Turkey Recep Tayyip Erdoğan"), None,
   A(opt=True, note="a snap election called by the president: no addressee, no clear type"))],
}
if __name__ == "__main__":
    write("a", "check", ann)
