
# actplot's default subcommand is plot: `actplot relu -o relu.png` means
# `actplot plot relu -o relu.png`. swift-argument-parser's _actplot above completes only
# subcommand names after `actplot`; the _actplot defined here keeps it as __actplot_generated and
# also completes that first word as a FUNCTION, and every later word as plot's when the first
# word is not a subcommand.
functions[__actplot_generated]="${functions[_actplot]}"

_actplot() {
    local -ar subcommands=(@SUBCOMMANDS@)
    if (( CURRENT > 2 && ${subcommands[(Ie)${words[2]}]} )); then
        __actplot_generated "${@}"
        return
    fi
    local -i ret=1
    if (( CURRENT == 2 )); then
        __actplot_generated "${@}" && ret=0
    fi
    words=("${words[1]}" plot "${words[@]:1}")
    (( CURRENT++ ))
    __actplot_generated "${@}" && ret=0
    return "${ret}"
}
