extension Array where Element == UInt8 {
    /// Appends a string's UTF-8 bytes with one copy (the writers' hot path: a generic append walks the
    /// string's UTF-8 view byte by byte).
    mutating func appendUTF8(_ string: String) {
        var string = string
        string.withUTF8 { append(contentsOf: $0) }
    }
}
