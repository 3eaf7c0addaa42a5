
# actplot's default subcommand is plot: `actplot relu -o relu.png` means
# `actplot plot relu -o relu.png`. swift-argument-parser's conditions above read the command
# line through __actplot_tokens; this version of it inserts `plot` when the first word is
# not a subcommand or an option, so later words complete as plot's, and the last line
# completes the first word as a FUNCTION beside the subcommands.
functions --copy __actplot_tokens __actplot_generated_tokens

function __actplot_tokens
    set -l tokens (__actplot_generated_tokens $argv)
    set -l preceding (__actplot_generated_tokens -pc)
    if not contains -- -t $argv
        and test (count $preceding) -ge 2
        and not contains -- $preceding[2] @SUBCOMMANDS@
        and not string match -q -- '-*' $preceding[2]
        set tokens $tokens[1] plot $tokens[2..]
    end
    test (count $tokens) -gt 0; and printf '%s\n' $tokens
end

complete -c 'actplot' -n '__actplot_should_offer_completions_for_positional "actplot" -eq 1' \
    -fa '(complete -C "actplot plot "(commandline -ct))'
