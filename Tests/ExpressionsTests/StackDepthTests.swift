import Foundation
import Expressions
import XCTest

/// The deepest accepted expressions parse, compile and evaluate on a thread with a bounded stack:
/// at the nesting limit the recursive descent and the passes over the tree need about 0.5 MiB in a
/// release build and 2 MiB in a debug one (measured), well inside the 8 MiB of Linux threads.
final class StackDepthTests: XCTestCase {
    static func deepest(_ open: String, _ leaf: String, _ close: String) -> String {
        let n = Expressions.Expression.maximumDepth
        return String(repeating: open, count: n) + leaf + String(repeating: close, count: n)
    }

    static let shapes: [String] = [
        deepest("(", "x", ")"),
        deepest("-(1 + 2*", "x", ")"),
        deepest("exp(-", "x", ")"),
        deepest("where(x > 0, 1, ", "x", ")"),
        deepest("clip(x, 0, 1 - 2*", "x", ")"),
        deepest("elu(2*", "x", ", alpha=0.5)"),
        deepest("x^", "x", ""),
        deepest("max(x, -", "x", "/2)"),
        "elu(x, alpha=" + String(String(deepest("(1 + ", "1", ")").dropFirst(5)).dropLast()) + ")",
    ]

    func testDeepestExpressionsOnASmallStack() {
        let done = expectation(description: "parsed on a small stack")
        let thread = Thread {
            for text in Self.shapes {
                do throws(ExpressionError) {
                    let expression = try Expressions.Expression.parse(text)
                    _ = expression.evaluate(0.5)
                    _ = expression.evaluate(at: [0.1, 0.2])
                    _ = expression.kinks
                } catch {
                    XCTFail("\(error)")
                }
                // One level deeper is refused, also without overflowing.
                do throws(ExpressionError) {
                    _ = try Expressions.Expression.parse("(" + text + ")")
                    XCTFail("one level too deep was accepted")
                } catch {
                    XCTAssertTrue(error.message.hasPrefix("expression nests deeper"), error.message)
                }
            }
            done.fulfill()
        }
        #if DEBUG
        thread.stackSize = 4 << 20
        #else
        thread.stackSize = 1 << 20
        #endif
        thread.start()
        wait(for: [done], timeout: 60)
    }
}
