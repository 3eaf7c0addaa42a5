import Chart
import XCTest

@testable import TerminalRenderer

/// Colour escapes at each depth. The expected indices come from xterm's palette as xterm defines
/// it (256colres.h: cube levels 0, 95, 135, 175, 215, 255; greys 8 + 10k; the 16 ANSI colours'
/// defaults), worked out by hand below.
final class ColorDepthTests: XCTestCase {
    let tabBlue = Color(hex: 0x1F77B4)  // (31, 119, 180)
    let tabOrange = Color(hex: 0xFF7F0E)  // (255, 127, 14)

    func testTrueColorWritesTheBytes() {
        XCTAssertEqual(ColorDepth.trueColor.foreground(tabBlue), "\u{1B}[38;2;31;119;180m")
        XCTAssertEqual(ColorDepth.trueColor.defaultForeground, "\u{1B}[39m")
    }

    func testPalette256TakesTheNearestCubeColourOrGrey() {
        // 31 → level 0, 119 → 135 (index 2), 180 → 175 (index 3): 16 + 0 + 12 + 3 = 31.
        XCTAssertEqual(ColorDepth.ansi256.foreground(tabBlue), "\u{1B}[38;5;31m")
        // 255 → 5, 127 → 135 (2), 14 → 0: 16 + 180 + 12 = 208.
        XCTAssertEqual(ColorDepth.ansi256.foreground(tabOrange), "\u{1B}[38;5;208m")
        // Mid grey 128: the ramp's 128 (k = 12, index 244) beats the cube's 135 (index 145).
        XCTAssertEqual(ColorDepth.ansi256.foreground(Color(gray: 128 / 255)), "\u{1B}[38;5;244m")
        XCTAssertEqual(ColorDepth.ansi256.foreground(.white), "\u{1B}[38;5;231m")
    }

    func testSixteenColoursTakeTheNearestOfXtermsDefaults() {
        // tab:blue is nearest cyan (0, 205, 205): 31² + 86² + 25² = 8982, against bright blue's
        // (92, 92, 255) 61² + 27² + 75² = 10075 and blue's (0, 0, 238) 18486.
        XCTAssertEqual(ColorDepth.ansi16.foreground(tabBlue), "\u{1B}[36m")
        // tab:orange is nearest yellow (205, 205, 0): 50² + 78² + 14² = 8780.
        XCTAssertEqual(ColorDepth.ansi16.foreground(tabOrange), "\u{1B}[33m")
        XCTAssertEqual(ColorDepth.ansi16.foreground(Color(hex: 0xD62728)), "\u{1B}[31m")
    }

    func testNoColourWritesNothing() {
        XCTAssertEqual(ColorDepth.none.foreground(tabBlue), "")
        XCTAssertEqual(ColorDepth.none.defaultForeground, "")
    }
}

extension ColorDepthTests {
    func testBlackWhiteAndNearGreysTakeTheTerminalsForeground() {
        XCTAssertNil(TextChart.ink(.black))
        XCTAssertNil(TextChart.ink(.white))
        XCTAssertNil(TextChart.ink(Color(gray: 0.1)))
        XCTAssertEqual(TextChart.ink(Color(gray: 0.35)), Color(gray: 0.35))
        XCTAssertEqual(TextChart.ink(tabBlue.withAlpha(0.5)), tabBlue)
    }
}
