import sys; sys.path.insert(0, __import__('os').path.dirname(__file__))
from write import write
A = lambda **k: k
ann = {
 "wcep-2003-09-15-002": [
  ("rules unanimously", "rules unanimously that the California gubernatorial recall election be postponed", "COERCE",
   ("USA", "JUD", "The United States Court of Appeals for the Ninth Circuit"), ("USA", "GOV", "California"),
   A(alts=[{"type": "REJECT"}], note="a court ordering an election postponed: an order restricting the state (REJECT of the election schedule as alternative)"))],
 "wcep-2005-10-01-004": [
  ("She begins talks", "begins talks", "CONSULT", ("NZL", "GOV", "She"), ("NZL", "PTY", "minor party leaders"),
   A(note="She = Helen Clark, New Zealand's Prime Minister"))],
 "wcep-2006-04-30-002": [
  ("struggle to extract", "struggle to extract last-minute concessions", "REQUEST", ("SDN", "REB", "Various rebel Janjaweed militias"), None,
   A(opt=True, note="weak implicit demand; the other party of the (Darfur) deal is not named; country from world knowledge")),
  ("struggle to extract", "have yet to give a clear signal on whether they would sign", "AGREE", ("SDN", "REB", "Various rebel Janjaweed militias"), None,
   A(neg=True, opt=True, note="not (yet) agreed to sign"))],
 "wcep-2006-09-30-004": [
  ("payments by businessmen", "payments", "AID", ("IRL", "BUS", "businessmen friends"), ("IRL", "GOV", "Taoiseach (Prime Minister) Bertie Ahern"),
   A(opt=True, alts=[{"type": "SUPPORT"}], note="background (1993); money from businessmen to a minister"))],
 "wcep-2010-04-08-012": [
  ("distributes drinking water", "distributes drinking water", "AID", ("BGD", "MIL", "The Bangladeshi army"), ("BGD", "CVL", "more than 12 million people in Dhaka"))],
 "wcep-2012-07-22-004": [
  ("Clashes take place", "Clashes", "ASSAULT", ("SYR", "MIL", "Syrian troops"), ("SYR", "REB", "armed Kurdish fighters"),
   A(alts=[{"target": None}, {"source": "SYR", "target": "SYR"}], note="two-sided clash, one record; the Kurdish fighters' country is not stated (in Qamishli, Syria)"))],
 "wcep-2015-09-17-013": [
  ("placing the army on standby", "placing the army on standby", "MOBILIZE", ("HRV", "GOV", "the President of Croatia Kolinda Grabar-Kitarović"), None,
   A(alts=[{"target": "HRV"}], note="the army put on alert as migrants arrive; no adversary named (migrants are not an actor the army acts against)"))],
 "wcep-2015-11-13-006": [
  ("declares a state of emergency", "declares a state of emergency", "COERCE", ("FRA", "GOV", "The President of France François Hollande"), ("FRA", "CVL", "France"),
   A(note="a state of emergency restricts the public: COERCE"))],
 "wcep-2019-11-10-004": [
  ("Protesters vandalize", "vandalize a subway station", "PROTEST", ("HKG", "CVL", "Protesters"), None,
   A(alts=[{"target": "HKG"}], note="riot; New Territories = Hong Kong (world knowledge); the anger is at the government, not named as target")),
  ("Protesters vandalize", "the arrest of pro-democracy politicians", "COERCE", ("HKG", "COP", None), ("HKG", "OPP", "pro-democracy politicians"),
   A(opt=True, note="passing back-reference")) ],
 "wcep-2020-11-17-035": [
  ("passes a ban on the use", "passes a ban", "COERCE", ("SLB", "GOV", "The Solomon Islands Cabinet"), ("USA", "BUS", "Facebook"),
   A(alts=[{"target": "SLB"}, {"target": None}], note="censorship of a platform = COERCE; target the platform (or the country's users)")),
  ("says the ban does not require", "will be enforced", "COERCE", ("SLB", "GOV", "Communications Minister Peter Shannel Agovaka"), ("USA", "BUS", "Facebook"),
   A(opt=True, alts=[{"target": "SLB"}, {"target": None}], repeat=0, note="the same ban"))],
 "wcep-2021-05-22-010": [
  ("A nationwide lockdown begins", "A nationwide lockdown begins", "COERCE", ("ARG", "GOV", None), ("ARG", "CVL", None),
   A(alts=[{"source": None, "target": None}], note="President Alberto Fernández = Argentina (world knowledge; the text names no country)")),
  ("only essential personnel", "only essential personnel are allowed to travel freely", "COERCE", ("ARG", "GOV", None), ("ARG", "CVL", None),
   A(opt=True, repeat=0, alts=[{"source": None, "target": None}]))],
 "wcep-2025-05-24-002": [
  ("Fifteen civilians are injured", "attack", "ASSAULT", ("RUS", "MIL", "Russian"), (None, "CVL", "Fifteen civilians"),
   A(alts=[{"target": "UKR"}], note="the civilians' country is not stated (Ukraine by the date)"))],
 "wikinews-2019-03-02-01": [
  ("nine men were jailed", "were jailed", "COERCE", ("GBR", "JUD", None), ("GBR", "CVL", "nine men")),
  ("were prosecuted for 22", "were prosecuted", "ACCUSE", ("GBR", "JUD", None), ("GBR", "CVL", "The nine men")),
  ("Judge Durham Hall QC said", "appear not to have shown any respect", "ACCUSE", ("GBR", "JUD", "Judge Durham Hall QC"), ("GBR", "CVL", "they"),
   A(note="the judge's condemnation of the men")),
  ("Prosecutor Kama Melly QC said", "had been used", "ACCUSE", ("GBR", "JUD", "Prosecutor Kama Melly QC"), ("GBR", "CVL", "the accused"),
   A(opt=True, note="the prosecutor's case against the men")),
  ("Bradford Council stated", "will look closely at this case", "ACCUSE", ("GBR", "GOV", "The Safeguarding Board"), None,
   A(opt=True, note="a review of the case, no actor as target"))],
 "wikinews-2019-04-20-01": [
  ("sentenced David and Louise Turpin", "sentenced", "COERCE", ("USA", "JUD", "Judge Bernard Schwartz"), ("USA", "CVL", "David")),
  ("sentenced David and Louise Turpin", "sentenced", "COERCE", ("USA", "JUD", "Judge Bernard Schwartz"), ("USA", "CVL", "Louise Turpin")),
  ("You have severed the ability", "said", "ACCUSE", ("USA", "JUD", "Bernard Schwartz"), ("USA", "CVL", None),
   A(opt=True, note="the judge reproaching the parents")),
  ("not giving them the longest possible sentence", "not giving them the longest possible sentence", "COERCE", ("USA", "JUD", "Schwartz"), ("USA", "CVL", "them"),
   A(neg=True, opt=True)),
  ("both parents faced twelve counts", "faced twelve counts", "ACCUSE", ("USA", "JUD", None), ("USA", "CVL", "both parents"),
   A(note="charges; the prosecution is not named")),
  ("David Turpin, alone, was also charged", "was also charged", "ACCUSE", ("USA", "JUD", None), ("USA", "CVL", "David Turpin")),
  ("The two parents were arrested", "were arrested", "COERCE", ("USA", "COP", None), ("USA", "CVL", "The two parents"),
   A(opt=True, note="January of last year: background over a year before"))],
 "wikinews-2019-06-24-01": [
  ("the crash was being investigated", "was being investigated", "ACCUSE", ("USA", "COP", "state police"), None,
   A(opt=True, note="investigation of a crash; no actor as target")),
  ("the crash was being investigated", "was being investigated", "ACCUSE", ("USA", "GOV", "the National Transportation Safety Board"), None,
   A(opt=True)),
  ("the crash was being investigated", "no arrests nor charges were reported", "COERCE", ("USA", "COP", None), None,
   A(opt=True, neg=True))],
 "wikinews-2020-06-11-02": [
  ("Authorities on Monday arrested", "arrested", "COERCE", ("IND", "GOV", "Authorities"), ("IND", "CVL", "twelve people")),
  ("decided to question them", "question", "ACCUSE", ("IND", "COP", "a police constable"), ("IND", "CVL", "them"),
   A(rep=True, note="questioning = ACCUSE")),
  ("The forestry department arrested them", "arrested", "COERCE", ("IND", "GOV", "The forestry department"), ("IND", "CVL", "them"),
   A(repeat=0)),
  ("They were taken into the custody", "were taken into the custody", "COERCE", ("IND", "GOV", "the forestry department"), ("IND", "CVL", "They"),
   A(repeat=0)),
  ("authorities seized 126 skins", "seized", "COERCE", ("IND", "GOV", "authorities"), None,
   A(opt=True, rep=True, note="background 2013-2019 seizures; no actor named as owner")),
  ("one suspect was arrested", "was arrested", "COERCE", ("IND", "COP", None), ("IND", "CVL", "one suspect"),
   A(note="Kerala, India: the arrest by unnamed authorities"))],
}
write("tune", ann)
