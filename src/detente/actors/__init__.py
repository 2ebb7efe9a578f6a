"""Actors stage: every mention resolved to a country and a sector on the article's date.

Reads ``coded.doc`` (spaCy parse with NER) and ``coded.article.date``; writes
``coded.mentions``. The contract other stages rely on:

- ``coded.mentions`` is sorted by ``start``; mentions never overlap, and every ``start``/``end``
  falls exactly on spaCy token boundaries of ``coded.doc`` (``doc.char_span(m.start, m.end)``
  is never None), so a stage can find the actors inside a dependency subtree by offsets.
- One mention per actor-bearing phrase: a name ("Vladimir Putin", label PERSON), a country,
  capital or seat of power ("Moscow", "the Kremlin", GPE/ORG), a nationality word (NORP), an
  organisation (ORG), a role phrase with its modifiers ("Russian troops", "the Kremlin leader",
  "Moscow's ambassador", label ROLE; titles fold into the name: "Russian President Vladimir
  Putin" is one PERSON mention), or a pronoun (label PRON). Conjoined actors are separate
  mentions ("the US and Russia"; "Hungarian and Romanian officials" gives "Hungarian" and
  "Romanian", each with the role's sector).
- ``Mention.actor`` is an ``Actor(country, sector, code, name, entry)`` resolved on the article
  date (None: latest office), or None when nothing in the dictionaries explains the span
  (never guessed). An actor may have a sector but no country ("the police"); the
  ``story_country`` stage, run after every other stage, then gives such a titled person (and
  a domestic group: rebels, opposition, clergy, courts, police, legislatures, parties) the
  article's country when the article names exactly one (``+story:<code>`` in its entry). A capital or
  region named as a place ("a curfew in Abidjan", "rebels shelled Juba") is the place's
  civilians (sector CVL, ``entry`` ending in ``#place``); acting, it is the government
  ("Kyiv accused Moscow"). Someone out of office on the date is an elite (sector ELI).
- ``Mention.antecedent`` is the index in ``coded.mentions`` of the mention a pronoun, a
  definite description ("the president"), an apposition or a repeated unknown surname refers
  to; its ``actor`` is already copied from it. "it" is a PRON mention only when linked to a
  country or body (the subject of the clause it reports or continues: "Syria says it will";
  or itself the subject of a speech/decision verb: "It said"); expletive "it" never is.
  "they"/"their" after conjoined people ("Biden and Putin ... their summit") link to the
  FIRST conjunct (rule ``coref:plural>...``): the others are the mentions conjoined with it
  in the parse, so a stage that needs the whole group reads them from there. ``Mention.rule`` / ``Actor.entry`` name the
  dictionary entries used (``roster:joe-biden#president``, ``role:troops+demonym:Russian``,
  ``coref:pronoun>...``).

Data (``data/``, see its README): countries, variants, demonyms, metonyms, organisations,
sectors and the dated roster, plus the user's ``Resources(actors_file=...)``.
"""

from __future__ import annotations

from detente.actors.appositions import adopt_appositions, people_of_bodies
from detente.actors.coref import drop_unlinked, link_acronyms, link_references
from detente.actors.country_owner import place_owned
from detente.actors.era import titles_out_of_era
from detente.actors.estimate import era_of, estimate_date, reads_people
from detente.actors.matcher import find_atoms
from detente.actors.name_heads import named_again
from detente.actors.parties import place_parties
from detente.actors.phrases import Context, Phrase
from detente.actors.resolver import held_beside, resolve_atoms
from detente.actors.seats import states_text
from detente.actors.senses import governing_executives, shadow_offices, titled_gender
from detente.actors.tables import COUNTRY_CODES, ActorTables, is_country, load_tables, read_tsv
from detente.nlp import columns, doc_text
from detente.records import CodedArticle, Mention
from detente.resources import Resources
from detente.stage import Stage

__all__ = ["COUNTRY_CODES", "STAGE", "ActorTables", "is_country", "load", "read_tsv", "run", "resolve_mentions"]


def load(resources: Resources) -> ActorTables:
    """Compiled actor tables: our data plus the user's ``actors_file`` option, if any."""
    return load_tables(resources.options.get("actors_file"))


def resolve_mentions(coded: CodedArticle, tables: ActorTables) -> list[Mention]:
    """The mentions of a parsed article, resolved and linked (see the module docstring).

    >>> import detente
    >>> coded = detente.code("Russian troops entered Kharkiv.", date="2022-03-01")
    >>> [(m.text, m.actor.code) for m in coded.mentions]
    [('Russian troops', 'RUSMIL'), ('Kharkiv', 'UKRCVL')]
    """
    doc = coded.doc
    atoms = find_atoms(doc, tables)
    us = states_text(doc, atoms)  # "the Georgia governor" in a US story (review r32d, bug 2)
    context = Context(doc, tables, coded.article.date, states_text=us)
    phrases = sorted(resolve_atoms(doc, atoms, context), key=lambda p: p.start)
    if coded.article.date is None:  # an undated article: read its people on its estimated date
        coded.date_estimate = estimate_date(phrases, doc)
        if coded.date_estimate is not None and reads_people(coded.date_estimate):
            context = Context(doc, tables, None, era=era_of(coded.date_estimate), states_text=us)
            phrases = sorted(resolve_atoms(doc, atoms, context), key=lambda p: p.start)
    titles_out_of_era(phrases, context, lambda p: held_beside(p, context))  # undated "X MP"
    adopt_appositions(doc, phrases)  # "the Civic Alliance, a Kenyan opposition party"
    people_of_bodies(doc, phrases, tables.first_names)  # "Hassan Nasrallah", listed under his movement
    titled_gender(doc, phrases)  # "Mrs Howard" is not the roster's Michael Howard
    shadow_offices(doc, phrases)  # "the shadow chancellor": the opposition, not the holder
    place_parties(doc, phrases)  # "Labour", "the Tories", "Tory spokesman": national parties PTY
    governing_executives(doc, phrases)  # "the Scottish Executive": a government
    link_acronyms(doc, phrases)
    phrases, links = drop_unlinked(phrases, link_references(doc, phrases, context))
    phrases, links = named_again(doc, phrases, links)  # "the Electoral Commission ... the commission"
    place_owned(doc, phrases)  # "<country> voted ... the country's election commission"
    return [_mention(coded, doc, p, links.get(k)) for k, p in enumerate(phrases)]


def _mention(coded: CodedArticle, doc, phrase: Phrase, antecedent: int | None) -> Mention:
    cols = columns(doc)
    start, end = cols.idx[phrase.start], cols.idx[phrase.end - 1] + cols.length[phrase.end - 1]
    return Mention(text=doc_text(doc)[start:end], start=start, end=end,
                   sentence=coded.sentence_of(start), label=phrase.label,
                   actor=phrase.actor, antecedent=antecedent, rule=phrase.rule)


def run(coded: CodedArticle, resources: Resources) -> None:
    """Resolve every actor mention of ``coded`` (replacing ``coded.mentions``)."""
    coded.mentions = resolve_mentions(coded, resources.get("actors"))


STAGE = Stage(name="actors", reads=("doc", "sentences", "article"), writes=("mentions", "date_estimate"),
              run=run, spacy_components=("ner", "parser"))
