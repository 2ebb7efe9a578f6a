"""The events stage's data, loaded once: ontology (PLOVER, CAMEO, Goldstein), triggers, cue words.

Everything here is read from ``events/data/`` (see its README for provenance); nothing is decided
in code. The trigger lexicon is precompiled into a dict keyed by ``(pos, lemma)`` so the coder
does one lookup per token, whatever the lexicon's size.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from detente.errors import ResourceError
from detente.resources import data_path, word_list, yaml_data

POS_OF_SPACY = {"VERB": "verb", "AUX": "verb", "NOUN": "noun", "PROPN": "noun", "ADJ": "adj"}
"""spaCy coarse part of speech -> the ``pos`` column of triggers.tsv."""


@dataclass(frozen=True)
class CameoCode:
    """One row of cameo.tsv."""

    code: str
    name: str
    plover: str
    mode: str
    contexts: tuple[str, ...]
    goldstein: float


@dataclass(frozen=True)
class Requirement:
    """What a trigger needs around it: ``obj=ties|relations``, ``prt=down``, ``xcomp``; ``also``
    holds further requirements joined with ``&`` (``prt=off&obj=talks``), all of which must hold."""

    relation: str
    words: frozenset[str] = frozenset()
    also: tuple[Requirement, ...] = ()

    @classmethod
    def parse(cls, text: str) -> Requirement | None:
        """``Requirement.parse("obj=ties|relations")`` -> relation ``obj``, words {ties, relations}."""
        if text in ("", "-"):
            return None
        first, *rest = text.split("&")
        relation, _, words = first.partition("=")
        also = tuple(r for r in (cls.parse(part) for part in rest) if r is not None)
        return cls(relation, frozenset(w for w in words.split("|") if w), also)


@dataclass(frozen=True)
class Trigger:
    """One entry of triggers.tsv."""

    id: str
    pos: str
    lemma: str
    requires: Requirement | None
    type: str
    cameo: str
    role: str
    negated: str
    targets: tuple[str, ...]


@dataclass
class Lexicon:
    """Everything the coder looks up; built by :func:`load_lexicon`."""

    quads: dict[str, int]
    cameo: dict[str, CameoCode]
    triggers: dict[tuple[str, str], list[Trigger]]
    compose: dict[str, dict[str, str]]
    semantics: dict
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    discards: dict[str, Discards | None] = field(default_factory=dict)
    """``story`` / ``sentence``: a pattern of the Phoenix discard phrases (sports, entertainment...)."""

    def code(self, cameo: str) -> CameoCode:
        """The CAMEO row, or a clear error naming the bad code (a lexicon typo)."""
        try:
            return self.cameo[cameo]
        except KeyError:
            raise ResourceError(f"CAMEO code {cameo!r} is not in events/data/cameo.tsv") from None

    def composed(self, outer_cameo: str, inner_type: str | None, inner_cameo: str | None) -> str:
        """CAMEO code of an outer act (appeal, intend, demand, reject, threaten) over an inner one."""
        table = self.compose.get(outer_cameo[:2])
        if table is None:
            return outer_cameo
        if inner_cameo and inner_cameo in table:
            return table[inner_cameo]
        if inner_type:
            return table.get(inner_type, table["default"])
        return outer_cameo


def _rows(path: Path) -> list[list[str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return list(csv.reader(lines[1:], delimiter="\t"))


def _cameo_table(path: Path) -> dict[str, CameoCode]:
    out = {}
    for row in _rows(path):
        code, name, plover, mode, context, goldstein = row[:6]
        contexts = tuple(c for c in context.split(";") if c)
        out[code] = CameoCode(code, name, plover, mode, contexts, float(goldstein))
    return out


LIST_RE = re.compile(r"\$([a-z_]+)")
"""A named word list in a requirement (``obj=$arms``): semantics.yaml ``trigger_word_lists``."""


def expand_lists(requires: str, lists: dict[str, list[str]]) -> str:
    """A requires column with each ``$name`` written out as the words of its list, so that several
    entries needing the same words share one list: ``obj=$arms`` -> ``obj=tank|tanks|...``. An
    unknown name is an error naming it.

    >>> expand_lists("prt=off&obj=$talks|summit", {"talks": ["talks", "negotiations"]})
    'prt=off&obj=talks|negotiations|summit'
    """
    def words(match: re.Match) -> str:
        name = match.group(1)
        if name not in lists:
            raise ResourceError(f"triggers.tsv names word list ${name}, not in semantics.yaml trigger_word_lists")
        return "|".join(lists[name])

    return LIST_RE.sub(words, requires)


def _trigger_table(path: Path, lists: dict[str, list[str]] | None = None) -> dict[tuple[str, str], list[Trigger]]:
    table: dict[tuple[str, str], list[Trigger]] = {}
    for rid, pos, lemma, req, typ, cameo, role, negated, targets in _rows(path):
        trig = Trigger(
            id=rid, pos=pos, lemma=lemma, requires=Requirement.parse(expand_lists(req, lists or {})),
            type="" if typ == "-" else typ, cameo="" if cameo == "-" else cameo, role=role,
            negated="" if negated == "-" else negated,
            targets=tuple(t for t in targets.split(",") if t and t != "-"),
        )
        for spelling in spellings(lemma):
            table.setdefault((pos, spelling), []).append(trig)
    for entries in table.values():  # the most specific entry first: more requirements, then file order
        entries.sort(key=lambda t: (t.requires is None, -len(t.requires.also) if t.requires else 0))
    return table


BRITISH = (("ization", "isation"), ("izations", "isations"), ("ize", "ise"), ("yze", "yse"))
"""American -> British endings: an entry for "criticize" also matches "criticise"."""


def spellings(lemma: str) -> tuple[str, ...]:
    """The lemma and its British spelling, if it has one ("recognize" -> "recognise"; not "seize").

    >>> spellings("criticize"), spellings("seize")
    (('criticize', 'criticise'), ('seize',))
    """
    for us, uk in BRITISH:
        if lemma.endswith(us) and len(lemma) - len(us) >= 3:
            return lemma, lemma[: -len(us)] + uk
    return (lemma,)


def _with_converted(hand: dict, converted: dict, skip: frozenset[str]) -> dict:
    """The hand entries, plus the converted PETRARCH2 entries of lemmas the hand table lacks and
    that are not verbs of saying or light verbs (``skip``: "Reuters reported the attack" reports, it
    does not attack; "issued an arrest warrant" is coded by its noun). A hand-written lemma keeps its
    own entries first; when none of them codes the bare verb, the converted patterns of the senses
    its entries already give (same PLOVER type) follow as more complements ("cut ties" is written
    by hand; "cut oil supplies to Spain" is PETRARCH2's, also SANCTION): a converted pattern of
    another type would be a sense the hand entries left out on purpose ("appoint a minister")."""
    table = dict(hand)
    for key, entries in converted.items():
        if key[1] in skip:
            continue
        if key not in table:
            table[key] = entries
        elif all(t.requires is not None for t in table[key]):
            senses = {t.type for t in table[key] if t.type and t.role == "event"}
            table[key] = table[key] + [t for t in entries if t.requires is not None and t.type in senses]
    return table


def with_nominals(table: dict, nominals: dict[str, str]) -> dict:
    """The table with entries for nouns that name a verb's act ("the closure of its embassy" is
    "closed its embassy"; semantics.yaml ``nominalizations``, issue 13 round 18): each event entry
    of the verb that needs a direct object (and nothing else) is given to the noun with the same
    words as its ``of`` complement, after the noun's own entries with a requirement. A noun with an
    entry of its own that needs nothing keeps its entries as they are (its sense is written)."""
    table = dict(table)
    for noun, verb in nominals.items():
        own = table.get(("noun", noun), [])
        if any(t.requires is None for t in own):
            continue
        derived = [replace(t, id=f"noun:{noun}<{t.id}", pos="noun", lemma=noun,
                           requires=Requirement("of", t.requires.words))
                   for t in table.get(("verb", verb), ())
                   if t.role == "event" and t.requires is not None and t.requires.relation == "obj"
                   and not t.requires.also and t.type]
        if derived:
            table[("noun", noun)] = own + derived
    return table


def _check(lexicon: Lexicon) -> None:
    """Fail at load time, not mid-article, when a trigger names an unknown code or type."""
    for entries in lexicon.triggers.values():
        for trig in entries:
            if trig.cameo:
                lexicon.code(trig.cameo)
            if trig.type and trig.type not in lexicon.quads:
                raise ResourceError(f"trigger {trig.id} has type {trig.type!r}, not a PLOVER type")
    for table in lexicon.compose.values():
        for code in table.values():
            lexicon.code(code)


def _word_sets(semantics: dict) -> dict[str, frozenset[str]]:
    """The word lists of semantics.yaml as frozensets, under the names the coder uses."""
    return {
        "future": frozenset(semantics["intent"]["future_auxiliaries"]),
        "speculative": frozenset(semantics["speculative_auxiliaries"]),
        "negation": frozenset(semantics["negation_words"]),
        "failure_verbs": frozenset(semantics["failure_verbs"]),
        "negation_carriers": frozenset(semantics["negation_carriers"]),
        "negated_adverbs": frozenset(semantics["negated_adverbs"]),
        "negation_focus": frozenset(semantics["negation_focus_adverbs"]),
        "document_nouns": frozenset(semantics["document_nouns"]),
        "no_media_sides": frozenset(semantics["no_media_sides"]),
        "partner_types": frozenset(semantics["partner_types"]),
        # the types and entries whose row needs a partner named ("partner_types" | "partner_entries")
        "partners_needed": frozenset(semantics["partner_types"]) | frozenset(semantics["partner_entries"]),
        "noun_speculative": frozenset(semantics["noun_modality"]["speculative"]),
        "noun_planned": frozenset(semantics["noun_modality"]["planned"]),
        "noun_cancelled": frozenset(semantics["noun_modality"]["cancelled"]),
        "topic_object_verbs": frozenset(semantics["topic_object_verbs"]),
        "nonfactual_heads": frozenset(semantics["nonfactual_heads"]),
        "condition_marks": frozenset(semantics["conditional"]["marks"]),
        "consequences": frozenset(semantics["conditional"]["consequences"]),
        "labels": frozenset(semantics["labels"]["nouns"]),
        "label_verbs": frozenset(semantics["labels"]["verbs"]),
        "label_heads": frozenset(semantics["labels"]["heads"]),
        "wrongdoing_verbs": frozenset(semantics["wrongdoing"]["verbs"]),
        "wrongdoing_objects": frozenset(semantics["wrongdoing"]["objects"]),
        "wrongdoing_speakers": frozenset(semantics["wrongdoing"]["speakers"]),
        "deceit_verbs": frozenset(semantics["wrongdoing"]["deceit_verbs"]),
        "harm_verbs": frozenset(semantics["wrongdoing"]["harm_verbs"]),
        "posing_verbs": frozenset(semantics["wrongdoing"]["posing_verbs"]),
        "posed_harms": frozenset(semantics["wrongdoing"]["posed_harms"]),
        "possessor_patients": frozenset(semantics["wrongdoing"]["possessor_patients"]),
        "self_nouns": frozenset(semantics["wrongdoing"]["self_nouns"]),
        "reporting": frozenset(semantics["reporting_verbs"]),
        "inner_relations": frozenset(semantics["inner_relations"]),
        "inner_prepositions": frozenset(semantics["inner_prepositions"]),
        "future_types": frozenset(semantics["intent"]["future_types"]),
        "obligation_modals": frozenset(semantics["obligation"]["modals"]),
        "obligation_verbs": frozenset(semantics["obligation"]["verbs"]),
        "obligation_speakers": frozenset(semantics["obligation"]["speakers"]),
        "background_preps": frozenset(semantics["background_prepositions"]),
        "background_marks": frozenset(semantics["background_marks"]),
        "need_target": frozenset(semantics["need_target"]),
        "nonfactual_inner": frozenset(semantics["nonfactual_inner"]),
        "concessive_preps": frozenset(semantics["concessive_prepositions"]),
        "open_places": frozenset(semantics["open_places"]),
        "drawing_verbs": frozenset(semantics["drawing_verbs"]),
        "carrier_nouns": frozenset(semantics["carrier_nouns"]),
        "mover_types": frozenset(semantics["mover_types"]),
        "armed_sectors": frozenset(semantics["armed_sectors"]),
        "claim_entries": frozenset(semantics["claim_entries"]),
        "clause_reporting": frozenset(semantics["clause_reporting_verbs"]),
        "mover_verbs": frozenset(semantics["mover_verbs"]),
        "expulsion_verbs": frozenset(semantics["expulsion_verbs"]),
        "penalty_nouns": frozenset(semantics["penalty_nouns"]),
        "measure_nouns": frozenset(semantics["measure_nouns"]),
        "relational_nouns": frozenset(semantics["relational_nouns"]),
        "kin_nouns": frozenset(semantics["kin_nouns"]),
        "light_verbs": frozenset(semantics["light_verbs"]),
        "refusal_when_negated": frozenset(semantics["refusal_when_negated"]),
        "locative_prepositions": frozenset(semantics["locative_prepositions"]),
        "place_source_types": frozenset(semantics["place_source_types"]),
        "non_agents": frozenset(semantics["non_agents"]),
        "instrument_nouns": frozenset(semantics["instrument_nouns"]),
        "question_words": frozenset(semantics["question_words"]),
        "decision_heads": frozenset(semantics["decision_heads"]),
        "emergency_entries": frozenset(semantics["emergency_senses"]["entries"]),
        "emergency_causes": frozenset(semantics["emergency_senses"]["causes"]),
        "of_agent_nouns": frozenset(semantics["of_agent_nouns"]),
        "base_verbs": frozenset(semantics["base_verbs"]),
        "attribution_verbs": frozenset(semantics["attribution_verbs"]),
        "time_marks": frozenset(semantics["time_marks"]),
        "news_agencies": frozenset(semantics["news_agencies"]),
        "lone_types": frozenset(semantics["lone_types"]),
        "country_anaphors": frozenset(semantics["country_anaphors"]),
        "person_nouns": frozenset(semantics["person_nouns"]),
        "crowd_nouns": frozenset(semantics["crowd_nouns"]),
        # the verbs of the story state's acts, and of the entries whose subject undergoes one
        # ("verb:face+charges" -> face): a sentence naming no actor is coded when it holds one
        "story_act_verbs": frozenset(semantics["story_state_verbs"]) | frozenset(
            entry.split(":")[1].split("+")[0] for entry in semantics["undergo_entries"]) | frozenset(
            semantics["legal_release"]["verbs"]) | frozenset(  # "One man was released on bail" (round 19b)
            semantics["story_crowd_nouns"]) | frozenset(  # "Protests filled the streets daily" (round 20)
            semantics["story_restriction"]["nouns"]),  # "A curfew was imposed on the capital" (round 21)
        "occurrence_verbs": frozenset(semantics["occurrence_verbs"]),
        "adjunct_types": frozenset(semantics["adjunct_types"]),
        "reciprocal_verbs": frozenset(semantics["reciprocal_verbs"]),
        "quantity_nouns": frozenset(semantics["quantity_nouns"]),
        "impact_verbs": frozenset(semantics["impact_verbs"]),
        "domestic_by_default": frozenset(semantics["domestic_by_default"]),
        "offered_as_aid": frozenset(semantics["offered_as_aid"]),
        "act_anaphors": frozenset(semantics["act_anaphors"]),
        "reaction_types": frozenset(semantics["reaction_types"]),
        "own_agent_types": frozenset(semantics["own_agent_types"]),
        "no_sentence_target": frozenset(semantics["no_sentence_target"]),
        "mutual_types": frozenset(semantics["mutual_types"]),
        "bilateral_objects": frozenset(semantics["bilateral_objects"]),
        "bilateral_owner_words": frozenset(semantics["bilateral_owner_words"]),
        "place_target_types": frozenset(semantics["place_targets"]["types"]),
        "place_target_preps": frozenset(semantics["place_targets"]["prepositions"]),
        "place_retreat_preps": frozenset(semantics["place_targets"]["retreat_prepositions"]),
        "diplomatic_protest": frozenset(semantics["diplomatic_protest"]["sectors"]),
        "home_sectors": frozenset(semantics["home_sectors"]),
        "home_foreign_words": frozenset(semantics["home_foreign_words"]),
        "home_name_stop": frozenset(semantics["home_name_stop"]),
        "named_after_nouns": frozenset(semantics["named_after_nouns"]),
        "story_target_types": frozenset(semantics["story_target_types"]),
        "story_target_sectors": frozenset(semantics["story_target_sectors"]),
        "holder_nouns": frozenset(semantics["holder_nouns"]),
        "change_nouns": frozenset(semantics["change_nouns"]),
        "changed_acts": frozenset(semantics["changed_acts"]),
        "legal_instruments": frozenset(semantics["legal_instruments"]),
        "enacting_verbs": frozenset(semantics["enacting_verbs"]),
        "place_taking_verbs": frozenset(semantics["place_taking_verbs"]),
        "own_possessors": own_possessors(),
    }


def semantics_file() -> dict:
    """``semantics.yaml`` parsed once per process (read only): the lexicon's ``semantics`` and the
    guards called without the lexicon (``precision``, ``spurious``) share this one reading."""
    return yaml_data("events", "semantics.yaml")


@cache
def own_possessors() -> frozenset[str]:
    """``own_possessors`` of ``semantics.yaml``: the possessive words that mark one's own ("its
    ambassador", "their own troops"), shared by the readings called without the lexicon.

    >>> sorted(own_possessors())[:3]
    ['her', 'his', 'its']
    """
    return word_list("events", "semantics.yaml", "own_possessors")


def load_lexicon() -> Lexicon:
    """Read and check the events data files.

    >>> lex = load_lexicon()
    >>> lex.quads["ASSAULT"], lex.code("036").plover
    (4, 'AGREE')
    """
    plover = yaml_data("events", "plover.yaml")
    semantics = semantics_file()
    words = _word_sets(semantics)
    lexicon = Lexicon(
        quads={name: int(spec["quad"]) for name, spec in plover["types"].items()},
        cameo=_cameo_table(data_path("events", "cameo.tsv")),
        triggers=with_nominals(_with_converted(_trigger_table(data_path("events", "triggers.tsv"), semantics["trigger_word_lists"]),
                                               _trigger_table(data_path("events", "cameo2_triggers.tsv")),
                                               words["reporting"] | words["label_verbs"] | words["light_verbs"]),
                               semantics.get("nominalizations", {})),
        compose={root: {k: str(v) for k, v in table.items()} for root, table in semantics["compose"].items()},
        semantics=semantics,
        words=words,
    )
    lexicon.discards = _discards(data_path("events", "discards.tsv"))
    _check(lexicon)
    return lexicon


@dataclass(frozen=True)
class Discards:
    """Discard phrases of one scope, indexed by their first word (one set lookup per word)."""

    by_first: dict[str, tuple[str, ...]]

    def search(self, text: str) -> bool:
        """True when ``text`` holds one of the phrases (case-insensitive, whole words)."""
        words = re.findall(r"[\w'-]+", text.lower())
        hits = set(words) & self.by_first.keys()
        if not hits:
            return False
        joined = f" {' '.join(words)} "
        return any(f" {phrase} " in joined for word in hits for phrase in self.by_first[word])


def _discards(path: Path) -> dict[str, Discards | None]:
    """One case-insensitive whole-word matcher per scope of discards.tsv."""
    phrases: dict[str, dict[str, list[str]]] = {"story": {}, "sentence": {}}
    for scope, phrase in _rows(path):
        words = " ".join(re.findall(r"[\w'-]+", phrase.lower()))
        if words:
            phrases.setdefault(scope, {}).setdefault(words.split()[0], []).append(words)
    return {scope: Discards({w: tuple(ps) for w, ps in found.items()}) if found else None
            for scope, found in phrases.items()}
