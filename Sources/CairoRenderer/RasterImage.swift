import CCairo

/// The pixels of a PNG file or of a rendered scene: 8-bit RGBA, rows from the top.
public struct RasterImage: Sendable {
    public let width: Int
    public let height: Int
    /// Red, green, blue, alpha for each pixel, row by row; colour not premultiplied.
    public let rgba: [UInt8]

    /// Reads a PNG file through Cairo.
    public init(pngAt path: String) throws {
        try CairoError.openLibraries()
        let surface = try Surface(cairo_image_surface_create_from_png(path), creating: "an image from \(path)")
        try self = withExtendedLifetime(surface) { try RasterImage(surface: surface.pointer, what: path) }
    }

    /// The pixels of an image surface.
    init(surface: OpaquePointer, what: String) throws {
        cairo_surface_flush(surface)
        let w = Int(cairo_image_surface_get_width(surface))
        let h = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        let format = cairo_image_surface_get_format(surface)
        guard let data = cairo_image_surface_get_data(surface) else {
            throw CairoError(CAIRO_STATUS_NULL_POINTER, while: "reading pixels of \(what)")
        }
        let opaque = format == CAIRO_FORMAT_RGB24
        let rgba = [UInt8](unsafeUninitializedCapacity: w * h * 4) { out, count in
            for y in 0..<h {
                let row = UnsafeRawPointer(data + y * stride)
                let line = out.baseAddress! + y * w * 4
                for x in 0..<w {
                    // Cairo stores native-endian 32-bit ARGB (premultiplied); RGB24 has no alpha.
                    let word = row.loadUnaligned(fromByteOffset: 4 * x, as: UInt32.self)
                    let a = opaque ? 255 : (word >> 24) & 0xFF
                    var (r, g, b) = ((word >> 16) & 0xFF, (word >> 8) & 0xFF, word & 0xFF)
                    // Opaque pixels, nearly all of a chart, need no division.
                    if a == 0 {
                        (r, g, b) = (0, 0, 0)
                    } else if a != 255 {
                        (r, g, b) = (min(255, (r * 255 + a / 2) / a), min(255, (g * 255 + a / 2) / a), min(255, (b * 255 + a / 2) / a))
                    }
                    let pixel = line + 4 * x
                    pixel[0] = UInt8(r)
                    pixel[1] = UInt8(g)
                    pixel[2] = UInt8(b)
                    pixel[3] = UInt8(a)
                }
            }
            count = w * h * 4
        }
        self.width = w
        self.height = h
        self.rgba = rgba
    }

    /// The pixel at column `x`, row `y`.
    public func pixel(_ x: Int, _ y: Int) -> (r: UInt8, g: UInt8, b: UInt8, a: UInt8) {
        let i = (y * width + x) * 4
        return (rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3])
    }
}
