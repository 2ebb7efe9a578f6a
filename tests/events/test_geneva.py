"""The founding article (Geneva summit, 2021-06-16): the events a careful human coder would
record, coded from the real parse with the real actors stage, and few beyond them."""

from __future__ import annotations

import pytest


def countries(participants) -> set[str]:
    return {p.country for p in participants}


def find(coded, type_, source=None, target=None):
    """Events of a type whose sources include ``source`` and targets include ``target``."""
    return [
        e for e in coded.events
        if e.type == type_
        and (source is None or source in countries(e.source))
        and (target is None or target in countries(e.target))
    ]


def test_the_summit_is_a_consultation_between_the_us_and_russia(geneva_coded):
    # "Biden and Putin sat down together for ... talks", "agreed at their first summit":
    # a symmetric meeting, both presidents as sources
    meetings = [e for e in geneva_coded.events if e.type == "CONSULT"
                and {"USA", "RUS"} <= countries(e.source) | countries(e.target)]
    assert meetings
    assert all(e.cameo.startswith("04") and e.quad == 1 for e in meetings)


def test_the_agreements_are_agree_events_with_a_composed_cameo_code(geneva_coded):
    # "agreed ... to resume arms control talks" -> AGREE 036 (intent to meet, from the inner talks);
    # "Biden said that the US and Russia had agreed to cooperate" -> the reported event is coded
    agreements = find(geneva_coded, "AGREE", source="USA")
    assert any(e.cameo == "036" and "RUS" in countries(e.source) | countries(e.target) for e in agreements)
    assert any(e.cameo == "031" and e.rule == "verb:agree>verb:cooperate" for e in agreements)
    assert all(e.goldstein > 0 for e in agreements)


def test_the_navalny_warning_is_a_threat_from_the_us_to_russia(geneva_coded):
    # "he said the consequences would be 'devastating for Russia' if ... Navalny died":
    # a conditional warning with no threat verb; "he" is Biden through the actors' coreference
    threats = find(geneva_coded, "THREATEN", source="USA", target="RUS")
    assert threats and threats[0].rule.startswith("conditional:")
    assert threats[0].goldstein < 0 and threats[0].quad == 3


def test_putin_dismissing_us_concerns_is_a_rejection(geneva_coded):
    # "dismissing Washington's concerns": the subject comes from the main clause (Putin showed...),
    # the target is the possessor of the object
    rejections = find(geneva_coded, "REJECT", source="RUS", target="USA")
    assert any(e.trigger.startswith("dismissing") for e in rejections)


def test_putin_accusing_kyiv_is_an_accusation_of_ukraine(geneva_coded):
    # "He also accused Kyiv of breaking the terms of a ceasefire": pronoun subject, metonym target,
    # and the ceasefire inside the accusation is not coded on its own
    accusations = find(geneva_coded, "ACCUSE", source="RUS", target="UKR")
    assert accusations and accusations[0].cameo.startswith("11")
    sentence = accusations[0].sentence
    assert not [e for e in geneva_coded.events if e.sentence == sentence and e.type == "RETREAT"]


def test_the_ambassador_recalls_are_sanctions_in_both_directions(geneva_coded):
    # "prompting Russia to recall Antonov to Washington" (object control gives the source) and
    # "The United States recalled its ambassador" (its ambassador is the US's own agent, no target)
    assert find(geneva_coded, "SANCTION", source="RUS", target="USA")
    assert find(geneva_coded, "SANCTION", source="USA")
    assert all(e.cameo == "161" for e in find(geneva_coded, "SANCTION"))


def test_the_killer_remark_is_an_accusation_from_the_us_to_russia(geneva_coded):
    # "Biden said he thought Putin was a 'killer'": labelling rule, no accusation verb
    remarks = find(geneva_coded, "ACCUSE", source="USA", target="RUS")
    assert any(e.rule == "label:killer" for e in remarks)


def test_the_new_start_extension_is_coded(geneva_coded):
    # "Russia and the United States extended for five years the New START treaty"
    extensions = [e for e in geneva_coded.events if e.rule == "verb:extend+treaty"]
    # joint sources with no target: one row per direction (each extends the treaty with the other)
    assert {(tuple(countries(e.source)), tuple(countries(e.target))) for e in extensions} == {
        (("RUS",), ("USA",)), (("USA",), ("RUS",))}


def test_negated_and_absent_interactions_give_no_event(geneva_coded):
    # "There were no invitations to Washington or Moscow" and "Biden and Putin had no solo talks"
    text = geneva_coded.article.text
    for phrase in ("no invitations", "no solo talks"):
        start = text.index(phrase)
        assert not [e for e in geneva_coded.events if e.trigger_start >= start and e.trigger_end <= start + len(phrase)]


def test_few_events_beyond_what_a_human_would_code(geneva_coded):
    # 35 sentences; a human coder records about 15 events here (the caption repeats the meeting)
    assert 12 <= len(geneva_coded.events) <= 24


@pytest.mark.parametrize("field", ["type", "cameo", "quad", "trigger", "evidence", "rule"])
def test_every_event_field_is_filled(geneva_coded, field):
    for event in geneva_coded.events:
        assert getattr(event, field) not in (None, "")
        assert event.source and all(p.country and p.text for p in event.source)
        assert event.start <= event.trigger_start < event.trigger_end <= event.end
        assert geneva_coded.article.text[event.trigger_start:event.trigger_end] == event.trigger
        assert event.trigger in event.evidence
