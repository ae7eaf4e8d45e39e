/// The content lines of a rule file: `#` comment lines and empty lines skipped, each line kept with its
/// 1-based number, carriage returns rejected (rule files use `\n` line ends, so a stray `\r` is an error
/// rather than an invisible part of a phrase).
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
        // Split on the scalar: as Characters, "\r\n" is one grapheme that a "\n" separator never matches.
        let scalarLines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in scalarLines.map(Substring.init).enumerated() {
            if let carriageReturn = line.unicodeScalars.firstIndex(of: "\r") {
                let column = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: carriageReturn) + 1
                throw .invalidLine(path: path, line: index + 1, column: column, text: String(line), problem: .carriageReturn)
            }
            if line.isEmpty || line.hasPrefix("#") { continue }
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
        let fields = text.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count == names.count else {
            throw error(column: 1, .wrongFieldCount(expected: names.count, found: fields.count), path: path)
        }
        var column = 1
        for (field, name) in zip(fields, names) {
            if field.isEmpty { throw error(column: column, .emptyField(name: name), path: path) }
            if let offset = Self.strayWhitespaceOffset(in: field) {
                throw error(column: column + offset, .strayWhitespace(field: name), path: path)
            }
            column += field.unicodeScalars.count + 1
        }
        return fields
    }

    /// An error about this line.
    func error(column: Int, _ problem: RuleFileProblem, path: String) -> EntityTaggingError {
        .invalidLine(path: path, line: number, column: column, text: String(text), problem: problem)
    }

    /// The scalar offset of leading or trailing whitespace, of a whitespace other than a single space, or
    /// of the second of two spaces in a row; `nil` when the field is clean.
    private static func strayWhitespaceOffset(in field: Substring) -> Int? {
        let scalars = Array(field.unicodeScalars)
        for (offset, scalar) in scalars.enumerated() where scalar.properties.isWhitespace {
            let atEdge = offset == 0 || offset == scalars.count - 1
            if atEdge || scalar != " " || scalars[offset - 1] == " " { return offset }
        }
        return nil
    }
}
