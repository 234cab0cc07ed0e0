#!/usr/bin/env bash
# Before and after in one run: an anchor script timing twilio, callbox as it was at REV and
# callbox as it is in the working tree, interleaved, so the ratios are comparable.
#
#   bash bench/compare_revisions.sh REV                      # bench_twiml.py and bench_signature.py
#   bash bench/compare_revisions.sh HEAD~3 bench_twiml.py    # one script
#   PYTHON=/path/to/python bash bench/compare_revisions.sh REV
#
# REV's package is unpacked as `callbox_before` next to a copy of bench/anchors with an adapter
# for it (the callbox adapter, importing callbox_before); nothing in the tree is touched.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
REV="${1:?usage: compare_revisions.sh REV [script ...]}"
shift
SCRIPTS=("$@")
[ ${#SCRIPTS[@]} -gt 0 ] || SCRIPTS=(bench_twiml.py bench_signature.py)

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
git -C "$ROOT" archive "$REV" callbox | tar -x -C "$TMP"
mv "$TMP/callbox" "$TMP/callbox_before"
cp -r "$ROOT/bench/anchors" "$TMP/anchors"
sed -e 's/^import callbox$/import callbox_before as callbox/' \
    -e 's/^from callbox\([ .]\)/from callbox_before\1/' \
    -e "s/^NAME = f\"callbox /NAME = f\"callbox@$REV /" \
    "$ROOT/bench/anchors/adapters/callbox.py" > "$TMP/anchors/adapters/callbox_before.py"

for script in "${SCRIPTS[@]}"; do
  echo "== $script (twilio, callbox@$REV, working tree)"
  (cd "$TMP/anchors" && PYTHONPATH="$ROOT:$TMP" "$PY" "$script" --lib twilio,callbox_before,callbox)
done
