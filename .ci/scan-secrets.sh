#!/usr/bin/env bash
# Scans what the full test run left under the repository for the fixed test keys, secrets and passwords listed in
# .ci/test-secrets.txt (issue 7: "a scan of logs and journals after a full test run finds no key or secret").
#
# What is scanned, and why that is the whole log: the test configurations (logback-test.xml) log to the console, and
# Surefire keeps each test class's stdout and stderr in its report, target/surefire-reports/TEST-*.xml
# (<system-out>/<system-err>, for passing tests too), next to the per-class summaries (*.txt) and any crash dumps
# (*.dump, *.dumpstream). So the reports hold every log line of the run without redirectTestOutputToFile, which would
# take the log off CI's console. Also scanned: any *.log, *.mv.db (H2 journals), *.jsonl and *.txt under a target/
# folder, e.g. journals or logs a test writes outside its JUnit @TempDir (those are deleted after each test, and
# the in-run tests SecretsStayOutOfLogsTest and KeysStayOutOfLogsTest read them before they go). target/classes and
# target/test-classes are not scanned: they are the compiled sources and copied resources, not output of the run.
#
# Usage: .ci/scan-secrets.sh            scan the test run's output under the repository
#        .ci/scan-secrets.sh PATH...    scan these files or folders (all files in them) instead, e.g. a saved console
#                                       log (mvn ... | tee run.log)
# Prints each hit as file:line:secret and a one-line summary; exits 1 on any hit, 2 when there is nothing to scan
# (no test run yet: a scan of nothing proves nothing), 0 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

list=.ci/test-secrets.txt
secrets=$(mktemp)
files=$(mktemp)
trap 'rm -f "$secrets" "$files"' EXIT

# Comments and blank lines out: an empty pattern would match every line.
grep -v -e '^#' -e '^[[:space:]]*$' "$list" > "$secrets" || true
checked=$(wc -l < "$secrets")
if [ "$checked" -eq 0 ]; then
  echo "scan-secrets: no secrets listed in $list" >&2
  exit 2
fi

if [ $# -gt 0 ]; then
  for path in "$@"; do
    [ -e "$path" ] || { echo "scan-secrets: no such file or folder: $path" >&2; exit 2; }
  done
  find "$@" -type f -print0 > "$files"
else
  find . -path ./.git -prune -o -type d \( -path '*/target/classes' -o -path '*/target/test-classes' \) -prune \
    -o -type f -path '*/target/*' \( -path '*/target/surefire-reports/*' -o -path '*/target/failsafe-reports/*' \
    -o -name '*.log' -o -name '*.mv.db' -o -name '*.jsonl' -o -name '*.txt' \) -print0 > "$files"
fi
scanned=$(tr -cd '\0' < "$files" | wc -c)
if [ "$scanned" -eq 0 ]; then
  echo "scan-secrets: nothing to scan (run the tests first)" >&2
  exit 2
fi

# -a: journals are binary; -o: print the secret found, not the whole (possibly long) line.
hits=$(xargs -0 grep -H -n -a -o -F -f "$secrets" -- < "$files" || true)
if [ -n "$hits" ]; then
  echo "$hits"
  count=$(printf '%s\n' "$hits" | wc -l)
  echo "scan-secrets: FAILED: $count hits; $scanned files scanned, $checked secrets checked"
  exit 1
fi
echo "scan-secrets: clean: $scanned files scanned, $checked secrets checked"
