import Foundation

/// Readers of what the encoders write, written from the protocols' descriptions rather than from
/// the encoders, so that a test decodes what a terminal would.

/// One escape sequence of kitty's graphics protocol: `ESC _ G keys ; payload ESC \`.
struct KittyChunk {
    var keys: [String: String]
    var payload: String
}

/// The APC chunks in `bytes`, in order.
func kittyChunks(_ bytes: [UInt8]) -> [KittyChunk] {
    let text = String(decoding: bytes, as: UTF8.self)
    var chunks: [KittyChunk] = []
    var rest = Substring(text)
    while let start = rest.range(of: "\u{1B}_G") {
        guard let end = rest[start.upperBound...].range(of: "\u{1B}\\") else { break }
        let body = rest[start.upperBound..<end.lowerBound]
        let parts = body.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false)
        var keys: [String: String] = [:]
        for pair in parts[0].split(separator: ",") {
            let kv = pair.split(separator: "=", maxSplits: 1)
            if kv.count == 2 { keys[String(kv[0])] = String(kv[1]) }
        }
        chunks.append(KittyChunk(keys: keys, payload: parts.count > 1 ? String(parts[1]) : ""))
        rest = rest[end.upperBound...]
    }
    return chunks
}

/// The file a kitty transmission carries: its chunks' payloads joined, then base64-decoded.
func kittyFile(_ bytes: [UInt8]) -> Data? {
    Data(base64Encoded: kittyChunks(bytes).map(\.payload).joined())
}

/// iTerm2's `ESC ] 1337 ; File = keys : base64 BEL`: the keys and the decoded file.
func itermFile(_ bytes: [UInt8]) -> (keys: [String: String], file: Data)? {
    let text = String(decoding: bytes, as: UTF8.self)
    guard let start = text.range(of: "\u{1B}]1337;File="), let colon = text[start.upperBound...].firstIndex(of: ":"),
        let bell = text[colon...].firstIndex(of: "\u{07}")
    else { return nil }
    var keys: [String: String] = [:]
    for pair in text[start.upperBound..<colon].split(separator: ";") {
        let kv = pair.split(separator: "=", maxSplits: 1)
        if kv.count == 2 { keys[String(kv[0])] = String(kv[1]) }
    }
    guard let file = Data(base64Encoded: String(text[text.index(after: colon)..<bell])) else { return nil }
    return (keys, file)
}

/// A sixel image decoded as a VT340-style terminal would: the raster attributes' size, colour
/// registers in percent read back as round(p × 255 / 100), unset pixels transparent (alpha 0).
struct SixelPicture {
    var width = 0
    var height = 0
    var rgba: [UInt8] = []

    func pixel(_ x: Int, _ y: Int) -> (r: Int, g: Int, b: Int, a: Int) {
        let i = (y * width + x) * 4
        return (Int(rgba[i]), Int(rgba[i + 1]), Int(rgba[i + 2]), Int(rgba[i + 3]))
    }
}

enum SixelDecodeError: Error { case noIntroducer, noRasterAttributes, badRegister, outside(Int, Int) }

func decodeSixel(_ bytes: [UInt8]) throws -> SixelPicture {
    // The DCS: ESC P params q data ESC \
    guard let p = bytes.firstIndex(of: UInt8(ascii: "P")), p > 0, bytes[p - 1] == 0x1B,
        let q = bytes[p...].firstIndex(of: UInt8(ascii: "q"))
    else { throw SixelDecodeError.noIntroducer }
    var i = q + 1
    func number() -> Int {
        var n = 0
        while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 {
            n = n * 10 + Int(bytes[i] - 0x30)
            i += 1
        }
        return n
    }
    func numbers() -> [Int] {
        var list = [number()]
        while i < bytes.count, bytes[i] == UInt8(ascii: ";") {
            i += 1
            list.append(number())
        }
        return list
    }
    var picture = SixelPicture()
    var registers: [Int: (Int, Int, Int)] = [:]
    var current = 0, x = 0, band = 0
    while i < bytes.count {
        let c = bytes[i]
        switch c {
        case 0x1B:
            return picture
        case UInt8(ascii: "\""):
            i += 1
            let a = numbers()
            guard a.count == 4 else { throw SixelDecodeError.noRasterAttributes }
            picture.width = a[2]
            picture.height = a[3]
            picture.rgba = [UInt8](repeating: 0, count: a[2] * a[3] * 4)
        case UInt8(ascii: "#"):
            i += 1
            let a = numbers()
            if a.count == 5 {
                guard a[1] == 2 else { throw SixelDecodeError.badRegister }
                registers[a[0]] = ((a[2] * 255 + 50) / 100, (a[3] * 255 + 50) / 100, (a[4] * 255 + 50) / 100)
            } else {
                current = a[0]
            }
        case UInt8(ascii: "$"):
            x = 0
            i += 1
        case UInt8(ascii: "-"):
            x = 0
            band += 1
            i += 1
        case UInt8(ascii: "!"), 0x3F...0x7E:
            var count = 1
            if c == UInt8(ascii: "!") {
                i += 1
                count = number()
            }
            let bits = Int(bytes[i]) - 0x3F
            i += 1
            guard let color = registers[current] else { throw SixelDecodeError.badRegister }
            for _ in 0..<count {
                for k in 0..<6 where bits & (1 << k) != 0 {
                    let y = band * 6 + k
                    guard x < picture.width, y < picture.height else { throw SixelDecodeError.outside(x, y) }
                    let o = (y * picture.width + x) * 4
                    picture.rgba[o] = UInt8(color.0)
                    picture.rgba[o + 1] = UInt8(color.1)
                    picture.rgba[o + 2] = UInt8(color.2)
                    picture.rgba[o + 3] = 255
                }
                x += 1
            }
        default:
            i += 1
        }
    }
    return picture
}

/// The dots of a braille character (U+2800 + bits, Unicode's braille patterns): which of its
/// 2×4 dots are raised, as (column, row) pairs; nil for any other character.
func brailleDots(_ character: Character) -> [(Int, Int)]? {
    guard let scalar = character.unicodeScalars.first, (0x2800...0x28FF).contains(scalar.value) else { return nil }
    let bits = scalar.value - 0x2800
    // Dots 1–8 are bits 0–7: 1, 2, 3 and 7 down the left column, 4, 5, 6 and 8 down the right.
    let positions = [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2), (0, 3), (1, 3)]
    return positions.enumerated().filter { bits & (1 << $0.offset) != 0 }.map(\.element)
}
