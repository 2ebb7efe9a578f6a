"""Round 21 of issue 14 (fresh Wikinews tune material, gold/quotes/extra4): the person an
"according to" names speaks over a clause subject that is no person; a subject the parser hung
on the auxiliary across a comma-set adjunct ("The ministry has, in a statement, urged"); "it"
takes up a body the actors stage read as a role; the reporter of a clause whose cue has a
common noun for subject speaks ("X told Y the number of cases suggested a pattern: "...""). Every
sentence here is made up."""

from tests.quotes.conftest import speaker_of_quote

DATE = "2019-05-06"


# 1. "According to" a person, over a clause subject that is no person.

PERSON_SOURCE = ("The contest opened on Friday in Avonlea. According to Jo Hale, the Avonlea "
                 "Festival gives young artists the \"open doors\" they need.")
OUTLET_SOURCE = ("The contest opened on Friday in Avonlea. According to the Avonlea Herald, "
                 "the mayor, Tom Reyes, gives young artists the \"open doors\" they need.")
PERSON_SUBJECT = ("The contest opened on Friday in Avonlea. According to Jo Hale, Tom Reyes "
                  "gives young artists the \"open doors\" they need.")


def test_according_to_a_person_over_a_body_subject():
    speaker = speaker_of_quote(PERSON_SOURCE, "open doors", DATE)
    assert speaker.name == "Jo Hale"
    assert "person-source" in speaker.rule


def test_control_according_to_an_outlet_keeps_the_clause_subject():
    assert speaker_of_quote(OUTLET_SOURCE, "open doors", DATE).name != "Avonlea Herald"


def test_control_according_to_a_person_keeps_a_person_subject():
    assert speaker_of_quote(PERSON_SUBJECT, "open doors", DATE).name == "Tom Reyes"


# 2. A subject hung on the auxiliary across a comma-set adjunct.

AUX_SUBJECT = ("The Ministry of Health has, in a statement, urged residents to \"stay indoors "
               "and keep windows shut.\"")
PLAIN_SUBJECT = "The Ministry of Health urged residents to \"stay indoors and keep windows shut.\""


def test_a_subject_on_the_auxiliary_across_an_adjunct():
    speaker = speaker_of_quote(AUX_SUBJECT, "stay indoors", DATE)
    assert speaker.name == "The Ministry of Health"
    assert "aux-subject" in speaker.rule


def test_control_a_plain_subject_needs_no_auxiliary_step():
    speaker = speaker_of_quote(PLAIN_SUBJECT, "stay indoors", DATE)
    assert speaker.name == "The Ministry of Health"
    assert "aux-subject" not in speaker.rule


# 3. "It" takes up a body the actors stage read as a role.

BODY_THEN_IT = ("A bus overturned near Tula on Sunday. The Transport Ministry has, in a "
                "statement, called on drivers to \"not forget that the lives of other people "
                "depend on you.\" It also urged people to \"respect the rules of the road.\"")
PERSON_THEN_IT = ("A bus overturned near Tula on Sunday. Ivan Petrov, a bus driver, told "
                  "reporters \"the road was icy.\" It also urged people to \"respect the rules "
                  "of the road.\"")


def test_a_statement_adjunct_between_auxiliary_and_cue():
    speaker = speaker_of_quote(BODY_THEN_IT, "not forget", DATE)
    assert speaker.name == "Transport Ministry"


def test_it_takes_up_a_body_read_as_a_role():
    speaker = speaker_of_quote(BODY_THEN_IT, "respect the rules", DATE)
    assert speaker.name == "Transport Ministry"
    assert "recent-speaker:body" in speaker.rule


def test_control_it_does_not_take_up_a_person():
    assert speaker_of_quote(PERSON_THEN_IT, "respect the rules", DATE).name != "Ivan Petrov"


# 4. The reporter of a clause whose cue has a common noun for subject.

REPORTED_CLAUSE = ("One of the authors, the biologist Ann Reyes, told a magazine the number of "
                   "new cases in distant towns suggested a pattern: \"The virus moves with the "
                   "trucks.\"")
NAMED_INNER = ("The biologist Ann Reyes told a magazine Tom Hale suggested a plan: \"We will "
               "close the roads.\"")
NO_COLON = ("The biologist Ann Reyes told a magazine the number of new cases suggested that "
            "\"the virus moves with the trucks.\"")
NO_REPORTER = ("The biologist Ann Reyes spoke to a magazine. The number of new cases in distant "
               "towns suggested a pattern: \"The virus moves with the trucks.\"")


def test_the_reporter_speaks_for_a_clause_with_a_common_noun_subject():
    speaker = speaker_of_quote(REPORTED_CLAUSE, "The virus moves", DATE)
    assert speaker.name == "Ann Reyes"
    assert "outer-reporter" in speaker.rule


def test_control_a_named_inner_subject_speaks():
    assert speaker_of_quote(NAMED_INNER, "We will close", DATE).name == "Tom Hale"


def test_control_a_quote_with_no_colon_keeps_the_inner_subject():
    speaker = speaker_of_quote(NO_COLON, "the virus moves", DATE)
    assert speaker.name != "Ann Reyes"


def test_control_no_reporting_verb_no_reporter():
    speaker = speaker_of_quote(NO_REPORTER, "The virus moves", DATE)
    assert speaker.name != "Ann Reyes"
    assert "outer-reporter" not in (speaker.rule or "")
