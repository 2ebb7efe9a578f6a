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


# review mends (f50): a role noun of a one-person post keeps the person it titled, whatever place
# is near it; a body noun names again an organisation whose name holds a membership, union or
# military word; "the group" / "the organisation" name an armed group or a state-run body


def test_a_place_near_a_one_holder_role_noun_keeps_the_titled_person():
    cases = [
        ("Coach Zinedine Zidane defended his players. Speaking in Madrid, the coach said: "
         "\"We played well.\"", "We played well", "Zinedine Zidane"),
        ("Coach Gareth Southgate named his squad. \"We have a young team,\" the England coach "
         "said.", "We have a young team", "Gareth Southgate"),
        ("Police chief Medaria Arradondo fired four officers. \"This was wrong,\" the "
         "Minneapolis police chief said.", "This was wrong", "Medaria Arradondo"),
        ("Health Secretary Matt Hancock announced new rules. \"We must act,\" the UK health "
         "secretary said.", "We must act", "Matt Hancock"),
    ]
    for text, words, name in cases:
        assert speaker_of_quote(text, words, "2020-01-15").name == name, text
    # the many-seat control ("the Ohio governor" is not Governor Mike Pence) is
    # test_a_region_qualified_governor_is_not_a_governor_of_another_place above


def test_a_body_noun_names_a_body_whose_name_holds_a_group_union_or_military_word():
    cases = [
        ("Alibaba Group reported higher profits. \"Demand was strong,\" the company said.",
         "Demand was strong", "Alibaba Group"),
        ("Volkswagen Group reported higher profits. \"Demand was strong,\" the company said.",
         "Demand was strong", "Volkswagen Group"),
        ("Eurasia Group published its forecast. \"Risks are rising,\" the firm said.",
         "Risks are rising", "Eurasia Group"),
        ("Western Union cut its fees. \"Customers will benefit,\" the company said.",
         "Customers will benefit", "Western Union"),
        ("Airbus Helicopters won a contract. \"We are proud,\" the company said.",
         "We are proud", "Airbus Helicopters"),
        ("The Salvation Army opened a shelter. \"Nobody should sleep outside,\" the charity "
         "said.", "Nobody should sleep", "Salvation Army"),
        ("The New York Jets fired their coach. \"We need a change,\" the club said.",
         "We need a change", "New York Jets"),
    ]
    for text, words, name in cases:
        speaker = speaker_of_quote(text, words, "2020-01-15")
        assert speaker.name == name, (text, speaker)
        assert speaker.rule.startswith("definite>org-before"), speaker.rule


def test_the_group_names_an_armed_group_or_a_state_run_organisation():
    cases = [
        ("The Rapid Support Forces seized the airport in Khartoum. \"We control the airport,\" "
         "the group said.", "We control the airport", "Rapid Support Forces"),
        ("The Islamic Revolutionary Guard Corps seized a tanker. \"We enforce the law,\" the "
         "group said.", "We enforce the law", "Islamic Revolutionary Guard Corps"),
        ("The Palestine Liberation Organization rejected the plan. \"This plan is dead,\" the "
         "organisation said.", "This plan is dead", "Palestine Liberation Organization"),
    ]
    for text, words, name in cases:
        assert speaker_of_quote(text, words, "2020-01-15").name == name, text
