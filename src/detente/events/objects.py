"""An object that is an act of the kind a verb's listed objects are (issue 13, round 17).

Many verb entries of ``triggers.tsv`` list the nouns their object may be ("suspend" SANCTION with
aid, loans, credit, assistance ...; "end" CONCEDE with protest, strike, boycott, sit-in ...;
"halt" RETREAT with attacks, shelling, raids ...). When most of the listed nouns that are
triggers themselves are triggers of one type (``act_type``: at least three of them, two thirds
sharing the type), the list names a kind of act, and an object noun the list lacks but whose own
lexicon entry is of that type is an act of that kind ("ended their work stoppage", "halted the
bombardment" when the list misses the noun). The entry then matches as if the noun were listed.
Lists that name things, not acts (ambassadors, borders, troops), have too few trigger nouns and
never back off.
"""

from __future__ import annotations

from collections import Counter

from detente.events.arguments import antecedent
from detente.events.lexicon import Lexicon

MIN_LISTED_ACTS = 3
SHARE = 2 / 3

_types: dict[tuple[int, str], str | None] = {}


def act_type(entry, lexicon: Lexicon) -> str | None:
    """The type most of an object list's trigger nouns share, or None (see the module docstring)."""
    key = (id(lexicon), entry.id)
    if key not in _types:
        counts, listed = Counter(), 0
        for word in entry.requires.words:
            found = {e.type for e in lexicon.triggers.get(("noun", word), ()) if e.type and e.requires is None}
            listed += bool(found)
            counts.update(found)
        top = counts.most_common(1)
        _types[key] = top[0][0] if listed >= MIN_LISTED_ACTS and top[0][1] >= SHARE * listed else None
    return _types[key]


def act_object(token, entries, lexicon: Lexicon):
    """(entry, object token) of the first object-listing entry of ``token`` whose direct object is
    an unlisted act noun of the list's type, or None."""
    objects = [antecedent(c) for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects:
        return None
    for entry in entries:
        req = entry.requires
        if req is None or req.relation != "obj" or req.also or not entry.type or entry.role != "event":
            continue
        kind = act_type(entry, lexicon)
        if kind is None:
            continue
        for obj in objects:
            if obj.pos_ != "NOUN":
                continue
            nouns = lexicon.triggers.get(("noun", obj.lemma_.lower())) or lexicon.triggers.get(("noun", obj.lower_), ())
            if any(e.type == kind and e.requires is None for e in nouns):
                return entry, obj
    return None
