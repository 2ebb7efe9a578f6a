"""Round 27 of issue 14 (branch q53): a one-word name after a title of knighthood or peerage
is no dictionary person whose own names do not write that title before that word
(``senses.titled_gender``; ``gold/quotes/NOTES-q53.md`` class D). Every sentence is made up."""


def _named(found, text):
    return next(m for m in found if m.text == text)


def test_a_knight_called_by_his_given_name_is_no_roster_surname(mentions):
    found = mentions("University head Sir Howard Pelling opened a library. Later Sir Howard "
                     "thanked the donors.", date="2005-01-15")
    howard = _named(found, "Howard")
    assert howard.actor is None or howard.actor.name != "Michael Howard"


def test_a_peer_is_no_roster_person_of_that_surname(mentions):
    found = mentions("Lord Harris chaired the ferry trust meeting in Oban.")
    harris = _named(found, "Harris")
    assert harris.actor is None or harris.actor.name != "Kamala Harris"
    found = mentions("The ferry trust met in Oban. Later Lord Harris opened the new terminal.")
    assert all(m.actor is None or m.actor.name != "Kamala Harris" for m in found)


def test_a_title_the_roster_person_bears_keeps_the_person(mentions):
    # controls: a peerage the roster writes ("Lord Hague"), an honorific before a surname
    found = mentions("Lord Hague told peers the treaty must pass.")
    hague = next(m for m in found if "Hague" in m.text)
    assert hague.actor is not None and hague.actor.name == "William Hague"
    found = mentions("Mr Howard told the Commons the government had failed.", date="2005-01-15")
    assert next(m for m in found if "Howard" in m.text).actor.name == "Michael Howard"


def test_a_life_peer_of_the_roster_keeps_the_person(mentions):
    # round 27 review (branch f55): the roster writes its life peers' "Lord X"; a peer it does
    # not hold under that title ("Lord Blair", the police commissioner) stays unresolved
    for text, date, name in (
            ("Lord Heseltine said Britain should join the euro.", "2005-03-01",
             "Michael Heseltine"),
            ("Lord Prescott said the deal was a disgrace.", "2012-03-01", "John Prescott"),
    ):
        found = mentions(text, date=date)
        peer = next(m for m in found if name.split()[-1] in m.text)
        assert peer.actor is not None and peer.actor.name == name, peer
    found = mentions("Lord Blair, the former Metropolitan Police commissioner, spoke.",
                     date="2012-03-01")
    assert all(m.actor is None or m.actor.name != "Tony Blair" for m in found)


def test_an_academic_title_links_to_no_politician_named_before(mentions):
    found = mentions("Michael Howard spoke in London. Prof Howard, an economist, disagreed.",
                     date="2005-01-15")
    later = [m for m in found if "Howard" in m.text][1:]
    assert later and all(m.actor is None or m.actor.name != "Michael Howard" for m in later)
