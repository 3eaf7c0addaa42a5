#!/usr/bin/env bash
# Prints actplot's completion script for one shell: swift-argument-parser's own, from the built
# binary, followed by packaging/completions/default-subcommand.SHELL, which makes the default
# subcommand complete too (`actplot re<TAB>` offers relu and relu6 beside the subcommands).
#
# Usage: scripts/completion-script.sh BINARY bash|zsh|fish > FILE   (make install and make deb run it)
set -euo pipefail
binary=$1 shell=$2
shim="$(dirname "$0")/../packaging/completions/default-subcommand.$shell"
[[ -f $shim ]] || { echo "completion-script.sh: no shell '$shell' (bash, zsh or fish)" >&2; exit 64; }
# Without bash's "#!/bin/bash" line: the script is sourced, never run (lintian's
# bash-completion-with-hashbang).
generated=$("$binary" --generate-completion-script "$shell" | sed '1{/^#!/d}')
# The subcommands, as the bash script dispatches on them: `    plot|list|info|all|gallery|help)`.
subcommands=$("$binary" --generate-completion-script bash | sed -n 's/^    \([a-z|-]*\))$/\1/p' | head -n 1)
if [[ -z $subcommands || $subcommands != *plot* ]]; then
    echo "completion-script.sh: no subcommand list in swift-argument-parser's bash script" >&2
    exit 1
fi
shim=$(sed "s/@SUBCOMMANDS@/${subcommands//|/ }/" "$shim")
if [[ $shell == zsh ]]; then
    # When zsh autoloads the file, its last block calls _actplot; the shim replaces _actplot,
    # so it goes before that block.
    marker='if [[ "${funcstack[1]}" = _actplot ]]; then'
    if [[ $generated != *"$marker"* ]]; then
        echo "completion-script.sh: swift-argument-parser's zsh script no longer ends as expected" >&2
        exit 1
    fi
    printf '%s%s\n\n%s\n' "${generated%%"$marker"*}" "$shim" "$marker${generated#*"$marker"}"
else
    printf '%s\n%s\n' "$generated" "$shim"
fi
