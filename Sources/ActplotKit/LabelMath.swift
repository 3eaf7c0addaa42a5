import CairoRenderer
import Chart
import MathText

/// The math in a command's texts (`--title '$\sigma(x)$'`), checked before any work is done: a
/// malformed expression, a symbol the font set lacks or a face that is not installed is a usage
/// error naming the option, with the label and a caret under the column, as formula errors are.
enum LabelMath {
    /// Checks `text`, given by `option`, as the chart in `style` will set it.
    static func check(_ text: String, option: String, style: Style) throws(ActplotError) {
        guard style.math.enabled, MathText.containsMath(text) else { return }
        do {
            let layout = try MathText(text).layout(
                fontSize: style.text.size, fontSet: style.math.fontSet, defaultFont: style.math.defaultFont)
            try MathFaceFile.check(layout)
        } catch let error as MathTextError {
            throw .usage("\(option): \(error.description)")
        } catch let error as FontError {
            throw .usage("\(option): \(error.message)")
        } catch {
            throw .usage("\(option): \(error)")
        }
    }

    /// The legend text of a `--label KEY=TEXT` that has math: what follows the last `=` before
    /// its first `$` (series keys have no `$`, and the math may hold `=`); nil without math.
    static func labelText(_ item: String) -> String? {
        guard let dollar = item.firstIndex(of: "$"), let equals = item[..<dollar].lastIndex(of: "=") else { return nil }
        return String(item[item.index(after: equals)...])
    }
}

extension PlotRequest {
    /// ``LabelMath/check(_:option:style:)`` for the title, both axis labels and every `--label`.
    func checkMath() throws(ActplotError) {
        let texts: [(String, String?)] = [("--title", texts.title), ("--xlabel", texts.xLabel), ("--ylabel", texts.yLabel)]
        for (option, text) in texts {
            if let text { try LabelMath.check(text, option: option, style: style) }
        }
        for item in labels {
            if let text = LabelMath.labelText(item) { try LabelMath.check(text, option: "--label", style: style) }
        }
    }
}
