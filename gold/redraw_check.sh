#!/bin/bash
# Re-run every draw script of this working tree in the tree of the commit that last wrote its halves
# (a draw leaves out the ids of the gold sets that existed when it ran, so re-run in today's tree a
# script draws other articles once later sets hold some of its pool) and compare the halves it
# writes with that commit's. Usage: bash gold/redraw_check.sh [SCRATCH_DIR]; prints one line a
# script, IDENTICAL or the files that differ. Needs ../shared/data beside the repository (the BBC
# draws read file names there). Written for gold/drawlib.py (round 22, s14).
set -u
REPO=$(cd "$(dirname "$0")/.." && pwd); B=${1:-$(mktemp -d)}; PY=${PYTHON:-python3}
SHARED=$(cd "$REPO/.." && pwd)/shared
while read -r s c; do
  n=$(echo "$s" | tr / _); W=$B/$n; rm -rf "$W"; mkdir -p "$W/repo" "$W/ref"; ln -s "$SHARED" "$W/shared"
  (cd "$REPO" && git archive "$c" gold samples docs) | tar -x -C "$W/repo"
  (cd "$REPO" && git archive "$c" gold) | tar -x -C "$W/ref"
  for f in "$s" gold/drawlib.py gold/dealt.py gold/select.py gold/events/round3/draw.py gold/events/round5/draw.py gold/events/rows/draw.py; do
    if [ "$f" = "$s" ] || [ "$f" = gold/drawlib.py ] || [ "$f" = gold/dealt.py ] || [ -f "$W/repo/$f" ]; then cp "$REPO/$f" "$W/repo/$f"; fi
  done
  (cd "$W/repo" && $PY "$s" > "$W/out.txt" 2>&1)
  d=$(diff -rq --exclude='*.py' --exclude=__pycache__ "$W/ref/gold" "$W/repo/gold")
  echo "$s @$c: ${d:-IDENTICAL}"
done <<LIST
gold/select.py aa66e06
gold/events/round3/draw.py 4400634
gold/events/round4/draw.py e05710d
gold/events/round5/draw.py 00a3c4d
gold/events/round6/draw.py HEAD
gold/events/round8/draw.py 2d601ed
gold/events/round9/draw.py 4af8694
gold/events/round10/draw.py 9c2d918
gold/events/round11/draw.py 14c9705
gold/events/round12/draw.py 74309e5
gold/events/round13/draw.py e1dd0fe
gold/events/round14/draw.py 33c6763
gold/events/round15/draw.py cbf5003
gold/events/rows/draw.py ba93950
gold/events/rows/draw2.py 28a3cb5
gold/events/rows/draw3.py 801a1d9
gold/events/rows/bbc/draw.py HEAD
gold/events/rows/bbc2/draw.py HEAD
gold/events/verifier/draw.py 2ab6863
gold/quotes/extra/draw.py 728df86
gold/quotes/extra2/draw.py 7002043
gold/quotes/extra3/draw.py 35e84bb
gold/quotes/extra4/draw.py 1eb4cae
LIST
