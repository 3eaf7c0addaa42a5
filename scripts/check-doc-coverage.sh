#!/usr/bin/env bash
# Every public symbol of the given modules has a summary: dumps the package's symbol graphs
# (`swift package dump-symbol-graph`, public symbols, no synthesized members, no inherited
# docs) and lists, as FILE:LINE, each public symbol whose own doc comment is missing or empty.
# Fails when there is one. Run it again after changing a library's public API.
#
# Usage: scripts/check-doc-coverage.sh MODULE...     (make docs-coverage)
set -euo pipefail
cd "$(dirname "$0")/.."
(($#)) || { echo "usage: check-doc-coverage.sh MODULE..." >&2; exit 64; }
# dump-symbol-graph needs every module built, test modules included, or it stops on the first
# it finds missing (as in a fresh clone).
swift build --build-tests >/dev/null 2>&1 || swift build --build-tests
log=$(swift package dump-symbol-graph --skip-synthesized-members --skip-inherited-docs --minimum-access-level public 2>&1) \
    || { echo "$log" >&2; exit 1; }
folder=$(sed -n 's/^Files written to //p' <<< "$log" | tail -n 1)
[[ -d $folder ]] || { echo "$log" >&2; echo "check-doc-coverage.sh: no symbol graphs found" >&2; exit 1; }
python3 - "$folder" "$@" << 'PY'
import glob, json, os, sys

folder, modules = sys.argv[1], sys.argv[2:]
root = os.getcwd() + "/"
missing, total = [], 0
for module in modules:
    # Module.symbols.json, plus Module@Other.symbols.json for extensions of other modules' types.
    paths = glob.glob(os.path.join(folder, module + ".symbols.json")) + \
        glob.glob(os.path.join(folder, module + "@*.symbols.json"))
    if not paths:
        sys.exit(f"check-doc-coverage.sh: no symbol graph for module {module}")
    for path in paths:
        for symbol in json.load(open(path))["symbols"]:
            location = symbol.get("location")
            if location is None:  # made by the compiler, such as a raw-value enum's init(rawValue:)
                continue
            total += 1
            lines = [line["text"] for line in symbol.get("docComment", {}).get("lines", [])]
            if not any(text.strip() for text in lines):
                file = location["uri"].removeprefix("file://").removeprefix(root)
                line = location["position"]["line"] + 1
                name = ".".join(symbol["pathComponents"])
                missing.append(f"{file}:{line}: {symbol['kind']['displayName'].lower()} {name} has no summary")
for entry in sorted(missing):
    print(entry)
print(f"doc coverage of {', '.join(modules)}: {total - len(missing)} of {total} public symbols have a summary")
sys.exit(1 if missing else 0)
PY
