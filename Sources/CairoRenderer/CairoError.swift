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

    /// Opens Cairo and fontconfig, which happens on first use (CCairo's loader.c), or throws
    /// why they cannot be opened, before anything is drawn.
    static func openLibraries() throws(CairoError) {
        if let problem = ccairo_load() { throw CairoError(description: String(cString: problem)) }
    }

    private init(description: String) {
        self.description = description
    }
}
