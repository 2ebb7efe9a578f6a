"""Round-13 event gold (issue 13, round 24), annotator a (branch g13a), the items coded twice (blind, for
inter-annotator agreement: the first 2 tune and first 2 check items of annotator b's deal): the hand-written
records, coded from the texts alone before detente was run on them and without reading annotator b's files.
`python gold/events/round13/source/a_twice.py` writes parts/a.twice.jsonl."""
import sys; sys.path.insert(0, __import__('os').path.dirname(__file__))
from write import write
A = lambda **k: k
ann = {
 "wcep-2012-02-12-016": [
  ("The International Air Transport Association calls for", "calls for", "REQUEST",
   (None, "BUS", "The International Air Transport Association"), ("UN", "IGO", "the United Nations"),
   A(note="an airline trade association (no code in detente's table, no country: null country, BUS) urges the UN to intervene")),
  ("The International Air Transport Association calls for", "the dispute", "ACCUSE", ("CHN", "GOV", "the People's Republic of China"),
   ("EU", "IGO", "the European Union"), A(opt=True, alts=[{"source": "EU", "target": "CHN"}],
   note="the China-EU dispute over the carbon scheme, named as the object of the call (China objecting to the EU scheme); "
   "described, no act told"))],
 "wcep-2011-01-24-023": [
  ("Yemen frees a female activist", "frees", "RETREAT", ("YEM", "GOV", "Yemen"), ("YEM", "CVL", "a female activist"),
   A(note="release of a detainee: RETREAT; an activist coded CVL (NGO defensible, same triple)")),
  ("Yemen frees a female activist", "protests demanding her release", "PROTEST", ("YEM", "CVL", None), ("YEM", "GOV", None),
   A(alts=[{"type": "REQUEST"}], note="the protests (recent, the cause of the release); protesters and addressee unnamed, "
   "Yemeni from the context")),
  ("Yemen frees a female activist", "accused of inciting disorder", "ACCUSE", ("YEM", "GOV", None), ("YEM", "CVL", "a female activist"),
   A(opt=True, note="the charge, named as a characterisation of the activist; her detention is implicit"))],
 "wcep-2008-03-14-002": [
  ("says the government will pay US$2.5 million", "will pay US$2.5 million", "AGREE", ("COL", "GOV", "the government"),
   ("COL", "REB", "Pedro Pablo Montoya"), A(alts=[{"type": "AID"}, {"type": "SUPPORT"}],
   note="an announced reward to the rebel who killed his commander: a promise (AGREE); told by the defence minister for his own "
   "government, not reported")),
  ("says the government will pay US$2.5 million", "killed", "ASSAULT", ("COL", "REB", "the FARC rebel"), ("COL", "REB", "Iván Ríos"),
   A(note="the killing of a FARC commander by his own man (days old), named in a relative clause that identifies the payee; "
   "correction (notes/a.md): a recent act with its doer named is a required back-reference (round 4 NOTES)"))],
 "wcep-2021-11-09-004": [
  ("Security forces in Togo repel an attack", "an attack", "ASSAULT", (None, "REB", "the attackers"),
   ("TGO", "MIL", "Security forces in Togo"), A(alts=[{"source": "BFA"}, {"source": "TGO"}, {"source": "TGO", "target": None}],
   note="a two-sided clash, one record (attackers -> forces); Islamist attackers (next sentence) of no country the text fixes "
   "(pushed back to Burkina Faso: BFA alternative; the repelling told from the forces' side as an alternative); security forces coded MIL (COP defensible, same triple)"))],
}

if __name__ == "__main__":
    write("a", "twice", ann)
