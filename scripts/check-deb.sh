#!/usr/bin/env bash
# Checks `make deb` as a Debian user meets the package: builds it (twice, the same bytes),
# runs lintian on it (no error, no warning), installs it with `apt-get install ./actplot_*.deb`,
# draws a chart and opens a man page with what it installed, then purges it and checks that
# nothing of it is left. Installs lintian and fish with apt-get when they are missing.
#
# Usage: scripts/check-deb.sh        (from .ci/run, as root or through sudo; prints "N passed, N failed")
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
missing=()
command -v lintian > /dev/null || missing+=(lintian)
command -v fish > /dev/null || missing+=(fish)
if ((${#missing[@]})); then
    echo "Installing ${missing[*]} with apt-get"
    $SUDO apt-get update && $SUDO apt-get install -y "${missing[@]}"
fi

passed=0 failed=0
pass() { passed=$((passed + 1)); echo "ok: $*"; }
fail() { failed=$((failed + 1)); echo "FAILED: $*"; }
check() { if [[ $2 == "$3" ]]; then pass "$1"; else fail "$1: expected '$2', got '$3'"; fi; }

version=$(tr -d '[:space:]' < VERSION)
deb="actplot_${version}_$(dpkg --print-architecture).deb"
work=$(mktemp -d)
cleanup() {
    rm -rf "$work"
    if dpkg -s actplot > /dev/null 2>&1; then $SUDO apt-get purge -y actplot > /dev/null; fi
}
trap cleanup EXIT

rm -f "$deb"
make deb
cp "$deb" "$work/first.deb"
rm -f "$deb"
make deb
cmp -s "$deb" "$work/first.deb" && pass "make deb twice gives the same bytes" || fail "make deb is not reproducible"

# Lintian with pedantic and informational tags shown; errors and warnings fail the check.
lintian --pedantic --info --display-experimental "$deb" 2>&1 | grep -v "running with root privileges" \
    | tee "$work/lintian.txt" || true
check "lintian: no error or warning" "" "$(grep -E '^[EW]: ' "$work/lintian.txt" || true)"

if dpkg -s actplot > /dev/null 2>&1; then
    fail "actplot was already installed from a package; purge it first"
fi
$SUDO apt-get install -y "./$deb" || { $SUDO apt-get update && $SUDO apt-get install -y "./$deb"; }
check "dpkg installed actplot $version" "install ok installed $version" \
    "$(dpkg-query -W -f '${Status} ${Version}' actplot)"
check "/usr/bin/actplot --version" "$version" "$(/usr/bin/actplot --version)"
(cd "$work" && /usr/bin/actplot gelu silu --range -4:3 -o chart.png > /dev/null \
    && /usr/bin/actplot tanh -o chart.pdf > /dev/null)
check "the installed binary draws a PNG" $'\x89PNG' "$(head -c 4 "$work/chart.png")"
check "the installed binary draws a PDF" "%PDF" "$(head -c 4 "$work/chart.pdf")"
check "man finds actplot.plot(1)" "/usr/share/man/man1/actplot.plot.1.gz" "$(man -w actplot.plot)"
warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings actplot 2>&1 > /dev/null) || true
check "man actplot renders without warnings" "" "$warnings"
for file in /usr/share/bash-completion/completions/actplot /usr/share/zsh/vendor-completions/_actplot \
    /usr/share/fish/vendor_completions.d/actplot.fish /usr/share/doc/actplot/copyright; do
    [[ -s $file ]] && pass "installed $file" || fail "missing $file"
done
check "fish, with the package's completion, completes 'actplot re<TAB>'" "relu relu6" \
    "$(HOME="$work" fish -c 'complete -C "actplot re"' 2>/dev/null | cut -f1 | sort -u | xargs)"

$SUDO apt-get purge -y actplot
check "purge leaves no file of the package" "" \
    "$(ls /usr/bin/actplot /usr/share/man/man1/actplot* /usr/share/doc/actplot 2>/dev/null || true)"
check "dpkg no longer knows actplot" "" "$(dpkg-query -W -f '${Status}' actplot 2>/dev/null | grep installed || true)"

echo "check-deb: $passed passed, $failed failed"
((failed == 0))
