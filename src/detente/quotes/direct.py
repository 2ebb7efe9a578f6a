"""Direct quotations: quoted spans attributed to a speech cue near them.

A quoted span becomes a quotation when a cue attributes it: a cue the quote hangs on in the
dependency parse (``said relations were "hard to say"``), else the nearest cue in the
sentences around it (``"...," Biden told journalists``). Short quotes and title-cased ones
(scare quotes, nicknames, titles of works) need the first kind. A paragraph that opens with
a quote and has no cue continues the speaker of the quote paragraph before it.
"""

from __future__ import annotations

from dataclasses import replace

from detente.nlp import heads, span_text
from detente.quotes.afterstatement import short_in_narration
from detente.quotes.anaphora import split_before_quote
from detente.quotes.attribution import Attribution, token_range
from detente.quotes.blocks import pull_quote
from detente.quotes.claims import CLAIM_ENTRY, claim_author
from detente.quotes.cues import COLON_ENTRY, Cue, CueEntry, CueLexicon
from detente.quotes.following import following_cues
from detente.quotes.indirect import paragraph_of
from detente.quotes.inwords import IN_WORDS_ENTRY, in_their_words
from detente.quotes.marks import QuotedSpan
from detente.quotes.partial import in_participle_clause, of_a_person, partial_quote_cue
from detente.quotes.passives import in_document, unsaid_predicate
from detente.quotes.shortsentence import short_sentence
from detente.resources import word_list

SHORT_WORDS = 3
"""A quote of this many words or fewer is a term or a scare quote unless a cue governs it."""
MAX_CLIMB = 40
COLON_MAX_WORDS = 12
NOT_SPEECH_DEPS = frozenset({"pobj", "compound", "appos", "npadvmod", "nmod", "poss", "acl"})
"""A short or title-cased quote in one of these positions names a work or a thing (``on
"Meet the Press"``, ``the source of his "losses"``), even under a speech verb."""
CLAUSE_DEPS = frozenset({"ccomp", "parataxis", "ROOT"})
"""Where a title-cased quote of several words is speech (``Trump: 'The Shackles Are Off'``)
rather than the title of a work (``told NBC's "Meet the Press"``)."""


def _words(doc, first: int, last: int) -> list:
    return [t for t in doc[first:last] if not (t.is_punct or t.is_space)]


def _hashtagged(doc, first: int, last: int) -> bool:
    """The quote holds a hashtag ("#" and a word right after it, as posts are written): a
    post's words, never the title of a work however capitalised (round 20)."""
    return any(doc[i].text == "#" and not doc[i].whitespace_ and doc[i + 1].text[:1].isalnum()
               for i in range(first, min(last, len(doc)) - 1))


def _title_like(words: list) -> bool:
    content = [t for t in words if not t.is_stop]
    return bool(content) and all(t.is_title or t.is_upper for t in content)


def _governors(doc, first: int, last: int) -> set[int]:
    """Indexes of the tokens the quote hangs on (heads of its roots, transitively)."""
    found: set[int] = set()
    head_of = heads(doc)  # ``tok.head.i`` of every token, with no Token built
    for i in range(first, min(last, len(head_of))):
        if first <= head_of[i] < last:
            continue
        node, steps = i, 0
        while head_of[node] != node and steps < MAX_CLIMB:
            node = head_of[node]
            if node in found:
                break
            found.add(node)
            steps += 1
    return found


def _window(doc, first: int, last: int) -> tuple[int, int, int | None]:
    """Token range of the sentences the quote touches (plus the one before a colon), within
    its paragraphs, and the start of the sentence that follows when the quote closes its
    sentence (None otherwise)."""
    open_sent, close_sent = doc[first].sent, doc[max(first, last - 1)].sent
    para_first, para_last = paragraph_of(doc, first)[0], paragraph_of(doc, max(first, last - 1))[1]
    start = max(open_sent.start, para_first)
    if start > para_first and first - start <= 1:
        before = doc[start - 1].sent
        if any(t.text == ":" for t in doc[max(before.start, before.end - 3):before.end]) \
                or split_before_quote(doc, before):
            start = max(before.start, para_first)
    end = min(close_sent.end, para_last)
    follow = end if end < para_last and last + 2 >= end else None
    return start, end, follow


def _outside(cues: list[Cue], quoted: list[tuple[int, int]]) -> list[Cue]:
    return [c for c in cues if not any(a <= c.head < b for a, b in quoted)]


def _reports_own_clause(doc, cue: Cue, last: int, quoted: list[tuple[int, int]],
                        cue_heads: set[int]) -> bool:
    """A cue verb after the quote with a reported clause of its own after it ("To a question
    on the "sale of state land," Ames said private buyers pay more", "The film, titled "Why
    Now?", concludes that ...", "proposed we "tighten our belts" and said Roe should resign"):
    the verb reports that clause, and the quote before it is a name or a phrase of the
    sentence, not its words (round 21). The clause has a subject of its own, no quote mark
    comes between the verb and it (a title: "a co-author of "Those Guys Have ..."") and its
    verb is no cue ("recalls her editor telling her": the telling is the quote's); the cue
    has its subject before it, or shares it as a conjunct (an inverted ""...," said Jo Roe"
    is the quote's own cue)."""
    if cue.entry.kind != "verb" or cue.head < last or in_participle_clause(
            doc, cue.head, last - 1, cue_heads):
        return False
    verb = doc[cue.head]
    if verb.dep_ != "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i
                                       for c in verb.children):
        return False  # ""...," said Jo Roe, who heads Fix the Vote": the parser gave the
        # clause the inverted cue's subject
    return any(_own_clause(doc, cue.head, c, quoted) and c.i not in cue_heads
               for c in doc[cue.head].children)


def _own_clause(doc, verb: int, clause, quoted: list[tuple[int, int]]) -> bool:
    if clause.dep_ != "ccomp" or clause.i < verb or any(a <= clause.i < b for a, b in quoted):
        return False
    if any(t.is_quote for t in doc[verb + 1:clause.left_edge.i]):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and not any(a <= c.i < b for a, b in quoted)
               and not c.is_quote for c in clause.children)


def attribute(doc, span: QuotedSpan, lexicon: CueLexicon,
              quoted: list[tuple[int, int]]) -> Attribution | None:
    """The cue that attributes ``span``; None when it is not a quotation.

    ``quoted`` holds the token ranges of every quoted span (cues inside quotes do not count).
    """
    rng = token_range(doc, span.start, span.end)
    if rng is None:
        return None
    first, last = rng
    start, end, follow = _window(doc, first, last)
    cues = [c for c in _outside(lexicon.find(doc, start, end), quoted)
            if c.entry.frame != "as-put" or _puts_ahead(doc, c, first)]
    heads_of_cues = {c.head for c in cues}
    cues = [c for c in cues if not _reports_own_clause(doc, c, last, quoted, heads_of_cues)]
    governors = _governors(doc, first, last)
    governing = [c for c in cues if c.head in governors or _inverted(doc, c, first, last)
                 or _says(doc, c, governors, first, last)]
    if not governing:  # "were, according to agreed facts heard in court, "sexual in nature""
        governing = [c for c in cues if c.entry.kind == "phrase" and doc[c.head].head.i
                     in governors and doc[c.head].dep_ == "prep"]
    governing = _reporting_wins(doc, governing)
    sourced = {doc[c.head].head.head.i for c in cues if c.entry.kind == "noun"  # "in a statement"
               and doc[c.head].head.lower_ == "in" and doc[c.head].head.dep_ == "prep"}
    cues = [c for c in cues if c.entry.kind != "noun"]
    words = _words(doc, first, last)
    governing = [c for c in governing if not naming_participle(doc, c)]
    unsaid = bool(governing) and all(unsaid_predicate(doc, c, first, last)
                                     and c.head not in sourced for c in governing)
    if unsaid and not any(in_document(doc, c) for c in governing):
        return None  # 'is described as "a keen sailor"': nobody is said to speak (q58)
    posted = _hashtagged(doc, first, last)  # "Thank You Ohio! #Hale2016": a post, no title
    term_like = len(words) <= SHORT_WORDS or (_title_like(words) and not posted)
    if term_like:  # "his warnings that the election is "rigged"": a term, not the warning
        governing = [c for c in governing if c.entry.kind != "noun"]
    if of_a_person(doc, first, words):
        return None  # "Marta Vine of "Speak Up Now", a charity": the body's name
    exclaimed = span_text_end(doc, first, last) in ("!", "?")
    title = _title_like(words) and sum(not t.is_stop for t in words) > 1 and not exclaimed \
        and not posted
    if governing and not (term_like and _named_thing(doc, first, last, title)
                          and not _characterised(doc, governing, first, last, words, title)):
        return _claimed(doc, span, first, last) or Attribution(span, min(governing, key=lambda c: _distance(c, first, last)),
                           "direct:in-document" if unsaid else "direct:governing-cue")
    held = partial_quote_cue(doc, governing, first, last) if governing and not title else None
    if held is not None:  # 'claimed it could go on for "years."': the speaker's words (q54)
        return Attribution(span, *held)
    claimed = _claimed(doc, span, first, last) if not title else None
    if claimed is not None:  # 'rejected Greenpeace demands for a "total ban"', 'her call for a "pause"'
        return claimed
    if message_line(doc, first) is not None:  # "a note with the subject line, "It worked!""
        return Attribution(span, None, "direct:message-line")
    owner = in_their_words(doc, first, last) \
        if not governing and len(words) > SHORT_WORDS else None
    if owner is not None:  # 'in Forbes' words, "..."', '"..." ..., in Bolton's view'
        return Attribution(span, Cue(IN_WORDS_ENTRY, owner[0] - 1, owner[1] + 2, owner[1] + 1),
                           "direct:in-their-words", owner)
    inverted = _cue_right_after(doc, cues, last)
    if inverted is not None and len(words) >= 2 and not title:
        return Attribution(span, inverted, "direct:inverted-cue")
    told = _pronoun_cue_after_comma(doc, cues, first, last)
    if told is not None and len(words) >= 2:  # '"GROWING PARTY," he declared': speech
        return Attribution(span, told, "direct:comma-pronoun-cue")
    answer = _colon_noun(doc, span, first, lexicon)
    if answer is not None:  # "Abel's short reply: "Nobody."": the reply's owner speaks
        return answer
    if len(words) <= SHORT_WORDS and _closing_sentence(doc, first, last, words) \
            and closing_colon_subject(doc, span) is not None:
        return Attribution(span, None, "direct:after-colon-clause")  # no cue of its own:
        # "a request she made to Abel: "Pls print."" (the colon is no speech cue)
    if len(words) <= SHORT_WORDS or (_title_like(words) and not exclaimed):
        return _headline_colon(doc, span, first) or short_sentence(doc, span, first, last, words) \
            or short_in_narration(doc, span, bool(governing or cues or sourced))
        # a title, not a capitalised shout ("I WON THIS ELECTION, BY A LOT!"), unless a
        # headline gives it to a person or it is a sentence of its own after a quote (q61)
    if follow is not None:
        after_end = min(doc[follow].sent.end, paragraph_of(doc, follow)[1])
        cues += following_cues(doc, _outside(lexicon.find(doc, follow, after_end), quoted),
                               after_end)
    if cues:
        return Attribution(span, min(cues, key=lambda c: _distance(c, first, last)),
                           "direct:nearest-cue")
    return _colon(doc, span, first) or _colon_clause(doc, span, first) or _comma_clause(
        doc, span, first, last) or pull_quote(doc, span, first, last) or Attribution(
        span, None, "direct:no-cue")


MESSAGE_LINES = word_list("quotes", "vocabulary.yaml", "message_lines")
LINE_PREPOSITIONS = frozenset({"with", "in", "under"})


def message_line(doc, first: int):
    """The noun of a message's subject line, hashtag, headline or caption that a quote
    starting at token ``first`` gives, right after "with", "in" or "under" that line and an
    optional comma or colon ("dashed off a note with the subject line, "..."", "punctuating
    his message with the hashtag "...""); None otherwise. The quote is the words of the
    message's writer (``cueless.line_writer``), however short."""
    if first == 0:
        return None
    before = doc[first - 1]
    while before.i > 0 and (before.is_quote or before.text in (",", ":")):
        before = doc[before.i - 1]
    if before.lower_ not in MESSAGE_LINES or before.dep_ != "pobj" \
            or before.head.lower_ not in LINE_PREPOSITIONS:
        return None
    return before


CHARACTERISING = word_list("quotes", "vocabulary.yaml", "characterising")
"""Cues whose "as"-phrase or complement holds the speaker's own words ("described the
attacks as a "dastardly act"")."""


def _characterised(doc, governing: list[Cue], first: int, last: int, words: list,
                   title: bool) -> bool:
    """A quote that a characterising cue puts in the speaker's mouth through "as" ("described
    the attacks as a "dastardly act"", "described the meeting as a "shambles""); one word only
    in lower case (a capitalised one is a coined name: "described as "Filegate"")."""
    if not words or title or not any(c.entry.entry in CHARACTERISING for c in governing):
        return False
    if len(words) == 1 and not words[0].is_lower:
        return False
    roots = [t for t in doc[first:last] if not first <= t.head.i < last and not t.is_punct]
    return any(t.dep_ == "pobj" and t.head.lower_ == "as" for t in roots)


def _cue_right_after(doc, cues: list[Cue], last: int) -> Cue | None:
    """A cue verb right after the quote's closing mark and comma (""We stand ready,"
    tweeted Johnson"): never a term."""
    i = last
    while i < len(doc) and (doc[i].is_punct or doc[i].is_space) and i - last < 3:
        i += 1
    return next((c for c in cues if c.head == i and c.entry.kind == "verb"), None)


SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})


def _pronoun_cue_after_comma(doc, cues: list[Cue], first: int, last: int) -> Cue | None:
    """A quote that opens its sentence and whose words end in a comma inside its closing
    mark, followed right away by a subject pronoun and a cue verb it is the subject of
    (""GROWING PARTY," he declared in a post"): the quote is what was said, however its words
    are cased (round 21); not a title inside a sentence ("The film is titled "Rain Man," she
    said")."""
    if last < 1 or last + 2 >= len(doc) or doc[last - 1].text != "," \
            or not doc[last].is_quote:
        return None
    opening = doc[first].sent.start
    if not (opening == first or (opening == first - 1 and doc[opening].is_quote)):
        return None
    subject = doc[last + 1]
    if subject.lower_ not in SUBJECT_PRONOUNS or subject.dep_ != "nsubj":
        return None
    return next((c for c in cues if c.entry.kind == "verb" and c.head == last + 2
                 and subject.head.i == c.head), None)


def _says(doc, cue: Cue, governors: set[int], first: int, last: int) -> bool:
    """A statement that is the subject (or, as the parser often has it, the object) of the
    verb the quote hangs on, or of a verb hung on the quote ("..., read the statement",
    "The letter continued: ...")."""
    noun = doc[cue.head]
    verb = noun.head
    return cue.entry.kind == "noun" and noun.dep_ in ("nsubj", "dobj") and verb.pos_ in (
        "VERB", "AUX") and (verb.i in governors or first <= verb.head.i < last)


def _claimed(doc, span, first: int, last: int) -> Attribution | None:
    """The quote as the words of the named author of a claim or call whose clause holds it
    ("a claim by Tom Reed that ... "tin-pot dictator"": Reed's; ``claims.claim_author``)."""
    claim = claim_author(doc, first, last)
    if claim is None:
        return None
    return Attribution(span, Cue(CLAIM_ENTRY, claim[0], claim[0] + 1, claim[0]),
                       "direct:claim-author", claim[1:])


def _reporting_wins(doc, governing: list[Cue]) -> list[Cue]:
    """Leave out a noun cue that lies inside the clause another governing cue verb reports
    ("Jo Roe said the ruling was "a victory"": the ruling is what she talks about, she
    speaks)."""
    verbs = {c.head for c in governing if c.entry.kind == "verb"}
    if not verbs:
        return governing
    return [c for c in governing if c.entry.kind != "noun" or not _reported_by(doc[c.head], verbs)]


def _reported_by(noun, verbs: set[int]) -> bool:
    node, steps = noun, 0
    while node.head.i != node.i and steps < MAX_CLIMB:
        if node.dep_ in ("ccomp", "xcomp") and node.head.i in verbs:
            return True
        node, steps = node.head, steps + 1
    return False


def _inverted(doc, cue: Cue, first: int, last: int) -> bool:
    """The parser hung the cue on the quote ("She told a guard, "they raped me"": *told*
    parsed as a clause of *raped*): a cue verb before the quote whose head is in it."""
    verb = doc[cue.head]
    return cue.entry.kind == "verb" and verb.i < first and first <= verb.head.i < last


def span_text_end(doc, first: int, last: int) -> str:
    """Last character of the tokens ``[first, last)`` (a question or an exclamation is speech)."""
    last = min(last, len(doc))
    if last <= first:
        return ""
    text = span_text(doc, first, last).rstrip()  # ``doc[first:last].text``
    return text[-1:] if text else ""


def _named_thing(doc, first: int, last: int, title: bool) -> bool:
    """The quote sits where a name or a term goes, not where speech goes. A title-cased quote
    of several words is a title unless it is the reported clause itself."""
    roots = [t for t in doc[first:last]
             if not first <= t.head.i < last and not (t.is_punct or t.is_space)]
    if not roots:
        return False
    if title:
        return all(t.dep_ not in CLAUSE_DEPS for t in roots)
    if _worded_phrase(doc, first, last, roots):
        return False
    return all(t.dep_ in NOT_SPEECH_DEPS for t in roots)


PERSON_OBJECT_CUES = word_list("quotes", "vocabulary.yaml", "person_object_cues")
"""Cues of the form "accused officials of ...", "praised the crews for ...": the parser
often hangs the preposition on the object."""


def _of_verb(head) -> bool:
    """A preposition's head that is a verb or an adjective, or the object of a cue whose
    preposition names what the object is accused or praised of."""
    return head.pos_ in ("VERB", "ADJ") or (
        head.dep_ == "dobj" and head.head.lemma_ in PERSON_OBJECT_CUES)


NAMING_WORDS = word_list("quotes", "vocabulary.yaml", "naming_words")
"""Words before a quote that make it a name or a term ("so-called "deep state"", "the
slogan "...""), not the speaker's words."""


def _worded_phrase(doc, first: int, last: int, roots: list) -> bool:
    """A lower-case phrase of two words or more quoted as the object of a preposition that
    hangs on a verb or an adjective ("proud of the city's "thriving harbour trade"", "accused
    officials of a "shameful neglect""): the speaker's own words, not a term, unless a
    naming word comes before it ("discussion of a "quid pro quo"" hangs on a noun)."""
    words = _words(doc, first, last)
    if len(words) < 2 or not words[0].is_lower or not all(
            t.dep_ == "pobj" and _of_verb(t.head.head) for t in roots):
        return False
    before = [t for t in doc[max(0, first - 3):first] if not (t.is_punct or t.is_space)]
    return not any(t.lower_ in NAMING_WORDS for t in before)


def naming_participle(doc, cue: Cue) -> bool:
    """``a phenomenon called "..."``: a participle naming the noun it modifies."""
    verb = doc[cue.head]
    return verb.dep_ == "acl" and verb.tag_ == "VBN"


def _colon(doc, span: QuotedSpan, first: int) -> Attribution | None:
    """``Gerald F. Seib, The Wall Street Journal: "..."``: a short verbless line ending in a
    colon right before the quote."""
    para_first = paragraph_of(doc, first)[0]
    colon = _colon_before(doc, para_first, first)
    if colon is None:
        return None
    para_first, rule = _after_heading_dash(doc, para_first, colon)
    prefix = doc[para_first:colon]
    if len(_words(doc, para_first, colon)) > COLON_MAX_WORDS or any(
            t.pos_ == "VERB" for t in prefix):
        return None
    if not any(t.pos_ == "PROPN" or t.ent_type_ or t.tag_ == "PRP" for t in prefix) \
            and all(t.lower_ in ANSWER_NOUNS or t.is_stop or t.is_punct or t.pos_ == "ADJ"
                    for t in prefix):
        return None  # "The answer: "..."": a lead-in of words for words names no one
    return Attribution(span, Cue(COLON_ENTRY, colon, colon + 1, colon), rule,
                       (para_first, colon))


def _colon_before(doc, para_first: int, first: int) -> int | None:
    """The colon token right before the quote opening at ``first`` (only quote marks and spaces
    between), after the paragraph's first token; None when there is none."""
    colon = first - 1
    while colon > para_first and (doc[colon].is_quote or doc[colon].is_space):
        colon -= 1
    return colon if colon > para_first and doc[colon].text == ":" else None


def _puts_ahead(doc, cue: Cue, first: int) -> bool:
    """An "as X put it" cue (round 24) speaks for the quote that follows it in its own
    sentence only ("As Roe put it, "...""), not for a quote before it or in another one."""
    return cue.head < first and doc[cue.head].sent.start == doc[first].sent.start


def _headline_colon(doc, span: QuotedSpan, first: int) -> Attribution | None:
    """``Ted Roe: 'Hitting A Reporter Is A Fireable Offense'`` (round 24): in the article's
    first paragraph (its title-cased headline) a person's name and a colon right before a quote
    with a verb that closes the headline give it to that person (rule ``direct:headline-colon``);
    None elsewhere, or when the words before the colon are not one person's name."""
    para_first, para_end = paragraph_of(doc, first)
    rng = token_range(doc, span.start, span.end)
    if para_first != 0 or rng is None or not all(
            t.is_punct or t.is_space or t.is_quote for t in doc[rng[1]:para_end]) or \
            not any(t.pos_ in ("VERB", "AUX") for t in doc[rng[0]:rng[1]]):
        return None  # words after the quote; a quote with no verb is a title ("Greta Gerwig: 'Barbie'")
    colon = _colon_before(doc, para_first, first)
    if colon is None:
        return None
    prefix = [t for t in doc[para_first:colon] if not (t.is_punct or t.is_space)]
    if not prefix or len(prefix) > HEADLINE_NAME_WORDS \
            or not all(t.ent_type_ == "PERSON" for t in prefix):
        return None
    found = _colon(doc, span, first)
    return replace(found, rule="direct:headline-colon") if found is not None else None


HEADLINE_NAME_WORDS = 4

HEADING_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def _after_heading_dash(doc, para_first: int, colon: int) -> tuple[int, str]:
    """``A HEADING OF THE ITEM - Jo Roe and Al Tan: "..."`` (a digest's item: a heading, a
    spaced dash, then the source line and a colon): the source line starts after the last
    spaced dash before the colon (rule ``direct:colon+heading``); the paragraph's start and
    rule ``direct:colon`` when there is no such dash or nothing but punctuation follows it."""
    for i in range(colon - 1, para_first, -1):
        token = doc[i]
        if token.text in HEADING_DASHES and token.whitespace_ and doc[i - 1].whitespace_ \
                and _words(doc, i + 1, colon):
            return i + 1, "direct:colon+heading"
    return para_first, "direct:colon"


ANSWER_NOUNS = word_list("quotes", "vocabulary.yaml", "quote_nouns")
"""Nouns for someone's words ("Her answer:", "The minister's reply:"; ``quote_nouns``, shared
with ``cueless.owner_after``), besides the noun cues of the lexicon (statement, message)."""
ANSWER_ENTRY = CueEntry("reply", "noun", "source")


def _colon_noun(doc, span: QuotedSpan, first: int, lexicon: CueLexicon) -> Attribution | None:
    """``Marta Vine's short reply: "Nobody from the board."``: a verbless lead-in that ends in
    a possessed noun for words (a reply, an answer, a statement) right before a colon and the
    quote; the noun is the cue and its owner speaks. Not "The answer: more money" (no owner)."""
    colon = first - 1
    while colon > 0 and (doc[colon].is_quote or doc[colon].is_space) and first - colon < 3:
        colon -= 1
    if colon < 2 or doc[colon].text != ":":
        return None
    noun = doc[colon - 1]
    low = noun.lower_
    entry = lexicon.nouns.get(low) or (ANSWER_ENTRY if low in ANSWER_NOUNS else None)
    if entry is None or noun.pos_ != "NOUN":
        return None
    sent_start = max(doc[colon].sent.start, paragraph_of(doc, colon)[0])
    if any(t.pos_ in ("VERB", "AUX") for t in doc[sent_start:colon]):
        return None  # a clause: the colon-clause rule reads its subject
    if not any(c.dep_ == "poss" for c in noun.children):
        return None
    return Attribution(span, Cue(entry, noun.i, noun.i + 1, noun.i), "direct:colon-noun")


COLON_CLAUSE = CueEntry(":", "clause-colon", "clause")
"""A clause ending in a colon that introduces a quote: its subject speaks."""


def _colon_clause(doc, span: QuotedSpan, first: int) -> Attribution | None:
    """``Trump took a parting shot on Twitter: "..."``, ``he made the announcement: "..."``:
    a quote right after the colon that closes a clause of its paragraph; the clause's verb
    is the cue and its subject the speaker."""
    colon = first - 1
    while colon > 0 and (doc[colon].is_quote or doc[colon].is_space) and first - colon < 4:
        colon -= 1  # may cross one paragraph break: "Robinson writes:\n"It's a long shot...""
    para_first = paragraph_of(doc, colon)[0]
    if colon <= para_first or doc[colon].text != ":":
        return None
    sent_start = max(doc[colon].sent.start, para_first)
    verbs = [t for t in doc[sent_start:colon] if t.pos_ in ("VERB", "AUX")
             and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < colon for c in t.children)]
    if not verbs:
        return None
    main = next((v for v in verbs if v.dep_ == "ROOT"), verbs[0])
    return Attribution(span, Cue(COLON_CLAUSE, colon, colon + 1, main.i), "direct:colon-clause")


def _closing_sentence(doc, first: int, last: int, words: list) -> bool:
    """A short quote that is a whole sentence closing its paragraph: two words or more, a
    capitalised first word, a full stop, "!" or "?" inside the marks, and nothing but marks
    and spaces after it up to the line break ("...: "Pls print.""). After a colon closing a
    clause whose subject names someone it is that subject's words (``_colon_clause``), not
    a term."""
    if len(words) < 2 or not words[0].is_title \
            or span_text_end(doc, first, last) not in (".", "!", "?"):
        return False  # not "named her dog: "Rex.""
    end = paragraph_of(doc, first)[1]
    return all(t.is_quote or t.is_space or t.is_punct for t in doc[last:end])


NAMING_LEMMAS = frozenset({"name", "title", "call", "dub", "label", "term"})


def closing_colon_subject(doc, span: QuotedSpan):
    """The subject of the clause that a colon right before the quote closes
    (``_colon_clause``), when it names someone (a name, or he, she, we, they); None
    otherwise ("The film has a short title: "...""), and None when the clause names
    something ("gave the film its title: "...."", ``naming_words``)."""
    rng = token_range(doc, span.start, span.end)
    closed = _colon_clause(doc, span, rng[0]) if rng is not None else None
    if closed is None:
        return None
    colon = closed.cue.start
    clause = doc[max(doc[colon].sent.start, paragraph_of(doc, colon)[0]):colon]
    if any(t.lower_ in NAMING_WORDS or t.lemma_.lower() in NAMING_LEMMAS for t in clause):
        return None  # "gave the film its title: "...."": a name, not words
    verb = doc[closed.cue.head]
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and (
            subject.lower_ in ("he", "she", "we", "they") or subject.pos_ == "PROPN"
            or subject.ent_type_ in ("PERSON", "ORG", "NORP")):
        return subject
    return None


COMMA_CLAUSE = CueEntry(",", "clause-comma", "clause")
"""A clause ending in a comma that introduces a whole quoted sentence: its subject speaks."""
COMMA_MIN_WORDS = 5
SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _comma_clause(doc, span: QuotedSpan, first: int, last: int) -> Attribution | None:
    """``Senator Lindsey Graham spoke on Fox News, "This is going to ..."``, ``Trump, also
    on Twitter, defended his decision, "As I have stated ..."``: a quoted sentence (capital
    first word, at least ``COMMA_MIN_WORDS`` words) that ends its sentence right after a
    comma closing a clause whose subject is a name or a personal pronoun; the clause's
    verb is the cue and its subject the speaker (rule ``direct:comma-clause``)."""
    comma = first - 1
    while comma > 0 and doc[comma].is_quote:
        comma -= 1
    words = _words(doc, first, last)
    if doc[comma].text != "," or len(words) < COMMA_MIN_WORDS or not words[0].is_title:
        return None
    after = next((t for t in doc[last:min(last + 3, len(doc))] if not t.is_quote), None)
    if after is not None and not (after.is_space or after.is_sent_end or after.text in ".!?"):
        return None
    para_first = paragraph_of(doc, comma)[0]
    sent_start = max(doc[comma].sent.start, para_first)
    for verb in doc[sent_start:comma]:
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if verb.pos_ == "VERB" and subject is not None and (
                subject.ent_type_ in SPEAKER_ENTS or subject.pos_ == "PROPN"
                or subject.lower_ in ("he", "she", "they", "we", "i")):
            return Attribution(span, Cue(COMMA_CLAUSE, comma, comma + 1, verb.i),
                               "direct:comma-clause")
    return None


def _distance(cue: Cue, first: int, last: int) -> int:
    return min(abs(cue.head - first), abs(cue.head - last))
