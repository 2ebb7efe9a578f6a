"""Round 19b of issue 14 (fresh Wikinews tune material, gold/quotes/extra2): a birth name is no
name the article calls a person by, a quote of what befell a subject is the "according to"
source's, a body whose name the tokenizer split at a hyphen keeps its whole name, a
spokesperson's body is described by the words before its name and takes the sector of a
police name, and a person the tagger missed keeps the title of their first full mention;
every sentence here is made up."""

from tests.quotes.conftest import speaker_of_quote

DATE = "2019-10-07"


# 1. A birth name ("was born X") is not the name the article's main person goes by.

BORN = ("Yesterday, English drummer Kit Hollis died in a hospital at the age of 80. The news "
        "came from the Twitter account in his name and was confirmed by his daughter Anna "
        "Hollis. On September 25, it was reported Hollis was in critical condition. Hollis "
        "was widely known as the drummer of the band Lantern.\n\n"
        "Kit Hollis was born Peter Edward Hollis in Lewisham, London, in 1939. His father was "
        "killed in 1943. Hollis began playing drums in his teens. In a story he sometimes "
        "told, he had a habit of tapping on school desks. When a chance arose at a party, his "
        "classmates urged him to sit down at a drum set. \"I'd never sat behind a kit before, "
        "but I sat down and I could play!\", he recalled in 2009 to a newspaper.")


def test_a_birth_name_is_not_the_main_persons_name():
    speaker = speaker_of_quote(BORN, "I'd never", DATE)
    assert speaker.name == "Kit Hollis"
    assert "given-name" in speaker.rule or "main-person" in speaker.rule


def test_birth_name_reads_the_word_before_the_name():
    from detente.nlp import parse
    from detente.quotes.speakertokens import birth_name

    doc = next(parse(["Kit Hollis was born Peter Hollis in London."]))
    ents = [e for e in doc.ents if e.label_ == "PERSON"]
    assert [birth_name(e) for e in ents] == [False, True]


# 2. A quote of what befell the subject is the words of the "according to" source.

SUFFERED = 'Tom Reyes suffered "two deep wounds" in the attack, according to a hospital spokesperson.'
DECIDED = 'Tom Reyes decided, according to the summary, "to close the plant at once."'


def test_what_befell_the_subject_is_the_sources_words():
    speaker = speaker_of_quote(SUFFERED, "two deep", DATE)
    assert speaker.name is None
    assert SUFFERED[speaker.start:speaker.end] == "a hospital spokesperson"


def test_control_a_deciding_subject_keeps_the_quote():
    assert speaker_of_quote(DECIDED, "to close", DATE).name == "Tom Reyes"


# 3. A body named with a hyphen keeps its whole name; described by the words before it.

HYPHEN_APPOSED = ('Lark-Point, a German rescue charity, renamed its ship on Sunday. Lark-Point '
                  'spokesperson Ann Weil said "The name shall be a reminder of our work."')
HYPHEN_TITLED = ('German migrant marine rescue charity Lark-Point renamed its ship on Sunday. '
                 'Lark-Point spokesperson Ann Weil said "The name shall be a reminder of our '
                 'work."')
KREMLIN = 'Kremlin spokesman Dmitry Peskov said "The talks went well."'


def test_a_hyphenated_body_keeps_its_whole_name():
    speaker = speaker_of_quote(HYPHEN_APPOSED, "The name", DATE)
    assert speaker.name == "Lark-Point"
    assert (speaker.actor.country, speaker.actor.sector) == ("DEU", "NGO")


def test_a_spokespersons_body_is_described_by_the_words_before_its_name():
    speaker = speaker_of_quote(HYPHEN_TITLED, "The name", DATE)
    assert speaker.name == "Lark-Point"
    assert (speaker.actor.country, speaker.actor.sector) == ("DEU", "NGO")
    assert "titled" in speaker.actor.entry


def test_control_a_one_word_body_before_the_spokesman():
    assert speaker_of_quote(KREMLIN, "The talks", DATE).name == "Kremlin"


# 4. A spokesperson's body named as police speaks as police.

POLICE = ('Two suspects were arrested. Dedi Prasetyo, a spokesperson for the Indonesian '
          'National Police, confirmed the arrests. He told reporters that police suspect the '
          'attackers had been "exposed to radicalism".')


def test_a_police_body_a_spokesperson_speaks_for_is_cop():
    speaker = speaker_of_quote(POLICE, "exposed", DATE)
    assert speaker.name == "Indonesian National Police"
    assert (speaker.actor.country, speaker.actor.sector) == ("IDN", "COP")
    assert speaker.rule.endswith("+force-name")


# 5. A person the tagger missed keeps the title of their first full mention.

UNTAGGED = ('Dominic Hare, chief executive of the palace, placed the value of the artwork at '
            'five million dollars. It had been installed for visitors.\n\nBack in 2017, the '
            'artwork was offered to a museum. Dominic Hare said the toilet represented a '
            '"comment on the modern dream".')
UNTITLED = ('Dominic Hare placed the value of the artwork at five million dollars. It had been '
            'installed for visitors.\n\nBack in 2017, the artwork was offered to a museum. '
            'Dominic Hare said the toilet represented a "comment on the modern dream".')


def test_an_untagged_person_keeps_the_title_of_the_first_mention():
    speaker = speaker_of_quote(UNTAGGED, "comment", DATE)
    assert speaker.name == "Dominic Hare"
    assert speaker.actor is not None and speaker.actor.sector == "BUS"
    assert "head:chief executive" in speaker.actor.entry  # a head role since round 29 (q60)


def test_control_no_title_no_sector():
    speaker = speaker_of_quote(UNTITLED, "comment", DATE)
    assert speaker.name == "Dominic Hare"
    assert speaker.actor is None or speaker.actor.sector != "BUS"


# 6. A university named after a place gives its member that place's country.

CAMPUS = ('The court ruled against the company in Austria.\n\nSteve Peers of the University '
          'of Leeds, speaking to reporters, said, "The order stands."')
CAMPUS_CONTROL = ('The court ruled against the company in Austria.\n\nSteve Peers, a lawyer, '
                  'speaking to reporters, said, "The order stands."')


def test_a_university_named_after_a_place_gives_its_country():
    speaker = speaker_of_quote(CAMPUS, "The order", DATE)
    assert speaker.actor.country == "GBR"
    assert "city:Leeds" in speaker.actor.entry


def test_control_no_university_keeps_the_main_country():
    assert speaker_of_quote(CAMPUS_CONTROL, "The order", DATE).actor.country == "AUT"
