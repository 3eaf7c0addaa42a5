import Support

/// iTerm2's inline images (iterm2.com/documentation-images.html): the PNG file, in base64, in
/// one `ESC ] 1337 ; File = keys : payload BEL` (an OSC). `inline=1` shows it rather than
/// offering it as a download; `size` is the file's length in bytes; `width` and `height` in
/// cells, when given, scale it (`preserveAspectRatio=1` keeps its shape).
public enum ITermEncoder {
    /// The escape sequence that shows `png`.
    public static func sequence(png: [UInt8], cells: (columns: Int, rows: Int)? = nil) -> [UInt8] {
        var keys = "inline=1;size=\(png.count)"
        if let cells { keys += ";width=\(cells.columns);height=\(cells.rows);preserveAspectRatio=1" }
        var out = Array("\u{1B}]1337;File=\(keys):".utf8)
        Base64.encode(png, into: &out)
        out.append(0x07)
        return out
    }
}
