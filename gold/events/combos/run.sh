#!/bin/bash
# The combos grid (gold/events/combos/RULE.md). From the repository root:
#   bash gold/events/combos/run.sh tune  OUTDIR TRIGGER RELAXED   # e.g. tune OUT/s2 0.9 off
#     codes the own tune halves with the switches (verifier off), caches the rows, prints pooled tune figures
#     at cut 0 (verifier off) and the CV figures at 0.16 / 0.25, and PLOVER dev micro F1 per verifier setting
#   bash gold/events/combos/run.sh tune-eval OUTDIR TRIGGER RELAXED VERIFIER   # the evaluator's own tune sums
#   bash gold/events/combos/run.sh check OUTDIR TRIGGER RELAXED VERIFIER   # e.g. check OUT/c1 off off off
#     every check / held-out half with the switches (the real verifier), one report per set, and their sums
# The argument model stays as semantics.yaml ships it unless DETENTE_ARGUMENT_MODEL(_SIDES) is set by the caller.
MODE=$1; O=$2; TRIG=${3:-off}; REL=${4:-off}; VER=${5:-off}; mkdir -p "$O"
PY=${PY:-/work/main/.venv/bin/python}; SH=${SH:-../shared/data}
export PYTHONPATH=$PWD/src DETENTE_TRIGGER_MODEL=$TRIG DETENTE_RELAXED=$REL
D() { "$PY" -c "import sys; from detente.cli import main; sys.argv[0]='detente'; sys.exit(main())" "$@"; }
if [ "$MODE" = tune ]; then
  export DETENTE_ROW_VERIFIER=off
  "$PY" -m detente.events.verifier_train --cv --cache "$O/rows.json" > "$O/cv.txt" 2>&1
  "$PY" gold/events/combos/pooled.py "$O/rows.json" 0.16 0.25 | tee "$O/pooled.txt"
  for v in off 0.16 0.25; do
    DETENTE_ROW_VERIFIER=$v D evaluate events --gold "$SH/events/PLOVER_GSR_CAMEO.json" > "$O/plover_$v.txt" 2>&1
    echo "PLOVER dev (verifier $v): $(grep -E '^- dev_micro_(precision|recall|f1)' "$O/plover_$v.txt" | tr '\n' ' ')"
  done | tee "$O/plover_dev.txt"
elif [ "$MODE" = tune-eval ]; then
  # a cross-check of the tune figures with the evaluator itself (verifier setting VERIFIER, in-sample when on):
  # the same reports as check mode, of which only the tune / dev halves' sums are printed
  export DETENTE_ROW_VERIFIER=$VER
  D evaluate events --gold gold/events/ > "$O/own.txt" 2>&1
  for r in round2 round3 round4 round5 round6 round8 round9 round10 round11 round12 round13; do
    D evaluate events --gold gold/events/$r/ > "$O/$r.txt" 2>&1; done
  "$PY" gold/events/combos/sums.py --tune "$O" | tee "$O/tune_sums.txt"
elif [ "$MODE" = check ]; then
  export DETENTE_ROW_VERIFIER=$VER
  D evaluate events --gold gold/events/ > "$O/own.txt" 2>&1
  for r in round2 round3 round4 round5 round6 round8 round9 round10 round11 round12 round13 round14; do
    D evaluate events --gold gold/events/$r/ > "$O/$r.txt" 2>&1; done
  D evaluate events --gold "$SH/events/PLOVER_GSR_CAMEO.json" > "$O/plover.txt" 2>&1
  "$PY" gold/events/combos/sums.py "$O" | tee "$O/sums.txt"
else
  echo "usage: run.sh tune|check OUTDIR TRIGGER RELAXED [VERIFIER]"; exit 2
fi
