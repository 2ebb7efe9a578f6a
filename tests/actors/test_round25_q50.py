"""Round 25 of issue 14 (branch q50): a many-seat office ("the senator", "the governor") is a
holder only when the article named that holder, and a seat named by its region ("the Florida
senator") is no person named without that region (``resolver.fill_holder``,
``coref.other_seat``). Every sentence is made up."""


def _holder(found, text: str) -> str | None:
    role = [m for m in found if m.text.lower().startswith("the ") and m.label == "ROLE"]
    assert role, [m.text for m in found]
    actor = role[-1].actor
    return actor.name if actor is not None else None


def test_a_many_seat_office_is_not_the_rosters_latest_holder(mentions):
    for text in ("The governor signed the budget on Monday after a long debate.",
                 "Voters in Ohio were divided. The senator said the bill would pass.",
                 "Protesters gathered outside the statehouse. The Ohio governor met them."):
        found = mentions(text, date="2016-02-07")
        assert _holder(found, text) not in ("Mike Pence", "Elizabeth Warren", "Marco Rubio"), text


def test_a_region_qualified_seat_is_not_the_senator_named_last(mentions):
    for text in ("Marco Rubio and Elizabeth Warren clashed on Monday. The Florida senator "
                 "said the bill was dead.",
                 "Elizabeth Warren criticised Jeb Bush. Later the Ohio senator spoke."):
        found = mentions(text, date="2016-02-07")
        assert _holder(found, text) != "Elizabeth Warren", text


def test_a_named_holder_and_a_single_seat_office_still_resolve(mentions):
    # controls: the senator the article named; a region that matches; a one-holder office
    cases = [("Senator Marco Rubio spoke in Iowa. The senator said taxes were too high.",
              "2016-02-07", "Marco Rubio"),
             ("Governor Mike Pence signed the bill. The governor said it protects families.",
              "2016-02-07", "Mike Pence"),
             ("Protesters gathered in Washington. The Vice President said he would listen.",
              "2019-06-01", "Mike Pence"),
             ("Talks resumed in Geneva. The Senate Minority Leader said the deal was close.",
              "2019-06-01", "Chuck Schumer")]
    for text, date, name in cases:
        assert _holder(mentions(text, date=date), text) == name, text


def test_a_seat_named_through_an_apposition_still_links(mentions):
    # control: the region reached the name through its apposition ("<name>, the former
    # governor of <state>"); a later description of the same seat is that person, past a
    # governor of another state
    text = ("Bill Weld, the former governor of Massachusetts, entered the race on Monday in "
            "Boston. Voters cheered loudly. Ohio Governor John Kasich spoke. The former "
            "governor of Massachusetts said he would stay.")
    found = mentions(text, date="2020-02-14")
    last = [m for m in found if m.text == "The former governor of Massachusetts"]
    assert last and last[0].actor is not None and last[0].actor.name == "Bill Weld"


# review mends (f50): a one-person post is no many-seat office; "the US senator" is the senator
# named last, not the first one the roster knows


def test_a_one_person_international_post_is_its_holder(mentions):
    found = mentions("The ICC prosecutor accused Israel of war crimes on Friday.", date="2020-01-15")
    assert _holder(found, "The ICC prosecutor") == "Fatou Bensouda"


def test_a_country_qualified_senator_is_the_senator_named_last(mentions):
    text = ("Senator Elizabeth Warren proposed a wealth tax last year. On Monday, Senator Chris "
            "Murphy criticised the plan. \"It will not work,\" the US senator said.")
    assert _holder(mentions(text, date="2020-01-15"), text) == "Chris Murphy"
    # control: the other order
    text = ("Senator Chris Murphy proposed a wealth tax last year. On Monday, Senator Elizabeth "
            "Warren criticised the plan. \"It will not work,\" the US senator said.")
    assert _holder(mentions(text, date="2020-01-15"), text) == "Elizabeth Warren"
