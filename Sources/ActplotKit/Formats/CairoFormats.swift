import CairoRenderer
import Chart

/// The chart formats Cairo draws.
extension OutputFormat {
    public static let png = OutputFormat(name: "png", extensions: ["png"], kind: .chart { CairoRenderer(format: .png, options: $0) }, isRaster: true)
    public static let svg = OutputFormat(name: "svg", extensions: ["svg"], kind: .chart { CairoRenderer(format: .svg, options: $0) })
    public static let pdf = OutputFormat(name: "pdf", extensions: ["pdf"], kind: .chart { CairoRenderer(format: .pdf, options: $0) })
}
