"""Round-4 event gold, tune half: the hand-written records (fragment locating the sentence,
trigger, type, source, target, flags). `python gold/events/round4/source/tune.py` writes tune.jsonl."""
import sys; sys.path.insert(0, __import__('os').path.dirname(__file__))
from write import write
A = lambda **k: k
ann = {
 "wcep-2003-09-05-001": [
  ("announces that he will indefinitely postpone", "postpone plans", "CONCEDE", ("HKG", "GOV", "Hong Kong's leader Tung Chee-hwa"), ("HKG", "CVL", "public"),
   A(alts=[{"target": None}], note="an unpopular bill shelved after mass protests: a policy reversed under pressure")),
  ("announces that he will indefinitely postpone", "sparked massive public protests", "PROTEST", ("HKG", "CVL", "public"), ("HKG", "GOV", None),
   A(opt=True, alts=[{"target": None}], note="passing reference (the July 2003 protests) in a clause about the bill; the bill is the government's"))],
 "wcep-2003-11-14-008": [
  ("votes to expel", "votes to expel", "SANCTION", ("DEU", "OPP", "German opposition party CDU"), ("DEU", "LEG", "Member of Parliament Martin Hohmann"),
   A(note="expulsion from a party or body")),
  ("votes to expel", "widely criticised", "ACCUSE", None, ("DEU", "LEG", "he"),
   A(opt=True, alts=[{"source": "DEU"}], note="passive, critics unnamed; passing reference"))],
 "wcep-2003-12-22-003": [
  ("said the government would intervene", "said the government would intervene", "AGREE", ("ITA", "GOV", "Italian Prime Minister Silvio Berlusconi"), ("ITA", "BUS", "Parmalat"),
   A(alts=[{"type": "AID"}], note="a pledge to rescue a company: AGREE by convention (pledge), AID defensible"))],
 "wcep-2004-12-12-008": [
  ("schedules a protest for Dec. 18, demanding", "schedules a protest", "PROTEST", ("USA", "NGO", "The Civil Rights Coalition"), ("USA", "GOV", "officials"),
   A(alts=[{"target": None}, {"source": None, "target": None}],
     note="announced demonstration; re-vote / election fraud in December 2004 = the US presidential election (world knowledge; the text names no country)")),
  ("schedules a protest for Dec. 18, demanding", "demanding a re-vote", "REQUEST", ("USA", "NGO", "The Civil Rights Coalition"), ("USA", "GOV", None),
   A(alts=[{"target": None}, {"source": None, "target": None}], note="demand addressed to the (unnamed) authorities: a re-vote and prosecutions")),
  ("schedules a protest for Dec. 18, demanding", "the prosecution of officials involved in \"election fraud.\"", "ACCUSE", ("USA", "NGO", "The Civil Rights Coalition"), ("USA", "GOV", "officials"),
   A(opt=True, alts=[{"source": None, "target": None}], note="implicit accusation of fraud"))],
 "wcep-2005-05-08-009": [
  ("took over in a coup in 2003", "a coup", "ASSAULT", ("CAF", "MIL", "François Bozizé"), None,
   A(opt=True, alts=[{"type": "COERCE"}, {"target": "CAF"}, {"type": "COERCE", "target": "CAF"}],
     note="2003 coup: background over a year before; the ousted government is not named"))],
 "wcep-2005-06-03-002": [
  ("a suspicious package containing white powder", "a suspicious package containing white powder sent to", "THREATEN", None, ("AUS", "GOV", "Foreign Minister Alexander Downer"),
   A(opt=True, alts=[{"type": "ASSAULT"}], note="white-powder package to a minister, sender unknown: weak implicit threat")),
  ("Federal Police later deemed", "analysis continues", "ACCUSE", ("AUS", "COP", "Federal Police"), None,
   A(opt=True, note="investigation of the package; no actor as target"))],
 "wcep-2005-06-21-009": [
  ("Zapatista rebels are in alert", "are in alert", "MOBILIZE", ("MEX", "REB", "Zapatista rebels"), None,
   A(alts=[{"target": "MEX"}], note="rebels on alert; no adversary named in the sentence")),
  ("Zapatista rebels are in alert", "pulling out of villages", "RETREAT", ("MEX", "REB", "Zapatista rebels"), None,
   A(opt=True, alts=[{"type": "MOBILIZE"}, {"target": "MEX"}], note="withdrawal with no adversary named")),
  ("an army drug raid in Los Altos", "an army drug raid", "COERCE", ("MEX", "MIL", "army"), None,
   A(opt=True, alts=[{"target": "MEX"}, {"type": "ASSAULT"}], note="passing reference, offered as a possible reason; no one named as raided")),
  ("foreign aid workers can stay only at their own risk", "can stay only at their own risk", "THREATEN", ("MEX", "REB", "Subcomandante Marcos"), (None, "NGO", "foreign aid workers"),
   A(opt=True, note="a warning; whether of harm by the rebels is not said"))],
 "wcep-2005-07-21-009": [
  ("orders the army to stop offensive", "orders the army to stop offensive", "RETREAT", ("IDN", "GOV", "Indonesian president Susilo Bambang Yudhoyono"), ("IDN", "REB", "separatist rebels in Aceh"),
   A(alts=[{"type": "CONCEDE"}], note="an offensive halted after a peace deal: ceasefire declared")),
  ("orders the army to stop offensive", "offensive against", "ASSAULT", ("IDN", "MIL", "the army"), ("IDN", "REB", "separatist rebels in Aceh"),
   A(opt=True, note="the offensive being stopped: passing reference")),
  ("orders the army to stop offensive", "the acceptance of the new peace deal", "AGREE", ("IDN", "GOV", None), ("IDN", "REB", None),
   A(opt=True, note="passing reference; who accepted is not said (the deal is between the government and the Aceh rebels)"))],
 "wcep-2005-09-02-001": [
  ("amidst growing criticism", "growing criticism", "ACCUSE", None, ("USA", "GOV", "his"),
   A(opt=True, alts=[{"source": "USA"}], note="critics unnamed; nominal, setting of the tour")),
  ("Bush said order would be restored", "said order would be restored", "AGREE", ("USA", "GOV", "Bush"), ("USA", "CVL", "New Orleans"),
   A(opt=True, note="assurance to the city: weak implicit promise"))],
 "wcep-2006-01-07-003": [
  ("after unprecedented criticism", "unprecedented criticism", "ACCUSE", ("GBR", "LEG", "his party's MPs"), ("GBR", "PTY", "Charles Kennedy, Leader of the Liberal Democrats"),
   A(note="recent criticism by named critics (the resignation itself is no event)"))],
 "wcep-2006-03-12-008": [
  ("U.S. Senator Russ Feingold announces that he will introduce a motion of censure against President George W. Bush", "will introduce a motion of censure", "ACCUSE", ("USA", "LEG", "U.S. Senator Russ Feingold"), ("USA", "GOV", "President George W. Bush"),
   A(note="announced censure motion: formal condemnation"))],
 "wcep-2006-03-29-002": [
  ("accuse Apple Computer in court", "accuse", "ACCUSE", ("GBR", "BUS", "Apple Corps"), ("USA", "BUS", "Apple Computer"),
   A(opt=True, alts=[{"source": None, "target": None}, {"source": None}, {"target": None}],
     note="a lawsuit between companies: no political side, so not required; countries from world knowledge"))],
 "wcep-2006-06-01-007": [
  ("could be pardoned", "could be pardoned", "RETREAT", ("ITA", "GOV", "The new Italian Justice Minister, Clemente Mastella"), ("ITA", "CVL", "left-wing militant Adriano Sofri"),
   A(opt=True, alts=[{"type": "AGREE"}], note="a possible pardon announced: not yet an act"))],
 "wcep-2006-09-11-005": [
  ("the September 11, 2001 attacks", "attacks", "ASSAULT", None, ("USA", None, None),
   A(opt=True, note="2001 background; attackers not named"))],
 "wcep-2007-02-16-003": [
  ("set off a second bomb", "set off a second bomb", "ASSAULT", ("IRN", "REB", "Jundallah militants"), ("IRN", None, "Zahedan, Iran"),
   A(alts=[{"source": None}], note="bombing of a place: the place's country is the target; Jundallah = Iranian Baluch militants (world knowledge)")),
  ("Firefights with Iranian police", "Firefights", "ASSAULT", ("IRN", "REB", None), ("IRN", "COP", "Iranian police"),
   A(alts=[{"source": None}], note="two-sided firefight, one record; the militants of the sentence before"))],
 "wcep-2007-11-16-003": [
  ("rejects a plea", "rejects a plea", "REJECT", ("NPL", "JUD", "The Nepali Supreme Court"), None,
   A(alts=[{"target": "NPL"}], note="a petition refused; the petitioners are not named")),
  ("rejects a plea", "a plea for conducting", "REQUEST", None, ("NPL", "JUD", "The Nepali Supreme Court"),
   A(opt=True, alts=[{"source": "NPL"}], note="the petition itself: passing reference, petitioners unnamed"))],
 "wcep-2007-12-29-004": [
  ("Violence and looting ensue", "Violence and looting ensue", "ASSAULT", None, None,
   A(opt=True, alts=[{"source": "KEN"}, {"target": "KEN"}, {"source": "KEN", "target": "KEN"}, {"type": "PROTEST"},
                     {"type": "PROTEST", "source": "KEN"}, {"type": "PROTEST", "source": "KEN", "target": "KEN"}],
     note="post-election violence with deaths; neither doers nor victims named, so optional")),
  ("Violence and looting ensue", "claims of election fraud from both camps", "ACCUSE", ("KEN", "PTY", "both camps"), ("KEN", "PTY", "both camps"),
   A(note="mutual accusations of the two camps (Kibaki's and Odinga's): one Kenyan pair"))],
 "wcep-2008-10-07-012": [
  ("announces an extra 950 billion roubles", "new emergency credit for", "AID", ("RUS", "GOV", "President Dmitry Medvedev"), ("RUS", "BUS", "banks"),
   A(alts=[{"type": "AGREE"}], note="Medvedev, Kremlin = Russia; announced state credit to banks: AID (AGREE as pledge)"))],
 "wcep-2009-08-04-022": [
  ("commutes the sentences", "commutes the sentences", "CONCEDE", ("KEN", "GOV", "Kenyan President Mwai Kibaki"), ("KEN", "CVL", "more than 4,000 death row inmates"),
   A(alts=[{"type": "RETREAT"}], note="punishment eased (CAMEO 08 yield); RETREAT as for a pardon")),
  ("commutes the sentences", "the sentences", "COERCE", ("KEN", "JUD", None), ("KEN", "CVL", "more than 4,000 death row inmates"),
   A(opt=True, note="the death sentences passed earlier: background"))],
 "wcep-2009-08-22-007": [
  ("use tear gas to injure", "use tear gas to injure", "ASSAULT", ("NER", "COP", "Niger's police"), ("NER", "OPP", "several people"),
   A(alts=[{"type": "COERCE"}], note="tear gas used to injure: ASSAULT (COERCE as for crowd dispersal)")),
  ("use tear gas to injure", "arrest", "COERCE", ("NER", "COP", "Niger's police"), ("NER", "OPP", "several people")),
  ("use tear gas to injure", "clashes with", "ASSAULT", ("NER", "COP", "Niger's police"), ("NER", "OPP", "opponents of a new constitution"),
   A(opt=True, alts=[{"type": "PROTEST"}, {"type": "COERCE"}], note="the clashes in which the injuries and arrests happen")),
  ("use tear gas to injure", "opponents of a new constitution", "PROTEST", ("NER", "OPP", "opponents of a new constitution"), ("NER", "GOV", "President Mamadou Tandja"),
   A(opt=True, alts=[{"target": None}], note="their demonstration is implied by the clashes"))],
 "wcep-2010-10-23-026": [
  ("announces it will review", "will review a new language policy", "CONCEDE", ("CHN", "GOV", "The Chinese government"), ("CHN", "CVL", "Tibetan students"),
   A(alts=[{"type": "AGREE"}], note="a policy put under review after protests: concession under pressure (AGREE as promise)")),
  ("announces it will review", "protests by", "PROTEST", ("CHN", "CVL", "Tibetan students"), ("CHN", "GOV", "The Chinese government"),
   A(alts=[{"target": None}], note="recent protests with named doers against the government's policy"))],
 "wcep-2010-12-21-018": [
  ("is ousted in a vote of no confidence", "is ousted in a vote of no confidence", "ACCUSE", ("TUV", "LEG", None), ("TUV", "GOV", "Tuvalu Prime Minister Maatia Toafa"),
   A(opt=True, alts=[{"type": "SANCTION"}, {"type": "COERCE"}], note="a parliamentary vote removing a prime minister: doubtful as an event, so optional"))],
 "wcep-2011-07-03-004": [
  ("encircles the city of Hama", "encircles", "COERCE", ("SYR", "MIL", "The Syrian army"), ("SYR", "CVL", "the city of Hama"),
   A(alts=[{"type": "ASSAULT"}, {"type": "MOBILIZE"}], note="a city encircled: siege")),
  ("encircles the city of Hama", "one of the largest protests against", "PROTEST", ("SYR", "CVL", None), ("SYR", "GOV", "the regime of Bashar al-Assad"),
   A(opt=True, note="back-reference with no doer named (as the other such setting phrases of this set); protest in Hama, the sentence's place"))],
 "wcep-2012-08-16-008": [
  ("are forcibly led away", "are forcibly led away", "COERCE", ("GBR", "COP", "uniformed officers"), ("GBR", "CVL", "At least five supporters of Julian Assange"),
   A(alts=[{"target": None}, {"source": None, "target": None}], note="protesters removed by police in London (the next sentence names the British authorities)")),
  ("Some protesters use loudspeakers", "criticize", "ACCUSE", ("GBR", "CVL", "Some protesters"), ("GBR", "GOV", "British authorities"),
   A(alts=[{"source": None}])),
  ("Some protesters use loudspeakers", "use loudspeakers", "PROTEST", ("GBR", "CVL", "Some protesters"), ("GBR", "GOV", "British authorities"),
   A(opt=True, alts=[{"source": None}], note="their demonstration, implied")),
  ("Some protesters use loudspeakers", "threatening to breach", "THREATEN", ("GBR", "GOV", "British authorities"), ("ECU", "GOV", "the embassy"),
   A(alts=[{"target": None}], note="the embassy = Ecuador's (world knowledge; the text does not name the country)"))],
 "wcep-2013-07-03-002": [
  ("takes control of state TV studios", "takes control of", "COERCE", ("EGY", "MIL", "The Egyptian military"), ("EGY", "MED", "state TV studios"),
   A(note="seizure of state media")),
  ("takes control of state TV studios", "places a travel ban on", "COERCE", ("EGY", "MIL", "The Egyptian military"), ("EGY", "GOV", "Egyptian president Mohamed Morsi")),
  ("takes control of state TV studios", "places a travel ban on", "COERCE", ("EGY", "MIL", "The Egyptian military"), ("EGY", "PTY", "other Muslim Brotherhood leaders")),
  ("takes control of state TV studios", "military coup d'etat unfolds", "ASSAULT", ("EGY", "MIL", "military"), ("EGY", "GOV", None),
   A(alts=[{"type": "COERCE"}], note="a coup: ASSAULT as in the events dev set, COERCE defensible; the ousted president is named in the sentence")),
  ("takes control of state TV studios", "anti-government unrest", "PROTEST", ("EGY", "CVL", None), ("EGY", "GOV", None),
   A(opt=True, note="a week of unrest: passing reference, no doer named"))],
 "wcep-2013-09-27-004": [
  ("Tens of thousands march", "march", "PROTEST", ("BHR", "CVL", "Tens of thousands"), ("BHR", "GOV", None),
   A(note="anti-government protest in Bahrain"))],
 "wcep-2013-11-29-011": [
  ("A thousand protesters enter", "enter the headquarters", "PROTEST", ("THA", "CVL", "A thousand protesters"), ("THA", "MIL", "the Royal Thai Army"),
   A(alts=[{"source": None}], note="protesters occupying the army headquarters; their country from the place (Thailand)"))],
}
write("tune", ann)
