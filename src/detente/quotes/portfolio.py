"""A party's portfolio spokesperson named in person speaks in their own name.

"Liberal Democrat health spokesman Tom Reed", "the Green Party's transport spokeswoman, Ann
Hale": a party's front-bench politician holding a policy area (a portfolio: health, home
affairs, transport) is quoted as that politician, as the gold codes them
(``gold/quotes/NOTES-q70.md``), not as the party, which an unnamed "a Labour health spokesman"
or a press spokesperson of a body ("Kremlin spokesman Dmitry Peskov", "Sea-Eye spokesperson
Carlotta Weibl") speaks for (``bodies.BodyRules._for_body``).
"""

from __future__ import annotations

from detente.quotes.partytable import party_names

MODIFIERS = ("compound", "amod", "nmod", "npadvmod")


def _portfolio_after(words, token, is_body_word) -> bool:
    """``words`` (a name run) is a party's and the common nouns between it and ``token`` are a
    portfolio: no body word ("ministry", "office") among them."""
    if not words:
        return False
    nouns = [t for t in token.doc[words[-1].i + 1:token.i] if t.pos_ == "NOUN"]
    name = " ".join(t.text for t in words)
    return bool(nouns) and not any(is_body_word(t) for t in nouns) and name in party_names()


def party_portfolio(token, is_body_word) -> bool:
    """True when the spokesperson word ``token`` is a party's portfolio title: a party's name, a
    portfolio of common nouns, the word ("Liberal Democrat home affairs spokesman", "the Green
    Party's health spokeswoman"). ``is_body_word`` tells a body noun from a portfolio noun."""
    poss = next((c for c in token.children if c.dep_ == "poss"), None)
    if poss is not None:
        words = [t for t in token.doc[poss.left_edge.i:poss.i + 1] if t.pos_ == "PROPN"]
        return _portfolio_after(words, token, is_body_word)
    mods = [t for t in token.doc[token.left_edge.i:token.i]
            if t.dep_ in MODIFIERS and t.head.i > t.i]
    first = next((t.i for t in mods if t.is_title and t.ent_type_ != "PERSON"), None)
    if first is None:
        return False
    last = first  # the party's name: a run of capitalised words ("Liberal Democrat", "Tory")
    while last + 1 < token.i and token.doc[last + 1].is_title:
        last += 1
    return _portfolio_after(token.doc[first:last + 1], token, is_body_word)
