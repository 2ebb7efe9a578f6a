"""Round-12 event gold (issue 13, round 24), annotator a (branch g12a), own tune items: the hand-written
records (fragment locating the sentence, trigger, type, source, target, flags), coded from the texts alone
before detente was run on them. `python gold/events/round12/source/a_tune.py` writes parts/a.tune.jsonl."""
import sys; sys.path.insert(0, __import__('os').path.dirname(__file__))
from write import write
A = lambda **k: k
ann = {
 "wcep-2021-10-31-014": [
  ("says that he will not step down", "will not step down", "CONCEDE", ("SDN", "GOV", "Sudanese Prime Minister Abdalla Hamdok"),
   ("SDN", "MIL", "the military coup"), A(neg=True, note="refusing to resign under pressure")),
  ("says that he will not step down", "under house arrest", "COERCE", ("SDN", "MIL", "the military coup"),
   ("SDN", "GOV", "Sudanese Prime Minister Abdalla Hamdok"), A(note="the coup's detention of the prime minister, six days old and ongoing")),
  ("says that he will not step down", "the military coup", "ASSAULT", ("SDN", "MIL", "the military coup"),
   ("SDN", "GOV", None), A(opt=True, alts=[{"type": "COERCE"}], note="back-reference to the coup")),
  ("says that he will not step down", "will not step down", "REJECT", ("SDN", "GOV", "Sudanese Prime Minister Abdalla Hamdok"),
   ("SDN", "MIL", "the military coup"), A(alts=[{"target": None}], note="adjudication (notes/adjudication.md D2): refusing to yield "
   "under pressure is REJECT, not only a negated act (round 5: 'will not reconsider' = REJECT); the negated CONCEDE stays beside it"))],
 "wcep-2019-03-14-006": [],
 "wcep-2016-11-29-023": [],
 "wcep-2005-02-26-010": [
  ("Israel demands the PA arrest", "demands", "REQUEST", ("ISR", "GOV", "Israel"), ("PSE", "GOV", "the PA"),
   A(note="the demanded arrests and disarming are not events (not done)"))],
 "wcep-2005-04-17-008": [
  ("Talat endorses unification of Cyprus", "endorses", "SUPPORT", ("CYP", "GOV", "Talat"), ("EU", "IGO", "the European Union"),
   A(opt=True, alts=[{"target": None}, {"target": "CYP"}],
   note="endorsing a policy (membership, unification), not an actor; Turkish Cypriot leader coded CYP. The election is no event"))],
 "wcep-2021-07-01-004": [
  ("requests a minimum wage increase", "requests", "REQUEST", ("SLV", "GOV", "President Nayib Bukele"), None,
   A(opt=True, note="a policy proposal with no addressee named")),
  ("Bukele also orders more food handouts", "orders more food handouts", "AID", ("SLV", "GOV", "Bukele"), ("SLV", "CVL", None),
   A(opt=True, alts=[{"type": "AGREE"}], note="ordered relief to the hungry population (the poor Salvadorans of the sentence "
   "before); adjudication D7: domestic relief in a disaster (the pandemic) is optional (round 9)")),
  ("negotiations for a potential $1 billion financing program", "negotiations", "CONSULT", ("SLV", "GOV", None),
   ("IMF", "IGO", "the International Monetary Fund"), A(opt=True, note="ongoing negotiations described; the reshuffle is no event"))],
 "wcep-2009-11-21-001": [
  ("Protestors gather at the French Embassy", "gather", "PROTEST", ("IRL", "CVL", "Protestors"), ("FRA", "GOV", "the French Embassy in Dublin"),
   A(alts=[{"target": None}], note="protest over the FIFA handball dispute at France's embassy; FIFA is no code of ours"))],
 "wcep-2008-09-25-005": [
  ("A young Canadian man is found guilty", "found guilty", "COERCE", ("CAN", "JUD", None), ("CAN", "CVL", "A young Canadian man"),
   A(alts=[{"type": "ACCUSE"}], note="a conviction (as wikinews-2020-02-15-01)")),
  ("A young Canadian man is found guilty", "a plot to storm the Parliament of Canada", "ASSAULT", ("CAN", "CVL", None),
   ("CAN", "LEG", "the Parliament of Canada"), A(opt=True, alts=[{"target": "CAN"}],
   note="the 2006 plot, background and never carried out; the PM also named as target"))],
 "wcep-2022-02-25-027": [
  ("freezes all assets held by Russian President", "freezes all assets", "SANCTION", ("EU", "IGO", "The European Union"),
   ("RUS", "GOV", "Russian President Vladimir Putin"), A(alts=[{"type": "COERCE"}])),
  ("freezes all assets held by Russian President", "freezes all assets", "SANCTION", ("EU", "IGO", "The European Union"),
   ("RUS", "GOV", "Foreign Minister Sergey Lavrov"), A(alts=[{"type": "COERCE"}]))],
 "wcep-2022-03-12-002": [
  ("Russia warns that it could fire", "warns", "THREATEN", ("RUS", "GOV", "Russia"), ("NATO", "IGO", "NATO"),
   A(alts=[{"target": "UKR"}], note="threat to strike the alliance's arms shipments")),
  ("Russia warns that it could fire", "armaments shipments", "AID", ("NATO", "IGO", "NATO"), ("UKR", None, "Ukraine"),
   A(opt=True, note="the (future) arms shipments, named only inside the threat"))],
 "wcep-2006-02-18-002": [
  ("threatens to cut off oil supplies", "threatens to cut off oil supplies", "THREATEN", ("VEN", "GOV", "Venezuelan president Hugo Chávez"),
   ("USA", "GOV", None), A(alts=[{"target": None}], note="oil supplies to the US (Rice's claim in the next cut); the splitter cuts at 'U.S.'")),
  ("Secretary of State Condoleezza Rice claims", "claims", "ACCUSE", ("USA", "GOV", "Secretary of State Condoleezza Rice"),
   ("VEN", "GOV", "the Venezuelan government"), A(note="criticism: 'one of the biggest problems'"))],
 "wcep-2004-01-15-002": [
  ("his ministry was accused of diverging", "was accused", "ACCUSE", (None, None, None), ("KOR", "GOV", "his ministry"),
   A(opt=True, alts=[{"source": "KOR"}], note="accuser not named, the accusation told as the cause of the resignation: "
   "optional with a null source (adjudication D3: round 5's 'accusations with unnamed accusers', round 4's back-references)")),
  ("his ministry was accused of diverging", "resigns", "CONCEDE", ("KOR", "GOV", "South Korea's foreign minister Yoon Young-kwan"),
   None, A(opt=True, alts=[{"target": "KOR"}], note="a resignation under pressure (optional, as in NOTES.md)"))],
 "wcep-2015-12-11-012": [
  ("says he will not negotiate with armed groups", "will not negotiate", "REJECT", ("SYR", "GOV", "Syrian President Bashar al-Assad"),
   ("SYR", "REB", "armed groups"), A(note="refusing negotiations (CAMEO 125) the opposition just proposed a framework for")),
  ("says he will not negotiate with armed groups", "will not negotiate", "CONSULT", ("SYR", "GOV", "Syrian President Bashar al-Assad"),
   ("SYR", "REB", "armed groups"), A(neg=True)),
  ("says he will not negotiate with armed groups", "agreed on a framework", "AGREE", ("SYR", "OPP", "the Syrian opposition's"),
   ("SYR", "GOV", None), A(alts=[{"target": None}], note="the opposition groups agree among themselves on a framework for negotiations with the government")),
  ("says he will not negotiate with armed groups", "meeting", "CONSULT", ("SYR", "OPP", "the Syrian opposition's"),
   ("SYR", "OPP", None), A(opt=True, alts=[{"target": "SAU"}], note="the opposition's own meeting in Riyadh")),
  ("Russia and the United States are working to set up", "are working to set up", "COOPERATE", ("RUS", "GOV", "Russia"),
   ("USA", "GOV", "the United States"), A(alts=[{"type": "CONSULT"}, {"type": "AGREE"}], note="joint work towards peace talks")),
  ("Russia and the United States are working to set up", "put a damper on", "REJECT", ("SYR", "GOV", "Assad's"),
   ("RUS", "GOV", "Russia"), A(opt=True, note="the statement's effect on the talks, the author's reading"))],
 "wcep-2003-12-25-006": [
  ("An Israeli helicopter gunship attacks a car", "attacks", "ASSAULT", ("ISR", "MIL", "An Israeli helicopter gunship"),
   ("PSE", "REB", "Islamic Jihad commander Mekled Hameid"), A()),
  ("An Israeli helicopter gunship attacks a car", "attacks", "ASSAULT", ("ISR", "MIL", "An Israeli helicopter gunship"),
   ("PSE", "CVL", "two bystanders"), A())],
 "wcep-2004-10-15-006": [
  ("Indonesian prosecutors file charges", "file charges", "ACCUSE", ("IDN", "JUD", "Indonesian prosecutors"),
   ("IDN", "REL", "Abu Bakar Bashir"), A(note="Bashir, a cleric (REB defensible); the Bali accusation is the same act in the same sentence")),
  ("Indonesian prosecutors file charges", "bomb attack on a Jakarta hotel", "ASSAULT", ("IDN", "REB", None),
   ("IDN", "BUS", "a Jakarta hotel"), A(opt=True, rep=True, alts=[{"source": None}], note="the 2003 bombing, background over a year before")),
  ("Indonesian prosecutors file charges", "the 2002 Bali terrorist bombing", "ASSAULT", ("IDN", "REB", None), None,
   A(opt=True, rep=True, alts=[{"source": None}], note="2002 background"))],
 "wcep-2009-06-21-013": [
  ("following protests over the recent election", "protests", "PROTEST", ("IRN", "CVL", None), ("IRN", "GOV", None),
   A(rep=True, alts=[{"target": None}], note="protests over the election result")),
  ("following protests over the recent election", "are dead", "ASSAULT", ("IRN", None, None), ("IRN", "CVL", "at least ten people"),
   A(opt=True, rep=True, alts=[{"source": None}], note="the killers are not named: weak implicit act"))],
 "wcep-2008-03-31-007": [],
 "wcep-2006-01-19-003": [
  ("warns that France could respond with nuclear weapons", "warns", "THREATEN", ("FRA", "GOV", "President Jacques Chirac"),
   (None, "GOV", None), A(note="against any state that sponsors a terrorist attack: no country named"))],
 "wcep-2004-10-11-006": [],
 "wcep-2013-08-17-004": [
  ("Syrian rebels attack a militia checkpoint", "attack", "ASSAULT", ("SYR", "REB", "Syrian rebels"), ("SYR", "MIL", "the NDF militia"),
   A(note="the NDF, a pro-government militia")),
  ("Syrian rebels attack a militia checkpoint", "killing", "ASSAULT", ("SYR", "REB", "Syrian rebels"), ("SYR", "CVL", "6 civilians"), A())],
 "wcep-2022-04-12-007": [
  ("Algerian authorities accuse Morocco", "accuse", "ACCUSE", ("DZA", "GOV", "Algerian authorities"), ("MAR", "GOV", "Morocco"), A()),
  ("Algerian authorities accuse Morocco", "attacking", "ASSAULT", ("MAR", "GOV", "Morocco"), ("DZA", "CVL", "an Algerian vehicle convoy"),
   A(rep=True, note="the alleged attack"))],
 "wcep-2014-11-27-010": [],
 "wcep-2021-07-23-001": [
  ("women's rights under the Taliban would now be respected", "would now be respected", "AGREE", ("AFG", "REB", "the Taliban"),
   ("AFG", "CVL", "women"), A(alts=[{"target": None}], note="a pledge (CAMEO 057) by the group's spokesman")),
  ("accused President Ashraf Ghani", "accused", "ACCUSE", ("AFG", "REB", "Shaheen"), ("AFG", "GOV", "President Ashraf Ghani"), A()),
  ("does not want to monopolize", "past failed attempts", "ASSAULT", (None, None, "countries"), ("AFG", None, "Afghanistan"),
   A(opt=True, note="background, no country named"))],
 "wcep-2014-12-09-001": [
  ("An Ansar al-Sharia suicide bomb attack", "suicide bomb attack", "ASSAULT", ("YEM", "REB", "An Ansar al-Sharia"),
   ("YEM", "MIL", "seven soldiers"), A(alts=[{"source": "AQ"}]))],
 "wcep-2023-02-13-008": [
  ("accuses the Russian government of planning", "accuses", "ACCUSE", ("MDA", "GOV", "President of Moldova Maia Sandu"),
   ("RUS", "GOV", "the Russian government"), A()),
  ("accuses the Russian government of planning", "planning a coup d'état attempt", "ASSAULT", ("RUS", "GOV", "the Russian government"),
   ("MDA", "GOV", "her"), A(opt=True, rep=True, alts=[{"type": "COERCE"}], note="an alleged plan, not carried out"))],
 "wcep-2003-10-15-001": [
  ("U.S. concessions to proposals from Russia", "concessions", "CONCEDE", ("USA", "GOV", "U.S."), ("RUS", "GOV", "Russia"), A()),
  ("U.S. concessions to proposals from Russia", "concessions", "CONCEDE", ("USA", "GOV", "U.S."), ("CHN", "GOV", "China"), A()),
  ("U.S. concessions to proposals from Russia", "concessions", "CONCEDE", ("USA", "GOV", "U.S."), ("PAK", "GOV", "Pakistan"), A()),
  ("U.S. concessions to proposals from Russia", "ensure their support", "SUPPORT", ("RUS", "GOV", "Russia"), ("USA", "GOV", "U.S."),
   A(alts=[{"target": "UN"}, {"type": "AGREE"}], note="support for the US-drafted resolution")),
  ("U.S. concessions to proposals from Russia", "ensure their support", "SUPPORT", ("CHN", "GOV", "China"), ("USA", "GOV", "U.S."),
   A(alts=[{"target": "UN"}, {"type": "AGREE"}])),
  ("U.S. concessions to proposals from Russia", "ensure their support", "SUPPORT", ("PAK", "GOV", "Pakistan"), ("USA", "GOV", "U.S."),
   A(alts=[{"target": "UN"}, {"type": "AGREE"}])),
  ("U.S. concessions to proposals from Russia", "proposals", "REQUEST", ("RUS", "GOV", "Russia"), ("USA", "GOV", "U.S."), A(opt=True)),
  ("U.S. concessions to proposals from Russia", "proposals", "REQUEST", ("CHN", "GOV", "China"), ("USA", "GOV", "U.S."), A(opt=True)),
  ("U.S. concessions to proposals from Russia", "proposals", "REQUEST", ("PAK", "GOV", "Pakistan"), ("USA", "GOV", "U.S."), A(opt=True)),
 ] + [
  ("was already supported by United Kingdom", "was already supported", "SUPPORT", (c, "GOV", n), ("USA", "GOV", "US"),
   A(opt=True, alts=[{"target": "UN"}], note="earlier support for the draft, passing back-reference"))
  for c, n in (("GBR", "United Kingdom"), ("ESP", "Spain"), ("CMR", "Cameroon"), ("BGR", "Bulgaria"), ("AGO", "Angola"),
               ("MEX", "Mexico"), ("CHL", "Chile"), ("GIN", "Guinea"))
 ] + [
  ("Russia agrees to act as a mediator", "agrees to act as a mediator", "AGREE", ("RUS", "GOV", "Russia"), (c, "GOV", n),
   A(alts=[{"target": "USA"}, {"target": None}], note="mediation to win over Germany and France for the compromise"))
  for c, n in (("DEU", "Germany"), ("FRA", "France"))],
 "wcep-2025-10-14-021": [],
}
if __name__ == "__main__":
    write("a", "tune", ann)
