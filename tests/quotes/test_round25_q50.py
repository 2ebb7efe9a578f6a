"""Round 25 of issue 14 (branch q50): speakers named by a role or a body noun that the article
used for someone else. Every sentence is made up.

- a generic body noun ("the company", "the firm", "the group") names again only an
  organisation of a kind it can name (``roles.RoleRules.can_name``, ``generic_body_sectors``);
- "the Ohio governor" is not a "Governor <name>" titled without that place, nor the roster's
  governor (``roles._seat_places``, ``actors.resolver.fill_holder``)."""

from tests.quotes.conftest import speaker_of_quote


def test_the_company_passes_over_a_legislature_an_army_or_a_foundation():
    cases = [
        ("Toyota recalled cars in Japan on Monday. The Senate opened an inquiry. \"We are "
         "working with regulators,\" the company said.", "We are working", "Toyota"),
        ("Shell announced new drilling in Nigeria. The Nigerian Army deployed troops to the "
         "area. \"Our staff are safe,\" the company said.", "Our staff", "Shell"),
        ("Exxon Mobil rejected the report. The Rockefeller Brothers Fund had paid for it. "
         "\"The articles are inaccurate,\" the firm said.", "The articles", "Exxon Mobil"),
    ]
    for text, words, name in cases:
        speaker = speaker_of_quote(text, words, "2019-06-01")
        assert speaker.name == name, (text, speaker)
        assert speaker.rule.startswith("definite>org-before"), speaker.rule


def test_the_company_with_only_bodies_of_another_kind_stays_unnamed():
    text = ("The Taliban attacked a checkpoint in Kandahar. Senator Mark Warner welcomed the "
            "vote. \"These accounts broke our rules,\" the firm said.")
    speaker = speaker_of_quote(text, "These accounts", "2019-06-01")
    assert speaker.name != "Taliban"


def test_the_group_and_the_company_still_name_a_fitting_body():
    # controls: an NGO for "the group", an armed group for "the group", a company right before
    cases = [
        ("Amnesty International published a report on Egypt. \"Detainees are tortured,\" the "
         "group said.", "Detainees", "Amnesty International"),
        ("Hasbro hosted a panel in New York. \"Sales rose,\" the company said.", "Sales rose",
         "Hasbro"),
    ]
    for text, words, name in cases:
        assert speaker_of_quote(text, words, "2019-06-01").name == name, text


def test_a_region_qualified_governor_is_not_a_governor_of_another_place():
    text = ("Marco Rubio and Ted Cruz campaigned in Iowa on Monday. Elizabeth Warren "
            "criticised both. \"We need a new tax code,\" the Florida senator said.")
    assert speaker_of_quote(text, "We need", "2016-02-07").name != "Elizabeth Warren"
    text = ("John Kasich and Jeb Bush spoke in New Hampshire. Governor Mike Pence endorsed "
            "Cruz in Indianapolis on Monday, calling him a friend. Kasich's rally drew a crowd "
            "of hundreds. \"I am staying in this race,\" the Ohio governor said.")
    assert speaker_of_quote(text, "I am staying", "2016-02-07").name != "Mike Pence"


def test_a_governor_titled_with_the_same_place_still_speaks():
    text = ("Ohio Governor John Kasich campaigned in New Hampshire. \"We are staying,\" the "
            "Ohio governor said.")
    assert speaker_of_quote(text, "We are staying", "2016-02-07").name == "John Kasich"
