/// The colours and sizes of a figure, after matplotlib's rcParams.
public struct Theme: Sendable, Equatable {
    public var figureBackground: Color
    public var axesBackground: Color
    public var foreground: Color
    public var gridColor: Color
    public var legendBackground: Color
    public var legendEdge: Color
    public var cycle: [Color]

    /// matplotlib's default style.
    public static let `default` = Theme(
        figureBackground: .white,
        axesBackground: .white,
        foreground: .black,
        gridColor: Color(hex: 0xB0B0B0),
        legendBackground: .white,
        legendEdge: Color(gray: 0.8),
        cycle: Color.tab10)

    /// matplotlib's "dark_background" style.
    public static let dark = Theme(
        figureBackground: .black,
        axesBackground: .black,
        foreground: .white,
        gridColor: .white,
        legendBackground: .black,
        legendEdge: Color(gray: 0.8),
        cycle: Color.darkCycle)
}

/// Sizes shared by every figure: matplotlib's defaults, in points.
public enum Defaults {
    public static let fontSize = 10.0
    public static let titleSize = 12.0
    public static let lineWidth = 1.5
    public static let spineWidth = 0.8
    public static let tickLength = 3.5
    public static let tickWidth = 0.8
    public static let tickPad = 3.5
    public static let labelPad = 4.0
    public static let titlePad = 6.0
    public static let offsetTextPad = 3.0
    public static let gridWidth = 0.8
    /// Subplot parameters: the axes box as fractions of the figure, from the bottom-left corner.
    public static let subplotLeft = 0.125
    public static let subplotRight = 0.9
    public static let subplotBottom = 0.11
    public static let subplotTop = 0.88
    /// Radius of the dots that mark a jump's ends.
    public static let dotRadius = 2.75
}
