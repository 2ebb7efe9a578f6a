"""Type boundaries the PLOVER codebook draws across one trigger (issue 13, round 17).

Troops or police sent to investigate: MOBILIZE is a show or build-up of force (CAMEO 15), the
investigation an ACCUSE 090 (PLOVER INVESTIGATE). A deployment whose purpose infinitive is an
investigating verb (``investigating_purpose.verbs``: "deployed police to investigate the
killings", "sent soldiers to probe the attack") is the investigation launched, not a show of
force: the sentence codes the inner act (``deployed_investigation``) in the deployment's place, as
a body set up to investigate does (``moods.investigating_body``, whose ``bodies`` list the police,
soldiers and delegations too). Police sent to disperse a crowd, troops sent to fight, stay a
deployment. Troops sent to help the victims of a disaster are aid (``relief_deployment``, round 18).
"""

from __future__ import annotations

from dataclasses import replace

from detente.events.lexicon import Lexicon


def deployed_investigation(cand, lexicon: Lexicon):
    """The inner investigating purpose of a troop or police deployment (the candidate to code in
    the deployment's place), or None."""
    if cand.entry.pos != "verb" or cand.entry.cameo != "154" or \
            cand.entry.lemma not in lexicon.semantics["deployments"]["verbs"]:
        return None
    verbs = lexicon.semantics["investigating_purpose"]["verbs"]
    return next((inner for inner in cand.inner if inner.token.head.i == cand.token.i and
                 inner.token.dep_ in ("advcl", "xcomp") and inner.token.lemma_.lower() in verbs), None)


def relief_deployment(cand, lexicon: Lexicon):
    """A troop or police deployment whose purpose is to help the victims of a disaster ("deployed
    troops to help flood victims in X"): the PLOVER codebook's MOBILIZE ambiguity "mobilizing police
    or military forces for disaster relief should be coded as AID" -- the candidate with its entry
    recoded as humanitarian aid (AID 073, rule suffix ``~relief``), or None (issue 13 round 18)."""
    if cand.entry.pos != "verb" or cand.entry.cameo != "154" or \
            cand.entry.lemma not in lexicon.semantics["deployments"]["verbs"]:
        return None
    spec = lexicon.semantics["relief_purpose"]
    for clause in (c for c in cand.token.children if c.dep_ in ("advcl", "xcomp")):
        if clause.lemma_.lower() in spec["verbs"] and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children) \
                and any(t.lemma_.lower() in spec["disasters"] for t in clause.subtree):
            return replace(cand, entry=replace(cand.entry, id=cand.entry.id + "~relief", type="AID", cameo="073"))
    return None

