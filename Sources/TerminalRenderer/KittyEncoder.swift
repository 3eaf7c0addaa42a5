import Support

/// kitty's terminal graphics protocol (sw.kovidgoyal.net/kitty/graphics-protocol): a PNG sent
/// inline ("direct" transmission) and shown at the cursor.
///
/// The payload is the PNG in base64, cut into chunks of at most 4096 bytes, each in its own
/// `ESC _ G keys ; chunk ESC \` (an APC). The first carries the keys: `a=T` (transmit and show),
/// `f=100` (PNG), `t=d` (direct), `q=2` (no replies, which would otherwise arrive as typed input
/// after we exit), `c` when the image should be scaled to a number of columns (kitty then takes
/// the rows from the image's shape, so it is never distorted), and `C=1` when the cursor must
/// stay where it is; every chunk has `m=1` but the last, `m=0`. The chunks
/// are slices of one base64 text, every one but the last a multiple of 4 bytes long, as the
/// protocol asks.
public enum KittyEncoder {
    /// The largest chunk of base64 the protocol allows in one escape sequence.
    public static let chunkSize = 4096

    /// The escape sequences that show `png`, one per chunk; `columns`, when given, is the width
    /// in cells it is scaled to.
    public static func sequences(png: [UInt8], columns: Int? = nil, keepCursor: Bool = false) -> [[UInt8]] {
        let payload = Base64.encode(png)
        var keys = "a=T,f=100,t=d,q=2"
        if let columns { keys += ",c=\(columns)" }
        if keepCursor { keys += ",C=1" }
        var out: [[UInt8]] = []
        var start = 0
        repeat {
            let end = min(start + chunkSize, payload.count)
            let more = end < payload.count ? 1 : 0
            var sequence = Array("\u{1B}_G\(start == 0 ? keys + "," : "")m=\(more);".utf8)
            sequence += payload[start..<end]
            sequence += [0x1B, UInt8(ascii: "\\")]
            out.append(sequence)
            start = end
        } while start < payload.count
        return out
    }
}
