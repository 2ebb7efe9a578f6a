"""The PETRARCH2 CAMEO.2.0 verb dictionary and Phoenix discards, converted into detente's own files."""

from __future__ import annotations

from detente.events.lexicon import load_lexicon, spellings
from detente.events.petrarch import convert_discards, convert_verbs, requirements

SETS = {"&FOOD": ["food", "rice"]}
DICTIONARY = """####### SYNONYM SETS #######
&FOOD
+FOOD
+RICE

####### VERB PATTERNS #######
---  RUSH   [---]  ---
RUSH
HURRY {HURRIES HURRYING HURRIED }
- * &FOOD                                             [073]         # RUSH
- * POLICE (TO BORDER)                                [153]         # HURRY
- POLICE * (TO BORDER)                                [153]         # RUSH
---  CONDEMN   [---]  ---
CONDEMN [111]
"""


def test_pattern_requirements():
    assert requirements("* &FOOD", SETS) == "obj=food|rice"
    assert requirements("* POLICE (TO BORDER)", SETS) == "obj=police&to=border"
    assert requirements("* DOWN TALKS", SETS) == "obj=talks&prt=down"
    assert requirements("POLICE * (TO BORDER)", SETS) is None  # subject context: the parse decides


def test_patterns_bind_to_the_verb_they_were_found_with():
    rows = convert_verbs(DICTIONARY, {"073": "AID", "153": "MOBILIZE", "111": "ACCUSE"}, {"073", "153", "111"})
    got = {(r[2], r[3], r[4], r[5]) for r in rows}
    assert ("rush", "obj=food|rice", "AID", "073") in got
    assert ("hurry", "obj=police&to=border", "MOBILIZE", "153") in got
    assert not any(r[2] == "hurry" and r[4] == "AID" for r in rows)  # not every synonym of the block
    assert ("condemn", "-", "ACCUSE", "111") in got
    assert all(r[0].startswith("cameo2:") for r in rows)


def test_discards_scopes():
    rows = convert_discards("+Manchester United   # pas\nBASKETBALL\nYEARS AGO\n")
    assert ["story", "manchester united"] in rows and ["sentence", "basketball"] in rows
    assert ["sentence", "years ago"] not in rows  # time phrases occur in political news


def test_converted_entries_only_fill_gaps_of_the_hand_lexicon():
    lexicon = load_lexicon()
    assert all(not e.id.startswith("cameo2:") for e in lexicon.triggers[("verb", "accuse")])
    assert any(e.id.startswith("cameo2:") for entries in lexicon.triggers.values() for e in entries)
    assert ("verb", "report") not in lexicon.triggers  # a verb of saying never codes the act it reports
    assert lexicon.discards["story"].search("a Manchester United match")


def test_british_spellings():
    assert spellings("criticize") == ("criticize", "criticise")
    assert spellings("seize") == ("seize",)
