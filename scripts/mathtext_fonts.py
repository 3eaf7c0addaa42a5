#!/usr/bin/env python3
"""Write Sources/MathText/MathFace+Tables.swift: the glyph metrics the math layout engine needs.

Run (from the repository root; needs the Debian package python-matplotlib-data for the font files,
and matplotlib, fontTools from PyPI):

    apt-get install python-matplotlib-data
    python3 scripts/mathtext_fonts.py

The fonts are read from /usr/share/matplotlib/mpl-data/fonts/ttf, Debian's copy of the faces that
matplotlib ships (byte-identical to the ones in matplotlib 3.11's wheel; the script checks this when
matplotlib's own copy is at hand). The tables keep, for every face, only the glyphs that actplot's
supported math can reach: the script asks matplotlib's own font classes (`_mathtext.DejaVuSansFonts`,
`BakomaFonts`, `StixFonts`) which face and character each supported symbol resolves to, for every
font name and font class, plus every sized alternative of the delimiters and the radical. The Swift
port repeats that resolution, so a glyph the tables lack is one that matplotlib never picks there.

Per glyph: character code in the face's cmap, glyph index, advance, and the outline's control box
(xMin, yMin, xMax, yMax), all in font units, as FreeType reads them for an unhinted load. Per face:
the pairs of the TrueType 'kern' table between kept glyphs (FreeType's FT_Get_Kerning reads only
that table). The data is written as compact strings that MathText decodes once.
"""

import hashlib
import os
import sys
import unicodedata

import matplotlib
from fontTools.ttLib import TTFont
from matplotlib import _mathtext
from matplotlib._mathtext_data import latex_to_bakoma, stix_virtual_fonts, tex2uni
from matplotlib.font_manager import FontProperties
from matplotlib.ft2font import FT2Font, LoadFlags

DEBIAN_DIR = "/usr/share/matplotlib/mpl-data/fonts/ttf"
OUTPUT = "Sources/MathText/MathFace+Tables.swift"

# The faces, in the order of Swift's `MathFace` cases, with matplotlib's file names.
FACES = [
    ("dejaVuSans", "DejaVuSans.ttf"),
    ("dejaVuSansOblique", "DejaVuSans-Oblique.ttf"),
    ("dejaVuSansBold", "DejaVuSans-Bold.ttf"),
    ("dejaVuSansBoldOblique", "DejaVuSans-BoldOblique.ttf"),
    ("dejaVuSansMono", "DejaVuSansMono.ttf"),
    ("dejaVuSansDisplay", "DejaVuSansDisplay.ttf"),
    ("stixGeneral", "STIXGeneral.ttf"),
    ("stixGeneralItalic", "STIXGeneralItalic.ttf"),
    ("stixGeneralBold", "STIXGeneralBol.ttf"),
    ("stixGeneralBoldItalic", "STIXGeneralBolIta.ttf"),
    ("stixNonUnicode", "STIXNonUni.ttf"),
    ("stixNonUnicodeItalic", "STIXNonUniIta.ttf"),
    ("stixNonUnicodeBold", "STIXNonUniBol.ttf"),
    ("stixNonUnicodeBoldItalic", "STIXNonUniBolIta.ttf"),
    ("stixSizeOne", "STIXSizOneSymReg.ttf"),
    ("stixSizeTwo", "STIXSizTwoSymReg.ttf"),
    ("stixSizeThree", "STIXSizThreeSymReg.ttf"),
    ("stixSizeFour", "STIXSizFourSymReg.ttf"),
    ("stixSizeFive", "STIXSizFiveSymReg.ttf"),
    ("cmr10", "cmr10.ttf"),
    ("cmmi10", "cmmi10.ttf"),
    ("cmsy10", "cmsy10.ttf"),
    ("cmex10", "cmex10.ttf"),
    ("cmb10", "cmb10.ttf"),
    ("cmss10", "cmss10.ttf"),
    ("cmtt10", "cmtt10.ttf"),
]
FACE_BY_FILE = {file: name for name, file in FACES}

# TeX names (without the backslash) that actplot's math supports; the MathText parser knows exactly
# these. Greek letters are all of matplotlib's; the rest is what the issue asks for and the common
# company of those symbols in formulas about activations.
GREEK = sorted(n for n, u in tex2uni.items() if 0x391 <= u <= 0x3F6 and n.isalpha())
NAMED = GREEK + """
    prime cdot times pm mp div ast star circ bullet cap cup setminus oplus otimes wedge vee
    leq geq neq ne approx equiv sim simeq cong propto ll gg in notin subset supset subseteq
    supseteq perp mid parallel doteq
    to rightarrow leftarrow Rightarrow Leftarrow leftrightarrow Leftrightarrow mapsto
    uparrow downarrow updownarrow Uparrow Downarrow Updownarrow
    infty partial nabla ell hbar emptyset forall exists neg ldots cdots dots vdots ddots angle
    dagger degree aleph Re Im imath jmath wp top bot minus
    sum prod coprod int oint iint iiint bigcup bigcap bigoplus bigotimes bigvee bigwedge
    langle rangle lfloor rfloor lceil rceil lbrace rbrace lbrack rbrack leftbrace rightbrace
    leftparen rightparen vert Vert backslash
    circumflexaccent combiningoverline combiningrightarrowabove combiningdotabove
    combiningdiaeresis combiningtilde combiningacuteaccent combininggraveaccent combiningbreve
""".split()
# Escaped single characters (`\{`, `\$`, ...): TeX names that are one character.
ESCAPED = list("{}|$%_#")
# Internal names matplotlib uses for the radical sign.
INTERNAL = ["__sqrt__"]

for name in NAMED + ESCAPED + INTERNAL:
    assert name in tex2uni, name

# Characters typed directly (in math, in \text and in ordinary text).
ASCII = [chr(c) for c in range(0x20, 0x7F)]
LATIN1 = [chr(c) for c in range(0xA0, 0x100) if unicodedata.category(chr(c))[0] in "LNPS"]
GREEK_CHARS = sorted({chr(tex2uni[n]) for n in GREEK})
PUNCTUATION = list("\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u2030\u2032\u2033\u20ac")
NAMED_CHARS = sorted({chr(tex2uni[n]) for n in NAMED + ESCAPED + INTERNAL})

MATH_SYMBOLS = (ASCII + GREEK_CHARS + NAMED_CHARS
                + ["\\" + n for n in NAMED + ESCAPED + INTERNAL] + ["\u2212"])
TEXT_SYMBOLS = ASCII + LATIN1 + GREEK_CHARS + PUNCTUATION + NAMED_CHARS

MATH_FONTS = ["normal", "rm", "it", "bf", "bfit", "sf", "tt", "cal", "bb", "frak", "scr"]
TEXT_FONTS = ["default", "regular", "rm"]
CLASSES = ["normal", "rm", "it", "bf", "bfit"]

# Delimiters that \left, \right and \sqrt size (matplotlib's Parser._delims, restricted to ours).
DELIMITERS = r"""
    ( ) [ ] \{ \} < > / | \| \lfloor \rfloor \lceil \rceil \langle \rangle \lbrace \rbrace
    \lbrack \rbrack \leftbrace \rightbrace \leftparen \rightparen \vert \Vert \backslash
    \uparrow \downarrow \updownarrow \Uparrow \Downarrow \Updownarrow \__sqrt__
""".split()

FONTSETS = {
    "dejavusans": _mathtext.DejaVuSansFonts,
    "cm": _mathtext.BakomaFonts,
    "stix": _mathtext.StixFonts,
}


def make_fontset(fontset_class, size=12, load_flags=LoadFlags.NO_HINTING):
    """A matplotlib font set as actplot has it: Debian lacks cmti10, so `cm`'s `it` falls back to
    STIX as matplotlib's `BakomaFonts._get_glyph` does for a face it cannot open."""
    fontset = fontset_class(FontProperties(size=size), load_flags)
    for owner in (fontset, getattr(fontset, "bakoma", None)):
        if isinstance(owner, _mathtext.BakomaFonts):
            owner.fontmap["it"] = owner.fontmap["cmti10"] = "/nonexistent/cmti10.ttf"
    return fontset


def resolved_glyphs():
    """Every (file, character code) that matplotlib's font classes pick for supported input."""
    import logging
    logging.getLogger("matplotlib.mathtext").setLevel(logging.ERROR)
    found = set()

    def add(fontset, fontname, font_class, sym):
        try:
            font, num, _ = fontset._get_glyph(fontname, font_class, sym)
        except (ValueError, KeyError):
            return
        found.add((os.path.basename(font.fname), num))

    for fontset_class in FONTSETS.values():
        fontset = make_fontset(fontset_class)
        for font_class in CLASSES:
            for fontname in MATH_FONTS:
                for sym in MATH_SYMBOLS:
                    add(fontset, fontname, font_class, sym)
            for fontname in TEXT_FONTS:
                for sym in TEXT_SYMBOLS:
                    add(fontset, fontname, font_class, sym)
            for fontname in MATH_FONTS + TEXT_FONTS:
                for delim in DELIMITERS:
                    for alt_font, alt_sym in fontset.get_sized_alternatives_for_symbol(
                            fontname, delim):
                        add(fontset, alt_font, font_class, alt_sym)
    # `StixFonts.get_sized_alternatives_for_symbol` lists the STIX faces that have a delimiter,
    # then drops the largest radical; the Swift port repeats that from the tables, so they keep
    # every STIX face's delimiters, the dropped radical included.
    stix = make_fontset(_mathtext.StixFonts)
    fixes = {"\\{": "{", "\\}": "}", "\\[": "[", "\\]": "]", "<": "\u27e8", ">": "\u27e9"}
    for delim in DELIMITERS:
        try:
            code = _mathtext.get_unicode_index(fixes.get(delim, delim))
        except ValueError:
            continue
        for size in range(6):
            font = stix._get_font(str(size))
            if font.get_char_index(code) != 0:
                found.add((os.path.basename(font.fname), code))
    return found


def check_same_files():
    """Debian's fonts must be matplotlib's own, byte for byte, or the fixture would not apply."""
    bundled = os.path.join(os.path.dirname(matplotlib.__file__), "mpl-data", "fonts", "ttf")
    for _, file in FACES:
        mine = open(os.path.join(DEBIAN_DIR, file), "rb").read()
        theirs = os.path.join(bundled, file)
        if os.path.exists(theirs) and open(theirs, "rb").read() != mine:
            sys.exit(f"{file}: Debian's copy differs from matplotlib's")


def b36(value):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if value < 0:
        return "-" + b36(-value)
    out = ""
    while True:
        value, r = divmod(value, 36)
        out = digits[r] + out
        if value == 0:
            return out


def face_tables(found):
    rows = []
    for name, file in FACES:
        path = os.path.join(DEBIAN_DIR, file)
        ft = FT2Font(path)
        tt = TTFont(path)
        order = tt.getGlyphOrder()
        glyf = tt["glyf"]
        hmtx = tt["hmtx"]
        codes = sorted(num for f, num in found if f == file)
        glyphs = []
        kept = {}
        for code in codes:
            gid = ft.get_char_index(code)
            assert gid != 0, (file, hex(code))
            glyph_name = order[gid]
            glyph = glyf[glyph_name]
            coords = glyph.getCoordinates(glyf)[0] if glyph.numberOfContours != 0 else []
            if len(coords):
                xs = [p[0] for p in coords]
                ys = [p[1] for p in coords]
                box = (min(xs), min(ys), max(xs), max(ys))
            else:
                box = (0, 0, 0, 0)
            advance = hmtx[glyph_name][0]
            glyphs.append(",".join(b36(v) for v in (code, gid, advance, *box)))
            kept[glyph_name] = gid
        kerns = []
        if "kern" in tt:
            pairs = {}
            for table in tt["kern"].kernTables:
                if table.format != 0 or not (table.coverage & 1):
                    continue
                for (left, right), value in table.kernTable.items():
                    if left in kept and right in kept and value:
                        pairs[(kept[left], kept[right])] = pairs.get((kept[left], kept[right]), 0) + value
            for (left, right), value in sorted(pairs.items()):
                kerns.append(",".join(b36(v) for v in (left, right, value)))
        rows.append((name, file, tt["head"].unitsPerEm, ";".join(glyphs), ";".join(kerns), len(glyphs), len(kerns)))
    return rows


def symbol_table():
    names = sorted(set(NAMED + ESCAPED + INTERNAL))
    return ";".join(f"{n},{b36(tex2uni[n])}" for n in names)


def bakoma_table():
    """matplotlib's `latex_to_bakoma` for the symbols actplot supports and their sized forms."""
    rows = []
    wanted = set(MATH_SYMBOLS)
    for sym, (font, num) in sorted(latex_to_bakoma.items()):
        if sym in wanted or sym.startswith("\\__"):
            key = sym if sym.startswith("\\") else "u" + b36(ord(sym))
            rows.append(f"{key},{font},{b36(num)}")
    return ";".join(rows)


def stix_virtual_table():
    """matplotlib's `stix_virtual_fonts` ranges for the virtual fonts actplot supports."""
    rows = []
    for virtual in ("bb", "cal", "frak", "scr", "sf", "tt"):
        mapping = stix_virtual_fonts[virtual]
        if isinstance(mapping, list):
            mapping = {"*": mapping}
        for font_class, ranges in mapping.items():
            for start, end, font, target in ranges:
                rows.append(f"{virtual},{font_class},{b36(start)},{b36(end)},{font},{b36(target)}")
    return ";".join(rows)


def swift_string(text, indent):
    """A raw Swift string literal split into lines of at most 100 characters."""
    width = 100 - indent - 2
    chunks = [text[i:i + width] for i in range(0, len(text), width)] or [""]
    pad = " " * indent
    body = "\n".join(pad + c + "\\##" for c in chunks[:-1])
    return '##"""\n' + body + ("\n" if body else "") + pad + chunks[-1] + "\n" + pad + '"""##'


def main():
    check_same_files()
    found = resolved_glyphs()
    unknown = sorted({f for f, _ in found} - set(FACE_BY_FILE))
    if unknown:
        sys.exit(f"glyphs resolve to faces missing from FACES: {unknown}")
    rows = face_tables(found)
    out = []
    out.append("// Generated by scripts/mathtext_fonts.py from Debian's python-matplotlib-data fonts;")
    out.append("// do not edit. Numbers are base 36; see the script for the layout of each record.")
    out.append("")
    out.append("extension MathFace {")
    out.append("    /// Units per em of each face, in the order of the cases.")
    out.append("    static let unitsPerEm: [Int] = [" + ", ".join(str(r[2]) for r in rows) + "]")
    out.append("")
    out.append("    /// Per face: `code,glyph,advance,xMin,yMin,xMax,yMax` records separated by `;`.")
    out.append("    static let encodedGlyphs: [String] = [")
    for name, file, upem, glyphs, kerns, ng, nk in rows:
        out.append(f"        // {name}: {file}, {ng} glyphs")
        out.append("        " + swift_string(glyphs, 8) + ",")
    out.append("    ]")
    out.append("")
    out.append("    /// Per face: `leftGlyph,rightGlyph,value` records of the 'kern' table.")
    out.append("    static let encodedKerning: [String] = [")
    for name, file, upem, glyphs, kerns, ng, nk in rows:
        if nk:
            out.append(f"        // {name}: {nk} pairs")
            out.append("        " + swift_string(kerns, 8) + ",")
        else:
            out.append(f'        "",  // {name}')
    out.append("    ]")
    out.append("}")
    out.append("")
    out.append("extension MathSymbols {")
    out.append("    /// matplotlib's `tex2uni` for the supported names: `name,scalar` records.")
    out.append("    static let encodedNames = " + swift_string(symbol_table(), 8))
    out.append("")
    out.append("    /// matplotlib's `latex_to_bakoma` for the supported symbols: `symbol,font,code`, where")
    out.append("    /// the symbol is a TeX name with its backslash, or `u` and the base-36 scalar of a character.")
    out.append("    static let encodedBakoma = " + swift_string(bakoma_table(), 8))
    out.append("")
    out.append("    /// matplotlib's `stix_virtual_fonts`: `virtual,class,start,end,font,target`.")
    out.append("    static let encodedStixVirtual = " + swift_string(stix_virtual_table(), 8))
    out.append("}")
    text = "\n".join(out) + "\n"
    with open(OUTPUT, "w") as f:
        f.write(text)
    for name, file, upem, glyphs, kerns, ng, nk in rows:
        print(f"{name:26} {ng:5} glyphs {nk:6} kerning pairs", file=sys.stderr)
    print(f"{len(text)} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
