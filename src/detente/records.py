"""The record model: the typed values that flow between detente's stages.

Article -> (nlp) -> CodedArticle holding Sentence, Mention, Event, Quote,
TimeExpression and Place records. ``CodedArticle.to_dict()`` is the JSON contract
printed by ``detente code`` and documented in the README and docs/schema.md; it is stable
(fields may be added, none removed). Each record lists its contract keys in ``CONTRACT``.

Offsets (``start``/``end``) are always character offsets into ``Article.text``. The stored
columns and the API call them ``start_char``/``end_char`` (``END`` is an SQL keyword); the
mapping is ``detente.schema.STORED_AS``.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date as Date
from typing import Any, ClassVar


class Record:
    """A record of the JSON contract. ``CONTRACT`` lists its keys in output order and
    ``INTERNAL`` the fields kept out of the contract; ``to_dict`` follows them, making nested
    records, lists and dates plain. ``detente.schema`` derives the API models and the docs
    from the same lists, and tests/test_schema.py checks that they cover every field."""

    CONTRACT: ClassVar[tuple[str, ...]] = ()
    INTERNAL: ClassVar[tuple[str, ...]] = ()

    def to_dict(self) -> dict[str, Any]:
        return {name: _plain(getattr(self, name)) for name in self.CONTRACT}


def _plain(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, Date):
        return value.isoformat()
    return value


def content_hash(text: str) -> str:
    """Stable hash of an article text; the id of an article that has none."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Article(Record):
    """One news article as read from any input."""

    id: str
    """Stable id: the one given by the input, else ``sha256(text)[:16]``."""
    text: str
    """Body text (the title is not part of it); all offsets point into this string."""
    title: str | None = None
    """Headline, when the input had one."""
    date: Date | None = None
    """Publication date."""
    date_source: str = "none"
    """Where ``date`` came from: record, metadata, option, dateline, text or none."""
    url: str | None = None
    """Address of the article, when known."""
    source: str | None = None
    """Outlet or feed name, when known."""
    origin: str | None = None
    """Where it was read: file path, with ``:line`` for JSONL/CSV rows, or ``-`` for stdin."""
    content_hash: str = ""
    """sha256 of ``title`` + ``text``; a changed hash under the same id replaces the stored rows."""

    CONTRACT: ClassVar[tuple[str, ...]] = ("id", "title", "date", "date_source", "url", "source")
    INTERNAL: ClassVar[tuple[str, ...]] = ("text", "origin", "content_hash")

    def __post_init__(self) -> None:
        if not self.content_hash:
            self.content_hash = content_hash((self.title or "") + "\n" + self.text)


@dataclass
class Rejection:
    """An input that could not be coded: a recorded outcome, never a silent skip."""

    origin: str
    """File (and ``:line``) the input came from."""
    reason: str
    """One line saying what was wrong, e.g. ``line 3 is not JSON: Expecting value``."""
    stage: str = "ingest"
    """Stage that rejected it."""
    article_id: str | None = None
    """Id of the article, when one was known."""


@dataclass
class Sentence(Record):
    """A sentence as segmented by the spaCy parser."""

    index: int
    """Position of the sentence in the article, from 0."""
    start: int
    """Offset of the first character."""
    end: int
    """Offset after the last character."""
    tone: Tone | None = None
    """Tone of the sentence (tone stage)."""

    CONTRACT: ClassVar[tuple[str, ...]] = ("index", "start", "end", "tone")


@dataclass
class ToneWord(Record):
    """A word (or phrase) that moved a tone value: the evidence of every tone figure."""

    text: str
    """The word or phrase as written (``constructive``, ``lowest point``)."""
    start: int
    """Offset of the first character."""
    end: int
    """Offset after the last character."""
    valence: float
    """For a lexicon word: its valence after the library's rules (negation, intensifiers,
    ``but``), -4..+4. For a feature of the learned model (``entry`` ``model:...``): how far it
    moved the log-odds of positive against negative."""
    entry: str
    """Where it came from: ``vader`` (the library's lexicon), ``news:<entry>`` (detente's list
    of words whose news sense differs, ``tone/data/news_lexicon.tsv``) or ``model:<feature>``
    (a word, main verb or event the learned model weighs, ``tone/data/tone_model.tsv``:
    ``model:lemma:kill``, ``model:root:sign``, ``model:quad:4``, ``model:event:ASSAULT``)."""

    CONTRACT: ClassVar[tuple[str, ...]] = ("text", "start", "end", "valence", "entry")

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "valence": round(self.valence, 3)}


@dataclass
class Tone(Record):
    """How a span of text speaks of a relation: the learned tone model over VADER's scores
    adapted to news, the span's words and its events, with its evidence."""

    score: float
    """-1 (hostile) .. +1 (warm): P(positive) - P(negative) by the tone model; for an article
    the mean of its sentences' that have a tone."""
    label: str
    """positive, neutral or negative: the model's most probable class (for an article, of its
    sentences' mean probabilities)."""
    positive: int = 0
    """Words with a positive valence."""
    negative: int = 0
    """Words with a negative valence."""
    words: int = 0
    """Words in the span (alphabetic tokens)."""
    evidence: list[ToneWord] = field(default_factory=list)
    """The words that moved the score, in text order (empty for an article: see its sentences)."""
    avg_tone: float = 0.0
    """GDELT's tone: percentage of positive words minus percentage of negative words (computed
    from the counts)."""

    CONTRACT: ClassVar[tuple[str, ...]] = ("score", "label", "avg_tone", "positive", "negative",
                                           "words", "evidence")

    def __post_init__(self) -> None:
        self.avg_tone = 100.0 * (self.positive - self.negative) / self.words if self.words else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "score": round(self.score, 4),
                "avg_tone": round(self.avg_tone, 3)}


@dataclass
class Actor(Record):
    """A resolved political actor: country (or IGO) plus sector."""

    country: str | None
    """ISO 3166 alpha-3 code, or an IGO/NGO code such as ``UN``, ``NATO``, ``EU``."""
    sector: str | None
    """PLOVER/CAMEO-style sector: GOV, MIL, LEG, JUD, COP, OPP, REB, CVL, MED, BUS, ..."""
    code: str | None = None
    """CAMEO-style combined code, e.g. ``USAGOV``."""
    name: str | None = None
    """Canonical name of the person or body, when the actor is one (``Joe Biden``)."""
    entry: str | None = None
    """Dictionary entry that produced it, e.g. ``roster:joe-biden#president``."""

    def __post_init__(self) -> None:
        if self.code is None and self.country:
            self.code = self.country + (self.sector or "")

    CONTRACT: ClassVar[tuple[str, ...]] = ("country", "sector", "code", "name")
    INTERNAL: ClassVar[tuple[str, ...]] = ("entry",)


@dataclass
class Mention(Record):
    """A span that names or refers to an actor (entity, role phrase or pronoun)."""

    text: str
    """The span text."""
    start: int
    """Offset of the first character."""
    end: int
    """Offset after the last character."""
    sentence: int
    """Index of the sentence holding it."""
    label: str
    """spaCy entity label (PERSON, ORG, GPE, NORP, ...) or ROLE / PRON for our own spans."""
    actor: Actor | None = None
    """Resolved actor, or None when it could not be resolved (never guessed)."""
    antecedent: int | None = None
    """Index (in ``CodedArticle.mentions``) of the mention this one corefers with."""
    rule: str | None = None
    """Rule or dictionary entry that resolved it."""

    CONTRACT: ClassVar[tuple[str, ...]] = (
        "text", "start", "end", "sentence", "label", "actor", "antecedent", "rule"
    )


@dataclass
class Participant(Record):
    """One source or target actor of an event, with the text that named it."""

    text: str
    """Text of the argument as found in the sentence (``Russian President Vladimir Putin``)."""
    country: str | None
    """ISO alpha-3 or IGO code."""
    sector: str | None = None
    """Sector code (GOV, MIL, ...)."""
    code: str | None = None
    """CAMEO-style combined code."""
    name: str | None = None
    """Canonical person/body name, when known."""
    start: int | None = None
    """Offset of the argument text."""
    end: int | None = None
    """Offset after the argument text."""

    CONTRACT: ClassVar[tuple[str, ...]] = ("country", "sector", "code", "name", "text", "start", "end")


@dataclass
class Location(Record):
    """Where an event happened, resolved to a gazetteer entry."""

    name: str
    """Gazetteer name of the place (``Geneva``)."""
    country: str | None
    """ISO alpha-3 code of the country containing it."""
    lat: float | None
    """Latitude, WGS84."""
    lon: float | None
    """Longitude, WGS84."""
    geonames_id: int | None = None
    """GeoNames id, when the place came from GeoNames data."""
    rule: str | None = None
    """How the place was tied to the event: ``clause:prep``, ``clause:modifier``, ``dateline``."""

    CONTRACT: ClassVar[tuple[str, ...]] = ("name", "country", "lat", "lon", "geonames_id", "rule")


@dataclass
class Event(Record):
    """A coded interaction: who did what to whom, with its evidence."""

    type: str
    """PLOVER event type (AGREE, CONSULT, ..., ASSAULT)."""
    cameo: str
    """CAMEO code (``036``, ``111``, ...)."""
    goldstein: float
    """Goldstein cooperation/conflict score of the CAMEO code, -10..+10."""
    quad: int
    """Quad class as in GDELT: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict."""
    source: list[Participant]
    """Who acted (one or more actors)."""
    target: list[Participant]
    """Who was acted upon (may be empty)."""
    sentence: int
    """Index of the evidence sentence."""
    start: int
    """Offset of the start of the event's extent (first of source, trigger, target)."""
    end: int
    """Offset after the end of the event's extent."""
    trigger: str
    """Word(s) that triggered the event."""
    trigger_start: int
    """Offset of the trigger."""
    trigger_end: int
    """Offset after the trigger."""
    evidence: str
    """The sentence text."""
    rule: str
    """Id of the lexicon entry/rule that produced it (``verb:agree``)."""
    mode: str | None = None
    """PLOVER mode (e.g. ``intend`` for plans and hopes, ``threaten`` conditionals), if any."""
    context: list[str] = field(default_factory=list)
    """PLOVER contexts the text supports (e.g. ``military``, ``human_rights``)."""
    negated: bool = False
    """True when negation turned the trigger into this type (``refused to`` -> REJECT)."""
    date: str | None = None
    """When it happened: ISO date or partial date (``2021-03``), from the time stage."""
    date_precision: str = "article"
    """day, week, month, year, decade, century, or ``article`` when only the publication date was available."""
    location: Location | None = None
    """Where it happened, from the place stage."""
    quote: int | None = None
    """Index (in ``CodedArticle.quotes``) of the quote or reported clause it was coded from."""
    tone: float | None = None
    """Tone score of the evidence sentence (tone stage), -1..+1, beside ``goldstein``; the
    words behind it are that sentence's ``tone.evidence``."""

    CONTRACT: ClassVar[tuple[str, ...]] = (
        "type", "cameo", "goldstein", "quad", "mode", "context", "source", "target", "date",
        "date_precision", "location", "sentence", "start", "end", "trigger", "trigger_start",
        "trigger_end", "evidence", "rule", "negated", "quote", "tone"
    )


@dataclass
class Speaker(Record):
    """Who a quote is attributed to."""

    text: str
    """Text of the speaker mention at the cue (may be a pronoun: ``he``)."""
    name: str | None = None
    """Resolved name (``Joe Biden``) through coreference, when known."""
    actor: Actor | None = None
    """Resolved actor of the speaker."""
    start: int | None = None
    """Offset of the speaker mention."""
    end: int | None = None
    """Offset after the speaker mention."""
    mention: int | None = None
    """Index (in ``CodedArticle.mentions``) of the mention that named the speaker: the
    antecedent a pronoun or description was resolved to, or the mention at the cue."""
    rule: str | None = None
    """How the speaker was resolved (``mention``, ``coref``, ``relative>...``,
    ``recent-speaker``, ``person-before``, ``colon``, ``+context:main-country``)."""

    CONTRACT: ClassVar[tuple[str, ...]] = ("text", "name", "actor", "start", "end", "mention",
                                           "rule")


@dataclass
class Quote(Record):
    """Direct or indirect speech attributed to a speaker."""

    content: str
    """The quoted or reported text (without surrounding quote marks for direct quotes)."""
    start: int
    """Offset of the content."""
    end: int
    """Offset after the content."""
    direct: bool
    """True for quotation-marked speech, False for reported speech."""
    cue: str | None = None
    """The speech cue (``said``, ``according to``)."""
    cue_start: int | None = None
    """Offset of the cue."""
    cue_end: int | None = None
    """Offset after the cue."""
    speaker: Speaker | None = None
    """Who said it, when attributed."""
    sentence: int | None = None
    """Index of the sentence where the content starts."""
    events: list[int] = field(default_factory=list)
    """Indexes (in ``CodedArticle.events``) of events coded inside the content."""
    rule: str | None = None
    """Rule that found it."""
    tone: Tone | None = None
    """Tone of the content: how the speaker sounded (tone stage)."""

    CONTRACT: ClassVar[tuple[str, ...]] = (
        "content", "start", "end", "direct", "cue", "cue_start", "cue_end", "speaker", "sentence",
        "events", "rule", "tone"
    )


@dataclass
class TimeExpression(Record):
    """A temporal expression normalised to a TIMEX3-style value."""

    text: str
    """The expression as written (``on Wednesday``)."""
    start: int
    """Offset of the expression."""
    end: int
    """Offset after the expression."""
    value: str | None
    """TIMEX3 value (``2021-06-16``, ``2021-03``, ``2021-W23``, ``P5Y``, ``PAST_REF``), None if unresolved."""
    granularity: str | None
    """day, week, month, quarter, season, year, decade, century, time, duration, set, ref; None if unresolved."""
    type: str = "DATE"
    """TIMEX3 type: DATE, TIME, DURATION or SET."""
    sentence: int | None = None
    """Index of the sentence holding it."""
    rule: str | None = None
    """Rule that normalised it (``dateparser`` or one of ours)."""

    CONTRACT: ClassVar[tuple[str, ...]] = (
        "text", "start", "end", "value", "granularity", "type", "sentence", "rule"
    )


@dataclass
class Place(Record):
    """A toponym resolved to a gazetteer entry."""

    text: str
    """The toponym as written."""
    start: int
    """Offset of the toponym."""
    end: int
    """Offset after the toponym."""
    name: str | None
    """Gazetteer name, None when unresolved."""
    country: str | None
    """ISO alpha-3 of the country containing it."""
    lat: float | None
    """Latitude."""
    lon: float | None
    """Longitude."""
    geonames_id: int | None = None
    """GeoNames id."""
    feature: str | None = None
    """Kind of place: city, admin1, country, region, ..."""
    sentence: int | None = None
    """Index of the sentence holding it."""
    metonym: bool = False
    """True when the name stands for a government (``Moscow said``), not a location."""
    rule: str | None = None
    """Rule that resolved it."""

    CONTRACT: ClassVar[tuple[str, ...]] = (
        "text", "start", "end", "name", "country", "lat", "lon", "geonames_id", "feature", "sentence",
        "metonym", "rule"
    )


@dataclass
class DateEstimate(Record):
    """An undated article's estimated time, kept apart from ``Article.date`` (a publication date
    read from the input): the span the people the text titles held their offices in, narrowed by
    the years it names. The actors stage sets it and reads roster people on it."""

    value: Date
    """The estimated day (the middle of ``start``..``end``); an estimate, never a publication date."""
    start: Date
    """First day of the span the evidence allows."""
    end: Date
    """Last day of that span."""
    evidence: list[str] = field(default_factory=list)
    """What dated it: ``office:<person id>#<title>`` for a titled roster person,
    ``career:<person id>`` for an untitled one whose career shares the span (or tells a titled
    person's two terms apart), ``name-title:<person id>#<title>`` for a name carrying its office
    ("Pope X"; such a span alone reads no one), ``year:<YYYY>`` for a year the text names."""

    CONTRACT: ClassVar[tuple[str, ...]] = ("value", "start", "end", "evidence")


@dataclass
class CodedArticle(Record):
    """An article with everything the stages found in it."""

    article: Article
    """The input article."""
    doc: Any = None
    """The spaCy ``Doc`` (not serialised; dropped before crossing process boundaries)."""
    sentences: list[Sentence] = field(default_factory=list)
    """Sentences, in order."""
    mentions: list[Mention] = field(default_factory=list)
    """Actor mentions, in text order."""
    events: list[Event] = field(default_factory=list)
    """Coded events, in text order."""
    quotes: list[Quote] = field(default_factory=list)
    """Quotes, in text order."""
    times: list[TimeExpression] = field(default_factory=list)
    """Temporal expressions, in text order."""
    places: list[Place] = field(default_factory=list)
    """Toponyms, in text order."""
    story_id: str | None = None
    """Id of the near-duplicate story this article belongs to (set by dedup)."""
    tone: Tone | None = None
    """Tone of the whole article (tone stage): mean sentence score and GDELT's ``avg_tone``."""
    date_estimate: DateEstimate | None = None
    """An undated article's estimated date with its evidence (actors stage); None when the
    article has a publication date or nothing dates it."""

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence containing ``offset`` (the last one before it otherwise)."""
        k = bisect_right(self.sentences, offset, key=lambda s: s.start)
        return self.sentences[k - 1].index if k else 0

    CONTRACT: ClassVar[tuple[str, ...]] = (
        "article", "sentences", "mentions", "events", "quotes", "times", "places", "tone",
        "date_estimate"
    )
    INTERNAL: ClassVar[tuple[str, ...]] = ("doc", "story_id")
