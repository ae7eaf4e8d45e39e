extension Segmenter {
    /// Whether the gap after token `index` borders a piece of layout that is a sentence of its own, whatever
    /// the punctuation:
    /// 1. a horizontal rule (`=====`, `****`);
    /// 2. a signature delimiter: `--` standing at the start of a sentence (`Selah! -- Posted by …`);
    /// 3. a date-and-time stamp between names (see ``bordersStamp(after:)``);
    /// 4. the end of a web address (URL or e-mail, or the `>` closing `<name@host>`) before a capitalised
    ///    word or a URL: header fields and lists of links (`Email: a@b.net Groups: …`).
    func bordersLayout(after index: Int) -> Bool {
        let current = token(index)
        let next = token(index + 1)
        if current.kind == .separator || next.kind == .separator { return true }
        if index == sentenceStart, current.kind == .dash, current.length == 2,
            bytes[Int(current.start)] == UInt8(ascii: "-")
        {
            return true
        }
        if bordersStamp(after: index) { return true }
        return endsWebAddress(index)
            && (nextInitial(index + 1) == .upper || isURL(start: Int(next.start), end: Int(next.end)))
    }

    /// Whether token `index` ends a web address: is one, or is `>` glued after one.
    @inline(__always)
    private func endsWebAddress(_ index: Int) -> Bool {
        var address = token(index)
        if address.plain { return false }  // a plain word has no `@`, `:` or `www.` (and `>` is not a word)
        if address.length == 1, bytes[Int(address.start)] == UInt8(ascii: ">"), address.gap == .none,
            index > sentenceStart, has(index - 1)
        {
            address = token(index - 1)
        }
        // A plain word has no `@`, `:` or `www.`, so it is no address.
        return address.kind == .word && !address.plain && isWebAddress(start: Int(address.start), end: Int(address.end))
    }

    /// Whether a lower-case token is a URL or e-mail address (`http://…`, `www.…`, `name@host`): it does not
    /// count as a lower-case word continuing a sentence on the next line.
    func isWebAddress(start: Int, end: Int) -> Bool {
        if isURL(start: start, end: end) { return true }
        guard let at = (start..<end).first(where: { bytes[$0] == UInt8(ascii: "@") }) else { return false }
        return (at + 1..<end).contains { bytes[$0] == UInt8(ascii: ".") }  // name@host.domain
    }

    /// Whether a token is a URL: `www.…` or `scheme://…`.
    func isURL(start: Int, end: Int) -> Bool {
        guard end - start >= 5 else { return false }
        if bytes[start] == UInt8(ascii: "w"), bytes[start + 1] == UInt8(ascii: "w"), bytes[start + 2] == UInt8(ascii: "w"),
            bytes[start + 3] == UInt8(ascii: ".")
        {
            return true
        }
        return (start..<end - 2).contains {
            bytes[$0] == UInt8(ascii: ":") && bytes[$0 + 1] == UInt8(ascii: "/") && bytes[$0 + 2] == UInt8(ascii: "/")
        }
    }
}
