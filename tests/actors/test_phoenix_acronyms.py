"""Issue 13, round 21 (branch a43): an acronym only Phoenix's organisations file gives
(``phoenix_organisations.tsv``, often an obscure group's) gives way to a body the article
itself defines it for. Every sentence is made up."""

from detente.actors.entry import organisation_entry
from detente.actors.spelled_out import defines_another_body


def _codes(found, text):
    return [m.actor.code if m.actor else None for m in found if m.text == text]


def test_an_acronym_the_article_defines_is_its_body_not_the_phoenix_group(mentions):
    found = mentions("The Hungarian Press Guild (HPG) said on Monday that two reporters had "
                     "been detained. The HPG said the arrests were illegal.", "2013-03-01")
    assert _codes(found, "The HPG") == ["HUN"]
    hpg = next(m for m in found if m.text == "The HPG")
    assert hpg.rule.startswith("acronym:HPG>")
    assert all("phoenix:hpg" not in (m.rule or "") for m in found)


def test_control_the_bare_phoenix_acronym_is_still_its_group(mentions):
    found = mentions("The HPG said on Monday that its fighters had attacked a police post.",
                     "2013-03-01")
    assert _codes(found, "The HPG") == ["TURREB"]


def test_control_a_spelling_of_the_phoenix_name_keeps_the_phoenix_body(mentions):
    found = mentions("The Democratic Front for Liberation of Palestine (DFLP) said on Monday "
                     "that it rejected the talks. The DFLP said the plan was illegal.", "2013-03-01")
    assert _codes(found, "The DFLP") == ["PSEREB"]


def test_control_our_own_acronyms_are_not_taken_over(mentions):
    found = mentions("The Kenya Wildlife Service (KWS) said on Monday that rangers had arrested "
                     "two men. The EPA had not commented.", "2013-03-01")
    assert _codes(found, "The EPA") == ["USAGOV"]


def phoenix(name, oid="phoenix:x"):
    return organisation_entry(oid, "TUR", "REB", name)


def test_defines_another_body_compares_words_with_phoenix_entries_only():
    assert defines_another_body("Hungarian Press Guild", (phoenix("HPG"),))
    assert not defines_another_body("Democratic Front for Liberation of Palestine",
                                    (phoenix("Democratic Front For The Liberation Of Palestine"),))
    ours = organisation_entry("hpg", "TUR", "REB", "HPG")
    assert not defines_another_body("Hungarian Press Guild", (ours,))
    assert not defines_another_body("Hungarian Press Guild", ())
