/// DEC sixel graphics (the VT330/VT340 format xterm, foot, mlterm, WezTerm and Windows Terminal
/// read): the image's pixels through a palette of at most 256 colour registers.
///
/// The stream is `ESC P 0;1;0 q` (P2 = 1: pixels left unset keep the terminal's background, so
/// a transparent chart stays transparent), the raster attributes `"1;1;W;H` (square pixels, the
/// size), one `#n;2;r;g;b` per register with r, g, b in percent, then bands of six pixel rows:
/// for each colour in the band, `#n` and one character per column (`?` + a 6-bit mask, lowest
/// bit the top row), runs of four or more written `!count` + character, `$` back to the band's
/// start before the next colour, `-` to the next band; `ESC \` ends it.
///
/// Quantisation, and its error bound: when the image has at most 256 distinct colours, each
/// gets its own register. Otherwise the registers are the 216 colours of a 6×6×6 cube (levels
/// 0, 51, …, 255) and the 40 most frequent colours of the image not on the cube, and every pixel
/// takes the register nearest it in the largest per-channel difference. Registers are sent in
/// whole percent, which a terminal reads back as `round(p × 255 / 100)`: within 1 of the
/// colour. So a pixel whose colour has a register of its own is within 1 (of 255) of its
/// colour in each channel, and every other pixel within 25, half the cube's step. A pixel with
/// alpha below 128 is left unset (transparent); alpha is otherwise ignored.
public enum SixelEncoder {
    /// The colour registers used: the number xterm, foot, mlterm and WezTerm provide, and
    /// libsixel's default.
    public static let registers = 256
    /// How far a colour on the cube may be from the pixel, per channel.
    public static let cubeErrorBound = 25

    /// An image mapped onto a palette.
    public struct Quantized: Sendable {
        public var width: Int
        public var height: Int
        /// The registers' colours as sent, in percent.
        public var palette: [(r: Int, g: Int, b: Int)]
        /// One register per pixel, row by row; `transparent` for a pixel left unset.
        public var indices: [UInt16]
        public static let transparent = UInt16.max
    }

    /// A colour channel in whole percent, as the stream sends it.
    static func percent(_ v: Int) -> Int { (v * 100 + 127) / 255 }

    /// A channel in percent as a terminal reads it back: `round(p × 255 / 100)`.
    public static func channel(percent p: Int) -> Int { (p * 255 + 50) / 100 }

    /// The sixel stream of an RGBA image (8 bits a channel, not premultiplied, rows from the top).
    public static func encode(width: Int, height: Int, rgba: [UInt8]) -> [UInt8] {
        encode(quantize(width: width, height: height, rgba: rgba))
    }

    // MARK: Quantisation

    /// A small open-addressing table from 24-bit colours to a count, then to a register.
    struct ColorTable {
        static let empty = UInt32.max
        var keys: [UInt32]
        var values: [Int32]
        var count = 0
        var mask: Int

        init(capacity: Int = 4096) {
            keys = Array(repeating: ColorTable.empty, count: capacity)
            values = Array(repeating: 0, count: capacity)
            mask = capacity - 1
        }

        func slot(_ key: UInt32) -> Int {
            var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B1) >> 8) & mask
            while keys[i] != ColorTable.empty && keys[i] != key { i = (i + 1) & mask }
            return i
        }

        mutating func add(_ key: UInt32, count n: Int32) {
            var i = slot(key)
            if keys[i] == ColorTable.empty {
                if (count + 1) * 2 > keys.count {
                    grow()
                    i = slot(key)
                }
                keys[i] = key
                count += 1
            }
            values[i] += n
        }

        mutating func grow() {
            var bigger = ColorTable(capacity: keys.count * 2)
            for (k, v) in zip(keys, values) where k != ColorTable.empty {
                let i = bigger.slot(k)
                bigger.keys[i] = k
                bigger.values[i] = v
                bigger.count += 1
            }
            self = bigger
        }

        func value(_ key: UInt32) -> Int32 { values[slot(key)] }
    }

    /// Maps the image onto at most ``registers`` colours, as the type's documentation says.
    public static func quantize(width: Int, height: Int, rgba: [UInt8]) -> Quantized {
        let n = width * height
        var table = ColorTable()
        // Each pixel's colour as one 24-bit key, red in the low byte, as one little-endian load
        // of its four bytes gives it (`ColorTable.empty` when transparent). Neighbouring pixels
        // mostly share a colour: runs are counted, one table look-up each.
        let keys = [UInt32](unsafeUninitializedCapacity: n) { keys, count in
            rgba.withUnsafeBytes { bytes in
                var run: (key: UInt32, count: Int32) = (ColorTable.empty, 0)
                for i in 0..<n {
                    let word = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self))
                    let key = word >= 0x8000_0000 ? word & 0xFF_FFFF : ColorTable.empty
                    keys[i] = key
                    if key == run.key {
                        run.count += 1
                    } else {
                        if run.key != ColorTable.empty { table.add(run.key, count: run.count) }
                        run = (key, 1)
                    }
                }
                if run.key != ColorTable.empty { table.add(run.key, count: run.count) }
            }
            count = n
        }
        // Distinct colours, most frequent first (ties by value, so the palette never depends on
        // the table's layout).
        var distinct = zip(table.keys, table.values).filter { $0.0 != ColorTable.empty }
        distinct.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        func rgb(_ key: UInt32) -> (Int, Int, Int) { (Int(key & 0xFF), Int((key >> 8) & 0xFF), Int(key >> 16)) }

        var colors: [(Int, Int, Int)]
        if distinct.count <= registers {
            colors = distinct.map { rgb($0.0) }
        } else {
            let levels = (0..<6).map { $0 * 51 }
            colors = levels.flatMap { r in levels.flatMap { g in levels.map { b in (r, g, b) } } }
            let onCube: (Int, Int, Int) -> Bool = { $0 % 51 == 0 && $1 % 51 == 0 && $2 % 51 == 0 }
            for (key, _) in distinct where colors.count < registers {
                let c = rgb(key)
                if !onCube(c.0, c.1, c.2) { colors.append(c) }
            }
        }
        let palette = colors.map { (r: percent($0.0), g: percent($0.1), b: percent($0.2)) }
        let shown = palette.map { (channel(percent: $0.r), channel(percent: $0.g), channel(percent: $0.b)) }

        // Each distinct colour's register, once: its own when it has one, else the nearest in the
        // largest channel difference (then in squared distance).
        for i in table.keys.indices where table.keys[i] != ColorTable.empty {
            let (r, g, b) = rgb(table.keys[i])
            var best = 0, bestKey = (Int.max, Int.max)
            for (j, p) in shown.enumerated() {
                let (dr, dg, db) = (abs(p.0 - r), abs(p.1 - g), abs(p.2 - b))
                let key = (max(dr, dg, db), dr * dr + dg * dg + db * db)
                if key < bestKey {
                    (best, bestKey) = (j, key)
                    if key.0 <= 1 && colors[j] == (r, g, b) { break }
                }
            }
            table.values[i] = Int32(best)
        }
        let indices = [UInt16](unsafeUninitializedCapacity: n) { out, count in
            var last: (key: UInt32, index: UInt16) = (ColorTable.empty, Quantized.transparent)
            for i in 0..<n {
                let key = keys[i]
                if key != last.key { last = (key, key == ColorTable.empty ? Quantized.transparent : UInt16(table.value(key))) }
                out[i] = last.index
            }
            count = n
        }
        return Quantized(width: width, height: height, palette: palette, indices: indices)
    }

    // MARK: The stream

    /// The sixel stream of a quantised image.
    public static func encode(_ image: Quantized) -> [UInt8] {
        let (w, h) = (image.width, image.height)
        let registers = image.palette.count
        var out: [UInt8] = []
        out.reserveCapacity(w * h / 3 + 4096)
        out += Array("\u{1B}P0;1;0q\"1;1;\(w);\(h)".utf8)
        for (i, c) in image.palette.enumerated() { out += Array("#\(i);2;\(c.r);\(c.g);\(c.b)".utf8) }
        // Per band: each colour's row of 6-bit masks, and which colours occur.
        var masks = [UInt8](repeating: 0, count: max(1, registers) * w)
        // The columns each colour of the band spans; `first` is `w` for a colour not in it.
        var first = [Int](repeating: w, count: registers)
        var last = [Int](repeating: 0, count: registers)
        var colors: [Int] = []
        image.indices.withUnsafeBufferPointer { indices in
            masks.withUnsafeMutableBufferPointer { masks in
                for band in stride(from: 0, to: h, by: 6) {
                    colors.removeAll(keepingCapacity: true)
                    for k in 0..<min(6, h - band) {
                        let row = indices.baseAddress! + (band + k) * w
                        let bit = UInt8(1) << k
                        for x in 0..<w {
                            let c = row[x]
                            if c == Quantized.transparent { continue }
                            let ci = Int(c)
                            if first[ci] == w { colors.append(ci) }
                            first[ci] = min(first[ci], x)
                            last[ci] = max(last[ci], x)
                            masks[ci * w + x] |= bit
                        }
                    }
                    colors.sort()
                    for (n, c) in colors.enumerated() {
                        if n > 0 { out.append(UInt8(ascii: "$")) }
                        out.append(UInt8(ascii: "#"))
                        appendDecimal(c, to: &out)
                        let row = masks.baseAddress! + c * w
                        let (start, end) = (first[c], last[c] + 1)
                        // The empty columns before the colour's first, as one run.
                        if start >= 4 {
                            out.append(UInt8(ascii: "!"))
                            appendDecimal(start, to: &out)
                            out.append(0x3F)
                        } else {
                            for _ in 0..<start { out.append(0x3F) }
                        }
                        var x = start
                        while x < end {
                            let m = row[x]
                            var run = 1
                            while x + run < end && row[x + run] == m { run += 1 }
                            let character = 0x3F + m
                            if run >= 4 {
                                out.append(UInt8(ascii: "!"))
                                appendDecimal(run, to: &out)
                                out.append(character)
                            } else {
                                for _ in 0..<run { out.append(character) }
                            }
                            x += run
                        }
                        // Outside its span the row is zero already.
                        (row + start).update(repeating: 0, count: end - start)
                        (first[c], last[c]) = (w, 0)
                    }
                    if band + 6 < h { out.append(UInt8(ascii: "-")) }
                }
            }
        }
        out += [0x1B, UInt8(ascii: "\\")]
        return out
    }

    /// Appends the decimal digits of `value` (not negative).
    static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        if value >= 10 { appendDecimal(value / 10, to: &out) }
        out.append(UInt8(ascii: "0") + UInt8(value % 10))
    }
}
