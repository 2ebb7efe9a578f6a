"""Restrictions told with no doer (issue 13 round 21, branch e59).

"A nationwide lockdown begins as the president says ...", "A curfew was imposed on the capital", "it
was agreed a partial lockdown would be instated": a state's restriction on its people (a curfew, a
lockdown, a quarantine, a state of emergency) told as starting or imposed, with no doer named, is the
act of the government of the country it is in (:func:`story_restriction`, rule suffix ``~state~restriction``).
"""

from __future__ import annotations

from detente.events.arguments import MentionIndex
from detente.events.lexicon import Lexicon
from detente.events.triggers import Candidate
from detente.records import Actor, Mention


def story_restriction(cand: Candidate, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The government that imposed a restriction the sentence names no doer of: a restriction noun
    (``semantics.yaml story_restriction.nouns``) that is the subject of a verb of starting ("begins",
    "takes effect") or the passive subject of a verb of imposing ("was imposed", "would be instated";
    ``starting_verbs`` / ``imposing_verbs``) with no agent. The country is the one country the sentence
    names (a place: "in Argentina"), else the story's (``homes.story_countries``); none when the sentence
    names two. "The lockdown ended" or "a curfew was lifted" is another act; "police enforced the
    curfew" names its doer. The doer is named by no words: an empty span at the trigger."""
    words = lexicon.semantics["story_restriction"]
    token = cand.token
    if cand.entry.pos != "noun" or cand.entry.type != "COERCE" or token.lemma_.lower() not in words["nouns"]:
        return []
    verb = token.head
    if token.dep_ == "nsubj":
        told = verb.lemma_.lower() in words["starting_verbs"]
    elif token.dep_ == "nsubjpass":
        told = verb.lemma_.lower() in words["imposing_verbs"] and not any(c.dep_ == "agent" for c in verb.children)
    else:
        told = False
    if not told or any(c.dep_ == "neg" for c in verb.children):
        return []
    sentence = token.sent
    named = {m.actor.country for t in sentence for m in index.at(t) if m.actor.country}
    story = index.story.get(sentence.start)
    if len(named) == 1:
        country, entry = next(iter(named)), "sentence"
    elif not named and story is not None:
        country, entry = story
    else:
        return []
    return [Mention(text="", start=token.idx, end=token.idx, sentence=0, label="ROLE",
                    actor=Actor(country=country, sector="GOV", entry=f"state:{entry}"))]
