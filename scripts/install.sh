#!/usr/bin/env bash
# `make install` and `make uninstall`. Install copies actplot's release binary, its man pages
# and its bash, zsh and fish completions under ROOT (make passes $(DESTDIR)$(PREFIX)) where
# those tools look, and lists every file it wrote and every folder it made in
# ROOT/share/actplot/install-manifest. Uninstall removes exactly those files, then those
# folders if they are empty, so folders that were there before (/usr/local/bin) stay.
#
# Usage: scripts/install.sh install ROOT BINARY MANDIR COMPLETIONDIR
#        scripts/install.sh uninstall ROOT
set -euo pipefail
action=$1 root=${2%/}
manifest_rel=share/actplot/install-manifest
manifest="$root/$manifest_rel"

uninstall() {
    if [[ ! -f $manifest ]]; then
        echo "install.sh: $manifest is missing: nothing was installed in $root by make install" >&2
        return 1
    fi
    local kind path
    local -a folders=()
    while read -r kind path; do
        case $kind in
        f) rm -f -- "$root/$path" && echo "  removed $root/$path" ;;
        d) folders=("$path" "${folders[@]}") ;;
        esac
    done < "$manifest"
    rm -f -- "$manifest"
    # Made last, removed first: children before parents.
    for path in "${folders[@]}"; do
        rmdir -- "$root/$path" 2>/dev/null || echo "  kept $root/$path (not empty)"
    done
}

# Makes a folder and its missing parents, each one listed in the manifest.
made_folders=()
folder() {
    local path=$1
    [[ -d $root/$path ]] && return
    [[ $path == */* ]] && folder "${path%/*}"
    mkdir -- "$root/$path"
    made_folders+=("$path")
}

case $action in
install)
    binary=$3 mandir=$4 completions=$5
    for file in "$binary" "$mandir/actplot.1" "$completions/actplot.bash" "$completions/actplot.zsh" \
        "$completions/actplot.fish"; do
        [[ -f $file ]] || { echo "install.sh: $file is missing; run make install" >&2; exit 1; }
    done
    # Installing again replaces the earlier installation, so a page that is gone goes too.
    [[ -f $manifest ]] && uninstall > /dev/null
    mkdir -p -- "$root"
    files=()
    put() {  # put MODE SOURCE FOLDER NAME
        folder "$3"
        install -m "$1" -- "$2" "$root/$3/$4"
        files+=("$3/$4")
        echo "  $root/$3/$4"
    }
    put 755 "$binary" bin actplot
    for page in "$mandir"/*.1; do put 644 "$page" share/man/man1 "${page##*/}"; done
    put 644 "$completions/actplot.bash" share/bash-completion/completions actplot
    put 644 "$completions/actplot.zsh" share/zsh/site-functions _actplot
    put 644 "$completions/actplot.fish" share/fish/vendor_completions.d actplot.fish
    folder share/actplot
    {
        for path in "${made_folders[@]}"; do echo "d $path"; done
        for path in "${files[@]}"; do echo "f $path"; done
    } > "$manifest"
    echo "  $manifest (what make uninstall removes)"
    ;;
uninstall)
    uninstall
    ;;
*)
    echo "usage: install.sh install ROOT BINARY MANDIR COMPLETIONDIR | uninstall ROOT" >&2
    exit 64
    ;;
esac
