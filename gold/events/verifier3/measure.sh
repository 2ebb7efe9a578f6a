#!/bin/bash
# Every events set the round-25 verifier rule reads (gold/events/verifier3/RULE.md), one report per set.
# usage (from the repository root): bash gold/events/verifier3/measure.sh OUTDIR [THRESHOLD|off] [BEFORE_DIR]
#   with BEFORE_DIR (the reports of a run with the verifier off), the rule is applied at the end
#   (gold/events/verifier3/rule.py BEFORE_DIR OUTDIR). One command for both runs and the verdict:
#   bash gold/events/verifier3/measure.sh OUT/off off && bash gold/events/verifier3/measure.sh OUT/on 0.16 OUT/off
# PY defaults to /work/main/.venv/bin/python (the project's shared venv); SH to ../shared/data.
O=$1; T=${2:-off}; B=$3; mkdir -p "$O"
PY=${PY:-/work/main/.venv/bin/python}; SH=${SH:-../shared/data}
export DETENTE_ROW_VERIFIER=$T PYTHONPATH=$PWD/src
D() { "$PY" -c "import sys; from detente.cli import main; sys.argv[0]='detente'; sys.exit(main())" "$@"; }
( D evaluate events --gold gold/events/ > "$O/own.txt" 2>&1
  for r in round2 round3 round4 round5 round6 round8 round9 round10; do
    D evaluate events --gold gold/events/$r/ > "$O/$r.txt" 2>&1; done
  D evaluate rows --judged gold/events/rows/ --new-out "$O/rows_new.jsonl" > "$O/rows.txt" 2>&1
  D evaluate rows --judged gold/events/rows/bbc/ --new-out "$O/bbc_new.jsonl" > "$O/bbc.txt" 2>&1 ) &
( D evaluate events --gold "$SH/events/PLOVER_GSR_CAMEO.json" > "$O/plover.txt" 2>&1
  for r in round11 round12 round13; do D evaluate events --gold gold/events/$r/ > "$O/$r.txt" 2>&1; done
  D evaluate rows --judged gold/events/verifier/ --new-out "$O/ver_new.jsonl" > "$O/ver.txt" 2>&1
  D evaluate rows --judged gold/events/verifier2/ --new-out "$O/ver2_new.jsonl" > "$O/ver2.txt" 2>&1
  D evaluate rows --judged gold/events/rows/bbc2/ --new-out "$O/bbc2_new.jsonl" > "$O/bbc2.txt" 2>&1 ) &
wait
echo "done $O (DETENTE_ROW_VERIFIER=$T)"
if [ -n "$B" ]; then "$PY" gold/events/verifier3/rule.py "$B" "$O" | tee "$O/rule.txt"; fi
