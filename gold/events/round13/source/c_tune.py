"""Round-13 event gold (issue 13, round 24, branch g13c), annotator c, tune items of deal.json["c"]: the
hand-written records (fragment locating the sentence, trigger, type, source, target, flags), coded from the
texts alone before detente was run on them and without reading annotators a's and b's files.
`python gold/events/round13/source/c_tune.py` writes parts/c.tune.jsonl."""
import sys; sys.path.insert(0, __import__('os').path.dirname(__file__))
from write_c import write
A = lambda **k: k
ann = {
 "wcep-2012-12-03-003": [
  ("re-establishes control over Goma", "re-establishes control over Goma", "ASSAULT",
   ("COD", "GOV", "The Congolese government"), ("COD", "REB", "M23 rebels"),
   A(alts=[{"type": "COERCE"}, {"type": "MOBILIZE"}],
     note="retaking a city held by rebels (as round 12's 'take control of' the countryside: ASSAULT, COERCE alternative)")),
  ("re-establishes control over Goma", "re-establishes control over Goma from M23 rebels", "RETREAT",
   ("COD", "REB", "M23 rebels"), ("COD", "GOV", "The Congolese government"),
   A(opt=True, note="the rebels' loss or withdrawal of the city, implicit (weak implicit act)")),
 ],
 "wcep-2013-09-10-012": [],
 "wcep-2023-11-13-004": [
  ("lower the UN flag to half-mast", "killed by Israeli attacks", "ASSAULT",
   ("ISR", "MIL", "Israeli"), ("UN", "IGO", "101 UN workers"),
   A(note="killings by a named doer over the current war, the object of the news act (round 4: required when the "
          "doer is named and the act is recent); the flag lowering itself is a commemoration, no PLOVER type")),
 ],
 "wcep-2016-11-27-005": [
  ("An Israeli Army patrol kills four", "kills", "ASSAULT", ("ISR", "MIL", "An Israeli Army patrol"),
   ("IS", "REB", "four ISIL-affiliated militants"),
   A(alts=[{"target": "SYR"}], note="ISIL-affiliated group coded IS (detente's code), the place's country as alternative")),
  ("An Israeli Army patrol kills four", "open fire", "ASSAULT", ("IS", "REB", "they"),
   ("ISR", "MIL", "An Israeli Army patrol"),
   A(alts=[{"source": "SYR"}], note="the militants' own act with its own verb, not a nominal 'clash': a record of its own")),
 ],
 "wcep-2004-09-21-002": [
  ("addresses a skeptical United Nations audience", "addresses", "CONSULT",
   ("USA", "GOV", "Bush"), ("UN", "IGO", "United Nations"),
   A(note="the splitter cuts after 'W.'; addressing the UN (General Assembly) to discuss his plans: the news act; Putin's address to the Duma "
          "was optional only because it was a side remark")),
 ],
 "wcep-2022-01-21-014": [
  ("Argentina formally requests that Russia arrest", "formally requests", "REQUEST", ("ARG", "GOV", "Argentina"),
   ("RUS", "GOV", "Russia"), A(note="asking a state to arrest a foreign minister")),
  ("Argentina formally requests that Russia arrest", "the accusation by Argentina", "ACCUSE",
   ("ARG", "GOV", "Argentina"), ("IRN", "GOV", "Iranian minister Mohsen Rezai"),
   A(note="the accusation restated by the request it grounds (round 12 D4: the recent legal act by a named doer "
          "behind the news act is required)")),
  ("Argentina formally requests that Russia arrest", "the 1994 AMIA bombing", "ASSAULT", (None, None, None),
   ("ARG", "CVL", None), A(opt=True, alts=[{"source": "IRN"}],
                           note="1994 background; the text gives the Iranian link only as Argentina's accusation")),
  ("Russia did not immediately respond", "did not immediately respond", "REJECT", ("RUS", "GOV", "Russia"),
   ("ARG", "GOV", None), A(opt=True, neg=True, note="no answer yet: not a refusal")),
 ],
 "wcep-2007-03-08-007": [
  ("departs on a tour of Latin America", "tour of Latin America that will take him to", "AGREE",
   ("USA", "GOV", "Bush"), ("BRA", "GOV", "Brazil"),
   A(alts=[{"type": "CONSULT"}], note="scheduled visits of a tour under way (CONVENTIONS: scheduled visits = AGREE); "
                                      "one record per country named")),
  ("departs on a tour of Latin America", "tour of Latin America that will take him to", "AGREE",
   ("USA", "GOV", "Bush"), ("URY", "GOV", "Uruguay"), A(alts=[{"type": "CONSULT"}])),
  ("departs on a tour of Latin America", "tour of Latin America that will take him to", "AGREE",
   ("USA", "GOV", "Bush"), ("COL", "GOV", "Colombia"), A(alts=[{"type": "CONSULT"}])),
  ("departs on a tour of Latin America", "tour of Latin America that will take him to", "AGREE",
   ("USA", "GOV", "Bush"), ("GTM", "GOV", "Guatemala"), A(alts=[{"type": "CONSULT"}])),
  ("departs on a tour of Latin America", "tour of Latin America that will take him to", "AGREE",
   ("USA", "GOV", "Bush"), ("MEX", "GOV", "Mexico"), A(alts=[{"type": "CONSULT"}])),
  ("he is greeted with protest demonstrations", "protest demonstrations", "PROTEST", ("BRA", "CVL", None),
   ("USA", "GOV", "he"), A(alts=[{"source": None}], note="demonstrators in São Paulo against the visiting president")),
 ],
 "wcep-2019-07-29-011": [
  ("After two FARC leaders go into hiding", "drug trafficking charges in Colombia", "ACCUSE", ("COL", "JUD", "Colombia"),
   ("COL", "REB", "two FARC leaders"), A(opt=True, note="standing charges named as the cause of the hiding; their "
                                                          "date is not given and no doer is named beyond the country")),
  ("After two FARC leaders go into hiding", "charges in Colombia and the United States", "ACCUSE",
   ("USA", "JUD", "the United States"), ("COL", "REB", "two FARC leaders"), A(opt=True)),
  ("After two FARC leaders go into hiding", "they are welcome to take refuge in his country", "AGREE",
   ("VEN", "GOV", "Venezuelan President Nicolás Maduro"), ("COL", "REB", "they"),
   A(alts=[{"type": "AID"}, {"type": "SUPPORT"}], note="an offer of refuge (offer = AGREE; granting asylum is AID)")),
  ("He also welcomes other FARC rebels to Venezuela", "welcomes", "AGREE", ("VEN", "GOV", "He"),
   ("COL", "REB", "other FARC rebels"), A(alts=[{"type": "AID"}, {"type": "SUPPORT"}],
                                          note="the same offer widened to other rebels: a record of its own, same triple")),
  ("He also welcomes other FARC rebels to Venezuela", "calling them", "SUPPORT", ("VEN", "GOV", "He"),
   ("COL", "REB", "them"), A(note="praise ('leaders of peace')")),
 ],
 "wcep-2024-07-24-016": [
  ("closes the Islamic Centre Hamburg", "closes", "COERCE",
   ("DEU", "GOV", "German Interior Minister Nancy Faeser"), ("DEU", "REL", "the Islamic Centre Hamburg"),
   A(alts=[{"target": "IRN"}, {"type": "SANCTION"}], note="a ban of an organisation; the text ties it to Iran's leader")),
  ("closes the Islamic Centre Hamburg", "allegedly propagating extremism", "ACCUSE",
   ("DEU", "GOV", "German Interior Minister Nancy Faeser"), ("DEU", "REL", "the Islamic Centre Hamburg"),
   A(opt=True, alts=[{"target": "IRN"}], note="the grounds of the ban, stated with it")),
  ("The Iranian Foreign Ministry summons", "summons the German ambassador", "ACCUSE",
   ("IRN", "GOV", "The Iranian Foreign Ministry"), ("DEU", "GOV", "the German ambassador"),
   A(note="summoning an ambassador = ACCUSE (CONVENTIONS)")),
 ],
 "wcep-2022-02-12-010": [
  ("Bahraini authorities confirm", "will be stationed inside the country", "AGREE",
   ("BHR", "GOV", "Bahraini authorities"), ("ISR", "MIL", "an Israeli military officer"),
   A(rep=True, alts=[{"type": "COOPERATE"}, ("MOBILIZE", "ISR", "BHR")],
     note="an agreed future military posting (intent to cooperate militarily, CAMEO 0312 -> AGREE), confirmed by the host")),
  ("This is the first time an Israeli officer", "has been sent to a military post", "MOBILIZE",
   ("ISR", "MIL", "an Israeli officer"), (None, None, "the Arab World"),
   A(opt=True, alts=[{"target": "BHR"}], note="the author's characterisation of the same posting")),
 ],
 "wcep-2008-10-24-002": [
  ("The government of Djibouti has said", "will have to go to war with Eritrea", "THREATEN",
   ("DJI", "GOV", "The government of Djibouti"), ("ERI", "GOV", "Eritrea"),
   A(alts=[{"type": "REQUEST", "target": "UN"}], note="a conditional warning of war (ultimatum = THREATEN)")),
  ("The government of Djibouti has said", "unless the United Nations acts", "REQUEST",
   ("DJI", "GOV", "The government of Djibouti"), ("UN", "IGO", "the United Nations"),
   A(opt=True, note="the implied call on the UN to act (weak implicit)")),
 ],
 "wcep-2004-12-06-002": [
  ("Gerry Adams recommends", "support a British-Irish power-sharing plan", "SUPPORT",
   ("GBR", "PTY", "Sinn Féin leader Gerry Adams"), ("GBR", "GOV", "British-Irish"),
   A(alts=[{"source": "IRL"}], note="endorsing the two governments' plan; one record per government; Sinn Féin "
                                    "(Northern Ireland) coded GBR, IRL alternative")),
  ("Gerry Adams recommends", "support a British-Irish power-sharing plan", "SUPPORT",
   ("GBR", "PTY", "Sinn Féin leader Gerry Adams"), ("IRL", "GOV", "British-Irish"), A(alts=[{"source": "IRL"}])),
  ("Gerry Adams recommends", "recommends", "REQUEST", ("GBR", "PTY", "Sinn Féin leader Gerry Adams"),
   ("GBR", "PTY", "Sinn Féin"), A(opt=True, alts=[{"source": "IRL", "target": "IRL"}],
                                 note="a leader's recommendation to his own party")),
 ],
 "wcep-2008-10-29-007": [],
}
if __name__ == "__main__":
    write("tune", ann)
