#!/usr/bin/env bash
# Fails if a jar in the app-image needs a JDK module that the image's trimmed runtime lacks (a missing module shows
# up only when that code path runs, e.g. java.net.http for the Binance venue). jdeps lists what each jar's classes
# refer to; the runtime's release file lists what jlink put in. Modules left out on purpose are named below.
#   jpackage/ci/check-modules.sh        after `mvn package` has built jpackage/target/dist
set -euo pipefail
cd "$(dirname "$0")/.."
t=target
release=$t/dist/Osprey/lib/runtime/release
[ -f "$release" ] || { echo "check-modules: no app-image at $t/dist/Osprey (run mvn package first)" >&2; exit 1; }

# Used only by H2 features Osprey does not use: Java-source and script functions, the profiler agent, TCP server
# socket options; and by annotation-only jars. javafx.web, javafx.media, javafx.swing: only TilesFX's map and media
# skins and its helpers' image conversions, which the dashboard's text tiles never call (its tests run without them).
left_out="java.compiler java.instrument java.scripting jdk.net javafx.web javafx.media javafx.swing"

# The app-image runs every jar from the class path, where module-info is ignored. Some jars' module-infos require
# modules jdeps cannot resolve from a class path (TilesFX and its helpers: the JavaFX modules above; rxjava3:
# org.reactivestreams), so it reads copies of every jar without their module-info (also the multi-release ones).
jars=$(mktemp -d)
trap 'rm -rf "$jars"' EXIT
cp "$t"/input/*.jar "$jars"/
for j in "$jars"/*.jar; do
  infos=$(jar tf "$j" | grep -E '(^|/)module-info\.class$' || true)
  [ -n "$infos" ] || continue
  x=$(mktemp -d)
  (cd "$x" && jar xf "$j" && rm -f $infos && jar cf "$j" .)
  rm -rf "$x"
done

needed=$(jdeps --multi-release 17 -s --module-path "$t/jfx-mods" --class-path "$jars/*" "$jars"/*.jar 2>/dev/null \
  | awk '$2 == "->" && $3 ~ /^(java|jdk|javafx)\./ {print $3}' | sort -u)
present=$(sed -n 's/^MODULES="\(.*\)"/\1/p' "$release" | tr ' ' '\n' | sort -u)
missing=()
for m in $needed; do
  grep -qx "$m" <<<"$present" && continue
  [[ " $left_out " == *" $m "* ]] && continue
  missing+=("$m")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "check-modules: the runtime lacks ${missing[*]}; add them to <addModules> in jpackage/pom.xml" >&2
  jdeps --multi-release 17 -s --module-path "$t/jfx-mods" --class-path "$jars/*" "$jars"/*.jar 2>/dev/null \
    | grep -E -- "-> ($(IFS='|'; echo "${missing[*]}"))$" >&2
  exit 1
fi
echo "check-modules: the runtime has every module the jars need ($(wc -w <<<"$present") modules)"
