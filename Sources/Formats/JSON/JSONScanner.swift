/// A strict pull scanner over the UTF-8 bytes of one JSON text (RFC 8259), for readers that know the
/// schema they expect and want every error to say where it is.
///
/// Algorithm:
/// 1. The caller has checked that the bytes are valid UTF-8 (``FormatError/checkText(_:path:firstLine:)``).
/// 2. The reader asks for what the schema expects next (an object, a string, a non-negative integer, …);
///    the scanner skips JSON whitespace, checks the next byte against ASCII constants and consumes the value.
/// 3. Anything else is an error at that byte offset; its line and column (in Unicode scalars) are worked out
///    only then, so nothing is counted while reading.
///
/// Strings without escapes are copied out of the input in one step; escapes (including `\uD83D\uDE00`
/// surrogate pairs) are decoded strictly: lone surrogates and raw control characters are errors.
struct JSONScanner {
    /// The input.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The file (or `<stdin>`) named in errors.
    let path: String
    /// The line number of the input's first line.
    let firstLine: Int
    /// How errors name the end of the input: `input`, or `line` for one line of a JSON Lines stream.
    let inputName: String
    /// The offset of the next unread byte (only the scanner's own methods move it).
    var position = 0

    /// The deepest nesting ``skipValue(depth:)`` accepts, so hostile input cannot exhaust the stack.
    static let maximumDepth = 512

    /// Creates a scanner at the start of `bytes`.
    init(_ bytes: UnsafeBufferPointer<UInt8>, path: String, firstLine: Int = 1, inputName: String = "input") {
        self.bytes = bytes
        self.path = path
        self.firstLine = firstLine
        self.inputName = inputName
    }

    /// An error at a byte offset of the input.
    func error(at offset: Int, _ message: String) -> FormatError {
        FormatError(path: path, in: bytes, at: offset, firstLine: firstLine, message: message)
    }

    /// Skips JSON whitespace (space, tab, line feed, carriage return).
    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case ASCII.space, ASCII.tab, ASCII.lineFeed, ASCII.carriageReturn: position += 1
            default: return
            }
        }
    }

    /// The next byte after whitespace, without consuming it; `nil` at the end of the input.
    mutating func peek() -> UInt8? {
        skipWhitespace()
        return position < bytes.count ? bytes[position] : nil
    }

    /// Consumes `byte` (after whitespace) or throws `expected <what>, found …`.
    mutating func expect(_ byte: UInt8, _ what: @autoclosure () -> String) throws(FormatError) {
        guard peek() == byte else { throw error(at: position, "expected \(what()), found \(found())") }
        position += 1
    }

    /// Checks that only whitespace follows the value just read.
    mutating func expectEnd() throws(FormatError) {
        guard peek() == nil else {
            throw error(at: position, "expected the end of the \(inputName) after the JSON value, found \(found())")
        }
    }

    /// Reads an object member by member.
    /// - Parameters:
    ///   - context: What the object is, for errors (`the stand-off object`, `"producers"`, …).
    ///   - member: Called with the scanner at the member's value, the key and the key's byte offset; it must
    ///     consume the value.
    mutating func readObject(
        _ context: @autoclosure () -> String,
        _ member: (inout JSONScanner, _ key: String, _ keyOffset: Int) throws(FormatError) -> Void
    ) throws(FormatError) {
        try expect(ASCII.openBrace, "an object for \(context())")
        if peek() == ASCII.closeBrace {
            position += 1
            return
        }
        while true {
            guard peek() == ASCII.quote else {
                throw error(at: position, "expected a key (a string) in \(context()), found \(found())")
            }
            let keyOffset = position
            let key = try readStringLiteral()
            try expect(ASCII.colon, "':' after the key \(quoted(key))")
            try member(&self, key, keyOffset)
            switch peek() {
            case ASCII.comma: position += 1
            case ASCII.closeBrace:
                position += 1
                return
            default: throw error(at: position, "expected ',' or '}' after a member of \(context()), found \(found())")
            }
        }
    }

    /// Reads an array element by element.
    /// - Parameters:
    ///   - context: What the array is, for errors.
    ///   - element: Called with the scanner at each element, its 0-based index and its byte offset; it must
    ///     consume the element.
    mutating func readArray(
        _ context: @autoclosure () -> String,
        _ element: (inout JSONScanner, _ index: Int, _ offset: Int) throws(FormatError) -> Void
    ) throws(FormatError) {
        try expect(ASCII.openBracket, "an array for \(context())")
        if peek() == ASCII.closeBracket {
            position += 1
            return
        }
        var index = 0
        while true {
            _ = peek()
            try element(&self, index, position)
            index += 1
            switch peek() {
            case ASCII.comma: position += 1
            case ASCII.closeBracket:
                position += 1
                return
            default: throw error(at: position, "expected ',' or ']' after an element of \(context()), found \(found())")
            }
        }
    }

    /// Reads a string value.
    /// - Parameter what: What the value is, for errors (`"id"`).
    mutating func readString(for what: @autoclosure () -> String) throws(FormatError) -> String {
        guard peek() == ASCII.quote else { throw error(at: position, "expected a string for \(what()), found \(found())") }
        return try readStringLiteral()
    }

    /// Reads a JSON integer that must be zero or positive (offsets, lengths, versions).
    /// - Parameter what: What the value is, for errors.
    mutating func readNonNegativeInteger(for what: @autoclosure () -> String) throws(FormatError) -> Int {
        guard let first = peek(), first == ASCII.minus || ASCII.isDigit(first) else {
            throw error(at: position, "expected a non-negative integer for \(what()), found \(found())")
        }
        let start = position
        let isInteger = try scanNumber()
        func literal() -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self) }
        guard isInteger, first != ASCII.minus else {
            throw error(at: start, "expected a non-negative integer for \(what()), found \(literal())")
        }
        guard position - start <= 18 else { throw error(at: start, "\(what()) is too large: \(literal())") }
        var value = 0
        for index in start..<position { value = value * 10 + Int(bytes[index] &- ASCII.zero) }
        return value
    }

    /// Reads and discards any JSON value, checking its syntax.
    /// - Parameter depth: How deeply the value is nested in values being skipped.
    mutating func skipValue(depth: Int = 0) throws(FormatError) {
        guard depth < Self.maximumDepth else {
            throw error(at: position, "values nested more than \(Self.maximumDepth) levels deep")
        }
        switch peek() {
        case ASCII.quote: _ = try readStringLiteral()
        case ASCII.openBrace:
            try readObject("an object") { scanner, _, _ throws(FormatError) in try scanner.skipValue(depth: depth + 1) }
        case ASCII.openBracket:
            try readArray("an array") { scanner, _, _ throws(FormatError) in try scanner.skipValue(depth: depth + 1) }
        case let byte? where byte == ASCII.minus || ASCII.isDigit(byte): _ = try scanNumber()
        case UInt8(ascii: "t"): try readLiteral("true")
        case UInt8(ascii: "f"): try readLiteral("false")
        case UInt8(ascii: "n"): try readLiteral("null")
        default: throw error(at: position, "expected a JSON value, found \(found())")
        }
    }

    /// Describes what stands at the current position: `a string`, `an object`, `'x'`, `the end of the input`, ….
    func found() -> String {
        guard position < bytes.count else { return "the end of the \(inputName)" }
        let byte = bytes[position]
        switch byte {
        case ASCII.quote: return "a string"
        case ASCII.openBrace: return "an object"
        case ASCII.openBracket: return "an array"
        case ASCII.minus, ASCII.zero...ASCII.nine: return "a number"
        default: break
        }
        for (literal, kind) in [("true", "a boolean"), ("false", "a boolean"), ("null", "null")] where hasPrefix(literal) {
            return kind
        }
        if byte > 0x20, byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return ASCII.scalarDescription(in: bytes, at: position)
    }

    /// Whether the input continues with `literal` at the current position.
    private func hasPrefix(_ literal: String) -> Bool {
        var index = position
        for byte in literal.utf8 {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
        }
        return true
    }

    /// Consumes `true`, `false` or `null`.
    private mutating func readLiteral(_ literal: String) throws(FormatError) {
        guard hasPrefix(literal) else { throw error(at: position, "expected a JSON value, found \(found())") }
        position += literal.utf8.count
    }

    /// Consumes a number, checking RFC 8259's grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    /// - Returns: Whether the number has neither a fraction nor an exponent.
    private mutating func scanNumber() throws(FormatError) -> Bool {
        let start = position
        if bytes[position] == ASCII.minus { position += 1 }
        guard position < bytes.count, ASCII.isDigit(bytes[position]) else {
            throw error(at: position, "invalid number: expected a digit, found \(found())")
        }
        if bytes[position] == ASCII.zero, position + 1 < bytes.count, ASCII.isDigit(bytes[position + 1]) {
            throw error(at: start, "invalid number: a leading zero must stand alone")
        }
        skipDigits()
        var isInteger = true
        if position < bytes.count, bytes[position] == ASCII.period {
            position += 1
            try requireDigit()
            isInteger = false
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if position < bytes.count, bytes[position] == ASCII.plus || bytes[position] == ASCII.minus { position += 1 }
            try requireDigit()
            isInteger = false
        }
        return isInteger
    }

    private mutating func requireDigit() throws(FormatError) {
        guard position < bytes.count, ASCII.isDigit(bytes[position]) else {
            throw error(at: position, "invalid number: expected a digit, found \(found())")
        }
        skipDigits()
    }

    private mutating func skipDigits() {
        while position < bytes.count, ASCII.isDigit(bytes[position]) { position += 1 }
    }
}

/// A key or value quoted for a message: `"id"`.
func quoted(_ text: String) -> String { "\"\(text)\"" }
