#!/usr/bin/env bash
# Before and after in one run: an anchor script timing twilio, callbox as it was at REV and
# callbox as it is in the working tree, interleaved, so the ratios are comparable.
#
#   bash bench/compare_revisions.sh REV                      # bench_twiml.py and bench_signature.py
#   bash bench/compare_revisions.sh HEAD~3 bench_twiml.py    # one script
#   bash bench/compare_revisions.sh 575254b,main bench_twiml.py   # several revisions, in order
#   bash bench/compare_revisions.sh 575254b bench_twiml_varying.py   # a script of bench/ that
#                                     # uses the adapters (copied next to the anchors' scripts)
#   PYTHON=/path/to/python bash bench/compare_revisions.sh REV
#   ARGS="--json out.json" bash bench/compare_revisions.sh REV bench_twiml.py  # more arguments
#
# Each REV's package is unpacked as `callbox_before` (`callbox_before2`, ... for the next ones)
# next to a copy of bench/anchors with an adapter for it (the callbox adapter, importing that
# package); nothing in the tree is touched.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
REVS="${1:?usage: compare_revisions.sh REV[,REV...] [script ...]}"
shift
SCRIPTS=("$@")
[ ${#SCRIPTS[@]} -gt 0 ] || SCRIPTS=(bench_twiml.py bench_signature.py)

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
cp -r "$ROOT/bench/anchors" "$TMP/anchors"
LIBS="twilio"
i=1
IFS=, read -r -a REV_LIST <<<"$REVS"
for REV in "${REV_LIST[@]}"; do
  PKG="callbox_before"
  [ "$i" -eq 1 ] || PKG="callbox_before$i"
  mkdir "$TMP/rev$i"
  git -C "$ROOT" archive "$REV" callbox | tar -x -C "$TMP/rev$i"
  mv "$TMP/rev$i/callbox" "$TMP/$PKG"
  sed -e "s/^import callbox\$/import $PKG as callbox/" \
      -e "s/^from callbox\\([ .]\\)/from $PKG\\1/" \
      -e "s/^NAME = f\"callbox /NAME = f\"callbox@$REV /" \
      "$ROOT/bench/anchors/adapters/callbox.py" > "$TMP/anchors/adapters/$PKG.py"
  LIBS="$LIBS,$PKG"
  i=$((i + 1))
done

for script in "${SCRIPTS[@]}"; do
  if [ ! -e "$TMP/anchors/$script" ]; then
    cp "$ROOT/bench/$script" "$TMP/anchors/$script"
  fi
  echo "== $script (twilio, callbox@$REVS, working tree)"
  (cd "$TMP/anchors" && PYTHONPATH="$ROOT:$TMP" "$PY" "$script" --lib "$LIBS,callbox" ${ARGS:-})
done
