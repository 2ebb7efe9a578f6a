"""Precision guards of issue 13 round 12: readings that assert no act, another type, or no side.

Each guard reads the parse around a trigger with the word lists of ``semantics.yaml``
(``precision``); the classes were found on rows detente wrote on unseen political news:

- ``insisted_assertion``: "the minister insisted that the economy was growing", "..., he
  insisted" -- insisting that something is so asserts it; a demand keeps "insisted on", a
  subjunctive ("insisted that he resign") or a modal of obligation ("insisted Iran must leave");
- ``wh_question``: "asked why the ministers had criticised the plan" -- a question asked with
  why/how/when/where, as with whether/who (``semantics.asks_question``);
- ``description``: "the Syrian government is a threat to Europe", "Iran remains the biggest
  threat" -- a noun of threat as what something is describes it: no threat was made;
- ``judged_act``: "it would be unjust to fault the farmers", "it is wrong to attack civilians",
  "attacking Iran would be costly" -- an act judged by an adjective is not said to have happened;
- ``wished_act``: "wanted Britain to offer asylum", "hoped that the government would
  apologise" -- an act someone wants another to do has not happened (nor is it the wisher's); a
  wish that another side act is a demand on it ("unions want the government to withdraw the
  rules": ``demand_on_another``, round 28);
- ``alternative``: "cheaper than attacking Iran", "rather than criticising Iran", "instead of
  imposing sanctions" -- an alternative weighed, not done;
- ``likelihood``: "the likelihood of an attack", "the risk of war" -- an act that may come;
- ``held_power``: "Britain has a veto on any changes", "will not give up its veto" -- a power
  held is no act of using it;
- ``retyped`` (verbal clash): "the minister has clashed with party leaders over tuition fees" --
  a clash between unarmed sides over a topic is a dispute, ACCUSE 111, not a fight;
- ``sources.unplaced_attackers`` (moved there: it needs the doer finders): "a car bomb exploded outside a police station in Mombasa" -- an attack
  by no named doer has no doer country (the conventions: "else no country"); the place struck is
  its target. A named group, the attack's own adjective ("a Russian missile attack"), two named
  sides ("clashes between protesters and police") or an armed group of the place named in the
  story keep the place's country;
- ``venue_name``: "withdrew from the Paris agreement", "the Minsk accords", "the Geneva summit"
  -- a city inside the name of an agreement or meeting names its venue, never a side.

Round 13 (word senses of business, arts and technology news, and topics):

- ``contest_win``: "beat two rivals to the prize", "beat a film in the comedy category", "the
  record was beaten" -- winning a contest or passing a mark is no assault;
- ``economic_blow``: "rising prices have hit exporters", "efforts to cool the economy have hit
  Japanese carmakers' sales" -- an impact verb whose doer is an abstract cause or whose object is
  an economic quantity tells an economic blow, no assault;
- ``show_sense``: "the firm demonstrated its new phone", "demonstrated that the plan works" --
  to show, not to protest;
- ``product_release``: "ahead of its release", "the film's release" -- a product released, not
  a person freed;
- ``counterfactual``: "said Germany should have warned Paris" -- an obligation in the past that
  was not met is a reproach, no request;
- ``impersonal_warning``: "warned that high oil prices would slow growth", "warned that the
  changes would have to go ahead", "warned of the potential for mistakes" -- a warning with no
  addressee about an impersonal cause predicts, it threatens no one;
- ``others_opinion`` and ``not_interviewer`` (obligations, ``rules.obligations``): "told the
  radio that some people think women should stay home" -- an obligation others hold is not the
  speaker's request, and the outlet a speaker told is an interviewer, not the one obliged;
- ``how_to``: "working on how to unfreeze the assets", "debated whether to expel the envoy" --
  an act weighed, not done;
- ``avoided``: "hoped to avoid having to settle their quarrel", "avoided criticising Iran" -- an
  act kept from happening;
- ``electoral_concession``: "conceded defeat to his challenger in the primary" -- losing an
  election is no PLOVER concession (a side conceding a war stays CONCEDE);
- ``retold_attack``: "... fired rockets at the airport. The rockets hit fuel tanks" -- a weapon
  named again with a definite article re-tells the attack an earlier sentence coded;
- ``home_visit``: "the prime minister will visit Leeds", "a visit to Sheffield" -- a leader's
  visit to a town of their own country meets no counterpart (a foreign capital or country stays);
- ``topic_name``: "rejected calls for an Iraq inquiry", "the Iraq war debate" -- a country named
  as the topic of a noun is no side of the act on that noun.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from detente.events import cautions, conventions, hypotheticals, moods, one_act
from detente.events import semantics as sem
from detente.events.arguments import MentionIndex, actors_under
from detente.events.lexicon import Lexicon, semantics_file
from detente.nlp import span_at

ASSERTIVE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
PERSONAL = frozenset({"PRP"})


def _spec(lexicon: Lexicon) -> dict:
    return lexicon.semantics["precision"]


def _lemma_in(token, words) -> bool:
    """The token's lemma, or its word stripped of a regular ending, is one of ``words`` (the
    tagger's lemma of "hoped" may be "hop")."""
    low = token.lower_
    return token.lemma_.lower() in words or any(
        form in words for form in (low, low[:-1], low[:-2], low[:-3], low[:-3] + "e") if form)


def no_act(token, lemma: str, type_: str | None, lexicon: Lexicon, index: MentionIndex | None = None) -> bool:
    """True when one of the guards of this module says the trigger asserts no act."""
    return insisted_assertion(token, lemma, type_, lexicon) or wh_question(token, type_, lexicon) or \
        description(token, lexicon) or judged_act(token) or wished_act(token, lexicon, index) or \
        alternative(token, lexicon) or likelihood(token, lexicon) or held_power(token, lexicon) or \
        contest_win(token, type_, lexicon) or economic_blow(token, type_, lexicon) or \
        show_sense(token, type_, lexicon) or product_release(token, type_, lexicon) or \
        impersonal_warning(token, type_, lexicon) or how_to(token) or avoided(token, lexicon) or \
        electoral_concession(token, type_, lexicon) or one_act.condition_act(token, lexicon) or \
        one_act.cargo_blast(token, lexicon) or one_act.standing_posture(token, type_, lexicon) or \
        hypotheticals.no_act(token, type_, lexicon, index)  # round 30


def insisted_assertion(token, lemma: str, type_: str | None, lexicon: Lexicon) -> bool:
    """True for "insist" that asserts: no "on" object (but a broadcast it was said on: "insisted
    on the radio's morning programme"), no direct object, and a complement clause (if any) that is
    indicative without a modal of obligation."""
    spec = _spec(lexicon)
    if type_ != "REQUEST" or lemma not in spec["insist_verbs"] or token.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("dobj", "xcomp") or (c.dep_ == "prep" and c.lower_ in ("on", "upon") and not _broadcast(c, spec))
           for c in token.children):
        return False
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    if not clauses:
        return True  # "..., he insisted": the quote asserted
    return all(_indicative(c, spec) for c in clauses)


def _broadcast(prep, spec: dict) -> bool:
    """An "on" phrase that names a broadcast or outlet ("on BBC Radio's Today programme", "on
    television"): where something was said."""
    return any(t.lemma_.lower() in spec["broadcast_nouns"] for g in prep.children if g.dep_ == "pobj" for t in g.subtree)


def _indicative(clause, spec: dict) -> bool:
    """A finite clause with no modal of obligation ("the economy was growing", "talks would go on");
    not a subjunctive ("that he resign") nor "must withdraw", "should be freed", "be allowed"."""
    auxes = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    if auxes & set(spec["obligation_auxiliaries"]) or (clause.tag_ == "VB" and not auxes) or "be" in auxes or \
            moods.subjunctive(clause):
        return False
    return bool(auxes) or clause.tag_ in ASSERTIVE_TAGS


def wh_question(token, type_: str | None, lexicon: Lexicon) -> bool:
    """True for a request verb whose complement clause opens with why/how/when/where."""
    if type_ != "REQUEST" or token.pos_ not in ("VERB", "AUX"):
        return False
    words = _spec(lexicon)["wh_adverbs"]
    return any(c.dep_ == "ccomp" and any(g.dep_ == "advmod" and g.lower_ in words and g.i < c.i
                                         for g in c.children) for c in token.children)


def description(token, lexicon: Lexicon) -> bool:
    """True for a noun of threat that is the predicate of a verb of being ("is a threat to",
    "remains a threat", "poses a danger"): it describes its subject."""
    spec = _spec(lexicon)
    if token.pos_ != "NOUN" or token.lemma_.lower() not in spec["description_nouns"]:
        return False
    return token.dep_ in ("attr", "dobj", "acomp") and token.head.lemma_.lower() in spec["description_verbs"]


def judged_act(token) -> bool:
    """True for an infinitive an extraposed judgement holds ("it was not fair to blame", "it is
    wrong to attack") or a gerund subject of an adjective ("attacking Iran would be costly")."""
    pred = sem.predicate(token)
    if pred is None or pred.pos_ not in ("VERB", "AUX"):
        return False
    head = pred.head
    if pred.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in pred.children) and \
            head.lemma_.lower() == "be" and any(c.dep_ == "acomp" for c in head.children):
        return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children)
    return pred.dep_ == "csubj" and pred.tag_ == "VBG" and any(c.dep_ == "acomp" for c in head.children)


def wished_act(token, lexicon: Lexicon, index: MentionIndex | None = None) -> bool:
    """True for an act in the clause of a verb of wishing that has a subject of its own ("wanted
    Britain to offer asylum", "hoped that the government would apologise"), and for a wish verb
    (an intent trigger) over such a clause -- but not for the wish verb when the one wished to act
    is another side than the wisher (:func:`demand_on_another`)."""
    words = _spec(lexicon)["wish_verbs"]
    if token.pos_ in ("VERB", "AUX") and _lemma_in(token, words):
        return any(c.dep_ in ("ccomp", "xcomp") and _own_subject(c) and not demand_on_another(token, c, index)
                   for c in token.children)
    pred = sem.predicate(token)
    return pred is not None and pred.dep_ in ("ccomp", "xcomp") and _lemma_in(pred.head, words) \
        and _own_subject(pred)


def demand_on_another(wish, clause, index: MentionIndex | None) -> bool:
    """"British unions want the government to withdraw the rules": a wish that another side act,
    told as an infinitive with that side as its subject, is a demand on it (the object-control
    entry ``verb:want+to``, REQUEST), as "urged the government to withdraw" is. The wisher and the
    one wished to act are named actors of different sides (another country, or another sector of
    the same one); "the British minister wanted Britain to offer asylum" (one side) stays a wish.
    Issue 13 round 28 (e79)."""
    if index is None or not any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
        return False
    wished = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    wisher = next((c for c in wish.children if c.dep_ == "nsubj"), None)
    if wished is None or wisher is None or wished.tag_ in PERSONAL:
        return False
    wanted, wanting = actors_under(wished, index), actors_under(wisher, index)
    if wanted and not wanting and wisher.tag_ in PERSONAL:
        return True  # "They want the government to ...": the doer finders place the pronoun or drop the row
    return bool(wanted and wanting) and not any(_one_side(a.actor, b.actor) for a in wanted for b in wanting)


def _one_side(first, second) -> bool:
    """Same country, and the same sector or one of them with none ("Britain", "the British minister")."""
    return first.country == second.country and (not first.sector or not second.sector or first.sector == second.sector)


def _own_subject(clause) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in PERSONAL for c in clause.children)


def alternative(token, lexicon: Lexicon) -> bool:
    """True for a gerund or noun after "than", "rather than", "instead of" ("cheaper than
    attacking Iran", "instead of imposing sanctions")."""
    preps = _spec(lexicon)["alternative_preps"]
    if token.dep_ not in ("pcomp", "pobj"):
        return False
    prep = token.head
    if prep.lower_ == "of" and prep.head.lower_ == "instead":
        return True
    return prep.lower_ in preps


def likelihood(token, lexicon: Lexicon) -> bool:
    """True for an act in the ``of`` phrase of a noun of likelihood or risk ("the likelihood of
    an attack", "the risk of war", "fears of a crackdown")."""
    if token.dep_ not in ("pobj", "pcomp") or token.head.lower_ != "of":
        return False
    owner = token.head.head
    return owner.pos_ == "NOUN" and owner.lemma_.lower() in _spec(lexicon)["likelihood_nouns"] and owner.i != token.i


def held_power(token, lexicon: Lexicon) -> bool:
    """True for a noun of a power ("veto") that is the object of a verb of holding ("has a veto",
    "give up its veto", "retains its veto")."""
    spec = _spec(lexicon)
    return token.pos_ == "NOUN" and token.lemma_.lower() in spec["held_power_nouns"] and \
        token.dep_ == "dobj" and token.head.lemma_.lower() in spec["holding_verbs"]


def retyped(cand, coding, sources, targets, lexicon: Lexicon):
    """The coding of a verbal clash recoded ACCUSE (``~verbal``): a clash whose sides are all
    unarmed actors with a sector, or that is over a topic that is not a place, in a sentence that
    tells no violence; a police raid recoded COERCE 170 (``~police``, round 23 e65: "police conduct
    raids on businessmen"; not with violence told, not by soldiers); every other coding unchanged."""
    spec = _spec(lexicon)
    token = cand.token
    lemma = token.lemma_.lower()
    if (verbal := one_act.verbal_offensive(token, coding, sources, lexicon, targets)) is not None:
        return verbal  # "the opposition leader has gone on the offensive" (round 29)
    if (alleged := cautions.alleging_warning(cand, coding, targets)) is not coding:
        return alleged  # "warned that Y's strategy was to ...": an allegation, not a threat (round 30)
    if (scheduled := hypotheticals.ahead_meeting(token, coding, lexicon)) is not None:
        return scheduled  # "ahead of a visit by the president" (round 30)
    if coding is not None and coding.type == "ASSAULT" and token.pos_ == "NOUN" and \
            token.lower_ in spec["police_raid_nouns"] and sources and \
            all(m.actor is not None and m.actor.sector in spec["police_sectors"] for m in sources) and \
            not any(t.lemma_.lower() in spec["violence_words"] or t.lower_ in spec["police_raid_violence"]
                    for t in token.sent):
        return replace(coding, type="COERCE", cameo=str(spec["police_raid_code"]), rule=coding.rule + "~police")
    if coding is None or coding.type != "ASSAULT" or not (
            (token.pos_ == "VERB" and lemma in spec["clash_verbs"]) or
            (token.pos_ == "NOUN" and token.lower_ in spec["clash_nouns"])):
        return coding
    sectors = [m.actor.sector for m in (*sources, *targets) if m.actor is not None]
    if any(s in spec["armed_sectors"] for s in sectors) or conventions.armed_other_side(token, lexicon):
        return coding  # "students clashed with riot police": the police are armed
    if any(t.lemma_.lower() in spec["violence_words"] for t in token.sent):
        return coding
    topic = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("over", "about", "on")
             for g in c.children if g.dep_ == "pobj"]
    if topic and any(t.ent_type_ in ("GPE", "LOC", "FAC") for g in topic for t in g.subtree):
        return coding  # "clashed over Kashmir": land fought over
    if not topic and (not sectors or None in sectors):
        return coding  # "India and China clashed": countries, no topic -- a fight may be meant
    return replace(coding, type="ACCUSE", cameo=str(spec["verbal_code"]), rule=coding.rule + "~verbal")


def venue_name(token, index) -> bool:
    """True for a city (a capital or a gazetteer place, not a country's own name) that modifies
    the noun of an agreement, meeting or process, directly or through other modifiers ("the Paris
    agreement", "the Paris climate agreement", "the Minsk accords", "the Geneva summit")."""
    mentions = index.at(token)
    if not mentions or not all((m.actor.entry or "").startswith(("capital:", "home:place")) for m in mentions):
        return False
    current = token
    while current.dep_ in ("compound", "nmod", "amod") and current.head.i != current.i:
        current = current.head
        if current.lower_ in _venue_nouns():
            return True
    return False


def _semantics() -> dict:
    """``semantics.yaml`` (``lexicon.semantics_file``, read once) for the guards that are called
    without the lexicon (``context.name_part``: ``venue_name``, ``topic_name``; ``repeats``:
    ``retold_attack``)."""
    return semantics_file()


@lru_cache(maxsize=1)
def _venue_nouns() -> frozenset[str]:
    """``precision.venue_nouns`` of ``semantics.yaml``."""
    return frozenset(_semantics()["precision"]["venue_nouns"])


# --- round 13 -------------------------------------------------------------------------------


def contest_win(token, type_: str | None, lexicon: Lexicon) -> bool:
    """True for an assault by a verb of winning ("beat", "defeat") whose prepositional object,
    direct object or passive subject is a contest or a mark ("to the prize", "in the comedy
    category", "beat forecasts", "the record was beaten")."""
    spec = _spec(lexicon)
    if type_ != "ASSAULT" or token.pos_ != "VERB" or not _lemma_in(token, spec["contest_verbs"]):
        return False
    contests = spec["contest_nouns"]
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() in contests:
            return True
        if child.dep_ == "prep" and child.lower_ in ("to", "in", "for", "at", "on"):
            for obj in (g for g in child.children if g.dep_ == "pobj"):
                if obj.lemma_.lower() in contests or obj.lower_ in contests or \
                        any(c.dep_ == "compound" and c.lower_ in contests for c in obj.children):
                    return True
    return False


def economic_blow(token, type_: str | None, lexicon: Lexicon) -> bool:
    """True for an assault by an impact verb ("hit", "strike", "hurt") whose subject is an
    abstract cause ("rising prices", "efforts to cool the economy") or whose direct object is an
    economic quantity or body ("sales", "exporters", "the economy"): an economic blow."""
    spec = _spec(lexicon)
    if type_ != "ASSAULT" or token.pos_ != "VERB" or not _lemma_in(token, spec["impact_verbs"]):
        return False
    from detente.events.arguments import subject_head

    head, _ = subject_head(token)
    if token.dep_ == "relcl" and (head is None or head.tag_ == "WDT"):
        head = token.head  # "the measures that hit exporters"
    causes = set(spec["abstract_causes"]) | lexicon.words["non_agents"]
    if head is not None and head.pos_ == "NOUN" and head.lemma_.lower() in causes:
        return True
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.pos_ == "NOUN" and o.lemma_.lower() in spec["economic_objects"] for o in objects)


def show_sense(token, type_: str | None, lexicon: Lexicon) -> bool:
    """True for a PROTEST by "demonstrate" with a thing shown (a direct object that is no
    feeling of protest), a that-clause or a how-clause: to show, not to protest."""
    spec = _spec(lexicon)
    if type_ != "PROTEST" or token.pos_ != "VERB" or not _lemma_in(token, spec["show_verbs"]):
        return False
    for child in token.children:
        if child.dep_ == "dobj" and child.lemma_.lower() not in spec["protest_feelings"]:
            return True
        if child.dep_ in ("ccomp", "xcomp") and child.lemma_.lower() != "protest":
            return True
    return False


def product_release(token, type_: str | None, lexicon: Lexicon) -> bool:
    """True for a RETREAT by the noun "release" whose owner is "its" or a product ("the film's
    release", "its release on Friday", "the release of the album", "the album release")."""
    spec = _spec(lexicon)
    if type_ != "RETREAT" or token.pos_ != "NOUN" or token.lower_ not in spec["release_nouns"]:
        return False
    products = spec["product_nouns"]
    for child in token.children:
        if child.dep_ == "poss" and (child.lower_ == "its" or child.lemma_.lower() in products):
            return True
        if child.dep_ in ("compound", "amod") and child.lemma_.lower() in products:
            return True
        if child.dep_ == "prep" and child.lower_ == "of" and \
                any(g.dep_ == "pobj" and g.lemma_.lower() in products for g in child.children):
            return True
    return False


def counterfactual(verb) -> bool:
    """True for a modal obligation in the past perfect ("Germany should have warned Paris", "the
    report should have been published"): a duty that was not met, a reproach and no request."""
    return any(c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in verb.children) and verb.tag_ == "VBN"


def topic_name(token, index) -> bool:
    """True for a country name (not a possessive) that is a compound of a noun naming a topic, or
    of a noun beside such a topic compound ("an Iraq inquiry", "Iraq advice calls", "the Iraq war
    debate"): the country is what it is about, not a side."""
    mentions = index.at(token)
    if token.dep_ != "compound" or not mentions or \
            not all((m.actor.entry or "").startswith("country:") for m in mentions if m.actor):
        return False
    topics = _topic_nouns()
    head = token.head
    for _ in range(3):
        if head.lower_ in topics or head.lemma_.lower() in topics or \
                any(c.dep_ == "compound" and c.i != token.i and c.lemma_.lower() in topics for c in head.children):
            return True
        if head.dep_ != "compound" or head.head.i == head.i:
            return False
        head = head.head
    return False


@lru_cache(maxsize=1)
def _topic_nouns() -> frozenset[str]:
    """``precision.topic_nouns`` of ``semantics.yaml``."""
    return frozenset(_semantics()["precision"]["topic_nouns"])


def impersonal_warning(token, type_: str | None, lexicon: Lexicon) -> bool:
    """True for a THREATEN by a warning verb with no addressee whose clause subject, or ``of``
    object, is an impersonal cause ("warned that dearer fuel endangered exports", "warned
    that the changes would have to go ahead", "warned of the potential for errors")."""
    spec = _spec(lexicon)
    if type_ != "THREATEN" or token.pos_ != "VERB" or not _lemma_in(token, spec["warning_verbs"]):
        return False
    if any(c.dep_ in ("dobj", "dative") for c in token.children):
        return False  # "warned the rebels that ...": said to someone
    causes = set(spec["abstract_causes"]) | set(spec["economic_objects"]) | set(spec["impersonal_subjects"])
    for child in token.children:
        if child.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and
                                         c.lemma_.lower() in causes for c in child.children):
            return True
        if child.dep_ == "prep" and child.lower_ in ("of", "about") and \
                any(c.dep_ == "pobj" and c.lemma_.lower() in causes for c in child.children):
            return True
    return False


def others_opinion(verb, lexicon: Lexicon) -> bool:
    """True for an obligation inside the clause of a verb of opinion whose subject is a noun (not
    the speaker's "I"/"we"): "some people think that women should stay at home"."""
    words = _spec(lexicon)["opinion_verbs"]
    current = verb
    for _ in range(3):
        if current.dep_ != "ccomp" or current.head.i == current.i:
            return False
        head = current.head
        if _lemma_in(head, words):
            return any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in head.children)
        current = head
    return False


def not_interviewer(mentions: list, subject=None) -> list:
    """The addressees of a saying verb without a news outlet ("told the BBC that ..."): the
    outlet interviewed the speaker, it is not the one obliged -- unless the obligation's own
    subject names it ("warned the broadcaster that the broadcaster should ...")."""
    said = " ".join(t.lower_ for t in subject.subtree) if subject is not None else ""
    return [m for m in mentions if not (m.actor and m.actor.sector == "MED") or _bare(m.text) in said]


def _bare(text: str) -> str:
    words = text.lower().split()
    return " ".join(words[1:] if words and words[0] in ("the", "a", "an") else words)


def home_visit(cand, coding, sources, targets, lexicon: Lexicon) -> bool:
    """True for a visit (CONSULT, or AGREE for a planned one) whose every target is a town of the
    visitor's own country -- a gazetteer place, a region or the capital, not a country, person or body
    ("the prime minister will visit Leeds", "joined the home secretary in a visit to Sheffield", "the
    president visited California": a region, round 15)."""
    if coding is None or coding.type not in ("CONSULT", "AGREE") or not targets or \
            cand.token.lemma_.lower() not in _spec(lexicon)["visit_words"]:
        return False
    own = {m.actor.country for m in sources if m.actor and m.actor.country}
    return bool(own) and all(
        m.actor is not None and m.actor.country in own and m.actor.sector is None and
        (m.actor.entry or "").startswith(("home:place", "capital:", "region:")) for m in targets)


def how_to(token) -> bool:
    """True for an infinitive opened by how/whether/when/where ("working on how to unfreeze the
    assets", "debated whether to expel the envoy"): an act weighed, not done."""
    pred = sem.predicate(token) or token
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in pred.children):
        return False
    return any(c.lower_ in ("how", "whether", "when", "where") and c.i < pred.i and c.dep_ in ("advmod", "mark")
               for c in pred.children)


def avoided(token, lexicon: Lexicon) -> bool:
    """True for an act in the complement of a verb of avoiding ("hoped to avoid having to resolve
    the dispute", "avoided criticising Iran"), directly or under "having to"."""
    words = _spec(lexicon)["avoid_verbs"]
    current = sem.predicate(token) or token
    if any(c.dep_ == "xcomp" and _lemma_in(c, words) for c in current.children):
        return True  # "hoped to avoid having to settle their quarrel": the intent trigger
    for _ in range(2):
        if current.dep_ not in ("xcomp", "ccomp", "pcomp", "dobj") or current.head.i == current.i:
            return False
        if _lemma_in(current.head, words):
            return True
        current = current.head
    return False


def electoral_concession(token, type_: str | None, lexicon: Lexicon) -> bool:
    """True for "concede defeat" in a sentence about an election ("conceded defeat to his
    challenger in the primary"): losing a vote is no concession to a demand."""
    spec = _spec(lexicon)
    if type_ != "CONCEDE" or token.lemma_.lower() != "concede" or \
            not any(c.dep_ in ("dobj", "ccomp", "xcomp", "npadvmod") and c.lemma_.lower() == "defeat"
                    for c in token.children):
        return False
    return any(t.lemma_.lower() in spec["electoral_words"] for t in token.sent)


def retold_attack(event, earlier: list, doc) -> bool:
    """True for an assault by no placed doer whose subject is a weapon or attack named again with a
    definite article ("The rockets hit fuel tanks") after an earlier sentence coded an assault on
    the same target country: the same attack told again."""
    if event.type != "ASSAULT" or any(p.country for p in event.source):
        return False
    span = span_at(doc, event.trigger_start, event.trigger_end)
    if span is None:
        return False
    from detente.events.arguments import subject_head

    head = subject_head(span.root)[0] if span.root.pos_ in ("VERB", "AUX") else None
    if head is None or head.lemma_.lower() not in _unnamed_weapons() or \
            not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this", "that") for c in head.children):
        return False
    targets = {p.country for p in event.target}
    return any(e.type == "ASSAULT" and e.sentence < event.sentence and targets <= {p.country for p in e.target}
               for e in earlier)


@lru_cache(maxsize=1)
def _unnamed_weapons() -> frozenset[str]:
    """The weapon and attack words of ``unnamed_doers`` (no sector) in ``semantics.yaml``."""
    return frozenset(word for word, sector in _semantics()["unnamed_doers"].items() if sector is None) | \
        frozenset({"rockets", "bombs", "missiles", "shells", "grenades", "mines", "explosions", "attacks", "missile",
                   "shell"})
