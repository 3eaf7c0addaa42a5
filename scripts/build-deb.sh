#!/usr/bin/env bash
# `make deb`: builds actplot_VERSION_ARCH.deb with dpkg-deb from what `make install` installs:
# the release binary (stripped), the man pages (gzipped), the bash, zsh and fish completions,
# and under /usr/share/doc/actplot the README, the copyright file (packaging/debian/copyright,
# machine-readable, Apache-2.0) and a Debian-format changelog made from CHANGELOG.md.
# Depends is dpkg-shlibdeps' answer for the binary, plus libcairo2 and libfontconfig1 (opened
# when first drawn with) and fonts-dejavu-core (the face the charts are drawn in); packaging/debian/control.in recommends python-matplotlib-data (matplotlib's own
# faces for math in labels) and suggests the packages math falls back to without it. The version is VERSION's; with no Debian revision it is a native package, so
# the changelog is changelog.gz. Timestamps are SOURCE_DATE_EPOCH's, else the last commit's,
# so the same commit gives the same package.
#
# Lintian, as `scripts/check-deb.sh` runs it, reports no error and no warning for this layout.
# Notes on what it would otherwise say:
# - the binary is stripped here, as dh_strip would (unstripped-binary-or-object);
# - zsh's completion goes to /usr/share/zsh/vendor-completions, the folder Debian's zsh reads
#   for packages (site-functions is for the local administrator);
# - md5sums are written, as dh_md5sums would (no-md5sums-control-file).
#
# Usage: scripts/build-deb.sh BINARY MANDIR COMPLETIONDIR OUTDIR
set -euo pipefail
binary=$1 mandir=$2 completions=$3 outdir=$4
root="$(cd "$(dirname "$0")/.." && pwd)"
version=$(tr -d '[:space:]' < "$root/VERSION")
arch=$(dpkg --print-architecture)
maintainer=${DEB_MAINTAINER:-"actplot maintainers <maintainers@users.noreply.r-seed-acd63123.example>"}
epoch=${SOURCE_DATE_EPOCH:-$(git -C "$root" log -1 --format=%ct 2>/dev/null || date +%s)}
name="actplot_${version}_${arch}"
stage="$root/.build/deb/$name"

umask 022
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$outdir"

install -D -m 755 "$binary" "$stage/usr/bin/actplot"
strip --strip-unneeded --remove-section=.comment --remove-section=.note "$stage/usr/bin/actplot"

mkdir -p "$stage/usr/share/man/man1"
for page in "$mandir"/*.1; do
    gzip -9n < "$page" > "$stage/usr/share/man/man1/${page##*/}.gz"
done

install -D -m 644 "$completions/actplot.bash" "$stage/usr/share/bash-completion/completions/actplot"
install -D -m 644 "$completions/actplot.zsh" "$stage/usr/share/zsh/vendor-completions/_actplot"
install -D -m 644 "$completions/actplot.fish" "$stage/usr/share/fish/vendor_completions.d/actplot.fish"

doc="$stage/usr/share/doc/actplot"
install -D -m 644 "$root/README.md" "$doc/README.md"
install -m 644 "$root/packaging/debian/copyright" "$doc/copyright"

# CHANGELOG.md in Debian's format: one entry per "## VERSION (YYYY-MM-DD)", one item per
# paragraph or bullet, wrapped to 78 columns, Markdown's backticks dropped. Each entry is dated
# noon UTC of its day less a minute per newer entry, so that versions released on one day still
# have dates that go down the file, as Debian requires.
awk -v maintainer="$maintainer" '
    function flush() {
        if (item == "") return
        gsub(/`/, "", item)
        n = split(item, words, " ")
        line = "  *"
        for (i = 1; i <= n; i++) {
            if (length(line) + 1 + length(words[i]) > 78) { print line; line = "   " }
            line = line " " words[i]
        }
        print line
        item = ""
    }
    function close_entry() {
        flush()
        if (entry) {
            cmd = "LC_ALL=C date -u -R -d \"" date " 12:00 UTC " (newer + 0) " minutes ago\""
            newer++
            cmd | getline stamp
            close(cmd)
            print ""
            print " -- " maintainer "  " stamp
            print ""
        }
    }
    /^## / {
        close_entry()
        version = $2
        date = $3
        gsub(/[()]/, "", date)
        printf "actplot (%s) unstable; urgency=medium\n\n", version
        entry = 1
        next
    }
    !entry { next }
    /^- / { flush(); item = substr($0, 3); next }
    /^$/ { flush(); next }
    { sub(/^ +/, ""); item = (item == "" ? $0 : item " " $0) }
    END { close_entry() }
' "$root/CHANGELOG.md" | sed '$ d' | gzip -9n > "$doc/changelog.gz"

# Depends: the shared libraries the binary links, as dpkg-shlibdeps resolves them to packages.
shlibs=$(mktemp -d)
trap 'rm -rf "$shlibs"' EXIT
mkdir "$shlibs/debian"
printf 'Source: actplot\n\nPackage: actplot\nArchitecture: any\n' > "$shlibs/debian/control"
depends=$(cd "$shlibs" && dpkg-shlibdeps -O -e"$stage/usr/bin/actplot" | sed -n 's/^shlibs:Depends=//p')
[[ -n $depends ]] || { echo "build-deb.sh: dpkg-shlibdeps found no dependency" >&2; exit 1; }
# Cairo and fontconfig are opened when a chart is first drawn with them (dlopen, in
# Sources/CCairo/loader.c), which dpkg-shlibdeps cannot see: named here, with the oldest Cairo
# whose functions actplot calls.
opened="libcairo2 (>= 1.16), libfontconfig1"

installed_size=$(du -sk --apparent-size "$stage/usr" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@MAINTAINER@/$maintainer/" \
    -e "s/@INSTALLED_SIZE@/$installed_size/" -e "s/@DEPENDS@/$depends, $opened, fonts-dejavu-core/" \
    "$root/packaging/debian/control.in" > "$stage/DEBIAN/control"
(cd "$stage" && find usr -type f | LC_ALL=C sort | xargs md5sum > DEBIAN/md5sums)
chmod 644 "$stage/DEBIAN/control" "$stage/DEBIAN/md5sums"

find "$stage" -exec touch -h -d "@$epoch" {} +
SOURCE_DATE_EPOCH=$epoch dpkg-deb --root-owner-group -Zxz --build "$stage" "$outdir/$name.deb"
