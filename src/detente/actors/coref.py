"""Light coreference: pronouns, definite descriptions, appositions and repeated surnames.

No coreference model runs offline, so this is a small rule system in the spirit of Hobbs'
algorithm: a pronoun takes the nearest compatible subject before it in its own sentence
(never the subject of its own clause for "him"/"her"/"them"), else the main subject of the
closest earlier sentence that has a compatible actor. Compatible means person vs group and
the roster's gender. "The president", "the Kremlin leader" take the most recent named person
whose country and office fit. A name no dictionary knows takes the actor of the role it is in
apposition to ("Moscow's ambassador, Anatoly Antonov"), and later mentions of its last word
take the same actor.
"""

from __future__ import annotations

from dataclasses import replace

from detente.actors.appositions import (
    adopt_role,
    apposition,
    body_office,
    former_office,
    office_over_gap,
    office_over_title,
)
from detente.actors.arrays import paragraph_sentence_starts, token_text
from detente.actors.maincountry import COPY_RULE, most_named
from detente.actors.offices import Offices
from detente.actors.phrases import Context, Phrase
from detente.actors.resolver import MULTI_SEAT, fill_holder, seat_places
from detente.actors.sectors import head_sector
from detente.actors.spelled_out import PHOENIX_ORGANISATION
from detente.actors.surnames import by_name
from detente.records import Actor
from detente.resources import word_list

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PERSON_WINDOW = 3
"""Sentences back (besides the current one) where a person pronoun looks for its antecedent."""
GROUP_WINDOW = 1
DEFINITE_WINDOW = 8
OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "iobj"})
CLAUSE_CLIMB = frozenset({"xcomp", "prep", "pcomp", "pobj", "dobj", "advcl", "acl"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
CORE_DEPS = frozenset({"poss", "dobj", "dative", "appos", "conj"})
"""Candidates ranked after subjects but before objects of prepositions."""
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
"""Pronouns of plural groups: a lone place name is their last choice (``_best_in_sentence``)."""
PARALLEL_DEPS = frozenset({"conj", "appos"})
PEOPLE_SECTORS = frozenset({"CVL", "REF"})
"""Sectors of role nouns for people at large: never the antecedent of "it"/"its"."""
SUPERIOR_DEPS = frozenset({"ccomp", "advcl", "conj", "xcomp"})
COPULAS = word_list("actors", "vocabulary.yaml", "copulas")
LESSER_OFFICE_STARTS = tuple(sorted(word_list("actors", "vocabulary.yaml", "lesser_office_starts")))
"""A title starting with one of these ("vice president") is not the bare role ("president")."""


def _kind(phrase: Phrase, linked: dict[int, Phrase], k: int) -> str:
    return linked[k].kind if k in linked else phrase.kind


def _gender(phrase: Phrase, linked: dict[int, Phrase], k: int) -> str | None:
    return linked[k].gender if k in linked else phrase.gender


def clause_subjects(doc, token) -> set[int]:
    """Subjects of the clause an object pronoun sits in (binding: "Trump refused to blame
    him" - "him" is not Trump)."""
    subjects, node = set(), token.head
    for _ in range(6):
        subjects.update(c.i for c in node.children if c.dep_ in SUBJECT_DEPS)
        if node.dep_ not in CLAUSE_CLIMB or node.head.i == node.i:
            break
        node = node.head
    return subjects


def _compatible(doc, phrase: Phrase, cand: Phrase, kind: str, gender: str | None,
                source: Phrase | None = None) -> bool:
    """Person pronouns take persons of a fitting gender, named ones even when unresolved
    (the quotes stage still gets the speaker's name); others take resolved groups, and
    "they"/"their" also the first of two or more conjoined people ("Biden and Putin")."""
    want = phrase.atoms[0].pronoun
    if want.kind == "group" and kind == "person":
        return cand.actor is not None and _heads_people(doc, cand)
    if want.kind == "person":
        source = source or cand
        named = cand.actor is not None or cand.label == "PERSON" or source.label == "PERSON"
        return named and kind == "person" and (
            gender is None or want.gender is None or gender == want.gender)
    if cand.actor is None or cand.actor.country is None and cand.actor.sector is None:
        return False
    if want.kind == "body":
        return kind == "group" and (cand.label in ("GPE", "ORG") or _is_body(cand))
    return kind == "group"


def _heads_people(doc, cand: Phrase) -> bool:
    """The phrase is the first of conjoined people: its head has a conjoined proper name."""
    return any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in doc[cand.anchor].children)


def _is_body(cand: Phrase) -> bool:
    """A role phrase naming one body ("the ministry", "the army"), not people ("rebels",
    "people", "the population")."""
    return cand.label == "ROLE" and cand.role is not None and not (
        cand.role.person or cand.role.plural or cand.role.sector in PEOPLE_SECTORS)


def pick_antecedent(doc, phrases: list[Phrase], k: int, linked: dict[int, Phrase],
                    starts: list[int]) -> int | None:
    """Index of the antecedent of pronoun ``phrases[k]``, or None (``starts``: the first
    token of each token's sentence)."""
    pron = phrases[k]
    token = doc[pron.anchor]
    sent_start = starts[pron.anchor]
    window = PERSON_WINDOW if pron.atoms[0].pronoun.kind == "person" else GROUP_WINDOW
    banned = clause_subjects(doc, token) if token.dep_ in OBJECT_DEPS else set()
    same, earlier = [], {}
    for j in range(k - 1, -1, -1):
        cand = phrases[j]
        cand_start = starts[cand.anchor]
        if cand.anchor in banned or not _compatible(doc, pron, cand, _kind(cand, linked, j),
                                                    _gender(cand, linked, j), linked.get(j)):
            continue
        if cand_start == sent_start:
            same.append(j)
        else:
            earlier.setdefault(cand_start, []).append(j)
            if len(earlier) > window:
                break
    if pron.atoms[0].pronoun.linked_only:
        return _link_it(doc, phrases, pron, same, earlier)
    if same:
        return _best_in_sentence(doc, phrases, token, same)
    for start in sorted(earlier, reverse=True)[:window]:
        return _salient(doc, phrases, sorted(earlier[start]))
    return None


def _link_it(doc, phrases: list[Phrase], pron: Phrase, same: list[int],
             earlier: dict[int, list[int]]) -> int | None:
    """Conservative "it": the subject of the clause it reports or continues ("Syria says it
    will..."; nothing when that subject is no country or body), or, when it is itself the
    subject of a speech or decision verb ("It said..."), the nearest subject of its sentence,
    else the main subject of the sentence before."""
    superior = _superior_subject(doc[pron.anchor])
    if superior is not None or not pron.atoms[0].speech:
        return next((j for j in same if phrases[j].anchor == superior), None)
    subjects = [j for j in same if doc[phrases[j].anchor].dep_ in SUBJECT_DEPS]
    if same:
        return subjects[0] if subjects else None
    last = max(earlier, default=None)
    main = [j for j in earlier.get(last, []) if _main_subject(doc[phrases[j].anchor])]
    return main[0] if main else None


def _main_subject(token) -> bool:
    return token.dep_ in SUBJECT_DEPS and token.head.dep_ == "ROOT"


def _superior_subject(token) -> int | None:
    """The subject of the clause that governs the pronoun's clause: reported ("said it
    would"), adverbial ("because it feared") or conjoined ("and it refused") - not when the
    pronoun's clause is a bare copula after "and" ("and it was a shock")."""
    clause = token.head
    if clause.dep_ not in SUPERIOR_DEPS or clause.head.i == clause.i:
        return None
    if clause.dep_ != "ccomp" and clause.lower_ in COPULAS:
        return None
    superior = clause.head
    return next((c.i for c in superior.children if c.dep_ == "nsubj"), None)


def _best_in_sentence(doc, phrases: list[Phrase], token, same: list[int]) -> int:
    """Among compatible candidates of the pronoun's own sentence (nearest first): the
    possessor of a parallel noun phrase ("Russia's annexation of Crimea from Ukraine, its
    intervention in Syria": Russia), the object that controls an infinitive ("urged Russia
    to withdraw its troops": Russia), then subjects, then possessors and direct objects, and
    only then objects of prepositions, each time the nearest."""
    by_anchor = {phrases[j].anchor: j for j in same}
    for anchor in (_parallel_possessor(token), _controller(token)):
        if anchor in by_anchor:
            return by_anchor[anchor]
    for deps in (SUBJECT_DEPS, CORE_DEPS):
        ranked = [j for j in same if doc[phrases[j].anchor].dep_ in deps]
        if ranked:
            return ranked[0]
    if token.lower_ in PLURAL_PRONOUNS and _lone_place(doc, phrases[same[0]]):
        return next((j for j in same if _plural_group(phrases[j])), same[0])
    return same[0]


def _lone_place(doc, cand: Phrase) -> bool:
    """A place name standing alone ("from Bosnia"), not one of conjoined places."""
    token = doc[cand.anchor]
    return cand.label == "GPE" and token.dep_ != "conj" and not any(
        c.dep_ == "conj" for c in token.children)


def _plural_group(cand: Phrase) -> bool:
    """People or forces named in the plural ("Serbian forces", "rebels")."""
    return cand.label == "ROLE" and cand.role is not None and cand.role.plural


def _parallel_possessor(token) -> int | None:
    """The possessor of the first noun phrase of the list or apposition a possessive pronoun's
    noun phrase belongs to (None when the pronoun is not a possessor in one)."""
    if token.dep_ != "poss":
        return None
    node = token.head
    while node.dep_ in PARALLEL_DEPS and node.head.i != node.i:
        node = node.head
        owner = next((c.i for c in node.children if c.dep_ == "poss"), None)
        if owner is not None:
            return owner
    return None


def _controller(token) -> int | None:
    """The object of the verb whose infinitive the pronoun sits in ("urged Russia to
    withdraw its troops"), which is that infinitive's understood subject."""
    node = token
    for _ in range(4):
        if node.dep_ == "xcomp":
            return next((c.i for c in node.head.children if c.dep_ in ("dobj", "dative")), None)
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _salient(doc, phrases: list[Phrase], indexes: list[int]) -> int:
    """The main-clause subject of a sentence if it is a candidate, else its first subject,
    else its first candidate."""
    def dep(j: int):
        return doc[phrases[j].anchor]
    for j in indexes:
        if dep(j).dep_ in SUBJECT_DEPS and dep(j).head.dep_ == "ROOT":
            return j
    for j in indexes:
        if dep(j).dep_ in SUBJECT_DEPS:
            return j
    return indexes[0]


def _fits_description(phrase: Phrase, cand: Phrase, offices: Offices | None) -> bool:
    """A named person whose country and office fit the description: the same office when the
    phrase names one ("the vice president" is never the president), any office ending in a
    one-word role ("the minister": a foreign minister)."""
    if cand.kind != "person" or cand.actor is None or not cand.actor.name:
        return False
    mine = phrase.actor
    if mine and mine.country and cand.actor.country != mine.country and not (
            cand.actor.country is None and phrase.office in MULTI_SEAT):
        return False  # "Senator Chris Murphy" (no country yet) can be "the US senator"
    if phrase.role.generic:
        return cand.actor.sector == (mine.sector if mine else None)
    title = (cand.title or "").lower()
    if offices is not None:
        title = offices.canonical(title)
    wanted = phrase.office or (offices.canonical(phrase.role.title) if offices
                               else phrase.role.title)
    if other_seat(phrase, cand, wanted):
        return False
    if title == wanted:
        return True
    word = phrase.role.phrase.split()[-1]
    return (" " not in phrase.role.phrase and title.split()[-1:] == [word]
            and not title.startswith(LESSER_OFFICE_STARTS))


def other_seat(phrase: Phrase, cand: Phrase, office: str | None) -> bool:
    """A description of one seat of a many-seat office by its region ("the Florida senator",
    "the Ohio governor") and an earlier person not named with that region: not the same
    person (the roster does not say which state a senator sits for)."""
    places = seat_places(phrase)
    return office in MULTI_SEAT and bool(places) and not places <= seat_places(cand)


def link_definite(phrases: list[Phrase], k: int, linked: dict[int, Phrase],
                  offices: Offices | None = None) -> int | None:
    """Antecedent of "the president" / "the Kremlin leader": the latest fitting person."""
    phrase = phrases[k]
    for j in range(k - 1, max(-1, k - 1 - DEFINITE_WINDOW * 6), -1):
        cand = linked.get(j, phrases[j])
        if _fits_description(phrase, cand, offices) or _same_role(phrase, phrases[j]):
            return j
    return None


def _is_body_description(doc, phrase: Phrase) -> bool:
    """A body or group named by its role noun alone after "the", with no country of its own
    ("the ministry", "the police", "the army"): a description of one named before."""
    if phrase.kind != "group" or phrase.role is None or phrase.label != "ROLE" \
            or phrase.actor is None or phrase.actor.country:
        return False
    anchor = doc[phrase.anchor]
    role_start = min((a.start for a in phrase.atoms if a.kind == "role"), default=anchor.i)
    before = [c for c in anchor.children if c.i < anchor.i]
    # a capitalised word before the role word makes a name ("the Reform Party"), not a
    # description; the role's own words may be capitalised ("the Interior Ministry")
    return any(c.dep_ == "det" and c.lower_ == "the" for c in before) and all(
        c.dep_ == "det" or c.dep_ in ("amod", "compound") and (c.i >= role_start
                                                              or not c.is_title)
        for c in before)


def link_body(phrases: list[Phrase], k: int, linked: dict[int, Phrase]) -> int | None:
    """Antecedent of a body description ("Kenya's foreign ministry ... The ministry said";
    "Turkish police ... The police said"): the latest earlier body or group of the same
    sector whose role ends in the description's words and that has a country. None when the
    latest such mention is one of several countries' ("US and British forces ... the
    forces")."""
    phrase = phrases[k]
    words = (phrase.role.title or phrase.role.phrase).split()
    for j in range(k - 1, max(-1, k - 1 - DEFINITE_WINDOW * 6), -1):
        cand, role = linked.get(j, phrases[j]), phrases[j].role
        if (role is None or phrases[j].kind != "group" or cand.actor is None
                or not cand.actor.country or cand.actor.sector != phrase.actor.sector
                or (role.title or role.phrase).split()[-len(words):] != words):
            continue
        split = [i for i in (j - 1, j + 1) if 0 <= i < len(phrases) and i != k
                 and phrases[i].role is role and phrases[i].anchor != phrases[j].anchor]
        return None if split else j
    return None


def _same_role(phrase: Phrase, cand: Phrase) -> bool:
    """An earlier mention of the same role, named or not ("an Interpol spokesperson ... The
    spokesperson added"), whose country does not contradict the description's."""
    if cand.role is None or cand.kind != "person" or cand.role.title != phrase.role.title \
            or other_seat(phrase, cand, phrase.office or phrase.role.title):
        return False
    mine = phrase.actor.country if phrase.actor else None
    return mine is None or (cand.actor is not None and cand.actor.country == mine)


def main_country(phrases: list[Phrase], organisations: dict[str, str]) -> str | None:
    """The country the article names most (ties: the first named), for an office the text
    gives without its country ("The Vice President said..."); copies of one description count
    once together (``maincountry.most_named``)."""
    return most_named(
        (phrase.actor.country, phrase.rule,
         phrase.title or (phrase.role.phrase if phrase.role else None))
        for phrase in phrases
        if phrase.actor is not None and phrase.actor.country
        and phrase.actor.country not in organisations and phrase.kind != "pron")


def _holder_by_office(phrases: list[Phrase], k: int, ctx: Context | None) -> int | None:
    """A description no earlier person fits: the office's holder on the article date in the
    article's main country, else in the one country that has the office ("the Senate
    Minority Leader"); the holder's first mention in the article becomes the antecedent
    (None when the holder is not named)."""
    phrase = phrases[k]
    given = phrase.actor.country if phrase.actor else None
    if ctx is None or not phrase.office or (given and phrase.office not in MULTI_SEAT):
        return None  # a many-seat office's holder waits for link_definite ("the US senator")
    country, how = main_country(phrases, ctx.tables.organisation_codes), "main-country"
    if given:
        country, how = given, "text-country"
    offices = ctx.tables.offices
    if ctx.day is not None and not given and (
            country is None or not offices.holders(country, phrase.office, ctx.day)):
        country, how = offices.home.get(phrase.office), "only-country"
    if not fill_holder(phrase, country, ctx):
        _office_country(phrase, offices)
        _main_country_role(phrase, country, how, ctx)
        return None
    phrase.rule = phrase.actor.entry = f"{phrase.rule}+{how}"
    return next((j for j in range(len(phrases)) if j != k
                 and phrases[j].person is phrase.person), None)


def _main_country_role(phrase: Phrase, country: str | None, how: str, ctx: Context) -> None:
    """A role of the main country whose holder an estimated span cannot name (two holders in
    it, ``resolver._holds_span``): the role keeps the main country and its sector without a
    name ("the foreign minister" of a long chancellorship: DEU GOV), as it had when the
    holder was named (review r29f, bug 2)."""
    if how != "main-country" or country is None or ctx.day is not None or ctx.era is None \
            or phrase.actor is None or phrase.actor.country or phrase.office in MULTI_SEAT \
            or not ctx.tables.offices.holders(country, phrase.office, ctx.era.day):
        return
    rule = f"{phrase.rule}+main-country:{country}"
    phrase.actor = Actor(country, phrase.actor.sector, entry=rule)
    phrase.rule = rule


def _office_country(phrase: Phrase, offices: Offices) -> None:
    """An office only one country has, whose holder the tables do not give for the date (or
    with no date): the phrase is still that country's ("the Chancellor of the Exchequer":
    GBR), with the sector the text gives."""
    home = offices.home.get(phrase.office)
    if home and phrase.actor is not None and not phrase.actor.country:
        rule = f"{phrase.rule}+office-country:{home}"
        phrase.actor = Actor(home, phrase.actor.sector, entry=rule)
        phrase.rule = rule


def sentence_starts(doc) -> list[int]:
    """For each token, the index of the first token of its sentence; a paragraph break
    starts a sentence even where the parser ran one sentence over it (a paragraph ending
    in a closing quote mark)."""
    return paragraph_sentence_starts(doc)


def link_references(doc, phrases: list[Phrase], ctx: Context | None = None) -> dict[int, int]:
    """Resolve references in place (actors copied) and return ``{phrase: antecedent}``
    (``ctx`` gives the offices table and the article date for descriptions no earlier
    person fits)."""
    links: dict[int, int] = {}
    linked: dict[int, Phrase] = {}
    starts = sentence_starts(doc)
    offices = ctx.tables.offices if ctx is not None else None
    for k, phrase in enumerate(phrases):
        found, body = None, False
        if phrase.person is not None and ctx is not None:
            body_office(doc, phrases, k, ctx)
            former_office(doc, phrases, k)
            office_over_gap(doc, phrases, k)
        if phrase.kind == "person" and phrase.label in NAME_LABELS:
            office_over_title(doc, phrases, k)
        if phrase.kind == "pron":
            found = pick_antecedent(doc, phrases, k, linked, starts)
        elif phrase.definite and phrase.person is None:
            found = link_definite(phrases, k, linked, offices)
            if found is None:
                held = _holder_by_office(phrases, k, ctx)
                if held is not None and held < k:
                    links[k] = held
                continue
        elif _is_body_description(doc, phrase):
            found, body = link_body(phrases, k, linked), True
        elif phrase.actor is None and phrase.label in NAME_LABELS:
            found = apposition(doc, phrases, k) if phrase.kind == "person" else None
            if found is not None:
                adopt_role(doc, phrases, k, found)
                links[k] = found
                linked[k] = phrase
                continue
            found = by_name(phrases, k, doc)
        if found is None:
            _possessor_country(doc, phrases, k, links)
            continue
        source = linked.get(found, phrases[found])
        links[k] = found
        linked[k] = source
        mine = phrase.actor.country if phrase.actor else None
        phrase.actor = replace(source.actor) if source.actor else None
        if mine and phrase.actor is not None and not phrase.actor.country:  # "the US senator"
            phrase.actor = Actor(mine, phrase.actor.sector, name=phrase.actor.name,
                                 entry=phrase.actor.entry)  # keeps its own country
        via = source.rule or "unresolved"
        how = "name"
        if phrase.kind == "pron":
            plural = phrase.atoms[0].pronoun.kind == "group" and source.kind == "person"
            how = "plural" if plural else "pronoun"
        phrase.rule = f"coref:{how}>{via}"
        if phrase.definite or body:
            phrase.rule = f"{COPY_RULE}{via}"
    return links


def _possessor_country(doc, phrases: list[Phrase], k: int, links: dict[int, int]) -> None:
    """A role with no country takes its possessive pronoun's ("its ambassador"); a body's
    head takes the body's sector even when the body has no country ("the Health Ministry said
    its chief executive": GOV)."""
    phrase = phrases[k]
    if phrase.label != "ROLE" or phrase.actor is None or phrase.actor.country:
        return
    owner = next((c.i for c in doc[phrase.anchor].children if c.dep_ == "poss"), None)
    for j in range(k - 1, max(-1, k - 4), -1):
        pron = phrases[j]
        if pron.start == owner and pron.kind == "pron" and pron.actor:
            sector = head_sector(phrase.role.phrase if phrase.role else "", phrase.actor.sector,
                                 pron.actor.sector)  # "its chief executive" of a ministry: GOV
            mark = "+body-head" if sector != phrase.actor.sector else ""
            if not (pron.actor.country or mark):
                continue
            phrase.actor = Actor(pron.actor.country, sector, entry=f"possessor>{pron.rule}{mark}")
            phrase.rule = phrase.actor.entry
            return


def drop_unlinked(phrases: list[Phrase], links: dict[int, int]) -> tuple[list[Phrase],
                                                                        dict[int, int]]:
    """Phrases without the pronouns that only count when linked ("it" with no antecedent),
    and the links renumbered to match."""
    keep = [k for k, p in enumerate(phrases)
            if not (p.kind == "pron" and p.atoms[0].pronoun.linked_only and k not in links)]
    new_index = {old: new for new, old in enumerate(keep)}
    renumbered = {new_index[k]: new_index[j] for k, j in links.items() if k in new_index}
    return [phrases[k] for k in keep], renumbered


def link_acronyms(doc, phrases: list[Phrase]) -> None:
    """An acronym the text defines in brackets after a body's name ("the Kenya Wildlife
    Service (KWS)") stands for that body wherever it is used later ("KWS spokesman Paul
    Udoto", "UCL astronomer ..."): a later phrase holding it that has no country takes the
    body's country (and its sector, unless the phrase has one of its own or the name was
    read as a place). Acronyms the tables know are resolved before this and left alone,
    except those only Phoenix's organisations file gives (``spelled_out.defines_another_body``:
    the article's body takes them, issue 13, round 21, branch a43)."""
    defined: dict[str, Phrase] = {}
    for phrase in phrases:
        if defined:
            left = min(phrase.start, doc[phrase.anchor].left_edge.i)  # "UCL astronomer <name>"
            for i in range(left, phrase.end):
                word = token_text(doc, i)
                body = defined.get(word)
                if body is None or (phrase.actor is not None and phrase.actor.country
                                    and not (phrase.actor.entry or "").startswith(PHOENIX_ORGANISATION)):
                    continue  # a Phoenix organisation's acronym gives way to the article's body
                mine = phrase.actor.sector if phrase.actor is not None and not phrase.actor.country else None
                rule = f"acronym:{word}>{body.rule}"
                phrase.actor = Actor(body.actor.country, mine or _body_sector(doc, body),
                                     name=phrase.actor.name if phrase.actor else None, entry=rule)
                phrase.rule = rule
                break
        end = phrase.end
        if (phrase.actor is not None and phrase.actor.country and phrase.kind != "pron"
                and end + 2 < len(doc) and token_text(doc, end) == "(" and token_text(doc, end + 2) == ")"):
            acronym = token_text(doc, end + 1)  # "Kenya Wildlife Service (KWS)"
            if _is_acronym(acronym) and acronym not in defined and _initials_fit(acronym, doc[phrase.start:end]):
                defined[acronym] = phrase


def _initials_fit(acronym: str, span) -> bool:
    """The acronym is made of the name's capitalised words' initials ("United States Coast
    Guard (USCG)"), not a title or a code after a nationality word ("Israeli (GM)")."""
    initials = [t.text[0] for t in span if t.text[:1].isupper() and t.is_alpha
                and t.dep_ != "det"]
    return bool(initials) and acronym[0] == initials[0] and all(
        c in initials for c in acronym if c.isalpha())


def _body_sector(doc, body: Phrase) -> str | None:
    """The sector an acronym takes from the body it stands for: the body's own when the
    tables know the body or its head word is the role ("the Nigerian Union of Teachers"),
    none when a word inside the name gave it ("National Crime Agency": not nationals) or the
    name was read as a place ("University College London")."""
    if (body.actor.entry or "").endswith("#place"):
        return None
    if (body.rule or "").startswith("org:"):
        return body.actor.sector
    heads = [a for a in body.atoms if a.kind == "role" and a.start <= body.anchor < a.end]
    return body.actor.sector if heads else None


def _is_acronym(text: str) -> bool:
    """Two to six capitals, digits allowed after the first ("KWS", "UCL", "G7")."""
    return 2 <= len(text) <= 6 and text[0].isupper() and text.isupper() and text.isalnum()
