"""Government offices a speaker's description names without any table knowing them.

"Jo Roe of the county parks office", "a federal highways agency", "Jo Roe of the UK's
Environment Agency", "of the Ministry of Health": an office noun (``office_nouns``) a level of
government modifies (``government_levels``), or a capitalised office word closing or opening a
name (``named_offices``) is a government body, GOV, or a police one (``police_name_words``:
"the National Crime Agency", COP) or an armed one (``military_name_words``, MIL). Split from
``describe.py`` (issue 14 round 29, branch q60), which reads them.
"""

from __future__ import annotations

from detente.quotes.rolewords import VOCABULARY
from detente.resources import word_list

__all__ = ["OFFICE_NOUNS", "government_office", "named_office"]

OFFICE_NOUNS = word_list("quotes", VOCABULARY, "office_nouns")
NAMED_OFFICES = word_list("quotes", VOCABULARY, "named_offices")
POLICE_NAME_WORDS = word_list("quotes", VOCABULARY, "police_name_words")
MILITARY_NAME_WORDS = word_list("quotes", VOCABULARY, "military_name_words")
GOVERNMENT_LEVELS = word_list("quotes", VOCABULARY, "government_levels")


def government_office(doc, tokens: list[int]) -> tuple[str, str] | None:
    """An office of a level of government no role word names ("the county parks office",
    "the tribal historic preservation office", "a federal highways agency"): GOV."""
    have = set(tokens)
    for i in tokens:
        if doc[i].lower_ not in OFFICE_NOUNS:
            continue
        words = [t for t in doc[i].subtree if t.i < i and t.i in have]
        level = next((t for t in words if t.lower_ in GOVERNMENT_LEVELS), None)
        if level is not None:
            return "GOV", f"office:{level.lower_} {doc[i].lower_}"
    return named_office(doc, tokens)


def named_office(doc, tokens: list[int]) -> tuple[str, str] | None:
    """A named government body the person is of ("Jo Roe of the UK's Environment Agency",
    "of the Ministry of Health"): the body's last office word, capitalised, closing or opening
    a capitalised name: GOV, or COP when a police word is in the name ("National Crime
    Agency"), MIL when an armed one is ("Navy Information Agency"); None otherwise."""
    have = set(tokens)
    for i in tokens:
        token = doc[i]
        if token.lower_ not in NAMED_OFFICES or not token.is_title or token.ent_type_ == "PERSON":
            continue
        before = doc[i - 1] if i > 0 else None
        after = doc[i + 2] if i + 2 < len(doc) and doc[i + 1].lower_ == "of" else None
        if before is not None and before.is_title and before.i in have:
            run = [before]
            while run[0].i > 0 and doc[run[0].i - 1].is_title and doc[run[0].i - 1].i in have:
                run.insert(0, doc[run[0].i - 1])
        elif after is not None and after.is_title and after.i in have:
            run = [after]  # "the Ministry of Health"
        else:
            continue
        police = next((t.lower_ for t in run if t.lower_ in POLICE_NAME_WORDS), None)
        if police is not None:
            return "COP", f"office:named {token.lower_}>{police}"
        armed = next((t.lower_ for t in run if t.lower_ in MILITARY_NAME_WORDS), None)
        if armed is not None:  # "the Navy Information Agency"
            return "MIL", f"office:named {token.lower_}>{armed}"
        return "GOV", f"office:named {token.lower_}"
    return None
