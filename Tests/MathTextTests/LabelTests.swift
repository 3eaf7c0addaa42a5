import XCTest

@testable import MathText

/// Splitting labels into text and math, the plain-Unicode rendering, and what a renderer gets.
final class LabelTests: XCTestCase {
    func testWhichLabelsAreMath() {
        XCTAssertTrue(MathText.containsMath("$x$"))
        XCTAssertTrue(MathText.containsMath("a $x$ b $y$"))
        XCTAssertFalse(MathText.containsMath("costs $5"))
        XCTAssertFalse(MathText.containsMath(#"\$5 and \$6"#))
        XCTAssertFalse(MathText.containsMath("plain"))
        XCTAssertTrue(MathText.containsMath(#"$\$5$"#))
    }

    func testPlainLabelsKeepTheirTextWithEscapedDollars() throws {
        let label = try MathText(#"costs \$5 or $6"#)
        XCTAssertFalse(label.isMath)
        XCTAssertEqual(label.unicode, "costs $5 or $6")
    }

    func testUnicodeRendering() throws {
        let cases: [(String, String)] = [
            (#"$\sigma(x) = \frac{1}{1+e^{-x}}$"#, "σ(x) = 1/(1 + e^(−x))"),
            (#"$\sigma'(x) = \sigma(x)\,(1-\sigma(x))$"#, "σ′(x) = σ(x) (1 − σ(x))"),
            (#"$e^{-x^2}$"#, "e^(−x²)"),
            (#"$x_i^2$"#, "xᵢ²"),
            (#"$\sqrt[3]{x} + \sqrt{1+x^2}$"#, "∛x + √(1 + x²)"),
            (#"$\left( \frac{a}{b} \right)$"#, "(a/b)"),
            (#"$\hat{y}$ and $\alpha = 0.5$"#, "ŷ and α = 0.5"),
            (#"$\mathrm{ReLU}(x) = \max(0, x)$"#, "ReLU(x) = max(0, x)"),
            (#"$\sin x \cdot \tanh(x)$"#, "sin x ⋅ tanh(x)"),
            (#"$f''(x) \leq \infty$"#, "f′′(x) ≤ ∞"),
            (#"price \$5 is $\$5$"#, "price $5 is $5"),
            (#"$\frac{\partial f}{\partial x}$"#, "∂f/∂x"),
            // A fraction against a term is bracketed; a script with its mark stays apart from a letter.
            (#"$\frac{1}{\beta}\log(1+e^{\beta x})$"#, "(1/β)log(1 + e^(βx))"),
            (#"$\frac{x}{2}\left(1 + \mathrm{erf}\left(\frac{x}{\sqrt{2}}\right)\right)$"#, "(x/2)(1 + erf(x/√2))"),
            (#"$2\frac{1}{x}$ and $\frac{a}{b} + c$"#, "2(1/x) and a/b + c"),
            (#"$\int_0^x e^{-t^2}\,dt$"#, "∫₀^x e^(−t²) dt"),
            // Blackboard bold, Fraktur, script and calligraphic letters as Unicode's math letters.
            (#"$x \in \mathbb{R}^n, \mathbb{N}_0, \mathbb{1}$"#, "x ∈ ℝⁿ, ℕ₀, 𝟙"),
            (#"$\mathfrak{g} \mathfrak{H}, \mathscr{L} \mathscr{x}, \mathcal{L}$"#, "𝔤ℌ, ℒ𝓍, ℒ"),
            // A set annotation as a script on its body.
            (#"$a \overset{!}{=} b, \underset{x}{\mathrm{argmin}}$"#, "a =^! b, argminₓ"),
            (#"$\genfrac{[}{]}{0}{}{n}{k} = \genfrac{}{}{1}{0}{a}{b}$"#, "[n/k] = a/b"),
            (#"$\sum_{\substack{i=1 \\ j<n}} x_{ij}$"#, "∑_(i = 1, j < n)xᵢⱼ"),
            (#"$\boldsymbol{\theta} - \eta \nabla$"#, "θ − η∇"),
            (#"$x^{} + \overset{}{=} y$"#, "x + = y"),
        ]
        for (label, expected) in cases {
            XCTAssertEqual(try MathText(label).unicode, expected, label)
        }
    }

    func testGlyphsCarryTheirTextInReadingOrder() throws {
        let layout = try MathText(#"$f'(x) = \sqrt{x}$"#).layout(fontSize: 12, dpi: 72)
        XCTAssertEqual(layout.text, "f′(x)=√x")
        // The prime comes from Computer Modern's cmsy10, whose codes are TeX's, not Unicode.
        let prime = try XCTUnwrap(layout.glyphs.first { $0.text == "′" })
        XCTAssertEqual(prime.face, .cmsy10)
        XCTAssertFalse(prime.face.isUnicode)
        XCTAssertEqual(layout.rectangles.count, 1)
        // A big delimiter from a size face stands for the delimiter asked for.
        let cm = try MathText(#"$\left( \frac{\frac{a}{b}}{\frac{c}{d}} \right)$"#).layout(fontSize: 12, fontSet: .cm)
        XCTAssertEqual(cm.text, "(abcd)")
        XCTAssertEqual(cm.glyphs.first?.face, .cmex10)
    }

    func testTextAroundMathIsInTheDefaultFont() throws {
        let layout = try MathText("ELU ($\\alpha$)").layout(fontSize: 10, dpi: 100)
        XCTAssertEqual(layout.glyphs.map(\.text).joined(), "ELU (α)")
        XCTAssertEqual(layout.glyphs.first?.face, .dejaVuSans)
        XCTAssertEqual(layout.glyphs.first { $0.text == "α" }?.face, .dejaVuSansOblique)
    }

    func testExtents() throws {
        let layout = try MathText(#"$\frac{1}{2}$"#).layout(fontSize: 12, dpi: 72)
        let ink = try XCTUnwrap(layout.inkBounds)
        XCTAssertLessThan(ink.minY, 0)
        XCTAssertGreaterThan(ink.maxY, 0)
        XCTAssertLessThanOrEqual(ink.maxY, layout.height + 1e-9)
        XCTAssertLessThanOrEqual(-ink.minY, layout.depth + 1e-9)
        let rounded = layout.vectorExtents
        XCTAssertEqual(rounded.width, layout.width.rounded(.up))
        XCTAssertEqual(rounded.height, layout.height.rounded(.up) + layout.depth.rounded(.up))
        XCTAssertEqual(layout.height + layout.baselineShift, layout.height.rounded(.up))
        XCTAssert((0..<1).contains(layout.baselineShift))
    }

    /// The same label gives the same layout every time.
    func testLayoutIsDeterministic() throws {
        let label = try MathText(#"$\sum_{i=1}^{n} \left[ \frac{x_i}{\sqrt{2}} \right]^2$"#)
        XCTAssertEqual(try label.layout(fontSize: 11, dpi: 100), try label.layout(fontSize: 11, dpi: 100))
    }

    func testEveryFaceNamesADebianFile() {
        for face in MathFace.allCases {
            XCTAssert(face.path.hasPrefix("/usr/share/matplotlib/mpl-data/fonts/ttf/"), face.path)
            XCTAssert(face.fileName.hasSuffix(".ttf"))
        }
    }

    func testSortedTablesFindEveryRecordInAnyOrder() {
        var inOrder = SortedTable<UInt32, String>()
        for (key, value) in [(3, "c"), (7, "g"), (20, "t")] { inOrder.append(UInt32(key), value) }
        var shuffled = SortedTable<UInt32, String>()
        for (key, value) in [(20, "t"), (3, "x"), (7, "g"), (3, "c")] { shuffled.append(UInt32(key), value) }
        for table in [inOrder.sorted(), shuffled.sorted()] {
            XCTAssertEqual([3, 7, 20, 4, 0, 21].map { table[UInt32($0)] }, ["c", "g", "t", nil, nil, nil])
        }
        XCTAssertEqual(shuffled.sorted().keys, [3, 7, 20], "the last record of a repeated key is kept")
        // The tables MathText decodes: every name is found.
        XCTAssertEqual(MathSymbols.names["sigma"], 0x3C3)
        XCTAssertEqual(MathSymbols.names["__sqrt__"], 0x221A)
        XCTAssertEqual(MathSymbols.names.keys, MathSymbols.names.keys.sorted())
    }
}
