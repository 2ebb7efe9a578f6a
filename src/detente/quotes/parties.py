"""A speaker in or out of government: the opposition by the gold conventions.

The gold codes opposition politicians OPP (``gold/quotes/NOTES.md``: UK Labour politicians in
2019, an SNP MP), where the actors stage reads their role word alone ("deputy leader": GOV,
"MP": LEG). Two readings of a named or unnamed speaker's description (``describe``'s title run,
apposition and "of" phrase):

- a role modified by an **opposition word** ("shadow home secretary Jane Roe", "an opposition
  lawmaker") or "leader of the opposition": OPP;
- "Party leader", "party chief executive", "the party's treasurer": the party the article named
  last before the title (``party_referred``, issue 14 round 14);
- a **party** of ``data/parties.tsv`` (parliamentary countries, with the days each party held
  national government) named before a politician's role ("Tory leader", "Labour's deputy
  leader", "a Lib Dem spokesman") or as the body they are of or speak for ("of the Labour
  Party", "a Labour spokesman said"): out of government on the article's date, OPP; in
  government, a party office ("leader", "chairman", "spokesperson", read by the actors stage
  as GOV) is the party's (PTY), a legislator stays LEG. A known office from the roster wins.
- a **former office holder** (ELI) whom either reading puts out of government ("Former Tory
  chancellor Jo Roe" while the Tories are in opposition, "former shadow attorney general Jo
  Roe"): OPP, as the gold codes such a sitting MP by party (round 33, q71).

The country is the speaker's, else the article's main country; a party of another country does
not apply. Evidence: rule ``+opposition`` / ``+party``, ``Actor.entry`` ``...+party:Labour:OPP``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from detente.actors.tables import is_country
from detente.nlp import columns, doc_text
from detente.quotes.describe import role_words
from detente.quotes.descriptiontokens import description_tokens
from detente.quotes.partyoffice import party_office_title, roster_title
from detente.quotes.partytable import parties
from detente.quotes.undated import during, governing_undated
from detente.records import Actor, DateEstimate, Mention, Speaker
from detente.resources import word_list

PARTY_ROLE_WORDS = word_list("quotes", "vocabulary.yaml", "party_role_words")
PARTY_WORK_NOUNS = word_list("quotes", "vocabulary.yaml", "party_work_nouns")
OPPOSITION_WORDS = word_list("quotes", "vocabulary.yaml", "opposition_words")
LONGEST_NAME = 4
"""Words in the longest party name read ("Green Party of England and Wales" is read as its
first four words and never matches: such names are named in full by no speaker's title)."""
PARTY_SECTORS = frozenset({"GOV", "LEG", "PTY", "CVL", "LAB", None})
"""Sectors a party reading may replace: a role read alone, a private person, none, and the
labour movement the actors stage reads into "Labour"."""
LEGISLATIVE = "LEG"
FORMER = "ELI"
"""A former office holder (the actors stage's "former <title>"): only an opposition reading
replaces it -- "Former Tory chancellor Jo Roe" in a year the Tories are out of government, or
"former shadow home secretary Jo Roe", is an opposition politician of the day (the BBC gold
codes such sitting MPs by party, OPP); a former holder of a governing party's keeps ELI."""


def governing(country: str, name: str, day: dt.date | None,
              mentions: list[Mention] = (), estimate: DateEstimate | None = None) -> bool | None:
    """Whether the party ``name`` of ``country`` held national government on ``day``; None
    for a party the table does not know. A party that never governed is out on any day; with
    no date, the article's estimated span (``CodedArticle.date_estimate``) decides when the
    party governed throughout it or on no day of it, else the head of government the
    article's ``mentions`` name (``undated.governing_undated``), else None."""
    periods = parties().get((country, name))
    if periods is None:
        return None
    if not periods:
        return False
    if day is None:
        if estimate is not None and (found := during(periods, estimate.start, estimate.end)) is not None:
            return found
        return governing_undated(periods, list(mentions), country)
    iso = day.isoformat()[:10]
    return any(start <= iso and (not end or iso < end) for start, end in periods)


def _is_role(token) -> bool:
    role = role_words().get(token.lower_)
    return token.lower_ in PARTY_ROLE_WORDS or (
        role is not None and role.kind in ("person", "head"))


def _party_at(doc, i: int, country: str, have: set[int]) -> tuple[str, int] | None:
    """(party name, last token) of a party of ``country`` starting at token ``i``."""
    cols, text = columns(doc), doc_text(doc)
    idx, length = cols.idx, cols.length
    if not text[idx[i]:idx[i] + 1].isupper():  # ``doc[i].text[:1]``: no party starts here
        return None
    for size in range(LONGEST_NAME, 0, -1):
        if not all(k in have for k in range(i, i + size)) or i + size > len(doc):
            continue
        last = i + size - 1
        name = text[idx[i]:idx[last] + length[last]]  # ``Span(doc, i, i + size).text``
        if (country, name) in parties():
            return name, last
    return None


def _party_named(doc, tokens: list[int], country: str) -> str | None:
    """The party a description names before a politician's role or the party's work, or as the
    body of an "of" or "for" phrase ("Labour deputy leader", "Labour's leader", "working on
    Labour's election campaign", "of the Labour Party")."""
    have = set(tokens)
    for i in tokens:
        found = _party_at(doc, i, country, have)
        if found is None:
            continue
        name, last = found
        after = [doc[k] for k in range(last + 1, min(last + 4, len(doc))) if k in have]
        after = [t for t in after if t.lower_ not in ("'s", "’s", "party")]
        before = doc[i - 1] if i > 0 else None
        if before is not None and before.lower_ == "the" and i > 1:
            before = doc[i - 2]
        if any(_is_role(t) or t.lower_ in PARTY_WORK_NOUNS for t in after[:2]) or (
                before is not None and before.lower_ in ("of", "for")):
            return name
    return None


PARTY_NOUNS = frozenset({"party"})
LOOK_BACK = 400
"""Tokens before the title in which the party named before is looked for (a few paragraphs)."""


def party_referred(doc, tokens: list[int], country: str) -> str | None:
    """The party of ``country`` named last before the description ``tokens`` when they hold
    the common noun "party" right before a politician's role ("Party leader", "the party's
    chief executive"); None otherwise, or when no party of that country is named before."""
    lower = columns(doc).lower
    have = set(tokens)
    at = None
    for i in tokens:
        if lower[i] not in PARTY_NOUNS or i + 1 >= len(doc):
            continue
        nxt = i + 1 if lower[i + 1] not in ("'s", "’s") else i + 2
        role = next((k for k in range(nxt, min(nxt + 3, len(doc))) if k in have
                     and _is_role(doc[k])), None)
        if role is not None and all(k in have for k in range(nxt, role)) and not (
                i > 0 and doc[i - 1].is_title and doc[i - 1].dep_ == "compound"
                and doc[i - 1].head.i == i):  # "Labour Party leader": named in the title
            at = i
            break
    if at is None:
        return None
    window = set(range(max(0, at - LOOK_BACK), at))
    found = None
    for k in sorted(window):
        got = _party_at(doc, k, country, window)
        if got is not None:
            found = got[0]
    return found


def _opposition(doc, tokens: list[int]) -> bool:
    """An opposition word modifying a role ("shadow home secretary", "an opposition
    lawmaker") or the object of "leader of the opposition"."""
    have = set(tokens)
    lower = columns(doc).lower
    for i in tokens:
        if lower[i] not in OPPOSITION_WORDS:
            continue
        token = doc[i]
        head = token.head
        if token.dep_ in ("amod", "compound", "nmod") and head.i in have and _is_role(head):
            return True
        if token.dep_ == "pobj" and head.lower_ == "of" and _is_role(head.head):
            return True
        if i + 1 in have and _is_role(doc[i + 1]):  # a title run the parser flattened
            return True
        if _role_ends_run(doc, i, have):  # "shadow work and pensions secretary"
            return True
    return False


PORTFOLIO_RUN = 6
"""Words a portfolio may put between an opposition word and its role ("shadow work and pensions
secretary", parsed as "shadow work" and a conjoined "secretary")."""


def _role_ends_run(doc, i: int, have: set[int]) -> bool:
    """A role word ends the unbroken run of description words after the opposition word at
    ``i`` (within ``PORTFOLIO_RUN`` words, no comma between)."""
    for k in range(i + 1, min(i + 1 + PORTFOLIO_RUN, len(doc))):
        if k not in have or doc[k].is_punct:
            return False
        if _is_role(doc[k]):
            return True
    return False


DETERMINERS = frozenset({"the", "a", "an"})


def _body_party(name: str | None, country: str) -> str | None:
    """The party a body speaking under its own name is ("the Liberal Democrats", "Labour"),
    or whose name it opens ("Liberal Democrat foreign affairs" of a portfolio spokesman)."""
    words = (name or "").split()
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    for size in range(min(LONGEST_NAME, len(words)), 0, -1):
        if (country, " ".join(words[:size])) in parties():
            return " ".join(words[:size])
    return None


def _present_role(doc, tokens: list[int]) -> bool:
    """A description that says what a former office holder is "now" ("former Labour minister
    Jo Roe, now a judge", "..., now chief executive of a charity"): their present role, read
    by the actors stage, is theirs, not the party of their old office -- unless that role is a seat in
    politics ("now a backbench MP", "now a councillor": review r33f)."""
    after = [i for i in tokens if any(doc[j].lower_ == "now" for j in tokens if j < i)]
    if any(getattr(role_words().get(doc[i].lower_), "sector", None) in ("LEG", "OPP", "PTY")
           for i in after):
        return False  # "now a backbench MP", "now a Labour councillor": still in politics
    return any(doc[i].lower_ == "now" for i in tokens)


def _own_name(speaker: Speaker, country: str) -> str | None:
    """The speaker's name for the new actor: None when it is a party only modifying a role
    ("the former Labour minister", named "Labour" by its modifier), the body's own name when
    the speaker is the party ("Labour said")."""
    name = speaker.name
    if name is None or _body_party(name, country) is None:
        return name
    words = [w for w in (speaker.text or "").split() if w.lower() not in DETERMINERS]
    return name if " ".join(words) == name else None


def _only_country(speaker: Speaker) -> str | None:
    """The one country of the table with a party that the speaker's own name is ("the Lib
    Dems"); None when it is no party or a party in several countries ("Labour": Britain and
    New Zealand). A description's words are not read: "National" opens a union's name."""
    words = (speaker.name or "").split()  # ``_body_party``'s names, asked of every country
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    names = {" ".join(words[:size]) for size in range(min(LONGEST_NAME, len(words)), 0, -1)}
    found = {c for c, name in parties() if name in names}
    return found.pop() if len(found) == 1 else None


def _party_office(actor: Actor | None) -> bool:
    """An actor a party in government makes the party's: none, a private person, the labour
    movement of "Labour", or a role read alone that heads a body ("leader", "spokesman",
    "chairman"); not a minister or a legislator."""
    if actor is None or actor.sector in (None, "CVL", "LAB"):
        return True
    entry = (actor.entry or "").split("+")[0].split(">")[-1]
    role = role_words().get(entry.removeprefix("role:")) if entry.startswith("role:") else None
    return role is not None and role.kind == "head" and actor.sector != LEGISLATIVE


ENTRY_PARTY = re.compile(r"(?:^|[+>])party:([^:+>]+):([A-Z]{3})")


def _entry_party(actor: Actor | None, country: str) -> str | None:
    """The party the actors stage read into the speaker's actor (entry ``party:Tory:GBR``, "the
    Tory leader"), for a speaker named by a pronoun or a surname whose own words name none."""
    for name, where in ENTRY_PARTY.findall(actor.entry or "") if actor is not None else ():
        if where == country and (country, name) in parties():
            return name
    return None


def _party_titled(actor: Actor | None, doc, tokens: list[int], country: str | None) -> str | None:
    """The party whose own office titles a roster politician in the description ("Labour
    election co-ordinator Jo Roe", ``partyoffice``); None when there is none."""
    if actor is None or country is None or roster_title(actor.entry) is None:
        return None
    have = set(tokens)
    for i in tokens:
        found = _party_at(doc, i, country, have)
        if found is not None and party_office_title(doc, tokens, [found[1]], actor.entry):
            return found[0]
    return None


def in_or_out(speaker: Speaker, doc, mentions: list[Mention], quoted, country: str | None,
              day: dt.date | None, estimate: DateEstimate | None = None) -> Speaker:
    """``speaker`` with the opposition or party sector its description fixes (see the module
    docstring); unchanged when there is none."""
    actor = speaker.actor
    if doc is None or speaker.start is None:
        return speaker
    own = actor.country if actor is not None and is_country(actor.country) else country
    tokens = description_tokens(speaker, doc, mentions, quoted)
    if actor is not None and actor.sector == "BUS" and own is not None \
            and (party_referred(doc, tokens, own) or _party_named(doc, tokens, own)):
        actor = replace(actor, sector=None)  # "party chief executive": the party's, not a firm's
    former = actor is not None and actor.sector == FORMER
    if former and (_present_role(doc, tokens) or (actor.country and not is_country(actor.country))):
        return speaker  # "former Labour minister Jo Roe, now a judge"; a UN envoy stays the UN's
    titled = _party_titled(actor, doc, tokens, own)
    if actor is not None and not former and not titled and (actor.sector not in PARTY_SECTORS or (
            roster_title(actor.entry) is not None and not (day is None and _opposition(doc, tokens)))):
        return speaker  # undated, the roster's office is a guess the text's "shadow" beats
    if own is None:  # "the Lib Dems said" in an article with no main country
        own = _only_country(speaker)
    if own is None:
        return speaker
    sector, evidence = None, ""
    if _opposition(doc, tokens):
        sector, evidence = "OPP", "opposition"
    elif (name := (_body_party(speaker.name, own) or _party_named(doc, tokens, own)
                   or party_referred(doc, tokens, own) or _entry_party(actor, own)
                   or titled)) is not None:
        now = governing(own, name, day, mentions, estimate)
        if now is False:
            sector = "OPP"
        elif now and (_party_office(actor) or titled == name):
            sector = "PTY"
        evidence = f"party:{name}" + (":office" if titled == name else "")
    if sector is None or (actor is not None and actor.sector == sector) or (
            former and sector != "OPP"):
        return speaker  # a former holder of a governing party keeps their office (ELI)
    entry = f"{actor.entry}+{evidence}:{sector}" if actor is not None and actor.entry \
        else f"{evidence}:{sector}"
    name = actor.name if actor is not None and actor.name else _own_name(speaker, own)
    new = Actor(own, sector, name=name, entry=entry)
    return replace(speaker, actor=new, rule=f"{speaker.rule}+{evidence.split(':')[0]}")
