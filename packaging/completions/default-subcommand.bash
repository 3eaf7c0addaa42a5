
# actplot's default subcommand is plot: `actplot relu -o relu.png` means
# `actplot plot relu -o relu.png`. swift-argument-parser's script above completes only
# subcommand names after `actplot`, so this wrapper also completes that first word as a
# FUNCTION, and completes every later word as plot's when the first word is not a subcommand.
_actplot_with_default_subcommand() {
    local -r subcommands=' @SUBCOMMANDS@ '
    if (( COMP_CWORD > 1 )) && [[ "${subcommands}" == *" ${COMP_WORDS[1]} "* ]]; then
        _actplot "${@}"
        return
    fi
    if (( COMP_CWORD == 1 )); then
        _actplot "${@}"
    fi
    local -a COMP_WORDS=("${COMP_WORDS[0]}" plot "${COMP_WORDS[@]:1}")
    local -i COMP_CWORD=$((COMP_CWORD + 1))
    local COMP_LINE="${COMP_WORDS[0]} plot${COMP_LINE#"${COMP_WORDS[0]}"}"
    local -i COMP_POINT=$((COMP_POINT + 5))
    _actplot "${1}" "${2}" "${COMP_WORDS[COMP_CWORD - 1]}"
}

complete -o filenames -F _actplot_with_default_subcommand actplot
