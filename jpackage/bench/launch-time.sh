#!/usr/bin/env bash
# Launch-to-first-frame harness: starts the built workstation N times with --smoke (it exits once the first frame
# showing the replayed book is drawn, printing that moment as epoch ms) and prints, per run, the time from the launch
# command to that frame. Needs a display (e.g. Xvfb :99 and DISPLAY=:99).
#   jpackage/bench/launch-time.sh image [runs]       the app-image built by `mvn package` (jpackage/target/dist)
#   jpackage/bench/launch-time.sh installed [runs]   the installed package: /opt/osprey/bin/Osprey
#   jpackage/bench/launch-time.sh maven [runs]       the README's launch command (Maven startup included)
# The runs use their own data directory (/tmp/osprey-bench-data), not the user's. FRESH=1 (image and installed
# only) makes every run a trader's very first start: no data directory yet, and no JavaFX native-library cache.
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=${1:-image}
runs=${2:-10}
data=/tmp/osprey-bench-data
fxcache=/tmp/osprey-bench-fxcache
case "$mode" in
  image) launcher=jpackage/target/dist/Osprey/bin/Osprey ;;
  installed) launcher=/opt/osprey/bin/Osprey ;;
  maven) launcher= ;;
  *) echo "usage: $0 image|installed|maven [runs]" >&2; exit 2 ;;
esac
for i in $(seq 1 "$runs"); do
  if [ "${FRESH:-0}" = 1 ]; then
    rm -rf "$data" "$fxcache"
  fi
  start=$(date +%s%3N)
  if [ "$mode" = maven ]; then
    out=$(mvn -q -o -pl app -am package -DskipTests -Dlaunch -Dosprey.args="--smoke --data-dir $data" 2>&1 \
      | grep "first frame")
  else
    out=$(JAVA_TOOL_OPTIONS="-Djavafx.cachedir=$fxcache" "$launcher" --smoke --data-dir "$data" 2>&1 \
      | grep "first frame")
  fi
  frame=$(echo "$out" | sed 's/.*epoch ms \([0-9]*\).*/\1/')
  echo "run $i: launch -> first frame with the book $((frame - start)) ms ($out)"
done
