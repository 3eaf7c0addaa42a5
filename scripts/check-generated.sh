#!/usr/bin/env bash
# Generated files stay true. Regenerates, into a temporary folder, the README's function table
# (from the built binary's catalog, as `make readme` does), CCairo's stubs (from Cairo's and
# fontconfig's headers, scripts/cairo_stubs.py) and the matplotlib fixtures
# (scripts/matplotlib_axes.py, scripts/matplotlib_zoom.py, scripts/matplotlib_relu.py), and fails when a committed file
# differs; checks that Examples/ holds a PNG and an SVG for every catalog function and nothing
# else. Installs matplotlib 3.11.2 with pip when another version is there, since the fixtures
# are that version's decisions.
#
# Usage: scripts/check-generated.sh        (from .ci/run; prints "N passed, N failed")
set -euo pipefail
cd "$(dirname "$0")/.."
passed=0 failed=0
pass() { passed=$((passed + 1)); echo "ok: $*"; }
fail() { failed=$((failed + 1)); echo "FAILED: $*"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

make build
bin=.build/release/actplot

cp README.md "$work/README.md"
$bin list --json | python3 scripts/readme_gallery.py "$work/README.md"
if diff -u README.md "$work/README.md"; then
    pass "README's function table matches the catalog"
else
    fail "README's function table is out of date: run make readme"
fi

expected=$($bin list --names | sed 's/$/.png/; p; s/\.png$/.svg/' | LC_ALL=C sort | xargs)
actual=$(cd Examples && ls | grep -v '^gallery\.png$' | LC_ALL=C sort | xargs)
if [[ $expected == "$actual" ]]; then
    pass "Examples/ has a PNG and an SVG of every catalog function, and nothing else"
else
    fail "Examples/ does not match the catalog: run make examples"
    diff <(tr ' ' '\n' <<< "$expected") <(tr ' ' '\n' <<< "$actual") || true
fi
[[ -s Examples/gallery.png ]] && pass "Examples/gallery.png is there" || fail "Examples/gallery.png is missing"

python3 scripts/cairo_stubs.py > "$work/stubs.c"
cmp Sources/CCairo/stubs.c "$work/stubs.c" \
    && pass "scripts/cairo_stubs.py reproduces Sources/CCairo/stubs.c" \
    || fail "Sources/CCairo/stubs.c differs from what scripts/cairo_stubs.py writes"

if [[ $(python3 -c 'import matplotlib; print(matplotlib.__version__)' 2>/dev/null) != 3.11.2 ]]; then
    python3 -m pip install --quiet matplotlib==3.11.2
fi
python3 scripts/matplotlib_axes.py 1 160 "$work/matplotlib-axes.json"
cmp Tests/ChartTests/Fixtures/matplotlib-axes.json "$work/matplotlib-axes.json" \
    && pass "scripts/matplotlib_axes.py reproduces Tests/ChartTests/Fixtures/matplotlib-axes.json" \
    || fail "Tests/ChartTests/Fixtures/matplotlib-axes.json differs from what its generator writes"
python3 scripts/matplotlib_zoom.py 1 60 "$work/matplotlib-zoom.json"
cmp Tests/HTMLRendererTests/Fixtures/matplotlib-zoom.json "$work/matplotlib-zoom.json" \
    && pass "scripts/matplotlib_zoom.py reproduces Tests/HTMLRendererTests/Fixtures/matplotlib-zoom.json" \
    || fail "Tests/HTMLRendererTests/Fixtures/matplotlib-zoom.json differs from what its generator writes"
python3 scripts/matplotlib_relu.py "$work/matplotlib-relu.png"
for fixture in Tests/ActplotTests/Fixtures/matplotlib-relu.png docs/matplotlib-relu.png; do
    cmp "$fixture" "$work/matplotlib-relu.png" \
        && pass "scripts/matplotlib_relu.py reproduces $fixture" \
        || fail "$fixture differs from what scripts/matplotlib_relu.py writes"
done

echo "check-generated: $passed passed, $failed failed"
((failed == 0))
