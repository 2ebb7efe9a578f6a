"""A surname after a full name no table knows is that person, not a roster namesake
(issue 14, seventh round)."""

import detente


def _people(text, date="2005-01-20"):
    return [(m.text, m.actor.name if m.actor else None)
            for m in detente.code(text, date=date).mentions if m.label == "PERSON"]


def test_a_surname_after_an_unknown_full_name_is_not_the_roster_namesake():
    got = _people("Peter Putin, a farmer from Kent, opened a shop.\n\nMr Putin said trade was "
                  "slow.")
    assert ("Putin", "Vladimir Putin") not in got


def test_the_roster_namesake_still_resolves_when_the_article_names_no_other():
    got = _people("Mr Putin said trade was slow.")
    assert ("Putin", "Vladimir Putin") in got
