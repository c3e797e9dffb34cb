#!/usr/bin/env bash
# Launch-to-first-frame harness: starts the built workstation N times with --smoke (it exits once the first frame
# showing the replayed book is drawn, printing that moment as epoch ms) and prints, per run, the time from the launch
# command to that frame. Needs a display (e.g. Xvfb :99 and DISPLAY=:99).
#   jpackage/bench/launch-time.sh image [runs]   the app-image built by `mvn package` (jpackage/target/dist)
#   jpackage/bench/launch-time.sh maven [runs]   the README's launch command (Maven startup included)
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=${1:-image}
runs=${2:-10}
for i in $(seq 1 "$runs"); do
  start=$(date +%s%3N)
  if [ "$mode" = maven ]; then
    out=$(mvn -q -o -pl app -am package -DskipTests -Dlaunch -Dosprey.args=--smoke 2>&1 | grep "first frame")
  else
    out=$(jpackage/target/dist/Osprey/bin/Osprey --smoke 2>&1 | grep "first frame")
  fi
  frame=$(echo "$out" | sed 's/.*epoch ms \([0-9]*\).*/\1/')
  echo "run $i: launch -> first frame with the book $((frame - start)) ms ($out)"
done
