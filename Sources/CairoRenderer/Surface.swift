import CCairo

/// Owns a `cairo_surface_t`; destroyed with the object.
final class Surface {
    let pointer: OpaquePointer

    /// Takes ownership of `pointer` and throws if Cairo could not create it.
    init(_ pointer: OpaquePointer?, creating what: String) throws {
        guard let pointer else { throw CairoError(CAIRO_STATUS_NO_MEMORY, while: "creating \(what)") }
        self.pointer = pointer
        let status = cairo_surface_status(pointer)
        if status != CAIRO_STATUS_SUCCESS {
            cairo_surface_destroy(pointer)
            throw CairoError(status, while: "creating \(what)")
        }
    }

    /// Flushes and closes the surface; vector surfaces write their file here, so the status matters.
    func finish() throws {
        cairo_surface_finish(pointer)
        try CairoError.check(cairo_surface_status(pointer), while: "finishing the surface")
    }

    deinit { cairo_surface_destroy(pointer) }
}

/// Owns a `cairo_t`, keeping its surface alive.
final class Context {
    let pointer: OpaquePointer
    let surface: Surface

    init(_ surface: Surface) throws {
        self.surface = surface
        guard let pointer = cairo_create(surface.pointer) else {
            throw CairoError(CAIRO_STATUS_NO_MEMORY, while: "creating a drawing context")
        }
        self.pointer = pointer
        let status = cairo_status(pointer)
        if status != CAIRO_STATUS_SUCCESS {
            cairo_destroy(pointer)
            throw CairoError(status, while: "creating a drawing context")
        }
    }

    func check(_ action: String) throws {
        try CairoError.check(cairo_status(pointer), while: action)
    }

    deinit { cairo_destroy(pointer) }
}
