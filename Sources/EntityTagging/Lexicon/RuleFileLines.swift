/// The content lines of a rule file: `#` comment lines and empty lines skipped, each line kept with its
/// 1-based number, carriage returns rejected (rule files use `\n` line ends, so a stray `\r` is an error
/// rather than an invisible part of a phrase).
///
/// Lines and fields are cut on their UTF-8 bytes (`\n` and `\t` never occur inside a multi-byte scalar),
/// so parsing the built-in lists at start-up costs a few hundred instructions a line; columns in errors
/// are counted in Unicode scalars.
struct RuleFileLines: Sequence {
    /// One content line.
    struct Line {
        /// The 1-based line number.
        let number: Int
        /// The line without its `\n`.
        let text: Substring
    }

    private let lines: [Line]

    /// Splits `text` into content lines.
    /// - Throws: ``RuleFileProblem/carriageReturn`` at the first line holding `\r`.
    init(_ text: String, path: String) throws(EntityTaggingError) {
        var lines: [Line] = []
        for (index, bytes) in text.utf8.split(separator: ASCIIByte.lineFeed, omittingEmptySubsequences: false).enumerated() {
            let line = Substring(bytes)
            if let carriageReturn = bytes.firstIndex(of: ASCIIByte.carriageReturn) {
                let column = ASCIIByte.scalarCount(bytes[..<carriageReturn]) + 1
                throw .invalidLine(path: path, line: index + 1, column: column, text: String(line), problem: .carriageReturn)
            }
            if bytes.isEmpty || bytes.first == ASCIIByte.hash { continue }
            lines.append(Line(number: index + 1, text: line))
        }
        self.lines = lines
    }

    func makeIterator() -> IndexingIterator<[Line]> { lines.makeIterator() }
}

extension RuleFileLines.Line {
    /// The line's tab-separated fields, checked for count, emptiness and stray whitespace.
    /// - Parameters:
    ///   - names: The fields' names, in order (used in messages); their count is the count expected.
    ///   - path: The file, for errors.
    func fields(_ names: [String], path: String) throws(EntityTaggingError) -> [Substring] {
        let fields = text.utf8.split(separator: ASCIIByte.tab, omittingEmptySubsequences: false)
        guard fields.count == names.count else {
            throw error(column: 1, .wrongFieldCount(expected: names.count, found: fields.count), path: path)
        }
        var column = 1
        for (field, name) in zip(fields, names) {
            if field.isEmpty { throw error(column: column, .emptyField(name: name), path: path) }
            if let offset = Self.strayWhitespaceOffset(in: field) {
                throw error(column: column + offset, .strayWhitespace(field: name), path: path)
            }
            column += ASCIIByte.scalarCount(field) + 1
        }
        return fields.map(Substring.init)
    }

    /// An error about this line.
    func error(column: Int, _ problem: RuleFileProblem, path: String) -> EntityTaggingError {
        .invalidLine(path: path, line: number, column: column, text: String(text), problem: problem)
    }

    /// The scalar offset of leading or trailing whitespace, of a whitespace other than a single space, or
    /// of the second of two spaces in a row; `nil` when the field is clean. ASCII fields are checked byte
    /// by byte; a field with other scalars scalar by scalar.
    private static func strayWhitespaceOffset(in field: Substring.UTF8View) -> Int? {
        guard field.allSatisfy({ $0 < 0x80 }) else { return strayWhitespaceOffset(in: Substring(field).unicodeScalars) }
        return strayWhitespaceOffset(in: field.lazy.map { Unicode.Scalar($0) })
    }

    private static func strayWhitespaceOffset(in scalars: some Collection<Unicode.Scalar>) -> Int? {
        var offset = 0
        var previous: Unicode.Scalar?
        let last = scalars.count - 1
        for scalar in scalars {
            defer { previous = scalar; offset += 1 }
            guard ASCIIByte.isWhitespace(scalar) else { continue }
            if offset == 0 || offset == last || scalar != " " || previous == " " { return offset }
        }
        return nil
    }
}

/// The bytes rule files are cut at, and scalar tests with an ASCII fast path.
enum ASCIIByte {
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let hash: UInt8 = 0x23

    /// The number of Unicode scalars in valid UTF-8 bytes: the bytes that are not continuation bytes.
    static func scalarCount(_ bytes: some Sequence<UInt8>) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// `Unicode.Scalar.Properties.isWhitespace`, without the property look-up for ASCII.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) : scalar.properties.isWhitespace
    }
}
