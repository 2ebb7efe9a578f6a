"""Round-4 event gold, check half (held out: aggregates only): the hand-written records (fragment
locating the sentence, trigger, type, source, target, flags). `python gold/events/round4/source/check.py`
writes check.jsonl."""
import sys; sys.path.insert(0, __import__('os').path.dirname(__file__))
from write import write
A = lambda **k: k
ann = {
 "wcep-2003-02-07-005": [
  ("President George W. Bush ordered the government to draw up guidelines for cyber-attacks", "draw up guidelines for cyber-attacks", "MOBILIZE", ("USA", "GOV", "Bush"), None,
   A(opt=True, rep=True, alts=[{"type": "THREATEN"}], note="planning for cyber-attacks on unnamed enemies: weak; according to a press report"))],
 "wcep-2003-11-13-014": [
  ("redoubling military efforts", "redoubling military efforts against", "ASSAULT", ("USA", "GOV", "the White House"), ("IRQ", "REB", "insurgents"),
   A(alts=[{"type": "MOBILIZE"}, {"target": None}], note="an intensified military operation (Operation Iron Hammer); the insurgents are in Iraq")),
  ("redoubling military efforts", "growing insurgency", "ASSAULT", ("IRQ", "REB", None), None,
   A(opt=True, alts=[{"target": "USA"}], note="vague setting, no doer or target named")),
  ("redoubling military efforts", "increasing criticism", "ACCUSE", ("USA", None, None), ("USA", "GOV", "the White House"),
   A(opt=True, alts=[{"source": None}], note="critics unnamed; nominal setting")),
  ("redoubling military efforts", "accelerating the timetable for Iraqi self-government", "CONCEDE", ("USA", "GOV", "the White House"), ("IRQ", "GOV", None),
   A(opt=True, alts=[{"type": "AGREE"}], note="a faster hand-over of power: weak implicit act"))],
 "wcep-2005-04-28-001": [
  ("voted overwhelmingly to approve", "voted overwhelmingly to approve", "SUPPORT", ("IRQ", "LEG", "the National Assembly"), ("IRQ", "GOV", "a Shi'a-led cabinet"),
   A(opt=True, alts=[{"type": "AGREE"}], note="a parliamentary vote installing a cabinet: doubtful as an event (as a no-confidence vote), so optional"))],
 "wcep-2005-06-06-002": [
  ("police arrest more than 500 students", "arrest", "COERCE", ("ETH", "COP", "police"), ("ETH", "CVL", "more than 500 students")),
  ("police arrest more than 500 students", "protest against", "PROTEST", ("ETH", "CVL", "students"), None,
   A(alts=[{"target": "ETH"}], note="protest against the elections (no actor named as target)")),
  ("The ruling EPRDF party claims victory", "opposition protests", "PROTEST", ("ETH", "OPP", "opposition"), ("ETH", "PTY", "The ruling EPRDF party"),
   A(alts=[{"target": None}], note="recent protests, doer named")),
  ("The ruling EPRDF party claims victory", "complaints of electoral fraud", "ACCUSE", None, None,
   A(opt=True, alts=[{"source": "ETH"}, {"target": "ETH"}, {"source": "ETH", "target": "ETH"}], note="complainants unnamed: passing reference"))],
 "wcep-2005-06-24-008": [
  ("will boycott the election", "will boycott the election", "PROTEST", ("IRN", "NGO", "Nobel Laureate Shirin Ebadi"), None,
   A(alts=[{"target": "IRN"}, {"source": None}], note="announced boycott; Shirin Ebadi = Iran (world knowledge)"))],
 "wcep-2005-07-25-017": [
  ("twin suicide car bomb attack", "twin suicide car bomb attack on", "ASSAULT", None, ("IRQ", "COP", "police checkpoints"),
   A(note="attackers not named; the news itself"))],
 "wcep-2006-02-07-001": [
  ("Private Andrei Sychov, an 18-year-old conscript soldier who was so severely beaten", "was so severely beaten", "ASSAULT", ("RUS", "MIL", None), ("RUS", "MIL", "Private Andrei Sychov"),
   A(alts=[{"source": None}], note="hazing at his base: beaten by fellow soldiers (the text fixes the army; Russia from the next sentence)")),
  ("The incident has caused uproar", "addressing the State Duma", "CONSULT", ("RUS", "GOV", "President Putin"), ("RUS", "LEG", "the State Duma"),
   A(opt=True, note="an address to parliament on the issue: weak")),
  ("The incident has caused uproar", "caused uproar", "ACCUSE", ("RUS", "CVL", None), ("RUS", "MIL", None),
   A(opt=True, alts=[{"source": None}], note="public outrage at the army: weak implicit act")),
  ("Sixteen soldiers officially died", "died in hazing incidents", "ASSAULT", ("RUS", "MIL", None), ("RUS", "MIL", "Sixteen soldiers"),
   A(opt=True, note="last year: background"))],
 "wcep-2006-10-23-008": [
  ("signs a coalitionary agreement", "signs a coalitionary agreement", "AGREE", ("ISR", "PTY", "Avigdor Liberman"), ("ISR", "GOV", "Israeli Prime Minister Ehud Olmert"),
   A(alts=[{"type": "COOPERATE"}]))],
 "wcep-2006-11-04-010": [
  ("drops amnesty provisions", "drops amnesty provisions", "CONCEDE", ("FJI", "GOV", "Fijian Prime Minister Laisenia Qarase"), ("FJI", "MIL", "the military"),
   A(alts=[{"type": "REJECT"}], note="a policy dropped under the military's pressure")),
  ("drops amnesty provisions", "threats from the military to remove him", "THREATEN", ("FJI", "MIL", "the military"), ("FJI", "GOV", "him"),
   A(note="recent threat, doer named")),
  ("drops amnesty provisions", "the 2000 coup", "ASSAULT", ("FJI", None, "the leaders of the 2000 coup"), None,
   A(opt=True, alts=[{"type": "COERCE"}, {"target": "FJI"}, {"type": "COERCE", "target": "FJI"}], note="2000: background"))],
 "wcep-2007-02-20-005": [
  ("rules 2-1 to uphold", "rules 2-1 to uphold", "COERCE", ("USA", "JUD", "The United States Court of Appeals for the District of Columbia Circuit"), (None, "CVL", "Guantánamo Bay detainees"),
   A(alts=[{"type": "REJECT"}], note="a ruling keeping the detainees out of the courts: COERCE as for a court order restricting someone (REJECT alternative); detainees' countries not stated")),
  ("rules 2-1 to uphold", "rules 2-1 to uphold", "SUPPORT", ("USA", "JUD", "The United States Court of Appeals for the District of Columbia Circuit"), ("USA", "LEG", "the 109th Congress"),
   A(opt=True, note="upholding Congress's act")),
  ("rules 2-1 to uphold", "removing the right of", "COERCE", ("USA", "LEG", "the 109th Congress"), (None, "CVL", "Guantánamo Bay detainees"),
   A(opt=True, note="the 2006 act: passing reference")),
  ("rules 2-1 to uphold", "their detention", "COERCE", ("USA", None, None), (None, "CVL", "Guantánamo Bay detainees"),
   A(opt=True, note="the detention itself: passing reference")),
  ("suspends the right to habeas corpus", "bars", "COERCE", ("USA", "LEG", None), (None, "CVL", "anyone deemed an \"enemy combatant\""),
   A(opt=True, repeat=2, note="the act's content described"))],
 "wcep-2007-08-17-020": [
  ("have their sentences reduced", "have their sentences reduced", "CONCEDE", ("IDN", "GOV", None), ("IDN", "REB", "Six Islamic militants"),
   A(alts=[{"type": "RETREAT"}, {"source": None}, {"target": None}, {"source": None, "target": None}],
     note="punishment eased (as a commutation); the authority is not named; Bali = Indonesia")),
  ("have their sentences reduced", "their sentences", "COERCE", ("IDN", "JUD", None), ("IDN", "REB", "Six Islamic militants"),
   A(opt=True, note="the sentences passed earlier: background")),
  ("have their sentences reduced", "the 2002 Bali bombings", "ASSAULT", ("IDN", "REB", "Six Islamic militants"), ("IDN", None, None),
   A(opt=True, note="2002: background"))],
 "wcep-2008-06-20-003": [
  ("marched to the Government House", "marched to the Government House", "PROTEST", ("THA", "OPP", "People's Alliance for Democracy"), ("THA", "GOV", "the Prime Minister, Samak Sundaravej"),
   A(note="Bangkok = Thailand")),
  ("marched to the Government House", "demand that", "REQUEST", ("THA", "OPP", "People's Alliance for Democracy"), ("THA", "GOV", "the Prime Minister, Samak Sundaravej"),
   A(alts=[{"type": "ACCUSE"}], note="demand to step down"))],
 "wcep-2009-02-08-002": [
  ("Venezuela arrests 11 people", "arrests", "COERCE", ("VEN", "GOV", "Venezuela"), ("VEN", "CVL", "11 people"),
   A(alts=[{"target": None}])),
  ("Venezuela arrests 11 people", "an attack last week on", "ASSAULT", None, ("VEN", "REL", "a Caracas synagogue"),
   A(opt=True, alts=[{"source": "VEN"}], note="back-reference (last week), attackers not named"))],
 "wcep-2009-02-12-009": [
  ("Taliban militants kill 26 people", "kill", "ASSAULT", ("AFG", "REB", "Taliban militants"), ("AFG", "GOV", "three government buildings"),
   A(alts=[{"source": None}], note="attacks on government buildings in Kabul; 26 people killed (same pair)"))],
 "wcep-2009-11-05-006": [
  ("in a shooting at the Fort Hood U.S. Army base in Texas", "a shooting at", "ASSAULT", None, ("USA", "MIL", "the Fort Hood U.S. Army base"),
   A(note="shooter not named"))],
 "wcep-2010-05-10-004": [
  ("nominates Solicitor General Elena Kagan", "nominates", "SUPPORT", ("USA", "GOV", "President Obama"), ("USA", "GOV", "Solicitor General Elena Kagan"),
   A(opt=True, note="a nomination: appointments are no events, a system coding it is not wrong"))],
 "wcep-2010-05-19-009": [
  ("Hackers have attacked 81 Chinese government websites", "have attacked", "ASSAULT", None, ("CHN", "GOV", "81 Chinese government websites"),
   A(rep=True, alts=[{"type": "COERCE"}], note="cyber-attacks by unnamed hackers, according to released figures"))],
 "wcep-2010-09-12-024": [
  ("Taxpayer March on Washington (also known as the 9/12 Tea Party) takes place", "Taxpayer March on Washington", "PROTEST", ("USA", "CVL", None), ("USA", "GOV", None),
   A(alts=[{"target": None}], note="mass march against the federal government (the later sentence names Obama's proposals)")),
  ("people march from Freedom Plaza", "march", "PROTEST", ("USA", "CVL", "people"), ("USA", "GOV", None),
   A(repeat=0, alts=[{"target": None}])),
  ("The event coincided with other similar protests", "other similar protests", "PROTEST", ("USA", "CVL", None), ("USA", "GOV", None),
   A(opt=True, alts=[{"target": None}], note="the protests in other cities, doers unnamed")),
  ("The protesters rallied against", "rallied against", "PROTEST", ("USA", "CVL", "The protesters"), ("USA", "GOV", "President Barack Obama"),
   A(repeat=0))],
 "wcep-2011-06-12-002": [
  ("A bomb is detonated outside", "A bomb is detonated outside", "ASSAULT", None, ("CHN", "GOV", "a local government headquarters"),
   A(note="bomber not named")),
  ("This is the third explosion", "the third explosion outside", "ASSAULT", None, ("CHN", "GOV", "government facilities"),
   A(opt=True, note="the earlier explosions: back-reference, doers not named"))],
 "wcep-2012-10-15-011": [
  ("agree a deal setting out the terms", "agree a deal", "AGREE", ("GBR", "GOV", "British Prime Minister David Cameron"), ("GBR", "GOV", "Scottish First Minister Alex Salmond")),
  ("agree a deal setting out the terms", "at a meeting", "CONSULT", ("GBR", "GOV", "British Prime Minister David Cameron"), ("GBR", "GOV", "Scottish First Minister Alex Salmond"))],
 "wcep-2013-04-18-001": [
  ("the recent marathon attack", "the recent marathon attack", "ASSAULT", None, ("USA", "CVL", "the city of Boston"),
   A(opt=True, note="back-reference, attackers not named"))],
 "wcep-2013-12-23-003": [
  ("A mortar attack kills", "A mortar attack kills", "ASSAULT", None, ("IRQ", "MIL", "four Iraq army officers"),
   A(note="attackers not named"))],
}
write("check", ann)
