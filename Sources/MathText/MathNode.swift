/// A parsed math expression: matplotlib's mathtext grammar, with the decisions that depend on
/// the source text (operator spacing, the thin space after a function name) already taken, so
/// that laying it out needs no source.
indirect enum MathNode: Sendable {
    /// A symbol: one character or a TeX name with its backslash, as matplotlib writes it.
    case symbol(MathSymbol)
    /// Horizontal space in ems (`\,`, `\quad`, `\hspace{…}`).
    case space(Double)
    /// A font switch for the rest of the group (`\rm`, `\it`, …).
    case font(String)
    /// `{…}` or `\mathXX{…}`: a group with its own font state.
    case group(font: String?, [MathNode])
    /// The argument of `\frac`, `\sqrt` and the like: a list without a state of its own.
    case list([MathNode])
    /// `\sin` and the other function names, or `\operatorname{…}`: upright, with a thin space
    /// after unless a delimiter or a script follows.
    case function(name: String, contents: [MathNode]?, thinSpace: Bool)
    /// A nucleus with sub- and superscripts and primes.
    case scripts(Scripts)
    /// `\frac` (text style), `\dfrac` (display style) or `\binom`.
    case fraction(FractionKind, numerator: MathNode, denominator: MathNode)
    /// `\sqrt[root]{body}`.
    case root(index: [MathNode]?, body: MathNode)
    /// `\left…\middle…\right`.
    case delimited(left: String, middle: [DelimitedPart], right: String)
    /// `\text{…}`: upright text with its spaces.
    case text(String)
    /// An accent over a symbol or group (`\hat`, `\bar`, …).
    case accent(String, MathNode)
    case overline(MathNode)
    case underline(MathNode)
    /// `\overset{annotation}{body}` (`over`) and `\underset{annotation}{body}`: the annotation
    /// small and centred above or below the body.
    case set(over: Bool, annotation: MathNode, body: MathNode)
    /// `\substack{row \\ row …}`: rows centred one above the other, as under a sum.
    case stack([[MathNode]])
    /// `\boldsymbol{…}`: its letters and symbols in bold (Latin and small Greek letters bold italic).
    case boldSymbol([MathNode])

    struct Scripts: Sendable {
        var nucleus: MathNode?
        var sub: MathNode?
        var sup: MathNode?
        var primes: Int
        /// A thin space after, when the nucleus is a function name (`\max_x`).
        var spaceAfter: Bool
    }

    enum FractionKind: Sendable, Equatable {
        case text, display, binomial
        /// `\genfrac{left}{right}{rule}{style}`: delimiters (empty for none), the rule's
        /// thickness in pixels (0 for none) and the TeX style, 0 (display) to 3.
        case general(left: String, right: String, rule: Double, style: Int)
    }

    enum DelimitedPart: Sendable {
        case node(MathNode)
        case middle(String)
    }
}

/// One symbol in math and how it is spaced.
struct MathSymbol: Sendable {
    enum Spacing: Sendable {
        case none
        /// A binary operator or relation: 0.2 em on both sides.
        case operator_
        /// Punctuation: 0.2 em after.
        case punctuation
    }

    let symbol: String
    let spacing: Spacing
    /// The symbol's offset in the label, for errors.
    let offset: Int
}

/// A label split into ordinary text and math.
enum MathSegment: Sendable {
    case text(String, offset: Int)
    case math([MathNode], offset: Int)
}
