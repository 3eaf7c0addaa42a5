/// A point in figure coordinates: points (1/72 in) from the top-left corner, y growing down.
///
/// A ``Series`` holds its samples as points too, in data coordinates; ``DataTransform`` maps
/// them into the figure.
public struct Point: Sendable, Equatable {
    /// The horizontal coordinate: points right of the figure's left edge (or a data x).
    public var x: Double
    /// The vertical coordinate: points below the figure's top edge (or a data y, growing up).
    public var y: Double
    /// The point at `x`, `y`.
    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }
}

/// An axis-aligned rectangle in figure coordinates.
///
/// As y grows down the page, ``y`` is the top edge: ``minY`` is the top and ``maxY`` the bottom.
public struct Rect: Sendable, Equatable {
    /// The left edge, in points from the figure's left edge.
    public var x: Double
    /// The top edge, in points from the figure's top edge.
    public var y: Double
    /// The width, in points.
    public var width: Double
    /// The height, in points, downwards from the top edge.
    public var height: Double

    /// The rectangle whose top-left corner is at `x`, `y`, of `width` by `height` points.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// The left edge.
    public var minX: Double { x }
    /// The right edge.
    public var maxX: Double { x + width }
    /// The top edge (the least y, as y grows down).
    public var minY: Double { y }
    /// The bottom edge (the greatest y).
    public var maxY: Double { y + height }

    /// The smallest rectangle holding both.
    func union(_ other: Rect) -> Rect {
        let x0 = min(minX, other.minX), y0 = min(minY, other.minY)
        return Rect(x: x0, y: y0, width: max(maxX, other.maxX) - x0, height: max(maxY, other.maxY) - y0)
    }

    /// Whether `p` lies strictly inside, as matplotlib's `Bbox.count_contains` counts.
    public func strictlyContains(_ p: Point) -> Bool {
        p.x > minX && p.x < maxX && p.y > minY && p.y < maxY
    }

    /// Whether the segment from `a` to `b` crosses or touches this rectangle.
    public func intersects(segmentFrom a: Point, to b: Point) -> Bool {
        // Liang–Barsky clipping: the segment meets the box iff the parameter window stays non-empty.
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        for (p, q) in [(-dx, a.x - minX), (dx, maxX - a.x), (-dy, a.y - minY), (dy, maxY - a.y)] {
            if p == 0 {
                if q < 0 { return false }
            } else {
                let r = q / p
                if p < 0 { t0 = max(t0, r) } else { t1 = min(t1, r) }
                if t0 > t1 { return false }
            }
        }
        return true
    }
}
