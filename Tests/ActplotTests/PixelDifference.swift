import CairoRenderer

extension RasterImage {
    /// The share of `reference`'s pixels that differ from this image's at the same place, with
    /// `reference` laid over this image at `origin`: StyleFidelityTests' rule, a pixel differing
    /// when a colour channel is off by 32 or more. 1 when `reference` does not fit inside.
    func share(differingFrom reference: RasterImage, at origin: (x: Int, y: Int) = (0, 0)) -> Double {
        guard origin.x >= 0, origin.y >= 0, origin.x + reference.width <= width, origin.y + reference.height <= height,
            reference.width > 0, reference.height > 0
        else { return 1 }
        var differing = 0
        for y in 0..<reference.height {
            for x in 0..<reference.width {
                let p = pixel(origin.x + x, origin.y + y), q = reference.pixel(x, y)
                let far = [(p.r, q.r), (p.g, q.g), (p.b, q.b)].contains { abs(Int($0) - Int($1)) >= 32 }
                if far { differing += 1 }
            }
        }
        return Double(differing) / Double(reference.width * reference.height)
    }
}
