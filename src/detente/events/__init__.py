"""Events stage: who did what to whom, coded in PLOVER and CAMEO.

Reads the spaCy parse and the resolved actor mentions; writes ``coded.events``. It never
resolves actors itself: an argument's actors are the actors stage's mentions inside it.
``date``/``location`` are left for the dates and places stages.

The article's headline line (``nlp.tokens.headline_end``: the first paragraph, one short line
that does not end a sentence) is a sentence of its own (round 27, branch sb27,
gold/events/NOTES-sb27.md), so the lead is read without the headline's noun phrase as its
subject; of the headline's rows ``headlines.headline_rows`` drops a doer given the one foreign
country the headline names (a bare surname left unresolved, the country the story's topic).

>>> import detente
>>> coded = detente.code("Russia and the United States agreed to resume talks.", date="2021-06-16")
>>> [e.type for e in coded.events]  # doctest: +SKIP
['AGREE']
"""

from __future__ import annotations

from detente.events.arguments import MentionIndex
from detente.events.coder import code_sentence
from detente.events.context import name_part
from detente.events.fast import holds_token
from detente.events.guards import dateline_end
from detente.events.headlines import (
    headline_nlp,
    headline_rows,
    headline_verbs,
    mention_tokens,
    repair_headlines,
)
from detente.events.homes import credit_tokens, home_mentions, name_mentions, story_countries
from detente.events.interviewers import without_channels
from detente.events.lexicon import Lexicon, load_lexicon
from detente.events.located import located_story
from detente.events.opinions import opinion_rows
from detente.events.pairs import pair_mentions
from detente.events.repeats import drop_repeats
from detente.events.row_senses import sense_rows
from detente.events.speech import Speakers
from detente.events.spurious import commercial_rows, sports_rows
from detente.events.verifier import verify
from detente.nlp import columns, doc_text
from detente.nlp.tokens import headline_end
from detente.records import CodedArticle
from detente.resources import Resources
from detente.stage import Stage

__all__ = ["load", "run", "STAGE"]


def load(resources: Resources) -> Lexicon:
    """The trigger lexicon, ontology and cue words, read once per process."""
    return load_lexicon()


def run(coded: CodedArticle, resources: Resources) -> None:
    """Add the events of every sentence that holds a resolved actor."""
    lexicon = resources.get("events")
    repair_headlines(coded.doc, headline_nlp(), headline_verbs(lexicon),  # "A court sentences X": a verb, not a noun
                     mention_tokens(coded.doc, coded.mentions))  # "ECOWAS imposed sanctions": a name, not a verb
    dateline = dateline_end(coded.article.text)  # "KABUL (AP) —": where the story was filed, no actor
    mentions = [m for m in coded.mentions if m.start >= dateline]
    index = MentionIndex(coded.doc, mentions, lexicon.words["relational_nouns"],
                         lexicon.words["document_nouns"], lexicon.words["named_after_nouns"],
                         kin=lexicon.words["kin_nouns"])
    index.place(name_mentions(coded.doc, coded.mentions, resources.get("places"), lexicon.words))
    if not index:
        return
    place_homes(coded, index, lexicon)
    pair_mentions(coded.doc, index, lexicon)  # "Turkey and Greece ... the leaders of the two countries"
    index.speakers = Speakers(coded, resources)
    story = lexicon.discards.get("story")
    if story is not None and story.search(coded.article.text):
        return  # a sports or entertainment story (Phoenix discards)
    seen: set[str] = set()
    text = doc_text(coded.doc)
    held = sorted(i for i, found in index.by_token.items() if found)  # tokens of located mentions
    headline = headline_end(text)  # the article's headline line, a sentence of its own
    for sentence_index, sentence in enumerate(coded.doc.sents):
        if not holds_token(held, sentence.start, sentence.end) and not story_act(sentence, index, lexicon):
            continue
        if skipped(text[sentence.start_char:sentence.end_char], seen, lexicon):  # Span.text re-joins tokens
            continue
        rows = code_sentence(coded, sentence, sentence_index, lexicon, index)
        if headline is not None and sentence.start_char < headline:
            home = index.story.get(sentence.start)  # (country, rule) or None
            rows = headline_rows(rows, home[0] if home else None,  # no doer given a foreign topic country
                                   lexicon.semantics.get("headline_rows"))
        coded.events.extend(rows)
    coded.events.extend(opinion_rows(coded, index, lexicon, coded.events))  # "X has failed," he said
    coded.events[:] = drop_repeats(coded.events, coded.doc)  # "attended the rally" told before
    coded.events[:] = without_channels(coded.events, coded.doc, coded.mentions)  # "told the BBC": no request
    coded.events[:] = commercial_rows(sports_rows(coded.events, coded.doc), coded.doc)  # teams and firms, not states
    coded.events[:] = sense_rows(coded.events, coded.doc)  # "the government called an election": no request
    coded.events[:] = verify(coded.events, lexicon.semantics.get("row_verifier"),  # learned; off unless switched on
                             coded.doc, lexicon, mentions)


def place_homes(coded: CodedArticle, index: MentionIndex, lexicon: Lexicon) -> None:
    """Each sentence's story country, and the unplaced domestic mentions placed in it
    (``events/homes.py``)."""
    credits = credit_tokens(coded.doc)
    known: dict[int, bool] = {}

    def outside(token) -> bool:  # "the Gulf of Mexico", "(BBC News)": no side, no story country
        if token.i not in known:
            known[token.i] = token.i in credits or name_part(token, index)
        return known[token.i]

    story = story_countries(coded.doc, index.by_token, outside)
    index.story = {sentence.start: found for sentence, found in zip(coded.doc.sents, story, strict=True) if found}
    index.place(home_mentions(coded.doc, coded.mentions, index.by_token, lexicon.words, outside, story))


def story_act(sentence, index: MentionIndex, lexicon: Lexicon) -> bool:
    """A sentence naming no actor that may still hold an act of the story's state ("The nine
    men were prosecuted": ``doers.story_state``)."""
    verbs = lexicon.words["story_act_verbs"]
    lemma = columns(sentence.doc).lemma  # lower-cased lemmas, no Token per word
    if not any(lemma[i] in verbs for i in range(sentence.start, sentence.end)):
        return False
    return sentence.start in index.story or located_story(sentence, index) is not None  # "in Amsterdam, Netherlands"


def skipped(text: str, seen: set[str], lexicon: Lexicon) -> bool:
    """Precision guards on a whole sentence: a question ("Would China attack Taiwan?"), a sentence
    stated before in the article (a headline repeated as the first line, a caption repeating the
    text), or one holding a discard phrase (sports, entertainment)."""
    key = " ".join(text.split()).lower()
    if key.rstrip("\"'”’ ").endswith("?") or key in seen:
        return True
    seen.add(key)
    pattern = lexicon.discards.get("sentence")
    return pattern is not None and pattern.search(text)


STAGE = Stage(name="events", reads=("doc", "mentions"), writes=("events",), run=run,
              spacy_components=("parser", "tagger", "attribute_ruler", "lemmatizer"))
