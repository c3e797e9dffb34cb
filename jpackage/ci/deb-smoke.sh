#!/usr/bin/env bash
# The installer test CI runs after the README's test command. As root on Debian or Ubuntu, with Xvfb, xauth,
# fakeroot and dpkg-dev present (.ci/run installs them). It fails at the first step that fails:
#   1. the app-image's runtime has every JDK module the jars need (check-modules.sh)
#   2. builds the .deb (version N) and installs it with apt, which pulls in its Depends (libgtk-3-0 among them); on
#      a machine without a desktop menu (like a bare CI box) it must install all the same, without a menu entry
#   3. gives the machine the folders a desktop's menu system has and reinstalls: the menu entry and icon are in
#      place; the installed binary, run with --smoke under Xvfb in a fresh home, exits 0 after the first frame
#      showing the replayed book, and has set up ~/.local/share/osprey
#   4. upgrade: leaves a marker and an edit in the data directory, builds N+1 with a schema change (a probe migration
#      added for that build only), installs it over N; the marker, the edit and every journal row are still there, the
#      N+1 window has migrated the journal to the probe's version at start, and passes --smoke on that data
#   5. purges the package: the program and its menu entry are gone, the user's data is not
#   jpackage/ci/deb-smoke.sh       from any directory; takes about 3 minutes on 2 cores
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
work=$(mktemp -d /tmp/osprey-deb-smoke.XXXXXX)
made_dirs=()                         # menu folders this script created, removed again at the end
probe=core/src/main/resources/db/migration/V900__Upgrade_probe.sql   # N+1's schema change, this test's only
cleanup() {
  rm -rf "$work"
  rm -f "$root/$probe" "$root/core/target/classes/db/migration/$(basename "$probe")"
  for d in ${made_dirs[@]+"${made_dirs[@]}"}; do rmdir "$d" 2>/dev/null || true; done
}
trap cleanup EXIT

step() { echo "== deb-smoke: $*"; }
fail() { echo "deb-smoke: FAILED: $*" >&2; exit 1; }

app_version=$(sed -n 's:.*<app.version>\([0-9.]*\)</app.version>.*:\1:p' jpackage/pom.xml | head -1)
next_version=$(awk -F. -v OFS=. '{$NF = $NF + 1; print}' <<<"$app_version")
home=$work/home                      # the trader's home: nothing from this machine's own user leaks in
data=$home/.local/share/osprey       # where the app must put its data when nothing says otherwise

build_deb() {                        # $1 version; leaves the .deb at $work/osprey-$1.deb
  local log=$work/build-$1.log
  if ! mvn -B --no-transfer-progress package -DskipTests -Dinstaller=deb -Dapp.version="$1" >"$log" 2>&1 \
      || ! grep -q "BUILD SUCCESS" "$log"; then
    tail -60 "$log" >&2
    fail "building the .deb $1"
  fi
  cp jpackage/target/installer/osprey_"$1"-1_*.deb "$work/osprey-$1.deb"
  echo "built $(basename "$work"/osprey-"$1".deb): $(du -h "$work/osprey-$1.deb" | cut -f1)"
}

install_deb() {                      # $1 version [$2 --reinstall]; apt resolves Depends, refreshing its lists if need be
  local deb=$work/osprey-$1.deb
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends ${2:-} "$deb" >"$work/apt.log" 2>&1 || {
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends ${2:-} "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "installing $1"; }
  }
  [ "$(dpkg-query -W -f='${Version}' osprey)" = "$1-1" ] || fail "dpkg says osprey $(dpkg-query -W -f='${Version}' osprey), not $1-1"
}

journal_info() {                     # the installed binary's read-only look at the user's journal, as one JSON line
  env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 /opt/osprey/bin/Osprey journal-info --data-dir "$data"
}

count() {                            # count NAME JSON: the number after "NAME":
  sed -n "s/.*\"$1\": \([0-9]*\).*/\1/p" <<<"$2"
}

smoke() {                            # the installed binary, as a user would start it, in the test home
  local out=$work/smoke.out
  local code=0
  # timeout inside xvfb-run, so that the virtual display is cleaned up even when the app hangs
  env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 xvfb-run -a -s "-screen 0 1600x1000x24" \
    timeout -k 10 180 /opt/osprey/bin/Osprey --smoke >"$out" 2>&1 || code=$?
  if [ "$code" -ne 0 ] || ! grep -q "first frame showing the book" "$out"; then
    tail -40 "$out" >&2
    fail "/opt/osprey/bin/Osprey --smoke exited $code (124 = timed out)"
  fi
  grep "first frame showing the book" "$out"
}

step "1/5 runtime modules"
jpackage/ci/check-modules.sh

step "2/5 build and install osprey $app_version"
dpkg -s osprey >/dev/null 2>&1 && apt-get purge -y -qq osprey >/dev/null
build_deb "$app_version"
install_deb "$app_version"
grep -q '^Depends:.*libgtk-3-0' <(dpkg-query -s osprey) || fail "libgtk-3-0 is not in Depends"
[ -x /opt/osprey/lib/runtime/bin/java ] && fail "the runtime still carries bin/java (expected --strip-native-commands)"
[ -f /opt/osprey/lib/runtime/release ] || fail "no bundled runtime under /opt/osprey/lib/runtime"

desktop=/usr/share/applications/osprey-Osprey.desktop
if [ ! -d /usr/share/desktop-directories ] || [ ! -d /usr/share/applications ]; then
  echo "no desktop menu on this machine: installed without a menu entry, as it should"
fi

step "3/5 menu entry, icon, first start"
for d in /usr/share/applications /usr/share/desktop-directories; do
  [ -d "$d" ] || { mkdir -p "$d"; made_dirs=("$d" ${made_dirs[@]+"${made_dirs[@]}"}); }
done
install_deb "$app_version" --reinstall
[ -f "$desktop" ] || fail "no menu entry $desktop"
grep -q '^Exec=/opt/osprey/bin/Osprey' "$desktop" || fail "menu entry does not start /opt/osprey/bin/Osprey"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ -s "$icon" ] || fail "menu entry's icon $icon is missing"
mkdir -p "$home"
smoke
for f in config.json journal logs/osprey.log; do
  [ -e "$data/$f" ] || fail "first start did not create $data/$f"
done
grep -q '"mode": "PAPER"' "$data/config.json" || fail "config.json is not the bundled PAPER default"
[ -e "$data/.tips-shown" ] && fail "a --smoke run must not show the first-run tips"
grep -q "starting; data directory $data" "$data/logs/osprey.log" || fail "nothing logged to $data/logs/osprey.log"

step "4/5 upgrade $app_version -> $next_version (with a schema change) keeps the user's data"
before=$(journal_info) || fail "journal-info could not read the journal version $app_version made"
echo "journal made by $app_version: $before"
grep -q '"schemaVersion": "2"' <<<"$before" || fail "version $app_version's journal is not at schema 2"
[ "$(count journal "$before")" -gt 0 ] || fail "the first start journaled nothing"
echo "made by version $app_version" >"$data/journal/upgrade-marker"
sed -i 's/"speed": "[^"]*"/"speed": "3"/' "$data/config.json"
grep -q '"speed": "3"' "$data/config.json" || fail "could not edit config.json for the upgrade test"
cat >"$probe" <<SQL
-- The installer upgrade test's schema change, in its N+1 build only (jpackage/ci/deb-smoke.sh removes this file).
ALTER TABLE orders ADD COLUMN upgrade_probe VARCHAR(32);
CREATE TABLE upgrade_probe (made_by VARCHAR(32) NOT NULL);
INSERT INTO upgrade_probe VALUES ('$next_version');
SQL
build_deb "$next_version"
rm -f "$probe" "core/target/classes/db/migration/$(basename "$probe")"
install_deb "$next_version"
[ "$(cat "$data/journal/upgrade-marker")" = "made by version $app_version" ] || fail "upgrade lost journal/upgrade-marker"
grep -q '"speed": "3"' "$data/config.json" || fail "upgrade replaced the user's config.json"
[ -f "$desktop" ] || fail "the upgrade lost the menu entry"
smoke
after=$(journal_info) || fail "journal-info could not read the journal after the upgrade"
echo "journal after $next_version started on it: $after"
grep -q '"schemaVersion": "900"' <<<"$after" || fail "the $next_version window did not migrate the journal"
for table in journal balances; do
  [ "$(count $table "$after")" -ge "$(count $table "$before")" ] || fail "the upgrade lost rows of $table"
done

step "5/5 purge removes the program and keeps the data"
apt-get purge -y -qq osprey >/dev/null
dpkg -s osprey >/dev/null 2>&1 && fail "osprey is still installed"
[ -e /opt/osprey ] && fail "/opt/osprey is still there"
[ -e "$desktop" ] && fail "the menu entry is still there"
[ -f "$data/config.json" ] && [ -f "$data/journal/upgrade-marker" ] && [ -s "$data/logs/osprey.log" ] \
  && [ -s "$data/journal/osprey.mv.db" ] \
  || fail "uninstalling touched the user's data in $data"
echo "deb-smoke: 5 passed, 0 failed"
