"""Word lists live in data files: each list a rule reads is there, non-empty, with a provenance
header, and the rule's constant is the list of the file (no copy left in the code)."""

from __future__ import annotations

import importlib

import pytest

import detente.resources as resources
from detente.errors import ResourceError
from detente.resources import data_path, word_list

MOVED = [  # (module, constant, stage, file, key)
    ("detente.actors.trees", "LEADING_WORDS", "actors", "vocabulary.yaml", "leading_words"),
    ("detente.actors.trees", "SITUATED_WORDS", "actors", "vocabulary.yaml", "situated_words"),
    ("detente.actors.trees", "ORIGIN_WORDS", "actors", "vocabulary.yaml", "origin_participles"),
    ("detente.actors.trees", "HOLDING_WORDS", "actors", "vocabulary.yaml",
     "holding_participles"),
    ("detente.actors.trees", "ETHNIC_WORDS", "actors", "sectors.yaml", "ethnic_words"),
    ("detente.actors.filters", "CREDIT_WORDS", "actors", "vocabulary.yaml", "credit_words"),
    ("detente.actors.filters", "LANGUAGE_WORDS", "actors", "vocabulary.yaml", "language_words"),
    ("detente.actors.descriptions", "SPEAKS_FOR", "actors", "vocabulary.yaml", "speaks_for"),
    ("detente.actors.descriptions", "NOT_DROPPED", "actors", "vocabulary.yaml", "office_changing"),
    ("detente.actors.coref", "COPULAS", "actors", "vocabulary.yaml", "copulas"),
    ("detente.actors.coref", "LESSER_OFFICE_STARTS", "actors", "vocabulary.yaml",
     "lesser_office_starts"),
    ("detente.actors.appositions", "PROFESSION_TITLES", "actors", "vocabulary.yaml",
     "profession_titles"),
    ("detente.actors.word_atoms", "EXTRAPOSING", "actors", "vocabulary.yaml", "extraposing_verbs"),
    ("detente.actors.names", "DEFINITE_EPITHETS", "actors", "vocabulary.yaml",
     "definite_epithets"),
    ("detente.quotes.direct", "CHARACTERISING", "quotes", "vocabulary.yaml", "characterising"),
    ("detente.quotes.subjects", "QUOTING_VERBS", "quotes", "vocabulary.yaml", "quoting"),
    ("detente.quotes.subjects", "EVIDENTIAL_CUES", "quotes", "vocabulary.yaml", "evidential_cues"),
    ("detente.quotes.statements", "ANSWERING_VERBS", "quotes", "vocabulary.yaml", "answering"),
    ("detente.quotes.statements", "MEDIUM_NOUNS", "quotes", "vocabulary.yaml", "medium_nouns"),
    ("detente.quotes.statements", "AUTHORED_DOCUMENTS", "quotes", "vocabulary.yaml",
     "authored_documents"),
    ("detente.quotes.statements", "AUTHORING_VERBS", "quotes", "vocabulary.yaml", "authoring"),
    ("detente.quotes.statements", "NOT_ISSUING", "quotes", "vocabulary.yaml", "not_issuing"),
    ("detente.quotes.bodies", "PERSON_BODIES", "quotes", "vocabulary.yaml", "person_bodies"),
    ("detente.quotes.bodies", "PARTY_BODIES", "quotes", "vocabulary.yaml",
     "person_bodies_party"),
    ("detente.quotes.bodies", "GOVERNMENT_BODIES", "quotes", "vocabulary.yaml",
     "person_bodies_government"),
    ("detente.quotes.bodies", "OFFICIALS", "quotes", "vocabulary.yaml", "body_officials"),
    ("detente.quotes.bodies", "REPORTS", "quotes", "vocabulary.yaml", "reporting_before"),
    ("detente.quotes.roles", "CONTINUING", "quotes", "vocabulary.yaml", "continuing_cues"),
    ("detente.quotes.roles", "GENERIC_BODIES", "quotes", "vocabulary.yaml", "generic_bodies"),
    ("detente.quotes.cues", "DECIDING_BODIES", "quotes", "vocabulary.yaml", "deciding_bodies"),
    *[("detente.quotes.rolewords", key.upper(), "quotes", "vocabulary.yaml", key)
      for key in ("title_cop", "title_leg", "title_med", "title_bus", "title_rel", "title_cvl",
                  "title_jud", "body_ngo", "body_edu", "body_bus", "academic_heads")],
    ("detente.quotes.rolewords", "HEAD_ROLES", "quotes", "vocabulary.yaml", "head_roles"),
    ("detente.quotes.descriptionactor", "STATELESS", "quotes", "vocabulary.yaml", "stateless_words"),
    ("detente.quotes.rolewords", "NOT_ROLES", "quotes", "vocabulary.yaml", "not_roles"),
    ("detente.quotes.rolewords", "NAME_COMPLEMENTS", "quotes", "vocabulary.yaml",
     "name_complement_prepositions"),
    ("detente.quotes.rolewords", "UNION_NAMES", "quotes", "vocabulary.yaml", "union_names"),
    ("detente.quotes.rolewords", "ELECTION_WORDS", "quotes", "vocabulary.yaml",
     "election_words"),
    ("detente.quotes.cueless", "QUOTE_NOUNS", "quotes", "vocabulary.yaml", "quote_nouns"),
    ("detente.quotes.direct", "MESSAGE_LINES", "quotes", "vocabulary.yaml", "message_lines"),
    ("detente.quotes.offices", "OFFICE_NOUNS", "quotes", "vocabulary.yaml", "office_nouns"),
    ("detente.quotes.offices", "NAMED_OFFICES", "quotes", "vocabulary.yaml", "named_offices"),
    ("detente.quotes.offices", "POLICE_NAME_WORDS", "quotes", "vocabulary.yaml",
     "police_name_words"),
    ("detente.quotes.offices", "MILITARY_NAME_WORDS", "quotes", "vocabulary.yaml",
     "military_name_words"),
    ("detente.quotes.descriptionactor", "PARTY_WORDS", "quotes", "vocabulary.yaml", "party_countries"),
    ("detente.quotes.direct", "NAMING_WORDS", "quotes", "vocabulary.yaml", "naming_words"),
    ("detente.quotes.partial", "NAMING_WORDS", "quotes", "vocabulary.yaml", "naming_words"),
    ("detente.quotes.direct", "PERSON_OBJECT_CUES", "quotes", "vocabulary.yaml",
     "person_object_cues"),
    ("detente.quotes.speakertokens", "BODY_HEADS", "quotes", "vocabulary.yaml", "body_heads"),
    ("detente.quotes.roles", "PARTY_MEMBERS", "quotes", "vocabulary.yaml", "party_members"),
    ("detente.quotes.authors", "OWNING", "quotes", "vocabulary.yaml", "owning_possessives"),
    ("detente.quotes.authors", "DEFINITE", "quotes", "vocabulary.yaml", "definite_determiners"),
    ("detente.actors.sectors", "STATE_MEDIA_WORDS", "actors", "vocabulary.yaml",
     "state_media_words"),
    ("detente.actors.phrase_words", "ACCREDITED_ROLES", "actors", "vocabulary.yaml",
     "accredited_roles"),
    ("detente.actors.phrase_words", "PATRON_NOUNS", "actors", "vocabulary.yaml", "patron_nouns"),
    ("detente.actors.seats", "STATE_NAMESAKES", "actors", "vocabulary.yaml", "state_namesakes"),
    ("detente.actors.seats", "STATE_OFFICES", "actors", "vocabulary.yaml", "state_offices"),
    ("detente.actors.seats", "STATE_PARTY_WORDS", "actors", "vocabulary.yaml", "state_party_words"),
    ("detente.actors.sectors", "FAITH_WORDS", "actors", "vocabulary.yaml", "faith_words"),
    ("detente.actors.resolver", "CIVILIAN_PROPERTY", "actors", "vocabulary.yaml",
     "civilian_property"),
    ("detente.actors.resolver", "NATIONAL_PEOPLE", "actors", "vocabulary.yaml",
     "national_people"),
    ("detente.actors.resolver", "BACKER_NOUNS", "actors", "vocabulary.yaml", "backer_nouns"),
    ("detente.actors.resolver", "EXILE_WORDS", "actors", "vocabulary.yaml", "exile_words"),
    ("detente.actors.sectors", "CAPTIVE_NOUNS", "actors", "vocabulary.yaml", "captive_nouns"),
    ("detente.actors.sectors", "BODY_HEAD_ROLES", "actors", "vocabulary.yaml", "body_head_roles"),
    ("detente.actors.locative", "MOVEMENT_WORDS", "actors", "vocabulary.yaml", "movement_words"),
    ("detente.actors.locative", "HELD_PAIRS", "actors", "vocabulary.yaml", "held_territories"),
    ("detente.quotes.context", "CHAMBER_WORDS", "quotes", "vocabulary.yaml", "chamber_words"),
    ("detente.quotes.offices", "GOVERNMENT_LEVELS", "quotes", "vocabulary.yaml",
     "government_levels"),
    ("detente.quotes.parties", "PARTY_ROLE_WORDS", "quotes", "vocabulary.yaml",
     "party_role_words"),
    ("detente.quotes.parties", "OPPOSITION_WORDS", "quotes", "vocabulary.yaml",
     "opposition_words"),
    ("detente.quotes.parties", "PARTY_WORK_NOUNS", "quotes", "vocabulary.yaml",
     "party_work_nouns"),
    ("detente.quotes.partyoffice", "PARTY_OFFICE_WORDS", "quotes", "vocabulary.yaml",
     "party_office_words"),
    ("detente.quotes.undated", "HEAD_TITLES", "quotes", "vocabulary.yaml",
     "head_of_government_titles"),
    ("detente.quotes.bodies", "GOVERNMENT_WORDS", "quotes", "vocabulary.yaml",
     "government_body_words"),
    ("detente.quotes.context", "SOURCE_NOUNS", "quotes", "vocabulary.yaml", "source_nouns"),
    # issue 14 round 10 (actors)
    ("detente.actors.locative", "LOCAL_SECTOR_WORDS", "actors", "vocabulary.yaml",
     "local_sectors"),
    ("detente.actors.locative", "VISITOR_ROLES", "actors", "vocabulary.yaml", "visitor_roles"),
    ("detente.actors.locative", "SITES", "actors", "vocabulary.yaml", "site_nouns"),
    ("detente.actors.locative", "CROWDS", "actors", "vocabulary.yaml", "crowd_nouns"),
    ("detente.actors.resolver", "CROWD_NOUNS", "actors", "vocabulary.yaml", "crowd_nouns"),
    ("detente.actors.resolver", "MEMBER_BODIES", "actors", "vocabulary.yaml", "member_bodies"),
    ("detente.actors.resolver", "PROFESSION_WORDS", "actors", "vocabulary.yaml",
     "profession_sectors"),    ("detente.actors.appositions", "MEMBERSHIP_NOUNS", "actors", "vocabulary.yaml", "membership_nouns"),    ("detente.quotes.anaphora", "PERSON_NOUNS", "quotes", "vocabulary.yaml", "person_nouns"),
    ("detente.quotes.anaphora", "ROLE_PLAYED", "quotes", "vocabulary.yaml", "played_roles"),
    ("detente.quotes.statements", "PARTITIVES", "quotes", "vocabulary.yaml", "partitives"),
    ("detente.quotes.subjects", "UNDERGOING_VERBS", "quotes", "vocabulary.yaml", "undergoing"),
    ("detente.quotes.subjects", "RAISING_PASSIVES", "quotes", "vocabulary.yaml", "raising_passives"),
    # issue 14 round 14 (actors)
    ("detente.actors.parties", "PARTY_OFFICE_WORDS", "actors", "vocabulary.yaml",
     "party_office_words"),
    ("detente.actors.parties", "PARTY_COMMON_WORDS", "actors", "vocabulary.yaml",
     "party_common_words"),
    ("detente.actors.senses", "ADJECTIVE_ROLES", "actors", "vocabulary.yaml", "adjective_roles"),
    ("detente.actors.senses", "NAME_HEAD_NOUNS", "actors", "vocabulary.yaml", "name_head_nouns"),
    ("detente.actors.name_heads", "NAMED_BODY_HEADS", "actors", "vocabulary.yaml",
     "named_body_heads"),
    ("detente.actors.country_owner", "STATE_ANAPHORS", "actors", "vocabulary.yaml",
     "state_anaphors"),
    ("detente.actors.tables", "ACRONYM_WORDS", "actors", "vocabulary.yaml", "acronym_words"),
    ("detente.actors.phoenix_people", "BODY_HEADS", "actors", "vocabulary.yaml",
     "people_file_body_heads"),
    ("detente.actors.namesakes", "KIN_WORDS", "actors", "vocabulary.yaml", "kin_words"),
    ("detente.actors.senses", "RANK_MALE", "actors", "vocabulary.yaml", "rank_titles_male"),
    ("detente.actors.senses", "RANK_FEMALE", "actors", "vocabulary.yaml", "rank_titles_female"),
    ("detente.actors.surnames", "SURNAME_HONORIFICS", "actors", "vocabulary.yaml",
     "surname_honorifics"),
    ("detente.actors.surnames", "ACADEMIC_TITLES", "actors", "vocabulary.yaml",
     "academic_titles"),
    ("detente.actors.wars", "HEADS", "actors", "vocabulary.yaml", "war_name_heads"),
    ("detente.actors.wars", "MODIFIERS", "actors", "vocabulary.yaml", "war_name_modifiers"),
    ("detente.actors.seats", "GENERIC_SEATS", "actors", "vocabulary.yaml", "generic_seats"),
    ("detente.story_country", "SHARED_PEOPLES", "actors", "vocabulary.yaml", "shared_peoples"),
    ("detente.quotes.countries", "LOCAL_OFFICES", "quotes", "vocabulary.yaml", "local_office_words"),
    ("detente.actors.resolver", "MULTI_SEAT", "actors", "vocabulary.yaml", "multi_seat_offices"),
    ("detente.quotes.roles", "COMMERCIAL_BODIES", "quotes", "vocabulary.yaml", "commercial_bodies"),
    ("detente.quotes.roles", "COMMERCIAL_SECTOR_WORDS", "quotes", "vocabulary.yaml",
     "commercial_sectors"),
    ("detente.quotes.roles", "UNSORTED_NAME_WORDS", "quotes", "vocabulary.yaml",
     "name_words_without_sector"),
    ("detente.quotes.roles", "UNSORTED_NAME_SECTOR_WORDS", "quotes", "vocabulary.yaml",
     "name_sectors_not_given"),
    ("detente.quotes.roles", "MULTI_SEAT", "actors", "vocabulary.yaml", "multi_seat_offices"),
    ("detente.quotes.passives", "LEGAL_TEXTS", "quotes", "vocabulary.yaml", "legal_texts"),
    # issue 14 round 29 (branch q60)
    ("detente.quotes.bodynames", "TRADE_BODY_HEADS", "quotes", "vocabulary.yaml",
     "trade_body_heads"),
    ("detente.quotes.bodynames", "TRADE_WORDS", "quotes", "vocabulary.yaml", "trade_words"),
    ("detente.quotes.bodynames", "TRADE_STAFF_WORDS", "quotes", "vocabulary.yaml",
     "trade_staff_words"),
    ("detente.quotes.bodynames", "FAITH_BODY_HEADS", "quotes", "vocabulary.yaml",
     "faith_body_heads"),
    ("detente.quotes.bodynames", "FAITH_BODY_WORDS", "quotes", "vocabulary.yaml",
     "faith_body_words"),
    ("detente.actors.estimate", "PAST_TITLE_WORDS", "actors", "vocabulary.yaml",
     "past_title_words"),
    ("detente.actors.estimate", "PAST_EVENT_NOUNS", "actors", "vocabulary.yaml",
     "past_event_nouns"),
    ("detente.actors.estimate", "SHIP_PREFIXES", "actors", "vocabulary.yaml", "ship_prefixes"),
    ("detente.actors.parties", "PEERAGE_TITLES", "actors", "vocabulary.yaml", "peerage_titles"),
    ("detente.quotes.descriptiontokens", "RELATION_WORDS", "quotes", "vocabulary.yaml",
     "relation_nouns"),
    ("detente.quotes.claims", "CLAIM_NOUNS", "quotes", "vocabulary.yaml", "claim_nouns"),
    ("detente.quotes.claims", "CALL_NOUNS", "quotes", "vocabulary.yaml", "call_nouns"),
    ("detente.quotes.claims", "RESTATING_VERBS", "quotes", "vocabulary.yaml", "restating_verbs"),
]


@pytest.mark.parametrize("module, constant, stage, name, key", MOVED, ids=lambda v: str(v))
def test_each_moved_list_is_in_its_data_file_and_not_empty(module, constant, stage, name, key):
    words = word_list(stage, name, key)
    assert words and all(w == w.lower().strip() and w for w in words)
    assert set(getattr(importlib.import_module(module), constant)) == set(words)


@pytest.mark.parametrize("stage", ["actors", "quotes"])
def test_vocabulary_files_carry_a_provenance_header(stage):
    header = [line for line in data_path(stage, "vocabulary.yaml").read_text(
        encoding="utf-8").splitlines() if line.startswith("#")]
    text = "\n".join(header).lower()
    for word in ("source:", "licence:", "made:", "2026-"):
        assert word in text, f"{stage}/data/vocabulary.yaml: header lacks {word!r}"


def test_every_list_of_the_vocabulary_files_is_read_by_a_rule():
    # a list added to a vocabulary file without a rule reading it is dead data
    read = {(stage, key) for _, _, stage, name, key in MOVED if name == "vocabulary.yaml"}
    for stage in ("actors", "quotes"):
        keys = set(resources._yaml_file(stage, "vocabulary.yaml"))
        assert keys == {k for s, k in read if s == stage}


@pytest.mark.parametrize("body, problem", [
    ("other: [a]\n", "no word list"),
    ("words: []\n", "no word list"),
    ("words: some\n", "no word list"),
    ("words: [at, on]\n", "not a word"),  # YAML reads a bare `on` as True
    ("- a\n- b\n", "not a YAML mapping"),
])
def test_a_missing_empty_or_malformed_list_is_an_error(tmp_path, monkeypatch, body, problem):
    (tmp_path / "fake" / "data").mkdir(parents=True)
    (tmp_path / "fake" / "data" / "words.yaml").write_text(body, encoding="utf-8")
    monkeypatch.setattr(resources, "PACKAGE_ROOT", tmp_path)
    resources._yaml_file.cache_clear()
    try:
        with pytest.raises(ResourceError, match=problem):
            word_list("fake", "words.yaml", "words")
    finally:
        resources._yaml_file.cache_clear()


EVENTS_SECTIONS = [  # (module, semantics.yaml section, key): lists the module reads by its section's _spec()
    ("detente.events.cautions", "cautions", "speaking_verbs"),
    ("detente.events.cautions", "cautions", "speaker_nouns"),
    # round 22 (s14): the marks of the one clause-mark test, events.marks.opened_by
    *[("detente.events.marks", "clause_marks", key)
      for key in ("concessive", "reaction_cause", "answer_cause", "time_clause", "open_condition")],
    # round 25 (e70): partitives and "over" nouns of an object's phrase, events.triggers.object_words
    ("detente.events.triggers", "object_phrases", "partitives"),
    ("detente.events.triggers", "object_phrases", "over_nouns"),
]


@pytest.mark.parametrize("module, section, key", EVENTS_SECTIONS, ids=lambda v: str(v))
def test_events_lists_live_in_semantics_yaml_with_no_copy_in_the_code(module, section, key):
    # round 21: the word lists of cautions.spoken_attack moved from code into semantics.yaml
    from detente.events.lexicon import semantics_file

    words = semantics_file()[section][key]
    assert words and all(isinstance(w, str) and w == w.lower().strip() and w for w in words)
    loaded = importlib.import_module(module)
    assert loaded._spec()[key] == frozenset(words)
    assert not any(isinstance(v, frozenset) and v == frozenset(words) for v in vars(loaded).values())
