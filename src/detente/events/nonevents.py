"""Precision guards of issue 13 round 15: word senses and readings that assert no act, found on
detente's rows on unseen news (BBC politics articles and Wikinews / Current Events items outside
every gold set, read locally only; no text of them is quoted here or in the tests). Word lists are
under ``nonevents:`` in ``semantics.yaml``; tests: ``tests/events/test_nonevents.py``.

- ``currency_word``: "earned pounds 40,000" -- a currency written before its amount, no shelling;
- ``duty_charge``: "the panel is charged with ensuring a fair vote", "charged with the task of"
  -- a duty given, no charge of a crime ("charged with inciting violence" stays ACCUSE);
- ``story_emergency``: a state of emergency declared, imposed or extended when the sentence or the
  four before it name a storm or an epidemic and neither it nor the two before it name unrest --
  no coercion of anyone (the clause-level guard ``semantics.is_disaster_emergency`` needs the
  cause in the clause);
- ``opinion_partner``: "agreed with the senator's view", "agreed about what had happened" -- an
  opinion shared, no act agreed;
- ``denied_claim``: "denied having met the envoy", "denies split over the reform", a bare "X
  denied" -- a claim
  denied (no event by the conventions); a denied quote, remark or split as the object is in the
  ``verb:deny+claims`` lexicon entry;
- ``hazard_mobilization`` (round 26): "mobilizes soldiers to cope with the typhoon" -- a
  mobilisation against a natural hazard, no one mobilised against;
- ``animals_struck``: "killing animals", "culled thousands of chickens" -- no assault;
- ``campaign_rally``: "held his first campaign rally" -- a candidate's own meeting of supporters,
  no protest;
- ``instigated_unrest``: "Russia was behind the unrest" -- the one blamed is no protester;
- ``accident``: "eleven people were killed when a cargo plane crashed" -- an accident, no assault;
- ``prevented``: "banned the party from holding rallies", "shield farmers from being denied
  access" -- an act kept from happening;
- ``bound_by_pledge``: "delegates pledged to a senator" -- a description, no promise made;
- ``candidate_withdrawal``: "support for her fell in the polls before her withdrawal" -- a candidate's;
- ``own_defended``: "defended his decision" -- no support of anyone;
- ``caption``: a picture's caption ("Image: ...") or a map legend kept in the text;
- ``document_released``: "would release his tax returns next month" -- a document made public, no one freed;
- ``poll_share``: "61 percent of voters oppose the plan" -- a survey's finding;
- ``given_together``: "Kenya, Uganda and Tanzania offer shelter to the refugees", "Norway, Japan and Canada
  pledged funds" -- joint givers with a recipient or a thing given of their own are not each
  other's partners (used by ``coder`` before ``partners.pairs_of``);
- ``named_event`` (round 33): "the committee on the January 6 Attack" -- a trigger word capitalised
  inside a proper name names an event or a body, no act of the sentence;
- ``verbal_attack``: "attacked the senator for taking money from lobbyists" -- an attack for something one
  did, with no arms and no violence told, is criticism (ACCUSE 111, ``~verbal``); so is a person's attack
  told with their own speaking verb ("attacked X, saying ...": ``cautions.spoken_attack``, round 20);
- ``electoral_vote`` (round 36, e110): "voters in Switzerland rejected the proposal", "the areas that voted
  against the measure", "older voters, who voted heavily for the president" -- an electorate's vote is an
  election's or a referendum's result, no act of one actor towards another (lawmakers voting stay);
- ``story_label`` (round 36, e110): "Mosque bombing: Aid agencies warn of ..." -- the label a news summary
  opens with names the story it belongs to, no act the line tells (a label with a verb of its own, "Russia
  attacks Ukraine: ...", is a headline and stays).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from detente.events.cautions import spoken_attack
from detente.events.complements import carried_subject
from detente.events.lexicon import own_possessors, semantics_file
from detente.events.row_senses import unasserted
from detente.nlp import doc_text, span_at


@lru_cache(maxsize=1)
def _spec() -> dict:
    spec = semantics_file()["nonevents"]
    return {k: frozenset(v) if isinstance(v, list) else v for k, v in spec.items()}


def no_act(token, type_: str | None) -> bool:
    """True when one of this module's word-sense guards says the trigger asserts no act."""
    return currency_word(token) or duty_charge(token, type_) or story_emergency(token, type_) or \
        opinion_partner(token, type_) or campaign_rally(token, type_) or denied_claim(token, type_) or \
        animals_struck(token, type_) or instigated_unrest(token, type_) or \
        accident(token, type_) or prevented(token) or own_defended(token, type_) or caption(token) or \
        document_released(token, type_) or poll_share(token) or bound_by_pledge(token, type_) or \
        candidate_withdrawal(token, type_) or confidence_motion(token, type_) or hazard_mobilization(token, type_) or \
        unasserted(token, type_) or named_event(token) or electoral_vote(token, type_) or story_label(token)


def _purpose(child, spec) -> bool:
    """True for a child of a mobilisation that tells what it is for or what it moves: a complement, its
    object, a purpose preposition ("against the floods"), a clause with no subordinator but "to", a
    conjunct with no object of its own ("soldiers and means of transport"); not the time or setting
    ("after the quake", "as fires raged", "amid heavy rainfall", "and sent firefighters to ...")."""
    if child.dep_ in ("xcomp", "acl", "dobj"):
        return True
    if child.dep_ == "prep":
        return child.lower_ in spec["hazard_purpose_prepositions"]
    if child.dep_ == "advcl":
        return not any(m.dep_ == "mark" and m.lower_ != "to" for m in child.children)
    return child.dep_ == "conj" and not any(g.dep_ == "dobj" for g in child.children)


def hazard_mobilization(token, type_: str | None) -> bool:
    """True for a mobilisation or deployment whose purpose or object names a natural hazard and no
    unrest ("mobilizes 400,000 soldiers to cope with Typhoon Haiyan", "troops were deployed to fight
    the wildfires", "sent soldiers against the floods"): a measure against a disaster mobilises against
    no one (as ``story_emergency`` for a state of emergency; round 26, NOTES-e72.md T6)."""
    spec = _spec()
    if type_ not in spec["hazard_mobilization_types"]:
        return False
    words = [t for c in token.children if _purpose(c, spec)
             for t in c.subtree]  # "mobilizes soldiers, and means of transport to cope with the typhoon"
    if any(t.lower_ in spec["unrest_words"] or t.lemma_.lower() in spec["unrest_words"] for t in words):
        return False  # "deployed troops to quell riots after the floods"
    return any(t.lower_ in spec["disaster_words"] or t.lemma_.lower() in spec["disaster_words"] for t in words)


def confidence_motion(token, type_: str | None) -> bool:
    """True for a motion of confidence ("tabled a motion of confidence in the government"): support
    sought, no accusation. "A motion of no confidence", "a no-confidence motion" and a motion of censure
    stay accusations."""
    if type_ != "ACCUSE" or token.lemma_.lower() not in _spec()["confidence_motion_triggers"]:
        return False
    doc = token.doc
    for t in doc[token.i:min(token.i + 6, token.sent.end)]:
        if t.lower_ == "confidence":
            return t.i == 0 or doc[t.i - 1].lower_ not in ("no", "-", "non")
        if t.lower_ in ("censure", "impeachment", "no-confidence"):
            return False
    return False


def candidate_withdrawal(token, type_: str | None) -> bool:
    """True for a person's own withdrawal in a sentence about a race ("support for her fell in the polls
    before her withdrawal"): a candidate leaving a race, no forces withdrawn."""
    if type_ != "RETREAT" or token.pos_ != "NOUN" or token.lemma_.lower() != "withdrawal":
        return False
    if not any(c.dep_ == "poss" and (c.lower_ in ("his", "her") or c.ent_type_ == "PERSON") for c in token.children):
        return False
    words = {t.lemma_.lower() for t in token.sent}
    spec = _spec()
    return bool(words & spec["race_words"]) and not words & spec["force_words"]


def bound_by_pledge(token, type_: str | None) -> bool:
    """True for a participle of promising that describes a noun ("delegates pledged to a senator",
    "funds promised to the region"): a description of what is bound, no promise made in the
    sentence."""
    return type_ == "AGREE" and token.lemma_.lower() in ("pledge", "promise", "commit") and \
        token.tag_ in ("VBN", "VBD") and token.dep_ == "acl" and not any(c.dep_ == "nsubj" for c in token.children)


def own_defended(token, type_: str | None) -> bool:
    """True for defending one's own record, decision or stance ("defended his decision", "defended
    its handling of the crisis"): a justification of oneself, no support given to anyone."""
    if type_ != "SUPPORT" or token.lemma_.lower() not in _spec()["defend_verbs"]:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _spec()["own_things"] and
               any(p.dep_ == "poss" and p.lower_ in own_possessors()
                   for p in c.children)
               for c in token.children)


def caption(token) -> bool:
    """True for a picture's caption or a map's legend kept in the text ("... Image: the White
    House.", "██ Territory held by ..."): no sentence of the story."""
    sent = token.sent
    text = doc_text(token.doc)[sent.start_char:sent.end_char]  # Span.text re-joins the tokens
    return any(mark in text for mark in _spec()["caption_marks"])


OPENERS = frozenset({":", '"', "\u201c", "\u2018", "'", "(", "[", "\u2014", "\u2013", "-"})
"""Marks after which a word is capitalised as the start of a heading, a quote or an aside."""
SMALL_WORDS = frozenset({"VERB", "AUX", "ADP", "DET", "ADV", "PRON", "CCONJ", "SCONJ", "PART"})
"""Parts of speech written in lower case outside names, except in a title-case line."""


def named_event(token) -> bool:
    """True for a noun trigger capitalised inside a proper name of the sentence ("the committee on
    the January 6 Attack", "marked the anniversary of the Tiananmen Square Massacre"): the name of an
    event or of the body named after it, no act the sentence tells (round 33, e99); not the object
    or subject of a verb, nor the object of "in" / "at" ("Palestinians joined the Great March of
    Return", "took part in the Long March": an act taken part in). Not the
    sentence's first word nor one after a colon, a quote mark or a dash ("Iran crisis: Talks resume"),
    nor in a line written in title case (a headline: "Russia Launches Attack On Kyiv")."""
    if token.pos_ not in ("NOUN", "PROPN") or not token.text[:1].isupper() or token.text.isupper():
        return False
    if token.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") or token.dep_ == "pobj" and token.head.lower_ in ("in", "at"):
        return False  # "joined the Great March of Return", "took part in the Long March": an act taken part in
    sent = token.sent
    if token.i == sent.start or token.doc[token.i - 1].text in OPENERS:
        return False
    small = [t for t in sent if t.is_alpha and t.i != sent.start and not t.ent_type_ and t.pos_ in SMALL_WORDS]
    if not small or sum(t.text[:1].isupper() for t in small) * 2 >= len(small):
        return False  # a title-case line (a headline) capitalises its verbs and prepositions too
    return token.doc[token.i - 1].text[:1].isupper() or token.doc[token.i - 1].like_num or \
        token.ent_type_ in ("EVENT", "ORG", "FAC", "LAW", "WORK_OF_ART")


def electoral_vote(token, type_: str | None) -> bool:
    """True for a vote or a rejection whose doers are an electorate -- voters, or the areas that vote
    ("voters in Switzerland rejected the proposal", "a majority of voters voted to reject it", "were among
    the areas to vote against the measure", "older voters, who voted heavily for the president") -- told
    by "vote" itself, by a rejection "vote" governs, or in a sentence about a vote: an election's or a
    referendum's result, no act of one actor towards another. Lawmakers, parties and councils voting
    against a bill keep their rows (their words are no electorate's)."""
    spec = _spec()
    if type_ not in spec["electoral_types"]:
        return False
    doers = _doer_words(token)
    if token.lemma_.lower() == "vote" or token.dep_ == "xcomp" and token.head.lemma_.lower() == "vote":
        return bool(doers & (spec["voter_nouns"] | spec["electorate_nouns"]))
    # a sentence about a vote: only voters are an electorate there -- a region, a province or citizens
    # refusing a demand near the word "vote" act towards another actor (round 36, f100)
    return bool(doers & spec["voter_nouns"]) and any(t.lemma_.lower() in _vote_words() for t in token.sent)


@lru_cache(maxsize=1)
def _vote_words() -> frozenset[str]:
    return frozenset(semantics_file()["spurious"]["vote_words"])


def _doer_words(token) -> set[str]:
    """The lemmas of a verb's doer: its subject (or the one it carries from the verb above, "voted to
    reject"), the noun a relative or infinitive clause with no other subject hangs from ("the areas to vote",
    "voters, who voted"), the subject of the clause an infinitive with none hangs from ("the districts were
    among the areas to vote"), with its conjuncts, and the object of the doer's "of" ("a majority of voters")."""
    doer = carried_subject(token)
    if (doer is None or doer.tag_ in ("WP", "WDT")) and token.dep_ in ("relcl", "acl"):
        doer = token.head
    elif doer is None and token.dep_ == "advcl":  # "were among the areas to vote against": the clause's subject
        doer = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    if doer is None:
        return set()
    words = {w for d in (doer, *doer.conjuncts) for w in (d.lemma_.lower(), d.lower_)}  # "Jolo, and the region ..."
    words.update(g.lemma_.lower() for c in doer.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj")
    return words


def story_label(token) -> bool:
    """True for a trigger in the label a line opens with, up to its first colon ("Mosque bombing: Aid
    agencies warn of ...", "Plan to invade Iraq: Inspectors set up a base ..."): a short phrase with no
    finite verb, followed by a capitalised sentence, names the story a news summary belongs to; the act
    it names is told, if at all, by the line itself. A label with a finite verb ("Russia attacks
    Ukraine: ...") is a headline, and a trigger after the colon is the line's own."""
    text = doc_text(token.doc)
    start = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    colon = text.find(": ", start, len(text) if end < 0 else end)  # the trigger's own line only
    if colon < token.idx + len(token) or not text[colon + 2:colon + 3].isupper():
        return False
    label = span_at(token.doc, start, colon)
    return label is not None and len(label) <= _spec()["label_max_words"] and \
        not any(t.tag_ in FINITE_TAGS or t.text in LABEL_BREAKS or _told_act(t) for t in label) and \
        not any(c.dep_ in ("amod", "compound") and c.ent_type_ in DOER_ENTITIES for c in token.children)


def _told_act(token) -> bool:
    """``token`` is a headline's participle that tells the act ("Five soldiers kidnapped by rebels",
    "Dozens killed in an air strike"): a VBN / VBG clause on a noun or with a subject or agent of its own."""
    return token.tag_ in ("VBN", "VBG") and (token.dep_ in ("acl", "ROOT") or any(
        c.dep_ in ("nsubj", "nsubjpass", "agent") for c in token.children))


DOER_ENTITIES = frozenset({"NORP"})
"""Entity types of a trigger's modifier that names its doer ("Israeli airstrike"; a place, "Kandahar bombing",
names none): such a label tells who acted, which the line after it may not (round 36, f100)."""
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
"""Tags of a finite verb: a line's opening phrase with one is a headline or a sentence, no label."""
LABEL_BREAKS = frozenset({".", "!", "?", '"', "\u201c", "\u201d", ";"})
"""Marks a story label never holds: with one the colon ends a sentence or a quote's lead-in."""


def document_released(token, type_: str | None) -> bool:
    """True for a document, a recording or data released ("would release his tax returns next month",
    "released the transcript"): made public, no one freed."""
    if token.lemma_.lower() != "release" or type_ not in ("RETREAT", "AGREE", "CONCEDE"):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _spec()["released_documents"]
               for c in token.children)


def poll_share(token) -> bool:
    """True for an act whose subject is a share of those polled ("61 percent of voters oppose the
    plan", "a majority of respondents support it", in a sentence about a poll or a survey): a
    survey's finding, no act."""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in _spec()["poll_shares"]:
        return False
    return any(t.lemma_.lower() in _spec()["poll_words"] for t in token.sent)  # "a majority of MPs voted" stays


def prevented(token, outer=None) -> bool:
    """True for an act told as what someone is kept from doing or suffering ("banned the party
    from holding rallies", "barred from releasing the prisoners", "shield farmers from being denied
    access"): the act does not take place. With ``outer`` (the trigger whose inner act ``token``
    is), an act kept from happening by ``outer`` itself ("barred the government from arresting him")
    is not counted: the bar is the act."""
    current = token
    for _ in range(2):
        if current.dep_ == "pcomp" and current.head.lower_ == "from" and \
                (keeper := _kept_from(current.head)) is not None and keeper != outer:
            return True
        if current.dep_ not in ("xcomp", "conj") or current.head.i == current.i:
            return False
        current = current.head
    return False


def instigated_unrest(token, type_: str | None) -> bool:
    """True for unrest someone is said to be *behind* ("said Russia was behind the unrest"):
    the one blamed instigates, the crowd protests; the blame is a row of its own."""
    return type_ == "PROTEST" and token.pos_ == "NOUN" and token.dep_ == "pobj" and \
        token.head.lower_ == "behind"


def accident(token, type_: str | None) -> bool:
    """True for people killed or injured with no doer in a sentence about a crash or a collapse
    and with no word of an attack ("eleven people were killed when a cargo plane crashed at the
    airport"): an accident, no assault."""
    if type_ != "ASSAULT" or token.pos_ != "VERB" or not any(c.dep_ == "nsubjpass" for c in token.children):
        return False
    if any(c.dep_ == "agent" for c in token.children):
        return False  # "killed by gunmen"
    spec = _spec()
    words = [t for t in token.sent if t.pos_ != "PROPN" and t.ent_type_ not in ("EVENT", "DATE")]  # "a Korean War-era plane"
    lemmas = {t.lemma_.lower() for t in words} | {t.lower_ for t in words}
    return bool(lemmas & spec["accident_words"]) and not lemmas & spec["attack_words"]


def animals_struck(token, type_: str | None) -> bool:
    """True for an attack or a killing whose only victims are animals ("killing animals at a festival",
    "culled thousands of chickens", "the whales were killed"): no political target, no assault."""
    if type_ != "ASSAULT":
        return False
    victims = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    animals = _spec()["animal_nouns"]
    return bool(victims) and all(v.pos_ != "PROPN" and (v.lemma_.lower() in animals or v.lower_ in animals)
                                for v in victims)


def denied_claim(token, type_: str | None) -> bool:
    """True for "deny" with a verb complement ("denied having met the envoy", the headline "denies
    split over the reform" with "split" read as a participle): a claim denied, which the conventions
    code as no event; refusing a request ("denied the request", "denied them entry") stays REJECT."""
    if type_ != "REJECT" or token.lemma_.lower() != "deny":
        return False
    if any(c.dep_ == "xcomp" for c in token.children):
        return True  # "denied having met", "denies split over"
    return token.pos_ == "VERB" and token.tag_ != "VBN" and \
        not any(c.dep_ in ("dobj", "dative", "nsubjpass", "ccomp", "prep") for c in token.children)  # "X denied."


def currency_word(token) -> bool:
    """True for a currency name read as a verb before an amount ("earned pounds 40,000", "between
    pounds 5,000 and pounds 9,000"): money, no act."""
    if token.lower_ not in _spec()["currency_words"]:
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and (following.like_num or following.tag_ == "CD")


def duty_charge(token, type_: str | None) -> bool:
    """True for "charged with" a duty: its ``with`` object is a gerund of running or seeing to
    something ("charged with overseeing the reform") or a task noun ("charged with the task of").
    A crime told by a gerund ("charged with inciting violence") keeps its ACCUSE."""
    if type_ != "ACCUSE" or token.lemma_.lower() != "charge":
        return False
    spec = _spec()
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "with"):
        for obj in (c for c in prep.children if c.dep_ in ("pobj", "pcomp")):
            if obj.tag_ == "VBG" and obj.lemma_.lower() in spec["duty_verbs"]:
                return True
            if obj.lemma_.lower() in spec["duty_nouns"]:
                return True
    return False


def story_emergency(token, type_: str | None) -> bool:
    """True for a state of emergency declared, imposed or extended right after a storm or an
    epidemic is told (the sentence or the four before it), when no unrest is told in it or the two
    sentences before it: a measure against a disaster coerces no one."""
    if type_ != "COERCE" or token.lemma_.lower() not in _spec()["emergency_verbs"]:
        return False
    if not any(c.dep_ in ("dobj", "nsubjpass") and _is_emergency(c) for c in token.children):
        return False
    spec = _spec()
    sents = list(token.doc.sents)
    here = next(i for i, sent in enumerate(sents) if sent.start <= token.i < sent.end)
    if any(t.lower_ in spec["unrest_words"] or t.lemma_.lower() in spec["unrest_words"]
           for sent in sents[max(here - 2, 0):here + 1] for t in sent):
        return False  # "... led to protests and unrest. The governor declared a state of emergency"
    return any(t.lower_ in spec["disaster_words"] for sent in sents[max(here - 4, 0):here + 1] for t in sent)


def _is_emergency(noun) -> bool:
    if noun.lemma_.lower() == "emergency":
        return True  # "declared an emergency"
    return noun.lemma_.lower() == "state" and any(
        p.lower_ == "of" and any(o.lemma_.lower() == "emergency" for o in p.children)
        for p in noun.children if p.dep_ == "prep")  # "a state of emergency"


def opinion_partner(token, type_: str | None) -> bool:
    """True for "agree" with an opinion ("agreed with the senator's view / assessment") or about
    a question ("agreed about what had happened"): views shared, no act agreed. Agreeing with a
    party ("agreed with Russia") or on a plan stays AGREE."""
    spec = _spec()
    if type_ != "AGREE" or token.lemma_.lower() not in spec["agree_verbs"]:
        return False
    if any(c.dep_ in ("xcomp", "dobj", "ccomp") for c in token.children):
        return False  # "agreed to", "agreed a deal", "agreed that X would withdraw" (other guards)
    for prep in (c for c in token.children if c.dep_ == "prep"):
        objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        if prep.lower_ == "with" and any(o.lemma_.lower() in spec["opinion_nouns"] for o in objects):
            return True
        if prep.lower_ == "about" and any(o.dep_ == "pcomp" or _wh_clause(o) for o in objects):
            return True
    return False


def _wh_clause(token) -> bool:
    return any(t.tag_ in ("WP", "WRB", "WDT") for t in token.subtree)


def campaign_rally(token, type_: str | None) -> bool:
    """True for a rally of an election campaign ("held his first campaign rally", "an election
    rally"): the candidate's own meeting with supporters, no protest."""
    if type_ != "PROTEST" or token.lemma_.lower() not in _spec()["rally_nouns"]:
        return False
    words = _spec()["campaign_words"]
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in words for c in token.children)


def _kept_from(prep):
    """The verb that keeps someone from something with this "from": its head, or the verb above a
    noun it was attached to ("shield farmers from being denied access"), else None."""
    head = prep.head
    for _ in range(3):
        if head.pos_ in ("VERB", "AUX"):
            return head if head.lemma_.lower() in _spec()["prevent_verbs"] else None
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def given_together(token, type_: str) -> bool:
    """True for a giving verb with a recipient or a thing given of its own ("offer shelter to the
    refugees", "offered the refugees shelter", "have pledged funds"): its joint subjects give
    together, they do not give to each other (a treaty extended or a deal signed by two parties stays
    theirs together: only promises and aid)."""
    if type_ not in ("AGREE", "AID") or token.lemma_.lower() not in _spec()["giving_verbs"]:
        return False
    things = _spec()["given_things"]
    return any(c.dep_ == "dative" or (c.dep_ == "dobj" and c.lemma_.lower() in things) or
               (c.dep_ == "prep" and c.lower_ == "to" and any(o.dep_ == "pobj" for o in c.children))
               for c in token.children)


def verbal_attack(cand, coding, sources, targets, lexicon):
    """The coding of an attack on someone *for* or *over* something they did or said ("attacked the
    senator for taking money from lobbyists", "attacked the president on cutting school budgets", "for
    the remark") recoded ACCUSE 111
    (``~verbal``) when no side is armed and the sentence tells no violence; every other coding
    unchanged."""
    if coding is None or coding.type != "ASSAULT" or cand.token.pos_ != "VERB" or \
            cand.token.lemma_.lower() not in _spec()["attack_verbs"]:
        return coding
    spec = lexicon.semantics["precision"]
    token = cand.token
    if any(m.actor is not None and m.actor.sector in spec["armed_sectors"] for m in (*sources, *targets)):
        return coding
    if any(t.lemma_.lower() in spec["violence_words"] for t in token.sent):
        return coding
    words = _spec()["own_things"]
    doings = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "on", "over")
              for g in c.children if g.dep_ in ("pcomp", "pobj") and
              (g.tag_ == "VBG" or any(w.lemma_.lower() in words for w in (g, *g.conjuncts)))]
    if not doings and not _verbal_sides(token, sources, words) and not spoken_attack(token):
        return coding  # spoken_attack: "attacked foreign farmers, saying ..." (round 20)
    return replace(coding, type="ACCUSE", cameo="111", rule=coding.rule + "~verbal")


def _verbal_sides(token, sources, words) -> bool:
    """True when an attack's direct object is a thing one did or said ("attacked Tory plans", "attacked the
    decision") or every doer is a party or a legislature ("the Tories attacked the government"): words,
    not arms (the caller has checked that no side is armed and the sentence tells no violence)."""
    if any(c.dep_ == "dobj" and c.lemma_.lower() in words for c in token.children):
        return True
    sectors = [m.actor.sector for m in sources if m.actor is not None]
    return bool(sectors) and all(s in _spec()["verbal_attackers"] for s in sectors)
