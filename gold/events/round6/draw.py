"""Draw the exhaustive event gold set of issue 13, round 6 of this session, and split it before
anyone reads it.

Run once (``python gold/events/round6/draw.py``). 16 Current Events items of the bundled sample
corpus (``samples/wcep_2003_2025/``) that no gold set holds and that no earlier round has read:
every article id written in any file under ``gold/`` (this folder aside, round 5's own folder
included) and the round-5 review ids (``docs/accuracy/events-round5-sample.txt``) are left out.
Of 2,271 sample items only 96 are left; the 14 Wikinews ones hold no political word except two
articles of 15,000 and 30,000 characters, so none is taken. An item qualifies when its Portal
section (``category``) is a political one (``CATEGORIES``) and it holds at least one interaction
word (``INTERACTION`` below): 25 items. They are ranked by the number of interaction words,
ties broken by a seeded shuffle; the top 16 are taken. The split is by a hash of the id alone:
the 8 ids with the smallest SHA-256 digest form ``tune`` (tuned on), the other 8 ``check``
(aggregates read only).
Writes ``{tune,check}.articles.jsonl`` (id, half, date, title, text).
"""

from __future__ import annotations

import hashlib
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parents[1]))  # last: gold/select.py shadows no stdlib module
from drawlib import GOLD, WCEP, WIKINEWS, load, outside, review_ids, split, write_half, written_ids  # noqa: E402

SEED = 13_2026_12_05_6
SIZE = 16
CATEGORIES = {"Politics and elections", "Armed conflicts and attacks", "Armed conflict and attacks",
              "International relations"}
INTERACTION = re.compile(
    r"\b(arrest\w*|kill\w*|attack\w*|bomb\w*|sanction\w*|agree\w*|meet\w*|met|visit\w*|talks|"
    r"protest\w*|charg\w*|sentenc\w*|condemn\w*|accus\w*|urg\w*|warn\w*|threat\w*|sign\w*|deal|"
    r"aid|expel\w*|releas\w*|detain\w*|ban\w*|strikes?|clash\w*|invad\w*|troops|criticiz\w*|"
    r"criticis\w*|reject\w*|refus\w*|sue[sd]?|lawsuit|investigat\w*|raid\w*|seiz\w*|impos\w*|"
    r"demand\w*|fire[sd]?|shot|shoot\w*|jail\w*|convict\w*|extradit\w*|withdr[ae]w\w*)\b",
    re.I,
)


def digest(article_id: str) -> str:
    return hashlib.sha256(article_id.encode("utf-8")).hexdigest()


def used_ids() -> set[str]:
    """Every article id written in any file under gold/ (this folder aside) and the round-5 review ids."""
    return written_ids(f for f in sorted(GOLD.rglob("*")) if f.is_file() and outside(HERE)(f)) | review_ids()


def main() -> None:
    rng = random.Random(SEED)
    used = used_ids()
    fresh = [a for path in (WIKINEWS, WCEP) for a in load(path) if a["id"] not in used]
    act = {a["id"]: len(INTERACTION.findall(a["text"])) for a in fresh}
    pool = [a for a in fresh if a.get("category") in CATEGORIES and act[a["id"]] >= 1]
    rng.shuffle(pool)
    pool.sort(key=lambda a: -act[a["id"]])
    drawn = pool[:SIZE]
    print("unused", len(fresh), "qualifying", len(pool), "drawn interaction words",
          [act[a["id"]] for a in drawn])
    ordered = sorted(drawn, key=lambda a: digest(a["id"]))
    for half, articles in split(ordered, SIZE // 2).items():
        path = HERE / f"{half}.articles.jsonl"
        written = write_half(path, half, articles)
        print(path.relative_to(HERE.parents[2]), len(articles), [a["id"] for a in written])


if __name__ == "__main__":
    main()
