#!/usr/bin/env bash
# Checks `make install` and `make uninstall` as a user meets them: installs into a temporary
# PREFIX, runs the installed binary, renders every installed man page with `man -l` (no warning
# allowed), lets bash, zsh and fish find the installed completion script where each looks under
# PREFIX and complete `actplot re<TAB>` and friends, then uninstalls and requires PREFIX to be
# empty. Installs man-db, bash-completion, zsh and fish with apt-get when they are missing.
#
# Usage: scripts/check-install.sh        (from .ci/run; prints "N passed, N failed")
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)

missing=()
command -v man > /dev/null || missing+=(man-db)
command -v groff > /dev/null || missing+=(groff-base)
[[ -f /usr/share/bash-completion/bash_completion ]] || missing+=(bash-completion)
command -v zsh > /dev/null || missing+=(zsh)
command -v fish > /dev/null || missing+=(fish)
if ((${#missing[@]})); then
    echo "Installing ${missing[*]} with apt-get"
    $SUDO apt-get update && $SUDO apt-get install -y "${missing[@]}"
fi

work=$(mktemp -d)
prefix="$work/prefix"
mkdir "$prefix"
trap 'rm -rf "$work"' EXIT
passed=0 failed=0
pass() { passed=$((passed + 1)); echo "ok: $*"; }
fail() { failed=$((failed + 1)); echo "FAILED: $*"; }
# check DESCRIPTION EXPECTED ACTUAL
check() { if [[ $2 == "$3" ]]; then pass "$1"; else fail "$1: expected '$2', got '$3'"; fi; }

make install PREFIX="$prefix"
export PATH="$prefix/bin:$PATH" HOME="$work/home" XDG_DATA_DIRS="$prefix/share"
mkdir -p "$HOME"
version=$(tr -d '[:space:]' < VERSION)

# The installed binary runs, says its version and draws a chart.
check "installed binary is the one on PATH" "$prefix/bin/actplot" "$(command -v actplot)"
check "actplot --version" "$version" "$(actplot --version)"
(cd "$work" && actplot relu --range -10:10 -o relu.png > /dev/null)
check "installed binary writes a PNG" $'\x89PNG' "$(head -c 4 "$work/relu.png")"

# Every man page renders without a warning, and the footer carries the version.
pages=("$prefix"/share/man/man1/*.1)
check "man pages: actplot.1 and one per subcommand" \
    "actplot.1 actplot.all.1 actplot.eval.1 actplot.explore.1 actplot.gallery.1 actplot.info.1 actplot.list.1 actplot.plot.1" \
    "$(cd "$prefix/share/man/man1" && echo *.1)"
for page in "${pages[@]}"; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 > "$work/page.txt") || true
    check "man -l ${page##*/} renders without warnings" "" "$warnings"
    grep -q "actplot $version" "$work/page.txt" && pass "${page##*/} names actplot $version" \
        || fail "${page##*/} does not name actplot $version"
done
check "man finds the pages under PREFIX" "$prefix/share/man/man1/actplot.plot.1" \
    "$(MANPATH="$prefix/share/man" man -w actplot.plot)"

# Completions, each found where its shell looks under PREFIX. What each line should offer:
# the first word completes to subcommands and to function names, since plot is the default.
cases=(
    "actplot re|relu relu6"
    "actplot l|leaky_relu linear list logsigmoid"
    "actplot g|gallery gaussian gelu"
    "actplot plot re|relu relu6"
    "actplot relu ta|tanh tanhshrink"
    "actplot relu --ra|--range"
    "actplot list --|--help --json --names --version"
    "actplot eval ge|gelu"
    "actplot eval gelu --f|--format"
    "actplot eval gelu --format |csv json table"
)

bash_complete() {
    bash --norc --noprofile -c '
        source /usr/share/bash-completion/bash_completion
        __load_completion actplot || { echo "bash-completion found no script for actplot"; exit 1; }
        line=$1
        read -ra COMP_WORDS <<< "$line"
        [[ $line == *" " ]] && COMP_WORDS+=("")
        COMP_CWORD=$((${#COMP_WORDS[@]} - 1)) COMP_LINE=$line COMP_POINT=${#line}
        function=$(complete -p actplot | sed -E "s/.* -F ([^ ]+) .*/\1/")
        COMPREPLY=()
        "$function" actplot "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
        printf "%s\n" "${COMPREPLY[@]}"
    ' bash "$1" | sort -u | xargs
}

# zsh completes only at an interactive prompt: drive one through a pseudo-terminal (zpty),
# with compadd wrapped to print each candidate it is given that matches the word.
cat > "$work/complete.zsh" << 'ZSH'
zmodload zsh/zpty
zpty comp zsh -f -i
# Sends a command line and reads until its marker (quoted apart so the echo never matches).
run() {
    local out line
    zpty -w comp "$1; print '<sy''nc>'"
    while true; do
        zpty -r -t comp line 2> /dev/null || { sleep 0.02; continue; }
        out+=$line
        [[ $out == *'<sync>'* ]] && break
    done
    REPLY=$out
}
run "PS1=''; fpath=($1 \$fpath); autoload -Uz compinit; compinit -u -D"
run 'compadd() {
    if (( ${@[(I)-[OAD]*]} )); then builtin compadd "$@"; return; fi
    local -a hits
    builtin compadd -O hits "$@"
    (( $#hits )) && print -rl -- "<cand""idate>"${^hits} > /dev/tty
    builtin compadd "$@"
}'
run "zstyle ':completion:*' menu no; LISTMAX=10000"
zpty -w -n comp "$2"$'\t'
sleep 1
zpty -w -n comp $'\C-u'
run true
zpty -d comp
print -r -- "$REPLY" | tr -d '\r' | grep -ao '<candidate>[^[:space:]]*' | sed 's/<candidate>//'
ZSH
zsh_complete() {
    timeout 60 zsh -f "$work/complete.zsh" "$prefix/share/zsh/site-functions" "$1" | sort -u | xargs
}

fish_complete() {
    fish -c 'complete -C $argv[1]' "$1" | cut -f1 | sort -u | xargs
}

for shell in bash zsh fish; do
    for case in "${cases[@]}"; do
        line=${case%%|*} expected=${case#*|}
        check "$shell completes '$line<TAB>'" "$expected" "$("${shell}_complete" "$line")"
    done
done

make uninstall PREFIX="$prefix"
check "uninstall leaves PREFIX empty" "" "$(cd "$prefix" && find . -mindepth 1 | sort | xargs)"

echo "check-install: $passed passed, $failed failed"
((failed == 0))
