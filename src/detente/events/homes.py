"""The home country of generic domestic actors the actors stage left unplaced.

"Police fired tear gas at protesters", "The court jailed two activists", "Prosecutors charged the
mayor": the actors stage resolves these role nouns to a sector (COP, JUD, ...) but to no country,
because the phrase names none. A coder reads their country from the story: the police of a story
about Nairobi are Kenya's. This module gives such a mention a country, only when its own sentence
names no located country at all (a sentence naming one is left to the sentence rules of
``sources.sole_country`` and ``context.context_targets``), in this order:

1. ``home:previous`` -- the nearest earlier sentence of the same paragraph that names a located
   country names exactly one (several: no country, the story has moved between countries);
2. ``home:article`` -- else the article's own country: the one country named in its first
   sentence (the headline or lead) that is also most of the article's country mentions.

Before both, and whatever its sentence names, a mention whose own words hold a place the
gazetteer knows in one country only takes that country (``home:name``): "the Los Angeles Police
Department" is the United States' police, "Wisconsin governor Tony Evers" its governor, "the
Mayor of Miami" its mayor -- the actors stage places countries and capitals, not states,
provinces or other cities. A person's own name is not read for a place ("Elizabeth Warren" is not
Warren, Michigan).

Only role nouns of the state, its opponents and armed groups are placed (``home_sectors`` in
``semantics.yaml``), never a named person or organisation (its country is a fact the actors
stage knows or does not), and never a phrase marked foreign ("foreign troops", "international
mediators": ``home_foreign_words``). The placed mention keeps its own words, offsets and sector;
its actor's entry names the rule (``home:previous>role:police``), and a row with a placed side
names it in its rule (suffix ``~home``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from detente.actors.homonyms import HOME as HOMONYM_HOME
from detente.actors.homonyms import us_local
from detente.actors.tables import is_country
from detente.nlp import doc_text, entities, span_at, span_of
from detente.places.gazetteer import ADMIN1, CAPITAL, CITY, Gazetteer
from detente.records import Actor, Mention

PLACE_HOME = "home:place#place"
"""The entry of a place name placed by the gazetteer (``name_mentions``: "in Zahedan"): named,
no guess, and a place, never a side (the ``#place`` suffix ``doers.place_part`` reads)."""

NAME_PLACE_FEATURES = frozenset({ADMIN1, CAPITAL, CITY})
"""Gazetteer entries a name may hold: states and provinces, cities."""
NAME_PLACE_POPULATION = 50_000
"""A city must be at least this large to place a name (villages share names with words)."""
NAME_PLACE_SHARE = 0.9
"""The share of the candidates' population one country must hold for the place to be its."""


def _story_codes(sentence, by_token: dict, exclude) -> list[str]:
    """The located countries (ISO codes, not IGOs) a sentence names, once per token of each
    mention (the article's tally counts a two-word name twice)."""
    return [m.actor.country for t in _mentioned(sentence, by_token, exclude)
            for m in by_token[t.i] if _of_story(m)]


def _mentioned(sentence, by_token: dict, exclude) -> list:
    """The sentence's tokens that lie in a mention and are not excluded (``exclude`` reads the
    parse, so it is asked about those tokens only)."""
    doc = sentence.doc
    return [token for token in (doc[i] for i in range(sentence.start, sentence.end) if by_token.get(i))
            if not exclude(token)]


def _of_story(mention: Mention) -> bool:
    """A mention of a country that tells where a story is: not a news outlet ("(The Washington
    Post)" after a Current Events item is the source, not the place)."""
    return is_country(mention.actor.country) and mention.actor.sector != "MED"


CREDIT = re.compile(r"\(([^()\n]*)\)[ \t]*(?=\n|$)")
"""A parenthesised source credit closing its line: "... resigns. (BBC News)"."""


def credit_tokens(doc) -> set[int]:
    """Indexes of the words of parenthesised source credits that close their line ("(BBC News)",
    "(The Washington Post)"): the outlet tells where the story came from, not where it is."""
    out: set[int] = set()
    for found in CREDIT.finditer(doc_text(doc)):
        span = span_at(doc, found.start(1), found.end(1))
        out.update(t.i for t in span or ())
    return out


def paragraph_starts(doc) -> set[int]:
    """Indexes of the sentences that open a paragraph (the first, and each after a line break)."""
    starts, text = {0}, doc_text(doc)
    for i, sentence in enumerate(doc.sents):
        before = text[max(0, sentence.start_char - 3):sentence.start_char]
        if "\n" in before or "\n" in text[sentence.start_char:sentence.end_char].rstrip()[:1]:
            starts.add(i)
    return starts


def article_country(codes: list[list[str]]) -> str | None:
    """The article's own country: one country named in its first sentence that holds one, which
    is also most (at least two thirds, twice or more) of the article's country mentions
    (``codes``: each sentence's ``_story_codes``)."""
    counts: Counter = Counter(code for sentence in codes for code in sentence)
    lead = next((set(found) for found in codes[:2] if found), set())
    if len(lead) != 1:
        return None
    country = next(iter(lead))
    total = sum(counts.values())
    return country if counts[country] >= 2 and counts[country] * 3 >= total * 2 else None


def placeable(mention: Mention, words: dict[str, frozenset[str]]) -> bool:
    """A role noun of a home sector with no country and no foreign marker ("the police", "lawmakers",
    "government forces"; not "foreign troops", not a person's name)."""
    actor = mention.actor
    if actor is None or actor.country or actor.sector not in words["home_sectors"]:
        return False
    if mention.label not in ("ROLE", "PERSON") or not (actor.entry or "").startswith("role:"):
        return False
    return not set(mention.text.lower().replace("-", " ").split()) & words["home_foreign_words"]


def place_country(gaz: Gazetteer, name: str, prefer: str | None = None) -> str | None:
    """The country of a place name when one country holds nearly all the population of the places
    of that name ("Wisconsin", "Kenosha", "Barcelona"; not "Punjab" or "Mérida"), else None; in
    a story told in ``prefer`` (``local_home``), that country whenever it has a place of the name
    ("Paris police" in an Illinois story)."""
    by_country: Counter = Counter()
    for cand in gaz.lookup(name):
        if cand.primary and int(gaz.feature[cand.entry]) in NAME_PLACE_FEATURES:
            by_country[gaz.country_of(cand.entry)] += int(gaz.population[cand.entry])
    if not by_country:
        return None
    if prefer is not None and prefer in by_country:
        return prefer
    country, top = by_country.most_common(1)[0]
    total = sum(by_country.values())
    return country if country and top >= NAME_PLACE_POPULATION and top >= NAME_PLACE_SHARE * total else None


def name_tokens(doc, mention: Mention) -> list:
    """The mention's tokens, with the proper nouns the parse hung on it from the left that the
    actors stage left out ("Kenosha" before "Police Department"); a person's own name left out."""
    span = span_of(doc, mention)
    if span is None:
        return []
    tokens = list(span)
    left = span.start
    while left > 0 and doc[left - 1].pos_ == "PROPN" and doc[left - 1].head.i in range(left, span.end):
        left -= 1
        tokens.insert(0, doc[left])
    return [t for t in tokens if t.ent_type_ != "PERSON"]


def local_home(doc, mentions: list[Mention]) -> str | None:
    """"USA" for an American local story (``actors.homonyms.us_local``: a "<Name> County" or a
    state's AP abbreviation) that names no other country by a country word or demonym: its bare
    town names are American towns ("Paris police", "Berlin police"; issue 13, round 19)."""
    if not us_local(doc_text(doc)):
        return None
    if any(m.actor is not None and m.actor.country not in (None, HOMONYM_HOME)
           and (m.actor.entry or "").startswith(("country:", "demonym:")) for m in mentions):
        return None
    return HOMONYM_HOME


def name_country(tokens: list, gaz: Gazetteer, words: dict[str, frozenset[str]],
                 prefer: str | None = None) -> str | None:
    """The country of the longest run of capitalised words that is a place of one country: "Los
    Angeles" in "the Los Angeles Police Department". A single word must be tagged a place by the
    entity recogniser ("Wisconsin governor", not "a Mobile Brigade Corps"). A longer place name
    of several countries ("San Juan") places nothing, and its words are no names of their own
    ("San" is a town in Mali: review r29c, bug 6)."""
    taken: set[int] = set()
    for size in range(min(len(tokens), 4), 0, -1):
        for i in range(len(tokens) - size + 1):
            piece = tokens[i:i + size]
            if any(piece[j + 1].i != piece[j].i + 1 for j in range(size - 1)) or \
                    any(t.i in taken for t in piece):
                continue  # not side by side in the text, or inside a longer place name
            if not all(t.text[:1].isupper() for t in piece) or piece[-1].lower_ in words["home_name_stop"]:
                continue
            if size == 1 and piece[0].ent_type_ not in ("GPE", "LOC"):
                continue
            name = " ".join(t.text for t in piece)
            if (country := place_country(gaz, name, prefer)) is not None:
                return country
            if size > 1 and _is_place_name(gaz, name):
                taken.update(t.i for t in piece)
    return None


def _is_place_name(gaz: Gazetteer, name: str) -> bool:
    """True when the gazetteer holds a populated place or region of the name in any country."""
    return any(cand.primary and int(gaz.feature[cand.entry]) in NAME_PLACE_FEATURES
               for cand in gaz.lookup(name))


def whole_name_country(tokens: list, gaz: Gazetteer, prefer: str | None = None) -> str | None:
    """The country of a place name taken whole ("San Francisco"; never one of its words, as
    ``name_country`` may: "San" is a town in Mali), when one country holds it (``place_country``)."""
    return place_country(gaz, " ".join(t.text for t in tokens), prefer) if tokens else None


def name_mentions(doc, mentions: list[Mention], gaz: Gazetteer, words: dict[str, frozenset[str]]) -> list[Mention]:
    """Placed copies of unplaced mentions whose own words name a place (``home:name``), and of
    place names the actors stage left without an actor ("in Zahedan", "in Lyon"): the place of one
    country, as a place (entry ``home:place#place``: never a side, but where an act happened)."""
    out, prefer = [], local_home(doc, mentions)
    for mention in mentions:
        if mention.actor is None and mention.label in ("GPE", "LOC") and \
                (country := whole_name_country(name_tokens(doc, mention), gaz, prefer)) is not None or \
                mistaken_place(doc, mention, words) and \
                (country := whole_name_country(list(span_of(doc, mention)), gaz, prefer)) is not None:
            placed = Actor(country=country, sector=None, entry=PLACE_HOME)
            out.append(replace(mention, actor=placed, rule="home:place"))
            continue
        actor = mention.actor
        if actor is None or actor.country or not actor.sector or mention.label == "PRON":
            continue
        if (country := name_country(name_tokens(doc, mention), gaz, words, prefer)) is not None:
            placed = Actor(country=country, sector=actor.sector, name=actor.name, entry=f"home:name>{actor.entry}")
            out.append(replace(mention, actor=placed, rule=f"home:name>{mention.rule or actor.entry}"))
    return out


PLACE_SLOT_PREPOSITIONS = frozenset({"in", "into", "near", "outside", "around", "toward", "towards", "inside",
                                     "across", "through", "within"})
"""Prepositions whose object is a place wherever they hang ("fighting in Kherson")."""
MOVE_FROM_PREPOSITIONS = frozenset({"from", "out", "of"})
"""Prepositions whose object is a place left when they hang from a verb ("withdrew from Kherson")."""


def mistaken_place(doc, mention: Mention, words: dict[str, frozenset[str]]) -> bool:
    """A name the entity recogniser took for a person or an organisation that stands in a place's
    slot: the object of a locative preposition ("shelling in Kherson"), of "from"/"out of" after a
    verb ("withdrew from Kherson"), or of a verb of taking a place ("recaptured Mariupol"), or the subject of "fell to". The
    actors stage left it unresolved; ``name_mentions`` places it when the gazetteer holds the whole
    name in one country. Not a name the article also gives a person in full ("Michael Jackson ...
    talks in Jackson")."""
    if mention.actor is not None or mention.label not in ("PERSON", "ORG"):
        return False
    span = span_of(doc, mention)
    if span is None or not all(t.pos_ == "PROPN" for t in span):
        return False
    root = span.root
    if root.dep_ == "pobj":
        prep, owner = root.head, root.head.head
        slot = prep.lower_ in PLACE_SLOT_PREPOSITIONS or \
            (prep.lower_ in MOVE_FROM_PREPOSITIONS and (owner.pos_ == "VERB" or owner.lower_ == "out"))
    elif root.dep_ == "nsubj" and root.head.lemma_.lower() == "fall":  # "Kherson fell to Russian forces"
        slot = any(c.dep_ == "prep" and c.lower_ == "to" for c in root.head.children)
    else:
        slot = root.dep_ == "dobj" and root.head.lemma_.lower() in words["place_taking_verbs"]
    if not slot:
        return False
    last = span[-1].text
    return not any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == last for e in entities(doc))


def story_countries(doc, by_token: dict, exclude=lambda token: False) -> list[tuple[str, str] | None]:
    """Per sentence, the country its story is in and the rule that says so: the one country of
    the paragraph's nearest earlier sentence naming any (``home:previous``), else the article's own
    country (``home:article``); None when neither is one country."""
    sentences = list(doc.sents)
    starts = paragraph_starts(doc)
    codes = [_story_codes(s, by_token, exclude) for s in sentences]
    named = [set(found) for found in codes]
    home = article_country(codes)
    out: list[tuple[str, str] | None] = []
    for at in range(len(sentences)):
        country = _earlier(at, named, starts)
        if country is None and home:
            out.append((home, "home:article"))
        else:
            out.append((country, "home:previous") if country else None)  # False: several just before
    return out


def home_mentions(doc, mentions: list[Mention], by_token: dict, words: dict[str, frozenset[str]],
                  exclude=lambda token: False, story: list | None = None) -> list[Mention]:
    """Placed copies of the article's unplaced domestic role mentions (see the module text)."""
    sentences = list(doc.sents)
    story = story if story is not None else story_countries(doc, by_token, exclude)
    located: list[bool] | None = None  # worked out at the first placeable mention (most articles have none)
    bounds = [(s.start_char, s.end_char) for s in sentences]
    out = []
    for mention in mentions:
        if not placeable(mention, words) or _marked_foreign(doc, mention, words):
            continue
        at = next((i for i, (low, high) in enumerate(bounds) if low <= mention.start < high), None)
        if at is not None and located is None:
            located = [bool(_mentioned(s, by_token, exclude)) for s in sentences]
        if at is None or located[at] or story[at] is None:
            continue  # its own sentence names a located actor (the sentence rules decide), or no story country
        country, rule = story[at]
        actor = Actor(country=country, sector=mention.actor.sector, entry=f"{rule}>{mention.actor.entry}")
        out.append(replace(mention, actor=actor, rule=f"{rule}>{mention.rule or mention.actor.entry}"))
    return out


def _marked_foreign(doc, mention: Mention, words: dict[str, frozenset[str]]) -> bool:
    """True when a modifier of the mention's head outside its span marks it foreign ("Foreign
    troops" when the actors stage kept only "troops")."""
    span = span_of(doc, mention)
    return span is not None and any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in words["home_foreign_words"]
                                    for c in span.root.children)


def _earlier(at: int, named: list[set[str]], starts: set[int]) -> str | None | bool:
    """The one country of the nearest earlier sentence of the paragraph that names any: a code,
    ``False`` when that sentence names several, ``None`` when none does."""
    i = at
    while i not in starts and i > 0:
        i -= 1
        if named[i]:
            return next(iter(named[i])) if len(named[i]) == 1 else False
    return None
