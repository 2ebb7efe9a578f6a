"""Speakers known only by a role noun (quotes/roles.py), on made-up sentences of each class."""

from tests.quotes.conftest import speaker_rules


def test_a_definite_role_names_the_person_titled_with_it_before():
    text = ('Actress Denise Crosby is set to appear in a new series. The actress recalled her '
            'early roles, when the crew was the "scrappy little stepchild of the studio."')
    got = speaker_rules(text, "2019-10-12")
    assert got[0][1] == "Denise Crosby"
    assert got[0][2].startswith("definite>titled-person")


def test_a_definite_role_that_continues_takes_the_last_speaker():
    text = ('"Warm water is attacking the ice shelves," said study co-author Karen Alley. The '
            'Wooster professor added, "These effects matter."')
    got = speaker_rules(text, "2019-10-12")
    assert got[1][1] == "Karen Alley"
    assert got[1][2].startswith("definite>recent-speaker")


def test_a_definite_role_with_a_new_cue_does_not_take_the_last_speaker():
    text = ('"Warm water is attacking the ice shelves," said study co-author Karen Alley. The '
            'engineer warned, "These effects matter."')
    assert speaker_rules(text, "2019-10-12")[1][1] != "Karen Alley"


def test_the_company_is_the_organisation_just_named():
    text = ('Hasbro hosted a panel about its toys. Asked about packaging, the company noted '
            'that it had switched to a bio-based plastic, "which was better for the planet."')
    got = speaker_rules(text, "2019-10-12")
    assert got[-1][1] == "Hasbro"
    assert got[-1][2].startswith("definite>org-before")
