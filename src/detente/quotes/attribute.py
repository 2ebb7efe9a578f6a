"""Putting the pieces together: quoted spans, reported clauses and their speakers, in order.

Candidates (direct quotes and reported clauses) are attributed in text order so that ``he
said`` can fall back on the speaker of the latest quote before it. Whether a direct quote
goes on from the one before it (and keeps its speaker) is in ``continuation.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cached_property
from typing import Any

from detente.quotes.acronyms import defined_acronym
from detente.quotes.afterstatement import RULE as AFTER_RULE
from detente.quotes.afterstatement import in_narration, statement_before
from detente.quotes.anaphora import PRONOUNS, naming_words
from detente.quotes.attribution import token_range
from detente.quotes.authors import DOCUMENT_WINDOW, document_speaker
from detente.quotes.bound import bound_participle_doer
from detente.quotes.candidates import (
    Candidate,
    _direct_candidates,
    _indirect_candidates,
)
from detente.quotes.claims import CLAIM_ENTRY
from detente.quotes.context import (
    anonymous_source,
    body_codes,
    company,
    complete,
    igo_official,
    in_chamber,
    lead_description,
    main_country,
)
from detente.quotes.continuation import continues, follows, runs_on
from detente.quotes.countries import place_country, resolved_places, set_in_place
from detente.quotes.cueless import (
    announcer,
    intent_of,
    line_writer,
    named_before,
    narrator,
    own_words_of,
    owner_after,
    owner_inline,
)
from detente.quotes.cues import CueLexicon
from detente.quotes.describe import (
    body_named,
    capitalised_body,
    describe,
    described,
    person_titles,
)
from detente.quotes.direct import closing_colon_subject
from detente.quotes.documents import document_span, relaying_outlet, speaking_document
from detente.quotes.employers import company_named_before
from detente.quotes.fast import Inside, forget_memos
from detente.quotes.inwords import IN_WORDS_ENTRY
from detente.quotes.lead import named_next
from detente.quotes.marks import QuotedSpan, find_quoted_spans
from detente.quotes.names import clean_name, person_name
from detente.quotes.parenthetical import embed_reported
from detente.quotes.partial import fragment_in_clause
from detente.quotes.parties import in_or_out
from detente.quotes.partynames import full_party_names
from detente.quotes.quote_filter import filter_quotes
from detente.quotes.rolebefore import role_before
from detente.quotes.shortsentence import RULE as SHORT_RULE
from detente.quotes.speakers import SpeakerResolver
from detente.quotes.speakertokens import Recent, colon_speaker
from detente.quotes.statements import statement_source, statement_words
from detente.quotes.subjects import climb_steps, outer_reporter, speaker_span, subject_of
from detente.quotes.writtennames import as_written
from detente.records import Actor, CodedArticle, Quote, Speaker


class _Builder:
    """Turns candidates into Quote records, tracking the latest speaker."""

    def __init__(self, coded: CodedArticle, resolver: SpeakerResolver,
                 quoted: list[tuple[int, int]], places: Callable[[], Any] | None = None,
                 adjectives: dict[str, str] | None = None):
        self.coded = coded
        self.adjectives = adjectives or {}
        self.places = places
        self.quoted = quoted
        self.resolver = resolver
        self.recent: Recent | None = None
        self.last_direct: Quote | None = None
        self.quotes: list[Quote] = []
        self.dropped: list[tuple[Quote, Candidate]] = []
        self.bodies = body_codes(coded.mentions)

    @cached_property
    def _article_country(self) -> tuple[str | None, str]:
        """The article's main country and how it was found; the places' one country only when
        no actor names one. Computed when a speaker first needs it: ``place_country`` runs the
        toponym finder, which an article without quotes never needs."""
        country = main_country(self.coded.mentions)
        if country is not None:
            return country, "main-country"
        return place_country(self.coded.doc, self.coded.mentions, self.places,
                             self._places), "place-country"

    @cached_property
    def _places(self) -> list[tuple[int, int, int, str | None]]:  # countries.resolved_places
        return resolved_places(self.coded.doc, self.coded.mentions, self.places)

    @property
    def country(self) -> str | None:
        return self._article_country[0]

    @property
    def country_how(self) -> str:
        return self._article_country[1]

    def speaker(self, cand: Candidate) -> Speaker | None:
        """The speaker of a cued candidate. The span is the words at the cue: an outlet that
        quotes someone "as saying" keeps its words, named as the person quoted (rule
        ``+relayed-by``, ``documents.relaying_outlet``); a document that is itself the
        subject of the cue ("the email said") keeps its words, named as its issuer (rule
        ``+document-words``, ``documents.speaking_document``)."""
        found = self._speaker_at_cue(cand)
        if found is None or cand.speaker_tokens is not None:
            return found
        doc = self.coded.doc
        steps = climb_steps(doc, cand.cue, self.quoted, cand.direct)
        if steps:  # "wrote the agents knew, saying", "the 43-year-old asked", "went so far
            found = replace(found, rule="+".join([found.rule or "subject", *steps]))  # as to say"
        outlet = relaying_outlet(doc, cand.cue, self.quoted)
        if outlet is not None:  # "the RBK news website quoted Ms. Roe as saying"
            span = doc[slice(*speaker_span(outlet))]
            return replace(found, text=span.text, start=span.start_char, end=span.end_char,
                           rule=f"{found.rule}+relayed-by")
        noun = speaking_document(doc, cand.cue, self.quoted)
        subject = subject_of(doc, cand.cue, self.quoted, direct=cand.direct) \
            if noun is not None else None
        if subject is None or subject.i == noun.i or (
                not noun.left_edge.i <= subject.i <= noun.right_edge.i
                and any(a.i == noun.head.i for a in subject.ancestors)):
            return found  # "The warning came from X", "were made by X": X's own words
        left, right = document_span(noun, subject)
        span = doc[left:right]
        return replace(found, text=span.text, start=span.start_char, end=span.end_char,
                       rule=f"{found.rule}+document-words")

    def _speaker_at_cue(self, cand: Candidate) -> Speaker | None:
        doc, cue = self.coded.doc, cand.cue
        if cand.speaker_tokens is not None:
            said = colon_speaker(doc, *cand.speaker_tokens)
            if cue.entry == IN_WORDS_ENTRY:  # "in Forbes' words": the possessor's words
                said = replace(said, rule="in-their-words")
            elif cue.entry == CLAIM_ENTRY:  # "a claim by Tom Reed that ...": the author's
                said = replace(said, rule="claim-author")
            found = self.resolver.named_in(said)
            return self._complete(found)
        subject = subject_of(doc, cue, self.quoted, direct=cand.direct)
        subject = bound_participle_doer(doc, cue, subject) or subject  # "describing it as"
        if subject is None:
            return self._document_author(cand)
        sentence = self.coded.sentence_of(doc[cue.head].idx)
        found = self.resolver.speaker(subject, self.recent, sentence)
        outer = outer_reporter(doc, cue, subject, self.quoted) \
            if cand.direct and not found.name and found.actor is None \
            and (self._after_colon(cand) or self._fragment(cand)) else None
        if outer is not None:  # "X told Y the number of cases suggested a pattern: "...""
            reporter = self.resolver.speaker(outer, self.recent, sentence)
            if reporter.name:
                found = replace(reporter, rule=f"{reporter.rule}+outer-reporter")
        issued = document_speaker(self, subject, found, sentence)  # "The proclamation said",
        if issued is not None:  # "the report urged", "says its report": the author speaks
            self.recent = Recent(issued, sentence)
            return issued
        last = self.recent.speaker if self.recent is not None else None
        if last is not None and found.name and found.name == last.name and (
                found.actor is None or found.actor.country is None) and last.actor is not None:
            found = replace(found, actor=described_sector(found.actor, last.actor),
                            rule=f"{found.rule}+same-speaker")
        found = in_chamber(self._complete(self._by_surname(found)), doc, cue.head)
        if found.name or found.actor is not None:
            self.recent = Recent(found, sentence)
        return found

    def _after_colon(self, cand: Candidate) -> bool:
        """The quote opens right after a colon ('...suggested a pattern: "..."')."""
        before = self.coded.article.text[max(0, cand.start - 4):cand.start]
        return before.rstrip(" \"\u201c\u2018'").endswith(":")

    def _fragment(self, cand: Candidate) -> bool:  # 'suggests there are "many" calls'
        rng = token_range(self.coded.doc, cand.start, cand.end)
        return rng is not None and fragment_in_clause(self.coded.doc, cand.cue, *rng)

    def _document_author(self, cand: Candidate) -> Speaker | None:
        """A definite document that speaks with no author of its own ("the written ruling
        said", "the statement read") right after its author spoke (``DOCUMENT_WINDOW``
        sentences), when that speaker is an office or a body (a sector other than CVL): the
        author, rule ``document>recent-speaker``; None otherwise."""
        doc, cue = self.coded.doc, cand.cue
        noun = doc[cue.head]
        if cue.entry.kind != "noun" \
                or not any(c.lower_ == "the" and c.dep_ == "det" for c in noun.children) \
                or noun.dep_ != "nsubj" or noun.head.pos_ != "VERB":  # not "the message is"
            return None
        if self.recent is None or not self.recent.speaker.name:
            return None
        sentence = self.coded.sentence_of(noun.idx)
        last = self.recent.speaker
        if sentence - self.recent.sentence > DOCUMENT_WINDOW or last.actor is None \
                or last.actor.sector in (None, "CVL"):
            return None  # a private person or an unknown issues no ruling or joint statement
        return replace(last, rule=f"document>recent-speaker+{last.rule}")

    def _namesake(self, found: Speaker) -> Speaker:
        """A speaker named by a surname alone ("Ms Hague said", "Hague told") that a table
        resolved to someone else of that name (a president of another country, a capital
        city) is the person the article named in full before with that surname ("retired
        teacher Dara Hague"), with that mention's actor; rule
        ``+namesake``. The article's own naming beats a table's."""
        text, start = naming_words(found, self.coded.mentions) \
            if found.text.lower() in PRONOUNS else (found.text, found.start)  # "He": "Dr Fox"
        surname = _surname(text)
        entry = found.actor.entry if found.actor is not None else None
        if surname is None or not surname[:1].isupper() or found.mention is None \
                or start is None or not found.name \
                or not (entry or "").startswith(TABLE_ENTRIES) or found.name in text \
                or "spokesperson>" in (found.rule or ""):
            return found
        mentions, quoted = self.coded.mentions, self.resolver.quoted
        inside = Inside(quoted)  # ``any(s <= m.start < e for s, e in quoted)``, by bisection
        before = [i for i, m in enumerate(mentions) if m.end <= start
                  and not inside(m.start)]
        if any(mentions[i].text.endswith(found.name) for i in before):
            return found  # the article itself names the table's person in full
        named = next((i for i in reversed(before) if mentions[i].label == "PERSON"
                      and mentions[i].text.endswith(" " + surname)), None)
        if named is None:
            return found
        other = mentions[named]
        name = other.actor.name if other.actor is not None and other.actor.name \
            else person_name(other.text)
        if len(name.split()) < 2 or name == found.name or not name.endswith(" " + surname):
            return found
        return replace(found, name=name, actor=other.actor, mention=named,
                       rule=f"{found.rule}+namesake")

    def _by_surname(self, found: Speaker) -> Speaker:
        """A speaker named by one word that no table resolves ("Iseley also said") is the
        earlier speaker whose full name ends in it ("Peter Iseley"), with their actor (rule
        ``+surname>speaker``), else the person named in full before ("Tipton observed" after
        "US voice actor Alexis Tipton", the tagger taking the surname for an organisation;
        ``+surname>mention``), whose description ``_complete`` then reads. A surname a
        table gave to someone else is first the article's own person (``_namesake``)."""
        found = self._namesake(found)
        surname = _surname(found.name)
        if surname is None or (found.actor is not None and found.actor.country):
            return found
        earlier = next((q.speaker for q in reversed(self.quotes) if q.speaker is not None
                        and q.speaker.name and q.speaker.actor is not None
                        and _same_surname(q.speaker.name, surname)), None)
        if earlier is None:  # "Conrad continues" after "said Conrad Rijnhout"
            earlier = next((q.speaker for q in reversed(self.quotes) if q.speaker is not None
                            and _given_name_of(q.speaker.name, surname)), None)
        if earlier is not None:
            return replace(found, name=earlier.name, actor=earlier.actor,
                           rule=f"{found.rule}+surname>speaker")
        titled = surname != found.name  # "Ms King": the title is no part of the name
        if (found.actor is not None and not titled) or found.start is None:
            return found
        mentions = self.coded.mentions
        named = next((i for i in range(len(mentions) - 1, -1, -1)
                      if mentions[i].end <= found.start and mentions[i].label == "PERSON"
                      and mentions[i].text.endswith(" " + surname)), None)
        if named is None and not titled and found.actor is None:
            named = self._untagged_name(found.start, surname)
            if named is not None:  # "Kotut said" after "Kenyan runner Eli Kotut" (an ORG)
                return replace(found, name=person_name(mentions[named].text), mention=named,
                               rule=f"{found.rule}+surname>name")
        if named is None:  # "Tipton observed" after "US voice actor Alexis Tipton"
            return found
        name = person_name(mentions[named].text)
        if titled and found.actor is not None:  # "Ms King" after "Labour MP Oona King"
            actor = mentions[named].actor or found.actor
            return replace(found, name=name, actor=actor, rule=f"{found.rule}+surname>mention")
        return replace(found, name=name, mention=named, rule=f"{found.rule}+surname>mention")

    def _untagged_name(self, before: int, surname: str) -> int | None:
        """The latest mention before ``before`` that no table resolved and the tagger did not
        call a person, whose words are a person's name ending in ``surname``: two or three
        capitalised words with no body or place word among them ("Eli Kotut" tagged ORG)."""
        for i in range(len(self.coded.mentions) - 1, -1, -1):
            m = self.coded.mentions[i]
            if m.end > before or m.actor is not None or m.label not in ("ORG", "GPE", "NORP"):
                continue
            words = m.text.split()
            if 2 <= len(words) <= 3 and words[-1] == surname and all(
                    w[:1].isupper() and w.lower() not in NOT_NAME_WORDS for w in words):
                return i
        return None

    def _complete(self, found: Speaker) -> Speaker:
        """The speaker's actor filled from their description (``describe.described``), in or
        out of government (``parties.in_or_out``), then from the article's context
        (``context.complete``)."""
        found = defined_acronym(found, self.coded.doc, self.coded.mentions, describe)
        found = described(company_named_before(company(found), self.coded.mentions), self.coded.doc, self.coded.mentions,
                          self.resolver.quoted, self.places)
        found = in_or_out(found, self.coded.doc, self.coded.mentions, self.resolver.quoted,
                          self.country, self.coded.article.date, self.coded.date_estimate)
        found = complete(anonymous_source(found, self.country, self.adjectives), self.coded.mentions,
                         self.country, self.bodies, self.country_how)
        found = set_in_place(found, self.coded.doc, lambda: self._places, self.quoted,
                             self.coded.mentions)
        found = capitalised_body(body_named(found, self.coded.mentions), self.coded.doc,
                                 self.coded.mentions)
        found = clean_name(igo_official(found), self.coded.mentions)
        found = lead_description(found, self.coded.doc, self.coded.mentions, self.quoted)
        return role_before(found, self.coded.doc, self.coded.mentions, self.quoted)

    def _named(self, subject) -> tuple[Speaker, int] | None:
        """The completed speaker ``subject`` resolves to and the index of its sentence; None
        when there is no subject or the speaker has no name."""
        if subject is None:
            return None
        sentence = self.coded.sentence_of(self.coded.doc[subject.i].idx)
        found = self.resolver.speaker(subject, self.recent, sentence)
        if not found.name:
            return None
        return self._complete(self._by_surname(found)), sentence

    def _narrated(self, quote: Quote, cand: Candidate) -> bool:
        """Give ``quote`` the person the sentence before it is about (``narrator``);
        False when there is none or they have no name."""
        doc = self.coded.doc
        subject = narrator(doc, cand.span, self.quoted)
        named = self._named(subject)
        if named is None:
            return self._named_again(quote, cand)
        found, sentence = named
        quote.speaker = replace(found, rule=f"{found.rule}+narrated")
        quote.rule = "direct:after-narration"
        sent = doc[subject.i].sent
        earlier = next((q for q in reversed(self.quotes) if q.direct and q.cue_start is not None
                        and sent.start_char <= q.cue_start < sent.end_char and q.speaker
                        and q.speaker.name == found.name), None)
        if earlier is not None:  # '"...," McCaul said, though ... . "Remember, ..."'
            quote.speaker, quote.cue = earlier.speaker, earlier.cue
            quote.cue_start, quote.cue_end = earlier.cue_start, earlier.cue_end
            quote.rule = "direct:continuation"
        self.recent = Recent(found, sentence)
        return True

    def _named_again(self, quote: Quote, cand: Candidate) -> bool:
        """Give a quote with no cue that opens a sentence a person quoted before, when the
        sentence right before it (same paragraph) names them, though not as its subject
        ("The home side got two yellow cards, leaving Ingram unimpressed. "One of them was
        questionable.""); rule ``direct:after-mention``."""
        names = {w: q for q in self.quotes if q.direct and q.speaker is not None
                 and q.speaker.name for w in q.speaker.name.split() if w[:1].isupper()}
        token = named_before(self.coded.doc, cand.span, self.quoted, names)
        if token is None:
            return False
        last = names[token.text]
        quote.speaker, quote.cue = last.speaker, last.cue
        quote.cue_start, quote.cue_end = last.cue_start, last.cue_end
        quote.rule = "direct:after-mention"
        return True

    def _own_words(self, quote: Quote, cand: Candidate) -> bool:
        """Give a first-person quote with no cue the person its sentence (or the one before)
        is about (``own_words_of``, rule ``direct:first-person``); False when none."""
        named = self._named(own_words_of(self.coded.doc, cand.span, self.quoted))
        return self._give(quote, named, "own-words", "direct:first-person")

    def _announced(self, quote: Quote, cand: Candidate) -> bool:
        """Give a quote with no cue that opens its paragraph the subject of the paragraph
        before, when that paragraph's last sentence announces a statement or post and quotes
        none of it ("Trump echoed those comments in a tweet on Sunday." / ""Whether I choose
        him or not ...""); rule ``direct:after-announcement``."""
        named = self._named(announcer(self.coded.doc, cand.span, self.quoted))
        return self._give(quote, named, "announced", "direct:after-announcement")

    def _owned_after(self, quote: Quote, cand: Candidate) -> bool:
        """Give a quote with no cue that is a sentence of its own the owner the next
        sentence names ("That was the verdict of Jo Roe."; ``owner_after``); rule
        ``direct:owner-after``."""
        named = self._named(owner_after(self.coded.doc, cand.span, self.quoted))
        if named is None:  # ""...," was his reply."
            named = self._named(owner_inline(self.coded.doc, cand.span, self.quoted))
            return self._give(quote, named, "owner-inline", "direct:owner-inline")
        return self._give(quote, named, "owner-after", "direct:owner-after")

    def _intended(self, quote: Quote, cand: Candidate) -> bool:
        """Give a quoted verb phrase after "to" the person whose aim it states (``intent_of``;
        rule ``direct:stated-aim``)."""
        named = self._named(intent_of(self.coded.doc, cand.span, self.quoted))
        return self._give(quote, named, "stated-aim", "direct:stated-aim")

    def _message_line(self, quote: Quote, cand: Candidate) -> bool:
        """Give a quote that is a message's subject line, hashtag, headline or caption the
        message's writer (``line_writer``; rule ``direct:message-line``)."""
        writer = line_writer(self.coded.doc, cand.span, self.quoted)
        issuer = statement_source(writer, self.quoted) \
            if writer is not None and writer.lower_ in statement_words() else None
        if issuer is None:
            return self._give(quote, self._named(writer), "message-line", "direct:message-line")
        named = self._named(issuer)  # "The email from X asks in the subject line, "...""
        if named is not None:
            span = self.coded.doc[slice(*document_span(writer, issuer))]
            named = (replace(named[0], text=span.text, start=span.start_char,
                             end=span.end_char, rule=f"{named[0].rule}+document-words"), named[1])
        return self._give(quote, named, "message-line", "direct:message-line")

    def _goes_on(self, quote: Quote, cand: Candidate) -> bool:
        """Give a partial quote in a sentence with no cue the speaker of the statement in the
        sentence right before (``afterstatement``; rule ``direct:after-statement``)."""
        last = statement_before(self.coded.doc, cand.span, self.quotes[-1] if self.quotes else None) \
            if cand.rule == AFTER_RULE or (cand.rule == "direct:no-cue" and in_narration(
                self.coded.doc, cand.span)) else None
        if last is None:
            return False
        quote.speaker = replace(last.speaker, rule=f"{last.speaker.rule}+after-statement")
        quote.cue, quote.cue_start, quote.cue_end = last.cue, last.cue_start, last.cue_end
        quote.rule = AFTER_RULE
        return True

    def _give(self, quote: Quote, named, suffix: str, rule: str) -> bool:
        """Give a cue-less quote the speaker ``named`` found (``(speaker, sentence)`` or None),
        its rule extended by ``suffix``, and make them the recent speaker; False when none."""
        if named is None:
            return False
        found, sentence = named
        quote.speaker = replace(found, rule=f"{found.rule}+{suffix}")
        quote.rule = rule
        self.recent = Recent(found, sentence)
        return True

    def add(self, cand: Candidate) -> None:
        text = self.coded.article.text
        quote = Quote(content=text[cand.start:cand.end], start=cand.start, end=cand.end,
                      direct=cand.direct, sentence=self.coded.sentence_of(cand.start),
                      rule=cand.rule)
        after = cand.rule == "direct:nearest-cue" and runs_on(text, self.last_direct, cand.span) \
            and self.coded.sentence_of(self.coded.doc[cand.cue.start].idx) \
            != self.coded.sentence_of(cand.end - 1)  # only a cue of a later sentence
        if cand.cue is not None and not after:  # a run's paragraph over the next sentence's cue
            doc = self.coded.doc
            first, last = doc[cand.cue.start], doc[cand.cue.end - 1]
            quote.cue_start, quote.cue_end = first.idx, last.idx + len(last)
            quote.cue = text[quote.cue_start:quote.cue_end]
            quote.speaker = self.speaker(cand)
            quote.rule = f"{cand.rule};cue:{cand.cue.entry.entry}"
        elif cand.rule == "direct:message-line" and self._message_line(quote, cand):
            pass  # "a note with the subject line, "It worked!"": the note's writer
        elif cand.rule == "direct:after-colon-clause" and self._give(
                quote, self._named(closing_colon_subject(self.coded.doc, cand.span)),
                "colon-clause", "direct:after-colon-clause"):
            pass  # "a request she often made to Abel: "Pls print."": the clause's subject
        elif after or continues(text, self.last_direct, cand.span) or follows(
                text, self.quotes[-1] if self.quotes else None, cand.span):
            last = self.last_direct if after or continues(text, self.last_direct, cand.span) \
                else self.quotes[-1]
            quote.speaker, quote.cue = last.speaker, last.cue
            quote.cue_start, quote.cue_end = last.cue_start, last.cue_end
            quote.rule = "direct:continuation" if last.direct else "direct:after-reported"
            if last.direct and runs_on(text, last, cand.span):
                quote.rule = "direct:continuation+reopened"  # "said: "One. "Two."" (round 26)
            if last.speaker is not None and (last.speaker.name or last.speaker.actor):
                # the speaker goes on: "..., the real estate mogul added" after it continues them
                self.recent = Recent(last.speaker, self.coded.sentence_of(max(cand.start,
                                                                            cand.end - 1)))
        elif cand.rule == SHORT_RULE or not self._narrated(quote, cand) \
                and not self._own_words(quote, cand) \
                and not self._announced(quote, cand) and not self._owned_after(quote, cand) \
                and not self._intended(quote, cand) and not self._goes_on(quote, cand):
            self.dropped.append((quote, cand))  # no cue and no quote before it to continue:
            return  # a title, slogan or headline - or a quote that runs on (``run_on``)
        self.quotes.append(quote)
        if quote.direct:
            self.last_direct = quote


NOT_NAME_WORDS = frozenset({"the", "of", "for", "and", "university", "party", "city", "county",
                            "state", "group", "company", "club", "united", "national"})
"""Words that make a capitalised phrase a body or a place, not a person's name."""


def described_sector(own: Actor | None, last: Actor) -> Actor:
    """The actor of a speaker named again: the earlier one, with the sector the description
    at this cue gives when the earlier one had none or only a private person's ("Tom Reade
    said ... The MP for Wexham said": LEG, not CVL)."""
    if own is None or not own.sector or own.sector == last.sector \
            or last.sector not in (None, "CVL"):
        return last
    actor = replace(last, sector=own.sector, code=None,
                    entry=f"{last.entry or ''}+described:{own.sector}")
    actor.__post_init__()
    return actor


def _surname(name: str | None) -> str | None:
    """The one word a speaker is named by ("Iseley"; "Seager" of "Dr Seager"), else None."""
    words = (name or "").split()
    if len(words) == 2 and words[0].lower().rstrip(".") in person_titles():
        words = words[1:]
    return words[0] if len(words) == 1 else None


def _same_surname(name: str, surname: str) -> bool:
    """A full name ends in ``surname``, or in a word one letter off it of five letters or
    more with the same first letter (a misspelling: "Wasif" for Sally Wasef)."""
    words = name.split()
    if len(words) < 2:
        return False
    last = words[-1]
    if last == surname:
        return True
    return len(last) == len(surname) >= 5 and last[0] == surname[0] and sum(
        a != b for a, b in zip(last, surname, strict=True)) == 1


def _given_name_of(name: str | None, word: str) -> bool:
    """``word`` is the given name of a person named in full ("Conrad" of "Conrad
    Rijnhout"; a title such as "Mr" is no given name)."""
    words = (name or "").split()
    return len(words) >= 2 and words[0] == word and words[0].lower().rstrip(".") \
        not in person_titles()


def _order(cand: Candidate, doc) -> tuple[int, int]:
    at = doc[cand.cue.head].idx if cand.cue is not None else cand.start
    return (min(at, cand.start), cand.start)


TABLE_ENTRIES = ("roster:", "capital:", "country:", "region:", "seat:")
"""Actors the actors stage took from a table (not from the article's own words)."""
QUOTES_KEY = "detente.quotes"
"""``Doc.user_data`` key of the quotes ``article_quotes`` built for the document."""


def article_quotes(coded: CodedArticle, lexicon: CueLexicon,
                   places: Callable[[], Any] | None = None) -> list[Quote]:
    """``build_quotes`` once per document: the events stage asks for the direct quotes'
    speakers (first-person acts inside a quote) before the quotes stage runs, and both get
    the same quotes (attribution reads the parse and the mentions only, never the events)."""
    if coded.doc is None:
        return []
    found = coded.doc.user_data.get(QUOTES_KEY)
    if found is None:
        found = coded.doc.user_data[QUOTES_KEY] = build_quotes(coded, lexicon, places)
    return found


def build_quotes(coded: CodedArticle, lexicon: CueLexicon,
                 places: Callable[[], Any] | None = None) -> list[Quote]:
    """Every direct and reported quote of the article, in text order of their content;
    ``places`` gives the gazetteer on need (a city in a speaker's description).

    Example: see ``detente.quotes.run``.
    """
    if coded.doc is None:
        return []
    forget_memos(coded.doc)  # ``fast.doc_memo``: answers of this reading only
    spans = find_quoted_spans(coded.article.text)
    direct = _direct_candidates(coded, lexicon, spans)
    indirect = _indirect_candidates(coded, lexicon, spans, direct)
    resolver = SpeakerResolver(coded.doc, coded.mentions, [(s.start, s.end) for s in spans])
    quoted = [r for r in (token_range(coded.doc, s.start, s.end) for s in spans) if r]
    builder = _Builder(coded, resolver, quoted, places, lexicon.sector_adjectives)
    for cand in sorted(direct + indirect, key=lambda c: _order(c, coded.doc)):
        builder.add(cand)
    run_on(builder.quotes, builder.dropped, spans)
    named_next(builder.quotes, coded.doc)
    found, text = sorted(builder.quotes, key=lambda q: (q.start, -q.end)), coded.article.text
    found = embed_reported(filter_quotes(found, coded.doc, text), coded.doc, text)
    return full_party_names(as_written(found, coded.doc), coded.doc)


def run_on(quotes: list[Quote], dropped: list[tuple[Quote, Candidate]],
           spans: list[QuotedSpan]) -> None:
    """A quote over several paragraphs: a paragraph whose quote is left open, followed by a
    paragraph that re-opens it, is the speaker's whose cue comes later in the run ("...
    <paragraph> "...," the minister said"). Filled from the last paragraph back, so a run of
    any length takes the cue of its end; rule ``direct:runs-on``. One pass over the spans."""
    after = {s.start: spans[i + 1] for i, s in enumerate(spans[:-1]) if spans[i + 1].continued}
    by_start = {q.start: q for q in quotes if q.direct}
    for quote, cand in sorted(dropped, key=lambda d: -d[0].start):
        nxt = after.get(cand.span.start) if cand.direct and cand.span.close_mark is None \
            else None
        later = by_start.get(nxt.start) if nxt is not None else None
        if later is None or later.speaker is None:
            continue
        quote.speaker, quote.cue = later.speaker, later.cue
        quote.cue_start, quote.cue_end = later.cue_start, later.cue_end
        quote.rule = "direct:runs-on"
        quotes.append(quote)
        by_start[quote.start] = quote
