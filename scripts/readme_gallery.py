"""Rewrite the README's function table from the catalog itself, so it never drifts.

Run: .build/release/actplot list --json | python3 scripts/readme_gallery.py README.md
"""
import json
import sys

START, END = "<!-- gallery:start -->", "<!-- gallery:end -->"


def params(f):
    out = []
    for p in f["parameters"]:
        if "choices" in p:
            out.append(f'`{p["name"]}={"|".join(p["choices"])}` (default {p["default"]})')
        elif p["default"] is None:
            out.append(f'`{p["name"]}` (unset)')
        else:
            d = p["default"]
            out.append(f'`{p["name"]}={int(d) if float(d).is_integer() else d}`')
    return ", ".join(out) or "—"


def main():
    path = sys.argv[1]
    catalog = json.load(sys.stdin)
    rows = ["| | function | f(x) | f′(x) | parameters | source |", "|---|---|---|---|---|---|"]
    for f in catalog:
        name = f["name"]
        aliases = ", ".join(f["aliases"])
        label = f"**{name}**" + (f"<br>({aliases})" if aliases else "")
        esc = lambda s: s.replace("|", "\\|")
        rows.append(
            f'| <img src="Examples/{name}.png" width="160" alt="{name}"> | {label} | {esc(f["formula"])} '
            f'| {esc(f["derivative"])} | {params(f)} | {esc(f["source"])} |')
    text = open(path).read()
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    open(path, "w").write(head + START + "\n" + "\n".join(rows) + "\n" + END + tail)


main()
