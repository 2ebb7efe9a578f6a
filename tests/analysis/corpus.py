"""A small hand-built corpus of coded articles, written to a real DuckDB file.

The records are what the coding stages produce (``Article``, ``Event``, ``Participant``,
``Quote``, ``Location``), with offsets computed from the texts, so the analysis, export and
server tests read a store exactly as it is after ``detente ingest``.

What it holds (the figures the tests assert):
- a-mar: 2021-03-17, USA -> RUS ACCUSE (quad 3, -2.0) and RUS -> USA REJECT (quad 3, -4.0)
- a-jun + a-jun-copy: 2021-06-16, the same story (story_id "s-geneva"): USA -> RUS CONSULT and
  RUS -> USA CONSULT (quad 1, +1.0) in both, plus USA -> RUS AGREE (quad 1, +3.0) in a-jun only
- a-jul: 2021-07-02, RUS -> UKR ASSAULT (quad 4, -9.0) at Donetsk, and USA -> UKR AID (quad 2, +7.0)
- a-aug: 2021-08-10, no events, one quote by Antony Blinken
- a-dec: 2021-12-02, a joint event: "Lavrov and Blinken met" codes sources [RUS, USA] and no
  target, which counts as RUS -> USA and USA -> RUS (CONSULT, quad 1, +1.0) at Stockholm

Tone is set by hand (``TONES``) so the tone figures are predictable: each event's tone, and each
article's positive/negative/word counts (GDELT tone: a-mar -26.667, a-jun +4.167, a-jun-copy 0).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from detente.records import (
    Actor,
    Article,
    CodedArticle,
    Event,
    Location,
    Participant,
    Quote,
    Sentence,
    Speaker,
    Tone,
)
from detente.store import open_store

GENEVA = Location(name="Geneva", country="CHE", lat=46.20222, lon=6.14569, geonames_id=2660646)
DONETSK = Location(name="Donetsk", country="UKR", lat=48.023, lon=37.80224, geonames_id=709717)
STOCKHOLM = Location(name="Stockholm", country="SWE", lat=59.32938, lon=18.06871, geonames_id=2673730)
MOSCOW = Location(name="Moscow", country="RUS", lat=55.75222, lon=37.61556, geonames_id=524901)


def _span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def _party(text: str, part: str, country: str, sector: str = "GOV", name: str | None = None,
           after: int = 0) -> Participant:
    s, e = _span(text, part, after)
    return Participant(text=part, country=country, sector=sector, name=name, start=s, end=e)


def _event(text: str, *, sentence: str, trigger: str, type: str, cameo: str, goldstein: float,
           quad: int, source: Participant, target: Participant, rule: str,
           location: Location | None = None, date: str | None = None) -> Event:
    s0, s1 = _span(text, sentence)
    t0, t1 = _span(text, trigger, s0)
    ends = [x for x in (source.end, target.end, t1) if x is not None]
    starts = [x for x in (source.start, target.start, t0) if x is not None]
    return Event(type=type, cameo=cameo, goldstein=goldstein, quad=quad, source=[source],
                 target=[target], sentence=text[:s0].count(". "), start=min(starts), end=max(ends),
                 trigger=trigger, trigger_start=t0, trigger_end=t1, evidence=sentence, rule=rule,
                 date=date, date_precision="day" if date else "article", location=location)


def _sentences(text: str) -> list[Sentence]:
    out, start = [], 0
    for i, part in enumerate(text.split(". ")):
        end = start + len(part) + (1 if start + len(part) < len(text) else 0)
        out.append(Sentence(index=i, start=start, end=min(end, len(text))))
        start += len(part) + 2
    return out


def _article(aid: str, day: date, title: str, text: str) -> Article:
    return Article(id=aid, text=text, title=title, date=day, date_source="record",
                   url=f"https://news.example.org/{aid}", source="Example News")


def march() -> CodedArticle:
    text = ("Washington accused Moscow of meddling in the election. "
            "The Kremlin rejected the accusation as baseless.")
    usa, rus = _party(text, "Washington", "USA"), _party(text, "Moscow", "RUS")
    kremlin = _party(text, "The Kremlin", "RUS")
    target = Participant(text="Washington", country="USA", sector="GOV")
    return CodedArticle(
        article=_article("a-mar", date(2021, 3, 17), "US accuses Russia", text),
        sentences=_sentences(text),
        events=[
            _event(text, sentence="Washington accused Moscow of meddling in the election.",
                   trigger="accused", type="ACCUSE", cameo="112", goldstein=-2.0, quad=3,
                   source=usa, target=rus, rule="verb:accuse"),
            _event(text, sentence="The Kremlin rejected the accusation as baseless.",
                   trigger="rejected", type="REJECT", cameo="120", goldstein=-4.0, quad=3,
                   source=kremlin, target=target, rule="verb:reject", location=MOSCOW),
        ])


def geneva(aid: str, *, with_agreement: bool) -> CodedArticle:
    text = ("President Joe Biden met Vladimir Putin in Geneva on Wednesday. "
            "Putin met Biden for three hours. "
            "Biden agreed with Putin to return the ambassadors.")
    biden = _party(text, "President Joe Biden", "USA", name="Joe Biden")
    putin = _party(text, "Vladimir Putin", "RUS", name="Vladimir Putin")
    second = text.index("Putin met")
    putin2 = _party(text, "Putin", "RUS", name="Vladimir Putin", after=second)
    biden2 = _party(text, "Biden", "USA", name="Joe Biden", after=second)
    events = [
        _event(text, sentence="President Joe Biden met Vladimir Putin in Geneva on Wednesday.",
               trigger="met", type="CONSULT", cameo="040", goldstein=1.0, quad=1, source=biden,
               target=putin, rule="verb:meet", location=GENEVA, date="2021-06-16"),
        _event(text, sentence="Putin met Biden for three hours.", trigger="met", type="CONSULT",
               cameo="040", goldstein=1.0, quad=1, source=putin2, target=biden2, rule="verb:meet",
               location=GENEVA, date="2021-06-16"),
    ]
    if with_agreement:
        third = text.index("Biden agreed")
        b3 = _party(text, "Biden", "USA", name="Joe Biden", after=third)
        p3 = _party(text, "Putin", "RUS", name="Vladimir Putin", after=third)
        events.append(_event(text, sentence="Biden agreed with Putin to return the ambassadors.",
                             trigger="agreed", type="AGREE", cameo="030", goldstein=3.0, quad=1,
                             source=b3, target=p3, rule="verb:agree", location=GENEVA,
                             date="2021-06-16"))
    quote_text = "return the ambassadors"
    q0, q1 = _span(text, quote_text)
    quotes = [Quote(content=quote_text, start=q0, end=q1, direct=False, cue="agreed",
                    cue_start=text.index("agreed"), cue_end=text.index("agreed") + 6,
                    speaker=Speaker(text="Biden", name="Joe Biden",
                                    actor=Actor(country="USA", sector="GOV", name="Joe Biden"),
                                    start=text.index("Biden agreed"), end=text.index("Biden agreed") + 5),
                    sentence=2, rule="reported:agree")]
    return CodedArticle(article=_article(aid, date(2021, 6, 16), f"Biden and Putin meet ({aid})", text),
                        sentences=_sentences(text), events=events, quotes=quotes,
                        story_id="s-geneva")


def july() -> CodedArticle:
    text = ("Russian forces shelled Ukrainian positions near Donetsk. "
            "The United States sent medical aid to Ukraine.")
    rus, ukr = _party(text, "Russian forces", "RUS", "MIL"), _party(text, "Ukrainian positions", "UKR", "MIL")
    usa, ukr2 = _party(text, "The United States", "USA"), _party(text, "Ukraine", "UKR")
    return CodedArticle(
        article=_article("a-jul", date(2021, 7, 2), "Shelling near Donetsk", text),
        sentences=_sentences(text),
        events=[
            _event(text, sentence="Russian forces shelled Ukrainian positions near Donetsk.",
                   trigger="shelled", type="ASSAULT", cameo="194", goldstein=-9.0, quad=4,
                   source=rus, target=ukr, rule="verb:shell", location=DONETSK),
            _event(text, sentence="The United States sent medical aid to Ukraine.", trigger="sent",
                   type="AID", cameo="073", goldstein=7.0, quad=2, source=usa, target=ukr2,
                   rule="verb:send_aid"),
        ])


def august() -> CodedArticle:
    text = '"We will hold Russia to account," Antony Blinken said.'
    c0 = text.index("said")
    s0 = text.index("Antony Blinken")
    return CodedArticle(
        article=_article("a-aug", date(2021, 8, 10), "Blinken warns", text),
        sentences=_sentences(text),
        quotes=[Quote(content="We will hold Russia to account,", start=1, end=32, direct=True,
                      cue="said", cue_start=c0, cue_end=c0 + 4,
                      speaker=Speaker(text="Antony Blinken", name="Antony Blinken",
                                      actor=Actor(country="USA", sector="GOV", name="Antony Blinken"),
                                      start=s0, end=s0 + 14),
                      sentence=0, rule="direct:said")])


def december() -> CodedArticle:
    text = "Sergei Lavrov and Antony Blinken met in Stockholm on Thursday."
    lavrov = _party(text, "Sergei Lavrov", "RUS", name="Sergei Lavrov")
    blinken = _party(text, "Antony Blinken", "USA", name="Antony Blinken")
    t0 = text.index("met")
    event = Event(type="CONSULT", cameo="040", goldstein=1.0, quad=1, source=[lavrov, blinken],
                  target=[], sentence=0, start=0, end=t0 + 3, trigger="met", trigger_start=t0,
                  trigger_end=t0 + 3, evidence=text, rule="verb:meet", date="2021-12-02",
                  date_precision="day", location=STOCKHOLM)
    return CodedArticle(article=_article("a-dec", date(2021, 12, 2), "Lavrov and Blinken meet", text),
                        sentences=_sentences(text), events=[event])


TONES: dict[str, tuple[list[float], int, int, int]] = {
    "a-mar": ([-0.6, -0.5], 0, 4, 15),
    "a-jun": ([0.0, 0.0, 0.4], 1, 0, 24),
    "a-jun-copy": ([0.0, 0.0], 0, 0, 16),
    "a-jul": ([-0.7, 0.5], 1, 1, 15),
    "a-aug": ([], 0, 0, 9),
    "a-dec": ([0.0], 0, 0, 9),
}
"""Article id -> (event tones in order, positive words, negative words, words)."""


def _toned(coded: CodedArticle) -> CodedArticle:
    event_tones, pos, neg, words = TONES[coded.article.id]
    for event, tone in zip(coded.events, event_tones, strict=True):
        event.tone = tone
    score = sum(event_tones) / len(event_tones) if event_tones else 0.0
    coded.tone = Tone(score=score, label="neutral", positive=pos, negative=neg, words=words)
    return coded


def coded_corpus() -> list[CodedArticle]:
    return [_toned(c) for c in (march(), geneva("a-jun", with_agreement=True),
                                geneva("a-jun-copy", with_agreement=False), july(), august(),
                                december())]


def write_corpus(path: str | Path) -> Path:
    """Write the corpus to a new DuckDB file at ``path`` and return the path."""
    with open_store(path) as store:
        store.write(coded_corpus())
    return Path(path)
