"""Acts told as intended, promised or threatened (moved from ``coder.py``).

- "will withdraw its force unless...", "would boycott if...": a conflictual act promised on a
  condition is a threat (:func:`conditional_threat`).
- "plans to attack" -> THREATEN; "ready to contribute troops" -> AGREE; "not willing to negotiate"
  -> REJECT (:func:`intent`); an intended act is AGREE or THREATEN by its quad (:func:`as_intent`).
"""

from __future__ import annotations

from detente.events import guards, moods
from detente.events import semantics as sem
from detente.events.lexicon import Lexicon
from detente.events.triggers import Candidate, Coding
from detente.nlp import has_mark, up_from


def conditional_threat(cand: Candidate, lexicon: Lexicon) -> bool:
    """"will withdraw its force unless...", "would boycott if...": a conflictual act promised on a
    condition is a threat."""
    entry, token = cand.entry, cand.token
    if not entry.type or lexicon.quads[entry.type] < 3 or entry.type == "THREATEN":
        return False
    auxes = sem.auxiliaries(token)
    if not (auxes & (lexicon.words["future"] | {"would"}) and sem.has_condition(token, lexicon)):
        if (need := obliging_verb(token, lexicon)) is None or \
                not (sem.auxiliaries(need) & (lexicon.words["future"] | {"would"}) and
                     (sem.has_condition(need, lexicon) or sem.has_condition(token, lexicon))):
            return False
    if on_request(token, lexicon) or ((need := obliging_verb(token, lexicon)) is not None and on_request(need, lexicon)):
        return False  # "would have to arrest the suspects if Turkey requested it": a service asked for (f88)
    if entry.id in lexicon.semantics["undergo_entries"] and not _spoken(token, lexicon):
        return False  # "if the House votes to impeach, he would face trial": the author's hypothetical (round 19b)
    return True


def obliging_verb(token, lexicon: Lexicon):
    """The verb of need a conflictual act is the infinitive of ("will have to go to war", "would need
    to strike back"), else None: told with a future and an if/unless clause on the verb of need, the
    act is promised on the condition -- a threat as "will attack unless" is (issue 13 round 34, e105)."""
    pred = sem.predicate(token) or token
    if pred.dep_ == "xcomp" and pred.head.i != pred.i and pred.head.lemma_.lower() in lexicon.words["obligation_verbs"]:
        return pred.head
    return None


def on_request(token, lexicon: Lexicon) -> bool:
    """True when an act's if-clause is a request for it ("would arrest the suspects if Turkey requested
    it", "would have to extradite him if Croatia asked"): a duty done when someone asks, no threat to
    the asker (round 34 review mend, f88; ``request_conditions``)."""
    verbs = lexicon.semantics["request_conditions"]
    for current in up_from(token, 3):
        if any(c.dep_ == "advcl" and c.lemma_.lower() in verbs and has_mark(c, {"if"}) for c in current.children):
            return True
    return False


def _spoken(token, lexicon: Lexicon) -> bool:
    """True when a reporting or warning verb governs ``token`` ("warned that they would face charges
    if ..."): someone says the consequence, so it can be a threat."""
    verbs = lexicon.words["reporting"] | lexicon.words["wrongdoing_speakers"] | {"warn", "threaten"}
    current = token
    for _ in range(6):
        if current.head.i == current.i:
            return False
        current = current.head
        if current.lemma_.lower() in verbs:
            return True
    return False


def intent(cand: Candidate, inner: Candidate | None, lexicon: Lexicon, rule: str) -> Coding | None:
    """"plans to attack" -> THREATEN; "ready to contribute troops" -> AGREE; "offered" -> AGREE;
    "not willing to negotiate" -> REJECT 125 (a refusal)."""
    if sem.is_negated(cand.token, lexicon):
        if cand.entry.lemma not in lexicon.words["refusal_when_negated"]:
            return None
        inner_type, inner_cameo = (inner.entry.type, inner.entry.cameo) if inner is not None else (None, None)
        return Coding("REJECT", lexicon.composed("120", inner_type, inner_cameo), rule + "!negated", negated=True)
    if inner is not None and inner.entry.type:
        if sem.is_negated(inner.token, lexicon):
            return None
        if cand.entry.type == "AGREE" and inner.entry.type in lexicon.words["offered_as_aid"]:
            return Coding("AGREE", "0332", rule, mode="intend")  # "offered to send tanks to Ukraine"
        if (code := guards.preparation(cand.entry.lemma, inner.entry.type, lexicon)) is not None:
            return Coding("MOBILIZE", code, rule)  # "the army prepared to resume shelling": a posture
        if moods.decided(cand.token, inner.entry.type, lexicon):
            return Coding(inner.entry.type, inner.entry.cameo, rule + "~decided")  # "decided to cut ties": done
        if inner.entry.type not in lexicon.words["future_types"]:  # "intended to sue": an accusation
            return Coding(inner.entry.type, inner.entry.cameo, rule, mode="intend")
        return as_intent(inner.entry.type, inner.entry.cameo, lexicon, rule)
    if cand.entry.type:
        return Coding(cand.entry.type, cand.entry.cameo, rule, mode="intend")
    return None


def as_intent(inner_type: str, inner_cameo: str, lexicon: Lexicon, rule: str) -> Coding:
    """An intended act: AGREE (cooperation) or THREATEN (conflict), CAMEO composed from the act."""
    key = "cooperation" if lexicon.quads[inner_type] <= 2 else "conflict"
    spec = lexicon.semantics["intent"][key]
    conceded = lexicon.semantics["intent"].get("conceded", {})
    if inner_cameo in conceded.get("cameo", ()) and rule.endswith("~future") and rule.startswith(tuple(conceded["entries"])):  # "will withdraw", not "willing to"
        return Coding(conceded["type"], inner_cameo, rule, mode=spec["mode"])  # an announced withdrawal (round 29)
    if inner_type == spec["type"]:
        return Coding(inner_type, inner_cameo, rule, mode=spec["mode"])
    code = lexicon.composed(spec["root"] + "0", inner_type, inner_cameo)
    return Coding(spec["type"], code, rule, mode=spec["mode"])
