#!/usr/bin/env bash
# Run the whole benchmark suite, twilio vs callbox in the same run, one script at a time
# (never in parallel: the machine has 2 cores and the REST/paging benches use both).
#
#   bash bench/run.sh                 # everything, about 9-10 minutes
#   PYTHON=/path/to/python bash bench/run.sh
#   LIBS=twilio,twilio bash bench/run.sh        # A/A run: the noise floor of the ratios
#   ONLY="twiml signature" bash bench/run.sh    # a subset (names as in the list below)
#
# Text and JSON land in bench/results/<UTC timestamp>/ (git-ignored).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
LIBS="${LIBS:-twilio,callbox}"
ALL="footprint install import first_request twiml twiml_varying signature extra rest paging10k paging50k transport sandbox voice flows console cli"
ONLY="${ONLY:-$ALL}"
OUT="$ROOT/bench/results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"

# Import timings need .pyc files. This workplace sets PYTHONDONTWRITEBYTECODE=1 and an
# editable install is never byte-compiled, so compile callbox's files (into its
# __pycache__, exactly what a normal import would write) and re-check site-packages
# (pip compiled it at install; this only refreshes stale files) with the variable unset.
SITE="$("$PY" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
env -u PYTHONDONTWRITEBYTECODE "$PY" -m compileall -q "$ROOT/callbox" "$SITE" >/dev/null

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "dirty files under callbox/: $(git -C "$ROOT" status --porcelain -- callbox 2>/dev/null | wc -l)"
  echo "python: $PY ($("$PY" -c 'import platform; print(platform.python_version())'))"
  echo "libs: $LIBS"
  echo "loadavg: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/meta.txt"

run() {  # run NAME SCRIPT ARGS...
  local name="$1" script="$2"
  shift 2
  case " $ONLY " in *" $name "*) ;; *) return 0 ;; esac
  echo
  echo "== $name ($LIBS)"
  "$PY" "$script" "$@" --json "$OUT/$name.json" 2>&1 | tee "$OUT/$name.txt"
}

A="$ROOT/bench/anchors"
run footprint     "$A/bench_footprint.py"      --lib "$LIBS"
run install       "$ROOT/bench/bench_install.py"
run import        "$A/bench_import.py"         --lib "$LIBS"
run first_request "$ROOT/bench/bench_first_request.py" --lib "$LIBS"
run twiml         "$A/bench_twiml.py"          --lib "$LIBS"
run twiml_varying "$ROOT/bench/bench_twiml_varying.py" --lib "$LIBS"
run signature     "$A/bench_signature.py"      --lib "$LIBS"
run extra         "$ROOT/bench/bench_extra.py" --lib "$LIBS"
run rest          "$A/bench_rest.py"           --lib "$LIBS"
run paging10k     "$A/bench_paging.py"         --lib "$LIBS" --total 10000 --reps 3
run paging50k     "$A/bench_paging.py"         --lib "$LIBS" --total 50000
run transport     "$ROOT/bench/transport.py"
run sandbox       "$ROOT/bench/bench_sandbox.py"   # callbox only: Twilio's servers are not local
run voice         "$ROOT/bench/bench_voice.py"     # callbox only, as above
run flows         "$ROOT/bench/bench_flows.py"     # flows vs a hand-written Starlette endpoint
run console       "$ROOT/bench/bench_console.py"   # callbox only: the browser console
run cli           "$ROOT/bench/bench_cli.py"       # vs twilio-cli (npm), if installed
echo
echo "results in $OUT"
