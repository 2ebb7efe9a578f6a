"""Round 28 of issue 14 (branch q57): a definite role noun or a pronoun standing for it names
the person the article titled with that role (``gold/quotes/NOTES-q57.md``). Every sentence is
made up; the people are public figures whose titles the actors stage's roster holds, so the
actors stage reads "the Tory leader" as a role of its own and leaves it unnamed."""

from tests.quotes.conftest import speaker_of_quote

DATE = "2005-02-10"

FILLER = (" The budget was published on Monday. It raises fuel duty. It cuts rail spending."
          " Economists were divided. Some praised it. Others did not. Markets were calm."
          " The pound rose. Shares fell. Bond yields were flat. Farmers were worried."
          " Pensioners were pleased.")
"""Twelve sentences that name nobody: the role noun after them is further back from its title
than ``roles.ROLE_WINDOW``."""


def test_a_pronoun_for_an_unnamed_role_noun_names_the_person_the_role_titled():
    # class P1: "he" > "the Tory leader" (a role the actors stage leaves unnamed) > the person
    # the article introduced as "Tory leader <name>"
    text = ("Tory leader Michael Howard has attacked the budget. Mr Howard says it is unfair. "
            "Singer Ann Carter, a friend of the Tory leader, said he was \"very kind\".\n\n"
            "Film maker Bob Hale was given access to Mr Howard for his film. The Tory leader "
            "was asked about his tax affairs.\n\nHe replies: \"I have nothing to hide at all.\"")
    speaker = speaker_of_quote(text, "I have nothing", DATE)
    assert speaker.name == "Michael Howard", speaker
    assert speaker.rule.startswith("coref>titled-person"), speaker.rule
    assert speaker.actor is not None and speaker.actor.sector == "OPP", speaker.actor


def test_a_pronoun_of_the_other_gender_is_not_given_the_titled_person():
    # control: "she" after "the Tory leader" is someone else (here: nobody the text names)
    text = ("Tory leader Michael Howard has attacked the budget. Mr Howard says it is unfair. "
            "The film shows the private side of the Tory leader at home.\n\nAsked about the "
            "garden she laughs: \"It would be nicer if it rained less in spring.\"")
    speaker = speaker_of_quote(text, "It would be nicer", DATE)
    assert speaker is None or speaker.name != "Michael Howard", speaker


def test_a_role_noun_qualified_by_a_name_looks_back_to_the_article_start():
    # class P1: "The Tory leader" more than ROLE_WINDOW sentences after "Tory leader <name>",
    # with another speaker quoted just before (who was given it by described-again)
    text = ("Tory leader Michael Howard has attacked the budget. Mr Howard says it is unfair."
            + FILLER + " Former Labour aide Jim Pike says the Tories are \"not ready\". He says"
            " the party lacks a \"big plan\". The Tory leader dismisses such claims as "
            "\"complete nonsense\", saying he has a plan.")
    speaker = speaker_of_quote(text, "complete nonsense", DATE)
    assert speaker.name == "Michael Howard", speaker
    assert "definite>titled-person" in speaker.rule, speaker.rule
    assert speaker.actor is not None and speaker.actor.sector == "OPP", speaker.actor


def test_a_far_title_with_other_words_or_none_names_nobody():
    # controls: "the Labour leader" is not "Tory leader <name>"; a bare "the leader" stays
    # within ROLE_WINDOW
    for role in ("The Labour leader", "The leader"):
        text = ("Tory leader Michael Howard has attacked the budget. Mr Howard says it is "
                "unfair." + FILLER + f" {role} dismissed such claims as \"complete nonsense\" "
                "in a speech.")
        speaker = speaker_of_quote(text, "complete nonsense", DATE)
        assert speaker is None or speaker.name != "Michael Howard", (role, speaker)


def test_a_party_the_tagger_read_as_a_common_noun_speaks_as_the_party():
    # class A2: "Labour say" -- the plural verb makes "Labour" the noun labour (no entity, no
    # mention); the party's actor comes from the same name elsewhere in the article
    text = ("Pensioners marched in Bath, where Labour is strong. Labour say a Green vote could "
            "\"let the Tories in\" at the election.")
    speaker = speaker_of_quote(text, "let the Tories", DATE)
    assert speaker.name == "Labour" and speaker.rule == "party-word", speaker
    assert speaker.actor is not None and (speaker.actor.country, speaker.actor.sector) == (
        "GBR", "PTY"), speaker.actor


def test_a_party_word_inside_a_noun_phrase_is_no_party():
    # control: "Labour costs" is a phrase headed by "costs"; a lower-case "labour" is work
    for text in ("Labour costs say little about \"the real cost\" of care, the report said.",
                 "Some say labour said nothing about \"the real cost\" of care."):
        speaker = speaker_of_quote(text, "the real cost", DATE)
        assert speaker is None or speaker.rule != "party-word", speaker


def test_the_party_names_the_party_named_before():
    # class B: "the party" after a party the tagger labels NORP (not ORG, which _org_before
    # reads); its nickname is then written in full by the party-full-name pass
    for opening in ("The Liberal Democrats unveiled a fuel plan on Monday.",
                    "Labour and the Tories clashed. The Lib Dems unveiled a fuel plan on Monday."):
        text = opening + " The party said it would save \"a great deal\" of money."
        speaker = speaker_of_quote(text, "a great deal", DATE)
        assert speaker.name == "Liberal Democrats", (opening, speaker)
        assert speaker.rule.startswith("definite>party-before"), speaker.rule


def test_a_qualified_party_noun_and_a_pronoun_are_not_the_party_before():
    # controls: "the Labour party" names itself; "they" is no party named before
    text = ("The Lib Dems unveiled a fuel plan. They said it was fair. The Labour party said "
            "the plan was \"a gimmick\" and would fail.")
    speaker = speaker_of_quote(text, "a gimmick", DATE)
    assert speaker.name in ("Labour", "Labour party", "Labour Party"), speaker


def test_it_after_a_definite_body_noun_names_the_body_that_noun_ends():
    # class P4: "It" whose sentence before has "the committee" as subject, the committee named
    # before with a name ("the Commons transport committee", which the tagger leaves no ORG);
    # the chairman quoted in between is a knight whose given name no table knows
    text = ("The Commons transport committee published its report on Monday. Chairman Sir "
            "Archy Reed said: \"The agency must be fixed.\"\n\nThe committee reached its view "
            "after it found long delays. It warned that it could be years before the agency "
            "was \"fit for purpose\".")
    speaker = speaker_of_quote(text, "fit for purpose", DATE)
    assert speaker.name == "Commons transport committee", speaker
    assert speaker.rule.startswith("previous-subject:body"), speaker.rule


def test_it_after_a_bare_body_noun_with_no_named_body_stays_unnamed():
    # control: no body named with that noun before; "the report" names no committee
    text = ("Delays grew in the spring. The committee reached its view after it found long "
            "delays. It warned that the agency was not \"fit for purpose\".")
    speaker = speaker_of_quote(text, "fit for purpose", DATE)
    assert speaker is None or speaker.rule != "previous-subject:body", speaker
