"""Round 22 of issue 14 (branch a44): a body speaker's sector from the kind noun before its
name (``describe._body_titled``, evidence ``titled:<noun>``), widened from a spokesperson's
body ("German rescue charity <name>") to a one-word name the tagger took for a person's or a
people's, and to the first of coordinated names ("store chains <A> and <B>",
``describe.first_conjunct``). Every sentence is made up."""

from tests.quotes.conftest import country_sector, speaker_of_quote

DATE = "2020-03-10"


def test_a_company_named_after_a_kind_noun_is_a_business():
    speaker = speaker_of_quote("Shoppers queued on Monday. Supermarket chain Marlow said it had "
                               "\"never seen demand like this\".", "never", DATE)
    assert speaker.name == "Marlow" and speaker.actor.sector == "BUS"
    assert "titled:" in speaker.actor.entry


def test_coordinated_companies_share_the_kind_noun_and_its_country():
    text = ("Shoppers queued on Monday. Australian store chains Fenwick and Marlow cut limits. "
            "Marlow, in a media release, said stores were \"selling out within an hour\". "
            "Sales rose sharply, a Fenwick spokesperson said, calling demand \"unprecedented\".")
    assert country_sector(speaker_of_quote(text, "selling", DATE)) == ("AUS", "BUS")
    assert country_sector(speaker_of_quote(text, "unprecedented", DATE)) == ("AUS", "BUS")
    text = ("Shoppers queued on Monday. Supermarket chains Fenwick, Lark and Marlow cut limits. "
            "Marlow said stores were \"selling out within an hour\".")
    assert speaker_of_quote(text, "selling", DATE).actor.sector == "BUS"


def test_control_a_person_and_a_date_before_a_name():
    text = ("Shoppers queued on Monday. Store manager Marlow said shelves were \"empty by "
            "noon\".")
    assert country_sector(speaker_of_quote(text, "empty", DATE))[1] != "BUS"
    text = ("Prices rose in Sydney. On Wednesday, Marlow said prices were \"far too high\".")
    assert country_sector(speaker_of_quote(text, "far", DATE))[1] != "BUS"


def test_first_conjunct_needs_a_coordinating_word():
    import detente
    from detente.quotes.describe import first_conjunct

    doc = detente.code("Store chains Fenwick and Marlow cut limits. On Wednesday, Marlow "
                       "spoke.", date=DATE).doc
    words = [t.text for t in doc]
    marlow, second = words.index("Marlow"), len(words) - 3
    assert doc[first_conjunct(doc, marlow)].text == "Fenwick"
    assert first_conjunct(doc, second) == second  # "On Wednesday, Marlow": no coordination
