#!/usr/bin/env bash
# Writes actplot's man pages into OUTDIR: actplot.1 and one page per subcommand
# (actplot.plot.1, actplot.list.1, ...), generated from the command-line help by
# swift-argument-parser's generate-manual plugin, then made ready for man and lintian:
# the footer names the version from VERSION, blank lines become paragraph breaks (.Pp),
# minus signs in text stay minus signs (\-) so examples can be copied, a subcommand's page
# names itself actplot.plot for whatis, and the page of the built-in `help` subcommand is left
# out, with its cross-reference.
#
# The date is SOURCE_DATE_EPOCH's when set, else the last commit's, so the same commit
# gives the same pages. The plugin builds the package in debug mode, in the same folder as
# `swift build` and `swift test`, so it never relinks the release binary.
#
# Usage: scripts/man-pages.sh OUTDIR        (make man runs it)
set -euo pipefail
out=$1
root="$(cd "$(dirname "$0")/.." && pwd)"
version=$(tr -d '[:space:]' < "$root/VERSION")
if [[ -n ${SOURCE_DATE_EPOCH:-} ]]; then
    date=$(date -u -d "@$SOURCE_DATE_EPOCH" +%F)
else
    date=$(git -C "$root" log -1 --format=%cd --date=format:%F 2>/dev/null || date -u +%F)
fi
(cd "$root" && swift package plugin generate-manual --configuration debug --multi-page --date "$date")
generated="$root/.build/plugins/GenerateManual/outputs/actplot"
rm -rf "$out"
mkdir -p "$out"
for page in "$generated"/*.1; do
    name=$(basename "$page")
    [[ $name == actplot.help.1 ]] && continue
    awk -v os="actplot $version" '
        /^\.Os$/ { print ".Os " os; next }
        /^\.Sh / { section = $0 }
        # whatis (lexgrog, lintian) reads one word per name: actplot.plot, as the file is named;
        # the synopsis still reads "actplot plot".
        /^\.Nm "actplot [a-z]+"$/ && section == ".Sh NAME" {
            command = $0
            sub(/^\.Nm "actplot /, ".Nm actplot.")
            sub(/"$/, "")
        }
        /^\.Nm$/ && section == ".Sh SYNOPSIS" && command != "" { print command; next }
        /^\.Xr actplot\.help 1/ { next }
        /^$/ { print ".Pp"; next }
        /^[^.]/ { gsub(/-/, "\\-") }
        { print }
    ' "$page" > "$out/$name"
done
echo "man pages for actplot $version ($date) in $out"
