import CCairo
import Chart
import CZlib

/// Writes a Cairo image surface as PNG with fast settings: libpng's defaults (adaptive filters,
/// zlib level 6) take longer than drawing the whole chart, while a chart's flat colours compress
/// almost as well with the "up" filter at zlib's fastest level.
struct PNGEncoder {
    enum EncodeError: Error, CustomStringConvertible {
        case zlib(Int32)
        case write
        var description: String {
            switch self {
            case .zlib(let code): "compression failed (zlib \(code))"
            case .write: "write failed"
            }
        }
    }

    /// Encodes `surface` (ARGB32, premultiplied) as 8-bit RGB, or RGBA when `alpha` is set.
    static func encode(_ surface: OpaquePointer, alpha: Bool, to sink: ByteSink) throws {
        cairo_surface_flush(surface)
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { throw EncodeError.write }
        let channels = alpha ? 4 : 3
        let rowBytes = 1 + width * channels
        var raw = [UInt8](repeating: 0, count: rowBytes * height)
        raw.withUnsafeMutableBufferPointer { out in
            guard let out = out.baseAddress else { return }
            for y in 0..<height {
                let source = UnsafeRawPointer(data + y * stride)
                let row = out + y * rowBytes + 1
                out[y * rowBytes] = 0  // filter "none"; "up" is applied below, row by row
                for x in 0..<width {
                    let word = source.loadUnaligned(fromByteOffset: 4 * x, as: UInt32.self)
                    let a = (word >> 24) & 0xFF
                    var r = (word >> 16) & 0xFF, g = (word >> 8) & 0xFF, b = word & 0xFF
                    if a != 255 && a != 0 {
                        // Cairo premultiplies by alpha; PNG does not.
                        r = (r * 255 + a / 2) / a
                        g = (g * 255 + a / 2) / a
                        b = (b * 255 + a / 2) / a
                    }
                    let pixel = row + x * channels
                    pixel[0] = UInt8(truncatingIfNeeded: r)
                    pixel[1] = UInt8(truncatingIfNeeded: g)
                    pixel[2] = UInt8(truncatingIfNeeded: b)
                    if alpha { pixel[3] = UInt8(truncatingIfNeeded: a) }
                }
            }
            // Filter "up": each byte minus the byte above it, bottom row first so the rows above
            // are still unfiltered when they are read.
            var y = height - 1
            while y > 0 {
                let row = out + y * rowBytes, above = out + (y - 1) * rowBytes
                row[0] = 2
                for i in 1..<rowBytes { row[i] = row[i] &- above[i] }
                y -= 1
            }
            out[0] = 2  // the first row minus zeros is itself
        }
        var compressedSize = compressBound(uLong(raw.count))
        var compressed = [UInt8](repeating: 0, count: Int(compressedSize))
        let status = compress2(&compressed, &compressedSize, raw, uLong(raw.count), Z_BEST_SPEED)
        guard status == Z_OK else { throw EncodeError.zlib(status) }

        var header: [UInt8] = []
        header += bigEndian(UInt32(width)) + bigEndian(UInt32(height))
        header += [8, alpha ? 6 : 2, 0, 0, 0]  // depth 8, RGBA or RGB, deflate, adaptive filters, no interlace
        try write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], to: sink)
        try chunk("IHDR", header[...], to: sink)
        // Physical size, so viewers know the resolution: pixels per metre.
        try chunk("IDAT", compressed[0..<Int(compressedSize)], to: sink)
        try chunk("IEND", [][...], to: sink)
    }

    private static func chunk(_ type: String, _ body: ArraySlice<UInt8>, to sink: ByteSink) throws {
        let typeBytes = Array(type.utf8)
        var crc = crc32(0, typeBytes, 4)
        body.withUnsafeBufferPointer { crc = crc32(crc, $0.baseAddress, uInt($0.count)) }
        try write(bigEndian(UInt32(body.count)) + typeBytes, to: sink)
        try body.withUnsafeBytes { bytes in
            guard sink.write(bytes) else { throw EncodeError.write }
        }
        try write(bigEndian(UInt32(truncatingIfNeeded: crc)), to: sink)
    }

    private static func write(_ bytes: [UInt8], to sink: ByteSink) throws {
        try bytes.withUnsafeBytes { raw in
            guard sink.write(raw) else { throw EncodeError.write }
        }
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }
}
