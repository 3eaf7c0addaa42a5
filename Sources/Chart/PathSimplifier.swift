/// Fewer vertices for a dense polyline, drawn the same: matplotlib's `PathSimplifier`
/// (src/path_converters.h), which its Agg, PDF and SVG backends apply to every line of 128 or more
/// vertices (`path.simplify`, `path.simplify_threshold` = 1/9 of a pixel).
///
/// Consecutive segments are merged into one vector while each new point stays within the
/// threshold of the line that vector runs along (measured perpendicular to it); the vector then
/// ends at the point furthest along it, and, if the points also ran back against it, at the
/// furthest point backwards too, so no extreme of the data is lost. A corner (a kink sampled
/// exactly) is further off the line than any threshold and ends a vector, so it stays sharp.
public enum PathSimplifier {
    /// The fewest vertices a line must have before it is simplified (matplotlib's
    /// `Path.should_simplify`).
    public static let minimumVertices = 128
    /// matplotlib's `path.simplify_threshold`: a ninth of a device unit (pixel or point).
    public static let defaultThreshold = 1.0 / 9

    /// The vertices of `points` to draw, for a `threshold` in the points' own units. Lines with
    /// fewer than ``minimumVertices`` points come back as they are.
    public static func simplify(_ points: [Point], threshold: Double = defaultThreshold) -> [Point] {
        guard points.count >= minimumVertices, threshold > 0 else { return points }
        let limit = threshold * threshold
        var out: [Point] = [points[0]]
        out.reserveCapacity(points.count / 4)
        // matplotlib's output repeats a vertex at times (the last one, for instance); kept, so
        // the vertices are its own.
        func emit(_ p: Point) { out.append(p) }
        // The vector being built runs from `start` along `direction`; `next` and `nextBack` are
        // the points furthest along it and furthest back against it.
        var last = points[0], start = points[0]
        var direction = Point(0, 0), norm2 = 0.0
        var forwardMax = 0.0, backwardMax = 0.0
        var lastWasForwardMax = false, lastWasBackwardMax = false
        var next = points[0], nextBack = points[0]
        for p in points.dropFirst() {
            if norm2 == 0 {
                direction = Point(p.x - last.x, p.y - last.y)
                norm2 = direction.x * direction.x + direction.y * direction.y
                forwardMax = norm2
                backwardMax = 0
                lastWasForwardMax = true
                lastWasBackwardMax = false
                start = last
                next = p
                last = p
                continue
            }
            // The part of (p − start) perpendicular to the vector; matplotlib's operation order.
            let total = Point(p.x - start.x, p.y - start.y)
            let dot = direction.x * total.x + direction.y * total.y
            let along = Point(dot * direction.x / norm2, dot * direction.y / norm2)
            let across = Point(total.x - along.x, total.y - along.y)
            if across.x * across.x + across.y * across.y < limit {
                let alongNorm2 = along.x * along.x + along.y * along.y
                lastWasForwardMax = false
                lastWasBackwardMax = false
                if dot > 0 {
                    if alongNorm2 > forwardMax {
                        lastWasForwardMax = true
                        forwardMax = alongNorm2
                        next = p
                    }
                } else if alongNorm2 > backwardMax {
                    lastWasBackwardMax = true
                    backwardMax = alongNorm2
                    nextBack = p
                }
                last = p
                continue
            }
            // p leaves the line: end the vector at its extremes (matplotlib's `_push`).
            if backwardMax > 0 {
                if lastWasForwardMax {
                    emit(nextBack)
                    emit(next)
                } else {
                    emit(next)
                    emit(nextBack)
                }
            } else {
                emit(next)
            }
            if !lastWasForwardMax && !lastWasBackwardMax { emit(last) }
            direction = Point(p.x - last.x, p.y - last.y)
            norm2 = direction.x * direction.x + direction.y * direction.y
            forwardMax = norm2
            lastWasForwardMax = true
            start = out[out.count - 1]
            last = p
            next = p
            backwardMax = 0
            lastWasBackwardMax = false
        }
        if norm2 != 0 {
            emit(next)
            if backwardMax > 0 { emit(nextBack) }
        }
        emit(last)
        return out
    }
}
