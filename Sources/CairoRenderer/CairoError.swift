import CCairo

/// A failure reported by Cairo, with Cairo's own explanation.
public struct CairoError: Error, CustomStringConvertible, Sendable {
    public let description: String

    init(_ status: cairo_status_t, while action: String) {
        let reason = cairo_status_to_string(status).map { String(cString: $0) } ?? "status \(status.rawValue)"
        description = "\(action): \(reason)"
    }

    /// Throws when `status` is not success.
    static func check(_ status: cairo_status_t, while action: String) throws {
        if status != CAIRO_STATUS_SUCCESS { throw CairoError(status, while: action) }
    }
}
