import CairoRenderer
import Chart
import Foundation
import XCTest

@testable import TerminalRenderer

/// Each image protocol's encoder, read back by the decoders in ProtocolDecoders.swift.
final class EncoderTests: XCTestCase {
    /// Bytes that look like nothing in particular, the same on every run.
    func bytes(_ count: Int, seed: UInt64 = 1) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
    }

    func testKittyChunksFollowTheProtocolAndCarryTheFile() throws {
        let file = bytes(10_000)
        let out = KittyEncoder.sequences(png: file).flatMap { $0 }
        let chunks = kittyChunks(out)
        XCTAssertEqual(chunks.count, (10_000 + 2) / 3 * 4 / 4096 + 1)
        XCTAssertEqual(chunks[0].keys, ["a": "T", "f": "100", "t": "d", "q": "2", "m": "1"])
        for chunk in chunks.dropFirst().dropLast() { XCTAssertEqual(chunk.keys, ["m": "1"]) }
        XCTAssertEqual(chunks.last?.keys, ["m": "0"])
        for chunk in chunks {
            XCTAssertLessThanOrEqual(chunk.payload.utf8.count, 4096)
        }
        for chunk in chunks.dropLast() { XCTAssertEqual(chunk.payload.utf8.count % 4, 0) }
        XCTAssertEqual(kittyFile(out), Data(file))

        let small = KittyEncoder.sequences(png: bytes(30), columns: 40, keepCursor: true)
        XCTAssertEqual(small.count, 1)
        XCTAssertEqual(kittyChunks(small[0]).first?.keys, ["a": "T", "f": "100", "t": "d", "q": "2", "c": "40", "C": "1", "m": "0"])
    }

    func testITermCarriesTheFileAndItsSize() throws {
        let file = bytes(5000)
        let decoded = try XCTUnwrap(itermFile(ITermEncoder.sequence(png: file)))
        XCTAssertEqual(decoded.file, Data(file))
        XCTAssertEqual(decoded.keys, ["inline": "1", "size": "5000"])
        let scaled = try XCTUnwrap(itermFile(ITermEncoder.sequence(png: file, cells: (80, 30))))
        XCTAssertEqual(scaled.keys["width"], "80")
        XCTAssertEqual(scaled.keys["height"], "30")
        XCTAssertEqual(scaled.keys["preserveAspectRatio"], "1")
    }

    func testSixelPercentRoundTripIsWithinOne() {
        // The bound the palette relies on: a channel sent in whole percent reads back within 1.
        for v in 0...255 {
            XCTAssertLessThanOrEqual(abs(SixelEncoder.channel(percent: SixelEncoder.percent(v)) - v), 1, "\(v)")
        }
    }

    func testSixelWithFewColoursIsExactWithinOneAndKeepsTransparency() throws {
        // 37×13: neither side a multiple of 6; stripes, a run long enough to be compressed, and a
        // transparent corner.
        let (w, h) = (37, 13)
        let colours: [(UInt8, UInt8, UInt8)] = [(255, 255, 255), (31, 119, 180), (255, 127, 14), (0, 0, 0), (1, 2, 3)]
        var rgba = [UInt8](repeating: 0, count: w * h * 4)
        for y in 0..<h {
            for x in 0..<w {
                let c = colours[(x / 5 + y) % colours.count]
                let transparent = x < 4 && y < 3
                rgba.replaceSubrange((y * w + x) * 4..<(y * w + x) * 4 + 4, with: [c.0, c.1, c.2, transparent ? 0 : 255])
            }
        }
        let stream = SixelEncoder.encode(width: w, height: h, rgba: rgba)
        XCTAssertTrue(String(decoding: stream, as: UTF8.self).contains("!5"), "a run of 5 is compressed")
        let picture = try decodeSixel(stream)
        XCTAssertEqual(picture.width, w)
        XCTAssertEqual(picture.height, h)
        for y in 0..<h {
            for x in 0..<w {
                let p = picture.pixel(x, y)
                let i = (y * w + x) * 4
                if rgba[i + 3] == 0 {
                    XCTAssertEqual(p.a, 0, "transparent at \(x),\(y)")
                    continue
                }
                XCTAssertEqual(p.a, 255)
                for (got, want) in [(p.r, rgba[i]), (p.g, rgba[i + 1]), (p.b, rgba[i + 2])] {
                    XCTAssertLessThanOrEqual(abs(got - Int(want)), 1, "pixel \(x),\(y)")
                }
            }
        }
    }

    func testSixelWithManyColoursStaysWithinTheCubesBound() throws {
        // 4096 distinct colours, the first 40 of them far more frequent than the rest.
        let (w, h) = (96, 80)
        let noise = bytes(w * h * 3, seed: 7)
        var rgba = [UInt8](repeating: 255, count: w * h * 4)
        for i in 0..<(w * h) {
            let frequent = i % 3 != 0
            let k = frequent ? i % 40 : i
            rgba[4 * i] = frequent ? UInt8(k * 6) : noise[3 * i]
            rgba[4 * i + 1] = frequent ? UInt8(250 - k * 5) : noise[3 * i + 1]
            rgba[4 * i + 2] = frequent ? 77 : noise[3 * i + 2]
        }
        let quantized = SixelEncoder.quantize(width: w, height: h, rgba: rgba)
        XCTAssertEqual(quantized.palette.count, SixelEncoder.registers)
        let picture = try decodeSixel(SixelEncoder.encode(quantized))
        var worst = 0
        for i in 0..<(w * h) {
            let p = picture.pixel(i % w, i / w)
            let error = max(abs(p.r - Int(rgba[4 * i])), abs(p.g - Int(rgba[4 * i + 1])), abs(p.b - Int(rgba[4 * i + 2])))
            worst = max(worst, error)
            if i % 3 != 0 { XCTAssertLessThanOrEqual(error, 1, "a frequent colour has its own register") }
        }
        XCTAssertLessThanOrEqual(worst, SixelEncoder.cubeErrorBound)
        XCTAssertGreaterThan(worst, 1, "the noise cannot all be exact")
    }

    func testSixelOfAChartIsItsRasterWithinTheBound() throws {
        var spec = ChartSpec()
        let xs = (0...200).map { -10 + Double($0) * 0.1 }
        spec.series = [
            Series(label: "relu", color: Color.tab10[0], pieces: [xs.map { Point($0, max(0, $0)) }]),
            Series(label: "derivative", color: Color.tab10[1], pieces: [xs.map { Point($0, $0 > 0 ? 1 : 0) }]),
        ]
        let scene = ChartLayout(spec).scene()
        let raster = try CairoRenderer(format: .png).raster(scene)
        let picture = try decodeSixel(SixelEncoder.encode(width: raster.width, height: raster.height, rgba: raster.rgba))
        XCTAssertEqual(picture.width, 640)
        XCTAssertEqual(picture.height, 480)
        var exact = 0
        for y in 0..<raster.height {
            for x in 0..<raster.width {
                let want = raster.pixel(x, y), got = picture.pixel(x, y)
                let error = max(abs(got.r - Int(want.r)), abs(got.g - Int(want.g)), abs(got.b - Int(want.b)))
                XCTAssertLessThanOrEqual(error, SixelEncoder.cubeErrorBound, "pixel \(x),\(y)")
                if error <= 1 { exact += 1 }
            }
        }
        // The frame, text and curves' own colours have registers: nearly every pixel is exact.
        XCTAssertGreaterThan(Double(exact) / Double(640 * 480), 0.99)
    }

    func testMultiplexerPassthrough() {
        let sequence: [UInt8] = Array("\u{1B}_Gm=0;QUJD\u{1B}\\".utf8)
        XCTAssertEqual(
            String(decoding: Multiplexer.tmux.wrap(sequence), as: UTF8.self),
            "\u{1B}Ptmux;\u{1B}\u{1B}_Gm=0;QUJD\u{1B}\u{1B}\\\u{1B}\\")
        let long = [UInt8](repeating: UInt8(ascii: "A"), count: 1000)
        XCTAssertEqual(
            String(decoding: Multiplexer.screen.wrap(long), as: UTF8.self),
            "\u{1B}P" + String(repeating: "A", count: 768) + "\u{1B}\\\u{1B}P" + String(repeating: "A", count: 232) + "\u{1B}\\")
        XCTAssertEqual(Multiplexer.none.wrap(sequence), sequence)
    }
}
