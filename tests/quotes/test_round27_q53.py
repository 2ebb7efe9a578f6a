"""Round 27 of issue 14 (branch q53): speakers of found quotes on long-form UK news
(``gold/quotes/NOTES-q53.md``). Every sentence is made up."""

import detente
from detente.quotes.partynames import full_party_name
from detente.records import Actor, Speaker
from tests.quotes.conftest import speaker_of_quote

DATE = "2005-02-01"


def test_a_party_named_by_a_short_form_speaks_under_its_full_name():
    # class A1: an acronym, a nickname (plural and singular), the full name the article writes
    cases = [
        ("The UK Independence Party met in Torquay on Friday. UKIP said the deal was \"a "
         "betrayal of the voters\".", "a betrayal", "UK Independence Party"),
        ("Delegates gathered in Exeter. UKIP insists the treaty is \"a surrender of the "
         "fisheries\".", "a surrender", "UK Independence Party"),  # no full name written
        ("The Conservatives and Labour clashed over school meals. The Tories say the scheme is "
         "\"a tax on families\".", "a tax on", "Conservatives"),
        ("The Conservative Party launched a billboard. The Tories claimed it showed \"the "
         "choice voters face\".", "the choice", "Conservative Party"),
        ("Pensioners marched in Bath. The Lib Dems said the budget was \"a missed chance for "
         "older people\".", "a missed chance", "Liberal Democrats"),
    ]
    for text, words, name in cases:
        speaker = speaker_of_quote(text, words, DATE)
        assert speaker is not None and speaker.name == name, (words, speaker)
        assert speaker.rule.endswith("+party-full-name"), speaker.rule
        assert speaker.actor is None or speaker.actor.name == name


def test_other_party_names_and_people_keep_their_names():
    # controls: a party named in full, "Labour" (no short form), a person before whom a party
    # nickname stands, a person whose given name is a party nickname
    cases = [
        ("Pensioners marched in Bath. Labour said the budget was \"a fair deal for older "
         "people\".", "a fair deal", "Labour"),
        ("\"We will win the seat back,\" said Tory MP John Smithers in Hull.", "We will win",
         "John Smithers"),
        ("The designer Tory Calloway opened a shop in Soho. Tory Calloway said the dresses "
         "were \"made to last a decade\".", "made to last", "Tory Calloway"),
    ]
    for text, words, name in cases:
        speaker = speaker_of_quote(text, words, DATE)
        assert speaker is not None and speaker.name == name, (words, speaker)
        assert "+party-full-name" not in (speaker.rule or "")


def test_a_nickname_of_parties_in_two_countries_needs_the_country():
    # "Tories" names a British and a Canadian party, both "Conservatives" in full: the
    # speaker's or the article's country picks the row; another country keeps the name
    doc = detente.code("Voters in the town were polled on Monday.", date=DATE).doc
    bare = Speaker(text="the Tories", name="Tories", rule="mention")
    assert full_party_name(bare, doc).name == "Conservatives"
    assert full_party_name(bare, doc, country="USA") is bare
    assert full_party_name(Speaker(text="UKIP", name="UKIP"), doc, country="CAN").name == "UKIP"
    assert full_party_name(bare, doc, country="CAN").name == "Conservatives"
    british = Speaker(text="the Tories", name="Tories", rule="mention",
                      actor=Actor("GBR", "OPP", name="Tories", entry="party:Tories:GBR"))
    renamed = full_party_name(british, doc, country="CAN")
    assert renamed.name == "Conservatives" and renamed.actor.name == "Conservatives"
    assert renamed.actor.entry == "party:Tories:GBR"  # the evidence of the reading stays


def test_a_titled_short_name_is_the_person_named_in_full_before():
    # class D: an academic title + surname completes to the full name given before; a knight
    # called by his given name and a peer by his title are not the roster's namesakes, and a
    # pronoun after them takes them up
    speaker = speaker_of_quote(
        "Marine biologist Jane Okafor-Lyle led the survey. Prof Okafor-Lyle said: \"The reef "
        "is recovering faster than we hoped.\"", "The reef", DATE)
    assert speaker is not None and speaker.name == "Jane Okafor-Lyle", speaker
    text = ("University head Sir Howard Pelling opened a new library in Leeds. Sir Howard said "
            "the building was \"a gift to the city\". He told reporters: \"We waited ten years "
            "for this.\"")
    for words in ("a gift", "We waited"):
        speaker = speaker_of_quote(text, words, DATE)
        assert speaker is not None and speaker.name in ("Howard", "Howard Pelling"), speaker
    speaker = speaker_of_quote(
        "Lord Harris, who chairs the ferry trust, said the fares were too high. \"The "
        "islanders deserve better than this,\" he said.", "The islanders", None)
    assert speaker is not None and speaker.name == "Harris", speaker


def test_titles_the_roster_person_bears_and_honorifics_keep_the_person():
    # controls: "Lord Hague" (a roster alias), "Mr Howard" (an honorific before the surname)
    speaker = speaker_of_quote("Lord Hague told peers: \"The treaty must be ratified this "
                               "year.\"", "The treaty", None)
    assert speaker is not None and speaker.name == "William Hague"
    speaker = speaker_of_quote("Mr Howard told the Commons: \"The government has failed the "
                               "country.\"", "The government", DATE)
    assert speaker is not None and speaker.name == "Michael Howard"


def test_a_singular_party_nickname_names_a_member_not_the_party():
    # round 27 review (branch f55): "a senior Tory" is one Conservative, not the party; a
    # party's spokesperson speaks for it and UKIP, no member's name, stays the party
    for text, words in (
            ("A senior Tory said the leader should quit \"before the summer\".", "before the"),
            ("\"We will fight on,\" said one Tory.", "We will fight"),
            ("The Tory said the tax was \"unfair on farmers\".", "unfair on"),
    ):
        speaker = speaker_of_quote(text, words, DATE)
        assert speaker is not None and "Conservative" not in (speaker.name or ""), speaker
        assert "party-full-name" not in (speaker.rule or ""), speaker.rule
    speaker = speaker_of_quote("A Tory spokesman said the plan was \"a shambles\".",
                               "a shambles", DATE)
    assert speaker is not None and speaker.name == "Conservatives", speaker
    speaker = speaker_of_quote("UKIP said the treaty was \"a surrender\".", "a surrender", DATE)
    assert speaker is not None and speaker.name == "UK Independence Party", speaker


def test_an_academic_title_is_no_politician_of_that_surname_named_before():
    # round 27 review (branch f55): "Prof Straw, an Iran expert" is not Jack Straw named
    # before; "Prof Smith" after "Professor Angela Smith" is still her
    speaker = speaker_of_quote(
        "Jack Straw flew to Tehran on Monday. Prof Straw, an Iran expert at Oxford, said the "
        "talks were \"bound to fail\".", "bound to fail", DATE)
    assert speaker is None or speaker.name != "Jack Straw", speaker
    speaker = speaker_of_quote(
        "Professor Angela Smith led the study. Prof Smith said the results were \"very "
        "clear\".", "very clear", DATE)
    assert speaker is not None and speaker.name == "Angela Smith", speaker
